package clean

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/rashomon-project/rashomon/datafile"
	"github.com/rashomon-project/rashomon/dates"
	"github.com/rashomon-project/rashomon/text"
)

// Action says what a boilerplate rule drops.
type Action string

// Actions.
const (
	Drop      Action = "drop"
	DropBlock Action = "drop-block"
	DropRest  Action = "drop-rest"
)

// Rule is one boilerplate rule, as written in a rules file.
type Rule struct {
	ID       string   `yaml:"id"`
	What     string   `yaml:"what"`
	Lines    []string `yaml:"lines"`
	Pattern  string   `yaml:"pattern"`
	Check    string   `yaml:"check"`
	Action   Action   `yaml:"action"`
	Where    string   `yaml:"where"`
	MaxWords int      `yaml:"max_words"`
	Disabled bool     `yaml:"disabled"`

	File string `yaml:"-"`
	Line int    `yaml:"-"`

	re    *regexp.Regexp
	lines map[string]bool
}

// headLineCount is how many lines count as the head of a text.
const headLineCount = 15

// LoadRules reads every rules/*.yaml file of src; a user file's rule with
// the id of an embedded one replaces it.
func LoadRules(src datafile.Source) ([]*Rule, error) {
	files, err := src.Files("*.yaml")
	if err != nil {
		return nil, err
	}
	var errs datafile.ErrorList
	byID := map[string]int{}
	var rules []*Rule
	for _, f := range files {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			r := &Rule{File: f.Name, Line: it.Line}
			if !datafile.Decode(f, it, r, &errs) {
				continue
			}
			if err := r.compile(); err != nil {
				errs.Add(f.Name, it.Line, "rule %q: %v", r.ID, err)
				continue
			}
			if i, ok := byID[r.ID]; ok {
				if !f.User {
					errs.Add(f.Name, it.Line, "rule %q already defined at %s:%d", r.ID, rules[i].File, rules[i].Line)
					continue
				}
				rules[i] = r
				continue
			}
			byID[r.ID] = len(rules)
			rules = append(rules, r)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	out := rules[:0]
	for _, r := range rules {
		if !r.Disabled {
			out = append(out, r)
		}
	}
	return out, nil
}

func (r *Rule) compile() error {
	if r.ID == "" {
		return fmt.Errorf("missing id")
	}
	if r.Disabled {
		return nil
	}
	switch r.Action {
	case Drop, DropBlock, DropRest:
	default:
		return fmt.Errorf("action %q: want drop, drop-block or drop-rest", r.Action)
	}
	switch r.Where {
	case "", "anywhere", "head", "tail":
	default:
		return fmt.Errorf("where %q: want anywhere, head or tail", r.Where)
	}
	n := 0
	if len(r.Lines) > 0 {
		n++
		r.lines = make(map[string]bool, len(r.Lines))
		for _, l := range r.Lines {
			r.lines[lineKey(l)] = true
		}
	}
	if r.Pattern != "" {
		n++
		re, err := regexp.Compile(`^(?:` + r.Pattern + `)$`)
		if err != nil {
			return fmt.Errorf("pattern: %v", err)
		}
		r.re = re
	}
	if r.Check != "" {
		n++
		switch r.Check {
		case "date-line", "label-above-date-line", "menu-run":
		default:
			return fmt.Errorf("check %q: want date-line, label-above-date-line or menu-run", r.Check)
		}
	}
	if n != 1 {
		return fmt.Errorf("give exactly one of lines, pattern or check")
	}
	return nil
}

func lineKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimRight(s, ": ")
}

// maxFurnitureWords bounds the words of a line any rule considers: page
// furniture is short, and running text is never tested against the rules.
const maxFurnitureWords = 60

// lineFacts is what the rules ask of one line, each worked out once
// whichever rules ask it.
type lineFacts struct {
	t       string // the line, its spaces squashed
	words   int
	next    string // the line below
	menuRun bool
	key     string // lineKey(t), once known
	date    int8   // dates.IsDateLine(t): 0 not yet known, 1 yes, -1 no
}

func (f *lineFacts) lineKey() string {
	if f.key == "" {
		f.key = lineKey(f.t)
	}
	return f.key
}

