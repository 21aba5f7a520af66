package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
)

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		kind Kind
		date string
	}{
		{"on July 29, 2023 09:19 the", Full, "2023-07-29"},
		{"the Nov. 10, 2020 treaty", Full, "2020-11-10"},
		{"statement of 10 November 2020 on", Full, "2020-11-10"},
		{"On March 24, the", MonthDay, ""},
		{"since November 2020.", MonthYear, "2020-11"},
		{"Baku city 07.10.2021", Full, "2021-10-07"},
		{"Baku city 07.10.202", Unparseable, ""},
		{"31.02.2022", Unparseable, ""},
		{"2024-05-14T09:30:00+04:00", Full, "2024-05-14"},
		{"In a statement issued on Saturday", Weekday, ""},
		{"last night", Relative, ""},
		{"in 1993 the", YearOnly, "1993"},
		{"the 13th of September", MonthDay, ""},
		{"05/14/2024", Full, "2024-05-14"},
		{"two days ago the", Relative, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ms := Scan(tt.in)
			if len(ms) == 0 {
				t.Fatalf("no match")
			}
			m := ms[0]
			if m.Kind != tt.kind {
				t.Fatalf("kind = %s, want %s (%+v)", m.Kind, tt.kind, m)
			}
			if tt.date != "" && m.Date.String() != tt.date {
				t.Errorf("date = %s, want %s", m.Date, tt.date)
			}
		})
	}
}

func TestScanIgnoresNumbers(t *testing.T) {
	for _, s := range []string{"version 1.2.3", "Article 322.3", "150 square kilometers", "20 152-mm shells"} {
		for _, m := range Scan(s) {
			if m.Kind != YearOnly {
				t.Errorf("%q: unexpected %+v", s, m)
			}
		}
	}
}

func TestFindDateline(t *testing.T) {
	ref := rashomon.Day(2024, 4, 12)
	tests := []struct {
		name, text string
		status     rashomon.DateStatus
		date       string
		place      string
		agency     string
	}{
		{"standalone", "Title here\n\nForeign policy\nJuly 29, 2023 09:19\nTitle here\n\nBody text.", rashomon.DateFromDateline, "2023-07-29", "", ""},
		{"truncated", "Baku city                      07.10.202\n\nBody text follows here.", rashomon.DateUnparseable, "", "Baku", ""},
		{"dotted", "Baku city      07.10.2021\n\nBody.", rashomon.DateFromDateline, "2021-10-07", "Baku", ""},
		{"agency", "Headline\n\nBAKU, Azerbaijan (AA) – Russia must act, Baku said.", rashomon.DateUnknown, "", "BAKU", "AA"},
		{"tass", "YEREVAN, April 11. /TASS/. The ministry said.", rashomon.DateFromDateline, "2024-04-11", "YEREVAN", "TASS"},
		{"day first", "Title\n\nBaku, 14 May (Qafqaz Monitor) – The ministry said.", rashomon.DateFromDateline, "2024-05-14", "Baku", "Qafqaz Monitor"},
		{"two places", "YEREVAN/BAKU (Continental Press) - Both sides said.", rashomon.DateUnknown, "", "YEREVAN/BAKU", "Continental Press"},
		{"date line then dateline", "Title\n14 May 2024, 08:41\nBAKU, Azerbaijan, May 14 (Caspian Wire) – Units fired.", rashomon.DateFromDateline, "2024-05-14", "BAKU", "Caspian Wire"},
		{"none", "A plain paragraph without any date at all.\nAnother one.", rashomon.DateUnknown, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl := FindDateline(tt.text, ref)
			if dl.Status != tt.status || dl.Date.String() != tt.date || dl.Place != tt.place || dl.Agency != tt.agency {
				t.Errorf("got %+v", dl)
			}
		})
	}
}

func TestParseTimestamp(t *testing.T) {
	tests := map[string]string{
		"2024-05-14T01:30:00+04:00":       "2024-05-14",
		"Tue, 14 May 2024 09:30:00 +0400": "2024-05-14",
		"2023-07-29":                      "2023-07-29",
		"July 29, 2023":                   "2023-07-29",
	}
	for in, want := range tests {
		d, _, ok, _ := ParseTimestamp(in)
		if !ok || d.String() != want {
			t.Errorf("%q: got %s ok=%v", in, d, ok)
		}
	}
	if _, _, ok, bad := ParseTimestamp("07.10.202"); ok || !bad {
		t.Errorf("07.10.202: ok=%v unparseable=%v", ok, bad)
	}
}

// TestScanLikeUnanchored runs the check on every line of the demo corpus.
func TestScanLikeUnanchored(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "demo", "corpus", "*"))
	if len(files) == 0 {
		t.Skip("no demo corpus")
	}
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(body), "\n") {
			checkScanLikeUnanchored(t, line)
		}
	}
}

func TestDaysAgo(t *testing.T) {
	for in, want := range map[string]int{"Two days ago": -2, "3 days ago": -3, "a day ago": -1, "yesterday": -1} {
		ms := Scan(in)
		if len(ms) != 1 || ms[0].Kind != Relative || ms[0].Date.Day != want {
			t.Errorf("%q: %+v, want an offset of %d days", in, ms, want)
		}
	}
}
