package main

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var foldMap = func() map[rune]string {
	m := map[rune]string{}
	for _, item := range strings.Fields(foldPairs) {
		r, size := utf8.DecodeRuneInString(item)
		m[r] = item[size:]
	}
	// Typographic apostrophes and the ayn/hamza letters of romanised
	// Arabic vanish, like the ASCII apostrophe.
	for _, r := range "‘’ʻʼʾʿ´" {
		m[r] = ""
	}
	return m
}()

// fold lowercases s, strips diacritics from Latin letters and reduces
// every run of other characters to one space, for comparing spellings.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if rep, ok := foldMap[r]; ok {
			b.WriteString(rep)
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if !space && b.Len() > 0 {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// slug turns a name into a lowercase ASCII id part.
func slug(s string) string {
	var b strings.Builder
	for _, r := range fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// levenshtein is the edit distance between two rune strings.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// distance is the edit distance of two folded spellings divided by the
// longer length: 0 for equal, 1 for nothing in common.
func distance(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if n == 0 {
		return 0
	}
	return float64(levenshtein(ra, rb)) / float64(n)
}

// scripts tested by scriptOf, in order.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latn", unicode.Latin}, {"Cyrl", unicode.Cyrillic}, {"Arab", unicode.Arabic},
	{"Hani", unicode.Han}, {"Kana", unicode.Hiragana}, {"Kana", unicode.Katakana},
	{"Hang", unicode.Hangul}, {"Armn", unicode.Armenian}, {"Geor", unicode.Georgian},
	{"Hebr", unicode.Hebrew}, {"Grek", unicode.Greek}, {"Deva", unicode.Devanagari},
	{"Beng", unicode.Bengali}, {"Guru", unicode.Gurmukhi}, {"Gujr", unicode.Gujarati},
	{"Orya", unicode.Oriya}, {"Taml", unicode.Tamil}, {"Telu", unicode.Telugu},
	{"Knda", unicode.Kannada}, {"Mlym", unicode.Malayalam}, {"Sinh", unicode.Sinhala},
	{"Thai", unicode.Thai}, {"Laoo", unicode.Lao}, {"Khmr", unicode.Khmer},
	{"Mymr", unicode.Myanmar}, {"Ethi", unicode.Ethiopic}, {"Tibt", unicode.Tibetan},
	{"Thaa", unicode.Thaana}, {"Mong", unicode.Mongolian},
}

// scriptOf names the one script all letters of s are written in ("Jpan"
// for Han mixed with kana), or "" when s has no letters or mixes scripts.
func scriptOf(s string) string {
	seen := map[string]bool{}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		found := ""
		for _, sc := range scripts {
			if unicode.Is(sc.table, r) {
				found = sc.name
				break
			}
		}
		if found == "" {
			return ""
		}
		seen[found] = true
	}
	switch {
	case len(seen) == 1:
		for k := range seen {
			return k
		}
	case len(seen) == 2 && seen["Hani"] && seen["Kana"]:
		return "Jpan"
	}
	return ""
}

// Letters that rule a spelling in or out for one language of a script.
// Keys are the ISO 639-3 codes world-countries uses.
var (
	langMust = map[string]string{ // letters of this language: a spelling with them is preferred
		"ukr": "іїєґь",
		"rus": "ыэёь",
		"bel": "ўі",
		"urd": "ٹڈڑںےھ",
		"ara": "ةأإآ",
		"pus": "ټډړږښګځڅڼۍ",
		"ckb": "ۆێەڵڕ",
		"kaz": "әғқңөұүһі",
		"kir": "ңөү",
		"tgk": "ғӣқӯҳҷ",
		"mon": "өү",
		"aze": "əƏ",
		"tur": "ğışİ",
		"pol": "łąęśźżńó",
		"ces": "ěřůčšž",
		"slk": "ľĺŕôäčšž",
		"ron": "șțăâîşţ",
		"hun": "őűáéö",
		"vie": "ơưđăâêô",
		"deu": "äöüß",
		"lit": "ąčęėįšųūž",
		"lav": "āēīūķļņģčšž",
		"hrv": "čćđšž",
		"slv": "čšž",
		"sqi": "ëç",
		"est": "õäöü",
		"isl": "þðæ",
	}
	langMustNot = map[string]string{ // a spelling must hold none of these
		"rus": "іїєґўјљњћђџѓќәғқңөұүһҳҷӣӯъѣꙗѧѫѡІ",
		"ukr": "ыэъёўјљњћђџѓќһәғқңөұү",
		"bel": "иїєґщъјљњћђџ",
		"bul": "ыэёіїєґўјљњћђџ",
		"srp": "ыэъёіїєґўщ",
		"mkd": "ыэъёіїєґўщђћ",
		"ara": "پچژگکیۀےٹڈڑںھۆێەېۇۋټډړږښګځڅڼۍہۃ",
		"per": "يكےٹڈڑںۆێەېۇۋټډړږښګځڅڼۍ",
		"prs": "يكےٹڈڑںۆێەېۇۋټډړږښګځڅڼۍ",
		"urd": "يكۆێەېۇۋټډړږښګځڅڼۍ",
		"pus": "يكےٹڈڑںۆێەۇۋ",
		"heb": "",
	}
)

