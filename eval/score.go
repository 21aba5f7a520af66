package eval

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// Report holds the figures of an evaluation, with exactly the keys the
// corpus README lists. A nil pointer is a figure not computed.
type Report struct {
	Documents                 int      `json:"documents"`
	ActorsRecall              *float64 `json:"actors_recall"`
	PlacesRecall              *float64 `json:"places_recall"`
	PlacesWithin10km          *float64 `json:"places_within_10km"`
	EventsGold                *int     `json:"events_gold"`
	EventsFound               *int     `json:"events_found"`
	EventsPrecision           *float64 `json:"events_precision"`
	EventsRecall              *float64 `json:"events_recall"`
	EventsF1                  *float64 `json:"events_f1"`
	ClaimantAccuracy          *float64 `json:"claimant_accuracy"`
	DateAccuracy              *float64 `json:"date_accuracy"`
	LocationAccuracy          *float64 `json:"location_accuracy"`
	IncidentPairPrecision     *float64 `json:"incident_pair_precision"`
	IncidentPairRecall        *float64 `json:"incident_pair_recall"`
	ContradictionRecall       *float64 `json:"contradiction_recall"`
	PloverGSRSentences        *int     `json:"plover_gsr_sentences"`
	PloverGSRTypeRecall       *float64 `json:"plover_gsr_type_recall"`
	PloverGSRTypeSourceRecall *float64 `json:"plover_gsr_type_source_recall"`
	PloverGSRPrecision        *float64 `json:"plover_gsr_precision"`

	// What the human-readable output lists after the figures.
	Details []DocDetail `json:"-"`
	// PerType is event precision, recall and F1 by PLOVER type.
	PerType map[string]*TypeScore `json:"-"`
}

// TypeScore counts matches for one event type.
type TypeScore struct {
	Gold, Found, Matched int
}

// DocDetail is what went wrong in one document.
type DocDetail struct {
	ID            string
	MissedActors  []string
	MissedPlaces  []string
	FarPlaces     []string
	MissedEvents  []string
	FalseEvents   []string
	WrongClaimant []string
	WrongDate     []string
	WrongPlace    []string
}

// Places looks up gazetteer places by id, for comparing names and
// coordinates.
type Places interface {
	PlaceByID(id string) (rashomon.Place, bool)
}

// Input is what the pipeline produced for the gold set.
type Input struct {
	Docs      map[string]*rashomon.Document // by gold id
	Places    Places
	Incidents []rashomon.Incident // nil when the pipeline grouped nothing
	// HaveEvents and HaveIncidents say which stages ran; figures of stages
	// that did not run stay null.
	HaveEvents, HaveIncidents bool
	// Plover holds the events coded for each PLOVER record, by record id.
	Plover map[string][]rashomon.Event
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	v := float64(a) / float64(b)
	return &v
}

func intp(n int) *int { return &n }

