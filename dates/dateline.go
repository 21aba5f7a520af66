package dates

import (
	"regexp"
	"strings"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/text"
)

// Dateline is what the head of a text says about when and where it was
// written.
type Dateline struct {
	Date   rashomon.Date
	Clock  string
	Status rashomon.DateStatus // DateFromDateline, DateUnparseable or DateUnknown
	Text   string              // the date expression as written
	Span   rashomon.Span       // of the whole dateline in the text searched
	Place  string              // "Baku", "YEREVAN"
	Agency string              // "AA", "TASS"
}

// dlDateRE is a dateline's date: "May 14", "14 May", "May 14, 2024".
const dlDateRE = `(?:` + monthRE + `\s+` + dayRE + `|` + dayRE + `\s+` + monthRE + `)(?:,?\s*` + yearRE + `)?`

// headLimit bounds how far into a text a dateline is looked for.
const (
	headLines = 25
	headBytes = 4000
)

var (
	// "BAKU, Azerbaijan (AA) –", "MOSCOW, August 6. /TASS/.", "SIMFEROPOL (Crimea), November 26 (Sputnik) -"
	inlineRE = regexp.MustCompile(`^\s*(?P<place>[\p{Lu}][\p{Lu}\p{Ll} .'’/-]{1,40}?)(?:\s*\([^)]{1,30}\))?,\s*(?:(?P<date>` + dlDateRE + `)\.?\s*|(?P<region>[\p{Lu}][\p{L} .'’-]{1,40}?)\s*(?:,\s*(?P<date2>` + dlDateRE + `)\.?\s*)?)?(?:\((?P<agency1>[^)]{1,30})\)|/(?P<agency2>[^/]{1,20})/)?\.?\s*[–—-]?\s`)
	// a bare "PLACE (AGENCY) –" with no comma: "YEREVAN/BAKU (Continental Press) -"
	agencyOnlyRE = regexp.MustCompile(`^\s*(?P<place>[\p{Lu}][\p{Lu} .'’/-]{1,40}?)\s*\((?P<agency>[^)]{1,30})\)\s*[–—-]\s`)
	wordRE       = regexp.MustCompile(`[\p{L}][\p{L}'’.-]*`)
)

// FindDateline looks at the first lines of text for a dateline: a line that
// is only a date (with an optional place and time), or a paragraph that
// opens with "PLACE, (Region) (AGENCY) –" or "PLACE, Month Day. /AGENCY/".
// ref, when not zero, supplies the year of a dateline that has none.
func FindDateline(text string, ref rashomon.Date) Dateline {
	dl := Dateline{Status: rashomon.DateUnknown}
	off := 0
	n := 0
	haveDate, havePlace := false, false
	for off < len(text) && off < headBytes && n < headLines && !(haveDate && havePlace) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		lineSpan := rashomon.Span{Start: off, End: off + end}
		off += end + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		if got, ok := dateOnlyLine(line, lineSpan, ref); ok {
			if !haveDate && (dl.Status == rashomon.DateUnknown || got.Status == rashomon.DateFromDateline) {
				dl.Date, dl.Clock, dl.Status, dl.Text, dl.Span = got.Date, got.Clock, got.Status, got.Text, got.Span
				haveDate = got.Status == rashomon.DateFromDateline
			}
			if dl.Place == "" && got.Place != "" {
				dl.Place = got.Place
			}
			continue
		}
		if got, ok := inlineDateline(line, lineSpan, ref); ok && !havePlace {
			dl.Place, dl.Agency = got.Place, got.Agency
			havePlace = true
			if !haveDate && got.Status == rashomon.DateFromDateline {
				dl.Date, dl.Status, dl.Text, dl.Span = got.Date, got.Status, got.Text, got.Span
				haveDate = true
			}
		}
	}
	return dl
}

// IsDateLine reports whether line holds nothing but a date or a timestamp,
// with at most a place name: page furniture that cleaning may remove once
// the date has been read.
func IsDateLine(line string) bool {
	_, ok := dateOnlyLine(line, rashomon.Span{End: len(line)}, rashomon.Date{})
	return ok
}

// maxDateLineWords bounds the words of a line that holds only a date, a
// time and a place.
const maxDateLineWords = 12

