package rashomon

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to a precision: a year, a month of a year,
// or a day. The zero Date is unknown. Month and Day are zero when not known.
type Date struct {
	Year  int `json:"y,omitempty"`
	Month int `json:"m,omitempty"`
	Day   int `json:"d,omitempty"`
}

// Precision says how much of a Date is known.
type Precision string

// Precisions, from coarsest to finest. A range is carried by two Dates.
const (
	PrecNone  Precision = ""
	PrecYear  Precision = "year"
	PrecMonth Precision = "month"
	PrecDay   Precision = "day"
	PrecRange Precision = "range"
)

// Day returns a Date at day precision.
func Day(y, m, d int) Date { return Date{y, m, d} }

// DateOf returns t's calendar date at day precision.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// IsZero reports whether nothing is known of d.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecNone
	case d.Month == 0:
		return PrecYear
	case d.Day == 0:
		return PrecMonth
	}
	return PrecDay
}

// String formats d as YYYY-MM-DD, YYYY-MM or YYYY, or "" when unknown.
func (d Date) String() string {
	switch d.Precision() {
	case PrecYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Time returns the first instant of d in UTC (the first day of its month or
// year when less precise).
func (d Date) Time() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day d can denote.
func (d Date) Last() time.Time {
	switch d.Precision() {
	case PrecYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.Time()
}

// DayRange returns the first and last day d can denote, counted in days
// since 1970-01-01 (UTC).
func (d Date) DayRange() (first, last int) {
	epoch := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	return int(d.Time().Sub(epoch).Hours() / 24), int(d.Last().Sub(epoch).Hours() / 24)
}

// Truncate returns d cut to precision p (never finer than d itself).
func (d Date) Truncate(p Precision) Date {
	switch p {
	case PrecYear:
		return Date{Year: d.Year}
	case PrecMonth:
		return Date{Year: d.Year, Month: d.Month}
	case PrecNone:
		return Date{}
	}
	return d
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDate reads "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unknown).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "null" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	var v [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		v[i] = n
	}
	d := Date{v[0], v[1], v[2]}
	if !d.Valid() {
		return Date{}, fmt.Errorf("date %q: no such day", s)
	}
	return d, nil
}

// Valid reports whether d names a real calendar day, month or year.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	if d.Day == 0 {
		return true
	}
	return d.Day <= time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Compatible reports whether a and b can denote the same day: one is the
// other at a coarser precision, or both are unknown.
func (a Date) Compatible(b Date) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	p := a.Precision()
	if precRank(b.Precision()) < precRank(p) {
		p = b.Precision()
	}
	return a.Truncate(p) == b.Truncate(p)
}

func precRank(p Precision) int {
	switch p {
	case PrecYear:
		return 1
	case PrecMonth:
		return 2
	case PrecDay:
		return 3
	}
	return 0
}
