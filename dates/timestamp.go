package dates

import (
	"strings"
	"time"

	"github.com/rashomon-project/rashomon"
)

var layouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05", "2006-01-02 15:04", time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", time.RFC822Z, time.RFC822, time.RFC850,
	time.ANSIC, "2 Jan 2006 15:04:05 -0700", "20060102",
}

// ParseTimestamp reads a publication timestamp as found in page metadata,
// feeds and JSON fields. The calendar date is taken in the timestamp's own
// time zone: "2024-05-14T01:30:00+04:00" is 14 May, as its publisher meant.
// ok is false when s holds no valid date; unparseable is true when s looks
// like a date but is not a valid one.
func ParseTimestamp(s string) (d rashomon.Date, clock string, ok, unparseable bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return d, "", false, false
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			c := ""
			if t.Hour() != 0 || t.Minute() != 0 || strings.ContainsAny(l, "15") {
				c = t.Format("15:04")
			}
			return rashomon.DateOf(t), c, true, false
		}
	}
	if d, err := rashomon.ParseDate(s); err == nil && !d.IsZero() {
		return d, "", true, false
	}
	for _, m := range Scan(s) {
		switch m.Kind {
		case Full:
			return m.Date, m.Clock, true, false
		case Unparseable:
			return d, "", false, true
		}
	}
	return d, "", false, false
}
