package ascii

import "testing"

func TestLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"The MINISTRY said", "the ministry said"},
		// other letters keep their bytes, so offsets hold
		{"\u0130STANBUL \u00c9TAT", "\u0130stanbul \u00c9tat"},
	} {
		if got := Lower(tc.in); got != tc.want {
			t.Errorf("Lower(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
