package text

import "strings"

// abbreviations never end a sentence when followed by a capitalised word:
// titles and ranks before names, months before numbers, and the like.
var abbreviations = setOf(
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Rev", "Hon",
	"Gen", "Col", "Lt", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Amb", "Pres", "Min", "Dep", "Supt", "Insp",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"No", "Nos", "Art", "Arts", "Vol", "Vols", "Ch", "Sec", "Para", "Fig", "pp", "p", "cf", "vs", "v", "approx", "est", "ca",
	"Ave", "Blvd", "Rd", "Str",
	"e.g", "i.e", "viz", "al",
)

// sentenceFinalAbbreviations may end a sentence: they do when the next word
// is a usual sentence opener.
var sentenceFinalAbbreviations = setOf("etc", "a.m", "p.m", "Inc", "Ltd", "Co", "Corp", "U.S", "U.K", "U.N", "E.U", "U.S.A", "Jr", "Sr")

// openers are capitalised words that usually start a sentence rather than
// continue a name.
var openers = setOf("The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That", "These",
	"Those", "There", "But", "And", "However", "Meanwhile", "According", "As", "After", "Before", "When", "While", "If",
	"Its", "His", "Her", "Their", "Our", "Earlier", "Later", "Also", "Moreover", "Furthermore", "Thus", "Therefore")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isAbbrev reports whether word (without its final period) is a known
// abbreviation or an initialism written with periods ("U.S", "J").
func isAbbrev(word string) bool {
	if abbreviations[word] || sentenceFinalAbbreviations[word] {
		return true
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true // an initial
	}
	// Initialisms: letters separated by periods.
	if strings.Count(word, ".") >= 1 {
		for _, part := range strings.Split(word, ".") {
			if len(part) != 1 {
				return false
			}
		}
		return true
	}
	return false
}
