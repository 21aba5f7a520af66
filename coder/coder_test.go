package coder_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/clean"
	"github.com/rashomon-project/rashomon/coder"
	"github.com/rashomon-project/rashomon/dates"
	"github.com/rashomon-project/rashomon/issuer"
	"github.com/rashomon-project/rashomon/lexicon"
	"github.com/rashomon-project/rashomon/text"
)

// The embedded knowledge is loaded once for all tests.
var (
	loadOnce sync.Once
	cleaner  *clean.Cleaner
	lexAn    *lexicon.Analyzer
	cod      *coder.Coder
	loadErr  error
)

// load builds the cleaner, the lexicon's analyzer and the coder from the
// embedded knowledge files, as engine.Load does. (Importing engine would
// bring in the whole ingest stack, whose package initialisation alone
// takes seconds under the race detector.)
func load() error {
	loadOnce.Do(func() {
		rules, err := clean.LoadRules(clean.DefaultRules(""))
		if err != nil {
			loadErr = err
			return
		}
		lx, err := lexicon.Load(lexicon.DefaultSource(""))
		if err != nil {
			loadErr = err
			return
		}
		pats, err := coder.LoadPatterns(coder.DefaultSource(""))
		if err != nil {
			loadErr = err
			return
		}
		tg, err := text.LoadTagger()
		if err != nil {
			loadErr = err
			return
		}
		cleaner, lexAn, cod = clean.New(rules), lexicon.NewAnalyzer(lx), coder.New(pats, tg, lx)
	})
	return loadErr
}

// codeText codes body as "rashomon explain --text" does: it builds a
// plain-text document published on pub (YYYY-MM-DD) the way
// pipeline.Build does (clean, dateline, sentences, issuer and
// attributions), then adds the lexicon's mentions and codes its events.
func codeText(t *testing.T, body, pub string) *rashomon.Document {
	t.Helper()
	if err := load(); err != nil {
		t.Fatalf("loading the knowledge files: %v", err)
	}
	published, err := rashomon.ParseDate(pub)
	if err != nil {
		t.Fatalf("publication date %q: %v", pub, err)
	}
	d := &rashomon.Document{ID: "test", Origin: "text", Format: rashomon.FormatText, Source: body,
		Published: published, DateStatus: rashomon.DateFromMeta}
	res := cleaner.Clean(body)
	d.Text, d.Map, d.Changes = res.Text, res.Map, res.Changes
	dl := dates.FindDateline(d.Source, rashomon.Date{})
	d.DatelinePlace = dl.Place
	d.Sentences = text.Sentences(d.Text)
	d.Issuer = issuer.Outlet("", "", dl.Agency, "", d.Text)
	for _, st := range issuer.FindStatements(d.Text) {
		d.Attributions = append(d.Attributions, rashomon.Attribution{Text: st.Text, Span: st.Span, Rule: st.Rule})
	}
	lexAn.Analyze(d)
	cod.Analyze(d)
	return d
}

// wantEvent is an event a text must yield. Type, source, target and
// negation are always checked; the other fields only when set.
type wantEvent struct {
	typ      string
	sentence int    // index of the sentence stating it
	src, tgt string // actor codes ("AZEMIL", "ARM", "IGO"); "-" for none
	negated  bool

	mode      string
	rule      string // the pattern that fired
	stance    rashomon.Stance
	modality  string
	claimant  string // claimant's actor code
	claimRule string
	date      string // YYYY-MM-DD, YYYY-MM
	dateEnd   string
	dateRule  string
	place     string // place id
	placeName string
	count     *rashomon.Count // Kind and Value
}

type codeCase struct {
	name   string
	text   string
	pub    string // publication date; defaultPub when empty
	events int    // how many events the whole text yields
	want   []wantEvent
}

// defaultPub is a Wednesday.
const defaultPub = "2024-05-15"

func count(kind string, v float64) *rashomon.Count { return &rashomon.Count{Kind: kind, Value: v} }

