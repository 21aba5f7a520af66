package rashomon

import "testing"

func TestOffsetMapCompose(t *testing.T) {
	// original "ab XX cd" -> middle "ab cd" (delete "XX " at 3..6)
	m1 := OffsetMap{Anchors: []Anchor{{3, 3}, {3, 6}}, OutLen: 5, InLen: 8}
	// middle "ab cd" -> final "AB cd" (replace "ab" with "AB", same length)
	// and insert "!" at end
	m2 := OffsetMap{Anchors: []Anchor{{0, 0}, {2, 2}, {5, 5}, {6, 5}}, OutLen: 6, InLen: 5}
	m := m1.Then(m2)
	orig := "ab XX cd"
	final := "AB cd!"
	if m.InLen != len(orig) || m.OutLen != len(final) {
		t.Fatalf("lengths %d %d", m.InLen, m.OutLen)
	}
	tests := []struct{ out, in int }{{0, 0}, {1, 1}, {3, 6}, {4, 7}, {5, 8}}
	for _, tt := range tests {
		if got := m.ToOriginal(tt.out); got != tt.in {
			t.Errorf("ToOriginal(%d) = %d, want %d", tt.out, got, tt.in)
		}
	}
	if got := m.SpanToOriginal(Span{3, 5}); got != (Span{6, 8}) {
		t.Errorf("span cd -> %v", got)
	}
	if got := m.FromOriginal(7); got != 4 {
		t.Errorf("FromOriginal(7) = %d", got)
	}
	if got := m.FromOriginal(4); got != 3 {
		t.Errorf("FromOriginal(4) inside deletion = %d, want 3", got)
	}
}

func TestIdentity(t *testing.T) {
	m := Identity(10)
	if m.ToOriginal(4) != 4 || m.FromOriginal(4) != 4 {
		t.Fatal("identity broken")
	}
	if got := m.Then(Identity(10)); got.ToOriginal(7) != 7 {
		t.Fatal("identity compose broken")
	}
}

func TestDate(t *testing.T) {
	d, err := ParseDate("2022-03")
	if err != nil || d.Precision() != PrecMonth || d.String() != "2022-03" {
		t.Fatalf("got %v %v", d, err)
	}
	if !Day(2022, 3, 24).Compatible(d) || Day(2022, 4, 1).Compatible(d) {
		t.Fatal("compatible broken")
	}
	if _, err := ParseDate("2022-02-30"); err == nil {
		t.Fatal("accepted Feb 30")
	}
}
