package issuer

import "testing"

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
