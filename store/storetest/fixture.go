package storetest

import (
	"fmt"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/reprint"
)

// The fixture is six documents made by hand, with the fields the pipeline
// fills: two sides' statements on one shelling near Aghdam (d1, d2), a
// reprint of the first (d3), an international organisation's statement
// with date ranges (d4), an undated note (d5) and an older statement with
// two events between the same pair of actors (d6). Ten events in all.

// Places of the fixture; Gyumri has no coordinates.
func aghdam() rashomon.Place {
	return rashomon.Place{ID: "p-aghdam", Name: "Aghdam", Kind: "city", Country: "AZE", Lat: ptr(39.99),
		Lon: ptr(46.93), Names: []string{"Akna"}, Contested: true}
}

func shusha() rashomon.Place {
	return rashomon.Place{ID: "p-shusha", Name: "Shusha", Kind: "city", Country: "AZE", Lat: ptr(39.76),
		Lon: ptr(46.75), Names: []string{"Shushi"}, Contested: true}
}

func gyumri() rashomon.Place {
	return rashomon.Place{ID: "p-gyumri", Name: "Gyumri", Kind: "city", Country: "ARM"}
}

func ptr[T any](v T) *T { return &v }

// actor parses an actor code the fixture knows to be valid.
func actor(code string) rashomon.ActorRef {
	a, ok := rashomon.ParseActorCode(code)
	if !ok {
		panic("storetest: bad actor code " + code)
	}
	return a
}

func date(s string) rashomon.Date {
	d, err := rashomon.ParseDate(s)
	if err != nil {
		panic("storetest: " + err.Error())
	}
	return d
}

// newDoc makes a document of sentences, one paragraph each, cleaned from a
// source with doubled spaces between them, signed for reprint detection.
func newDoc(id, title string, sents ...string) *rashomon.Document {
	d := &rashomon.Document{ID: id, Origin: "fixture/" + id + ".txt", Format: rashomon.FormatText, Title: title,
		DateStatus: rashomon.DateFromMeta, IngestedAt: "2024-01-02T03:04:05Z", RuleSet: "rules-1"}
	var text, source strings.Builder
	for i, s := range sents {
		if i > 0 {
			text.WriteString("\n\n")
			source.WriteString("\n\n  ")
			d.Map.Anchors = append(d.Map.Anchors,
				rashomon.Anchor{Out: text.Len(), In: source.Len()})
			d.Changes = append(d.Changes, rashomon.Change{Kind: "whitespace", Rule: "indent",
				Source: rashomon.Span{Start: source.Len() - 2, End: source.Len()}, Before: "  "})
		}
		start := text.Len()
		text.WriteString(s)
		source.WriteString(s)
		d.Sentences = append(d.Sentences, rashomon.Sentence{Index: i, Span: rashomon.Span{Start: start, End: text.Len()},
			Kind: rashomon.SentBody, Para: i})
	}
	d.Text, d.Source = text.String(), source.String()
	d.Map.OutLen, d.Map.InLen = len(d.Text), len(d.Source)
	d.ContentHash = reprint.ContentHash(d.Text)
	if sig, ok := reprint.Sign(d.Text); ok {
		d.MinHash = sig.Bytes()
		keys := reprint.BandKeys(sig)
		d.ReprintKeys = keys[:]
	}
	return d
}

// span finds phrase in sentence i of d.
func span(d *rashomon.Document, i int, phrase string) rashomon.Span {
	s := d.Sentences[i].Span
	k := strings.Index(s.Text(d.Text), phrase)
	if k < 0 {
		panic(fmt.Sprintf("storetest: %s: %q is not in sentence %d", d.ID, phrase, i))
	}
	return rashomon.Span{Start: s.Start + k, End: s.Start + k + len(phrase)}
}

// event adds the n-th event of d, coded from sentence i by its trigger.
func event(d *rashomon.Document, i int, typ, trigger, when string) *rashomon.Event {
	e := rashomon.Event{ID: fmt.Sprintf("%s-e%d", d.ID, len(d.Events)+1), DocID: d.ID, Sentence: i,
		Span: d.Sentences[i].Span, Trigger: span(d, i, trigger), Text: trigger, Type: typ,
		Mode: "verbal", CAMEO: "000", Stance: rashomon.Asserted, Rule: "pattern:" + strings.ToLower(typ),
		RuleSet: d.RuleSet}
	if when != "" {
		e.Date, e.DateText, e.DateRule = date(when), when, "explicit"
	}
	d.Events = append(d.Events, e)
	return &d.Events[len(d.Events)-1]
}

