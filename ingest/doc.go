// Package ingest reads the inputs users bring: plain text files, HTML
// pages, RSS and Atom feeds (files or URLs), JSON Lines with one document a
// line, directories walked recursively, standard input ("-"), and http(s)
// URLs. Each reader yields Items: the text it found, the metadata the input
// carries (title, publication date, site, canonical URL, issuer), and the
// raw bytes when they differ from the text.
//
// A bad input never stops a batch: it becomes an Item whose Err names the
// input and the reason, and reading goes on with the next one. Sizes are
// bounded so that one huge or hostile input cannot exhaust memory.
//
// Cleaning the text (package clean) and storing it are not done here.
package ingest
