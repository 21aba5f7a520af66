// Package clean turns the text a reader found into the text rashomon codes:
// bytes decoded to UTF-8, Unicode NFC, mojibake repaired, invisible and
// control characters removed, web boilerplate dropped by rules kept as data,
// a title or lede repeated at the top collapsed to one, and whitespace
// tidied. Every change is recorded, and the OffsetMap it returns takes any
// offset in the cleaned text back to the text it was given.
//
// It does not read files or URLs (package ingest does) and does not split
// sentences (package text does).
package clean
