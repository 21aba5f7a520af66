package coder

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// number words up to twenty, and the tens
var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "hundred": 100, "dozens": 24, "a dozen": 12, "several": 3}

const numRE = `(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozens|a dozen|several)`

// countPatterns read numbers attached to events: casualties, repetitions,
// areas and materiel.
var countPatterns = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"killed", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+){0,3}?(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:killed|dead|died|deaths|fatalities|eliminated)\b`)},
	{"killed", regexp.MustCompile(`(?i)\b(?:killed|killing|death of)\s+` + numRE + `\b`)},
	{"wounded", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+){0,3}?(?:were\s+|have\s+been\s+|was\s+)?(?:wounded|injured|hurt)\b`)},
	{"wounded", regexp.MustCompile(`(?i)\b(?:wounding|injuring)\s+` + numRE + `\b`)},
	{"victims", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-zA-Z-]+\s+){0,4}?(?:have\s+become\s+|became\s+)?(?:[a-z]+\s+)?(?:victims|casualties)\b`)},
	{"times", regexp.MustCompile(`(?i)\b` + numRE + `\s+times\b`)},
	{"area_km2", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:square\s+kilometers|square\s+kilometres|sq\s*km|km2|km²)\b`)},
	{"shells", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[0-9]+-mm\s+)?(?:shells|rounds|mortar\s+rounds|rockets|missiles)\b`)},
	{"strikes", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+)?(?:strikes|attacks|shell\s+hits|hits|impacts|explosions)\b`)},
	{"drones", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+)?(?:drones|UAVs)\b`)},
	{"vessels", regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[A-Za-z-]+\s+){0,3}?(?:vessels|ships|boats)\b`)},
}

func parseNumber(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// counts attaches the numbers of a sentence to an event.
func counts(st *docState, s *sent, ev *rashomon.Event) {
	raw := s.span.Text(st.d.Text)
	seen := map[rashomon.Span]bool{}
	for _, cp := range countPatterns {
		for _, loc := range cp.re.FindAllStringSubmatchIndex(raw, -1) {
			v, ok := parseNumber(raw[loc[2]:loc[3]])
			if !ok {
				continue
			}
			sp := rashomon.Span{Start: s.span.Start + loc[0], End: s.span.Start + loc[1]}
			if seen[sp] {
				continue
			}
			seen[sp] = true
			ev.Counts = append(ev.Counts, rashomon.Count{Kind: cp.kind, Value: v, Text: raw[loc[0]:loc[1]], Span: sp, Rule: "count:" + cp.kind})
		}
	}
}
