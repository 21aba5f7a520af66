// Package export writes coded events (rashomon.EventRow) to an io.Writer
// in formats other tools read: a flat CSV, JSON, JSON Lines, GeoJSON, a
// GDELT 2.0 event table and an ACLED-style CSV. It owns the column layouts
// and the mappings from rashomon's coding (PLOVER types and modes, CAMEO
// codes, country and sector codes, gazetteer places) to the other datasets'
// schemes. It does not query a store beyond paging through one (Events),
// and it does not decide which events to export: the caller's
// rashomon.EventQuery does.
//
// Writers stream: NewWriter, then Write each event, then Close. Write takes
// a whole sequence (from Events, or Slice for a slice) and does all three.
// The README.md beside this file holds the same tables as Markdown.
//
// # Formats
//
//	csv      one row per event, every field flattened; RFC 4180 quoting
//	json     an array of rashomon.EventRow as the JSON API gives them, one per line
//	jsonl    one rashomon.EventRow per line (JSON Lines)
//	geojson  a FeatureCollection of the events with coordinates: Point [lon, lat],
//	         the main fields as flat properties; events without coordinates are left out
//	gdelt    the 61 columns of the GDELT 2.0 event table, tab-separated, no quoting
//	acled    the columns of ACLED's event exports, for the events ACLED records
//
// Nothing is invented to fill a column: a value rashomon does not know is
// left empty. In the tab-separated GDELT table, tabs, line breaks and other
// control characters inside a field become spaces.
//
// # CSV columns
//
//	id               event id, stable across runs (document id, "-e", number)
//	doc              document id
//	sentence         index of the sentence in the document, from 0
//	date             event date: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
//	date_end         end of a span of dates, same form; empty for a single date
//	date_precision   day, month, year, range (date_end set), or empty
//	type             PLOVER event type (ASSAULT, ...)
//	mode             PLOVER mode (firearms, drone, ...), or empty
//	cameo            CAMEO event code ("190", "0872")
//	source_code      source actor: country and sector ("AZEMIL"), a sector alone ("IGO")
//	source_text      the words that name the source
//	target_code      target actor, as source_code
//	target_text      the words that name the target
//	claimant_code    who asserts the event, as source_code
//	claimant_text    the words that name the claimant
//	claimant_chain   reported speech, outermost speaker first: CODE "words" verb, joined by " > "
//	stance           asserted, denied, alleged or demanded
//	negated          true when the sentence negates the event ("did not open fire")
//	modality         reported, alleged, future, demanded, or empty
//	place_id         gazetteer id of the place ("sotk", "gn:709930")
//	place_name       the place's canonical name
//	place_country    the place's country (ISO 3166-1 alpha-3)
//	lat, lon         the place's coordinates, decimal degrees (WGS 84)
//	place_precision  point, area, country or approximate
//	counts           numbers attached to the event: "killed=3;wounded=2"
//	trigger_text     the verb or noun that evokes the event
//	trigger_start    its byte offsets in the document's cleaned text,
//	trigger_end      start inclusive, end exclusive
//	rule             id of the verb pattern that coded the event
//	incident         id of the incident the event was linked into, or empty
//	doc_title        the document's title
//	doc_url          the document's URL, or empty
//	issuer           the outlet that published the document
//	published        the document's publication date
//	quote            the sentence the event was coded from
//
// # GDELT 2.0 event table
//
// Columns in the order of the GDELT Event Codebook V2.0. No header line,
// like GDELT's own files, unless Options.Header. Negated or denied events
// are left out unless Options.Negated (the table has no column to say an
// event did not happen), and events without a CAMEO code unless
// Options.Unmapped.
//
//	GLOBALEVENTID         first 8 bytes of SHA-256(event id), big-endian, top bit cleared:
//	                      a positive 63-bit integer, the same in every export (GDELTEventID)
//	SQLDATE               YYYYMMDD, when the day is known (the codebook calls it Day); for a
//	                      span of dates, only what its first and last day share is known
//	MonthYear             YYYYMM, when the month is known
//	Year                  YYYY, when the year is known
//	FractionDate          YYYY.FFFF with FFFF = (MONTH*30+DAY)/365, GDELT's formula, when the day is known
//	Actor1Code            the source's code, country then sector ("AZEMIL", "NKRMIL", "IGO")
//	Actor1Name            the words that name the source in the text (GDELT: the dictionary name)
//	Actor1CountryCode     the source's country, when it is an ISO 3166-1 alpha-3 code (see Country codes)
//	Actor1KnownGroupCode  empty
//	Actor1EthnicCode      empty
//	Actor1Religion1Code   empty
//	Actor1Religion2Code   empty
//	Actor1Type1Code       the source's sector (MIL, GOV, CVL, ...)
//	Actor1Type2Code       empty
//	Actor1Type3Code       empty
//	Actor2...             the same ten columns for the target
//	IsRootEvent           empty (an event listing does not carry the sentence's paragraph)
//	EventCode             the CAMEO code
//	EventBaseCode         its first three digits (the code itself when shorter)
//	EventRootCode         its first two digits
//	QuadClass             from the root: 1 verbal cooperation (01-05), 2 material cooperation
//	                      (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20)
//	GoldsteinScale        Goldstein's (1992) score of the code, as GDELT's published CAMEO
//	                      lookup assigns it (data/goldstein.tsv): the code's, else its base
//	                      code's, else its root's
//	NumMentions           1: a row is one mention of the event
//	NumSources            1: from one source
//	NumArticles           1: in one article
//	AvgTone               empty (rashomon measures no tone)
//	Actor1Geo_... (8)     empty: rashomon places the event, not its actors
//	Actor2Geo_... (8)     empty
//	ActionGeo_Type        1 country, 5 first-level region (2 in the USA), 4 any other place
//	                      (3 in the USA): GDELT's "city or landmark"
//	ActionGeo_FullName    "Place, Region, Country" from the gazetteer
//	ActionGeo_CountryCode FIPS 10-4 code of the place's country (data/countries.tsv)
//	ActionGeo_ADM1Code    the FIPS country code for a country-level place, as GDELT does;
//	                      else empty (the gazetteer names regions but has no FIPS codes)
//	ActionGeo_ADM2Code    empty
//	ActionGeo_Lat         the place's latitude
//	ActionGeo_Long        the place's longitude
//	ActionGeo_FeatureID   the place's id in rashomon's gazetteer ("sotk", "gn:709930", a
//	                      GeoNames id), not a GNS feature id
//	DATEADDED             empty (an event listing does not carry the ingestion time)
//	SOURCEURL             the document's URL; without one, a citation: issuer, "title",
//	                      rashomon document id
//
// # Country codes
//
// rashomon codes countries with ISO 3166-1 alpha-3, plus project codes for
// de facto entities. CAMEO's actor country codes are ISO alpha-3 for
// states, so they pass through; GDELT's geographic columns use FIPS 10-4
// and ACLED's iso column the ISO numeric code, both from
// data/countries.tsv.
//
//	rashomon            Actor*CountryCode  *Geo_CountryCode   ACLED iso
//	ISO alpha-3 (ARM)   ARM                AM                 51
//	KOS (Kosovo)        KOS                KV                 empty
//	PSE (Palestine)     PSE                WE; GZ in Gaza     275
//	NKR ABK OST PMR     empty: kept in     does not occur: places carry the
//	NCY SML DPR LPR     Actor*Code         recognised sovereign's code
//
// # ACLED columns
//
// Events with no ACLED event type are left out unless Options.Unmapped
// (then the type columns are empty), and negated or denied events unless
// Options.Negated.
//
//	event_id_cnty       the rashomon event id (not ACLED's country-prefixed number)
//	event_date          YYYY-MM-DD when the day is known, else empty
//	year                the year of the event date (empty for a span across two years)
//	time_precision      1 the day is known, 2 a span of at most 7 days, 3 a month, a year
//	                    or a longer span; empty without a date
//	disorder_type       from the event type mapping below
//	event_type          from the event type mapping below
//	sub_event_type      from the event type mapping below
//	actor1              the source's code ("AZE MIL"), or the words that name it when uncoded
//	assoc_actor_1       empty
//	inter1              the source's actor type, from its sector (below)
//	actor2              the target, as actor1
//	assoc_actor_2       empty
//	inter2              the target's actor type
//	interaction         both actor types, lower first ("18"); the source's and 0 when
//	                    there is no target ("60")
//	civilian_targeting  "Civilian targeting" when the target is civilian and the event is
//	                    violence against civilians or explosions/remote violence
//	iso                 ISO 3166-1 numeric code of the place's country
//	region              empty (ACLED's world regions are not in the gazetteer)
//	country             the name of the place's country
//	admin1              the place's first-level region, as the gazetteer gives it
//	admin2              empty
//	admin3              empty
//	location            the place's name
//	latitude            the place's latitude
//	longitude           the place's longitude
//	geo_precision       1 point, 2 approximate, 3 area or country
//	source              the outlet that published the document
//	source_scale        empty
//	notes               the quote with its claimant: "According to ARM MIL: ..."; the
//	                    claimant's words or the outlet when it is uncoded
//	fatalities          the sum of the counts of kind "killed"; 0 when there is none, which
//	                    in ACLED means none reported
//	tags                the coding ACLED has no column for: "plover=ASSAULT/firearms;
//	                    cameo=190; source=AZEMIL; target=ARMMIL; claimant=ARMMIL;
//	                    stance=asserted; wounded=1; doc=..." ("negated" when kept)
//	timestamp           empty
//
// # PLOVER to ACLED event types
//
// Only types ACLED records are mapped. Speech acts are not ACLED events, so
// AGREE, CONSULT, SUPPORT, REQUEST, ACCUSE, REJECT and THREATEN are left
// out, and so are CONCEDE, COOPERATE, AID, RETREAT and SANCTION, which have
// no ACLED event type, and crowd-control assaults (water cannon), which
// ACLED types by whether there was a protest, which the event does not say.
//
//	PLOVER type/mode                disorder_type           event_type                  sub_event_type
//	ASSAULT heavy-weapons           Political violence      Explosions/Remote violence  Shelling/artillery/missile attack
//	ASSAULT drone                   Political violence      Explosions/Remote violence  Air/drone strike
//	ASSAULT explosives              Political violence      Explosions/Remote violence  Remote explosive/landmine/IED
//	ASSAULT abduct                  Political violence      Violence against civilians  Abduction/forced disappearance
//	ASSAULT torture                 Political violence      Violence against civilians  Attack
//	ASSAULT destroy                 Strategic developments  Strategic developments      Looting/property destruction
//	ASSAULT other, civilian target  Political violence      Violence against civilians  Attack
//	ASSAULT other, other target     Political violence      Battles                     Armed clash
//	PROTEST                         Demonstrations          Protests                    Peaceful protest
//	COERCE arrest                   Strategic developments  Strategic developments      Arrests
//	COERCE seize, CAMEO 192         Strategic developments  Strategic developments      Non-violent transfer of territory
//	COERCE seize, CAMEO 1711        Strategic developments  Strategic developments      Looting/property destruction
//	COERCE other                    Strategic developments  Strategic developments      Other
//	MOBILIZE                        Strategic developments  Strategic developments      Other
//
// "ASSAULT other" is firearms, targeted killings and attacks of no stated
// means: against civilians it is violence against civilians, against
// anyone else (or no coded target) a clash. Civilian sectors: CVL, REF,
// MED, JRN, NGO, EDU, REL, LAB, BUS, AGR.
//
// # ACLED actor types
//
//	sector                                   inter
//	PKO, IGO                                 8 external/other forces
//	REB                                      2 rebel groups
//	CVL (or none) as source of a PROTEST     6 protesters
//	civilian sectors                         7 civilians
//	MIL GOV COP SPY LEG JUD PRE PRM          1 state forces in their own country or where the
//	                                         place is unknown; 8 abroad; empty for a de facto
//	                                         entity's forces
//	any other (IRR, UAF, PTY, OPP, ...)      empty: the political or identity militia type
//	                                         is not in the code
package export
