package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/engine"
	"github.com/rashomon-project/rashomon/store/sqlite"
	"github.com/rashomon-project/rashomon/web"
)

// hostile documents: every field a page shows carries markup that must
// stay text.
var hostile = []struct{ name, body string }{
	{"hostile.jsonl", `{"title":"<script>window.pwned=1;alert('title')</script> Ministry statement","url":"javascript:window.pwned=2","published":"2024-05-14","issuer":"<img src=x onerror=\"window.pwned=3\">","text":"The Ministry of Defense of Azerbaijan said that units of the Armenian armed forces shelled positions near Sotk <script>window.pwned=4</script> on May 14, 2024. <a href=\"javascript:window.pwned=5\">details</a> <svg onload=\"window.pwned=6\"></svg>"}` + "\n"},
	{"broken.html", `<html><head><title>Broken </title><script>window.pwned=7</script></head><body><p>The Armenian Ministry of Defence said that Azerbaijani forces fired at Armenian positions near Sotk on 14 May 2024 <b onmouseover="window.pwned=8">unclosed <i>tags <div><p>and a "><script>window.pwned=9</script> break-out attempt.</body>`},
}

// fixture is a store holding the demo corpus and the hostile documents,
// built once for all the tests of the package.
type fixture struct {
	dir    string
	store  rashomon.Store
	engine *engine.Engine
	err    error
}

var (
	fixOnce sync.Once
	fix     fixture
)

func demoDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "demo", "corpus")
}

func loadFixture(t testing.TB) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		ctx := context.Background()
		fix.dir, fix.err = os.MkdirTemp("", "rashomon-web-")
		if fix.err != nil {
			return
		}
		for _, h := range hostile {
			if fix.err = os.WriteFile(filepath.Join(fix.dir, h.name), []byte(h.body), 0o644); fix.err != nil {
				return
			}
		}
		st, err := sqlite.Open(ctx, filepath.Join(fix.dir, "web.db"))
		if err != nil {
			fix.err = err
			return
		}
		fix.store = st
		e, err := engine.Load(engine.Options{Workers: 2})
		if err != nil {
			fix.err = err
			return
		}
		fix.engine = e
		p := e.Pipeline(st)
		var inputs []string
		inputs = append(inputs, demoDir())
		for _, h := range hostile {
			inputs = append(inputs, filepath.Join(fix.dir, h.name))
		}
		if _, err := p.Run(ctx, inputs, nil); err != nil {
			fix.err = err
			return
		}
		_, fix.err = claims.Update(ctx, st, e.Lexicon)
	})
	if fix.err != nil {
		t.Fatal(fix.err)
	}
	return &fix
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fix.store != nil {
		fix.store.Close()
	}
	if fix.dir != "" {
		os.RemoveAll(fix.dir)
	}
	os.Exit(code)
}

