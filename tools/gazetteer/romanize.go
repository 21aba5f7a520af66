package main

import (
	"strings"
	"unicode/utf8"
)

// Rough romanisations, only good enough to tell which of several
// unlabelled native spellings sounds like the English name.
var romanTables = map[string]map[rune]string{
	"Cyrl": table("а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya і i ї yi є ye ґ g ў u ј j љ lj њ nj ћ c ђ dj џ dz ә a ғ g қ k ң n ө o ұ u ү u һ h"),
	"Geor": table("ა a ბ b გ g დ d ე e ვ v ზ z თ t ი i კ k ლ l მ m ნ n ო o პ p ჟ zh რ r ს s ტ t უ u ფ p ქ k ღ gh ყ q შ sh ჩ ch ც ts ძ dz წ ts ჭ ch ხ kh ჯ j ჰ h"),
	"Armn": table("ա a բ b գ g դ d ե e զ z է e ը e թ t ժ zh ի i լ l խ kh ծ ts կ k հ h ձ dz ղ gh ճ ch մ m յ y ն n շ sh ո o չ ch պ p ջ j ռ r ս s վ v տ t ր r ց ts ւ u փ p ք k օ o ֆ f և ev"),
	"Grek": table("α a ά a β v γ g δ d ε e έ e ζ z η i ή i θ th ι i ί i ϊ i κ k λ l μ m ν n ξ x ο o ό o π p ρ r σ s ς s τ t υ y ύ y φ f χ ch ψ ps ω o ώ o"),
	"Hebr": table("א _ ב b ג g ד d ה h ו v ז z ח h ט t י y כ k ך k ל l מ m ם m נ n ן n ס s ע _ פ p ף p צ ts ץ ts ק k ר r ש sh ת t"),
	"Arab": table("ا _ ب b ت t ث th ج j ح h خ kh د d ذ dh ر r ز z س s ش sh ص s ض d ط t ظ z ع _ غ gh ف f ق q ك k ل l م m ن n ه h و w ي y ى _ ة h ء _ أ _ إ _ آ _ ؤ _ ئ _ پ p چ ch ژ zh گ g ک k ی y ے y ٹ t ڈ d ڑ r ں n ھ h"),
	"Deva": table("क k ख kh ग g घ gh ङ n च ch छ chh ज j झ jh ञ n ट t ठ th ड d ढ dh ण n त t थ th द d ध dh न n प p फ ph ब b भ bh म m य y र r ल l व v श sh ष sh स s ह h ा a ि i ी i ु u ू u ृ ri े e ै ai ो o ौ au ँ n ् _ ़ _ अ a आ a इ i ई i उ u ऊ u ए e ऐ ai ओ o औ au ऋ ri"),
}

// langTables override a script's table for one language: Ukrainian г
// and и are romanised h and y.
var langTables = map[string]map[rune]string{
	"ukr": table("г h и y"),
}

// romanizeLang romanises s as written in language nl.
func romanizeLang(nl nativeLang, s string) string {
	if t := langTables[nl.Lang]; t != nil {
		var b strings.Builder
		for _, r := range s {
			if l, ok := t[r]; ok {
				b.WriteString(l)
			} else {
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	return romanize(nl.Script, s)
}

// table reads "letter latin letter latin ..."; "_" stands for nothing.
func table(s string) map[rune]string {
	f := strings.Fields(s)
	m := make(map[rune]string, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		r, _ := utf8.DecodeRuneInString(f[i])
		m[r] = strings.ReplaceAll(f[i+1], "_", "")
	}
	return m
}

// romanize writes s in Latin letters, or returns "" when there is no
// table for its script.
func romanize(script, s string) string {
	t := romanTables[script]
	if t == nil {
		return ""
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == 'ं' { // Devanagari anusvara: m before a labial, else n
			if i+1 < len(rs) && strings.ContainsRune("पफबभम", rs[i+1]) {
				b.WriteByte('m')
			} else {
				b.WriteByte('n')
			}
			continue
		}
		if l, ok := t[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var skeletonReplacer = strings.NewReplacer(
	"dzh", "j", "zh", "j", "kh", "k", "gh", "g", "sh", "s", "ch", "c", "ts", "c", "tz", "c",
	"ph", "f", "th", "t", "dh", "d", "ck", "k", "q", "k", "w", "v", "x", "k")

// skeleton reduces a Latin spelling to its consonants, so that spellings
// from scripts that do not write vowels can be compared with it.
func skeleton(s string) string {
	s = skeletonReplacer.Replace(fold(s))
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouyh", r) {
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}
