// Package reprint recognises publications of one statement: exact
// duplicates by the hash of the cleaned text, near duplicates (the same
// statement with another headline, an added attribution line, a fixed typo)
// by MinHash over word shingles with locality-sensitive hashing bands, so
// that a new document is compared only with the few stored ones that share
// a band.
package reprint

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"unicode"
)

// Parameters of the signature: NumHashes = Bands × Rows. With 32 bands of
// 4 rows, two texts share a band with probability 1-(1-J^4)^32: 0.56 at
// Jaccard 0.3, 0.99 at 0.6; candidates are then checked against Threshold.
const (
	NumHashes = 128
	Bands     = 32
	Rows      = NumHashes / Bands
	Shingle   = 3 // words per shingle
)

// Threshold is the estimated Jaccard similarity of word 3-shingles above
// which two texts are one statement. A reprint under another headline, with
// an attribution line added and a typo fixed, scores 0.7 to 0.9; distinct
// statements of one ministry on one incident stay below 0.4.
const Threshold = 0.6

// Signature is a MinHash signature.
type Signature [NumHashes]uint32

// ContentHash returns the hex SHA-256 of a cleaned text.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

func mix(x uint64) uint64 { // splitmix64 finaliser
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// fnv64 hashes a string with FNV-1a; stable across processes, unlike
// maphash.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// notWordRune separates the words shingles are made of (lower-cased runs
// of letters and digits).
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Sign returns the MinHash signature of text and whether the text is long
// enough to compare (at least one full shingle). It uses one-permutation
// hashing: each shingle is hashed once and lands in one of NumHashes bins,
// each bin keeping its minimum; empty bins borrow from the next full one
// (densification), so that short texts still compare fairly. This costs
// one hash per shingle instead of NumHashes.
func Sign(text string) (Signature, bool) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	// the words' hashes as they come: the last Shingle of them make a
	// shingle
	var last [Shingle]uint64
	n := 0
	var filled [NumHashes]bool
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), notWordRune) {
		copy(last[:], last[1:])
		last[Shingle-1] = fnv64(w)
		if n++; n < Shingle {
			continue
		}
		h := mix(last[0] ^ mix(last[1]+1) ^ mix(mix(last[2]+2)))
		bin := h >> (64 - binBits)
		v := uint32(h)
		if v < sig[bin] {
			sig[bin] = v
		}
		filled[bin] = true
	}
	if n < Shingle {
		return sig, false
	}
	// Densify: an empty bin takes the value of the next filled bin to its
	// right (circularly), marked by the distance so that borrowed values
	// match only values borrowed the same way.
	for i := range sig {
		if filled[i] {
			continue
		}
		for d := 1; d < NumHashes; d++ {
			j := (i + d) % NumHashes
			if filled[j] {
				sig[i] = uint32(mix(uint64(sig[j]) + uint64(d)*0x9e3779b97f4a7c15))
				break
			}
		}
	}
	return sig, true
}

// binBits is log2(NumHashes).
const binBits = 7

// Similarity estimates the Jaccard similarity of the texts behind a and b.
func Similarity(a, b Signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// BandKeys returns one key per band; texts sharing a key are candidates.
func BandKeys(s Signature) [Bands]int64 {
	var out [Bands]int64
	var buf [4 * Rows]byte
	for b := range Bands {
		for r := range Rows {
			binary.LittleEndian.PutUint32(buf[4*r:], s[b*Rows+r])
		}
		h := fnv64(string(buf[:])) ^ uint64(b)<<56
		out[b] = int64(h)
	}
	return out
}

// Bytes encodes a signature for storage.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// FromBytes decodes a stored signature.
func FromBytes(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*NumHashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}