// nativeLang is one language of a country with the script it is written in.
type nativeLang struct {
	Lang, Script string
}

// pickNative chooses the spelling of a place in one language from the
// unlabelled alternate names: same script and allowed letters; then,
// where the script can be romanised, the one that sounds most like the
// English name (none if all are far from it); then one with the
// language's own letters; then the bare form of a Chinese or Japanese name that
// also occurs with 市 ("city"); then the shortest.
func pickNative(name string, alts []string, nl nativeLang) string {
	var cands []string
	for _, a := range alts {
		sc := scriptOf(a)
		if sc != nl.Script && !(nl.Script == "Jpan" && sc == "Hani") {
			continue
		}
		if strings.ContainsAny(a, langMustNot[nl.Lang]) || strings.ContainsAny(a, "()[]/;@,") || langReject(nl.Lang, a) {
			continue
		}
		cands = append(cands, a)
	}
	if len(cands) == 0 {
		return ""
	}
	dist := map[string]float64{}
	if romanTables[nl.Script] != nil {
		// alphabets write vowels, so compare whole spellings; for abjads
		// and Devanagari compare consonants only
		norm := fold
		if nl.Script == "Arab" || nl.Script == "Hebr" || nl.Script == "Deva" {
			norm = skeleton
		}
		key := norm(name)
		if nl.Script == "Arab" {
			key = norm(stripArticle(name))
		}
		var near []string
		for _, c := range cands {
			r := romanizeLang(nl, c)
			if nl.Script == "Arab" {
				r = romanizeLang(nl, strings.TrimPrefix(c, "ال"))
			}
			d := distance(norm(r), key)
			if d <= 0.5 {
				near = append(near, c)
				dist[c] = d
			}
		}
		cands = near
		if len(cands) == 0 {
			return ""
		}
	}
	set := map[string]bool{}
	for _, c := range cands {
		set[c] = true
	}
	must := langMust[nl.Lang]
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if dist[a] != dist[b] {
			return dist[a] < dist[b]
		}
		if must != "" {
			ma, mb := strings.ContainsAny(a, must), strings.ContainsAny(b, must)
			if ma != mb {
				return ma
			}
		}
		ca, cb := set[a+"市"], set[b+"市"]
		if ca != cb {
			return ca
		}
		la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		if la != lb {
			return la < lb
		}
		return a < b
	})
	return cands[0]
}

// latinVariants picks up to n other Latin spellings of name that English
// text may use: ASCII (or with the letters of the country's own
// Latin-script languages), capitalised, another romanisation of the same
// sounds, and not the name with a foreign case or language ending.
func latinVariants(name string, alts []string, langs []nativeLang, n int) []string {
	key := fold(name)
	var marks string
	for _, nl := range langs {
		if nl.Script == "Latn" {
			marks += langMust[nl.Lang]
		}
	}
	type cand struct {
		s      string
		d      float64
		marked bool
	}
	seen := map[string]bool{key: true}
	var cands []*cand
	for _, a := range alts {
		if utf8.RuneCountInString(a) < 4 || scriptOf(a) != "Latn" || strings.ContainsAny(a, "()[]/;@,.0123456789") {
			continue
		}
		first, _ := utf8.DecodeRuneInString(a)
		if !unicode.IsUpper(first) || strings.ToUpper(a) == a {
			continue // romanisations from other languages are lowercase; codes are all caps
		}
		marked := marks != "" && strings.ContainsAny(a, marks)
		if !marked && !isASCII(a) {
			continue
		}
		k := fold(a)
		if seen[k] || strings.Contains(k, " ") != strings.Contains(key, " ") || k[0] != key[0] {
			continue
		}
		if strings.ContainsAny(a, "'’") && !strings.ContainsAny(name, "'’") {
			continue
		}
		if strings.HasPrefix(k, key) && len(k)-len(key) <= 3 {
			continue // an inflected or foreign form of the name
		}
		if strings.HasPrefix(key, k) && len(key)-len(k) == 1 {
			continue // the name without its last letter: Shenyan, Penz
		}
		if len(k) == len(key) && k[:len(k)-1] == key[:len(key)-1] && !marked {
			continue // another ending: Puna, Madura
		}
		if !marked && foreignSpelling(k, key) {
			continue
		}
		if translitKey(k) != translitKey(key) {
			continue // not merely another romanisation of the same sounds
		}
		d := distance(k, key)
		seen[k] = true
		cands = append(cands, &cand{s: a, d: d, marked: marked})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.marked != b.marked {
			return a.marked
		}
		if a.d != b.d {
			return a.d < b.d
		}
		return a.s < b.s
	})
	var out []string
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.s)
	}
	return out
}

