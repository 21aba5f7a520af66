package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rashomon-project/rashomon"
)

func collect(t *testing.T, r *Reader, input string) []Item {
	t.Helper()
	var out []Item
	for it := range r.Items(context.Background(), input) {
		out = append(out, it)
	}
	return out
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const page = `<!doctype html><html><head><title>Ministry statement on the border | News Site</title>
<meta property="og:site_name" content="News Site">
<meta property="article:published_time" content="2024-05-14T09:30:00+04:00">
<meta name="rashomon:synthetic" content="true">
<link rel="canonical" href="https://news.example.org/a/1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministry statement on the border","publisher":{"name":"News Site"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministry statement on the border</h1>
<p>The Ministry of Defence said on Tuesday that units of the other side opened fire on positions near the village at night, using mortars and large-calibre machine guns.</p>
<p>One serviceman was wounded, the ministry added, and the situation remained tense along the whole border section through the morning.</p>
<p>The ministry called on the international observers to record the violation and urged the other side to observe the ceasefire agreed last year.</p>
</article><aside><h3>Related posts</h3><ul><li><a href="/b">Other headline</a></li></ul></aside>
<footer>© 2024 News Site. All rights reserved.</footer></body></html>`

func TestReaders(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Title line\n\nFirst paragraph of the statement, with enough words in it.\n")
	write(t, dir, "page.html", page)
	write(t, dir, "docs.jsonl", `{"text":"One statement.","title":"T1","url":"https://x.example/1","published":"2022-03-26","issuer":"Trend","synthetic":true}`+"\n\n"+
		`{"text":"Another statement.","published":"2022-03-27T10:00:00Z"}`+"\nnot json\n"+`{"title":"no text"}`+"\n")
	write(t, dir, "feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><link>https://w.example/1</link><pubDate>Tue, 14 May 2024 09:30:00 +0400</pubDate><category>synthetic example</category><description>&lt;p&gt;Body of the first item.&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://w.example/2</link><description>Body of the second item.</description></item>
</channel></rss>`)
	write(t, dir, "sub/deeper/b.md", "Nested file text.\n")
	write(t, dir, ".hidden/c.txt", "must be skipped")

	r := NewReader(Options{})
	items := collect(t, r, dir)
	byOrigin := map[string]Item{}
	for _, it := range items {
		byOrigin[strings.TrimPrefix(it.Origin, dir+string(filepath.Separator))] = it
	}
	for _, it := range items {
		if strings.Contains(it.Origin, ".hidden") {
			t.Errorf("hidden file read: %s", it.Origin)
		}
	}

	if it := byOrigin["a.txt"]; it.Err != nil || it.Format != rashomon.FormatText || !strings.HasPrefix(it.Body, "Title line") {
		t.Errorf("text: %+v", it)
	}
	if it := byOrigin["sub/deeper/b.md"]; it.Err != nil || it.Body != "Nested file text.\n" {
		t.Errorf("nested: %+v", it)
	}
	h := byOrigin["page.html"]
	switch {
	case h.Err != nil:
		t.Fatalf("html: %v", h.Err)
	case h.Meta.Title != "Ministry statement on the border | News Site" && h.Meta.Title != "Ministry statement on the border":
		t.Errorf("html title %q", h.Meta.Title)
	case h.Meta.Published != rashomon.Day(2024, 5, 14):
		t.Errorf("html date %v", h.Meta.Published)
	case h.Meta.URL != "https://news.example.org/a/1" || h.Meta.SiteName != "News Site" || !h.Meta.Synthetic:
		t.Errorf("html meta %+v", h.Meta)
	case !strings.Contains(h.Body, "One serviceman was wounded"):
		t.Errorf("html body lost text: %q", h.Body)
	case strings.Contains(h.Body, "Other headline") || strings.Contains(h.Body, "All rights reserved") || strings.Contains(h.Body, "World"):
		t.Errorf("html body kept boilerplate: %q", h.Body)
	case strings.Count(h.Body, "\n") < 3:
		t.Errorf("html body lost paragraph breaks: %q", h.Body)
	}

	j1 := byOrigin["docs.jsonl:1"]
	if j1.Err != nil || j1.Meta.Issuer != "Trend" || j1.Meta.Published != rashomon.Day(2022, 3, 26) || !j1.Meta.Synthetic || j1.Meta.URL != "https://x.example/1" {
		t.Errorf("jsonl 1: %+v", j1)
	}
	if j3 := byOrigin["docs.jsonl:3"]; j3.Err != nil || j3.Meta.Published != rashomon.Day(2022, 3, 27) {
		t.Errorf("jsonl 3: %+v", j3)
	}
	if j := byOrigin["docs.jsonl:4"]; j.Err == nil || !strings.Contains(j.Err.Error(), "not a JSON object") {
		t.Errorf("jsonl bad line: %+v", j)
	}
	if j := byOrigin["docs.jsonl:5"]; j.Err == nil || !strings.Contains(j.Err.Error(), `no "text"`) {
		t.Errorf("jsonl no text: %+v", j)
	}
	f1 := byOrigin["feed.xml#1"]
	if f1.Err != nil || f1.Meta.Title != "First" || f1.Meta.Published != rashomon.Day(2024, 5, 14) || !f1.Meta.Synthetic || !strings.Contains(f1.Body, "Body of the first item.") || f1.Meta.SiteName != "Wire" {
		t.Errorf("feed 1: %+v", f1)
	}
	if f2 := byOrigin["feed.xml#2"]; f2.Err != nil || !strings.Contains(f2.Body, "second item") {
		t.Errorf("feed 2: %+v", f2)
	}
}

func TestJSONLDates(t *testing.T) {
	it := jsonItem("x:1", []byte(`{"text":"Another statement.","published":"2022-03-27T10:00:00Z"}`))
	if it.Meta.Published != rashomon.Day(2022, 3, 27) {
		t.Errorf("got %v", it.Meta.Published)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		setup   func() string
		reasons []string
	}{
		{"empty file", func() string { return write(t, dir, "empty.txt", "") }, []string{"empty input"}},
		{"blank file", func() string { return write(t, dir, "blank.txt", "  \n\n \t") }, []string{"empty input"}},
		{"binary file", func() string { return write(t, dir, "bin.dat", "\x7fELF\x02\x01\x01\x00\x00\x00garbage\x00\x01\x02") }, []string{"binary data"}},
		{"missing file", func() string { return filepath.Join(dir, "nope.txt") }, []string{"no such file"}},
		{"broken feed entry", func() string {
			return write(t, dir, "broken.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
<item><title>Good</title><description>Good entry text.</description></item>
<item><title>Bad</title><description><![CDATA[unterminated </description></item>
<item><title>Also good</title><description>Another good entry.</description></item>
</channel></rss>`)
		}, []string{"", "unreadable entry", ""}},
		{"html of nav only", func() string {
			return write(t, dir, "nav.html", `<html><body><nav><a href="/">Home</a></nav><script>var x=1;</script></body></html>`)
		}, []string{"no main text"}},
	}
	r := NewReader(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.setup()
			items := collect(t, r, in)
			if len(items) != len(tt.reasons) {
				t.Fatalf("got %d items, want %d: %+v", len(items), len(tt.reasons), items)
			}
			for i, want := range tt.reasons {
				it := items[i]
				if want == "" {
					if it.Err != nil {
						t.Errorf("item %d: unexpected error %v", i, it.Err)
					}
					continue
				}
				if it.Err == nil || !strings.Contains(it.Err.Error(), want) {
					t.Errorf("item %d: error %v, want one mentioning %q", i, it.Err, want)
				}
				if it.Err != nil && !strings.HasPrefix(it.Err.Error(), it.Origin) {
					t.Errorf("error %q does not name the input %q", it.Err, it.Origin)
				}
			}
		})
	}
}

