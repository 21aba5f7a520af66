package rashomon

// Incident is one happening as told by different sides: the events from
// several documents that describe it, and the points where the accounts
// disagree.
type Incident struct {
	ID        string     `json:"id"`
	Type      string     `json:"type"` // the commonest PLOVER type of its events
	Date      Date       `json:"date"`
	DateEnd   Date       `json:"date_end,omitzero"`
	Place     *Place     `json:"place,omitempty"`
	Events    []string   `json:"events"` // event ids
	Docs      []string   `json:"docs"`   // document ids
	Claimants []ActorRef `json:"claimants"`
	// Independent counts the claimants that are not reprints of one
	// statement: the incident's corroboration.
	Independent    int             `json:"independent"`
	Contradictions []Contradiction `json:"contradictions,omitempty"`
	Agreements     []Contradiction `json:"agreements,omitempty"` // corroboration: points on which independent claimants agree
	Title          string          `json:"title"`
}

// Contradiction points to claims of different claimants that cannot all
// be true: who acted against whom, whether it happened, where, how many,
// and what each side calls a place or an actor.
type Contradiction struct {
	Point  string     `json:"point"`  // who-acted, happened, where, numbers, names, framing
	Detail string     `json:"detail"` // a one-line summary
	Claims []ClaimRef `json:"claims"`
}

// ClaimRef is one side's version of a point, with its evidence.
type ClaimRef struct {
	Event    string   `json:"event,omitempty"`
	Doc      string   `json:"doc"`
	Claimant ActorRef `json:"claimant"`
	Says     string   `json:"says"`  // the claim in a few words
	Quote    string   `json:"quote"` // the sentence it rests on
	Span     Span     `json:"span"`
}

// Footprint is what a document contributes to linking accounts into
// incidents: when the happening it tells of took place, where, and which
// sides it involves.
type Footprint struct {
	Doc       string         `json:"doc"`
	ReprintOf string         `json:"reprint_of,omitempty"`
	Date      Date           `json:"date"`
	Places    map[string]int `json:"places,omitempty"` // place id -> weight (3 where its events happen, 2 other specific places, 1 broad)
	Countries []string       `json:"countries,omitempty"`
	Claimant  string         `json:"claimant,omitempty"`
	// Incident is the incident the document is in, when read back from a
	// store ("" for none or not yet linked).
	Incident string `json:"-"`
}

// FootprintNear selects the linked documents a batch of new ones may join:
// those whose date overlaps one of Days (inclusive ranges of days since
// 1970-01-01, UTC), those dated to the day naming one of Places, those with
// no date naming one of UndatedAt, and the documents listed in Docs.
type FootprintNear struct {
	Days      [][2]int
	Places    []string
	UndatedAt []string
	Docs      []string
}

// IncidentQuery selects incidents.
type IncidentQuery struct {
	Search  string // words in the title
	Country string // a side
	Since   Date
	Until   Date
	Limit   int
	Offset  int
}
