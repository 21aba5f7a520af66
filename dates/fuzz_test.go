package dates

import (
	"fmt"
	"testing"

	"github.com/rashomon-project/rashomon"
)

func FuzzScan(f *testing.F) {
	for _, s := range []string{"July 29, 2023 09:19", "07.10.202", "on Saturday", "31.02.2022", "since November 2020", "13th of September", "2024-05-14T09:30:00+04:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScanLikeUnanchored(t, s)
		for _, m := range Scan(s) {
			if m.Span.Start < 0 || m.Span.End > len(s) || m.Span.Start >= m.Span.End {
				t.Fatalf("bad span %v in %q", m.Span, s)
			}
			if m.Kind == Full && !m.Date.Valid() {
				t.Fatalf("invalid full date %v from %q", m.Date, s)
			}
		}
	})
}

func FuzzParseTimestamp(f *testing.F) {
	for _, s := range []string{"2024-05-14T01:30:00+04:00", "Tue, 14 May 2024 09:30:00 +0400", "07.10.202", "", "July 29, 2023"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, _, ok, _ := ParseTimestamp(s)
		if ok && !d.Valid() {
			t.Fatalf("invalid date %v from %q", d, s)
		}
	})
}

func FuzzFindDateline(f *testing.F) {
	for _, s := range []string{"Baku city    07.10.202\n\nText.", "YEREVAN, April 11. /TASS/. Text.", "BAKU, Azerbaijan (AA) – Text", "Title\nJuly 29, 2023 09:19\nBody"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dl := FindDateline(s, rashomon.Day(2024, 1, 1))
		if dl.Status == rashomon.DateFromDateline && !dl.Date.Valid() {
			t.Fatalf("invalid date %v from %q", dl.Date, s)
		}
		if dl.Span.End > len(s) {
			t.Fatalf("span %v beyond text", dl.Span)
		}
	})
}

// checkScanLikeUnanchored checks that Scan, which tries the pattern only
// where a date may begin, finds what the unanchored pattern finds.
func checkScanLikeUnanchored(t *testing.T, s string) {
	t.Helper()
	var want []rashomon.Span
	for _, loc := range scanRE.FindAllStringSubmatchIndex(s, -1) {
		if _, ok := build(s, loc); ok {
			want = append(want, rashomon.Span{Start: loc[0], End: loc[1]})
		}
	}
	var got []rashomon.Span
	for _, m := range Scan(s) {
		got = append(got, m.Span)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Scan(%q) = %v, the unanchored pattern finds %v", s, got, want)
	}
}