func TestInvalidUTF8AndEncodings(t *testing.T) {
	dir := t.TempDir()
	r := NewReader(Options{})
	// Mostly UTF-8 with one stray byte: kept as UTF-8, the byte replaced.
	p := write(t, dir, "stray.txt", "Şuşa and Baku\xff said so.")
	it := collect(t, r, p)[0]
	if it.Err != nil || it.Body != "Şuşa and Baku\uFFFD said so." || it.Raw == nil {
		t.Errorf("stray byte: %+v", it)
	}
	// A Windows-1252 file.
	p = write(t, dir, "cp1252.txt", "The minister\x92s statement \x93today\x94 \x96 caf\xe9.")
	it = collect(t, r, p)[0]
	if it.Err != nil || it.Body != "The minister’s statement “today” – café." {
		t.Errorf("cp1252: %+v", it)
	}
}

func TestUnreadableDirectoryEntry(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	write(t, dir, "ok.txt", "Readable text here.")
	bad := write(t, dir, "secret.txt", "x")
	os.Chmod(bad, 0)
	defer os.Chmod(bad, 0o644)
	items := collect(t, NewReader(Options{}), dir)
	var okN, badN int
	for _, it := range items {
		if it.Err != nil && strings.Contains(it.Err.Error(), "permission denied") {
			badN++
		} else if it.Err == nil {
			okN++
		}
	}
	if okN != 1 || badN != 1 {
		t.Errorf("got %d ok, %d denied: %+v", okN, badN, items)
	}
}

