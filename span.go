package rashomon

import "sort"

// Span is a half-open byte range [Start, End) in a document's cleaned text,
// unless a field's comment says otherwise.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Text returns the part of text that s covers, clamped to text's bounds.
func (s Span) Text(text string) string {
	a, b := max(0, s.Start), min(len(text), s.End)
	if a >= b {
		return ""
	}
	return text[a:b]
}

// Anchor pairs an offset in a derived text with the offset in the text it
// was derived from.
type Anchor struct {
	Out int `json:"o"` // offset in the derived (cleaned) text
	In  int `json:"i"` // offset in the original text
}

// OffsetMap maps offsets in a cleaned text back to the original text it was
// produced from. It is a sorted list of anchors; between two consecutive
// anchors the map is the identity when both sides advance by the same
// number of bytes, and otherwise the stretch is a replacement whose inner
// offsets map to the replaced stretch's start.
//
// The zero OffsetMap is the identity.
type OffsetMap struct {
	Anchors []Anchor `json:"anchors,omitempty"`
	// OutLen and InLen are the lengths of the two texts; they close the last
	// stretch.
	OutLen int `json:"out_len"`
	InLen  int `json:"in_len"`
}

// Identity returns the identity map for a text of n bytes.
func Identity(n int) OffsetMap { return OffsetMap{OutLen: n, InLen: n} }

func (m OffsetMap) anchors() []Anchor {
	a := make([]Anchor, 0, len(m.Anchors)+2)
	a = append(a, Anchor{0, 0})
	a = append(a, m.Anchors...)
	a = append(a, Anchor{m.OutLen, m.InLen})
	return a
}

// ToOriginal maps an offset in the cleaned text to the original text.
func (m OffsetMap) ToOriginal(off int) int {
	if len(m.Anchors) == 0 {
		return min(max(off, 0), m.InLen)
	}
	a := m.anchors()
	// Last anchor with Out <= off.
	i := sort.Search(len(a), func(i int) bool { return a[i].Out > off }) - 1
	if i < 0 {
		return 0
	}
	if i == len(a)-1 {
		return a[i].In
	}
	lo, hi := a[i], a[i+1]
	if hi.Out-lo.Out == hi.In-lo.In {
		return lo.In + (off - lo.Out)
	}
	if off == lo.Out {
		return lo.In
	}
	return hi.In // inside a replacement: the end of the replaced stretch
}

// SpanToOriginal maps a span of the cleaned text to the original text. A
// span that starts or ends inside a replacement widens to cover it.
func (m OffsetMap) SpanToOriginal(s Span) Span {
	start := m.ToOriginal(s.Start)
	if len(m.Anchors) > 0 {
		// Widen the start to the beginning of a replacement it falls into.
		a := m.anchors()
		i := sort.Search(len(a), func(i int) bool { return a[i].Out > s.Start }) - 1
		if i >= 0 && i < len(a)-1 {
			lo, hi := a[i], a[i+1]
			if hi.Out-lo.Out != hi.In-lo.In {
				start = lo.In
			}
		}
	}
	end := m.toOriginalLeft(s.End)
	if end < start {
		end = start
	}
	return Span{start, end}
}

// toOriginalLeft is ToOriginal biased to the left at a deletion: the end of
// a span that touches removed text does not swallow it.
func (m OffsetMap) toOriginalLeft(off int) int {
	if len(m.Anchors) == 0 {
		return m.ToOriginal(off)
	}
	a := m.anchors()
	i := sort.Search(len(a), func(i int) bool { return a[i].Out >= off })
	if i < len(a) && a[i].Out == off {
		return a[i].In
	}
	return m.ToOriginal(off)
}

// FromOriginal maps an offset in the original text to the cleaned text. An
// offset inside a stretch that cleaning removed or replaced maps to the
// start of what replaced it.
func (m OffsetMap) FromOriginal(off int) int {
	if len(m.Anchors) == 0 {
		return min(max(off, 0), m.OutLen)
	}
	a := m.anchors()
	i := sort.Search(len(a), func(i int) bool { return a[i].In > off }) - 1
	if i < 0 {
		return 0
	}
	if i == len(a)-1 {
		return a[i].Out
	}
	lo, hi := a[i], a[i+1]
	if hi.Out-lo.Out == hi.In-lo.In {
		return lo.Out + (off - lo.In)
	}
	if off == lo.In {
		return lo.Out
	}
	return hi.Out
}

// Then composes two maps: m maps a middle text to the original, next maps a
// newer text to the middle one. The result maps the newer text straight to
// the original.
func (m OffsetMap) Then(next OffsetMap) OffsetMap {
	if len(m.Anchors) == 0 && m.OutLen == m.InLen {
		return OffsetMap{Anchors: next.Anchors, OutLen: next.OutLen, InLen: next.InLen}
	}
	if len(next.Anchors) == 0 && next.OutLen == next.InLen {
		return OffsetMap{Anchors: m.Anchors, OutLen: next.OutLen, InLen: m.InLen}
	}
	var out []Anchor
	// Anchors of next, carried through m.
	for _, a := range next.Anchors {
		out = append(out, Anchor{Out: a.Out, In: m.ToOriginal(a.In)})
	}
	// Anchors of m that fall inside identity stretches of next, or at its
	// very end.
	na := next.anchors()
	for _, a := range m.Anchors {
		i := sort.Search(len(na), func(i int) bool { return na[i].In > a.Out }) - 1
		if i < 0 {
			continue
		}
		if i == len(na)-1 {
			if a.Out == na[i].In {
				out = append(out, Anchor{Out: na[i].Out, In: a.In})
			}
			continue
		}
		lo, hi := na[i], na[i+1]
		if hi.Out-lo.Out == hi.In-lo.In {
			out = append(out, Anchor{Out: lo.Out + (a.Out - lo.In), In: a.In})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Out != out[j].Out {
			return out[i].Out < out[j].Out
		}
		return out[i].In < out[j].In
	})
	// Drop duplicates.
	res := out[:0]
	for i, a := range out {
		if i > 0 && a == out[i-1] {
			continue
		}
		res = append(res, a)
	}
	return OffsetMap{Anchors: res, OutLen: next.OutLen, InLen: m.InLen}
}
