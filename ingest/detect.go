package ingest

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// formatFromName returns the format a file name's extension announces, or
// "" when the content must tell.
func formatFromName(name string) rashomon.Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return rashomon.FormatHTML
	case ".rss", ".atom", ".feed":
		return rashomon.FormatFeed
	case ".jsonl", ".ndjson":
		return rashomon.FormatJSONL
	case ".txt", ".text", ".md":
		return rashomon.FormatText
	}
	return ""
}

// sniff guesses the format from the first bytes.
func sniff(b []byte) rashomon.Format {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 2048)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	switch {
	case bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<rss")) || bytes.HasPrefix(head, []byte("<feed")):
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")) {
			return rashomon.FormatFeed
		}
		if bytes.Contains(head, []byte("<html")) {
			return rashomon.FormatHTML
		}
		return rashomon.FormatFeed
	case bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<head")) || bytes.HasPrefix(head, []byte("<body")) ||
		(bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<p")) || bytes.Contains(head, []byte("<div")))):
		return rashomon.FormatHTML
	case bytes.HasPrefix(head, []byte("{")):
		return rashomon.FormatJSONL
	}
	return rashomon.FormatText
}

// formatFromContentType maps an HTTP Content-Type to a format, or "".
func formatFromContentType(ct string) rashomon.Format {
	ct = strings.ToLower(ct)
	switch {
	case strings.Contains(ct, "html"):
		return rashomon.FormatHTML
	case strings.Contains(ct, "rss"), strings.Contains(ct, "atom"):
		return rashomon.FormatFeed
	case strings.Contains(ct, "jsonl"), strings.Contains(ct, "ndjson"):
		return rashomon.FormatJSONL
	case strings.Contains(ct, "text/plain"):
		return rashomon.FormatText
	}
	return ""
}
