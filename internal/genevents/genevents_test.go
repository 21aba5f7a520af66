package genevents

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/rashomon-project/rashomon"
)

func TestGenerate(t *testing.T) {
	docs := Generate(2000, 7)
	again := Generate(2000, 7)
	a, _ := json.Marshal(docs)
	b, _ := json.Marshal(again)
	if string(a) != string(b) {
		t.Error("the same seed gives other documents")
	}
	if c, _ := json.Marshal(Generate(2000, 8)); string(c) == string(a) {
		t.Error("another seed gives the same documents")
	}
	ids := map[string]bool{}
	types := map[string]int{}
	var events, located, dated, reprints, framed int
	for _, d := range docs {
		if ids[d.ID] {
			t.Fatalf("%s: id used twice", d.ID)
		}
		ids[d.ID] = true
		if d.ReprintOf != "" {
			reprints++
		}
		if len(d.Framing) > 0 {
			framed++
		}
		if n := len(d.Events); n < 3 || n > 5 {
			t.Errorf("%s: %d events", d.ID, n)
		}
		if !d.Published.Valid() || d.Published.Time().Before(First) || d.Published.Time().After(Last.AddDate(0, 0, 3)) {
			t.Errorf("%s: published %v", d.ID, d.Published)
		}
		for _, s := range d.Sentences {
			if s.Span.Text(d.Text) == "" {
				t.Errorf("%s: empty sentence %d", d.ID, s.Index)
			}
		}
		for _, m := range d.Mentions {
			if m.Span.Text(d.Text) != m.Text {
				t.Errorf("%s: mention %q at %v reads %q", d.ID, m.Text, m.Span, m.Span.Text(d.Text))
			}
		}
		for _, f := range d.Framing {
			if f.Span.Text(d.Text) != f.Term {
				t.Errorf("%s: framing %q at %v", d.ID, f.Term, f.Span)
			}
		}
		for _, e := range d.Events {
			events++
			types[e.Type]++
			if !slices.Contains(rashomon.EventTypes, e.Type) {
				t.Errorf("%s: type %q", e.ID, e.Type)
			}
			if e.Trigger.Text(d.Text) != e.Text || !e.Span.Contains(e.Trigger) || d.Sentences[e.Sentence].Span != e.Span {
				t.Errorf("%s: trigger %q at %v in %v", e.ID, e.Text, e.Trigger, e.Span)
			}
			if e.Source == nil || e.Source.Span.Text(d.Text) != e.Source.Text {
				t.Errorf("%s: source %+v", e.ID, e.Source)
			}
			if e.Location != nil {
				located++
				if e.Location.Span.Text(d.Text) != e.Location.Text {
					t.Errorf("%s: location %+v", e.ID, e.Location)
				}
			}
			if !e.Date.IsZero() {
				dated++
				if !e.Date.Valid() || !e.DateEnd.IsZero() && e.DateEnd.Last().Before(e.Date.Time()) {
					t.Errorf("%s: date %v to %v", e.ID, e.Date, e.DateEnd)
				}
			}
		}
	}
	if events < 3*len(docs) || located < events/3 || dated < events*3/4 || reprints == 0 || framed == 0 {
		t.Errorf("%d events: %d located, %d dated; %d reprints, %d framed", events, located, dated, reprints, framed)
	}
	if types[rashomon.ASSAULT] < types[rashomon.CONCEDE]*5 || len(types) != len(rashomon.EventTypes) {
		t.Errorf("types: %v", types)
	}
	incs := Incidents(docs)
	if len(incs) < len(docs)/20 {
		t.Errorf("%d incidents of %d documents", len(incs), len(docs))
	}
	for _, inc := range incs {
		if len(inc.Docs) < 2 || len(inc.Events) < 2 || inc.Place == nil || inc.Date.Precision() != rashomon.PrecDay {
			t.Errorf("incident %+v", inc)
		}
	}
}

func TestPlaces(t *testing.T) {
	ps := Places()
	if len(ps) != NumPlaces {
		t.Fatalf("%d places", len(ps))
	}
	with := 0
	for _, p := range ps {
		if p.Lat != nil {
			with++
			if *p.Lat < -10 || *p.Lat > 60 || *p.Lon < -20 || *p.Lon > 60 {
				t.Errorf("%s at %v, %v", p.ID, *p.Lat, *p.Lon)
			}
		}
	}
	if with < NumPlaces*8/10 || with == NumPlaces {
		t.Errorf("%d of %d places with coordinates", with, NumPlaces)
	}
}
