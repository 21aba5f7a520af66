package reprint

import "testing"

func TestSimilarity(t *testing.T) {
	base := "The Ministry of Defence reports that on the night of 14 May units of the armed forces opened fire with mortars at positions near the village, and one serviceman was wounded. The ministry calls on the other side to stop provocations and observe the ceasefire regime agreed last year."
	reprint := "Defence ministry: positions came under fire\n\n" + base + " Report informs."
	other := "The foreign ministry welcomed the agreement on the delimitation of the border signed yesterday by the two governments and thanked the mediators for their efforts in the negotiations held in the capital over the past month."
	a, _ := Sign(base)
	b, _ := Sign(reprint)
	c, _ := Sign(other)
	if s := Similarity(a, b); s < Threshold {
		t.Errorf("reprint similarity %.2f < %.2f", s, Threshold)
	}
	if s := Similarity(a, c); s > 0.2 {
		t.Errorf("unrelated similarity %.2f", s)
	}
	ka, kb := BandKeys(a), BandKeys(b)
	shared := 0
	for i := range ka {
		if ka[i] == kb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("reprint shares no band")
	}
	if got, ok := FromBytes(a.Bytes()); !ok || got != a {
		t.Error("round trip failed")
	}
}
