package export

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// acledColumns are the columns of ACLED's event exports (2023 and later),
// in order.
var acledColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision",
	"disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location",
	"latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
}

// ACLEDColumns returns the ACLED format's column names.
func ACLEDColumns() []string { return append([]string(nil), acledColumns...) }

// ACLED's disorder types and event types.
const (
	disorderViolence      = "Political violence"
	disorderDemonstration = "Demonstrations"
	disorderStrategic     = "Strategic developments"

	acledBattles   = "Battles"
	acledRemote    = "Explosions/Remote violence"
	acledCivilians = "Violence against civilians"
	acledProtests  = "Protests"
	acledStrategic = "Strategic developments"
)

// acledType is where an event falls in ACLED's typology.
type acledType struct {
	disorder, event, sub string
}

// acledTypeOf maps a PLOVER type and mode (and, for seizures, the CAMEO
// code) to ACLED's disorder, event and sub-event types. It reports false
// for the events ACLED does not record: speech acts (AGREE, CONSULT,
// SUPPORT, REQUEST, ACCUSE, REJECT, THREATEN), the non-violent material
// types (CONCEDE, COOPERATE, AID, RETREAT, SANCTION) and crowd-control
// assaults, which ACLED types by whether there was a protest, which an
// event does not say. The table in doc.go gives the mapping.
func acledTypeOf(e *rashomon.Event) (acledType, bool) {
	switch e.Type {
	case rashomon.ASSAULT:
		switch e.Mode {
		case "heavy-weapons":
			return acledType{disorderViolence, acledRemote, "Shelling/artillery/missile attack"}, true
		case "drone":
			return acledType{disorderViolence, acledRemote, "Air/drone strike"}, true
		case "explosives":
			return acledType{disorderViolence, acledRemote, "Remote explosive/landmine/IED"}, true
		case "abduct":
			return acledType{disorderViolence, acledCivilians, "Abduction/forced disappearance"}, true
		case "torture":
			return acledType{disorderViolence, acledCivilians, "Attack"}, true
		case "destroy":
			return acledType{disorderStrategic, acledStrategic, "Looting/property destruction"}, true
		case "crowd-control":
			return acledType{}, false
		}
		// Firearms, targeted killings and attacks of no stated means.
		if civilian(e.Target) {
			return acledType{disorderViolence, acledCivilians, "Attack"}, true
		}
		return acledType{disorderViolence, acledBattles, "Armed clash"}, true
	case rashomon.PROTEST:
		return acledType{disorderDemonstration, acledProtests, "Peaceful protest"}, true
	case rashomon.COERCE:
		switch {
		case e.Mode == "arrest":
			return acledType{disorderStrategic, acledStrategic, "Arrests"}, true
		case e.Mode == "seize" && e.CAMEO == "192": // occupy territory
			return acledType{disorderStrategic, acledStrategic, "Non-violent transfer of territory"}, true
		case e.Mode == "seize" && e.CAMEO == "1711": // confiscate property
			return acledType{disorderStrategic, acledStrategic, "Looting/property destruction"}, true
		}
		return acledType{disorderStrategic, acledStrategic, "Other"}, true
	case rashomon.MOBILIZE:
		return acledType{disorderStrategic, acledStrategic, "Other"}, true
	}
	return acledType{}, false
}

// civilianSectors are the sectors of unarmed people, whom ACLED counts as
// civilians.
var civilianSectors = map[string]bool{
	rashomon.SectorCVL: true, "REF": true, rashomon.SectorMED: true, "JRN": true, rashomon.SectorNGO: true,
	"EDU": true, "REL": true, "LAB": true, "BUS": true, "AGR": true,
}

// stateSectors are the sectors ACLED counts as state forces.
var stateSectors = map[string]bool{
	rashomon.SectorMIL: true, rashomon.SectorGOV: true, rashomon.SectorCOP: true, rashomon.SectorSPY: true,
	rashomon.SectorLEG: true, rashomon.SectorJUD: true, "PRE": true, "PRM": true,
}

// civilian reports whether a participant is coded as unarmed people.
func civilian(p *rashomon.Participant) bool {
	return p != nil && civilianSectors[p.Actor.Sector]
}

// acledEncoder writes the ACLED-style CSV.
type acledEncoder struct {
	w *csv.Writer
	t *tables
	o Options
}

func newACLEDEncoder(w io.Writer, t *tables, o Options) *acledEncoder {
	return &acledEncoder{w: csv.NewWriter(w), t: t, o: o}
}

func (a *acledEncoder) begin() error { return a.w.Write(acledColumns) }

func (a *acledEncoder) row(r *rashomon.EventRow) (skipReason, error) {
	rec, why := a.acledRecord(r)
	if why != keep {
		return why, nil
	}
	return keep, a.w.Write(rec)
}

func (a *acledEncoder) end() error {
	a.w.Flush()
	return a.w.Error()
}