func dateOnlyLine(line string, span rashomon.Span, ref rashomon.Date) (Dateline, bool) {
	if !strings.ContainsAny(line, "0123456789") || text.WordsOver(line, maxDateLineWords) {
		return Dateline{}, false
	}
	ms := Scan(line)
	var best *Match
	for i := range ms {
		switch ms[i].Kind {
		case Full, Unparseable, MonthDay:
			if best == nil {
				best = &ms[i]
			}
		}
	}
	if best == nil {
		return Dateline{}, false
	}
	rest := line[:best.Span.Start] + " " + line[best.Span.End:]
	// Drop other date parts (a weekday, a clock) from the rest.
	for _, m := range ms {
		if m.Span != best.Span && (m.Kind == Weekday || m.Kind == YearOnly) {
			rest = strings.Replace(rest, m.Text, " ", 1)
		}
	}
	rest = clockRE2.ReplaceAllString(rest, " ")
	words := wordRE.FindAllString(rest, -1)
	if len(words) > 4 {
		return Dateline{}, false
	}
	dl := Dateline{Text: best.Text, Clock: best.Clock, Span: span}
	if len(words) > 0 {
		dl.Place = placeOf(words)
	}
	switch best.Kind {
	case Full:
		dl.Date, dl.Status = best.Date, rashomon.DateFromDateline
	case MonthDay:
		if ref.IsZero() {
			dl.Status = rashomon.DateUnknown
		} else {
			dl.Date, dl.Status = withYear(best.Date, ref), rashomon.DateFromDateline
		}
	default:
		dl.Status = rashomon.DateUnparseable
	}
	return dl, true
}

var clockRE2 = regexp.MustCompile(`(?i)\b` + clockRE + `\b|\b(?:GMT|UTC|MSK|AZT|AMT)\b|[|•·/]`)

// placeOf drops words that are not part of a place name ("Baku city").
func placeOf(words []string) string {
	var keep []string
	for _, w := range words {
		switch strings.ToLower(w) {
		case "city", "town", "updated", "published", "posted", "on", "at":
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

func inlineDateline(line string, span rashomon.Span, ref rashomon.Date) (Dateline, bool) {
	loc := inlineRE.FindStringSubmatchIndex(line)
	if loc == nil {
		if m := agencyOnlyRE.FindStringSubmatchIndex(line); m != nil {
			return Dateline{Place: strings.TrimSpace(line[m[2]:m[3]]), Agency: strings.TrimSpace(line[m[4]:m[5]]),
				Status: rashomon.DateUnknown, Span: rashomon.Span{Start: span.Start + m[0], End: span.Start + m[1]}}, true
		}
		return Dateline{}, false
	}
	names := inlineRE.SubexpNames()
	get := func(name string) string {
		for i, n := range names {
			if n == name && loc[2*i] >= 0 {
				return strings.TrimSpace(line[loc[2*i]:loc[2*i+1]])
			}
		}
		return ""
	}
	place, date := get("place"), get("date")
	if date == "" {
		date = get("date2")
	}
	agency := get("agency1")
	if agency == "" {
		agency = get("agency2")
	}
	// A dateline place is written in capitals ("BAKU") or is followed by an
	// agency or a date; otherwise "Russia, meanwhile, -" would qualify.
	if place != strings.ToUpper(place) && agency == "" && date == "" {
		return Dateline{}, false
	}
	if date == "" && agency == "" && !strings.ContainsAny(line[:loc[1]], "–—-") {
		return Dateline{}, false
	}
	dl := Dateline{Place: place, Agency: agency, Status: rashomon.DateUnknown,
		Span: rashomon.Span{Start: span.Start + loc[0], End: span.Start + loc[1]}}
	if date != "" {
		dl.Text = date
		if ms := Scan(date); len(ms) > 0 {
			switch ms[0].Kind {
			case Full:
				dl.Date, dl.Status = ms[0].Date, rashomon.DateFromDateline
			case MonthDay:
				if !ref.IsZero() {
					dl.Date, dl.Status = withYear(ms[0].Date, ref), rashomon.DateFromDateline
				}
			}
		}
	}
	return dl, true
}

// withYear gives a month-day the year that puts it closest to ref (a
// dateline of December 31 read on January 1 belongs to the previous year).
func withYear(md, ref rashomon.Date) rashomon.Date {
	best := rashomon.Date{}
	bestDist := time.Duration(1<<63 - 1)
	for _, y := range []int{ref.Year - 1, ref.Year, ref.Year + 1} {
		d := rashomon.Date{Year: y, Month: md.Month, Day: md.Day}
		if !d.Valid() {
			continue
		}
		dist := d.Time().Sub(ref.Time())
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}
