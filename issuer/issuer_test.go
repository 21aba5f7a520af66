package issuer

import (
	"slices"
	"testing"

	"github.com/rashomon-project/rashomon/internal/ascii"
)

func TestFindStatement(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Intro. Refugees suffered, the Ministry of Foreign Affairs of Republic of Azerbaijan said in a statement on the situation, Report informs.", "Ministry of Foreign Affairs of Republic of Azerbaijan"},
		{"Title\n\nThe RA MFA made a statement in which, in particular, it is said:", "RA MFA"},
		{"BAKU – Russia must act. In a statement, Azerbaijan’s Defense Ministry said peacekeepers should act.", "Azerbaijan’s Defense Ministry"},
		{"Statement of the Ministry of Defence of the Republic of Armenia\n\nAt 00:05 the forces opened fire.", "Ministry of Defence of the Republic of Armenia"},
		{"The Ministry of Foreign Affairs of Ruritania strongly condemns the shelling of the border town.", "Ministry of Foreign Affairs of Ruritania"},
		{"Border incident\n\nThe State Border Service informs that two patrols were fired upon.", "State Border Service"},
		{"Intro.\n\n“The shelling of the villages in the Upper Valley,” the Ruritanian Foreign Ministry said in a statement.", "Ruritanian Foreign Ministry"},
	}
	for _, tt := range tests {
		got, ok := FindStatement(tt.in)
		if !ok || got.Text != tt.want {
			t.Errorf("%q: got %q (ok=%v)", tt.in, got.Text, ok)
			continue
		}
		if tt.in[got.Span.Start:got.Span.End] != got.Text {
			t.Errorf("span %v does not cover %q", got.Span, got.Text)
		}
	}
	for _, in := range []string{
		"Russia has deployed numerous troops in the region.",
		// a ministry that condemns something deep in a report is not its issuer
		"Title\n\nFirst paragraph of the report.\n\nSecond paragraph.\n\nThe Foreign Ministry of Ruritania condemns the move.",
		// nor is one named in the middle of a line
		"Reports say the Foreign Ministry of Ruritania condemns the move.",
	} {
		if got, ok := FindStatement(in); ok {
			t.Errorf("%q: false positive %q", in, got.Text)
		}
	}
}

func TestOutlet(t *testing.T) {
	if got := Outlet("", "", "", "", "Text here, the ministry said, Report informs. More."); got != "Report" {
		t.Errorf("relay: got %q", got)
	}
	if got := Outlet("", "", "AA", "", ""); got != "AA" {
		t.Errorf("agency: got %q", got)
	}
	if got := Outlet("", "", "", "https://www.example.org/a", ""); got != "example.org" {
		t.Errorf("host: got %q", got)
	}
}

func TestHeadlineStatement(t *testing.T) {
	got, ok := FindStatement("Azerbaijan’s MFA releases statement on latest situation in region\n\nText.")
	if !ok || got.Text != "Azerbaijan’s MFA" || got.Rule != "X-releases-statement" {
		t.Errorf("got %+v", got)
	}
	if got, ok := FindStatement("Reports say Azerbaijani MFA releases statement"); ok {
		t.Errorf("mid-line headline pattern matched: %+v", got)
	}
}

// TestAnchoredTriggers checks that trying each trigger only where one of
// its first words begins finds what searching the whole window finds.
func TestAnchoredTriggers(t *testing.T) {
	texts := []string{
		"The Ministry of Defence said in a statement that the convoy was stopped.",
		"In a statement issued on Monday, the Foreign Ministry said talks would resume.",
		"The Ministry has made a statement. The Ministry made an official statement on the matter.",
		"The Council strongly condemns the attack and calls on both sides to stop. It reaffirms its support.",
		"A statement by the Coast Guard, a message from the embassy and information of the agency.",
		"Unsaid in a statement; misstated in its statement; re-released a statement; Homemade a statement.",
		"PRESS RELEASE OF THE MINISTRY\nThe Ministry releases a statement.\nThe office issues statement",
		"said in a statement",
	}
	for _, text := range texts {
		lower := ascii.Lower(text)
		for a := 0; a < len(text); a += 7 {
			for _, b := range []int{min(len(text), a+40), min(len(text), a+240)} {
				for _, p := range patterns {
					var want [][2]int
					for _, l := range p.trigger.FindAllStringIndex(text[a:b], 4) {
						want = append(want, [2]int{l[0] + a, l[1] + a})
					}
					if got := p.matches(text, lower, a, b, 4); !slices.Equal(got, want) {
						t.Errorf("%s in %q: %v, want %v", p.id, text[a:b], got, want)
					}
				}
			}
		}
	}
}