func (f *lineFacts) isDateLine() bool {
	if f.date == 0 {
		f.date = -1
		if dates.IsDateLine(f.t) {
			f.date = 1
		}
	}
	return f.date > 0
}

func (r *Rule) matches(f *lineFacts) bool {
	if r.MaxWords > 0 && f.words > r.MaxWords {
		return false
	}
	t := f.t
	switch {
	case r.lines != nil:
		return r.lines[f.lineKey()]
	case r.re != nil:
		return r.re.MatchString(t)
	case r.Check == "date-line":
		return f.isDateLine()
	case r.Check == "menu-run":
		return f.menuRun
	case r.Check == "label-above-date-line":
		return f.words <= 3 && !isProse(t) && !strings.ContainsAny(t, ".!?:") &&
			!f.isDateLine() && dates.IsDateLine(f.next)
	}
	return false
}

// line is a line of the text with its byte range (without the newline).
type line struct {
	start, end int
}

func splitLines(s string) []line {
	var out []line
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, line{start, i})
			start = i + 1
		}
	}
	if start <= len(s) {
		out = append(out, line{start, len(s)})
	}
	return out
}

// removeBoilerplate applies the rules line by line. Dropped lines are
// replaced by nothing, their newline included.
func removeBoilerplate(p *pass, rules []*Rule) {
	s := p.in
	lines := splitLines(s)
	inMenu := menuRuns(s, lines)
	nonEmpty := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		ln := s[l.start:l.end]
		if strings.TrimSpace(ln) == "" {
			continue
		}
		nonEmpty++
		head := nonEmpty <= headLineCount
		tail := l.start >= len(s)/2
		if text.WordsOver(ln, maxFurnitureWords) {
			continue
		}
		fields := strings.Fields(ln)
		facts := lineFacts{t: strings.Join(fields, " "), words: len(fields), menuRun: inMenu[i]}
		if i+1 < len(lines) {
			facts.next = s[lines[i+1].start:lines[i+1].end]
		}
		for _, r := range rules {
			switch r.Where {
			case "head":
				if !head {
					continue
				}
			case "tail":
				if !tail {
					continue
				}
			}
			if !r.matches(&facts) {
				continue
			}
			end := i
			switch r.Action {
			case DropRest:
				end = len(lines) - 1
			case DropBlock:
				for end+1 < len(lines) {
					next := s[lines[end+1].start:lines[end+1].end]
					if strings.TrimSpace(next) != "" && isProse(next) {
						break
					}
					end++
				}
			}
			dropEnd := lines[end].end
			if dropEnd < len(s) {
				dropEnd++ // the newline
			}
			p.replace(l.start, dropEnd, "", "boilerplate", r.ID, true)
			i = end
			break
		}
	}
}

// menuMinRun is how many short lines in a row make a navigation menu.
const menuMinRun = 3

// menuRuns marks lines that belong to a run of at least menuMinRun
// consecutive short label lines (one or two words, no sentence
// punctuation): a site's section menu copied with the article. Blank lines
// do not break a run; the first line, a headline, never belongs to one.
func menuRuns(s string, lines []line) []bool {
	out := make([]bool, len(lines))
	isLabel := func(t string) bool {
		t = strings.TrimSpace(t)
		return t != "" && !text.WordsOver(t, 2) && !strings.ContainsAny(t, ".!?:;,\"“”()") && !dates.IsDateLine(t)
	}
	first := 0
	for first < len(lines) && strings.TrimSpace(s[lines[first].start:lines[first].end]) == "" {
		first++
	}
	for i := first + 1; i < len(lines); {
		if !isLabel(s[lines[i].start:lines[i].end]) {
			i++
			continue
		}
		j, n := i, 0
		for j < len(lines) {
			t := s[lines[j].start:lines[j].end]
			if strings.TrimSpace(t) == "" {
				j++
				continue
			}
			if !isLabel(t) {
				break
			}
			n++
			j++
		}
		if n >= menuMinRun {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// isProse reports whether a line reads like a sentence of running text
// rather than a headline or a link: it ends with sentence punctuation and
// has enough words.
func isProse(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	if t == "" {
		return false
	}
	last := []rune(t)[len([]rune(t))-1]
	if !strings.ContainsRune(`.!?"”»’'):;`, last) {
		return false
	}
	return text.WordsOver(t, 7)
}