func TestStdin(t *testing.T) {
	r := NewReader(Options{Stdin: strings.NewReader(`{"text":"From a pipe.","title":"P"}` + "\n")})
	items := collect(t, r, "-")
	if len(items) != 1 || items[0].Err != nil || items[0].Body != "From a pipe." || items[0].Format != rashomon.FormatJSONL {
		t.Errorf("stdin: %+v", items)
	}
}

func TestURLs(t *testing.T) {
	mux := http.NewServeMux()
	var ua string
	var mu sync.Mutex
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		ua = r.UserAgent()
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>W</title><item><title>A</title><description>Feed text body.</description></item></channel></rss>`)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 300 {
			w.Write([]byte(strings.Repeat("x", 1024)))
		}
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	r := NewReader(Options{Timeout: 500 * time.Millisecond, MaxBytes: 100 << 10, MaxRedirects: 3})
	tests := []struct {
		path, wantErr string
		check         func(Item) bool
	}{
		{"/page", "", func(it Item) bool { return it.Format == rashomon.FormatHTML && strings.Contains(it.Body, "serviceman") }},
		{"/feed", "", func(it Item) bool {
			return it.Format == rashomon.FormatFeed && strings.Contains(it.Body, "Feed text body.")
		}},
		{"/moved", "", func(it Item) bool { return strings.Contains(it.Body, "serviceman") }},
		{"/loop", "redirects", nil},
		{"/slow", "timed out", nil},
		{"/big", "too large", nil},
		{"/gone", "HTTP 404", nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			items := collect(t, r, srv.URL+tt.path)
			if len(items) != 1 {
				t.Fatalf("got %d items", len(items))
			}
			it := items[0]
			if tt.wantErr != "" {
				if it.Err == nil || !strings.Contains(it.Err.Error(), tt.wantErr) {
					t.Errorf("error %v, want %q", it.Err, tt.wantErr)
				}
				return
			}
			if it.Err != nil || !tt.check(it) {
				t.Errorf("item %+v", it)
			}
		})
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.HasPrefix(ua, "rashomon/") {
		t.Errorf("user agent %q", ua)
	}
	items := collect(t, r, "http://127.0.0.1:1/unreachable")
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "unreachable") {
		t.Errorf("unreachable: %+v", items)
	}
	var ie *Error
	if !errors.As(items[0].Err, &ie) || ie.Input != "http://127.0.0.1:1/unreachable" {
		t.Errorf("error does not name input: %v", items[0].Err)
	}
}

func TestDeepHTML(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body>")
	for range 100000 {
		b.WriteString("<div><b>")
	}
	b.WriteString("Deep text at the bottom of the page, a whole sentence of it.")
	b.WriteString("</body></html>")
	it := NewReader(Options{}).htmlItem("deep.html", "", []byte(b.String()))
	if it.Err != nil || !strings.Contains(it.Body, "Deep text at the bottom") {
		t.Errorf("deep html: err=%v body=%.80q", it.Err, it.Body)
	}
}

// peakHeap runs f while sampling the heap, and returns the highest
// HeapAlloc seen above the starting level.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > peak {
				peak = m.HeapAlloc - base
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak
}

// TestHugeOneLineFiles feeds a 200 MB file of one line, as text and as
// JSON Lines, and checks that each is refused with a clear reason while the
// heap stays small: neither is ever read whole.
func TestHugeOneLineFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 400 MB")
	}
	dir := t.TempDir()
	chunk := []byte(strings.Repeat("a", 1<<20))
	for _, name := range []string{"huge.txt", "huge.jsonl"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "huge.jsonl" {
			f.Write([]byte(`{"text":"`))
		}
		for range 200 {
			if _, err := f.Write(chunk); err != nil {
				t.Skipf("disk: %v", err)
			}
		}
		f.Close()
	}
	write(t, dir, "small.txt", "A small statement that must still be read.")
	var items []Item
	const limit = 8 << 20
	peak := peakHeap(func() { items = collect(t, NewReader(Options{MaxBytes: limit}), dir) })
	t.Logf("peak heap while reading two 200 MB one-line files with an 8 MiB limit: %.1f MiB", float64(peak)/(1<<20))
	// a line is gathered up to the limit by appending, and the garbage of
	// its growth counts until collected: a few times the limit, far from
	// the 400 MB an unbounded reader would hold
	if peak > 6*limit {
		t.Errorf("peak heap %.1f MiB: reading is not bounded", float64(peak)/(1<<20))
	}
	var reasons []string
	ok := 0
	for _, it := range items {
		if it.Err != nil {
			reasons = append(reasons, it.Err.Error())
		} else {
			ok++
		}
	}
	if ok != 1 || len(reasons) != 2 {
		t.Fatalf("got %d ok and errors %q", ok, reasons)
	}
	for _, r := range reasons {
		if !strings.Contains(r, "too large") && !strings.Contains(r, "longer than") {
			t.Errorf("unclear reason %q", r)
		}
	}
}
