// Package genevents generates synthetic coded documents, as the pipeline
// would store them, for store benchmarks: statements of 3 to 5 events
// between actors of 30 countries, PLOVER types in realistic proportions,
// dates over three years at every precision, 500 places in five regions,
// claimants with chains of reported speech, reprints, loaded terms and
// footprints. The words are made of syllables: no real text is used. The
// same seed gives the same documents.
//
// It does not code anything: the events are made first and the text is
// written around them.
package genevents

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/reprint"
)

// Countries are the country codes actors belong to, commonest first.
var Countries = []string{"AZE", "ARM", "RUS", "UKR", "TUR", "IRN", "GEO", "SYR", "ISR", "PSE",
	"LBN", "USA", "FRA", "DEU", "GBR", "CHN", "IND", "PAK", "AFG", "IRQ",
	"EGY", "SDN", "ETH", "SOM", "YEM", "SAU", "MLI", "NER", "BFA", "NGA"}

// NumPlaces is how many places the generated gazetteer holds.
const NumPlaces = 500

// First and Last bound the generated publication dates.
var (
	First = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	Last  = time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
)

// sector is a sector of country actors, with its weight and the words
// that name it.
type sector struct {
	code, noun string
	w          int
}

var sectors = []sector{
	{"GOV", "government", 25}, {"MIL", "armed forces", 25}, {"CVL", "residents", 10}, {"COP", "police", 8},
	{"REB", "rebels", 8}, {"IRR", "militia", 6}, {"PTY", "party", 4}, {"JUD", "court", 3}, {"MED", "press", 3},
	{"SPY", "intelligence service", 3}, {"LEG", "parliament", 3},
}

// eventType is a PLOVER type with its weight in conflict news, a verb
// and whether it is a material happening.
type eventType struct {
	typ, verb, cameo string
	w                int
	material         bool
}

var eventTypes = []eventType{
	{rashomon.ASSAULT, "shelled", "195", 18, true}, {rashomon.ACCUSE, "accused", "112", 14, false},
	{rashomon.CONSULT, "met", "040", 10, false}, {rashomon.REQUEST, "called on", "090", 9, false},
	{rashomon.COERCE, "detained", "173", 7, true}, {rashomon.THREATEN, "threatened", "130", 6, false},
	{rashomon.SUPPORT, "backed", "051", 6, false}, {rashomon.REJECT, "rejected", "120", 5, false},
	{rashomon.PROTEST, "rallied against", "140", 5, true}, {rashomon.MOBILIZE, "deployed against", "150", 5, true},
	{rashomon.AGREE, "agreed with", "030", 4, false}, {rashomon.SANCTION, "sanctioned", "163", 3, true},
	{rashomon.COOPERATE, "worked with", "060", 3, false}, {rashomon.AID, "sent aid to", "070", 2, true},
	{rashomon.RETREAT, "withdrew from", "080", 2, true}, {rashomon.CONCEDE, "released prisoners to", "081", 1, false},
}

// regions are where places lie: a centre, a spread in degrees and the
// countries they are in.
var regions = []struct {
	lat, lon, spread float64
	countries        []string
}{
	{40.2, 46.5, 1.2, []string{"AZE", "ARM", "GEO"}},
	{33.8, 36.2, 1.0, []string{"SYR", "LBN", "ISR", "PSE"}},
	{14.5, 1.5, 3.0, []string{"MLI", "NER", "BFA"}},
	{48.0, 35.5, 2.0, []string{"UKR", "RUS"}},
	{9.5, 43.0, 2.5, []string{"ETH", "SOM", "SDN"}},
}

