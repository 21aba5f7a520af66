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
	"strings"

	"github.com/rashomon-project/rashomon"
)

// Statement is the words that name the institution whose statement a text
// is, with their span in the text and the pattern that found them.
type Statement struct {
	Text string
	Span rashomon.Span
	Rule string
}

// np matches a capitalised noun phrase naming an institution: "the
// Ministry of Foreign Affairs of Republic of Azerbaijan", "Azerbaijan's
// Defense Ministry", "The RA MFA", "the press service of the Ukrainian
// Navy".
const np = `((?:[Tt]he[ \t]+)?(?:[\p{Lu}][\p{L}\p{N}.&-]*(?:['’]s)?|of|the|and|for|on|de|press|service|office|spokesperson|spokesman|spokeswoman)(?:[ \t]+(?:[\p{Lu}][\p{L}\p{N}.&-]*(?:['’]s)?|of|the|and|for|on|de|press|service|office))*)`

type pattern struct {
	id string
	re *regexp.Regexp
}

var patterns = []pattern{
	{"X-said-in-statement", regexp.MustCompile(np + `,?\s+(?:said|stated|noted|reported|declared|announced|informed|stressed|emphasized|emphasised)\s+in\s+(?:a|its|an\s+official)\s+(?:statement|press\s+release|communiqu[eé]|note)`)},
	{"X-made-statement", regexp.MustCompile(np + `\s+(?:has\s+)?(?:made|issued|released|published|circulated|disseminated)\s+(?:a|an\s+official|the\s+following)\s+(?:statement|press\s+release|communiqu[eé])`)},
	{"in-statement-X-said", regexp.MustCompile(`(?:In|in)\s+(?:a|its|an\s+official)\s+statement(?:\s+(?:issued|released|published)(?:\s+\w+){0,3})?,\s+` + np + `\s+(?:said|stated|noted|reported|declared|announced|stressed)`)},
	{"statement-of-X", regexp.MustCompile(`(?:[Ss]tatement|[Pp]ress\s+release|[Cc]ommuniqu[eé])\s+(?:of|by|from)\s+` + np + `\s*(?:[:.,\n]|$)`)},
	{"X-releases-statement", regexp.MustCompile(`^` + np + `\s+(?:releases|issues|makes|publishes)\s+(?:a\s+)?statement`)},
}

// headChars bounds how far into a text the statement phrase is looked for:
// it is said in the title or the first paragraphs.
const headChars = 1500

// FindStatement returns the first attribution phrase in the head of text.
func FindStatement(text string) (Statement, bool) {
	head := text[:min(len(text), headChars)]
	best := Statement{}
	found := false
	for _, p := range patterns {
		loc := p.re.FindStringSubmatchIndex(head)
		if loc == nil || loc[2] < 0 {
			continue
		}
		a, b := loc[2], loc[3]
		words := strings.TrimSpace(head[a:b])
		words = strings.TrimPrefix(strings.TrimPrefix(words, "the "), "The ")
		if !hasInstitutionWord(words) {
			continue
		}
		a = b - len(words)
		if !found || a < best.Span.Start {
			best = Statement{Text: words, Span: rashomon.Span{Start: a, End: b}, Rule: p.id}
			found = true
		}
	}
	return best, found
}

// institutionWords are nouns that make a capitalised phrase an
// institution rather than, say, a place.
var institutionWords = []string{"ministry", "mfa", "mod", "ministry", "office", "service", "government", "president",
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
