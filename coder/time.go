package coder

import (
	"regexp"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/dates"
)

// dateInfo is a resolved date with its evidence.
type dateInfo struct {
	date, end rashomon.Date
	text      string
	rule      string
	para      int
	sent      int
}

var (
	yearsAgoRE = regexp.MustCompile(`(?i)\b(one|a|two|three|\d+)\s+years?\s+ago\b`)
	lastYearRE = regexp.MustCompile(`(?i)\b(last|this|past)\s+(year|month)\b`)
	yearCtxRE  = regexp.MustCompile(`(?i)\b(in|since|of|by|from|until|during|before|after)\s+$`)
)

// speech types are dated by when they are said: the document's date.
var speech = map[string]bool{rashomon.REQUEST: true, rashomon.ACCUSE: true, rashomon.REJECT: true,
	rashomon.AGREE: true, rashomon.SUPPORT: true, rashomon.THREATEN: true, rashomon.CONCEDE: true}

// resolveDate dates an event from the date expressions of its sentence,
// resolved against the document's date ("on Saturday", "last night", "One
// year ago on this day, September 13"); failing those, a speech act takes
// the document's date and a reported happening the last date the text
// gave, or the document's month. No date rather than a wrong one.
func (c *Coder) resolveDate(st *docState, s *sent, ev *rashomon.Event) {
	d := st.d
	ref := d.Published
	raw := s.span.Text(d.Text)
	if !s.datesDone {
		s.dates, s.datesDone = dates.Scan(raw), true
	}
	ms := s.dates
	var best *dates.Match
	bestDist := 1 << 30
	trig := ev.Trigger.Start - s.span.Start
	// dates inside an aside between the subject and the verb ("violating
	// the statement of November 9, 2020,") are not the event's
	aside := -1
	for k, t := range s.toks {
		if t.Span.Start >= ev.Trigger.Start {
			if k > 0 && s.toks[k-1].Text == "," {
				if p := asideStart(s, clauseStart(s, k), k-1); p >= 0 {
					aside = s.toks[p].Span.Start - s.span.Start
				}
			}
			break
		}
	}
	docDateEnd := -1
	for i := range ms {
		m := &ms[i]
		switch m.Kind {
		case dates.Unparseable:
			continue
		case dates.YearOnly:
			// a bare year only in "in 2021", "since 1991", not "the 1975 maps"
			if !yearCtxRE.MatchString(raw[:m.Span.Start]) {
				continue
			}
		case dates.Weekday, dates.Relative, dates.MonthDay:
			if ref.IsZero() {
				continue
			}
		}
		if aside >= 0 && m.Span.Start > aside && m.Span.Start < trig {
			continue
		}
		// the date of a document named in the sentence is not the event's:
		// "the November 10, 2020 statement", "the statement of 10 November
		// 2020", "the 1975 maps"
		after := strings.ToLower(strings.TrimLeft(raw[m.Span.End:], " ,"))
		before := strings.ToLower(raw[max(0, m.Span.Start-12):m.Span.Start])
		if startsWithAny(after, documentNouns) || strings.Contains(before, "dated") || strings.HasSuffix(strings.TrimSpace(before), "of") && documentBefore(raw[:m.Span.Start]) ||
			documentOfRE.MatchString(raw[max(0, m.Span.Start-100):m.Span.Start]) ||
			docDateEnd >= 0 && docDateEnd <= m.Span.Start && dateListRE.MatchString(raw[docDateEnd:m.Span.Start]) {
			docDateEnd = m.Span.End // "of November 9, 2020, January 11 and November 26, 2021": all the documents'
			continue
		}
		if m.Span.Start > ev.Trigger.End-s.span.Start && dateOfParticiple(s, m.Span.Start+s.span.Start, ev.Trigger.End, speech[ev.Type]) {
			continue
		}
		// "X is responsible for the attacks of 2002 and 2016": a speech
		// act that states a present state is the document's; the dates
		// around it are those of the acts it speaks of
		if speech[ev.Type] && presentState(ev.Text) {
			continue
		}
		dist := m.Span.Start - trig
		if dist < 0 {
			dist = -dist * 2 / 3 // dates before the verb usually belong to it
		}
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	if best != nil {
		// "From March 24 to March 25": a range starts at its first date
		for i := range ms {
			m := &ms[i]
			if m.Span.End <= best.Span.Start && best.Span.Start-m.Span.End < 8 &&
				strings.Contains(strings.ToLower(raw[m.Span.End:best.Span.Start]), "to") &&
				strings.HasSuffix(strings.ToLower(strings.TrimSpace(raw[max(0, m.Span.Start-6):m.Span.Start])), "from") {
				best = m
				break
			}
		}
		di := dateFromMatch(*best, ref, raw)
		if !di.date.IsZero() {
			ev.Date, ev.DateEnd, ev.DateText, ev.DateRule = di.date, di.end, best.Text, di.rule
			// a range: "From March 24 to March 25"
			for i := range ms {
				m := ms[i]
				if m.Span.Start > best.Span.End && m.Span.Start-best.Span.End < 6 && strings.Contains(strings.ToLower(raw[best.Span.End:m.Span.Start]), "to") {
					if e := dateFromMatch(m, ref, raw); !e.date.IsZero() && !e.date.Time().Before(di.date.Time()) {
						ev.DateEnd = e.date
						ev.DateRule += "+range"
					}
				}
			}
			// the first dated happening anchors the narrative: later
			// undated ones belong to the same incident
			if (material[ev.Type] || ev.Type == rashomon.CONSULT) && st.lastDate.date.IsZero() && di.date.Precision() == rashomon.PrecDay {
				st.lastDate = dateInfo{date: ev.Date, text: best.Text, para: d.Sentences[s.index].Para, sent: s.index}
			}
			return
		}
	}
	if ref.IsZero() {
		return
	}
	if d, txt, ok := relativePeriod(raw, ref); ok {
		ev.Date, ev.DateText, ev.DateRule = d, txt, "relative-period@publication"
		return
	}
	switch {
	case speech[ev.Type] || ev.Type == "" || ev.Negated:
		ev.Date, ev.DateRule = ref, "publication-date"
	case st.lastDate.date.Year > 0:
		ev.Date, ev.DateText, ev.DateRule = st.lastDate.date, st.lastDate.text, "narrative-date"
	case presentTense(s, ev):
		ev.Date, ev.DateRule = ref, "publication-date(present)"
	default:
		ev.Date, ev.DateRule = ref.Truncate(rashomon.PrecMonth), "publication-month"
	}
}

// documentOfRE ends with a document and its makers, then "of" and the
// date to come: "the trilateral statements of the leaders of Russia,
// Azerbaijan and Armenia of November 9, 2020".
var documentOfRE = regexp.MustCompile(`(?i)\b(?:statements?|agreements?|declarations?|resolutions?|treat(?:y|ies)|accords?|decrees?|memorand(?:um|a))\s+(?:of|by|between)\s+[^.;:()]{0,80}?\s+of\s*$`)

// dateListRE is what lies between the dates of a list: "2020, January 11
// and November 26".
var dateListRE = regexp.MustCompile(`^[\s,]*(?:and\s+|or\s+)?$`)

// documentNouns name documents, whose dates are not events' dates.
var documentNouns = []string{"statement", "agreement", "treaty", "declaration", "resolution", "accord", "accords",
	"trilateral", "tripartite", "joint statement", "general maps", "maps", "ussr", "ceasefire agreement", "deal",
	"decree", "law", "memorandum", "protocol", "constitution"}

func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// documentBefore reports "the statement of", "the Joint Statement of" or
// "Resolution 29/3314 of" right before a date.
func documentBefore(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(s, "of")
	s = strings.TrimSpace(s)
	// a document's number: "resolution 2334", "decree no. 15/3"
	for {
		i := strings.LastIndexAny(s, " ") + 1
		last := s[i:]
		if last == "" || !(strings.ContainsAny(last, "0123456789") || last == "no." || last == "no" || last == "№") {
			break
		}
		s = strings.TrimSpace(s[:i])
	}
	for _, w := range documentNouns {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// presentTense reports an event told in the present ("are being taken").
func presentTense(s *sent, ev *rashomon.Event) bool {
	for k, t := range s.toks {
		if t.Span.Start >= ev.Trigger.Start && t.Span.Start < ev.Trigger.End {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				switch s.toks[j].low {
				case "is", "are", "am", "being":
					return true
				case "was", "were", "had", "has", "have":
					return false
				}
			}
			// a noun told in the present progressive: "response measures
			// are being taken"
			e := k
			for e < len(s.toks) && s.toks[e].Span.Start < ev.Trigger.End {
				e++
			}
			if e+1 < len(s.toks) && (s.toks[e].low == "is" || s.toks[e].low == "are") && s.toks[e+1].low == "being" {
				return true
			}
			return t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBG"
		}
	}
	return false
}

// dateFromMatch resolves one expression against the reference date.
func dateFromMatch(m dates.Match, ref rashomon.Date, raw string) dateInfo {
	var di dateInfo
	shift := 0
	if ym := yearsAgoRE.FindStringSubmatch(raw); ym != nil {
		switch strings.ToLower(ym[1]) {
		case "one", "a":
			shift = 1
		case "two":
			shift = 2
		case "three":
			shift = 3
		default:
			for _, ch := range ym[1] {
				shift = shift*10 + int(ch-'0')
			}
		}
	}
	switch m.Kind {
	case dates.Full:
		di.date, di.rule = m.Date, "date"
	case dates.MonthYear:
		di.date, di.rule = m.Date, "month"
		// "in May and November 2021": several months, the year is all we know
		if i := strings.Index(raw, m.Text); i > 0 {
			before := strings.ToLower(raw[max(0, i-20):i])
			if strings.HasSuffix(strings.TrimSpace(before), "and") || strings.HasSuffix(strings.TrimSpace(before), "or") {
				di.date, di.rule = rashomon.Date{Year: m.Date.Year}, "months-of-year"
			}
		}
	case dates.YearOnly:
		di.date, di.rule = m.Date, "year"
	case dates.MonthDay:
		d := rashomon.Date{Year: ref.Year, Month: m.Date.Month, Day: m.Date.Day}
		if !d.Valid() {
			return di
		}
		// a month and day not after the reference (by more than a day) is
		// in the reference's year, else in the year before
		if d.Time().After(ref.Time().AddDate(0, 0, 1)) {
			d.Year--
		}
		d.Year -= shift
		di.date, di.rule = d, "month-day@publication-year"
		if shift > 0 {
			di.rule = "month-day@years-ago"
		}
	case dates.Weekday:
		t := ref.Time()
		for i := 0; i < 7; i++ {
			if int(t.Weekday()) == m.Date.Day {
				break
			}
			t = t.AddDate(0, 0, -1)
		}
		di.date, di.rule = rashomon.DateOf(t), "weekday@publication"
	case dates.Relative:
		di.date, di.rule = rashomon.DateOf(ref.Time().AddDate(0, 0, m.Date.Day)), "relative@publication"
	}
	return di
}

// relativePeriod handles "last year", "this year", "last month".
func relativePeriod(raw string, ref rashomon.Date) (rashomon.Date, string, bool) {
	m := lastYearRE.FindStringSubmatch(raw)
	if m == nil || ref.IsZero() {
		return rashomon.Date{}, "", false
	}
	t := ref.Time()
	switch strings.ToLower(m[1] + " " + m[2]) {
	case "last year", "past year":
		return rashomon.Date{Year: ref.Year - 1}, m[0], true
	case "this year":
		return rashomon.Date{Year: ref.Year}, m[0], true
	case "last month", "past month":
		p := t.AddDate(0, -1, 0)
		return rashomon.Date{Year: p.Year(), Month: int(p.Month())}, m[0], true
	case "this month":
		return rashomon.Date{Year: ref.Year, Month: ref.Month}, m[0], true
	}
	return rashomon.Date{}, "", false
}

// dateOfParticiple reports whether the date at byte off, after the
// trigger, belongs to a participle modifying a noun between them: "the
// Declaration signed between the two countries on February 22" dates the
// signing, not what the sentence says of the declaration.
func dateOfParticiple(s *sent, off, trigEnd int, speechAct bool) bool {
	for k, t := range s.toks {
		if t.Span.Start < trigEnd || t.Span.Start >= off {
			continue
		}
		// the tagger may read the participle as a past tense: "the
		// Declaration signed between ..." is still one when a preposition
		// follows it
		participle := t.Tag == "VBN" || t.Tag == "VBD" && strings.HasSuffix(t.low, "ed") && k+1 < len(s.toks) && isPrep(s.toks[k+1])
		// "..., the envoy tweeted on Friday": a reporting verb after its
		// speaker is the report's, and its date a speech act's
		if participle && speechAct && reportVerbAt(s, k) {
			continue
		}
		if participle && k > 0 && strings.HasPrefix(s.toks[k-1].Tag, "NN") && off-t.Span.End < 48 {
			return true
		}
	}
	return false
}

// presentState reports whether a trigger states a present state: "is
// responsible for", "bears responsibility", "rests with".
func presentState(trigger string) bool {
	w := strings.Fields(strings.ToLower(trigger))
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "is", "are", "bears", "bear", "rests", "rest", "lies":
		return true
	}
	return false
}

// reportVerbAt reports whether token k is the verb of one of the
// sentence's reporting frames.
func reportVerbAt(s *sent, k int) bool {
	for _, r := range s.reports {
		if r.k == k {
			return true
		}
	}
	return false
}

// backgroundYears is how old, in years before the document's date, an
// act must be to be history the text recalls rather than news it tells.
const backgroundYears = 5

// durationRE finds a long-lasting state: "for almost 30 years", "for
// decades", "for the past thirty years".
var durationRE = regexp.MustCompile(`(?i)\bfor\s+(?:the\s+(?:past|last)\s+)?(?:almost\s+|nearly\s+|over\s+|more\s+than\s+|about\s+|some\s+|around\s+)?(\d+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many)\s+years\b|\bfor\s+(?:many\s+|several\s+)?decades\b`)

// durationWords are the number words durationRE takes.
var durationWords = map[string]int{"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "several": 5, "many": 10}

// background reports an act the sentence itself places years before the
// document ("the resolutions of 1993 demanded", "since 1994"), or a state
// it says has lasted years ("has faced aggression for almost 30 years",
// "the occupation of its lands for 30 years"): history recalled as the
// setting of the news, not an event of it.
func background(d *rashomon.Document, s *sent, ev *rashomon.Event) bool {
	ref := d.Published
	if ref.IsZero() || ev.Type == rashomon.AGREE || ev.Type == rashomon.THREATEN {
		return false // a promise or a threat looks ahead: "will visit in June, the first since 1961"
	}
	if ev.DateText != "" && ev.DateRule != "narrative-date" && !ev.Date.IsZero() {
		last := ev.Date
		if !ev.DateEnd.IsZero() {
			last = ev.DateEnd
		}
		return ref.Year-last.Year >= backgroundYears
	}
	raw := s.span.Text(d.Text)
	for _, m := range durationRE.FindAllStringSubmatch(raw, -1) {
		n := 10 // decades
		if m[1] != "" {
			if v, ok := durationWords[strings.ToLower(m[1])]; ok {
				n = v
			} else {
				n = 0
				for _, ch := range m[1] {
					n = n*10 + int(ch-'0')
				}
			}
		}
		if n >= backgroundYears {
			return true
		}
	}
	return false
}
