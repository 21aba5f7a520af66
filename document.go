package rashomon

// Format names the kind of input a document was read from.
type Format string

// Input formats.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed"
	FormatJSONL Format = "jsonl"
)

// DateStatus says where a document's publication date came from, or why it
// has none.
type DateStatus string

// Date statuses.
const (
	DateFromMeta     DateStatus = "meta"        // page metadata, feed or JSON field
	DateFromDateline DateStatus = "dateline"    // the text's own dateline
	DateUnparseable  DateStatus = "unparseable" // a date-like expression that is not a valid date
	DateUnknown      DateStatus = "unknown"     // nothing found
)

// Document is one publication: the bytes as read, the text cleaned from
// them, where it came from, when it was published, who issued it, and its
// sentences. Offsets in Sentences, Changes' After spans and everything
// extracted later refer to Text; Map takes them back to Source.
type Document struct {
	ID     string `json:"id"`     // stable: derived from the origin URL and the raw bytes
	Origin string `json:"origin"` // the input as named by the user: path, URL, "stdin", "file.jsonl:12"
	Format Format `json:"format"`

	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
	SiteName string `json:"site_name,omitempty"`
	Author   string `json:"author,omitempty"`

	Published     Date       `json:"published"`
	DateStatus    DateStatus `json:"date_status"`
	DateText      string     `json:"date_text,omitempty"` // the expression the date was read from, or the unparseable one
	DatelinePlace string     `json:"dateline_place,omitempty"`

	// Issuer is the outlet that published the text; IssuerActor the
	// institution whose statement it is, when the text says so.
	Issuer      string    `json:"issuer,omitempty"`
	IssuerActor *ActorRef `json:"issuer_actor,omitempty"`
	IssuerText  string    `json:"issuer_text,omitempty"` // the words that named the institution
	IssuerSpan  *Span     `json:"issuer_span,omitempty"`

	// Attributions are the phrases that say whose statement the text
	// reports ("X said in a statement"); when all name one institution, it
	// is the issuer.
	Attributions []Attribution `json:"attributions,omitempty"`

	Synthetic bool `json:"synthetic,omitempty"` // a made-up example (the demo corpus)

	// Raw holds the bytes as read when they differ from Source (HTML, feed
	// entries); Source is the text the reader found (for plain text, the
	// decoded file); Text is Source cleaned. Map takes offsets in Text to
	// offsets in Source.
	Raw    []byte    `json:"-"`
	Source string    `json:"-"`
	Text   string    `json:"text"`
	Map    OffsetMap `json:"-"`

	Changes   []Change   `json:"changes,omitempty"`
	Sentences []Sentence `json:"sentences,omitempty"`

	ContentHash string `json:"content_hash"` // SHA-256 of Text, hex
	// MinHash is the near-duplicate signature of Text and ReprintKeys its
	// locality-sensitive band keys (package reprint); stores index them.
	MinHash     []byte  `json:"-"`
	ReprintKeys []int64 `json:"-"`
	// ReprintOf is the ID of the earliest stored publication of the same
	// statement (exact or near duplicate), empty for an original.
	ReprintOf  string  `json:"reprint_of,omitempty"`
	ReprintSim float64 `json:"reprint_similarity,omitempty"`

	IngestedAt string `json:"ingested_at,omitempty"` // RFC 3339

	// What later stages found in Text.
	Mentions []Mention    `json:"mentions,omitempty"`
	Events   []Event      `json:"events,omitempty"`
	Framing  []FramingHit `json:"framing,omitempty"`
	// Footprint is what the document contributes to incident linking.
	Footprint *Footprint `json:"footprint,omitempty"`
	// RuleSet is the hash of the knowledge and rule files the document was
	// analysed with, so that a rule change can be followed by re-coding.
	RuleSet string `json:"rule_set,omitempty"`
}

// FramingHit is a loaded term found in a document: "illegal armed
// formations", "occupiers", "so-called".
type FramingHit struct {
	Category string `json:"category"`
	Term     string `json:"term"`
	Span     Span   `json:"span"`
}

// Attribution is a phrase naming the institution behind a statement.
type Attribution struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	Rule string `json:"rule"`
}

// Change records one thing cleaning did: what kind, which rule, where in
// Source, and the text before and after.
type Change struct {
	Kind   string `json:"kind"` // encoding, mojibake, invisible, normalize, boilerplate, duplicate, whitespace
	Rule   string `json:"rule"`
	Source Span   `json:"source"` // in Document.Source
	Before string `json:"before"`
	After  string `json:"after"`
}

// SentenceKind tells body sentences from headings and datelines.
type SentenceKind string

// Sentence kinds.
const (
	SentBody     SentenceKind = "body"
	SentHeading  SentenceKind = "heading"
	SentDateline SentenceKind = "dateline"
)

// Sentence is a sentence of a document's Text.
type Sentence struct {
	Index int          `json:"index"`
	Span  Span         `json:"span"`
	Kind  SentenceKind `json:"kind"`
	Para  int          `json:"para"` // paragraph number, from 0
}

// Token is a word, number or punctuation mark of a sentence.
type Token struct {
	Span Span   `json:"span"`
	Text string `json:"text"`
	Tag  string `json:"tag,omitempty"` // Penn Treebank part of speech
}
