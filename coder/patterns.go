package coder

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/datafile"
)

//go:embed data/*.yaml data/*.tsv
var embedded embed.FS

// DefaultSource returns the patterns embedded in the binary, extended by
// userDir when it is not empty (files named like those in data/).
func DefaultSource(userDir string) datafile.Source {
	sub, _ := fs.Sub(embedded, "data")
	return datafile.Source{Embedded: sub, Label: "coder/data", UserDir: userDir}
}

// Pattern is one entry of a patterns file.
type Pattern struct {
	ID          string   `yaml:"id"`
	Verbs       []string `yaml:"verbs"`
	Nouns       []string `yaml:"nouns"`
	Type        string   `yaml:"type"`
	Mode        string   `yaml:"mode"`
	CAMEO       string   `yaml:"cameo"`
	Target      []string `yaml:"target"`
	NounOf      string   `yaml:"noun_of"`
	Frame       string   `yaml:"frame"`
	Needs       string   `yaml:"needs"`
	Future      string   `yaml:"future"`
	NegatedType string   `yaml:"negated_type"`
	// Transitive verbs always take an object: one with none after it
	// ("three ships seized in the Black Sea") is a passive whose
	// auxiliary was dropped.
	Transitive bool `yaml:"transitive"`
	// Responds marks a response or retaliation: with no target named, it
	// is aimed at whoever of another side did the last hostile act told.
	Responds bool `yaml:"responds"`
	// Result marks words that often tell an outcome rather than an act
	// ("the infrastructure has been damaged", "clashes occurred"): with no
	// agent named in the clause, no event is coded and none is guessed.
	Result   bool `yaml:"result"`
	Disabled bool `yaml:"disabled"`

	src string
}

// verb forms
type vform uint8

const (
	formBase vform = iota
	formS
	formPast
	formPart
	formIng
	formPastOrPart
)

type verbEntry struct {
	pat   *Pattern
	rest  []string // words after the verb
	form  vform
	lemma string
}

type nounEntry struct {
	pat  *Pattern
	rest []string // words after the first
}

// Patterns is the loaded pattern set, indexed by first word.
type Patterns struct {
	list  []*Pattern
	verbs map[string][]verbEntry
	nouns map[string][]nounEntry
	// Hash identifies the pattern files, for provenance.
	Hash string
}

func isType(t string) bool {
	if t == "" {
		return true
	}
	for _, e := range rashomon.EventTypes {
		if e == t {
			return true
		}
	}
	return false
}

var validFrames = map[string]bool{"": true, "report": true, "request": true, "reject": true, "accusation": true, "intrusion": true, "receive": true, "blame": true}

// LoadPatterns reads and validates the pattern files of src.
func LoadPatterns(src datafile.Source) (*Patterns, error) {
	if err := src.CheckUserDir(); err != nil {
		return nil, fmt.Errorf("patterns folder: %w", err)
	}
	var errs datafile.ErrorList
	h := sha256.New()
	irr := map[string][2][]string{}
	tsv, err := src.Files("irregular.tsv")
	if err != nil {
		return nil, err
	}
	for _, f := range tsv {
		h.Write(f.Data)
		sc := bufio.NewScanner(bytes.NewReader(f.Data))
		line := 0
		for sc.Scan() {
			line++
			t := strings.TrimSpace(sc.Text())
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			parts := strings.Split(t, "\t")
			if len(parts) != 3 {
				errs.Add(f.Name, line, "want base, past and past participle separated by tabs")
				continue
			}
			irr[parts[0]] = [2][]string{strings.Split(parts[1], "/"), strings.Split(parts[2], "/")}
		}
	}
	files, err := src.Files("*.yaml")
	if err != nil {
		return nil, err
	}
	p := &Patterns{verbs: map[string][]verbEntry{}, nouns: map[string][]nounEntry{}}
	var byID datafile.Keyed[*Pattern]
	for _, f := range files {
		h.Write(f.Data)
		for _, it := range datafile.DecodeList(f, "", &errs) {
			pat := &Pattern{src: fmt.Sprintf("%s:%d", f.Name, it.Line)}
			if !datafile.Decode(f, it, pat, &errs) {
				continue
			}
			switch {
			case pat.ID == "":
				errs.Add(f.Name, it.Line, "pattern without an id")
				continue
			case !isType(pat.Type) || !isType(pat.Future) || !isType(pat.NegatedType):
				errs.Add(f.Name, it.Line, "pattern %s: unknown PLOVER type in %q/%q/%q", pat.ID, pat.Type, pat.Future, pat.NegatedType)
				continue
			case !validFrames[pat.Frame]:
				errs.Add(f.Name, it.Line, "pattern %s: unknown frame %q", pat.ID, pat.Frame)
				continue
			case pat.Needs != "" && pat.Needs != "territory" && pat.Needs != "agreement" && pat.Needs != "actor" && pat.Needs != "act" && pat.Needs != "aid":
				errs.Add(f.Name, it.Line, "pattern %s: needs %q: want territory, agreement, actor, act or aid", pat.ID, pat.Needs)
				continue
			case pat.NounOf != "" && pat.NounOf != "agent" && pat.NounOf != "target" && pat.NounOf != "none":
				errs.Add(f.Name, it.Line, "pattern %s: noun_of %q: want agent, target or none", pat.ID, pat.NounOf)
				continue
			case len(pat.Verbs)+len(pat.Nouns) == 0 && !pat.Disabled:
				errs.Add(f.Name, it.Line, "pattern %s has no verbs and no nouns", pat.ID)
				continue
			}
			byID.Put(f, it.Line, "pattern %s", pat.ID, pat, func(p *Pattern) any { return p.src }, &errs)
		}
	}
	p.list = byID.Items
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, pat := range p.list {
		if pat.Disabled {
			continue
		}
		for _, v := range pat.Verbs {
			words := phraseWords(v)
			if len(words) == 0 {
				continue
			}
			for form, fk := range inflect(words[0], irr) {
				p.verbs[form] = append(p.verbs[form], verbEntry{pat: pat, rest: words[1:], form: fk, lemma: words[0]})
			}
		}
		for _, n := range pat.Nouns {
			words := strings.Fields(strings.ToLower(n))
			if len(words) == 0 {
				continue
			}
			p.nouns[words[0]] = append(p.nouns[words[0]], nounEntry{pat: pat, rest: words[1:]})
		}
	}
	p.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	return p, nil
}

