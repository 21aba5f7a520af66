// Package issuer works out who published a document (the outlet: page
// metadata, a dateline's agency, a "Report informs" relay, the site's host)
// and whose statement it is (the institution, when the text says so: "the
// Ministry of Foreign Affairs of Republic of Azerbaijan said in a
// statement", "The RA MFA made a statement", "In a statement, Azerbaijan's
// Defense Ministry said"). Turning the institution's words into an actor
// code is the lexicon's job; this package finds the words.
package issuer

import (
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/ascii"
)

// Statement is the words that name the institution whose statement a text
// is, with their span in the text and the pattern that found them.
type Statement struct {
	Text string
	Span rashomon.Span
	Rule string
}

// A pattern is a trigger phrase and where the institution's name sits
// relative to it. Names are read by walking over capitalised words, which
// is far cheaper than a regular expression that must try every word as the
// start of a name.
type pattern struct {
	id      string
	trigger *regexp.Regexp
	before  bool // the name precedes the trigger (else it follows)
	atStart bool // the name must open its line (a headline)
	lede    bool // the name must open the title or the first paragraph
	// starts are the words (lower case) a match begins with; the trigger,
	// anchored, is tried only where one of them begins a word, instead of
	// at every byte of the window (searching windows with the expressions
	// was a tenth of ingesting a document).
	starts   []string
	anchored *regexp.Regexp
}

func init() {
	for i := range patterns {
		p := &patterns[i]
		body, ok := strings.CutPrefix(p.trigger.String(), `(?i)\b`)
		if !ok {
			panic("issuer: pattern " + p.id + " must begin with (?i)\\b")
		}
		p.anchored = regexp.MustCompile(`(?i)^(?:` + body + `)`)
	}
}

// matches returns up to limit matches of p's trigger in head[a:b], in order
// and apart, as FindAllStringIndex would on the window; low is head with
// its ASCII letters lowered.
func (p *pattern) matches(head, low string, a, b, limit int) [][2]int {
	var at []int
	for _, w := range p.starts {
		for from := a; from < b; {
			i := strings.Index(low[from:b], w)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i == a || !isWordByte(low[i-1]) {
				at = append(at, i)
			}
		}
	}
	slices.Sort(at)
	var out [][2]int
	end := a
	for _, i := range at {
		if i < end {
			continue
		}
		loc := p.anchored.FindStringIndex(head[i:b])
		if loc == nil {
			continue
		}
		out = append(out, [2]int{i, i + loc[1]})
		if len(out) == limit {
			break
		}
		end = i + max(loc[1], 1)
	}
	return out
}

// isWordByte is the ASCII word class of \b.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

const (
	verbs    = `(?:said|stated|noted|reported|declared|announced|informed|stressed|emphasi[sz]ed|added)`
	docWords = `(?:statement|press\s+release|communiqu[eé])`
)

// verbWords are the words of verbs: where the matches of its pattern begin.
var verbWords = []string{"said", "stated", "noted", "reported", "declared", "announced", "informed", "stressed", "emphasi", "added"}

var patterns = []pattern{
	{id: "X-said-in-statement", trigger: regexp.MustCompile(`(?i)\b` + verbs + `\s+in\s+(?:a|its|an\s+official)\s+` + docWords),
		before: true, starts: verbWords},
	{id: "X-made-statement", trigger: regexp.MustCompile(`(?i)\b(?:has\s+)?(?:made|issued|released|published|circulated|disseminated)\s+(?:a|an\s+official|the\s+following)\s+` + docWords),
		before: true, starts: []string{"has", "made", "issued", "released", "published", "circulated", "disseminated"}},
	{id: "in-statement-X-said", trigger: regexp.MustCompile(`(?i)\bin\s+(?:a|its|an\s+official)\s+statement(?:\s+(?:issued|released|published)(?:\s+[\w-]+){0,3})?,\s+`),
		starts: []string{"in"}},
	{id: "statement-of-X", trigger: regexp.MustCompile(`(?i)\b(?:statement|press\s+release|communiqu[eé]|message|information)\s+(?:of|by|from)\s+`),
		starts: []string{"statement", "press", "communiqu", "message", "information"}},
	{id: "X-releases-statement", trigger: regexp.MustCompile(`(?i)\b(?:releases|issues|makes|publishes)\s+(?:a\s+)?statement`),
		before: true, atStart: true, starts: []string{"releases", "issues", "makes", "publishes"}},
	// An institution speaking of itself in the third person in the
	// present, first thing in the text: "The Ministry of Foreign Affairs
	// of X expresses its strong protest ...", the usual form of an
	// official statement.
	{id: "X-voices-lede", trigger: regexp.MustCompile(`(?i)\b(?:expresses|condemns|strongly\s+condemns|protests|declares|demands|calls\s+on|reaffirms|welcomes|informs|states)\b`),
		before: true, atStart: true, lede: true, starts: append([]string{"strongly"}, ledeVerbs...)},
}

