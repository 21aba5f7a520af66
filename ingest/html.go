package ingest

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/dates"
)

// maxHTMLDepth bounds the nesting a page may have before the tree-based
// extractor is skipped for a flat, streaming one: HTML parsers and
// main-text extractors are recursive or quadratic on pathological nesting.
const maxHTMLDepth = 512

type htmlExtractor struct{}

func newHTMLExtractor() *htmlExtractor { return &htmlExtractor{} }

// pageFacts is what a streaming pass over the markup learns: nesting depth
// and the metadata the project reads itself.
type pageFacts struct {
	depth     int
	title     string
	canonical string
	siteName  string
	published string
	author    string
	publisher string
	synthetic bool
}

func (r *Reader) htmlItem(origin, pageURL string, b []byte) Item {
	enc, _, _ := charset.DetermineEncoding(b, "text/html")
	if enc != nil {
		if d, err := enc.NewDecoder().Bytes(b); err == nil {
			b = d
		}
	}
	if looksBinaryHTML(b) {
		return Item{Origin: origin, Err: inputErr(origin, nil, "binary data, not HTML")}
	}
	facts := scanPage(b)
	it := Item{Origin: origin, Format: rashomon.FormatHTML, Raw: b}
	var body string
	if facts.depth <= maxHTMLDepth {
		body, it.Meta = r.html.extract(b, pageURL, facts)
	}
	if strings.TrimSpace(body) == "" {
		// Too deep for the tree extractor, or it found nothing: stream the
		// visible text instead.
		body = flatText(b)
		it.Meta = metaFromFacts(facts, pageURL)
	}
	if len(strings.Fields(body)) < minWords {
		it.Err = inputErr(origin, nil, "no main text found (%s of markup, %d words of text)", humanBytes(int64(len(b))), len(strings.Fields(body)))
		return it
	}
	body = withTitle(it.Meta.Title, body)
	it.Body = body
	return it
}

// minWords is the least text a page or entry must have to be a document.
const minWords = 3

// withTitle puts the title on the first line of body unless body already
// starts with it, so that every document's text opens with its headline.
func withTitle(title, body string) string {
	t := strings.Join(strings.Fields(title), " ")
	if t == "" {
		return body
	}
	first, _, _ := strings.Cut(strings.TrimSpace(body), "\n")
	first = strings.Join(strings.Fields(first), " ")
	if first == t || strings.HasPrefix(first, t+" ") {
		return body
	}
	return t + "\n\n" + body
}

func looksBinaryHTML(b []byte) bool {
	return bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0
}

func metaFromFacts(f pageFacts, pageURL string) Meta {
	m := Meta{Title: f.title, URL: f.canonical, SiteName: f.siteName, Author: f.author, Synthetic: f.synthetic}
	if m.URL == "" {
		m.URL = pageURL
	}
	if m.SiteName == "" {
		m.SiteName = f.publisher
	}
	setDate(&m, f.published)
	return m
}

func setDate(m *Meta, s string) {
	if s == "" {
		return
	}
	d, _, ok, bad := dates.ParseTimestamp(s)
	m.DateText = s
	if ok {
		m.Published = d
	}
	m.DateUnparseable = bad
}

func (x *htmlExtractor) extract(b []byte, pageURL string, facts pageFacts) (body string, meta Meta) {
	defer func() {
		if p := recover(); p != nil {
			body, meta = "", metaFromFacts(facts, pageURL)
		}
	}()
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(b), opts)
	meta = metaFromFacts(facts, pageURL)
	if err != nil || res == nil {
		return "", meta
	}
	if meta.Title == "" {
		meta.Title = res.Metadata.Title
	}
	if meta.SiteName == "" {
		meta.SiteName = res.Metadata.Sitename
	}
	if meta.Author == "" {
		meta.Author = res.Metadata.Author
	}
	if facts.canonical == "" && res.Metadata.URL != "" {
		meta.URL = res.Metadata.URL
	}
	if meta.Published.IsZero() && !meta.DateUnparseable && !res.Metadata.Date.IsZero() {
		meta.Published = rashomon.DateOf(res.Metadata.Date)
		meta.DateText = res.Metadata.Date.Format("2006-01-02")
	}
	if res.ContentNode != nil {
		body = renderText(res.ContentNode)
	}
	if strings.TrimSpace(body) == "" {
		body = res.ContentText
	}
	return body, meta
}

