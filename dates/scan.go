package dates

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// Kind classifies a date expression.
type Kind string

// Kinds of expression.
const (
	Full        Kind = "full"        // a day with its year: "July 29, 2023", "07.10.2021"
	MonthDay    Kind = "month-day"   // a day without a year: "March 24", "13 September"
	MonthYear   Kind = "month-year"  // "November 2020"
	YearOnly    Kind = "year"        // "2021", "in 1993"
	Weekday     Kind = "weekday"     // "on Saturday"
	Relative    Kind = "relative"    // "today", "yesterday", "last night", "this morning"
	Unparseable Kind = "unparseable" // looks like a date, is not one: "07.10.202", "31.02.2022"
)

// Match is a date expression found in text.
type Match struct {
	Kind Kind
	Span rashomon.Span
	Text string
	// Date holds what the expression itself says: for MonthDay the Year is
	// zero and Month/Day are set (so Precision is not meaningful until
	// resolved); for Weekday, Day holds the weekday number (0 = Sunday); for
	// Relative, Day holds the offset in days from the reference date.
	Date rashomon.Date
	// Clock is a time of day given with the date ("09:19"), or "".
	Clock string
}

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayNames = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6,
}

const (
	monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	dayRE   = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`
	yearRE  = `(?:1[89][0-9]{2}|2[01][0-9]{2})`
	clockRE = `(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM))?`
)

// The patterns are tried at each position in order; the first that matches
// wins, so longer forms come first.
var scanRE = regexp.MustCompile(`(?i:` +
	// 1 ISO 8601 date, optional time
	`\b(?P<iso>` + yearRE + `-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))(?:[T ](?P<isoclock>[0-2][0-9]:[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?)?\b` +
	// 2 month day, year  ("July 29, 2023", "Nov. 10, 2020 09:19")
	`|\b(?P<mdy>` + monthRE + `\s+` + dayRE + `(?:,?\s+` + yearRE + `)?)\b(?:,?\s+(?:at\s+)?(?P<mdyclock>` + clockRE + `))?` +
	// 3 day month year ("10 November 2020", "13th of September")
	`|\b(?P<dmy>` + dayRE + `(?:\s+of)?\s+` + monthRE + `(?:,?\s+` + yearRE + `)?)\b` +
	// 4 month year ("November 2020")
	`|\b(?P<my>` + monthRE + `\s+(?:of\s+)?` + yearRE + `)\b` +
	// 5 numeric dotted/slashed day-first, 2- or 4-digit year; also broken years
	`|\b(?P<num>[0-3]?[0-9][./][01]?[0-9][./][0-9]{2,4})\b(?:\s+(?P<numclock>` + clockRE + `))?` +
	// 6 weekday
	`|\b(?P<wd>(?:on\s+|last\s+|this\s+|next\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))\b` +
	// 7 relative days
	`|\b(?P<rel>today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|earlier\s+today|(?:[1-9]|1[0-4]|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago)\b` +
	// 8 year alone
	`|\b(?P<year>` + yearRE + `)\b` +
	`)`)

var scanNames = scanRE.SubexpNames()

// scanAt is scanRE anchored at the start of its input. Scan tries it only
// where a date can begin (a number, a month or weekday name, a relative
// word): running the unanchored pattern over every sentence made date
// scanning the coder's largest cost.
var scanAt = regexp.MustCompile(`^(?:` + scanRE.String() + `)`)

// startWords are the words other than numbers, months and weekdays that
// may begin a date expression.
var startWords = map[string]bool{"on": true, "last": true, "this": true, "next": true, "today": true,
	"tonight": true, "yesterday": true, "tomorrow": true, "the": true, "earlier": true, "a": true, "one": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// mayStartDate reports whether a date expression can begin with word (a
// run of ASCII word characters, as the pattern's \b sees them).
func mayStartDate(word string) bool {
	if word[0] >= '0' && word[0] <= '9' {
		return true
	}
	if len(word) > 9 {
		return false
	}
	w := strings.ToLower(word)
	_, month := monthNames[w]
	_, wd := weekdayNames[w]
	return month || wd || startWords[w]
}

// scanWindow bounds the text scanAt is tried on. Date expressions are far
// shorter (25 bytes at most in 67,000 found in the corpora at hand), and
// Go's regexp works in proportion to its input: on a long one it leaves
// its backtracker for its slower automaton, and the backtracker clears a
// bit per byte and instruction before each try.
const scanWindow = 64

// matchAt matches scanAt at the start of s, within scanWindow bytes unless
// the match reaches the window's end (where the rest of s may change it).
func matchAt(s string) []int {
	if len(s) > scanWindow {
		if loc := scanAt.FindStringSubmatchIndex(s[:scanWindow]); loc == nil || loc[1] < scanWindow {
			return loc
		}
	}
	return scanAt.FindStringSubmatchIndex(s)
}

// Scan returns the date expressions in text, in order of position.
func Scan(text string) []Match {
	var out []Match
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if !mayStartDate(text[i:j]) {
			i = j
			continue
		}
		loc := matchAt(text[i:])
		if loc == nil {
			i = j
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		if m, ok := build(text, loc); ok {
			out = append(out, m)
		}
		i = max(loc[1], i+1)
		// a match may end inside a word ("09:19x"): \b does not hold there
		for i < len(text) && i > 0 && isWordByte(text[i-1]) && isWordByte(text[i]) {
			i++
		}
	}
	return out
}

func group(text string, loc []int, name string) (string, int, int) {
	for i, n := range scanNames {
		if n == name && loc[2*i] >= 0 {
			return text[loc[2*i]:loc[2*i+1]], loc[2*i], loc[2*i+1]
		}
	}
	return "", -1, -1
}

func build(text string, loc []int) (Match, bool) {
	m := Match{Span: rashomon.Span{Start: loc[0], End: loc[1]}, Text: text[loc[0]:loc[1]]}
	if s, _, _ := group(text, loc, "iso"); s != "" {
		d, err := rashomon.ParseDate(s)
		if err != nil {
			m.Kind = Unparseable
			return m, true
		}
		m.Kind, m.Date = Full, d
		m.Clock, _, _ = group(text, loc, "isoclock")
		return m, true
	}
	if s, _, _ := group(text, loc, "mdy"); s != "" {
		m.Clock, _, _ = group(text, loc, "mdyclock")
		return wordDate(m, s, true), true
	}
	if s, _, _ := group(text, loc, "dmy"); s != "" {
		return wordDate(m, s, false), true
	}
	if s, _, _ := group(text, loc, "my"); s != "" {
		f := strings.Fields(strings.ReplaceAll(s, " of ", " "))
		mon := monthNames[strings.ToLower(strings.TrimSuffix(f[0], "."))]
		y, _ := strconv.Atoi(f[len(f)-1])
		m.Kind, m.Date = MonthYear, rashomon.Date{Year: y, Month: mon}
		return m, true
	}
	if s, _, _ := group(text, loc, "num"); s != "" {
		m.Clock, _, _ = group(text, loc, "numclock")
		return numericDate(m, s), true
	}
	if s, _, _ := group(text, loc, "wd"); s != "" {
		f := strings.Fields(strings.ToLower(s))
		m.Kind, m.Date = Weekday, rashomon.Date{Day: weekdayNames[f[len(f)-1]]}
		return m, true
	}
	if s, _, _ := group(text, loc, "rel"); s != "" {
		off := 0
		switch l := strings.Join(strings.Fields(strings.ToLower(s)), " "); l {
		case "yesterday", "last night":
			off = -1
		case "tomorrow":
			off = 1
		case "the day before yesterday":
			off = -2
		default:
			if n, ok := daysAgo(l); ok {
				off = -n
			}
		}
		m.Kind, m.Date = Relative, rashomon.Date{Day: off}
		return m, true
	}
	if s, _, _ := group(text, loc, "year"); s != "" {
		y, _ := strconv.Atoi(s)
		m.Kind, m.Date = YearOnly, rashomon.Date{Year: y}
		return m, true
	}
	return m, false
}

func wordDate(m Match, s string, monthFirst bool) Match {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	var mon, day, year int
	for _, w := range f {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if v, ok := monthNames[lw]; ok {
			mon = v
			continue
		}
		if lw == "of" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimRight(lw, "stndrh"))
		if err != nil {
			continue
		}
		if len(strings.TrimRight(lw, "stndrh")) == 4 {
			year = n
		} else {
			day = n
		}
	}
	_ = monthFirst
	d := rashomon.Date{Year: year, Month: mon, Day: day}
	if year == 0 {
		// Validate against a leap year so "February 29" passes.
		if !(rashomon.Date{Year: 2000, Month: mon, Day: day}).Valid() {
			m.Kind = Unparseable
			return m
		}
		m.Kind, m.Date = MonthDay, d
		return m
	}
	if !d.Valid() {
		m.Kind = Unparseable
		return m
	}
	m.Kind, m.Date = Full, d
	return m
}

// numericDate reads day-first numeric dates (07.10.2021, 14/05/2024). Dots
// are day-first everywhere they are used; slashes are read day-first unless
// the first number cannot be a month day pair that way (05/14/2024 is then
// month-first). A year of other than 2 or 4 digits makes the expression
// unparseable.
func numericDate(m Match, s string) Match {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '/' })
	if len(parts) != 3 {
		m.Kind = Unparseable
		return m
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	y, _ := strconv.Atoi(parts[2])
	switch len(parts[2]) {
	case 4:
	case 2:
		// Two-digit years pivot at 70: 69 is 2069, 70 is 1970.
		y += 2000
		if y >= 2070 {
			y -= 100
		}
	default:
		m.Kind = Unparseable
		return m
	}
	d := rashomon.Date{Year: y, Month: b, Day: a}
	if strings.Contains(s, "/") && !d.Valid() {
		d = rashomon.Date{Year: y, Month: a, Day: b}
	}
	if !d.Valid() || d.Day == 0 || d.Month == 0 {
		m.Kind = Unparseable
		return m
	}
	m.Kind, m.Date = Full, d
	return m
}

var smallNumbers = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10}

// daysAgo reads "two days ago", "3 days ago".
func daysAgo(s string) (int, bool) {
	f := strings.Fields(s)
	if len(f) != 3 || f[2] != "ago" {
		return 0, false
	}
	if n, ok := smallNumbers[f[0]]; ok {
		return n, true
	}
	n, err := strconv.Atoi(f[0])
	return n, err == nil
}