var codeCases = []codeCase{
	// --- clause structure ---------------------------------------------------
	{
		name:   "object modifier inside a verb phrase pattern",
		text:   "Azerbaijani forces shelled Armenian positions near Sotk.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", rule: "assault-shell", place: "sotk"}},
	},
	{
		name:   "our in a quotation is the quoted speaker's",
		text:   "\"Our units fired on Armenian soldiers near Lachin,\" said the Azerbaijani Defence Ministry.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", claimant: "AZEMIL"}},
	},
	{
		name:   "its in a reported clause is the speaker's when the subject cannot be its own target",
		text:   "The Azerbaijani Defence Ministry said that Armenian forces had fired on its positions in the Kalbajar district.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", claimant: "AZEMIL"}},
	},
	{
		name:   "a threat's content is the threat",
		text:   "Iran threatened to cut off gas supplies to Armenia.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.THREATEN, src: "IRNGOV", tgt: "ARMGOV"}},
	},
	{
		name:   "what a protest demands is its content; quantities before the subject",
		text:   "Tens of thousands of students staged mass demonstrations to demand political reforms.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.PROTEST, src: "CVL", tgt: "-"}},
	},
	{
		name:   "a place that is the object of an attack is where it happened",
		text:   "Russian forces shelled the Zaporizhzhia Nuclear Power Plant on Friday.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "RUSMIL", tgt: "-", place: "zaporizhzhia-npp", date: "2024-05-10"}},
	},
	{
		name:   "a participle before its noun is an adjective",
		text:   "Three lightly wounded Ukrainian soldiers were taken to a hospital in Kherson.",
		events: 0,
	},
	{
		name:   "the dates of documents listed in a sentence are not the event's",
		text:   "Armenia called on Azerbaijan to observe the trilateral statements of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020, January 11 and November 26, 2021.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "ARMGOV", tgt: "AZEGOV", date: "2024-05-15"}},
	},
	{
		name:   "of a list of places the first leads",
		text:   "Armenian units shelled Azerbaijani positions in the territory of Kalbajar, Lachin and Dashkasan districts.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", placeName: "Kalbajar"}},
	},
	{
		name:   "a participle as the object's adjective; FM",
		text:   "Azerbaijani FM meets with outgoing Kyrgyz ambassador",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "AZEGOV", tgt: "KGZGOV"}},
	},
	{
		name:   "the actor's country is not lent to its target",
		text:   "Russia openly supports separatist groups.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.SUPPORT, src: "RUSGOV", tgt: "IRR"}},
	},
	{
		name:   "releasing a statement is no release",
		text:   "The Armenian Foreign Ministry released a statement on the situation at the border.",
		events: 0,
	},
	{
		name:   "a gerund after when takes the subject across a quotation; the purpose of force is no second event",
		text:   "China acted \"professionally, restrained and justifiably\" when using water cannons to expel Philippine vessels.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "CHNGOV", tgt: "PHLMIL", mode: "crowd-control"}},
	},
	{
		name:   "who receives aid is its target",
		text:   "Armenian armed units receive direct financial assistance from Russia.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.AID, src: "RUSGOV", tgt: "ARMIRR", rule: "aid-receive"}},
	},
	{
		name:   "a gerund after the verb opens a clause, not the object",
		text:   "Azerbaijani forces executed four strikes using drones on units of the armed forces of Nagorno-Karabakh.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "NKRMIL"}},
	},
	{
		name:   "a participle describing the subject of a modal is no event",
		text:   "Russian peacekeeping troops temporarily deployed in Azerbaijan should take action against Armenian forces.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "-", tgt: "RUSPKO"}},
	},
	{
		name:   "a verb before a that-clause with a modal is the main verb, and what is agreed is no demand",
		text:   "Azerbaijani officials agreed on Wednesday that talks should resume.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.AGREE, src: "AZEGOV", tgt: "-"}},
	},
	{
		name:   "you in an institution's statement is its public",
		text:   "\"We urge you to refrain from publishing videos of the fighting,\" the Armenian Defence Ministry said.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "ARMMIL", tgt: "ARMCVL"}},
	},
	{
		name:   "a cleft sets aside the negated party",
		text:   "The Azerbaijani Defence Ministry said that it is Armenia, not Azerbaijan, that violates the ceasefire.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, src: "AZEMIL", tgt: "ARMGOV"}},
	},
	{
		name:   "a transitive verb with no object and no auxiliary is a passive; a reason gerund's agent is its subject",
		text:   "Three Ukrainian ships seized in the Black Sea for illegally crossing the Russian border will be taken to the port of Kerch.",
		events: 2,
		want: []wantEvent{{typ: rashomon.COERCE, src: "-", tgt: "UKRMIL", placeName: "Black Sea"},
			{typ: rashomon.MOBILIZE, src: "UKRMIL", tgt: "RUS"}},
	},
	{
		name:   "the subject of a passive is not the agent of a gerund after it",
		text:   "Two Armenian soldiers were killed in shelling near Sotk.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "-", tgt: "ARMMIL", placeName: "Sotk"}},
	},
	{
		name:   "a possessive before a statement by someone",
		text:   "Official Baku opposes today's statement by the Russian Defence Ministry.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, src: "AZEGOV", tgt: "RUSMIL"}},
	},
	{
		name:   "the target of a demand is the agent of the demanded act, not a place in it",
		text:   "Azerbaijan demands the quick withdrawal of the Russian troops from Karabakh.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "AZEGOV", tgt: "RUSMIL"}},
	},
	{
		name:   "a demand on both sides has no one target",
		text:   "Moscow expects Baku and Yerevan to honour the deal reached with Russian mediation.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "RUSGOV", tgt: "-"}},
	},
	{
		name:   "what is expected, in the passive, is a forecast, not a demand",
		text:   "It is expected that Armenians will be given Russian passports.",
		events: 0,
	},
	{
		name:   "a participle of expect describes a forecast",
		text:   "Greek warships held exercises in the Aegean on Monday, expected to be joined later by Italian ships.",
		want:   []wantEvent{{typ: rashomon.MOBILIZE, src: "GRCMIL", tgt: "-"}},
		events: 1,
	},
	{
		name:   "what a law or an agreement requires is a provision, not a demand",
		text:   "The law requires the Armenian government to hold elections.",
		events: 0,
	},
	{
		name:   "a party that requires something of another demands it",
		text:   "Azerbaijan requires Russia to withdraw its troops.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "AZEGOV", tgt: "RUSGOV"}},
	},
	{
		name:   "an imperative demands its content; a capitalised verb may be tagged a name",
		text:   "Leave Azerbaijan and go home!",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "-", tgt: "-", rule: "imperative"}},
	},
	{
		name:   "the subject of a passive does what it is forced to",
		text:   "Indian jets were forced to retreat.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.RETREAT, src: "INDMIL", tgt: "-"}},
	},
	{
		name:   "of the prepositions a pattern names, the nearest the verb",
		text:   "The Ukrainian Foreign Ministry expresses its strong protest to the Russian Federation over the capture of the Ukrainian ships.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, src: "UKRGOV", tgt: "RUSGOV"}},
	},
	{
		name:   "a past tense after 'and' read as an adjective is still a verb",
		text:   "The China Coast Guard sailed close to the boat and blasted water cannons at the Philippine crew.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "CHNMIL", tgt: "PHL"}},
	},
	{
		name:   "a headline verb with its object is active",
		text:   "Chinese vessel used water cannons at Philippine boats\n\nThe vessels were near Second Thomas Shoal.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "CHNMIL", tgt: "PHLMIL"}},
	},
	{
		name:   "a range from one day to the next starts at the first",
		text:   "From May 10 to May 12, Azerbaijani forces shelled Armenian positions near Sotk.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", date: "2024-05-10", dateEnd: "2024-05-12"}},
	},
	{
		name:   "a headline's act takes the day its story tells",
		text:   "Azerbaijan shells Armenian positions\n\nOn May 13, Azerbaijani units opened fire on Armenian positions near Sotk.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "AZEGOV", tgt: "ARMMIL", date: "2024-05-13"},
			{typ: rashomon.ASSAULT, sentence: 1, src: "AZEMIL", tgt: "ARMMIL", date: "2024-05-13"}},
	},
	{
		name:   "a headline's plural subject then a base-form verb",
		text:   "Indian aircraft violate Line of Control\n\nThe aircraft went back soon after.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.MOBILIZE, src: "INDMIL", tgt: "-"}},
	},
	{
		name:   "scrambled aircraft answer the intruder the same sentence names",
		text:   "Greek fighter jets scrambled after Turkish warplanes crossed the border.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.MOBILIZE, src: "GRCMIL", tgt: "TURMIL", rule: "mobilize-scramble"}},
	},
	{
		name:   "a scramble with no intruder told has no target",
		text:   "The Japanese air force scrambled two fighter jets on Tuesday.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.MOBILIZE, src: "JPNMIL", tgt: "-"}},
	},
	{
		name:   "bombs or a payload dropped from aircraft are an aerial assault, not a release",
		text:   "Syrian helicopters released their payload over the town.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "SYRMIL", tgt: "-", mode: "aerial", rule: "assault-aerial-drop"}},
	},
	{
		name:   "a gerund after an aspect verb is done by its subject",
		text:   "Russian troops ended up shelling the village.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "RUSMIL", tgt: "-", rule: "assault-shell"}},
	},
	{
		name:   "a typographic apostrophe after a plural noun is its possessive",
		text:   "Turkish soldiers’ incursion into Syrian territory lasted two days.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.MOBILIZE, src: "TURMIL", tgt: "SYR"}},
	},
	{
		name:   "a right single quote closing a left one is a quotation mark",
		text:   "He called it ‘the soldiers’ incursion into the area.",
		events: 0,
	},
	{
		name:   "agentless damage after an attack is its outcome, no act with a guessed agent",
		text:   "Serbian forces shelled the village.\n\nAs a result, several houses have been damaged.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "SRBMIL", tgt: "-", rule: "assault-shell"}},
	},
	{
		name:   "clashes with no one named as their agent are an outcome",
		text:   "Serbian forces shelled the village.\n\nAs a result of the measures taken, clashes occurred.",
		events: 1,
	},
	{
		name:   "damage by a named agent is an act",
		text:   "The bridge was damaged by Serbian artillery.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "SRBMIL", tgt: "-", rule: "assault-damage"}},
	},
	{
		name:   "arriving in a capital on a visit consults its government",
		text:   "The Greek prime minister arrived in Ankara on an official visit.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "GRCGOV", tgt: "TURGOV"}},
	},
	{
		name:   "being in a capital on a visit consults its government",
		text:   "The Greek prime minister is in Ankara on a two-day visit.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "GRCGOV", tgt: "TURGOV"}},
	},
	{
		name:   "a visit named in a time phrase is no visit of the clause's subject",
		text:   "Protesters gathered in Ankara on the day of the visit.",
		events: 0,
	},
	{
		name:   "a mediation between two parties is the mediator's, with the first party",
		text:   "The Kenyan president launched a mediation effort on Saturday between Ethiopia and Eritrea.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "KENGOV", tgt: "ETHGOV"}},
	},
	{
		name:   "talks a third party mediates are its own, with the first party",
		text:   "Norway mediated talks between Sri Lanka and the Tamil rebels.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "NORGOV", tgt: "LKAGOV"}},
	},
	{
		name:   "mediating between two parties meets the first",
		text:   "Egypt is mediating between Israel and Hamas.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "EGYGOV", tgt: "ISRGOV"}},
	},
	{
		name:   "talks between two parties with no mediator are theirs",
		text:   "Talks between Ethiopia and Eritrea resumed in Nairobi.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONSULT, src: "ETHGOV", tgt: "ERIGOV"}},
	},
	{
		name:   "a headline's second verb after a comma shares its subject",
		text:   "Pakistani troops cross the Line of Control, pull back after the response\n\nThe troops crossed the line on May 14.",
		events: 3,
		want: []wantEvent{{typ: rashomon.MOBILIZE, src: "PAKMIL", tgt: "-"},
			{typ: rashomon.RETREAT, src: "PAKMIL", tgt: "-", rule: "retreat-withdraw", date: "2024-05-14", place: "line-of-control"}},
	},
	{
		name:   "a coordinated act of the same subject with no place of its own takes the first one's",
		text:   "Pakistani troops crossed the Line of Control and pulled back on Monday.",
		events: 2,
		want: []wantEvent{{typ: rashomon.MOBILIZE, src: "PAKMIL", tgt: "-", place: "line-of-control"},
			{typ: rashomon.RETREAT, src: "PAKMIL", tgt: "-", place: "line-of-control"}},
	},
	{
		name:   "a subject's possessive pronoun gives an agent its country",
		text:   "The Kenyan government said its troops had pulled out of the town.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.RETREAT, src: "KENMIL", tgt: "-"}},
	},
	{
		name:   "what a party said it would do is a threat, not a hypothesis",
		text:   "Palestinian leaders said they would boycott all official contact with the United States.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.THREATEN, src: "PSEGOV", tgt: "USAGOV"}},
	},
	{
		name:   "an act promised unless a condition is met is a threat",
		text:   "Nigeria announced that it will withdraw its peacekeeping force from Chad unless the president resigns.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.THREATEN, src: "NGAGOV", tgt: "TCDGOV"}},
	},
	{
		name:   "a word rounding a number is no preposition before the subject",
		text:   "About 100 ethnic Albanians demonstrated in Belgrade.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.PROTEST, src: "ALBCVL", tgt: "-"}},
	},
	{
		name:   "an organised strike is asserted",
		text:   "Opposition parties in Armenia have organized a general strike in Yerevan.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.PROTEST, src: "ARMPTY", tgt: "-"}},
	},
	{
		name:   "casualties after an active verb",
		text:   "Azerbaijani forces wounded three Armenian soldiers near Sotk.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", count: count("wounded", 3)}},
	},
	{
		name:   "days ago",
		text:   "Two days ago Azerbaijani troops attacked Armenian positions near Sotk.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", date: "2024-05-13"}},
	},
	{
		name:   "active transitive with prepositional target and locative place",
		text:   "Azerbaijani units opened fire on Armenian positions near Sotk.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", mode: "firearms", rule: "assault-fire",
			place: "sotk", placeName: "Sotk"}},
	},
	{
		name:   "active transitive with object and casualty count",
		text:   "Indian troops killed two Pakistani soldiers along the Line of Control.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "INDMIL", tgt: "PAKMIL", mode: "targeted",
			count: count("killed", 2), place: "line-of-control"}},
	},
	{
		name:   "passive with by-agent",
		text:   "Azerbaijani positions were shelled by Armenian forces.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", mode: "heavy-weapons", rule: "assault-shell"}},
	},
	{
		name:   "passive with agent in from-the-territory-of phrase",
		text:   "Azerbaijani positions in the Tovuz district were fired upon from the territory of Armenia.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMGOV", tgt: "AZEMIL", placeName: "Tovuz"}},
	},
	{
		name:   "passive without agent",
		text:   "Armenian positions were shelled near Sotk.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "-", tgt: "ARMMIL", mode: "heavy-weapons", place: "sotk"}},
	},
	{
		name:   "nominalisation with of-agent",
		text:   "The withdrawal of Russian troops from Lachin was completed.",
		events: 1,
		want: []wantEvent{{typ: rashomon.RETREAT, src: "RUSMIL", tgt: "-", mode: "withdraw", rule: "retreat-withdraw(noun)",
			place: "lachin", placeName: "Lachin"}},
	},
	{
		name:   "nominalisation with of-target and by-agent",
		text:   "The shelling of Armenian villages by Azerbaijani forces continued.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARM", rule: "assault-shell(noun)"}},
	},
	{
		name:   "nominalisation with possessive agent",
		text:   "Azerbaijan's attack on Armenian positions drew international criticism.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEGOV", tgt: "ARMMIL", rule: "assault-attack(noun)"}},
	},
	{
		name:   "coordinated subjects give one event each",
		text:   "Armenia and Azerbaijan agreed to exchange prisoners.",
		events: 2,
		want: []wantEvent{
			{typ: rashomon.AGREE, src: "ARMGOV", tgt: "-", date: "2024-05-15"},
			{typ: rashomon.AGREE, src: "AZEGOV", tgt: "-", date: "2024-05-15"},
		},
	},

	// --- speech acts ------------------------------------------------------
	{
		name:   "reported speech gives the claimant",
		text:   "The Azerbaijani Defence Ministry said that Armenian forces had fired on Azerbaijani positions in the Kalbajar district.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", claimant: "AZEMIL", claimRule: "reported:said",
			place: "kalbajar"}},
	},
	{
		name:   "accusation takes what is alleged as content",
		text:   "The Azerbaijani Foreign Ministry accused Armenian forces of violating the ceasefire.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, src: "AZEGOV", tgt: "ARMMIL", stance: rashomon.Asserted, date: "2024-05-15"}},
	},
	{
		name:   "demand for a withdrawal is addressed to whoever is to withdraw",
		text:   "The Armenian Foreign Ministry demanded the withdrawal of Azerbaijani troops from Armenian territory.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "ARMGOV", tgt: "AZEMIL", stance: rashomon.Demanded, date: "2024-05-15"}},
	},
	{
		name:   "call on someone to act",
		text:   "Azerbaijan called on Russia to withdraw its peacekeepers.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "AZEGOV", tgt: "RUSGOV", stance: rashomon.Demanded}},
	},
	{
		name:   "refusal takes the refused act as content",
		text:   "Armenia refused to withdraw its troops from the border.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, src: "ARMGOV", tgt: "-"}},
	},
	{
		name:   "future act is a threat",
		text:   "Armenia will attack Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.THREATEN, src: "ARMGOV", tgt: "AZEMIL"}},
	},
	{
		name:   "statement issuer accuses the violator and counts the violations",
		text:   "Statement of the Ministry of Defence of Azerbaijan\n\nOn Tuesday, Armenian armed forces violated the ceasefire 12 times.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ACCUSE, sentence: 1, src: "AZEMIL", tgt: "ARMMIL", claimant: "AZEMIL", claimRule: "issuer",
			count: count("times", 12), date: "2024-05-14"}},
	},

	// --- negation, conditions, questions, modality ------------------------
	{
		name:   "negated withdrawal",
		text:   "Armenian troops have not withdrawn from the positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.RETREAT, src: "ARMMIL", tgt: "-", negated: true, stance: rashomon.Denied}},
	},
	{
		name:   "reported denial",
		text:   "The Armenian Defence Ministry said that Azerbaijani forces had not attacked Armenian positions.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", negated: true, stance: rashomon.Denied,
			claimant: "ARMMIL", claimRule: "reported:said"}},
	},
	{
		name: "conditional clause codes nothing",
		text: "If Azerbaijani forces attack the village, Armenia will respond.",
	},
	{
		name: "question codes nothing",
		text: "Did Armenian troops shell the village?",
	},
	{
		name: "hypothetical modal codes nothing",
		text: "Azerbaijani troops could attack Armenian villages.",
	},
	{
		name:   "allegedly makes the stance alleged",
		text:   "Armenian forces allegedly attacked Azerbaijani positions near Lachin.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", stance: rashomon.Alleged, modality: "alleged",
			place: "lachin"}},
	},

	// --- dates ------------------------------------------------------------
	{
		name:   "an act the sentence dates decades before the document is background",
		text:   "In 1992, Armenian forces shelled Azerbaijani villages.",
		pub:    "2023-09-13",
		events: 0,
	},
	{
		name:   "history in a relative clause is background; the act told is coded",
		text:   "Armenian forces, which have occupied the region since 1994, shelled Azerbaijani positions on Monday.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", date: "2024-05-13"}},
	},
	{
		name:   "a state said to have lasted decades is background",
		text:   "Armenia has occupied Azerbaijani lands for almost 30 years.",
		events: 0,
	},
	{
		name:   "an act two years before the document is still news",
		text:   "In November 2021, Azerbaijani forces occupied Armenian territory.",
		pub:    "2023-09-13",
		events: 1,
		want:   []wantEvent{{typ: rashomon.COERCE, src: "AZEMIL", tgt: "ARM", date: "2021-11"}},
	},
	{
		name:   "a promise is not history though the sentence names an old year",
		text:   "The rebels will return the weapons seized from the peacekeepers, the first such step since the war of 1991.",
		pub:    "2000-01-01",
		events: 1,
		want:   []wantEvent{{typ: rashomon.AGREE, src: "IRR", tgt: "-"}},
	},
	{
		name:   "yesterday",
		text:   "Yesterday Azerbaijani troops attacked Armenian positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", date: "2024-05-14", dateRule: "relative@publication"}},
	},
	{
		name:   "last night",
		text:   "Last night Azerbaijani units opened fire on Armenian soldiers.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", date: "2024-05-14"}},
	},
	{
		name:   "last Saturday before a Wednesday",
		text:   "On Saturday Armenian forces fired at Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", date: "2024-05-11", dateRule: "weekday@publication"}},
	},
	{
		name:   "weekday of publication is that day",
		text:   "On Wednesday Armenian forces fired on Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", date: "2024-05-15"}},
	},
	{
		name:   "explicit full date",
		text:   "On 3 May 2024 Armenian forces attacked Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", date: "2024-05-03", dateRule: "date"}},
	},
	{
		name:   "month and day later in the year than publication belong to the year before",
		text:   "On December 20 Armenian forces attacked Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", date: "2023-12-20"}},
	},
	{
		name:   "date range",
		text:   "Azerbaijani units fired on Armenian positions from May 10 to May 12.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", date: "2024-05-10", dateEnd: "2024-05-12"}},
	},
	{
		name:   "undated happening takes the publication month",
		text:   "The Armenian army attacked Azerbaijani positions.",
		pub:    "2023-09-19",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", date: "2023-09", dateRule: "publication-month"}},
	},

	// --- counts -----------------------------------------------------------
	{
		name:   "wounded count in an agentless passive",
		text:   "Two Armenian servicemen were wounded.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "-", tgt: "ARMMIL", count: count("wounded", 2)}},
	},
	{
		name:   "shells fired",
		text:   "Armenian units fired 40 shells at Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", count: count("shells", 40)}},
	},

	// --- quotations and first person ----------------------------------------
	{
		name:   "quotation with said-the-speaker after it",
		text:   "\"Armenian units fired on Azerbaijani soldiers near Lachin,\" said the Azerbaijani Defence Ministry.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", claimant: "AZEMIL", claimRule: "reported:said",
			place: "lachin"}},
	},
	{
		name:   "quotation with the-speaker-said and a weekday after it",
		text:   "\"Armenian units fired on Azerbaijani soldiers,\" the Azerbaijani Defence Ministry said on Monday.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", claimant: "AZEMIL", date: "2024-05-13"}},
	},
	{
		name:   "according to after the clause",
		text:   "Azerbaijani troops opened fire on Armenian positions near Jermuk, according to the Armenian Defence Ministry.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "AZEMIL", tgt: "ARMMIL", claimant: "ARMMIL", claimRule: "according-to",
			placeName: "Jermuk"}},
	},
	{
		name:   "our units in a reported statement belong to the speaker",
		text:   "The Azerbaijani Defence Ministry said that our units were fired on by Armenian forces.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", claimant: "AZEMIL", claimRule: "reported:said"}},
	},
	{
		name: "our positions and our units in a ministry statement",
		text: "Statement of the Ministry of Defence of the Republic of Armenia\n\n" +
			"On the night of May 14, units of the Azerbaijani armed forces opened fire at our positions near Sotk. " +
			"Our units took retaliatory measures.",
		events: 2,
		want: []wantEvent{
			{typ: rashomon.ASSAULT, sentence: 1, src: "AZEMIL", tgt: "ARMMIL", claimant: "ARMMIL", claimRule: "issuer",
				date: "2024-05-14", place: "sotk"},
			{typ: rashomon.ASSAULT, sentence: 2, src: "ARMMIL", tgt: "AZEMIL", rule: "assault-response", claimant: "ARMMIL",
				date: "2024-05-14", dateRule: "narrative-date"},
		},
	},

	// --- other event types and theatres -------------------------------------
	{
		name:   "the act a party threatens to carry out is the threat's content",
		text:   "Iran threatened today to launch a new military offensive against Iraq.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.THREATEN, src: "IRNGOV", tgt: "IRQGOV", rule: "threaten"}},
	},
	{
		name:   "a planned restriction named by a noun is a threat",
		text:   "Greece plans to impose restrictions on Albanian workers.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.THREATEN, src: "GRCGOV", tgt: "ALBCVL", mode: "restrict"}},
	},
	{
		name:   "a meeting one is ready to host is an offer, to the parties between whom it is",
		text:   "The Moroccan king said he would be ready to host a meeting between Israeli and Palestinian leaders.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.AGREE, src: "MAR", tgt: "ISR", rule: "consult-meet"}, {typ: rashomon.AGREE, src: "ISR", tgt: "PSEGOV", rule: "consult-meet(noun)"}},
	},
	{
		name:   "demonstrate with a that-clause means show: no protest",
		text:   "Opposition to the proposals demonstrates that the claims are nothing but blackmail.",
		events: 0,
	},
	{
		name:   "demonstrated that day is a protest",
		text:   "Armenian students demonstrated that day in the capital.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.PROTEST, src: "ARMCVL", tgt: "-"}},
	},
	{
		name:   "water cannon at sea",
		text:   "The Chinese coast guard fired water cannons at Philippine vessels near Second Thomas Shoal.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "CHNMIL", tgt: "PHLMIL", mode: "crowd-control",
			place: "second-thomas-shoal", placeName: "Second Thomas Shoal"}},
	},
	{
		name:   "arrest",
		text:   "Azerbaijani police detained two Armenian citizens.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.COERCE, src: "AZECOP", tgt: "ARMCVL", mode: "arrest"}},
	},
	{
		name:   "sanctions",
		text:   "The United States imposed sanctions on Russian banks.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.SANCTION, src: "USAGOV", tgt: "RUS"}},
	},
	{
		name:   "a response with no target named answers the last hostile act; taken measures happen now",
		text:   "Armenian units shelled Azerbaijani positions near Lachin. Retaliatory measures are being taken by units of the Azerbaijani army.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ASSAULT, sentence: 1, src: "AZEMIL", tgt: "ARMMIL", rule: "assault-response(noun)",
			date: "2024-05-15"}},
	},
	{
		name:   "one act named by a verb and by a noun: the one without a target adds nothing",
		text:   "Armenian units mined the roads near Lachin in a sabotage attempt by Armenia against Azerbaijani positions.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMGOV", tgt: "AZEMIL", rule: "assault-sabotage(noun)"}},
	},
	{
		name: "a nominalised rejection: its agent rejects the side that tells of it",
		text: "Statement of the Ministry of Foreign Affairs of Azerbaijan\n\n" +
			"The refusal by Armenia of all the proposals shows that Yerevan does not want peace.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, sentence: 1, src: "ARMGOV", tgt: "AZEGOV", rule: "reject(noun)"}},
	},
	{
		name:   "a verb after a time adverbial read as a noun; where an object comes from is its country",
		text:   "The Malaysian navy on Tuesday expels two patrol ships and two fishing ships from the Philippines.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.COERCE, src: "MYSMIL", tgt: "PHLMIL", rule: "coerce-expel"}},
	},
	{
		name: "an infinitive coordinated with another is a verb and shares its controller; a force acts where it serves",
		text: "Tension rose in Nagorno-Karabakh on Monday. The command of the Russian peacekeeping contingent in Nagorno-Karabakh " +
			"is taking steps to calm the situation and convince Armenian units to leave the area.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, sentence: 1, src: "RUSMIL", tgt: "ARMMIL", placeName: "Nagorno-Karabakh"}},
	},
	{
		name:   "an infinitive of purpose after an object is what an act was for",
		text:   "Turkish troops carried construction materials to reinforce the outposts near the border of Greece.",
		events: 0,
	},
	{
		name:   "an event noun with a passive light verb is asserted",
		text:   "Two more strikes were carried out by Armenian units on Azerbaijani positions near Kalbajar.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "ARMMIL", tgt: "AZEMIL", rule: "assault-attack(noun)"}},
	},
	{
		name: "condemning an act accuses its doer; a possessive is no auxiliary",
		text: "Serbian police fired tear gas at the protesters in Zvecan on Monday. Kosovo's prime minister condemned the attacks " +
			"as \"a disgrace\".",
		events: 2,
		want:   []wantEvent{{typ: rashomon.ACCUSE, sentence: 1, src: "KOSGOV", tgt: "SRBCOP"}},
	},
	{
		name:   "the second of between X and Y is no subject",
		text:   "The ministry believes that the issues between Armenia and Azerbaijan should be settled by talks.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, src: "GOV", tgt: "-", rule: "obligation-modal"}},
	},
	{
		name:   "the speaker of a verb after 'and' is the subject before it; a side does not accuse itself",
		text:   "Vietnam protested China's actions and claimed it violated international law.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, src: "VNMGOV", tgt: "CHNGOV"}},
	},
	{
		name:   "a participle after a document's name tells its history",
		text:   "Both sides respect the memorandum, the first document signed in 2015 between Russia and Turkey.",
		events: 0,
	},
	{
		name:   "in a headline an actor after a preposition is no subject of the noun after it",
		text:   "Russia informs UN of Ukrainian attack on nuclear plant\n\nThe text follows.",
		events: 0,
	},
	{
		name:   "an act told as ended is no act",
		text:   "The hostilities between Armenian and Azerbaijani forces were ceased on Monday.",
		events: 0,
	},
	{
		name: "what a purpose clause is meant to prevent is no act",
		text: "Statement of the Ministry of Defense of Azerbaijan\n\n" +
			"In order to prevent provocations by the armed forces of Armenia, our army keeps watch.",
		events: 0,
	},
	{
		name: "an instrument with no country is the last hostile actor's; the target may follow the agent",
		text: "Statement of the Ministry of Defense of Georgia\n\nSerbian units entered the buffer zone near Gori on Monday. " +
			"Two strikes were made by an unmanned aerial vehicle of the type \"Orlan-10\" on the positions of the Georgian army.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.ASSAULT, sentence: 2, src: "SRBMIL", tgt: "GEOMIL", rule: "assault-attack(noun)"}},
	},
	{
		name: "the responsibility resting with X accuses X; a responsibility that blames no one is no act",
		text: "Statement of the Ministry of Foreign Affairs of Georgia\n\n" +
			"The responsibility for the provocations of recent days rests with Russia. The final decision rests with the government.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, sentence: 1, src: "GEOGOV", tgt: "RUSGOV", rule: "accuse-rests-with"}},
	},
	{
		name: "being responsible for hostile acts is blamed, dated by the statement; responsible for a duty is not",
		text: "Statement of the Ministry of Foreign Affairs of Georgia\n\n" +
			"Russia is responsible for a series of attacks, including the shelling of Gori in 2008. " +
			"The police are responsible for ensuring security.",
		events: 1,
		want: []wantEvent{{typ: rashomon.ACCUSE, sentence: 1, src: "GEOGOV", tgt: "RUSGOV", rule: "accuse-responsible",
			date: defaultPub}},
	},
	{
		name: "telling the UN of another side's attack accuses that side, and the attack told is asserted; a tweet dates the telling",
		text: "Serbia has informed the UN Security Council about the Albanian attack on the power station, " +
			"the Serbian envoy tweeted on Monday.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ACCUSE, src: "SRBGOV", tgt: "ALB", rule: "accuse-inform", date: "2024-05-13"},
			{typ: rashomon.ASSAULT, src: "ALB", tgt: "-", rule: "assault-attack(noun)"}},
	},
	{
		name:   "telling a party of an attack, or the UN of one's own, accuses no one",
		text:   "Serbia informed Albania about the attack on the power station. Serbia informed the UN about the Serbian attack on the bridge.",
		events: 0,
	},
	{
		name: "a side saying it has not violated an agreement rejects the charge of the side it answers",
		text: "Statement of the Ministry of Defense of Serbia\n\n" +
			"The Ministry of Defense of Serbia rejects the statement of the Ministry of Defense of Croatia. " +
			"The Defense Ministry states that Serbia has not violated the agreement.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.REJECT, sentence: 2, src: "SRBMIL", tgt: "HRVMIL", rule: "accuse-predicate"}},
	},
	{
		name:   "a charge against no one is no accusation",
		text:   "Statement of the Ministry of Defense of Serbia\n\nSuch a step violates the agreement.",
		events: 0,
	},
	{
		name: "a proposal with no addressee is made to the other side of the conflict told; it is located where the proposed act would be",
		text: "Statement of the Ministry of Foreign Affairs of Armenia\n\n" +
			"Azerbaijani forces shelled Jermuk on Monday. " +
			"Armenia reaffirms its proposal to carry out a mirror withdrawal of troops from the Armenia-Azerbaijan border.",
		events: 2,
		want: []wantEvent{{typ: rashomon.AGREE, sentence: 2, src: "ARMGOV", tgt: "AZEGOV", rule: "agree",
			placeName: "Armenia–Azerbaijan border"}},
	},
	{
		name: "what a document laid down ('according to which ...') is no event of the text's",
		text: "Statement of the Ministry of Foreign Affairs of Georgia\n\n" +
			"Russia violates the statement of 2008, according to which the hostilities were ceased and Russian troops were withdrawn from the zone.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, sentence: 1, src: "GEOGOV", tgt: "RUSGOV"}},
	},
	{
		name: "a participle after a thing tells what it does; after a text, what its issuer does",
		text: "Turkey closed the only pipeline supplying water to Hasakah. " +
			"Greece issued a statement demanding that Turkey open the pipeline.",
		events: 2,
		want: []wantEvent{{typ: rashomon.COERCE, src: "TURGOV", tgt: "-"},
			{typ: rashomon.REQUEST, sentence: 1, src: "GRCGOV", tgt: "TURGOV"}},
	},
	{
		name: "a response with no agent named, told by a side, is that side's own",
		text: "Statement of the Ministry of Defense of Georgia\n\nSerbian units shelled Gori on Monday. " +
			"The necessary measures are being taken to silence the firing points of the Serbian army.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.ASSAULT, sentence: 2, src: "GEOMIL", tgt: "SRBMIL", rule: "assault-response"}},
	},
	{
		name: "what a verb of preventing takes as object is no act",
		text: "Statement of the Ministry of Defense of Georgia\n\n" +
			"Measures are being taken to contain the Serbian forces and prevent the expansion of the scale of military clashes. " +
			"Measures are being taken to contain the Serbian forces after the expansion of the scale of military clashes.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, sentence: 2, src: "SRBMIL", tgt: "GEOMIL"}},
	},
	{
		name: "what a denied statement says is its content, not an act; the denial is coded",
		text: "Statement of the Ministry of Defense of Georgia\n\n" +
			"The statements of the Ministry of Defense of Serbia that the Georgian side started the shelling are an absolute lie.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, sentence: 1, src: "GEOMIL", tgt: "SRBMIL"}},
	},
	{
		name: "acts listed after 'were followed by' happened, by the agent of the act referred back to; a place in an item tells whose",
		text: "Statement of the Ministry of Foreign Affairs of Armenia\n\n" +
			"Azerbaijani troops shelled Martuni on Monday. These attacks were followed by the disruption of the work of the main pipeline " +
			"bringing gas to Artsakh and threats to the Armenians of Artsakh.",
		events: 3,
		want: []wantEvent{{typ: rashomon.COERCE, sentence: 2, src: "AZEMIL", tgt: "NKR"},
			{typ: rashomon.THREATEN, sentence: 2, src: "AZEMIL", tgt: "NKRCVL"}},
	},
	{
		name: "a charge whose subject refers back to acts already told ('such actions') judges them again, no new accusation",
		text: "Statement of the Ministry of Foreign Affairs of Georgia\n\n" +
			"Russia grossly violates the agreement of 2008. Moreover, such actions by Moscow seriously endanger regional stability.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ACCUSE, sentence: 1, src: "GEOGOV", tgt: "RUSGOV"}},
	},
	{
		name: "a speaker named later by a name introduced with an institution is that institution; an unknown name is no actor of what it says",
		text: "Two Georgian boats were detained near Poti, a spokesman for the Russian Federal Security Service (FSB), Ivan Petrenko, said on Monday. " +
			"Four Georgian soldiers received medical assistance, Petrenko added. " +
			"Four Georgian soldiers received medical assistance, Smirnov added.",
		events: 3,
		want: []wantEvent{{typ: rashomon.AID, sentence: 1, src: "RUSGOV", tgt: "GEOMIL", claimant: "RUSGOV", claimRule: "reported:added"},
			{typ: rashomon.AID, sentence: 2, src: "-", tgt: "GEOMIL", claimant: ""}},
	},
	{
		name:   "a gerund adjunct's doer is the passive's subject; an actor's name before a border is its owner",
		text:   "Three Georgian boats were detained after crossing the Russian state border.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.MOBILIZE, src: "GEOMIL", tgt: "RUS", rule: "mobilize-enter"}},
	},
	{
		name: "a request received was made by its 'of' agent to the receiver, the one telling it when not named",
		text: "Statement of the Ministry of Foreign Affairs of Russia\n\n" +
			"A request of the Georgian government has been received for help in settling the border dispute.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REQUEST, sentence: 1, src: "GEOGOV", tgt: "RUSGOV"}},
	},
	{
		name:   "an actor in an apposition ('X, a close ally of Y,') stands for the head before it",
		text:   "Belarus, a close Russian ally in the region, has refused to send troops to Syria.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, src: "BLRGOV", tgt: "SYRGOV", rule: "reject"}},
	},
	{
		name:   "'be opposed to' states the subject's own stance, no passive",
		text:   "Georgia is opposed to Russian mediation in the talks with Abkhazia.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, src: "GEOGOV", tgt: "RUS", rule: "reject"}},
	},
	{
		name:   "a participle after a comma is done by the subject of the finite verb before it",
		text:   "Georgian police raided the opposition headquarters, detaining twelve activists.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.COERCE, src: "GEOCOP", tgt: "CVL", rule: "coerce-arrest"}},
	},
	{
		name:   "short ethnic adjectives go with their state ('Croat forces'); 'opposition groups in X' are X's",
		text:   "Croat forces shelled a Bosniak village. Opposition groups in Georgia are demanding early elections.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "HRVMIL", tgt: "BIH", rule: "assault-shell"},
			{typ: rashomon.REQUEST, sentence: 1, src: "GEOPTY", tgt: "-"}},
	},
	{
		name:   "civilians obstructing passage protest; a state blocking coerces",
		text:   "Angry Polish farmers blocked the main bridge to Germany for three hours. The Russian navy blocked the Ukrainian port.",
		events: 2,
		want: []wantEvent{{typ: rashomon.PROTEST, src: "POLCVL", tgt: "-", rule: "coerce-block"},
			{typ: rashomon.COERCE, sentence: 1, src: "RUSMIL", tgt: "UKR", rule: "coerce-block"}},
	},
	{
		name:   "civilians, parties and police 'in' a place are its country's",
		text:   "Demonstrators in Tbilisi blocked the main avenue.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.PROTEST, src: "GEOCVL", tgt: "-"}},
	},
	{
		name:   "a long-serving head of state named with his title is his country's government",
		text:   "President Paul Biya has banned opposition rallies in Douala.",
		events: 2,
		want:   []wantEvent{{typ: rashomon.COERCE, src: "CMRGOV", tgt: "PTY", rule: "coerce-restrict"}},
	},
	{
		name: "a participle after a comma reports for the subject before it; the clause before is the text's own",
		text: "Statement of the Ministry of Foreign Affairs of Georgia\n\n" +
			"Russia on Monday rejected the Georgian protest, saying Tbilisi's account of the shooting was false.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.REJECT, sentence: 1, src: "RUSGOV", tgt: "GEO", claimant: "GEOGOV", claimRule: "issuer"}},
	},
	{
		name: "a participle after a comma qualifying a report reports for the report's author",
		text: "The Ministry of Foreign Affairs of Georgia states that the report released by the Ministry of Defence of Russia, " +
			"claiming that Georgian units fired on Russian positions, is false.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.ASSAULT, src: "GEOMIL", tgt: "RUSMIL", claimant: "RUSMIL", claimRule: "reported:claiming"}},
	},
	{
		name:   "a participle ending the sentence reports for the subject before it, not for an agent in its object",
		text:   "China rejected the accusations made by Manila, saying Philippine ships rammed the Chinese vessel.",
		events: 2,
		want: []wantEvent{{typ: rashomon.REJECT, src: "CHNGOV", tgt: "PHLGOV", claimRule: "issuer-unknown"},
			{typ: rashomon.ASSAULT, src: "PHLMIL", tgt: "CHNMIL", claimant: "CHNGOV", claimRule: "reported:saying"}},
	},
	{
		name: "what a relative clause set off by commas says ends with it",
		text: "Statement of the Ministry of Foreign Affairs of Georgia\n\n" +
			"Russia, which said that Georgian troops shelled the village, demanded an inquiry.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ASSAULT, sentence: 1, src: "GEOMIL", tgt: "-", claimant: "RUSGOV", claimRule: "reported:said"},
			{typ: rashomon.REQUEST, sentence: 1, src: "RUSGOV", tgt: "-", claimant: "GEOGOV", claimRule: "issuer"}},
	},
	{
		name:   "the copula of 'willing', 'ready' governs the infinitive: its subject acts",
		text:   "Chile is willing to withdraw its troops from Peru.",
		events: 1,
		want:   []wantEvent{{typ: rashomon.CONCEDE, src: "CHLGOV", tgt: "PERGOV", rule: "retreat-withdraw"}},
	},
	{
		name:   "establishing or restoring diplomatic ties and apologising are diplomatic support",
		text:   "Peru has restored diplomatic ties with Chile. Chile apologized to Bolivia.",
		events: 2,
		want: []wantEvent{{typ: rashomon.SUPPORT, src: "PERGOV", tgt: "CHLGOV", rule: "support-relations"},
			{typ: rashomon.SUPPORT, sentence: 1, src: "CHLGOV", tgt: "BOLGOV", rule: "support-apologize"}},
	},
	{
		name:   "investigations are accusations of mode investigate; 'completed' and 'renewed' carry an event noun",
		text:   "A Peruvian court opened corruption investigations against Chilean officials. Bolivian troops had completed their withdrawal from the border town.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ACCUSE, src: "PERJUD", tgt: "CHLGOV", mode: "investigate", rule: "accuse-investigate(noun)"},
			{typ: rashomon.RETREAT, sentence: 1, src: "BOLMIL", tgt: "-", rule: "retreat-withdraw(noun)"}},
	},
	{
		name:   "lifting a blockade is a retreat; calling off a strike a concession; halting mediation a sanction",
		text:   "The Peruvian army lifted the blockade of the port. Chile ended its mediation between Peru and Bolivia. Bolivian miners called off their strike on Monday.",
		events: 3,
		want: []wantEvent{{typ: rashomon.RETREAT, src: "PERMIL", tgt: "-", rule: "retreat-lift"},
			{typ: rashomon.SANCTION, sentence: 1, src: "CHLGOV", tgt: "-", rule: "sanction"},
			{typ: rashomon.CONCEDE, sentence: 2, src: "BOL", tgt: "-", rule: "concede-dissent"}},
	},
	{
		name:   "seeking refuge is a request; stopping work a protest; remaining on alert a mobilisation; reneging a rejection",
		text:   "Thousands of Bolivian farmers sought refuge in Peru. Chilean dockers stopped work on Monday. Peruvian troops remained on high alert. Bolivia has reneged on the gas deal.",
		events: 4,
		want: []wantEvent{{typ: rashomon.REQUEST, src: "BOLCVL", tgt: "PERGOV", rule: "request-asylum"},
			{typ: rashomon.PROTEST, sentence: 1, src: "CHL", tgt: "-", rule: "protest-demo"},
			{typ: rashomon.MOBILIZE, sentence: 2, src: "PERMIL", tgt: "-", rule: "mobilize-alert"},
			{typ: rashomon.REJECT, sentence: 3, src: "BOLGOV", tgt: "-", rule: "reject"}},
	},
	{
		name:   "accepting a proposal agrees; accepting demands concedes, refusing to meet them rejects; sharing expertise cooperates",
		text:   "Peru accepted the Chilean proposal. Bolivia accepted the demands of the miners. Chile will not meet the demands of Peru. Peru has been sharing expertise with Bolivia.",
		events: 4,
		want: []wantEvent{{typ: rashomon.AGREE, src: "PERGOV", tgt: "CHL", rule: "agree"},
			{typ: rashomon.CONCEDE, sentence: 1, src: "BOLGOV", tgt: "-", rule: "concede-demands"},
			{typ: rashomon.REJECT, sentence: 2, src: "CHLGOV", tgt: "-", rule: "concede-demands"},
			{typ: rashomon.COOPERATE, sentence: 3, src: "PERGOV", tgt: "BOLGOV", rule: "cooperate"}},
	},
	{
		name:   "a general verb of giving codes aid only when its object is aid",
		text:   "Chile gave Bolivia 5 million dollars of aid. Peru will provide 2,000 tons of emergency relief to Bolivia. Chile gave a speech in Peru.",
		events: 2,
		want: []wantEvent{{typ: rashomon.AID, src: "CHLGOV", tgt: "BOLGOV", rule: "aid-give-object"},
			{typ: rashomon.AGREE, sentence: 1, src: "PERGOV", tgt: "BOLGOV", rule: "aid-give-object"}},
	},
	{
		name: "a pronoun stands for the subject of the sentence before, not for one its own sentence names later",
		text: "Georgia's Defence Ministry said Russian forces fired on Georgian positions near Gori. " +
			"Russia's Defence Ministry saw it differently. It said Georgian units had started shooting at Russian positions.",
		events: 2,
		want: []wantEvent{{typ: rashomon.ASSAULT, src: "RUSMIL", tgt: "GEOMIL", claimant: "GEOMIL"},
			{typ: rashomon.ASSAULT, sentence: 2, src: "GEOMIL", tgt: "RUSMIL", claimant: "RUSMIL", claimRule: "reported:said"}},
	},
}

