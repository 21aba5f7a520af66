// Package ascii folds the case of ASCII letters only, so that a byte
// offset in the folded text is the same offset in the original
// (strings.ToLower may change the length of a character: "İ" becomes
// three bytes). The keywords looked for this way are all ASCII.
package ascii

// Lower returns s with its ASCII letters lower-cased and every other byte
// as it was.
func Lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
