package web

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
)

// segment is a stretch of a sentence with the same annotations.
type segment struct {
	Text  string
	Class string // space-separated: m-actor, m-place, m-person, m-agent, trigger, frame, date
	Title string
	Event string // the id of the event whose trigger this is
}

// sentView is a sentence of the annotated document.
type sentView struct {
	Index    int
	Kind     rashomon.SentenceKind
	Segments []segment
	Events   []rashomon.Event
	Hl       bool
}

// paraView is a paragraph.
type paraView struct {
	Sents []sentView
}

// annotation is a span of the text with a class and a tooltip.
type annotation struct {
	start, end int
	class      string
	title      string
	event      string
}

func (s *Server) docPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.o.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// a link to a byte offset ("?at=1234") goes to its sentence
	if at := r.URL.Query().Get("at"); at != "" {
		if n, err := strconv.Atoi(at); err == nil {
			for _, sn := range d.Sentences {
				if n >= sn.Span.Start && n < sn.Span.End {
					http.Redirect(w, r, fmt.Sprintf("/docs/%s?s=%d#s-%d", url.PathEscape(d.ID), sn.Index, sn.Index), http.StatusFound)
					return
				}
			}
		}
	}
	hl := -1
	if v := r.URL.Query().Get("s"); v != "" {
		hl, _ = strconv.Atoi(v)
	}
	paras := annotate(d, hl)
	var reprints []rashomon.DocSummary
	if d.ReprintOf != "" {
		if orig, err := s.o.Store.Document(r.Context(), d.ReprintOf); err == nil {
			reprints = append(reprints, rashomon.DocSummary{ID: orig.ID, Title: titleOf(orig), Issuer: orig.Issuer, Published: orig.Published})
		}
	}
	incidents := map[string]bool{}
	var incList []string
	for _, e := range d.Events {
		if e.IncidentID != "" && !incidents[e.IncidentID] {
			incidents[e.IncidentID] = true
			incList = append(incList, e.IncidentID)
		}
	}
	framing := map[string]int{}
	for _, f := range d.Framing {
		framing[f.Category]++
	}
	var frames []rashomon.FacetCount
	for c, n := range framing {
		frames = append(frames, rashomon.FacetCount{Value: c, N: n})
	}
	sort.Slice(frames, func(i, j int) bool {
		return frames[i].N > frames[j].N || frames[i].N == frames[j].N && frames[i].Value < frames[j].Value
	})
	s.render(w, r, http.StatusOK, "doc", titleOf(d), struct {
		Doc       *rashomon.Document
		Paras     []paraView
		Reprints  []rashomon.DocSummary
		Incidents []string
		Framing   []rashomon.FacetCount
		Hl        int
	}{d, paras, reprints, incList, frames, hl})
}

// annotate splits a document's sentences into segments marked with its
// mentions, event triggers and loaded terms.
func annotate(d *rashomon.Document, hl int) []paraView {
	var anns []annotation
	for _, m := range d.Mentions {
		title := m.Name
		switch m.Kind {
		case rashomon.MentionPlace:
			title = "place: " + m.Name
		default:
			if !m.Actor.IsZero() {
				title = m.Actor.String() + " — " + m.Name
			}
		}
		if m.Note != "" {
			title += " (" + m.Note + ")"
		}
		anns = append(anns, annotation{m.Span.Start, m.Span.End, "m-" + string(m.Kind), strings.TrimSpace(title + " [" + m.Rule + "]"), ""})
	}
	for _, e := range d.Events {
		anns = append(anns, annotation{e.Trigger.Start, e.Trigger.End, "trigger " + "t-" + strings.ToLower(e.Type),
			fmt.Sprintf("%s (%s) — rule %s", e.Type, e.CAMEO, e.Rule), e.ID})
	}
	for _, f := range d.Framing {
		anns = append(anns, annotation{f.Span.Start, f.Span.End, "frame", "loaded term: " + f.Category, ""})
	}
	evBySent := map[int][]rashomon.Event{}
	for _, e := range d.Events {
		evBySent[e.Sentence] = append(evBySent[e.Sentence], e)
	}
	var paras []paraView
	lastPara := -1
	for _, sn := range d.Sentences {
		sv := sentView{Index: sn.Index, Kind: sn.Kind, Events: evBySent[sn.Index], Hl: sn.Index == hl}
		sv.Segments = segments(d.Text, sn.Span, anns)
		if sn.Para != lastPara || len(paras) == 0 {
			paras = append(paras, paraView{})
			lastPara = sn.Para
		}
		p := &paras[len(paras)-1]
		p.Sents = append(p.Sents, sv)
	}
	return paras
}

// segments cuts span of text at every annotation boundary inside it.
func segments(text string, span rashomon.Span, anns []annotation) []segment {
	if span.Start < 0 || span.End > len(text) || span.Start >= span.End {
		return nil
	}
	cuts := map[int]bool{span.Start: true, span.End: true}
	var inside []annotation
	for _, a := range anns {
		if a.end <= span.Start || a.start >= span.End || a.start >= a.end {
			continue
		}
		a.start, a.end = max(a.start, span.Start), min(a.end, span.End)
		if !utf8.RuneStart(text[a.start]) || a.end < len(text) && !utf8.RuneStart(text[a.end]) {
			continue // not on a character boundary: an offset gone stale
		}
		inside = append(inside, a)
		cuts[a.start], cuts[a.end] = true, true
	}
	var points []int
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)
	var out []segment
	for i := 0; i+1 < len(points); i++ {
		a, b := points[i], points[i+1]
		seg := segment{Text: text[a:b]}
		var classes, titles []string
		for _, an := range inside {
			if an.start <= a && an.end >= b {
				classes = append(classes, an.class)
				titles = append(titles, an.title)
				if an.event != "" && seg.Event == "" {
					seg.Event = an.event
				}
			}
		}
		seg.Class = strings.Join(classes, " ")
		seg.Title = strings.Join(titles, "\n")
		out = append(out, seg)
	}
	return out
}