var translitReplacer = strings.NewReplacer(
	"dzh", "j", "tch", "ch", "kh", "h", "gh", "g", "dh", "d", "th", "t", "ph", "f", "zh", "j", "dj", "j",
	"tz", "ts", "ou", "u", "oo", "u", "ee", "i", "ck", "k", "q", "k", "w", "v",
	"iy", "i", "yi", "i", "ii", "i", "ij", "i", "ie", "e", "ye", "e", "y", "i", "-", " ")

// translitKey maps spellings that differ only in how a romanisation
// system writes the same sounds (Maykop/Maikop, Staryy/Stary,
// Yekaterinburg/Ekaterinburg, Sargodha/Sargoda) to the same key.
func translitKey(folded string) string {
	s := translitReplacer.Replace(folded)
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// foreignPatterns are letter groups of German, Slavic, Hungarian or
// Russian-based romanisation that English spellings rarely have.
var foreignPatterns = []string{"bkh", "tkh", "dkh", "gkh", "pkh", "ckh", "kkh", "jkh", "dz", "lj", "nj", "sj",
	"cj", "tj", "zj", "kj", "gj", "mj", "vj", "ij", "uj", "aj", "ej", "oj", "cz", "sz", "cs", "zs", "tsch", "sch", "ou"}

// foreignSpelling says whether variant (folded) looks like another
// language's romanisation of key: it has a letter group key lacks, or it
// differs only by swapping letters that languages romanise differently.
func foreignSpelling(variant, key string) bool {
	for _, p := range foreignPatterns {
		if strings.Contains(variant, p) && !strings.Contains(key, p) {
			return true
		}
	}
	if len(variant) != len(key) {
		return false
	}
	swaps := map[[2]byte]bool{{'v', 'w'}: true, {'w', 'v'}: true, {'y', 'j'}: true, {'j', 'y'}: true,
		{'i', 'j'}: true, {'c', 'k'}: true, {'k', 'c'}: true, {'s', 'z'}: true, {'z', 's'}: true, {'i', 'y'}: true}
	for i := 0; i < len(key); i++ {
		if variant[i] != key[i] && !swaps[[2]byte{key[i], variant[i]}] {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// nameList collects the alternate names of one row: no repeats (compared
// without case and without the "@sides" tag), never the canonical name,
// at most maxNames.
type nameList struct {
	canon string
	seen  map[string]bool
	names []string
}

func newNameList(canon string) *nameList {
	return &nameList{canon: canon, seen: map[string]bool{strings.ToLower(canon): true}}
}

func (l *nameList) add(names ...string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		bare, _, _ := strings.Cut(n, "@")
		if bare == "" || strings.ContainsAny(n, "\t\n;") || len(l.names) >= maxNames {
			continue
		}
		k := strings.ToLower(bare)
		if l.seen[k] {
			continue
		}
		l.seen[k] = true
		l.names = append(l.names, n)
	}
}

// stripArticle drops a romanised Arabic article ("Al ", "El-", "Ad ").
func stripArticle(name string) string {
	for _, p := range []string{"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "adh"} {
		if len(name) > len(p)+1 && strings.EqualFold(name[:len(p)], p) && (name[len(p)] == ' ' || name[len(p)] == '-') {
			return name[len(p)+1:]
		}
	}
	return name
}

// langReject rules out spellings by letter sequences: Ukrainian endings
// in Russian, a mid-word ta marbuta (Kurdish usage) in Arabic.
func langReject(lang, s string) bool {
	switch lang {
	case "rus":
		return strings.Contains(s, "ськ") || strings.Contains(s, "цьк") || strings.Contains(s, "ьск")
	case "ara":
		rs := []rune(s)
		for i, r := range rs {
			if r == 'ة' && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
				return true
			}
		}
	}
	return false
}