// participant codes a phrase of sentence i as an actor, and mentions it.
func participant(d *rashomon.Document, i int, phrase, code string) *rashomon.Participant {
	p := &rashomon.Participant{Actor: actor(code), Text: phrase, Span: span(d, i, phrase), Rule: "country+agent"}
	d.Mentions = append(d.Mentions, rashomon.Mention{Kind: rashomon.MentionActor, Span: p.Span, Text: phrase,
		Actor: p.Actor, Rule: p.Rule})
	return p
}

// located places an event at the place a phrase of its sentence names.
func located(d *rashomon.Document, e *rashomon.Event, phrase string, p rashomon.Place) {
	sp := span(d, e.Sentence, phrase)
	e.Location = &rashomon.Location{Place: p, Text: phrase, Span: sp, Precision: "point", Rule: "near+place"}
	d.Mentions = append(d.Mentions, rashomon.Mention{Kind: rashomon.MentionPlace, Span: sp, Text: phrase,
		EntityID: p.ID, Name: p.Name, Rule: "gazetteer"})
}

// issuerClaims makes the document's issuer the claimant of its events.
func issuerClaims(code string) rashomon.Claimant {
	return rashomon.Claimant{Actor: actor(code), Rule: "issuer"}
}

// framing adds a loaded term found in sentence i.
func framing(d *rashomon.Document, i int, category, term, phrase string) {
	d.Framing = append(d.Framing, rashomon.FramingHit{Category: category, Term: term, Span: span(d, i, phrase)})
}

// fixture returns the six documents, new each time, in the order they are
// stored.
func fixture() []*rashomon.Document {
	return []*rashomon.Document{doc1(), doc2(), doc3(), doc4(), doc5(), doc6()}
}

func doc1() *rashomon.Document {
	d := newDoc("d1", "Armenian units shelled positions near Aghdam",
		"Units of the Armenian armed forces fired mortars at our positions near Aghdam on 14 May, and one serviceman was wounded.",
		"The Ministry of Defence accused Yerevan of provocations and warned that such provocations will be stopped.")
	d.URL = "https://mod.example/news/1"
	d.SiteName = "defence ministry"
	d.Author = "Press service"
	d.Published, d.DateText = date("2023-05-15"), "15 May 2023"
	d.DatelinePlace = "Baku"
	d.Issuer = "mod.gov.az"
	d.IssuerActor = ptr(actor("AZEMIL"))
	d.IssuerText = "The Ministry of Defence"
	d.IssuerSpan = ptr(span(d, 1, "The Ministry of Defence"))
	d.Attributions = []rashomon.Attribution{{Text: "The Ministry of Defence accused", Span: span(d, 1, "The Ministry of Defence accused"), Rule: "org+verb"}}
	d.Raw = []byte("<p>" + d.Source + "</p>")

	e := event(d, 0, rashomon.ASSAULT, "fired", "2023-05-14")
	e.Source = participant(d, 0, "Armenian armed forces", "ARMMIL")
	e.Target = participant(d, 0, "our positions", "AZEMIL")
	e.Claimant = issuerClaims("AZEMIL")
	e.Mode, e.CAMEO = "material", "195"
	located(d, e, "Aghdam", aghdam())
	e.Counts = []rashomon.Count{{Kind: "wounded", Value: 1, Text: "one serviceman", Span: span(d, 0, "one serviceman"), Rule: "number+noun"}}

	e = event(d, 1, rashomon.ACCUSE, "accused", "2023-05-15")
	e.Source = participant(d, 1, "The Ministry of Defence", "AZEMIL")
	e.Target = participant(d, 1, "Yerevan", "ARMGOV")
	e.Claimant = issuerClaims("AZEMIL")
	e.DateRule = "publication-date"

	framing(d, 1, "delegitimize", "provocations", "provocations and")
	framing(d, 1, "delegitimize", "provocations", "provocations will")
	d.Footprint = &rashomon.Footprint{Doc: d.ID, Date: date("2023-05-14"), Places: map[string]int{"p-aghdam": 3},
		Countries: []string{"ARM", "AZE"}, Claimant: "AZE"}
	return d
}

