package coder

import (
	"strings"

	"github.com/rashomon-project/rashomon"
)

// kindRank orders place kinds from most to least specific; an event is
// located at the most specific place its sentence attaches to it.
var kindRank = map[string]int{
	"village": 1, "settlement": 1, "checkpoint": 1, "bridge": 1, "facility": 1, "base": 1, "shoal": 1, "reef": 1,
	"height": 1, "pass": 1, "dam": 1, "port": 1, "airport": 1, "island": 2, "town": 2, "city": 2, "road": 2,
	"corridor": 3, "district": 3, "valley": 3, "mountain": 3, "river": 3, "reservoir": 3, "lake": 3, "islands": 3,
	"strait": 4, "bay": 4, "zone": 4, "line": 5, "border": 5, "region": 5, "sea": 6,
}

// locative words before a place attach it to the event.
var locatives = map[string]bool{"in": true, "near": true, "at": true, "on": true, "along": true, "toward": true,
	"towards": true, "around": true, "outside": true, "inside": true, "into": true, "across": true, "from": true,
	"of": true, "off": true, "over": true, "within": true, "by": true, "direction": true, "directions": true,
	"area": true, "vicinity": true, "territory": true, "sector": true, "to": true}

// locate sets the event's location: the most specific place in a
// locative phrase of its sentence, nearest the trigger; countries are
// targets or owners, never locations. A sentence with no place inherits
// the previous event's place in the same paragraph when the type is the
// same (the account goes on about the same spot).
func (c *Coder) locate(st *docState, s *sent, ev *rashomon.Event) {
	type cand struct {
		mi, k, rank, dist int
	}
	var best *cand
	seen := map[int]bool{}
	for k, t := range s.toks {
		if t.place < 0 || seen[t.place] {
			continue
		}
		seen[t.place] = true
		m := s.mention(t.place)
		if m.Rule == "dateline" || c.places == nil {
			continue
		}
		_, _, kind, ok := c.places.PlaceFacts(m.EntityID)
		if !ok || kind == "country" {
			continue
		}
		// a place inside an actor's name ("Artsakh Defense Army") is no location
		if t.actor >= 0 && s.mention(t.actor).Span.Len() > m.Span.Len() {
			continue
		}
		attached := false
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if locatives[s.toks[j].low] {
				attached = true
				break
			}
			if !isDetLike(s.toks[j]) && s.toks[j].place < 0 && s.toks[j].Text != "," && s.toks[j].low != "and" {
				break
			}
		}
		if !attached && k+1 < len(s.toks) && (s.toks[k+1].low == "direction" || s.toks[k+1].low == "directions" || s.toks[k+1].low == "sector" || s.toks[k+1].low == "region" || s.toks[k+1].low == "district") {
			attached = true
		}
		if !attached || inDocumentTopic(s, k) || !strings.HasSuffix(ev.Rule, "(noun)") && ev.Type != rashomon.REQUEST && ev.Type != rashomon.AGREE && afterAnotherVerb(s, ev.Trigger.End, k) {
			continue
		}
		rank, ok := kindRank[kind]
		if !ok {
			rank = 4
		}
		dist := t.Span.Start - ev.Trigger.Start
		if dist < 0 {
			dist = -dist + 40 // after the verb first
		}
		cd := &cand{mi: t.place, k: k, rank: rank, dist: dist}
		if best == nil || cd.rank < best.rank || (cd.rank == best.rank && cd.dist < best.dist) {
			best = cd
		}
	}
	if best != nil {
		// "in the territory of Dashkasan, Kalbajar and Lachin regions":
		// of a list of places the first leads
		for j := best.k - 1; j >= 0; j-- {
			t := s.toks[j]
			if t.place >= 0 && t.place != best.mi {
				if _, _, kind, ok := c.places.PlaceFacts(s.mention(t.place).EntityID); ok && kindRank[kind] == best.rank {
					best = &cand{mi: t.place, k: j, rank: best.rank}
				}
				continue
			}
			if t.Text != "," && t.low != "and" && t.place != best.mi {
				break
			}
		}
		m := s.mention(best.mi)
		p, _ := c.places.PlaceByID(m.EntityID)
		ev.Location = &rashomon.Location{Place: p, Text: m.Text, Span: m.Span, Precision: precisionOf(p.Kind), Rule: "locative-phrase"}
		return
	}
	// what an act is done to, when it is a place: "shelled the nuclear
	// power plant", "blocked the Lachin road"
	if material[ev.Type] && c.places != nil {
		k := 0
		for k < len(s.toks) && s.toks[k].Span.Start < ev.Trigger.End {
			k++
		}
		for j := k; j < len(s.toks) && j < k+4; j++ {
			t := s.toks[j]
			if t.place >= 0 {
				m := s.mention(t.place)
				if _, _, kind, ok := c.places.PlaceFacts(m.EntityID); ok && kind != "country" && m.Rule != "dateline" {
					p, _ := c.places.PlaceByID(m.EntityID)
					ev.Location = &rashomon.Location{Place: p, Text: m.Text, Span: m.Span, Precision: precisionOf(p.Kind), Rule: "object-place"}
					return
				}
				break
			}
			if !isDetLike(t) {
				break
			}
		}
	}
	// a force named by where it serves ("the Russian peacekeeping
	// contingent in Nagorno-Karabakh") acts there
	// ("the command of the ... contingent in ...": a mention of the
	// source's side before the trigger)
	var served []string
	if ev.Source != nil && c.places != nil {
		served = append(served, ev.Source.Text)
		for _, t := range s.toks {
			if t.Span.Start >= ev.Trigger.Start {
				break
			}
			if t.actor >= 0 && s.mention(t.actor).Actor.Country == ev.Source.Actor.Country {
				served = append(served, s.mention(t.actor).Text)
			}
		}
	}
	for _, txt := range served {
		if i := strings.LastIndex(txt, " in "); i > 0 {
			name := strings.TrimSpace(txt[i+4:])
			for _, m := range st.d.Mentions {
				if m.Kind != rashomon.MentionPlace || m.Rule == "dateline" || !strings.EqualFold(m.Text, name) {
					continue
				}
				if _, _, kind, ok := c.places.PlaceFacts(m.EntityID); ok && kind != "country" {
					p, _ := c.places.PlaceByID(m.EntityID)
					ev.Location = &rashomon.Location{Place: p, Text: name, Precision: precisionOf(p.Kind), Rule: "where-the-actor-serves"}
					return
				}
			}
		}
	}
	if pe := st.lastEvent; pe != nil && pe.Location != nil && pe.Type == ev.Type && pe.Sentence >= s.index-3 &&
		st.d.Sentences[pe.Sentence].Para == st.d.Sentences[s.index].Para {
		loc := *pe.Location
		loc.Rule = "previous-event-place"
		ev.Location = &loc
	}
}

