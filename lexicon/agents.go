package lexicon

import (
	"strings"

	"github.com/rashomon-project/rashomon"
)

// resolveAgents gives a country to agent words that came without one,
// from the document's context, in this order:
//   - "our units": the issuer's country (the document speaks for it);
//   - "the ministry", "the military": the latest earlier actor of the
//     same sector (the description points back to it);
//   - "troops" in "Russia has deployed troops": for state and armed
//     sectors, the nearest earlier actor in the same sentence;
//   - "civilians" in a state institution's statement: its country.
//
// What stays unresolved remains an agent mention with a sector only.
func resolveAgents(d *rashomon.Document, lx *Lexicon) {
	sentOf := func(off int) int {
		for i, s := range d.Sentences {
			if s.Span.Start <= off && off < s.Span.End {
				return i
			}
		}
		return -1
	}
	issuer := d.IssuerActor
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != rashomon.MentionAgent || m.Actor.Country != "" {
			continue
		}
		// "terror camps in Pakistan", "ships from the Philippines"
		if m.Actor.Country == "" {
			after := strings.ToLower(d.Text[m.Span.End:min(len(d.Text), m.Span.End+6)])
			if strings.HasPrefix(after, " in ") || strings.HasPrefix(after, " from ") || strings.HasPrefix(after, " of ") {
				for k := i + 1; k < len(d.Mentions) && k <= i+3; k++ {
					n := d.Mentions[k]
					if n.Span.Start-m.Span.End > 12 {
						break
					}
					if n.Kind == rashomon.MentionActor && n.Actor.Country != "" && (n.Rule == "country-name" || strings.HasPrefix(after, " of ")) {
						m.Actor.Country, m.Rule = n.Actor.Country, m.Rule+"+of"
						break
					}
					// "demonstrators in Baghdad", "police in Lagos": people
					// of the street and the police are the place's country's
					if n.Kind == rashomon.MentionPlace && strings.HasPrefix(after, " in ") && localSectors[m.Actor.Sector] && lx != nil {
						if c := placeCountry(lx, n.EntityID); c != "" {
							m.Actor.Country, m.Rule = c, m.Rule+"+in"
						}
						break
					}
				}
			}
		}
		if m.Actor.Country != "" {
			m.Kind = rashomon.MentionActor
			continue
		}
		before := strings.ToLower(strings.TrimRight(d.Text[max(0, m.Span.Start-8):m.Span.Start], " "))
		switch {
		case strings.HasSuffix(before, "our") && issuer != nil && issuer.Country != "":
			m.Actor.Country, m.Rule = issuer.Country, m.Rule+"+our"
		case strings.HasSuffix(before, "the") && issuer != nil && issuer.Country != "" && issuer.Sector == m.Actor.Sector:
			// "the ministry" in a ministry's statement is that ministry
			m.Actor.Country, m.Rule = issuer.Country, m.Rule+"+issuer"
		case strings.HasSuffix(before, "the"):
			// "the ministry": the same institution named earlier in its own
			// sentence, the first one (the subject is likelier than an
			// object: "the Ministry of Defence of X regrets the statement
			// of the Ministry of Defence of Y, the ministry said" is X's);
			// else the latest earlier actor of its sector
			head := lastWord(m.Text)
			here := sentOf(m.Span.Start)
			found, byHead := -1, false
			for k := i - 1; k >= 0 && sentOf(d.Mentions[k].Span.Start) == here; k-- {
				p := d.Mentions[k]
				if (p.Kind == rashomon.MentionActor || p.Kind == rashomon.MentionPerson) && p.Actor.Country != "" &&
					p.Rule != "country-name" && head != "" && strings.Contains(strings.ToLower(p.Text), head) {
					found, byHead = k, true
				}
			}
			if found < 0 {
				for k := i - 1; k >= 0 && k >= i-40; k-- {
					p := d.Mentions[k]
					if (p.Kind == rashomon.MentionActor || p.Kind == rashomon.MentionPerson) && p.Actor.Country != "" &&
						p.Actor.Sector == m.Actor.Sector {
						found = k
						break
					}
				}
			}
			if found >= 0 {
				p := d.Mentions[found]
				m.Actor.Country, m.Rule = p.Actor.Country, m.Rule+"+antecedent"
				if byHead {
					m.Actor.Sector = p.Actor.Sector
				}
			}
		}
		// "its positions", "their units": the owner is the pronoun's,
		// which the coder resolves, not the sentence's other country
		possessed := strings.HasSuffix(before, "its") || strings.HasSuffix(before, "their") ||
			strings.HasSuffix(before, " his") || strings.HasSuffix(before, " her")
		if m.Actor.Country == "" && !possessed {
			switch m.Actor.Sector {
			case "MIL", "PKO", "GOV", "IRR":
				s := sentOf(m.Span.Start)
				for k := i - 1; k >= 0; k-- {
					p := d.Mentions[k]
					if sentOf(p.Span.Start) != s {
						break
					}
					if p.Kind == rashomon.MentionActor && p.Actor.Country != "" {
						m.Actor.Country, m.Rule = p.Actor.Country, m.Rule+"+sentence"
						break
					}
				}
			case "CVL":
				if issuer != nil && issuer.Country != "" && (issuer.Sector == "GOV" || issuer.Sector == "MIL") {
					m.Actor.Country, m.Rule = issuer.Country, m.Rule+"+issuer"
				}
			}
		}
		if m.Actor.Country != "" {
			m.Kind = rashomon.MentionActor
		}
	}
}

// localSectors are the agents that belong to the country they are in:
// civilians, parties, the police (troops and rebels may be foreign).
var localSectors = map[string]bool{"CVL": true, "PTY": true, "COP": true}

// placeCountry returns the country of a place mention's one place, or ""
// when the place is ambiguous, contested or a de facto entity's.
func placeCountry(lx *Lexicon, id string) string {
	if id == "" || strings.Contains(id, "|") {
		return ""
	}
	p := lx.Place(id)
	if p == nil || p.Contested {
		return ""
	}
	country, entity, _, ok := lx.PlaceFacts(id)
	if !ok || entity != "" {
		return ""
	}
	return country
}

// lastWord returns the last word of a name, lower-cased: its head noun.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,;:’'\"")
}