func doc2() *rashomon.Document {
	d := newDoc("d2", "Defence ministry rejects claims of shelling",
		"The ministry denied that its units opened fire at positions near Aghdam on 14 May.",
		"According to the ministry, the commander said that Russian peacekeepers patrolled the road to Shusha in May.",
		"The so-called provocations were staged, the ministry said.")
	d.URL = "https://mil.example/2"
	d.Published, d.DateText = date("2023-05-16"), "16.05.2023"
	d.Issuer = "mil.am"
	d.IssuerActor = ptr(actor("ARMMIL"))

	e := event(d, 0, rashomon.ASSAULT, "opened fire", "2023-05-14")
	e.Source = participant(d, 0, "its units", "ARMMIL")
	e.Target = participant(d, 0, "positions", "AZEMIL")
	e.Claimant = issuerClaims("ARMMIL")
	e.Stance, e.Negated, e.Modality = rashomon.Denied, true, "reported"
	located(d, e, "Aghdam", aghdam())

	e = event(d, 1, rashomon.MOBILIZE, "patrolled", "2023-05")
	e.Source = participant(d, 1, "Russian peacekeepers", "RUSPKO")
	e.Claimant = rashomon.Claimant{Actor: actor("ARMMIL"), Text: "the ministry", Span: ptr(span(d, 1, "the ministry")),
		Rule: "according-to", Chain: []rashomon.ClaimLink{
			{Actor: actor("ARMMIL"), Text: "the ministry", Span: span(d, 1, "the ministry"), Verb: "according to"},
			{Actor: actor("ARMMIL"), Text: "the commander", Span: span(d, 1, "the commander"), Verb: "said"},
		}}
	e.DateText = "in May"
	located(d, e, "Shusha", shusha())

	framing(d, 2, "delegitimize", "so-called", "so-called")
	framing(d, 2, "delegitimize", "provocations", "provocations")
	d.Footprint = &rashomon.Footprint{Doc: d.ID, Date: date("2023-05-14"), Places: map[string]int{"p-aghdam": 3, "p-shusha": 2},
		Countries: []string{"ARM", "AZE", "RUS"}, Claimant: "ARM"}
	return d
}

// doc3 is d1 reprinted by a news site under another headline, coded with
// an older rule set that found one event.
func doc3() *rashomon.Document {
	src := doc1()
	d := newDoc("d3", "Ministry: Armenian units shelled positions near Aghdam")
	d.Text, d.Source, d.Map, d.Sentences = src.Text, src.Source, src.Map, src.Sentences
	d.ContentHash, d.MinHash, d.ReprintKeys = src.ContentHash, src.MinHash, src.ReprintKeys
	d.URL = "https://news.example/3"
	d.Published = date("2023-05-17")
	d.Issuer = "news.example"
	d.ReprintOf, d.ReprintSim = "d1", 1
	d.RuleSet = "rules-0"
	e := src.Events[0]
	e.ID, e.DocID, e.RuleSet = "d3-e1", "d3", d.RuleSet
	d.Events = []rashomon.Event{e}
	d.Mentions = src.Mentions
	d.Framing = src.Framing
	d.Footprint = &rashomon.Footprint{Doc: d.ID, ReprintOf: "d1", Date: date("2023-05-14"),
		Places: map[string]int{"p-aghdam": 3}, Countries: []string{"ARM", "AZE"}}
	return d
}

func doc4() *rashomon.Document {
	d := newDoc("d4", "Mission calls for talks",
		"The mission called on Baku to consult between March and May 2022.",
		"Armenian officials held talks with Baku in Gyumri from 2019 to June 2022.")
	d.Format = rashomon.FormatJSONL
	d.Origin = "fixture/statements.jsonl:4"
	d.Published, d.DateText = date("2022"), "2022"
	d.Issuer = "osce.example"
	d.IssuerActor = ptr(actor("IGO"))

	e := event(d, 0, rashomon.REQUEST, "called on", "2022-03")
	e.DateEnd = date("2022-05")
	e.Source = participant(d, 0, "The mission", "IGO")
	e.Target = participant(d, 0, "Baku", "AZEGOV")
	e.Claimant = issuerClaims("IGO")

	e = event(d, 1, rashomon.CONSULT, "held talks", "2019")
	e.DateEnd = date("2022-06")
	e.Source = participant(d, 1, "Armenian officials", "ARMGOV")
	e.Target = participant(d, 1, "Baku", "AZEGOV")
	e.Claimant = issuerClaims("IGO")
	located(d, e, "Gyumri", gyumri())
	return d
}

