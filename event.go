package rashomon

// PLOVER event types.
const (
	AGREE     = "AGREE"
	CONSULT   = "CONSULT"
	SUPPORT   = "SUPPORT"
	CONCEDE   = "CONCEDE"
	COOPERATE = "COOPERATE"
	AID       = "AID"
	RETREAT   = "RETREAT"
	REQUEST   = "REQUEST"
	ACCUSE    = "ACCUSE"
	REJECT    = "REJECT"
	THREATEN  = "THREATEN"
	PROTEST   = "PROTEST"
	SANCTION  = "SANCTION"
	MOBILIZE  = "MOBILIZE"
	COERCE    = "COERCE"
	ASSAULT   = "ASSAULT"
)

// EventTypes lists the PLOVER event types in the manual's order.
var EventTypes = []string{AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
	REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT}

// Stance is how a claimant presents an event.
type Stance string

// Stances.
const (
	Asserted Stance = "asserted"
	Denied   Stance = "denied"
	Alleged  Stance = "alleged"
	Demanded Stance = "demanded"
)

// Participant is the source or the target of an event.
type Participant struct {
	Actor ActorRef `json:"actor"`
	Text  string   `json:"text"`
	Span  Span     `json:"span"`
	Rule  string   `json:"rule"`
}

// Claimant is who asserts an event: the document's issuer speaking in its
// own voice, or a quoted or reported party. Chain holds the relays from the
// outermost speaker inwards ("the ministry said that Hasanov had said ...").
type Claimant struct {
	Actor ActorRef    `json:"actor"`
	Text  string      `json:"text,omitempty"`
	Span  *Span       `json:"span,omitempty"`
	Rule  string      `json:"rule"`
	Chain []ClaimLink `json:"chain,omitempty"`
}

// ClaimLink is one speaker in a chain of reported speech.
type ClaimLink struct {
	Actor ActorRef `json:"actor"`
	Text  string   `json:"text"`
	Span  Span     `json:"span"`
	Verb  string   `json:"verb"`
}

// Location is where an event happened.
type Location struct {
	Place     Place  `json:"place"`
	Text      string `json:"text"`
	Span      Span   `json:"span"`
	Precision string `json:"precision"` // point, area, country, approximate
	Rule      string `json:"rule"`
}

// Count is a number attached to an event: casualties, times, area.
type Count struct {
	Kind  string  `json:"kind"` // killed, wounded, victims, times, area_km2, shells, vessels, people
	Value float64 `json:"value"`
	Text  string  `json:"text"`
	Span  Span    `json:"span"`
	Rule  string  `json:"rule"`
}

// Event is one coded happening or speech act: who (Source) did what (Type,
// Mode, CAMEO) to whom (Target), where and when, as claimed by whom, with
// the span that states it and the rule that coded it.
type Event struct {
	ID       string `json:"id"`
	DocID    string `json:"doc"`
	Sentence int    `json:"sentence"`
	Span     Span   `json:"span"`    // the clause that states the event
	Trigger  Span   `json:"trigger"` // the verb or noun that evokes it
	Text     string `json:"text"`    // the trigger's words

	Type  string `json:"type"` // PLOVER
	Mode  string `json:"mode,omitempty"`
	CAMEO string `json:"cameo,omitempty"`

	Source *Participant `json:"source,omitempty"`
	Target *Participant `json:"target,omitempty"`

	Claimant Claimant `json:"claimant"`
	Stance   Stance   `json:"stance"`
	Negated  bool     `json:"negated,omitempty"`
	Modality string   `json:"modality,omitempty"` // reported, alleged, future, demanded

	Date     Date   `json:"date"`
	DateEnd  Date   `json:"date_end,omitzero"`
	DateText string `json:"date_text,omitempty"`
	DateRule string `json:"date_rule,omitempty"`

	Location *Location `json:"location,omitempty"`
	Counts   []Count   `json:"counts,omitempty"`

	Rule       string `json:"rule"`     // the verb pattern that fired
	RuleSet    string `json:"rule_set"` // hash of the rule files in force
	IncidentID string `json:"incident,omitempty"`
}
