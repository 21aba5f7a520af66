package lexicon

import (
	"bufio"
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/datafile"
)

// This file reads the actor and agent dictionaries of TABARI and PETRARCH,
// so that users can bring the dictionaries they already have.
//
// Actors: a phrase with words joined by "_" (a trailing "_" marks the end of
// a word), then one or more codes in brackets, optionally dated:
//
//	ILHAM_ALIYEV_  # comment
//	+ALIEV_ILHAM_          (a synonym)
//		[AZEGOV >031031]      (from 31 Oct 2003)
//	UN_ [IGOUNO]
//	ALBRIGHT [USAGOV 991201-010114] ;comment
//
// Agents: "PHRASE [~GOV]" with "!MACRO! = A, B" expansions.

var (
	codeBlockRE = regexp.MustCompile(`\[([^\]]*)\]`)
	macroRE     = regexp.MustCompile(`^!([A-Z_]+)!\s*=\s*(.+)$`)
)

// cameoEntry is a phrase with its synonyms and codes while reading.
type cameoEntry struct {
	names []string
	codes []string
	line  int
}

func (lx *Lexicon) importCAMEOActors(f datafile.File, errs *datafile.ErrorList) {
	var cur *cameoEntry
	flush := func() {
		if cur == nil || len(cur.names) == 0 {
			cur = nil
			return
		}
		lx.addCAMEOEntry(f, cur, errs)
		cur = nil
	}
	sc := bufio.NewScanner(bytes.NewReader(f.Data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	inBlock := false
	for sc.Scan() {
		line++
		raw := sc.Text()
		text := stripComment(raw)
		t := strings.TrimSpace(text)
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">"):
			inBlock = !strings.HasPrefix(t, "</")
			continue
		case inBlock:
			continue
		}
		indented := raw != "" && (raw[0] == '\t' || raw[0] == ' ')
		if strings.HasPrefix(t, "+") {
			if cur == nil {
				errs.Add(f.Name, line, "synonym %q with no entry before it", t)
				continue
			}
			name, codes := splitCodes(t[1:])
			cur.names = append(cur.names, name)
			cur.codes = append(cur.codes, codes...)
			continue
		}
		if indented && strings.HasPrefix(t, "[") && cur != nil {
			_, codes := splitCodes(t)
			cur.codes = append(cur.codes, codes...)
			continue
		}
		flush()
		name, codes := splitCodes(t)
		if name == "" {
			errs.Add(f.Name, line, "codes with no phrase: %q", t)
			continue
		}
		cur = &cameoEntry{names: []string{name}, codes: codes, line: line}
	}
	flush()
}

// stripComment drops "#" and ";" comments.
func stripComment(s string) string {
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		return s[:i]
	}
	return s
}

// splitCodes separates a phrase from its bracketed codes.
func splitCodes(s string) (string, []string) {
	var codes []string
	for _, m := range codeBlockRE.FindAllStringSubmatch(s, -1) {
		codes = append(codes, strings.TrimSpace(m[1]))
	}
	name := codeBlockRE.ReplaceAllString(s, "")
	return phrase(name), codes
}

// phrase turns "ILHAM_ALIYEV_" into "ILHAM ALIYEV".
func phrase(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// cameoRef splits a CAMEO code ("AZEGOV", "IGOUNO", "USAMILGOV") into our
// country and sector; ok is false for codes with no country or sector we
// know ("---", "SAF").
func (lx *Lexicon) cameoRef(code string) (rashomon.ActorRef, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) < 3 {
		return rashomon.ActorRef{}, false
	}
	head := code[:3]
	var ref rashomon.ActorRef
	switch {
	case head == "IGO":
		return rashomon.ActorRef{Sector: "IGO"}, true
	case head == "NGO" || head == "NGM":
		return rashomon.ActorRef{Sector: "NGO"}, true
	case lx.Countries[head] != nil:
		ref.Country = head
	default:
		return ref, false
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if validSectors[code[i:i+3]] {
			ref.Sector = code[i : i+3]
			break
		}
	}
	if ref.Sector == "" {
		ref.Sector = "GOV"
	}
	return ref, true
}

// cameoDate reads TABARI's YYMMDD (two-digit years below 30 are 20xx).
func cameoDate(s string) (rashomon.Date, bool) {
	if len(s) != 6 {
		return rashomon.Date{}, false
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return rashomon.Date{}, false
	}
	y, m, d := n/10000, n/100%100, n%100
	if y < 30 {
		y += 2000
	} else {
		y += 1900
	}
	dt := rashomon.Date{Year: y, Month: m, Day: d}
	return dt, dt.Valid()
}