func doc5() *rashomon.Document {
	d := newDoc("d5", "Protest outside the embassy", "Protesters gathered outside the Russian embassy in Baku.")
	d.Format = rashomon.FormatHTML
	d.DateStatus = rashomon.DateUnknown
	d.Issuer = "news.example"
	d.Synthetic = true
	e := event(d, 0, rashomon.PROTEST, "gathered", "")
	e.Source = participant(d, 0, "Protesters", "AZECVL")
	e.Target = participant(d, 0, "the Russian embassy", "RUSGOV")
	e.Claimant = rashomon.Claimant{Rule: "none"}
	d.Footprint = &rashomon.Footprint{Doc: d.ID, Places: map[string]int{"p-baku": 1}, Countries: []string{"AZE", "RUS"}}
	return d
}

func doc6() *rashomon.Document {
	d := newDoc("d6", "Prisoners returned",
		"Azerbaijan handed over ten detainees to Armenia on 7 December.",
		"Baku asked Yerevan to hand over maps of the minefields and to end its provocations, calling the detainees hostages.")
	d.URL = "https://mfa.example/6"
	d.Published = date("2021-12-08")
	d.DateStatus = rashomon.DateFromDateline
	d.Issuer = "mfa.gov.az"
	d.IssuerActor = ptr(actor("AZEGOV"))

	e := event(d, 0, rashomon.CONCEDE, "handed over", "2021-12-07")
	e.Source = participant(d, 0, "Azerbaijan", "AZEGOV")
	e.Target = participant(d, 0, "Armenia", "ARMGOV")
	e.Claimant = issuerClaims("AZEGOV")
	e.Counts = []rashomon.Count{{Kind: "people", Value: 10, Text: "ten detainees", Span: span(d, 0, "ten detainees"), Rule: "number+noun"}}

	e = event(d, 1, rashomon.REQUEST, "asked", "2021-12-08")
	e.Source = participant(d, 1, "Baku", "AZEGOV")
	e.Target = participant(d, 1, "Yerevan", "ARMGOV")
	e.Claimant = issuerClaims("AZEGOV")

	framing(d, 1, "delegitimize", "Provocations", "provocations")
	framing(d, 1, "victimhood", "hostages", "hostages")
	d.Footprint = &rashomon.Footprint{Doc: d.ID, Date: date("2021-12-07"), Places: map[string]int{},
		Countries: []string{"ARM", "AZE"}, Claimant: "AZE"}
	return d
}

// incidentA is the shelling near Aghdam as d1, d2 and d3 tell it.
func incidentA() rashomon.Incident {
	p := aghdam()
	return rashomon.Incident{ID: "inc-a1b2", Type: rashomon.ASSAULT, Date: date("2023-05-14"), Place: &p,
		Events: []string{"d1-e1", "d2-e1", "d3-e1"}, Docs: []string{"d1", "d2", "d3"},
		Claimants: []rashomon.ActorRef{actor("AZEMIL"), actor("ARMMIL")}, Independent: 2,
		Contradictions: []rashomon.Contradiction{{Point: "happened", Detail: "AZE MIL asserts, ARM MIL denies",
			Claims: []rashomon.ClaimRef{
				{Event: "d1-e1", Doc: "d1", Claimant: actor("AZEMIL"), Says: "fired", Quote: "Units … fired mortars", Span: rashomon.Span{Start: 0, End: 10}},
				{Event: "d2-e1", Doc: "d2", Claimant: actor("ARMMIL"), Says: "denied", Quote: "The ministry denied …", Span: rashomon.Span{Start: 0, End: 12}},
			}}},
		Title: "Shelling near Aghdam"}
}

// incidentB is the protest d5 tells of, undated.
func incidentB() rashomon.Incident {
	return rashomon.Incident{ID: "inc-b3c4", Type: rashomon.PROTEST, Events: []string{"d5-e1"}, Docs: []string{"d5"},
		Claimants: []rashomon.ActorRef{}, Title: "Protest at the embassy"}
}