func precisionOf(kind string) string {
	switch kindRank[kind] {
	case 1, 2:
		return "point"
	case 0:
		return "approximate"
	}
	return "area"
}

// talkNouns, with the documents (docNouns), name what a place can be the
// subject of: "the Agreement on the joint use of the Azov Sea", "talks on
// Karabakh".
var talkNouns = map[string]bool{"law": true, "talks": true, "negotiations": true, "issue": true, "question": true}

// inDocumentTopic reports whether the place at token k is the subject of a
// document or of talks named before it, rather than where something
// happened.
func inDocumentTopic(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := s.toks[j]
		switch {
		case t.low == "on" || t.low == "of" || t.low == "concerning" || t.low == "regarding":
			if j > 0 && (docNouns[s.toks[j-1].low] || talkNouns[s.toks[j-1].low]) {
				return true
			}
		case isDetLike(t) || t.place >= 0 || strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.low == "and" || t.Text == ",":
		default:
			return false
		}
	}
	return false
}

// afterAnotherVerb reports a place at token k that follows another verb
// after the trigger (ending at byte trigEnd): "seized in the Black Sea ...
// will be convoyed to the port of Kerch" puts Kerch on the convoy. (A
// demand is about where what it demands is to happen: "urged the troops
// to withdraw from the area" is placed there.)
func afterAnotherVerb(s *sent, trigEnd, k int) bool {
	for j := 0; j < k; j++ {
		t := s.toks[j]
		if t.Span.Start < trigEnd {
			continue
		}
		if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "VB") && t.place < 0 && t.actor < 0 {
			return true
		}
	}
	return false
}
