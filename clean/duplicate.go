package clean

import (
	"strings"
)

// dupHeadLines bounds how far down a repeated title or teaser is looked for.
const dupHeadLines = 12

// collapseDuplicates removes, near the top of a text, a line that repeats
// an earlier one (a title printed twice) and a teaser: a line that is the
// beginning of what follows it (the title run into the first words of the
// lede, often cut mid-word), since the full text appears below.
func collapseDuplicates(p *pass) {
	s := p.in
	var lines []line
	for _, l := range splitLines(s) {
		if strings.TrimSpace(s[l.start:l.end]) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 2 {
		return
	}
	// only the head's lines are compared, each with the few after it
	lines = lines[:min(len(lines), 2*dupHeadLines+3)]
	norm := make([]string, len(lines))
	for i, l := range lines {
		norm[i] = squash(s[l.start:l.end])
	}
	seen := map[string]int{}
	dropped := make([]bool, len(lines))
	for i := 0; i < len(lines) && i < dupHeadLines; i++ {
		n := norm[i]
		if j, ok := seen[n]; ok && len(n) >= 8 {
			_ = j
			dropped[i] = true
			p.replace(lines[i].start, lineEnd(s, lines[i]), "", "duplicate", "repeated-line", true)
			continue
		}
		seen[n] = i
		if i+1 < len(lines) && !repeatedLater(n, norm, i) && isTeaser(n, norm, i, dropped) {
			dropped[i] = true
			p.replace(lines[i].start, lineEnd(s, lines[i]), "", "duplicate", "teaser", true)
		}
	}
}

// repeatedLater reports whether line i appears again verbatim further
// down: then it is a title printed twice, and the later copy goes.
func repeatedLater(t string, norm []string, i int) bool {
	for j := i + 1; j < len(norm) && j <= i+dupHeadLines; j++ {
		if norm[j] == t {
			return true
		}
	}
	return false
}

func lineEnd(s string, l line) int {
	if l.end < len(s) {
		return l.end + 1
	}
	return l.end
}

// isTeaser reports whether line i is a prefix of the text formed by later
// lines, optionally preceded by an earlier line (the title): "Title Lede
// words cut mid-w" repeats "Title" and the start of the lede paragraph.
func isTeaser(t string, norm []string, i int, dropped []bool) bool {
	t = strings.TrimRight(t, ".… ")
	if len(t) < 40 {
		return false
	}
	// Allow the last word to be cut short.
	cut := t
	if k := strings.LastIndexByte(t, ' '); k > 0 {
		cut = t[:k]
	}
	var prefixes []string
	prefixes = append(prefixes, "")
	for j := 0; j < i; j++ {
		if !dropped[j] {
			prefixes = append(prefixes, norm[j]+" ")
		}
	}
	for j := i + 1; j < len(norm) && j <= i+dupHeadLines; j++ {
		// Join up to three following lines: a title line may sit between.
		body := norm[j]
		for k := j + 1; k < len(norm) && k <= j+2 && len(body) < len(t)+1; k++ {
			body += " " + norm[k]
		}
		for _, pre := range prefixes {
			if !joinedHasPrefix(pre, body, cut) && !joinedHasPrefix(pre, norm[j], cut) {
				continue // the check below fails for both, without joining them
			}
			for _, cand := range []string{pre + body, pre + norm[j]} {
				if len(cand) > len(t) && strings.HasPrefix(cand, cut) && strings.HasPrefix(cand, t[:len(cut)]) &&
					isWordPrefix(cand, t) {
					return true
				}
			}
		}
	}
	return false
}

// joinedHasPrefix reports whether a+b begins with p.
func joinedHasPrefix(a, b, p string) bool {
	if len(a) >= len(p) {
		return strings.HasPrefix(a, p)
	}
	return strings.HasPrefix(p, a) && strings.HasPrefix(b, p[len(a):])
}

// isWordPrefix reports whether t is cand's beginning, allowing t's last
// word to be cut short.
func isWordPrefix(cand, t string) bool {
	if strings.HasPrefix(cand, t) {
		return true
	}
	k := strings.LastIndexByte(t, ' ')
	if k < 0 {
		return false
	}
	return strings.HasPrefix(cand, t[:k+1]) && strings.HasPrefix(cand[k+1:], t[k+1:])
}

// squash collapses whitespace for comparison.
func squash(s string) string {
	return strings.Join(strings.Fields(s), " ") // Fields splits at unicode.IsSpace, quicker on ASCII
}