// phraseWords splits a pattern phrase, dropping articles (they are
// optional in the text).
func phraseWords(p string) []string {
	var out []string
	for i, w := range strings.Fields(strings.ToLower(p)) {
		if i > 0 && (w == "a" || w == "an" || w == "the") {
			continue
		}
		out = append(out, w)
	}
	return out
}

// inflect returns the forms of a verb and what each is.
func inflect(v string, irr map[string][2][]string) map[string]vform {
	out := map[string]vform{v: formBase}
	add := func(f string, k vform) {
		if old, ok := out[f]; ok && old != k {
			if (old == formPast && k == formPart) || (old == formPart && k == formPast) {
				out[f] = formPastOrPart
			}
			return
		}
		out[f] = k
	}
	n := len(v)
	last := v[n-1]
	isVowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	// third person singular
	switch {
	case v == "be":
		add("is", formS)
		add("are", formBase)
		add("am", formBase)
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || (strings.HasSuffix(v, "o") && n > 1 && !isVowel(v[n-2])):
		add(v+"es", formS)
	case last == 'y' && n > 1 && !isVowel(v[n-2]):
		add(v[:n-1]+"ies", formS)
	default:
		add(v+"s", formS)
	}
	// past and participle
	if forms, ok := irr[v]; ok {
		for _, f := range forms[0] {
			add(f, formPast)
		}
		for _, f := range forms[1] {
			add(f, formPart)
		}
	} else {
		var ed []string
		switch {
		case last == 'e':
			ed = []string{v + "d"}
		case last == 'y' && n > 1 && !isVowel(v[n-2]):
			ed = []string{v[:n-1] + "ied"}
		default:
			ed = []string{v + "ed"}
			if n >= 3 && !isVowel(last) && isVowel(v[n-2]) && !isVowel(v[n-3]) && last != 'w' && last != 'x' && last != 'y' {
				ed = append(ed, v+string(last)+"ed")
			}
		}
		for _, f := range ed {
			add(f, formPastOrPart)
		}
	}
	// -ing
	switch {
	case strings.HasSuffix(v, "ie"):
		add(v[:n-2]+"ying", formIng)
	case last == 'e' && n > 2 && v[n-2] != 'e':
		add(v[:n-1]+"ing", formIng)
	default:
		add(v+"ing", formIng)
		if n >= 3 && !isVowel(last) && isVowel(v[n-2]) && !isVowel(v[n-3]) && last != 'w' && last != 'x' && last != 'y' {
			add(v+string(last)+"ing", formIng)
		}
	}
	return out
}

// byID returns the pattern with this id (a noun's "(noun)" suffix
// dropped), nil when none.
func (p *Patterns) byID(id string) *Pattern {
	id = strings.TrimSuffix(id, "(noun)")
	for _, q := range p.list {
		if q.ID == id {
			return q
		}
	}
	return nil
}
