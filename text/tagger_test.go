package text

import "testing"

// TestFeatureHashes checks that the precomputed feature prefixes hash as
// hashParts does, which the model's weights were stored under.
func TestFeatureHashes(t *testing.T) {
	if got, want := hashMore(hSuffix, "ing"), hashParts("i suffix", "ing"); got != want {
		t.Errorf("one part: %x, want %x", got, want)
	}
	if got, want := hashMore(sep(hashMore(hTag12, "NN")), "DT"), hashParts("i tag+i-2 tag", "NN", "DT"); got != want {
		t.Errorf("two parts: %x, want %x", got, want)
	}
}
