package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// The reader fuzz targets check that no input makes a reader panic or
// return an item that is neither a document nor an error naming its input.

func checkItem(t *testing.T, it Item) {
	t.Helper()
	if it.Err != nil {
		if !strings.HasPrefix(it.Err.Error(), it.Origin) {
			t.Fatalf("error %q does not name input %q", it.Err, it.Origin)
		}
		return
	}
	if strings.TrimSpace(it.Body) == "" {
		t.Fatalf("item without text and without error: %+v", it)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"Title\n\nBody.", "", "\x00\x01", "caf\xe9", "\xff\xfeh\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		it := textItem("f.txt", "", b)
		checkItem(t, it)
		if it.Err == nil && !utf8.ValidString(it.Body) {
			t.Fatal("invalid UTF-8 body")
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{page, "<html><body><p>One two three four.</p></body></html>", "<div><div><p>x", "<script>", "<meta name='rashomon:synthetic' content='true'><p>a b c d</p>",
		`<script type="application/ld+json">{"@graph":[{"datePublished":"2020-01-01"}]}</script><p>a b c d</p>`} {
		f.Add([]byte(s))
	}
	r := NewReader(Options{})
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItem(t, r.htmlItem("f.html", "", b))
	})
}

func FuzzFeed(f *testing.F) {
	for _, s := range []string{
		`<rss version="2.0"><channel><title>W</title><item><title>A</title><description>Text of the item.</description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>A</title><content>Body text here.</content></entry></feed>`,
		`<rss><channel><item><title>x</title><description><![CDATA[broken</description></item><item><title>y</title><description>fine entry text</description></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	r := NewReader(Options{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var n int
		r.feedItems(context.Background(), "f.xml", b, func(it Item) bool {
			checkItem(t, it)
			n++
			return n < 1000
		})
	})
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{`{"text":"a b c","published":"2020-01-01"}` + "\n", "not json\n", `{"text":""}`, "\n\n\n", `{"text":"x","published":"07.10.202"}`} {
		f.Add([]byte(s))
	}
	r := NewReader(Options{MaxBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, b []byte) {
		r.jsonlItems(context.Background(), "f.jsonl", strings.NewReader(string(b)), func(it Item) bool {
			checkItem(t, it)
			return true
		})
	})
}