// scanPage streams the markup once for its nesting depth and the meta tags,
// canonical link, title and JSON-LD the project reads itself.
func scanPage(b []byte) pageFacts {
	var f pageFacts
	z := html.NewTokenizer(bytes.NewReader(b))
	z.SetMaxBuf(len(b) + 4096)
	depth := 0
	inTitle, inLD := false, false
	var ld strings.Builder
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return f
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if tt == html.StartTagToken && !isVoid(a) {
				depth++
				f.depth = max(f.depth, depth)
			}
			switch a {
			case atom.Title:
				inTitle = tt == html.StartTagToken
			case atom.Script:
				inLD = strings.Contains(attrs["type"], "ld+json")
				ld.Reset()
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && f.canonical == "" {
					f.canonical = attrs["href"]
				}
			case atom.Meta:
				key := strings.ToLower(attrs["property"] + attrs["name"] + attrs["itemprop"])
				v := strings.TrimSpace(attrs["content"])
				switch key {
				case "rashomon:synthetic":
					f.synthetic = v == "true" || v == "1" || v == "yes"
				case "og:site_name", "application-name":
					if f.siteName == "" {
						f.siteName = v
					}
				case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "og:published_time", "article:published", "sailthru.date", "parsely-pub-date":
					if f.published == "" {
						f.published = v
					}
				case "og:title", "twitter:title":
					if f.title == "" {
						f.title = v
					}
				case "author", "article:author":
					if f.author == "" && !strings.HasPrefix(v, "http") {
						f.author = v
					}
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !isVoid(a) && depth > 0 {
				depth--
			}
			if a == atom.Title {
				inTitle = false
			}
			if a == atom.Script && inLD {
				readJSONLD(ld.String(), &f)
				inLD = false
			}
		case html.TextToken:
			if inTitle && f.title == "" {
				f.title = strings.TrimSpace(string(z.Text()))
			}
			if inLD && ld.Len() < 1<<20 {
				ld.Write(z.Text())
			}
		}
	}
}

// readJSONLD takes datePublished, headline and publisher from a JSON-LD
// block (an object, a list, or an @graph).
func readJSONLD(s string, f *pageFacts) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok && f.published == "" {
				f.published = d
			}
			if h, ok := x["headline"].(string); ok && f.title == "" {
				f.title = h
			}
			if p, ok := x["publisher"].(map[string]any); ok && f.publisher == "" {
				if n, ok := p["name"].(string); ok {
					f.publisher = n
				}
			}
			if a, ok := x["author"].(map[string]any); ok && f.author == "" {
				if n, ok := a["name"].(string); ok {
					f.author = n
				}
			}
			if g, ok := x["@graph"]; ok {
				walk(g, depth+1)
			}
		}
	}
	walk(v, 0)
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Br, atom.Tr, atom.Table, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Figure, atom.Figcaption, atom.Pre, atom.Hr, atom.Dd, atom.Dt, atom.Dl, atom.Main, atom.Aside, atom.Nav,
		atom.Address, atom.Caption, atom.Td, atom.Th, atom.Form, atom.Fieldset, atom.Details, atom.Summary:
		return true
	}
	return false
}

func isHidden(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object, atom.Head, atom.Title:
		return true
	}
	return false
}

// textBuilder collects visible text, collapsing spaces and turning block
// boundaries into line breaks.
type textBuilder struct {
	b       strings.Builder
	pending bool // a space is due before the next word
}

func (t *textBuilder) text(s string) {
	for _, w := range strings.Fields(s) {
		if t.pending && t.b.Len() > 0 && !strings.HasSuffix(t.b.String(), "\n") {
			t.b.WriteByte(' ')
		}
		t.b.WriteString(w)
		t.pending = true
	}
	if len(s) > 0 && !isSpaceByte(s[len(s)-1]) {
		t.pending = false
	}
	if len(s) > 0 && isSpaceByte(s[len(s)-1]) {
		t.pending = true
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (t *textBuilder) block() {
	s := t.b.String()
	if len(s) > 0 && !strings.HasSuffix(s, "\n") {
		t.b.WriteByte('\n')
	}
	t.pending = false
}

// renderText renders an extracted content tree to text, one paragraph a
// line. trafilatura's own ContentText joins paragraphs with spaces.
func renderText(n *html.Node) string {
	var t textBuilder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			t.text(n.Data)
			return
		case html.ElementNode:
			if isHidden(n.DataAtom) {
				return
			}
			if isBlock(n.DataAtom) {
				t.block()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if n.Type == html.ElementNode && isBlock(n.DataAtom) {
			t.block()
		}
	}
	walk(n, 0)
	return t.b.String()
}

// flatText streams the visible text of a page, skipping scripts, styles,
// navigation and headers and footers. It keeps no tree, so any nesting is
// fine; it is the fallback when the page is too deep or the main-text
// extractor finds nothing.
func flatText(b []byte) string {
	var t textBuilder
	z := html.NewTokenizer(bytes.NewReader(b))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return t.b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if isHidden(a) || a == atom.Nav || a == atom.Header || a == atom.Footer || a == atom.Aside || a == atom.Form {
				skip++
			}
			if isBlock(a) {
				t.block()
			}
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			if isBlock(atom.Lookup(name)) {
				t.block()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if (isHidden(a) || a == atom.Nav || a == atom.Header || a == atom.Footer || a == atom.Aside || a == atom.Form) && skip > 0 {
				skip--
			}
			if isBlock(a) {
				t.block()
			}
		case html.TextToken:
			if skip == 0 {
				t.text(string(z.Text()))
			}
		}
		if t.b.Len() > 64<<20 {
			return t.b.String()
		}
	}
}