func (lx *Lexicon) addCAMEOEntry(f datafile.File, e *cameoEntry, errs *datafile.ErrorList) {
	var roles []Role
	var fixed *rashomon.ActorRef
	for _, c := range e.codes {
		parts := strings.Fields(c)
		if len(parts) == 0 {
			continue
		}
		ref, ok := lx.cameoRef(parts[0])
		if !ok {
			continue
		}
		if len(parts) == 1 {
			r := ref
			fixed = &r
			continue
		}
		role := Role{Office: "CAMEO " + parts[0], Sector: ref.Sector}
		if ref.Country != "" {
			country := ref.Country
			role.Country = &country
		}
		span := parts[1]
		var ok1, ok2 bool
		switch {
		case strings.HasPrefix(span, ">"):
			role.From, ok1 = cameoDate(span[1:])
			ok2 = true
		case strings.HasPrefix(span, "<"):
			role.To, ok2 = cameoDate(span[1:])
			ok1 = true
		case strings.Contains(span, "-"):
			a, b, _ := strings.Cut(span, "-")
			role.From, ok1 = cameoDate(a)
			role.To, ok2 = cameoDate(b)
		}
		if !ok1 || !ok2 {
			errs.Add(f.Name, e.line, "%s: bad date restriction %q", e.names[0], span)
			continue
		}
		roles = append(roles, role)
	}
	names := make([]string, 0, len(e.names))
	for _, n := range e.names {
		names = append(names, titleCase(n))
	}
	switch {
	case len(roles) > 0:
		if fixed != nil {
			r := Role{Office: "CAMEO default", Sector: fixed.Sector}
			if fixed.Country != "" {
				c := fixed.Country
				r.Country = &c
			}
			roles = append(roles, r)
		}
		lx.People = append(lx.People, &Person{Name: names[0], Names: names[1:], Roles: roles, src: source{f.Name, e.line}})
	case fixed != nil:
		o := &Organization{ID: "cameo:" + strings.ToLower(strings.ReplaceAll(names[0], " ", "-")), Name: names[0],
			Names: names[1:], Sector: fixed.Sector, src: source{f.Name, e.line}}
		if fixed.Country != "" {
			c := fixed.Country
			o.Country = &c
		}
		lx.Orgs = append(lx.Orgs, o)
	}
}

// titleCase turns a dictionary's capitals into a name the matcher compares
// case-insensitively ("ILHAM ALIYEV" → "Ilham Aliyev"); short words that
// are abbreviations stay in capitals.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) <= 3 && !isFunctionWord(strings.ToLower(w)) {
			continue // UN, USA, FSB
		}
		lw := strings.ToLower(w)
		if i > 0 && isFunctionWord(lw) {
			words[i] = lw
			continue
		}
		words[i] = strings.ToUpper(lw[:1]) + lw[1:]
	}
	return strings.Join(words, " ")
}

func isFunctionWord(w string) bool {
	switch w {
	case "of", "the", "and", "for", "in", "on", "de", "al", "el", "to", "at":
		return true
	}
	return false
}

func (lx *Lexicon) importCAMEOAgents(f datafile.File, errs *datafile.ErrorList) {
	macros := map[string][]string{}
	bySector := map[string]*AgentSet{}
	sc := bufio.NewScanner(bytes.NewReader(f.Data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(stripComment(sc.Text()))
		if t == "" || strings.HasPrefix(t, "<") {
			continue
		}
		if m := macroRE.FindStringSubmatch(t); m != nil {
			for _, v := range strings.Split(m[2], ",") {
				macros[m[1]] = append(macros[m[1]], strings.TrimSpace(v))
			}
			continue
		}
		name, codes := splitCodes(t)
		if name == "" || len(codes) == 0 {
			continue
		}
		code := strings.Trim(strings.Fields(codes[0] + " ")[0], "~")
		if len(code) < 3 || !validSectors[code[:3]] {
			continue // roles we do not code (religions, ethnicities...)
		}
		sector := code[:3]
		set := bySector[sector]
		if set == nil {
			set = &AgentSet{Sector: sector, src: source{f.Name, line}}
			bySector[sector] = set
			lx.Agents = append(lx.Agents, set)
		}
		for _, w := range expandMacros(name, macros) {
			set.Words = append(set.Words, strings.ToLower(w))
		}
	}
	if err := sc.Err(); err != nil {
		errs.Add(f.Name, line, "%v", err)
	}
}

var macroUseRE = regexp.MustCompile(`!([A-Z_]+)!`)

// expandMacros replaces each !MACRO! in a phrase by each of its values.
func expandMacros(p string, macros map[string][]string) []string {
	loc := macroUseRE.FindStringSubmatchIndex(p)
	if loc == nil {
		return []string{phrase(p)}
	}
	vals := macros[p[loc[2]:loc[3]]]
	if len(vals) == 0 {
		return []string{phrase(macroUseRE.ReplaceAllString(p, ""))}
	}
	var out []string
	for _, v := range vals {
		out = append(out, expandMacros(p[:loc[0]]+v+p[loc[1]:], macros)...)
	}
	return out
}