func newServer(t testing.TB, token string) (*web.Server, *httptest.Server) {
	f := loadFixture(t)
	srv, err := web.New(web.Options{Store: f.store, Places: f.engine.Lexicon, Token: token,
		Ingester: &engine.Ingester{Engine: f.engine, Store: f.store}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return srv, ts
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// firstIncident and hostileDoc find ids to visit.
func firstIncident(t *testing.T, base string) rashomon.Incident {
	t.Helper()
	_, body := get(t, base+"/api/incidents")
	var out struct{ Incidents []rashomon.Incident }
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Incidents) == 0 {
		t.Fatalf("no incident in the demo corpus: %v %s", err, body)
	}
	return out.Incidents[0]
}

func docByWords(t *testing.T, base, words string) string {
	t.Helper()
	_, body := get(t, base+"/api/documents?q="+words)
	var out struct{ Documents []rashomon.DocSummary }
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Documents) == 0 {
		t.Fatalf("no document matches %q: %v %s", words, err, body)
	}
	return out.Documents[0].ID
}

func TestPages(t *testing.T) {
	_, ts := newServer(t, "")
	inc := firstIncident(t, ts.URL)
	doc := inc.Docs[0]
	tests := []struct {
		path string
		want []string
	}{
		{"/", []string{"What each side says happened", "Latest incidents", "Events by type"}},
		{"/search?q=shelled", []string{"Documents", "Events", "Type"}},
		{"/search?type=ASSAULT", []string{"ASSAULT", "Export these events"}},
		{"/incidents", []string{"Incidents", inc.Title}},
		{"/incidents/" + inc.ID, []string{"The accounts side by side", "Where the accounts contradict each other", "Documents"}},
		{"/docs/" + doc, []string{"Published", "Events"}},
		{"/timeline", []string{"Timeline", "<svg class=\"timeline\""}},
		{"/map", []string{"<svg class=\"map\"", "Place names as used by", "Natural Earth"}},
		{"/map?names=ARM", []string{"<svg class=\"map\""}},
		{"/network", []string{"Actor network", "<svg class=\"network\""}},
		{"/ingest", []string{"Ingest", "multipart/form-data"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, ts.URL+tt.path)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("content type %q", ct)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("CSP %q", csp)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}

func TestErrors(t *testing.T) {
	_, ts := newServer(t, "")
	tests := []struct {
		path   string
		status int
		json   bool
	}{
		{"/docs/no-such-document", 404, false},
		{"/incidents/no-such-incident", 404, false},
		{"/search?since=yesterday", 400, false},
		{"/api/documents/no-such-document", 404, true},
		{"/api/events?type=BOMBARD", 400, true},
		{"/api/events?sort=sideways", 400, true},
		{"/api/events?actor=123", 400, true},
		{"/api/events?limit=-1", 400, true},
		{"/api/facets/colour", 400, true},
		{"/api/export?format=xls", 400, true},
		{"/api/no-such-endpoint", 404, true},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, ts.URL+tt.path)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if tt.json {
				var e struct {
					Error  string
					Status int
				}
				if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" || e.Status != tt.status {
					t.Errorf("want a JSON error with a reason, got %s", body)
				}
			}
		})
	}
}

func TestAPI(t *testing.T) {
	_, ts := newServer(t, "")
	inc := firstIncident(t, ts.URL)
	var page rashomon.EventPage
	_, body := get(t, ts.URL+"/api/events?incident="+inc.ID+"&limit=500")
	if err := json.Unmarshal([]byte(body), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Events) == 0 || page.Total != len(page.Events) {
		t.Fatalf("incident events: %d of %d", len(page.Events), page.Total)
	}
	for _, e := range page.Events {
		if e.IncidentID != inc.ID || e.Quote == "" || e.Rule == "" {
			t.Errorf("event %s: incident %q, quote %q, rule %q", e.ID, e.IncidentID, e.Quote, e.Rule)
		}
	}
	// paging: two pages of one are the first two events
	_, b1 := get(t, ts.URL+"/api/events?limit=1&sort=date")
	_, b2 := get(t, ts.URL+"/api/events?limit=1&offset=1&sort=date")
	_, both := get(t, ts.URL+"/api/events?limit=2&sort=date")
	var p1, p2, pb rashomon.EventPage
	json.Unmarshal([]byte(b1), &p1)
	json.Unmarshal([]byte(b2), &p2)
	json.Unmarshal([]byte(both), &pb)
	if len(pb.Events) != 2 || len(p1.Events) != 1 || len(p2.Events) != 1 || p1.Events[0].ID != pb.Events[0].ID || p2.Events[0].ID != pb.Events[1].ID {
		t.Errorf("paging does not add up")
	}
	for _, path := range []string{"/api/actors", "/api/network", "/api/places", "/api/framing", "/api/facets/type",
		"/api/facets/month", "/api/facets/issuer", "/api/documents?q=ministry", "/api/incidents/" + inc.ID,
		"/api/documents/" + inc.Docs[0]} {
		resp, body := get(t, ts.URL+path)
		if resp.StatusCode != 200 || !json.Valid([]byte(body)) {
			t.Errorf("%s: status %d, valid JSON %v", path, resp.StatusCode, json.Valid([]byte(body)))
		}
	}
	for _, format := range []string{"csv", "json", "jsonl", "geojson", "gdelt", "acled"} {
		resp, body := get(t, ts.URL+"/api/export?format="+format)
		if resp.StatusCode != 200 || len(body) == 0 {
			t.Errorf("export %s: status %d, %d bytes", format, resp.StatusCode, len(body))
		}
		if !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("export %s: not an attachment", format)
		}
	}
}

