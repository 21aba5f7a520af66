package coder

import (
	"regexp"
	"slices"
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
// areas and materiel. A pattern runs only on sentences containing one of its words (lower
// case): the regular expressions are slow to fail.
var countPatterns = []struct {
	kind  string
	words []string
	re    *regexp.Regexp
}{
	{"killed", []string{"killed", "dead", "died", "deaths", "fatalities", "eliminated"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+){0,3}?(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:killed|dead|died|deaths|fatalities|eliminated)\b`)},
	{"killed", []string{"killed", "killing", "death of"}, regexp.MustCompile(`(?i)\b(?:killed|killing|death of)\s+` + numRE + `\b`)},
	{"wounded", []string{"wounded", "injured", "hurt"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+){0,3}?(?:were\s+|have\s+been\s+|was\s+)?(?:wounded|injured|hurt)\b`)},
	{"wounded", []string{"wounding", "injuring", "wounded", "injured"}, regexp.MustCompile(`(?i)\b(?:wounding|injuring|wounded|injured)\s+(?:at\s+least\s+)?` + numRE + `\b`)},
	{"victims", []string{"victims", "casualties"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-zA-Z-]+\s+){0,4}?(?:have\s+become\s+|became\s+)?(?:[a-z]+\s+)?(?:victims|casualties)\b`)},
	{"times", []string{"times"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+times\b`)},
	{"area_km2", []string{"square", "sq", "km"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:square\s+kilometers|square\s+kilometres|sq\s*km|km2|km²)\b`)},
	{"shells", []string{"shells", "rounds", "rockets", "missiles"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[0-9]+-mm\s+)?(?:shells|rounds|mortar\s+rounds|rockets|missiles)\b`)},
	{"strikes", []string{"strikes", "attacks", "hits", "impacts", "explosions"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+)?(?:strikes|attacks|shell\s+hits|hits|impacts|explosions)\b`)},
	{"drones", []string{"drones", "uavs"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[a-z-]+\s+)?(?:drones|UAVs)\b`)},
	{"vessels", []string{"vessels", "ships", "boats"}, regexp.MustCompile(`(?i)\b` + numRE + `\s+(?:[A-Za-z-]+\s+){0,3}?(?:vessels|ships|boats)\b`)},
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
	if !s.countsDone {
		s.counts, s.countsDone = sentenceCounts(st, s), true
	}
	ev.Counts = append(ev.Counts, s.counts...)
}

// sentenceCounts finds the counts a sentence states. The patterns run only
// on sentences with a number in them, most have none.
func sentenceCounts(st *docState, s *sent) []rashomon.Count {
	number := false
	for _, t := range s.toks {
		if _, ok := numberWords[t.low]; ok || t.low == "dozen" || (t.low != "" && t.low[0] >= '0' && t.low[0] <= '9') {
			number = true
			break
		}
	}
	if !number {
		return nil
	}
	raw := s.span.Text(st.d.Text)
	low := strings.ToLower(raw)
	var out []rashomon.Count
	seen := map[rashomon.Span]bool{}
	for _, cp := range countPatterns {
		if !slices.ContainsFunc(cp.words, func(w string) bool { return strings.Contains(low, w) }) {
			continue
		}
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
			out = append(out, rashomon.Count{Kind: cp.kind, Value: v, Text: raw[loc[0]:loc[1]], Span: sp, Rule: "count:" + cp.kind})
		}
	}
	return out
}
