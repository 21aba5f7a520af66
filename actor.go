package rashomon

import "strings"

// Sector codes used in actor references. The first ten are the gold
// annotation scheme; the rest are PLOVER sectors kept when a dictionary
// gives them.
const (
	SectorGOV = "GOV" // government, executive, ministries
	SectorMIL = "MIL" // state armed forces, defence ministries
	SectorPKO = "PKO" // peacekeepers
	SectorIRR = "IRR" // irregular or non-state armed groups
	SectorPTY = "PTY" // political parties
	SectorMED = "MED" // media
	SectorJUD = "JUD" // courts and prosecutors
	SectorCVL = "CVL" // civilians, residents
	SectorIGO = "IGO" // intergovernmental organisations
	SectorNGO = "NGO" // non-governmental organisations
	SectorCOP = "COP" // police
	SectorSPY = "SPY" // intelligence services
	SectorLEG = "LEG" // legislatures
	SectorREB = "REB" // armed opposition
)

// Sectors lists every sector code an actor reference may carry.
var Sectors = map[string]bool{"GOV": true, "MIL": true, "PKO": true, "IRR": true, "PTY": true, "MED": true,
	"JUD": true, "CVL": true, "IGO": true, "NGO": true, "COP": true, "SPY": true, "LEG": true, "REB": true,
	"BUS": true, "REF": true, "OPP": true, "ELI": true, "LAB": true, "EDU": true, "REL": true, "CRM": true,
	"UAF": true, "UNK": true, "PRM": true, "PRE": true, "SOC": true, "JRN": true, "AGR": true}

// ParseActorCode reads "AZE", "AZEMIL", "AZE MIL" or a sector alone
// ("IGO"), as Code and String write them. It reports false for anything
// else.
func ParseActorCode(s string) (ActorRef, bool) {
	s = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return ActorRef{}, false
		}
	}
	switch len(s) {
	case 3:
		if Sectors[s] {
			return ActorRef{Sector: s}, true
		}
		return ActorRef{Country: s}, true
	case 6:
		if Sectors[s[3:]] {
			return ActorRef{Country: s[:3], Sector: s[3:]}, true
		}
	}
	return ActorRef{}, false
}

// ActorRef codes an actor: a country (ISO 3166-1 alpha-3, or a project code
// for a de facto entity such as NKR) and a sector. IGOs and NGOs have no
// country.
type ActorRef struct {
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// IsZero reports whether r codes nothing.
func (r ActorRef) IsZero() bool { return r.Country == "" && r.Sector == "" }

// Code returns the CAMEO-style code: country then sector, "AZEMIL".
func (r ActorRef) Code() string { return r.Country + r.Sector }

// String returns "AZE MIL", "IGO", or "" for the zero value.
func (r ActorRef) String() string {
	switch {
	case r.Country == "":
		return r.Sector
	case r.Sector == "":
		return r.Country
	}
	return r.Country + " " + r.Sector
}

// MentionKind says what a mention names.
type MentionKind string

// Mention kinds.
const (
	MentionActor  MentionKind = "actor"  // a coded actor: country+sector, organisation, person
	MentionPlace  MentionKind = "place"  // a gazetteer place
	MentionAgent  MentionKind = "agent"  // a sector word with no country yet ("the ministry")
	MentionPerson MentionKind = "person" // a known official
)

// Mention is a stretch of a document's text that names an actor or a place.
type Mention struct {
	Kind     MentionKind `json:"kind"`
	Span     Span        `json:"span"`
	Text     string      `json:"text"`
	Actor    ActorRef    `json:"actor,omitzero"`
	EntityID string      `json:"entity,omitempty"` // organisation, person or place id in the lexicon
	Name     string      `json:"name,omitempty"`   // canonical name of the entity
	Rule     string      `json:"rule"`             // how it was recognised: "country+agent", "person@date", ...
	Note     string      `json:"note,omitempty"`   // e.g. an inconsistency with the knowledge base
}

// Place is a gazetteer entry as attached to a document or an event.
type Place struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"` // canonical name
	Kind      string   `json:"kind"`
	Country   string   `json:"country,omitempty"`
	Region    string   `json:"region,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Names     []string `json:"names,omitempty"` // every other name, each side's included
	Contested bool     `json:"contested,omitempty"`
}
