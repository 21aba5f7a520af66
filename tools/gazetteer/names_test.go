package main

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Hyderābād":      "hyderabad",
		"Xankəndi":       "xankendi",
		"Ren’ai Reef":    "renai reef",
		"Be'er Sheva":    "beer sheva",
		"Łódź":           "lodz",
		"Sumqayıt":       "sumqayit",
		"Kam'yanske-Dn.": "kamyanske dn",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	if got := slug("Dadra and Nagar Haveli & Daman"); got != "dadra-and-nagar-haveli-daman" {
		t.Errorf("slug = %q", got)
	}
}

func TestTranslitKey(t *testing.T) {
	same := [][2]string{{"maykop", "maikop"}, {"staryy oskol", "stary oskol"}, {"yekaterinburg", "ekaterinburg"}, {"sargodha", "sargoda"}}
	for _, p := range same {
		if translitKey(p[0]) != translitKey(p[1]) {
			t.Errorf("%q and %q should share a key", p[0], p[1])
		}
	}
	if translitKey("kharkiv") == translitKey("kharkov") {
		t.Error("Kharkiv and Kharkov are different names, not romanisations")
	}
}

func TestPickNative(t *testing.T) {
	alts := []string{"Kiev", "Киев", "Киеву", "Київ", "Кијев", "Кіеў", "Κίεβο", "キーウ"}
	if got := pickNative("Kyiv", alts, nativeLang{"ukr", "Cyrl"}); got != "Київ" {
		t.Errorf("Ukrainian = %q", got)
	}
	if got := pickNative("Kiev", alts, nativeLang{"rus", "Cyrl"}); got != "Киев" {
		t.Errorf("Russian = %q", got)
	}
	// a Georgian alternate that is another name, not Tbilisi, is passed over
	if got := pickNative("Tbilisi", []string{"ქართი", "თბილისი"}, nativeLang{"kat", "Geor"}); got != "თბილისი" {
		t.Errorf("Georgian = %q", got)
	}
	// Arabic with the article, against a Persian spelling
	if got := pickNative("Cairo", []string{"قاهره", "القاهرة"}, nativeLang{"ara", "Arab"}); got != "القاهرة" {
		t.Errorf("Arabic = %q", got)
	}
	if got := pickNative("Mumbai", []string{"बम्बई", "मुंबई"}, nativeLang{"hin", "Deva"}); got != "मुंबई" {
		t.Errorf("Hindi = %q", got)
	}
}

func TestLatinVariants(t *testing.T) {
	alts := []string{"Maikop", "Maykopas", "Majkop", "MAYKOP", "maikopu", "Maykop"}
	got := latinVariants("Maykop", alts, nil, 3)
	if !slices.Equal(got, []string{"Maikop"}) {
		t.Errorf("latinVariants = %q", got)
	}
}

func TestNameList(t *testing.T) {
	l := newNameList("Kyiv")
	l.add("Kiev@RUS", "kiev", "KYIV", "Київ", "", "a;b")
	if !slices.Equal(l.names, []string{"Kiev@RUS", "Київ"}) {
		t.Errorf("names = %q", l.names)
	}
}
