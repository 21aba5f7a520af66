package eval

import (
	"testing"

	"github.com/rashomon-project/rashomon"
)

func TestScorePloverSources(t *testing.T) {
	recs, err := parsePlover([]byte(`[
		{"id": "a", "text": "The UN called for talks.", "event": "DEMAND", "source": [{"code": "IGOUNO"}]},
		{"id": "b", "text": "Troops shelled the town.", "event": "FIGHT", "source": [{"code": "SYRMIL"}]},
		{"id": "c", "text": "Rebels shelled the town.", "event": "FIGHT", "source": [{"code": "SYRREB"}]}
	]`))
	if err != nil {
		t.Fatal(err)
	}
	src := func(country, sector string) *rashomon.Participant {
		return &rashomon.Participant{Actor: rashomon.ActorRef{Country: country, Sector: sector}}
	}
	coded := map[string][]rashomon.Event{
		"a": {{Type: rashomon.REQUEST, Source: src("", "IGO")}}, // the UN: IGO in the country slot
		"b": {{Type: rashomon.ASSAULT, Source: src("SYR", "MIL")}},
		"c": {{Type: rashomon.ASSAULT, Source: src("", "REB")}}, // a sector alone is no country
	}
	var r Report
	scorePlover(recs, coded, &r)
	if got := *r.PloverGSRTypeRecall; got != 1 {
		t.Errorf("type recall %v, want 1", got)
	}
	if got, want := *r.PloverGSRTypeSourceRecall, 2.0/3; got != want {
		t.Errorf("type+source recall %v, want %v", got, want)
	}
}
