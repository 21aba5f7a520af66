package web_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// screenshotDir is where the end-to-end test leaves its screenshots, one
// per page, for people to look at (ignored by git).
const screenshotDir = "testdata/screenshots"

// browser starts headless Chromium, or skips the test when there is none.
func browser(t *testing.T) (context.Context, *dialogs) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("no Chromium on this machine (Debian: apt-get install chromium)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.WindowSize(1366, 900), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("Chromium does not start: %v", err)
	}
	d := &dialogs{}
	// any dialog (alert, confirm, prompt) is a script that ran: record it
	// and dismiss it so that the page goes on
	go func() {
		for ev, err := range chromedp.Events(ctx, page.JavascriptDialogOpening) {
			if err != nil {
				return
			}
			d.add(ev.Message)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return ctx, d
}

type dialogs struct {
	mu   sync.Mutex
	msgs []string
}

func (d *dialogs) add(m string) {
	d.mu.Lock()
	d.msgs = append(d.msgs, m)
	d.mu.Unlock()
}

func (d *dialogs) list() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.msgs...)
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(screenshotDir, name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d KB)", p, len(buf)/1024)
}

// TestBrowser visits every page of the demo corpus in Chromium, follows an
// incident to the sentence a quote rests on, checks what the pages show,
// and saves a screenshot of each.
func TestBrowser(t *testing.T) {
	ctx, dl := browser(t)
	_, ts := newServer(t, "")
	inc := firstIncident(t, ts.URL)

	// every page loads, with its heading and what it is for
	pages := []struct{ name, path, heading, sel string }{
		{"home", "/", "What each side says happened", "ul.incidents li"},
		{"incidents", "/incidents", "Incidents", "table.list tbody tr"},
		{"incident", "/incidents/" + inc.ID, inc.Title, ".point .claim, .account li"},
		{"search", "/search?q=ministry", "Search: ministry", "li.event"},
		{"timeline", "/timeline", "Timeline", "svg.timeline rect"},
		{"map", "/map", "Map", "svg.map .land path"},
		{"map-armenian-names", "/map?names=ARM", "Map", "svg.map .marks circle"},
		{"network", "/network", "Actor network", "svg.network .node"},
		{"ingest", "/ingest", "Ingest", "form.ingest"},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+p.path), chromedp.WaitVisible(chromedp.CSS("main h1"))); err != nil {
				t.Fatal(err)
			}
			h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main h1")))
			if err != nil {
				t.Fatal(err)
			}
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+quoteJS(p.sel)+`).length`))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(h1, p.heading) {
				t.Errorf("heading %q, want %q", h1, p.heading)
			}
			if n == 0 {
				t.Errorf("no %s on the page", p.sel)
			}
			screenshot(t, ctx, p.name)
		})
	}

	// from the incident, follow a quote to its highlighted sentence
	t.Run("incident-to-document", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/incidents/"+inc.ID), chromedp.WaitVisible(chromedp.CSS("a.quote"))); err != nil {
			t.Fatal(err)
		}
		quote, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("a.quote"), chromedp.NodeVisible))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("a.quote"), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.CSS(".sent.hl"))); err != nil {
			t.Fatal(err)
		}
		hl, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".sent.hl")))
		if err != nil {
			t.Fatal(err)
		}
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(loc, "/docs/") {
			t.Fatalf("followed to %s", loc)
		}
		q := strings.Trim(strings.TrimSpace(quote), "“”…")
		if r := []rune(q); len(r) > 40 {
			q = string(r[:40])
		}
		if !strings.Contains(strings.Join(strings.Fields(hl), " "), strings.Join(strings.Fields(q), " ")) {
			t.Errorf("highlighted sentence %q does not hold the quote %q", hl, q)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".sent-events .ev").length`))
		if err != nil || n == 0 {
			t.Errorf("the document shows no event (%v)", err)
		}
		screenshot(t, ctx, "document")
	})

	// the timeline zooms by dragging across it
	t.Run("timeline-drag", func(t *testing.T) {
		err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/timeline"), chromedp.WaitVisible(chromedp.CSS("svg.timeline")))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function(){
				var s = document.getElementById("timeline"), r = s.getBoundingClientRect();
				function ev(type, f){ return new MouseEvent(type, {bubbles: true, clientX: r.left + r.width*f, clientY: r.top + r.height/2, button: 0}); }
				s.dispatchEvent(ev("mousedown", 0.3)); s.dispatchEvent(ev("mousemove", 0.6)); window.dispatchEvent(ev("mouseup", 0.6));
				return true; })()`)); err != nil {
			t.Fatal(err)
		}
		var loc string
		for range 50 {
			time.Sleep(100 * time.Millisecond)
			if loc, err = chromedp.Run(ctx, chromedp.Location()); err == nil && strings.Contains(loc, "since=") {
				break
			}
		}
		if !strings.Contains(loc, "since=") || !strings.Contains(loc, "until=") {
			t.Errorf("dragging did not zoom: %s", loc)
		}
	})

	if d := dl.list(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

// TestBrowserRunsNoDocumentScript loads the pages that show the hostile
// documents and proves in the browser that none of their scripts, event
// handlers or javascript: links ran.
func TestBrowserRunsNoDocumentScript(t *testing.T) {
	ctx, dl := browser(t)
	_, ts := newServer(t, "")
	ids := []string{docByWords(t, ts.URL, "break-out"), docByWords(t, ts.URL, "details")}
	paths := []string{"/", "/search?q=pwned", "/search?q=%3Cscript%3E", "/search?issuer=%3Cimg", "/incidents", "/timeline", "/map", "/network"}
	for _, id := range ids {
		paths = append(paths, "/docs/"+id)
	}
	for _, p := range paths {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+p), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		// give handlers a chance: hover over and click everything but links
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelectorAll("*").forEach(function(e){
				e.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
				if (e.tagName !== "A" && e.tagName !== "BUTTON" && e.tagName !== "INPUT") e.dispatchEvent(new MouseEvent("click", {bubbles: true}));
			}); true`)); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		time.Sleep(200 * time.Millisecond)
		pwned, err := chromedp.Run(ctx, chromedp.Evaluate[any](`window.pwned === undefined ? null : window.pwned`))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if pwned != nil {
			t.Errorf("%s: a document's script ran (window.pwned = %v)", p, pwned)
		}
		scripts, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.scripts).filter(function(s){ return !s.src.endsWith("/static/app.js"); }).length`))
		if err != nil || scripts != 0 {
			t.Errorf("%s: %d script elements besides the app's (%v)", p, scripts, err)
		}
		// a javascript: link from a document is never a live link
		live, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll("a[href]")).filter(function(a){ return (a.getAttribute("href") || "").trim().toLowerCase().startsWith("javascript:"); }).length`))
		if err != nil || live != 0 {
			t.Errorf("%s: %d javascript: links (%v)", p, live, err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/docs/"+ids[1]), chromedp.WaitVisible(chromedp.CSS("main h1"))); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "hostile-document")
	if d := dl.list(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

func quoteJS(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