func TestCode(t *testing.T) {
	for _, tc := range codeCases {
		t.Run(tc.name, func(t *testing.T) {
			pub := tc.pub
			if pub == "" {
				pub = defaultPub
			}
			d := codeText(t, tc.text, pub)
			if len(d.Events) != tc.events {
				t.Errorf("%d events, want %d:\n%s", len(d.Events), tc.events, summary(d.Events))
			}
			for _, w := range tc.want {
				e, ok := findEvent(d.Events, w.typ, w.sentence, w.src)
				if !ok {
					t.Errorf("no %s event from %s in sentence %d:\n%s", w.typ, w.src, w.sentence, summary(d.Events))
					continue
				}
				checkEvent(t, e, w)
			}
		})
	}
}

// findEvent returns the first event of type typ in sentence sent whose
// source's actor code is src ("-" for none).
func findEvent(evs []rashomon.Event, typ string, sent int, src string) (rashomon.Event, bool) {
	for _, e := range evs {
		if e.Type == typ && e.Sentence == sent && code(e.Source) == src {
			return e, true
		}
	}
	return rashomon.Event{}, false
}

func code(p *rashomon.Participant) string {
	if p == nil {
		return "-"
	}
	return p.Actor.Code()
}

func checkEvent(t *testing.T, e rashomon.Event, w wantEvent) {
	t.Helper()
	where := fmt.Sprintf("%s %q", e.Type, e.Text)
	if got := code(e.Target); got != w.tgt {
		t.Errorf("%s: target %s, want %s", where, got, w.tgt)
	}
	if e.Negated != w.negated {
		t.Errorf("%s: negated %v, want %v", where, e.Negated, w.negated)
	}
	str := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("%s: %s %q, want %q", where, field, got, want)
		}
	}
	str("mode", e.Mode, w.mode)
	str("rule", e.Rule, w.rule)
	str("stance", string(e.Stance), string(w.stance))
	str("modality", e.Modality, w.modality)
	str("claimant", e.Claimant.Actor.Code(), w.claimant)
	str("claimant rule", e.Claimant.Rule, w.claimRule)
	str("date", e.Date.String(), w.date)
	str("date end", e.DateEnd.String(), w.dateEnd)
	str("date rule", e.DateRule, w.dateRule)
	if w.place != "" || w.placeName != "" {
		if e.Location == nil {
			t.Errorf("%s: no location, want %s %s", where, w.place, w.placeName)
		} else {
			str("place id", e.Location.Place.ID, w.place)
			str("place name", e.Location.Place.Name, w.placeName)
		}
	}
	if w.count != nil && !hasCount(e.Counts, w.count.Kind, w.count.Value) {
		t.Errorf("%s: counts %v, want %s %g", where, e.Counts, w.count.Kind, w.count.Value)
	}
}

func hasCount(cs []rashomon.Count, kind string, v float64) bool {
	for _, c := range cs {
		if c.Kind == kind && c.Value == v {
			return true
		}
	}
	return false
}

// summary lists events one a line for failure messages.
func summary(evs []rashomon.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "  [%d] %s %q %s -> %s claimant %s negated %v date %s\n",
			e.Sentence, e.Type, e.Text, code(e.Source), code(e.Target), e.Claimant.Actor.Code(), e.Negated, e.Date)
	}
	if b.Len() == 0 {
		return "  (none)\n"
	}
	return b.String()
}
