// Package lexicon owns rashomon's knowledge of who and where: countries and
// de facto entities with their names, adjectives, demonyms, capitals and
// metonyms; agent words that name sectors ("army", "foreign ministry",
// "peacekeepers"); organisations (IGOs, NGOs, armed groups, media, named
// state bodies); officials with time-bounded roles; and a gazetteer of
// places with coordinates and every side's name for them.
//
// The knowledge is a folder of readable data files (data/), embedded in
// the binary and extendable or overridable by a user folder. Files in the
// PETRARCH/TABARI dictionary formats (*.actors, *.agents) and the GeoNames
// dump formats can be imported. Load validates everything and reports
// problems as file:line errors.
//
// The Matcher finds every actor, agent and place mention of a text in one
// pass over its tokens, composes country words with agent words
// ("Azerbaijani Defense Ministry" → AZE MIL), resolves officials at the
// document's date, and chooses among places of the same name by context.
package lexicon