// Score compares in with g.
func Score(g *Gold, in Input) Report {
	r := Report{Documents: len(g.Docs), PerType: map[string]*TypeScore{}}
	var actorsGold, actorsFound, placesGold, placesFound, placesCoord, placesNear int
	var evGold, evFound, evMatched, clGold, clOK, dtGold, dtOK, locGold, locOK int
	for _, gd := range g.Docs {
		d := in.Docs[gd.ID]
		det := DocDetail{ID: gd.ID}
		// Actors: distinct country+sector pairs.
		found := map[rashomon.ActorRef]bool{}
		if d != nil {
			for _, m := range d.Mentions {
				if m.Kind == rashomon.MentionActor || m.Kind == rashomon.MentionPerson {
					found[m.Actor] = true
				}
			}
			if d.IssuerActor != nil {
				found[*d.IssuerActor] = true
			}
		}
		want := map[rashomon.ActorRef]string{}
		for _, a := range gd.Actors {
			ref := (&Actor{Country: a.Country, Sector: a.Sector}).Ref()
			if _, ok := want[ref]; !ok {
				want[ref] = a.Surface
			}
		}
		for ref, surface := range want {
			actorsGold++
			if found[ref] {
				actorsFound++
			} else {
				det.MissedActors = append(det.MissedActors, fmt.Sprintf("%s (%q)", refString(ref), surface))
			}
		}
		// Places: distinct canonical names.
		seenPlace := map[string]bool{}
		for _, gp := range gd.Places {
			if seenPlace[gp.Canonical] {
				continue
			}
			seenPlace[gp.Canonical] = true
			placesGold++
			p, ok := findPlace(gp, d, in.Places)
			if !ok {
				det.MissedPlaces = append(det.MissedPlaces, fmt.Sprintf("%s (%q)", gp.Canonical, gp.Surface))
				continue
			}
			placesFound++
			if gp.Lat != nil && p.Lat != nil {
				placesCoord++
				if km := distanceKm(*gp.Lat, *gp.Lon, *p.Lat, *p.Lon); km <= 10 {
					placesNear++
				} else {
					det.FarPlaces = append(det.FarPlaces, fmt.Sprintf("%s: %.0f km off", gp.Canonical, km))
				}
			}
		}
		if in.HaveEvents {
			s := scoreEvents(gd, d, in.Places, &det, r.PerType)
			evGold += s.gold
			evFound += s.found
			evMatched += s.matched
			clGold += s.clGold
			clOK += s.clOK
			dtGold += s.dtGold
			dtOK += s.dtOK
			locGold += s.locGold
			locOK += s.locOK
		}
		sort.Strings(det.MissedActors)
		r.Details = append(r.Details, det)
	}
	r.ActorsRecall = ratio(actorsFound, actorsGold)
	r.PlacesRecall = ratio(placesFound, placesGold)
	r.PlacesWithin10km = ratio(placesNear, placesCoord)
	if in.HaveEvents {
		r.EventsGold, r.EventsFound = intp(evGold), intp(evFound)
		r.EventsPrecision = ratio(evMatched, evFound)
		r.EventsRecall = ratio(evMatched, evGold)
		if r.EventsPrecision != nil && r.EventsRecall != nil && *r.EventsPrecision+*r.EventsRecall > 0 {
			f := 2 * *r.EventsPrecision * *r.EventsRecall / (*r.EventsPrecision + *r.EventsRecall)
			r.EventsF1 = &f
		} else if evGold > 0 {
			zero := 0.0
			r.EventsF1 = &zero
		}
		r.ClaimantAccuracy = ratio(clOK, clGold)
		r.DateAccuracy = ratio(dtOK, dtGold)
		r.LocationAccuracy = ratio(locOK, locGold)
	}
	if in.HaveIncidents {
		scoreIncidents(g, in, &r)
	}
	if len(g.Plover) > 0 && in.Plover != nil {
		scorePlover(g.Plover, in.Plover, &r)
	}
	return r
}

func refString(r rashomon.ActorRef) string {
	c, s := r.Country, r.Sector
	if c == "" {
		c = "null"
	}
	if s == "" {
		s = "null"
	}
	return c + " " + s
}

// findPlace finds the document's place mention matching a gold place: by
// canonical name, an alias, or within 10 km.
func findPlace(gp GoldPlace, d *rashomon.Document, places Places) (rashomon.Place, bool) {
	if d == nil || places == nil {
		return rashomon.Place{}, false
	}
	names := map[string]bool{norm(gp.Canonical): true}
	for _, a := range gp.Aliases {
		names[norm(a)] = true
	}
	var near *rashomon.Place
	for _, m := range d.Mentions {
		if m.Kind != rashomon.MentionPlace {
			continue
		}
		p, ok := places.PlaceByID(m.EntityID)
		if !ok {
			continue
		}
		if names[norm(p.Name)] {
			return p, true
		}
		for _, n := range p.Names {
			if names[norm(n)] {
				return p, true
			}
		}
		if gp.Lat != nil && p.Lat != nil && distanceKm(*gp.Lat, *gp.Lon, *p.Lat, *p.Lon) <= 10 && near == nil {
			pp := p
			near = &pp
		}
	}
	if near != nil {
		return *near, true
	}
	return rashomon.Place{}, false
}

func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("’", "'", "–", "-", "—", "-").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// distanceKm is the great-circle distance.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := (lat2-lat1)*math.Pi/180, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}
