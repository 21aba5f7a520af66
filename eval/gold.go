// Package eval scores rashomon's analyses against gold annotations: the
// development corpus format described in ../shared/corpus/README.md (one
// JSON file per document, plus incidents.json) and PLOVER's gold standard
// records. It computes the figures "rashomon eval" prints and the project's
// tests keep from falling; running the pipeline is the caller's job.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// Actor is a gold actor code; either part may be null.
type Actor struct {
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
}

// Ref returns the actor as a domain reference.
func (a *Actor) Ref() rashomon.ActorRef {
	if a == nil {
		return rashomon.ActorRef{}
	}
	var r rashomon.ActorRef
	if a.Country != nil {
		r.Country = *a.Country
	}
	if a.Sector != nil {
		r.Sector = *a.Sector
	}
	return r
}

// GoldActor is an actor mention of a gold document.
type GoldActor struct {
	Surface string  `json:"surface"`
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
}

// GoldPlace is a place mention of a gold document.
type GoldPlace struct {
	Surface   string   `json:"surface"`
	Canonical string   `json:"canonical"`
	Aliases   []string `json:"aliases"`
	Country   *string  `json:"country"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Contested bool     `json:"contested"`
}

// GoldEvent is an event of a gold document.
type GoldEvent struct {
	Quote    string  `json:"quote"`
	Claimant *Actor  `json:"claimant"`
	Type     string  `json:"type"`
	Source   *Actor  `json:"source"`
	Target   *Actor  `json:"target"`
	Location *string `json:"location"`
	Date     *string `json:"date"`
	Negated  bool    `json:"negated"`
}

// GoldDoc is one annotated document.
type GoldDoc struct {
	ID          string      `json:"id"`
	URL         string      `json:"url"`
	Issuer      string      `json:"issuer"`
	IssuerActor *Actor      `json:"issuer_actor"`
	Published   *string     `json:"published"`
	Text        string      `json:"text"`
	Actors      []GoldActor `json:"actors"`
	Places      []GoldPlace `json:"places"`
	Events      []GoldEvent `json:"events"`

	File string `json:"-"`
}

// GoldClaim is one side's account in a gold contradiction.
type GoldClaim struct {
	Doc      string `json:"doc"`
	Claimant string `json:"claimant"`
	Who      string `json:"who"`
	Says     string `json:"says"`
}

// GoldContradiction is a point on which accounts of an incident differ.
type GoldContradiction struct {
	Point  string      `json:"point"`
	Claims []GoldClaim `json:"claims"`
}

// GoldIncident groups documents telling of one happening.
type GoldIncident struct {
	ID             string              `json:"id"`
	Date           string              `json:"date"`
	Place          string              `json:"place"`
	Docs           []string            `json:"docs"`
	Contradictions []GoldContradiction `json:"contradictions"`
}

// Gold is everything read from the paths given to the evaluator.
type Gold struct {
	Docs      []GoldDoc
	Incidents []GoldIncident
	// Plover holds PLOVER gold standard records when such a file was given.
	Plover []PloverRecord
}

// Load reads gold documents from files and folders: *.json documents,
// incidents.json, and PLOVER gold standard record files (a JSON array of
// records; recognised by content).
func Load(paths []string) (*Gold, error) {
	g := &Gold{}
	seen := map[string]string{}
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		ms, _ := filepath.Glob(filepath.Join(p, "*.json"))
		sort.Strings(ms)
		files = append(files, ms...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		trim := strings.TrimSpace(string(b))
		switch {
		case strings.HasPrefix(trim, "["):
			if filepath.Base(f) == "incidents.json" || strings.Contains(trim[:min(len(trim), 400)], `"docs"`) {
				var inc []GoldIncident
				if err := json.Unmarshal(b, &inc); err != nil {
					return nil, fmt.Errorf("%s: %w", f, err)
				}
				g.Incidents = append(g.Incidents, inc...)
				continue
			}
			recs, err := parsePlover(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			g.Plover = append(g.Plover, recs...)
		case strings.HasPrefix(trim, "{"):
			var d GoldDoc
			if err := json.Unmarshal(b, &d); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if d.ID == "" || d.Text == "" {
				return nil, fmt.Errorf("%s: not a gold document (no id or text)", f)
			}
			if prev, ok := seen[d.ID]; ok {
				return nil, fmt.Errorf("%s: document id %q already read from %s", f, d.ID, prev)
			}
			seen[d.ID] = f
			d.File = f
			g.Docs = append(g.Docs, d)
		default:
			return nil, fmt.Errorf("%s: not a gold file", f)
		}
	}
	return g, nil
}
