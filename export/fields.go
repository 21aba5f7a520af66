package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// This file turns the structured fields of an event into the flat strings
// the tabular formats hold.

// datePrecision is "day", "month", "year", "range" (an end date is known)
// or "" (no date).
func datePrecision(e *rashomon.Event) string {
	if !e.DateEnd.IsZero() && !e.Date.IsZero() {
		return string(rashomon.PrecRange)
	}
	return string(e.Date.Precision())
}

// knownDate returns what is certain of an event's date: the date itself,
// or for a span, the part its first and last dates share (the month of
// 2024-04-07..2024-04-09, the year of 2024-01-30..2024-02-02).
func knownDate(e *rashomon.Event) rashomon.Date {
	a, b := e.Date, e.DateEnd
	if b.IsZero() || a.IsZero() {
		return a
	}
	switch {
	case a.Year != b.Year:
		return rashomon.Date{}
	case a.Month == 0 || a.Month != b.Month:
		return rashomon.Date{Year: a.Year}
	case a.Day == 0 || a.Day != b.Day:
		return rashomon.Date{Year: a.Year, Month: a.Month}
	}
	return a
}

// actorCode returns a participant's CAMEO-style code ("AZEMIL").
func actorCode(p *rashomon.Participant) string {
	if p == nil {
		return ""
	}
	return p.Actor.Code()
}

// actorText returns the words that name a participant.
func actorText(p *rashomon.Participant) string {
	if p == nil {
		return ""
	}
	return p.Text
}

// chain flattens a claimant's chain of reported speech, outermost speaker
// first: `ARMMIL "Armenia's Defence Ministry" said > ...`.
func chain(c rashomon.Claimant) string {
	parts := make([]string, 0, len(c.Chain))
	for _, l := range c.Chain {
		s := strconv.Quote(l.Text)
		if code := l.Actor.Code(); code != "" {
			s = code + " " + s
		}
		if l.Verb != "" {
			s += " " + l.Verb
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " > ")
}

// counts flattens an event's numbers: "killed=3;wounded=2".
func counts(cs []rashomon.Count) string {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		parts = append(parts, c.Kind+"="+number(c.Value))
	}
	return strings.Join(parts, ";")
}

// killed sums the counts of the dead, and reports whether there are any.
func killed(cs []rashomon.Count) (float64, bool) {
	var n float64
	found := false
	for _, c := range cs {
		if c.Kind == "killed" {
			n += c.Value
			found = true
		}
	}
	return n, found
}

// number formats a value without trailing zeros: "3", "2.5".
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// coord formats a coordinate, or "" when it is unknown.
func coord(v *float64) string {
	if v == nil {
		return ""
	}
	return number(*v)
}

// coords returns a place's latitude and longitude when both are known
// and finite.
func coords(l *rashomon.Location) (lat, lon float64, ok bool) {
	if l == nil || l.Place.Lat == nil || l.Place.Lon == nil {
		return 0, 0, false
	}
	lat, lon = *l.Place.Lat, *l.Place.Lon
	if math.IsNaN(lat) || math.IsInf(lat, 0) || math.IsNaN(lon) || math.IsInf(lon, 0) {
		return 0, 0, false
	}
	return lat, lon, true
}

// typeMode is "ASSAULT/firearms", or the type alone.
func typeMode(e *rashomon.Event) string {
	if e.Mode == "" {
		return e.Type
	}
	return e.Type + "/" + e.Mode
}

// boolString is "true" or "false".
func boolString(b bool) string { return strconv.FormatBool(b) }

// oneLine collapses every run of white space, line breaks included, into
// one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// tsvField makes s safe for a tab-separated file that has no quoting:
// tabs, line breaks and other control characters become spaces.
func tsvField(s string) string {
	if !strings.ContainsFunc(s, breaksTSV) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if breaksTSV(r) {
			return ' '
		}
		return r
	}, s)
}

// breaksTSV reports whether r may end a field or a line for some reader:
// ASCII control characters, NEL and the Unicode line and paragraph
// separators.
func breaksTSV(r rune) bool {
	return r < 0x20 || r == 0x7f || r == 0x85 || r == '\u2028' || r == '\u2029'
}

// intString formats an int.
func intString(n int) string { return strconv.Itoa(n) }

// fraction formats GDELT's FractionDate: the year plus (month*30+day)/365,
// to four places, as the GDELT codebook defines it.
func fraction(d rashomon.Date) string {
	return fmt.Sprintf("%.4f", float64(d.Year)+float64(d.Month*30+d.Day)/365)
}
