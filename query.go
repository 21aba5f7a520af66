package rashomon

// Marks around the words a full-text search matched in a DocSummary's
// Snippet (Unicode private-use characters, which no document holds after
// cleaning). Each front end shows them its own way.
const (
	SnippetOpen  = "\ue000"
	SnippetClose = "\ue001"
)

// EventQuery selects events. Actor codes are a country ("AZE"), a country
// and a sector ("AZEMIL"), or a sector alone ("IGO").
type EventQuery struct {
	Actor    string // as source or target
	Source   string
	Target   string
	Claimant string
	Type     string // a PLOVER type
	Place    string // a place id
	Incident string
	Doc      string
	Since    Date
	Until    Date
	Search   string // words in the event's sentence
	Located  bool   // only events with coordinates
	// Sort is "-date" (newest first, the default), "date", "type" or
	// "-type". With Search and no Sort, events come newest stored first,
	// as the full-text index gives them.
	Sort   string
	Limit  int // default 50; at most MaxEventPage
	Offset int
}

// MaxEventPage is the most events one query returns.
const MaxEventPage = 10000

// EventRow is an event with what a listing shows of its document.
type EventRow struct {
	Event
	Quote     string `json:"quote"` // the sentence the event was coded from
	DocTitle  string `json:"doc_title"`
	DocURL    string `json:"doc_url,omitempty"`
	Issuer    string `json:"issuer,omitempty"`
	Published Date   `json:"published"`
}

// EventPage is one page of events and how many match in all.
type EventPage struct {
	Events []EventRow `json:"events"`
	// Total counts the matching events up to MaxCount; TotalCapped says
	// there are more.
	Total       int  `json:"total"`
	TotalCapped bool `json:"total_capped,omitempty"`
}

// MaxCount is where event counts stop counting: a listing says "1000+"
// rather than walk every match of a broad query on a large store (the
// facets give counts by type, year, actor or place).
const MaxCount = 1000

// Facet fields of events.
const (
	FacetType     = "type"
	FacetSource   = "source"
	FacetTarget   = "target"
	FacetClaimant = "claimant"
	FacetPlace    = "place"
	FacetDay      = "day"
	FacetMonth    = "month"
	FacetYear     = "year"
	FacetIssuer   = "issuer"
)

// FacetCount is how many events (or documents) share a value.
type FacetCount struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
	N     int    `json:"n"`
	// Lat and Lon are a place facet's coordinates.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
}

// ActorLink counts the events one actor directs at another.
type ActorLink struct {
	Source ActorRef       `json:"source"`
	Target ActorRef       `json:"target"`
	N      int            `json:"n"`
	Types  map[string]int `json:"types"`
}