// ledeVerbs are the words of the lede pattern's verbs.
var ledeVerbs = []string{"expresses", "condemns", "protests", "declares", "demands", "calls", "reaffirms", "welcomes", "informs", "states"}

// ledeLines is how many non-empty lines (title, first paragraph) a lede
// pattern's name may open.
const ledeLines = 2

// connectors may sit inside an institution's name.
var connectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "de": true,
	"press": true, "service": true, "office": true}

// maxNameWords bounds an institution's name.
const maxNameWords = 12

// docKeywords are the words every trigger contains; triggers are run only
// on a short window around each, so a long head costs little.
var docKeywords = []string{"statement", "press release", "communiqu", "message", "information"}

// ledeKeywords are the lede pattern's verbs, looked for in the title and
// the first paragraph only: they are common words.
var ledeKeywords = []string{"expresses", "condemns", "protests", "declares", "demands", "calls on", "reaffirms",
	"welcomes", "informs", "states"}

const window = 120

// FindStatement returns the first attribution phrase of text.
func FindStatement(text string) (Statement, bool) {
	all := FindStatements(text)
	if len(all) == 0 {
		return Statement{}, false
	}
	return all[0], true
}

// FindStatements returns every attribution phrase of text, in order.
func FindStatements(text string) []Statement {
	lower := ascii.Lower(text)
	var out []Statement
	seen := map[int]bool{}
	lede := ledeEnd(text)
	for _, kw := range append(docKeywords, ledeKeywords...) {
		limit := len(lower)
		if slices.Contains(ledeKeywords, kw) {
			limit = lede
		}
		last := -window
		for from := 0; from < limit; {
			i := strings.Index(lower[from:], kw)
			if i < 0 {
				break
			}
			i += from
			if i >= limit {
				break
			}
			from = i + len(kw)
			if i-last < window/2 {
				continue // the last window, around a hit this close, covered it
			}
			last = i
			st, ok := findNear(text, lower, max(0, i-window), min(len(text), i+window), lede)
			if ok && !seen[st.Span.Start] {
				seen[st.Span.Start] = true
				out = append(out, st)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// rebuttedRE ends with a verb of denial and its article: what follows is a
// statement being answered.
var rebuttedRE = regexp.MustCompile(`(?i)\b(?:refut|den(?:y|ies|ied)|reject|dismiss|rebut|disprov|contradict|respond(?:ed|s|ing)?\s+to|repl(?:y|ied|ies)\s+to|comment(?:ed|s|ing)?\s+on)\w*["”’]?\s+(?:[\p{L}"“”-]+\s+){0,3}$`)

// ownStatementRE ends with what may stand before "statement of X" when the
// text is X's statement: the start of a line, a title's words, "according
// to", "reads" ("..., reads a message from the ministry").
var ownStatementRE = regexp.MustCompile(`(?i)(?:^|\n)\s*(?:(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?(?:the\s+)?(?:official\s+|joint\s+)?)$|(?:according\s+to|reads|read|says|said|states|stated|quotes|quoted|in)\s+(?:the\s+|a\s+|an\s+)?$`)

func ownStatement(before string) bool {
	return ownStatementRE.MatchString(before[max(0, len(before)-60):])
}

// findNear runs the triggers on head[a:b], whose ASCII letters lowered are
// lower[a:b]; names may reach outside it.
func findNear(head, lower string, a, b, lede int) (Statement, bool) {
	best := Statement{}
	found := false
	for _, p := range patterns {
		for _, loc := range p.matches(head, lower, a, b, 4) {
			// "refuted a statement by the Armenian ministry": the other
			// side's statement, not the one this text is
			if rebuttedRE.MatchString(head[max(0, loc[0]-48):loc[0]]) {
				continue
			}
			// "statement of X" in running text is X's statement being
			// discussed ("the one-sided statement of the ministry ... does
			// not reflect the truth"); as a title, or after "according
			// to", it is the text's own
			if p.id == "statement-of-X" && !ownStatement(head[:loc[0]]) {
				continue
			}
			var x, y int
			if p.before {
				x, y = nameBefore(head, loc[0])
				if p.atStart && !opensLine(head, x) {
					continue
				}
				if p.lede && x > lede {
					continue
				}
			} else {
				x, y = nameAfter(head, loc[1])
			}
			if x >= y {
				continue
			}
			words := head[x:y]
			if !hasInstitutionWord(words) {
				continue
			}
			if !found || x < best.Span.Start {
				best = Statement{Text: words, Span: rashomon.Span{Start: x, End: y}, Rule: p.id}
				found = true
			}
			break
		}
	}
	return best, found
}

// isNameWord reports a capitalised word (possessive allowed) or a connector.
func isNameWord(w string) bool {
	if connectors[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameBefore walks back from end over the words of a name on the same line.
func nameBefore(s string, end int) (int, int) {
	for end > 0 && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == ',') {
		end--
	}
	start := end
	i := end
	n := 0
	for n < maxNameWords {
		j := i
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
			j--
		}
		k := j
		for k > 0 && s[k-1] != ' ' && s[k-1] != '\t' && s[k-1] != '\n' {
			k--
		}
		if k == j {
			break
		}
		w := strings.TrimRight(s[k:j], ",;:\"”’»")
		if len(w) != j-k && n > 0 {
			break // a comma or a closing quotation mark ends the name
		}
		if !isNameWord(w) {
			break
		}
		start = k
		i = k
		n++
	}
	return trimName(s, start, end)
}

// nameAfter walks forward from start over the words of a name.
func nameAfter(s string, start int) (int, int) {
	end := start
	i := start
	for n := 0; n < maxNameWords; n++ {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		k := i
		for k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' {
			k++
		}
		if k == i {
			break
		}
		raw := s[i:k]
		w := strings.TrimRight(raw, ",;:.")
		if !isNameWord(w) {
			break
		}
		end = i + len(w)
		if len(w) != len(raw) {
			break // punctuation ends the name
		}
		i = k
	}
	return trimName(s, start, end)
}

// trimName drops connectors at either end ("the Ministry of" → "Ministry").
func trimName(s string, a, b int) (int, int) {
	for a < b {
		f := strings.Fields(s[a:b])
		if len(f) == 0 {
			return b, b
		}
		first := f[0]
		if connectors[strings.ToLower(first)] && first != strings.ToUpper(first) {
			a = strings.Index(s[a:b], first) + a + len(first)
			for a < b && s[a] == ' ' {
				a++
			}
			continue
		}
		last := f[len(f)-1]
		if connectors[last] {
			b = strings.LastIndex(s[a:b], last) + a
			for b > a && s[b-1] == ' ' {
				b--
			}
			continue
		}
		break
	}
	return a, b
}

// institutionWords are nouns that make a capitalised phrase an
// institution rather than, say, a place.
var institutionWords = []string{"ministry", "mfa", "mod", "office", "service", "government", "president",
	"presidency", "cabinet", "command", "staff", "army", "navy", "force", "forces", "guard", "committee", "council",
	"department", "agency", "headquarters", "embassy", "mission", "administration", "directorate", "party",
	"parliament", "assembly", "secretariat", "spokesperson", "spokesman", "ispr", "fsb", "kremlin", "energoatom"}

func hasInstitutionWord(s string) bool {
	l := strings.ToLower(s)
	for _, w := range institutionWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// relayRE finds the outlet in "..., Report informs." or "Azernews reports
// per Defense Ministry".
var relayRE = regexp.MustCompile(`(?:,\s*|\.\s+)([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2})\s+(?:informs|reports)\b`)

// Outlet returns the outlet that published a text: the feed or page's site
// name, a JSON "issuer" field, a dateline agency, a relay formula in the
// text, or the site's host name, in that order.
func Outlet(metaIssuer, siteName, agency, pageURL, text string) string {
	for _, s := range []string{metaIssuer, siteName} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	if agency != "" {
		return agency
	}
	if m := relayRE.FindStringSubmatch(text[:min(len(text), 3000)]); m != nil {
		return m[1]
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// ledeEnd returns where the text's second non-empty line ends.
func ledeEnd(s string) int {
	n, i := 0, 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			return len(s)
		}
		if strings.TrimSpace(s[i:i+j]) != "" {
			n++
			if n == ledeLines {
				return i + j
			}
		}
		i += j + 1
	}
	return len(s)
}

// opensLine reports whether a name starting at x opens its line, an
// article before it aside ("The Ministry ...").
func opensLine(s string, x int) bool {
	i := x
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	if i >= 3 && strings.EqualFold(s[i-3:i], "the") && (i == 3 || s[i-4] == '\n' || s[i-4] == ' ') {
		i -= 3
		for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
			i--
		}
	}
	return i == 0 || s[i-1] == '\n'
}