// TestOpenAPICoversRoutes checks that the OpenAPI document describes
// every API route and nothing else.
func TestOpenAPICoversRoutes(t *testing.T) {
	srv, ts := newServer(t, "")
	_, body := get(t, ts.URL+"/api/openapi.json")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("not an OpenAPI 3 document: %v", err)
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	served := srv.APIRoutes()
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, served) {
		t.Errorf("OpenAPI paths and routes differ:\ndocumented %v\nserved     %v", documented, served)
	}
}

func TestEscaping(t *testing.T) {
	_, ts := newServer(t, "")
	id := docByWords(t, ts.URL, "break-out")
	id2 := docByWords(t, ts.URL, "details")
	for _, path := range []string{"/docs/" + id, "/docs/" + id2, "/search?q=pwned", "/search?q=%3Cscript%3E",
		"/", "/search?issuer=%3Cimg"} {
		_, body := get(t, ts.URL+path)
		for _, bad := range []string{"<script>window", "onerror=\"window", "onload=\"window", "href=\"javascript:", "onmouseover=\"window", "<svg onload"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s carries %q unescaped", path, bad)
			}
		}
	}
	// the words are there, as text
	_, body := get(t, ts.URL+"/docs/"+id2)
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Errorf("the document's <script> text is not shown escaped")
	}
}

func multipartBody(t *testing.T, fields map[string]string, files map[string]string) (*bytes.Buffer, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, content := range files {
		fw, _ := mw.CreateFormFile("files", name)
		io.WriteString(fw, content)
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

func TestIngest(t *testing.T) {
	_, ts := newServer(t, "s3cret")
	text := "The Ministry of Defence of Armenia said that Azerbaijani units opened fire at Armenian positions near Jermuk on 20 May 2024."
	// no token: refused, nothing stored
	body, ct := multipartBody(t, map[string]string{"text": text}, nil)
	resp, err := http.Post(ts.URL+"/api/ingest", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: status %d", resp.StatusCode)
	}
	// a cross-site form post is refused even with the token
	body, ct = multipartBody(t, map[string]string{"text": text, "token": "s3cret"}, nil)
	req, _ := http.NewRequest("POST", ts.URL+"/ingest", body)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://elsewhere.example")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site post: status %d", resp.StatusCode)
	}
	// with the token: stored, and a second time skipped
	for i, want := range []int{1, 0} {
		body, ct = multipartBody(t, map[string]string{"token": "s3cret"}, map[string]string{"jermuk.txt": text})
		resp, err = http.Post(ts.URL+"/api/ingest", ct, body)
		if err != nil {
			t.Fatal(err)
		}
		var res web.IngestResult
		json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		if resp.StatusCode != 200 || res.New != want || len(res.Docs) != 1 {
			t.Errorf("ingest %d: status %d, %+v", i, resp.StatusCode, res)
		}
	}
	// JSON with a bearer token; a bad URL is refused with a reason
	req, _ = http.NewRequest("POST", ts.URL+"/api/ingest", strings.NewReader(`{"urls":["file:///etc/passwd"]}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 400 || !strings.Contains(string(b), "not an http(s) URL") {
		t.Errorf("file URL: status %d %s", resp.StatusCode, b)
	}
	// the page form works too
	body, ct = multipartBody(t, map[string]string{"token": "s3cret", "text": text + " It was the second time."}, nil)
	resp, err = http.Post(ts.URL+"/ingest", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "new documents") {
		t.Errorf("form ingest: status %d", resp.StatusCode)
	}
}

func TestReadOnly(t *testing.T) {
	f := loadFixture(t)
	srv, err := web.New(web.Options{Store: f.store, Places: f.engine.Lexicon})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	resp, err := http.Post(ts.URL+"/api/ingest", "application/json", strings.NewReader(`{"texts":[{"text":"x"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("read-only ingest: status %d", resp.StatusCode)
	}
}