var framingCategories = []string{"delegitimize", "victimhood", "dehumanize", "euphemism"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

// world is what every generator shares: words, names and places.
type world struct {
	vocab     []string
	countries map[string]string // code -> generated name
	outlets   []string
	places    []rashomon.Place
	loaded    []string // loaded terms
}

// newWorld makes the words and places from a fixed seed, so that every
// seed's documents share a gazetteer.
func newWorld() *world {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	word := func(minSyl int) string {
		cons := []string{"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ts"}
		vows := []string{"a", "e", "i", "o", "u", "ia", "ai"}
		for {
			var b strings.Builder
			for range minSyl + r.IntN(3) {
				b.WriteString(cons[r.IntN(len(cons))])
				b.WriteString(vows[r.IntN(len(vows))])
			}
			if r.IntN(3) == 0 {
				b.WriteString(cons[r.IntN(len(cons))])
			}
			if w := b.String(); !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	w := &world{countries: map[string]string{}}
	for range 4000 {
		w.vocab = append(w.vocab, word(1))
	}
	for _, c := range Countries {
		w.countries[c] = title(word(2))
	}
	for range 150 {
		w.outlets = append(w.outlets, word(2)+".example")
	}
	for range 24 {
		w.loaded = append(w.loaded, word(3))
	}
	for i := range NumPlaces {
		reg := regions[i%len(regions)]
		p := rashomon.Place{ID: fmt.Sprintf("pl-%04d", i+1), Name: title(word(2)), Kind: "village",
			Country: reg.countries[r.IntN(len(reg.countries))]}
		switch r.IntN(10) {
		case 0:
			p.Kind = "city"
		case 1:
			p.Kind = "region"
		}
		if r.IntN(20) > 0 { // one in twenty has no coordinates
			lat := math.Round((reg.lat+r.NormFloat64()*reg.spread)*1e4) / 1e4
			lon := math.Round((reg.lon+r.NormFloat64()*reg.spread)*1e4) / 1e4
			p.Lat, p.Lon = &lat, &lon
		}
		if r.IntN(4) == 0 {
			p.Names, p.Contested = []string{title(word(2))}, true
		}
		w.places = append(w.places, p)
	}
	return w
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// Places returns the generated gazetteer.
func Places() []rashomon.Place { return newWorld().places }

// happening is what several documents may tell of.
type happening struct {
	date     rashomon.Date
	place    int // index in places; -1 for none
	typ      int // index in eventTypes
	src, tgt rashomon.ActorRef
}

// Generator makes documents one at a time.
type Generator struct {
	w       *world
	seed    uint64
	r       *rand.Rand
	n       int
	word    *rand.Zipf
	country *rand.Zipf
	place   *rand.Zipf
	recent  []happening
	docs    []*rashomon.Document // recent originals, for reprints
}

// New returns a generator; the same seed gives the same documents.
func New(seed uint64) *Generator {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	w := newWorld()
	return &Generator{w: w, seed: seed, r: r,
		word:    rand.NewZipf(r, 1.1, 2, uint64(len(w.vocab)-1)),
		country: rand.NewZipf(r, 1.3, 1, uint64(len(Countries)-1)),
		place:   rand.NewZipf(r, 1.05, 5, NumPlaces-1)}
}

// Generate returns n documents.
func Generate(n int, seed uint64) []*rashomon.Document {
	g := New(seed)
	out := make([]*rashomon.Document, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

func pick[T any](r *rand.Rand, items []T, weight func(T) int) int {
	total := 0
	for _, it := range items {
		total += weight(it)
	}
	k := r.IntN(total)
	for i, it := range items {
		if k -= weight(it); k < 0 {
			return i
		}
	}
	return len(items) - 1
}

func (g *Generator) actor() rashomon.ActorRef {
	if g.r.IntN(25) == 0 {
		return rashomon.ActorRef{Sector: []string{"IGO", "NGO"}[g.r.IntN(2)]}
	}
	s := sectors[pick(g.r, sectors, func(s sector) int { return s.w })]
	return rashomon.ActorRef{Country: Countries[g.country.Uint64()], Sector: s.code}
}

// phrase names an actor in the text.
func (g *Generator) phrase(a rashomon.ActorRef) string {
	switch a.Sector {
	case "IGO":
		return "the monitoring mission"
	case "NGO":
		return "the aid group"
	}
	for _, s := range sectors {
		if s.code == a.Sector {
			return "the " + s.noun + " of " + g.w.countries[a.Country]
		}
	}
	return g.w.countries[a.Country]
}

func (g *Generator) words(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.w.vocab[g.word.Uint64()]
	}
	return strings.Join(ws, " ")
}

func dayOf(t time.Time) rashomon.Date { return rashomon.DateOf(t) }

// newHappening is a material happening dated near a publication day.
func (g *Generator) newHappening(pub time.Time) happening {
	h := happening{date: dayOf(pub.AddDate(0, 0, -g.r.IntN(4))), place: -1, src: g.actor(), tgt: g.actor()}
	for !eventTypes[h.typ].material {
		h.typ = pick(g.r, eventTypes, func(e eventType) int { return e.w })
	}
	if g.r.IntN(10) < 8 {
		h.place = int(g.place.Uint64())
	}
	return h
}

// text builds a document's text, recording spans.
type text struct {
	b     strings.Builder
	sents []rashomon.Sentence
	start int
}

func (t *text) add(s string) rashomon.Span {
	st := t.b.Len()
	t.b.WriteString(s)
	return rashomon.Span{Start: st, End: t.b.Len()}
}

func (t *text) begin() {
	if t.b.Len() > 0 {
		t.b.WriteString(" ")
		if len(t.sents)%3 == 0 {
			t.b.WriteString("\n\n")
		}
	}
	t.start = t.b.Len()
}

func (t *text) end() int {
	t.b.WriteString(".")
	t.sents = append(t.sents, rashomon.Sentence{Index: len(t.sents), Span: rashomon.Span{Start: t.start, End: t.b.Len()},
		Kind: rashomon.SentBody, Para: len(t.sents) / 3})
	return len(t.sents) - 1
}

// Next returns the next document.
func (g *Generator) Next() *rashomon.Document {
	g.n++
	if len(g.docs) > 0 && g.r.IntN(20) == 0 {
		return g.reprint()
	}
	r := g.r
	pub := First.AddDate(0, 0, r.IntN(int(Last.Sub(First).Hours()/24)+1))
	outlet := g.w.outlets[r.IntN(len(g.w.outlets))]
	d := &rashomon.Document{ID: g.id(), Origin: fmt.Sprintf("generated-%d.jsonl:%d", g.seed, g.n),
		Format: rashomon.FormatJSONL, URL: "https://" + outlet + "/" + fmt.Sprint(g.n), SiteName: outlet,
		Published: dayOf(pub), DateStatus: rashomon.DateFromMeta, DateText: pub.Format("2006-01-02"),
		Issuer: outlet, Synthetic: true, IngestedAt: "2025-01-01T00:00:00Z", RuleSet: "generated"}
	// the happening the document tells of: a new one, or one that others
	// told of lately
	var h happening
	if len(g.recent) == 0 || r.IntN(10) < 4 {
		h = g.newHappening(pub)
		g.recent = append(g.recent, h)
		if len(g.recent) > 64 {
			g.recent = g.recent[1:]
		}
	} else {
		h = g.recent[r.IntN(len(g.recent))]
		pub = h.date.Time().AddDate(0, 0, r.IntN(3))
		d.Published, d.DateText = dayOf(pub), pub.Format("2006-01-02")
	}
	var claimant rashomon.Claimant
	if r.IntN(10) < 6 { // an official statement: the issuer is one side
		side := h.src
		if r.IntN(2) == 0 {
			side = h.tgt
		}
		d.IssuerActor = &side
		claimant = rashomon.Claimant{Actor: side, Rule: "issuer"}
	}
	var t text
	d.Title = title(g.words(3 + r.IntN(5)))
	n := 3 + r.IntN(3)
	framed := r.IntN(5) == 0
	for i := range n {
		if r.IntN(3) == 0 { // a sentence with no event
			t.begin()
			t.add(title(g.words(8 + r.IntN(12))))
			t.end()
		}
		ev := h
		if i > 0 {
			ev = happening{date: dayOf(pub), place: -1, src: g.actor(), tgt: g.actor(),
				typ: pick(r, eventTypes, func(e eventType) int { return e.w })}
			if r.IntN(10) < 4 {
				ev.place = int(g.place.Uint64())
			}
		}
		d.Events = append(d.Events, g.event(d, &t, i, ev, claimant, pub, framed && i == 1))
	}
	d.Text = t.b.String()
	d.Source, d.Map, d.Sentences = d.Text, rashomon.Identity(len(d.Text)), t.sents
	d.Framing = g.framing(d)
	g.finish(d)
	d.Footprint = footprint(d, h)
	g.docs = append(g.docs, d)
	if len(g.docs) > 32 {
		g.docs = g.docs[1:]
	}
	return d
}

// id derives a document id from the seed and the document's number.
func (g *Generator) id() string {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:], g.seed)
	binary.LittleEndian.PutUint64(b[8:], uint64(g.n))
	h := sha256.Sum256(b[:])
	return hex.EncodeToString(h[:10])
}

// finish hashes and signs the text.
func (g *Generator) finish(d *rashomon.Document) {
	d.ContentHash = reprint.ContentHash(d.Text)
	if sig, ok := reprint.Sign(d.Text); ok {
		d.MinHash = sig.Bytes()
		keys := reprint.BandKeys(sig)
		d.ReprintKeys = keys[:]
	}
}

// event writes a sentence stating one event and returns the event.
func (g *Generator) event(d *rashomon.Document, t *text, i int, h happening, claimant rashomon.Claimant, pub time.Time, framed bool) rashomon.Event {
	r := g.r
	et := eventTypes[h.typ]
	e := rashomon.Event{ID: fmt.Sprintf("%s-e%d", d.ID, i+1), DocID: d.ID, Type: et.typ, CAMEO: et.cameo,
		Mode: "verbal", Stance: rashomon.Asserted, Rule: fmt.Sprintf("pattern:%s-%d", strings.ToLower(et.typ), r.IntN(20)),
		RuleSet: d.RuleSet}
	if et.material {
		e.Mode = "material"
	}
	t.begin()
	// a reported claim: "X said that Y said that ..."
	if claimant.Actor.IsZero() || r.IntN(10) < 3 {
		claimant = rashomon.Claimant{Rule: "said-that"}
		for k := range 1 + r.IntN(2) {
			a := g.actor()
			p := g.phrase(a)
			if k == 0 {
				p = title(p)
			}
			sp := t.add(p)
			t.add(" said that ")
			claimant.Chain = append(claimant.Chain, rashomon.ClaimLink{Actor: a, Text: p, Span: sp, Verb: "said"})
			claimant.Actor, claimant.Text, claimant.Span = a, p, &sp
		}
		d.Mentions = append(d.Mentions, rashomon.Mention{Kind: rashomon.MentionActor, Span: *claimant.Span,
			Text: claimant.Text, Actor: claimant.Actor, Rule: "country+agent"})
	}
	e.Claimant = claimant
	src := g.phrase(h.src)
	if t.b.Len() == t.start {
		src = title(src)
	}
	e.Source = g.participant(d, t, src, h.src)
	if r.IntN(20) == 0 {
		e.Negated, e.Stance = true, rashomon.Denied
		t.add(" did not")
	}
	t.add(" ")
	e.Trigger = t.add(et.verb)
	e.Text = et.verb
	if r.IntN(10) > 0 {
		t.add(" ")
		e.Target = g.participant(d, t, g.phrase(h.tgt), h.tgt)
	}
	if h.place >= 0 {
		p := g.w.places[h.place]
		t.add(" near ")
		sp := t.add(p.Name)
		e.Location = &rashomon.Location{Place: p, Text: p.Name, Span: sp, Precision: "point", Rule: "near+place"}
		d.Mentions = append(d.Mentions, rashomon.Mention{Kind: rashomon.MentionPlace, Span: sp, Text: p.Name,
			EntityID: p.ID, Name: p.Name, Rule: "gazetteer"})
	}
	g.date(&e, t, h.date.Time(), pub)
	if et.typ == rashomon.ASSAULT && r.IntN(3) == 0 {
		t.add(", ")
		v := 1 + r.IntN(12)
		kind := []string{"killed", "wounded"}[r.IntN(2)]
		s := fmt.Sprintf("%d %s", v, kind)
		e.Counts = []rashomon.Count{{Kind: kind, Value: float64(v), Text: s, Span: t.add(s), Rule: "number+noun"}}
	}
	if framed {
		t.add(" ")
		t.add(g.w.loaded[r.IntN(len(g.w.loaded))])
	}
	t.add(" ")
	t.add(g.words(5 + r.IntN(12)))
	e.Sentence = t.end()
	e.Span = t.sents[e.Sentence].Span
	switch {
	case e.Negated:
	case r.IntN(20) == 0:
		e.Stance, e.Modality = rashomon.Alleged, "alleged"
	case e.Type == rashomon.REQUEST && r.IntN(3) == 0:
		e.Stance, e.Modality = rashomon.Demanded, "demanded"
	}
	return e
}

func (g *Generator) participant(d *rashomon.Document, t *text, phrase string, a rashomon.ActorRef) *rashomon.Participant {
	sp := t.add(phrase)
	d.Mentions = append(d.Mentions, rashomon.Mention{Kind: rashomon.MentionActor, Span: sp, Text: phrase, Actor: a,
		Rule: "country+agent"})
	return &rashomon.Participant{Actor: a, Text: phrase, Span: sp, Rule: "country+agent"}
}

// date dates an event at some precision and writes the expression.
func (g *Generator) date(e *rashomon.Event, t *text, day, pub time.Time) {
	r := g.r
	k := r.IntN(100)
	switch {
	case k < 70:
		e.Date, e.DateRule = dayOf(day), "explicit"
		e.DateText = fmt.Sprintf("on %d %s", day.Day(), months[day.Month()-1])
	case k < 80:
		e.Date, e.DateRule = rashomon.Date{Year: day.Year(), Month: int(day.Month())}, "publication-month"
		e.DateText = "in " + months[day.Month()-1]
	case k < 85:
		e.Date, e.DateRule = rashomon.Date{Year: day.Year()}, "explicit"
		e.DateText = fmt.Sprintf("in %d", day.Year())
	case k < 92:
		end := day.AddDate(0, 0, 1+r.IntN(10))
		e.Date, e.DateEnd, e.DateRule = dayOf(day), dayOf(end), "explicit+range"
		e.DateText = fmt.Sprintf("from %d %s to %d %s", day.Day(), months[day.Month()-1], end.Day(), months[end.Month()-1])
	case k < 93:
		from := day.Year() - 1 - r.IntN(4)
		e.Date, e.DateEnd, e.DateRule = rashomon.Date{Year: from}, rashomon.Date{Year: day.Year()}, "explicit+range"
		e.DateText = fmt.Sprintf("from %d to %d", from, day.Year())
	default:
		return // undated
	}
	t.add(" ")
	t.add(e.DateText)
}

// framing finds the loaded terms in the text.
func (g *Generator) framing(d *rashomon.Document) []rashomon.FramingHit {
	var out []rashomon.FramingHit
	for i, term := range g.w.loaded {
		for off := 0; ; {
			k := strings.Index(d.Text[off:], " "+term+" ")
			if k < 0 {
				break
			}
			start := off + k + 1
			out = append(out, rashomon.FramingHit{Category: framingCategories[i%len(framingCategories)], Term: term,
				Span: rashomon.Span{Start: start, End: start + len(term)}})
			off = start + len(term)
		}
	}
	return out
}

// reprint publishes a recent document again at another outlet.
func (g *Generator) reprint() *rashomon.Document {
	src := g.docs[g.r.IntN(len(g.docs))]
	d := *src
	d.ID = g.id()
	outlet := g.w.outlets[g.r.IntN(len(g.w.outlets))]
	d.Origin = fmt.Sprintf("generated-%d.jsonl:%d", g.seed, g.n)
	d.URL, d.SiteName, d.Issuer, d.IssuerActor = "https://"+outlet+"/"+fmt.Sprint(g.n), outlet, outlet, nil
	pub := src.Published.Time().AddDate(0, 0, g.r.IntN(3))
	d.Published, d.DateText = dayOf(pub), pub.Format("2006-01-02")
	d.ReprintOf, d.ReprintSim = src.ID, 1
	d.Events = slices.Clone(src.Events)
	for i := range d.Events {
		d.Events[i].ID = fmt.Sprintf("%s-e%d", d.ID, i+1)
		d.Events[i].DocID = d.ID
	}
	fp := *src.Footprint
	fp.Doc, fp.ReprintOf, fp.Claimant = d.ID, src.ID, ""
	d.Footprint = &fp
	return &d
}

// footprint is what the document contributes to incident linking, as
// package claims computes it: the happening's day and place, the other
// places, the sides.
func footprint(d *rashomon.Document, h happening) *rashomon.Footprint {
	fp := &rashomon.Footprint{Doc: d.ID, Date: h.date, Places: map[string]int{}}
	countries := map[string]bool{}
	for i, e := range d.Events {
		if e.Location != nil {
			w := 2
			if i == 0 {
				w = 3
			}
			fp.Places[e.Location.Place.ID] = max(fp.Places[e.Location.Place.ID], w)
		}
		for _, p := range []*rashomon.Participant{e.Source, e.Target} {
			if p != nil && p.Actor.Country != "" {
				countries[p.Actor.Country] = true
			}
		}
	}
	for c := range countries {
		fp.Countries = append(fp.Countries, c)
	}
	slices.Sort(fp.Countries)
	if d.IssuerActor != nil {
		fp.Claimant = d.IssuerActor.Country
	}
	return fp
}

// Incidents links documents that tell of one happening (the same day and
// focus place) into incidents, as package claims would: one incident per
// two or more such documents.
func Incidents(docs []*rashomon.Document) []rashomon.Incident {
	type key struct {
		date  rashomon.Date
		place string
	}
	groups := map[key][]*rashomon.Document{}
	var keys []key
	for _, d := range docs {
		fp := d.Footprint
		if fp == nil || fp.Date.Precision() != rashomon.PrecDay {
			continue
		}
		for p, w := range fp.Places {
			if w == 3 {
				k := key{fp.Date, p}
				if groups[k] == nil {
					keys = append(keys, k)
				}
				groups[k] = append(groups[k], d)
			}
		}
	}
	var out []rashomon.Incident
	for _, k := range keys {
		ds := groups[k]
		if len(ds) < 2 {
			continue
		}
		slices.SortFunc(ds, func(a, b *rashomon.Document) int { return cmp.Compare(a.ID, b.ID) })
		h := sha256.New()
		inc := rashomon.Incident{Date: k.date, Claimants: []rashomon.ActorRef{}}
		types := map[string]int{}
		sides := map[rashomon.ActorRef]bool{}
		for _, d := range ds {
			h.Write([]byte(d.ID))
			inc.Docs = append(inc.Docs, d.ID)
			for _, e := range d.Events {
				if e.Location == nil || e.Location.Place.ID != k.place {
					continue
				}
				inc.Events = append(inc.Events, e.ID)
				types[e.Type]++
				if inc.Place == nil {
					p := e.Location.Place
					inc.Place = &p
				}
				if a := e.Claimant.Actor; !a.IsZero() && !sides[a] {
					sides[a] = true
					inc.Claimants = append(inc.Claimants, a)
					if d.ReprintOf == "" {
						inc.Independent++
					}
				}
			}
		}
		for t, n := range types {
			if n > types[inc.Type] || n == types[inc.Type] && t < inc.Type {
				inc.Type = t
			}
		}
		inc.ID = "inc-" + hex.EncodeToString(h.Sum(nil))[:12]
		inc.Title = strings.ToLower(inc.Type) + " near " + inc.Place.Name
		out = append(out, inc)
	}
	return out
}
