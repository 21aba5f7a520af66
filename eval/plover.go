package eval

import (
	"encoding/json"
	"strings"
)

// PloverRecord is one PLOVER gold standard record: a sentence coded by
// hand in PLOVER 0.5 (old labels: DEMAND, DISAPPROVE, INVESTIGATE, FIGHT).
type PloverRecord struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Event  string `json:"-"`
	Source []struct {
		Code string `json:"code"`
	} `json:"source"`
	RawEvent json.RawMessage `json:"event"`
}

// ploverRename maps PLOVER 0.5 labels to the current ontology.
var ploverRename = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

func parsePlover(b []byte) ([]PloverRecord, error) {
	var recs []PloverRecord
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, err
	}
	out := recs[:0]
	for _, r := range recs {
		if strings.TrimSpace(r.Text) == "" {
			continue // the DOCUMENT header
		}
		var ev string
		if json.Unmarshal(r.RawEvent, &ev) != nil {
			var evs []string
			if json.Unmarshal(r.RawEvent, &evs) == nil && len(evs) > 0 {
				ev = evs[0]
			}
		}
		ev = strings.ToUpper(strings.TrimSpace(ev))
		if n, ok := ploverRename[ev]; ok {
			ev = n
		}
		r.Event = ev
		out = append(out, r)
	}
	return out, nil
}

// SourceCountries returns the gold source codes' countries (first three
// letters, with the GSR's slips such as JAP left as they are).
func (r PloverRecord) SourceCountries() []string {
	var out []string
	for _, s := range r.Source {
		c := strings.ToUpper(strings.TrimSpace(s.Code))
		if len(c) >= 3 {
			out = append(out, c[:3])
		}
	}
	return out
}
