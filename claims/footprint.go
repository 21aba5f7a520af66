package claims

import (
	"sort"

	"github.com/rashomon-project/rashomon"
)

// Places tells claims what the lexicon knows of places.
type Places interface {
	PlaceByID(id string) (rashomon.Place, bool)
}

// material types are happenings an incident is about.
var material = map[string]bool{rashomon.ASSAULT: true, rashomon.COERCE: true, rashomon.MOBILIZE: true,
	rashomon.RETREAT: true, rashomon.SANCTION: true, rashomon.PROTEST: true, rashomon.AID: true}

// focus is the weight of a place where the document's events happen; a
// specific place named weighs 2, a broad one (a region, a sea) 1.
const focus = 3

// broad place kinds weigh less as shared evidence.
var broadKinds = map[string]bool{"country": true, "region": true, "sea": true, "islands": true, "zone": true, "line": true}

// FootprintOf computes a document's footprint: the first dated happening
// it tells of (else its publication date), the places it names (country
// names aside), and the countries of the actors it names.
func FootprintOf(d *rashomon.Document, places Places) rashomon.Footprint {
	fp := rashomon.Footprint{Doc: d.ID, ReprintOf: d.ReprintOf, Places: map[string]int{}}
	fp.Date = happeningDate(d)
	if fp.Date.IsZero() {
		fp.Date = d.Published
	}
	// the places where its events happen are its focus
	for _, e := range d.Events {
		if e.Location != nil && material[e.Type] && fp.Places[e.Location.Place.ID] == 0 && !broadKinds[e.Location.Place.Kind] && e.Location.Place.Kind != "country" {
			fp.Places[e.Location.Place.ID] = focus
		}
	}
	countries := map[string]bool{}
	for _, m := range d.Mentions {
		switch m.Kind {
		case rashomon.MentionPlace:
			p, ok := places.PlaceByID(m.EntityID)
			if !ok || p.Kind == "country" {
				continue
			}
			w := 2
			if broadKinds[p.Kind] {
				w = 1
			}
			if fp.Places[p.ID] != focus {
				fp.Places[p.ID] = max(fp.Places[p.ID], w)
			}
		case rashomon.MentionActor, rashomon.MentionPerson:
			if m.Actor.Country != "" && m.Actor.Sector != "MED" {
				countries[m.Actor.Country] = true
			}
		}
	}
	for c := range countries {
		fp.Countries = append(fp.Countries, c)
	}
	sort.Strings(fp.Countries)
	if d.IssuerActor != nil {
		fp.Claimant = d.IssuerActor.Country
	}
	return fp
}

// happeningDate is the day a document's happening took place: the day
// its material events are most often dated to (the latest on a tie), none
// after publication, so that a war of decades ago cited in passing does
// not date today's incident while an anniversary statement ("one year ago
// on this day") still tells of last year's.
func happeningDate(d *rashomon.Document) rashomon.Date {
	count := map[rashomon.Date]int{}
	var best rashomon.Date
	for _, e := range d.Events {
		if !material[e.Type] || e.Date.Precision() != rashomon.PrecDay {
			continue
		}
		if d.Published.Precision() == rashomon.PrecDay {
			lag := d.Published.Time().Sub(e.Date.Time()).Hours() / 24
			if lag < -1 {
				continue
			}
		}
		count[e.Date]++
		n, bn := count[e.Date], count[best]
		if n > bn || n == bn && e.Date.Time().After(best.Time()) {
			best = e.Date
		}
	}
	return best
}