// acledRecord fills the ACLED columns for an event, or says why it is left
// out.
func (a *acledEncoder) acledRecord(r *rashomon.EventRow) ([]string, skipReason) {
	e := &r.Event
	if (e.Negated || e.Stance == rashomon.Denied) && !a.o.Negated {
		return nil, skipNegated
	}
	typ, ok := acledTypeOf(e)
	if !ok && !a.o.Unmapped {
		return nil, skipUnmapped
	}
	date, year, prec := acledDate(e)

	var placeCountry string
	var iso, countryName, admin1, location, lat, lon, geoPrec string
	if l := e.Location; l != nil {
		placeCountry = l.Place.Country
		if c, ok := a.t.countries[placeCountry]; ok {
			iso, countryName = strings.TrimLeft(c.numeric, "0"), c.name
		}
		admin1, location = l.Place.Region, l.Place.Name
		if la, lo, ok := coords(l); ok {
			lat, lon = number(la), number(lo)
		}
		geoPrec = acledGeoPrecision(l.Precision)
	}

	inter1 := a.inter(e.Source, placeCountry, e.Type == rashomon.PROTEST)
	inter2 := a.inter(e.Target, placeCountry, false)
	civ := ""
	if civilian(e.Target) && (typ.event == acledCivilians || typ.event == acledRemote) {
		civ = "Civilian targeting"
	}
	fatalities := "0"
	if n, ok := killed(e.Counts); ok {
		fatalities = number(n)
	}
	return []string{
		e.ID, date, year, prec,
		typ.disorder, typ.event, typ.sub,
		acledActor(e.Source), "", inter1, acledActor(e.Target), "", inter2, interaction(inter1, inter2, e.Target),
		civ,
		iso, "", countryName, admin1, "", "", location,
		lat, lon, geoPrec,
		r.Issuer, "", acledNotes(r), fatalities, acledTags(e), "",
	}, keep
}

// acledDate returns ACLED's event_date, year and time_precision: 1 when
// the day is known (the only case with an event_date), 2 for a span of at
// most a week, 3 for a month, a year or a longer span. The year is left
// empty for a span across two years.
func acledDate(e *rashomon.Event) (date, year, prec string) {
	d := e.Date
	if d.IsZero() {
		return "", "", ""
	}
	if y := knownDate(e).Year; y != 0 {
		year = intString(y)
	}
	if !e.DateEnd.IsZero() {
		first, _ := d.DayRange()
		_, last := e.DateEnd.DayRange()
		if last-first < 7 {
			return "", year, "2"
		}
		return "", year, "3"
	}
	if d.Precision() == rashomon.PrecDay {
		return d.String(), year, "1"
	}
	return "", year, "3"
}

// acledGeoPrecision maps a location's precision to ACLED's: 1 a town or a
// point, 2 near a named place, 3 a larger area.
func acledGeoPrecision(p string) string {
	switch p {
	case "point":
		return "1"
	case "approximate":
		return "2"
	case "area", "country":
		return "3"
	}
	return ""
}

// acledActor names a participant: its code ("AZE MIL"), or the words that
// name it when it has none.
func acledActor(p *rashomon.Participant) string {
	if p == nil {
		return ""
	}
	if s := p.Actor.String(); s != "" {
		return s
	}
	return oneLine(p.Text)
}

// inter returns ACLED's actor type code for a participant where the
// sector decides it: 1 state forces (of a recognised state, in its own
// country or where the place is unknown), 2 rebel groups, 6 protesters, 7
// civilians, 8 external or other forces (peacekeepers, international
// organisations, a state's forces abroad). It is empty where ACLED's
// distinctions need more than rashomon codes, as for irregular armed
// groups, whose political or identity militia type the code does not tell.
func (a *acledEncoder) inter(p *rashomon.Participant, placeCountry string, protester bool) string {
	if p == nil || p.Actor.IsZero() {
		return ""
	}
	ref := p.Actor
	switch {
	case ref.Sector == rashomon.SectorPKO || ref.Sector == rashomon.SectorIGO:
		return "8"
	case ref.Sector == rashomon.SectorREB:
		return "2"
	case protester && (ref.Sector == rashomon.SectorCVL || ref.Sector == ""):
		return "6"
	case civilianSectors[ref.Sector]:
		return "7"
	case stateSectors[ref.Sector]:
		if _, ok := a.t.countries[ref.Country]; !ok {
			return "" // a de facto entity's forces
		}
		if placeCountry != "" && placeCountry != ref.Country {
			return "8"
		}
		return "1"
	}
	return ""
}

// interaction joins two actor type codes, lower first ("17"); an event with
// no second actor has the first code and 0 ("60").
func interaction(inter1, inter2 string, target *rashomon.Participant) string {
	switch {
	case inter1 == "":
		return ""
	case inter2 != "":
		if inter2 < inter1 {
			inter1, inter2 = inter2, inter1
		}
		return inter1 + inter2
	case target == nil || target.Actor.IsZero():
		return inter1 + "0"
	}
	return ""
}

// acledNotes is the quote, with the claimant stated: "According to ARM MIL:
// ...". The claimant is the one coded for the event, else the words that
// name it, else the outlet that published the document.
func acledNotes(r *rashomon.EventRow) string {
	who := r.Claimant.Actor.String()
	if who == "" {
		who = oneLine(r.Claimant.Text)
	}
	if who == "" {
		who = oneLine(r.Issuer)
	}
	q := oneLine(r.Quote)
	if who == "" {
		return q
	}
	return "According to " + who + ": " + q
}

// acledTags keeps the rashomon coding ACLED has no column for: PLOVER
// type and mode, CAMEO code, actor codes, claimant, stance, negation, the
// counts other than the dead, and the document.
func acledTags(e *rashomon.Event) string {
	tags := []string{"plover=" + typeMode(e)}
	add := func(k, v string) {
		if v != "" {
			tags = append(tags, k+"="+oneLine(v))
		}
	}
	add("cameo", e.CAMEO)
	add("source", actorCode(e.Source))
	add("target", actorCode(e.Target))
	add("claimant", e.Claimant.Actor.Code())
	add("stance", string(e.Stance))
	if e.Negated {
		tags = append(tags, "negated")
	}
	for _, c := range e.Counts {
		if c.Kind != "killed" {
			add(c.Kind, number(c.Value))
		}
	}
	add("doc", e.DocID)
	return strings.Join(tags, "; ")
}
