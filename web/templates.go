package web

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// page names, each a template file rendered inside layout.html
var pageNames = []string{"home", "search", "doc", "incidents", "incident", "timeline", "map", "network", "ingest", "error"}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	return nil
}

// page is what every page template gets.
type page struct {
	Title string
	Nav   string
	Query url.Values
	Data  any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name, title string, data any) {
	t := s.pages[name]
	var b strings.Builder
	if err := t.Execute(&b, page{Title: title, Nav: name, Query: r.URL.Query(), Data: data}); err != nil {
		s.o.Logger.Error("template", "page", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	io.WriteString(w, b.String())
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, code int, err error) {
	msg := err.Error()
	if code == http.StatusInternalServerError {
		msg = "Something went wrong on the server; the log says what."
	}
	s.render(w, r, code, "error", http.StatusText(code), struct {
		Code    int
		Message string
	}{code, msg})
}

var funcs = template.FuncMap{
	"typeClass": func(t string) string {
		if t == "" {
			return "t-none"
		}
		return "t-" + strings.ToLower(t)
	},
	"actor": func(a rashomon.ActorRef) string {
		if a.IsZero() {
			return "—"
		}
		return a.String()
	},
	// code spaces an actor code: "ARMMIL" -> "ARM MIL"
	"code": func(c string) string {
		if a, ok := rashomon.ParseActorCode(c); ok {
			return a.String()
		}
		return c
	},
	"participant": func(p *rashomon.Participant) string {
		if p == nil || p.Actor.IsZero() {
			return "—"
		}
		return p.Actor.String()
	},
	"date": func(d rashomon.Date) string {
		if d.IsZero() {
			return "undated"
		}
		return d.String()
	},
	"short": func(id string) string {
		if len(id) > 12 {
			return id[:12]
		}
		return id
	},
	"clip": func(n int, s string) string {
		s = strings.Join(strings.Fields(s), " ")
		if len([]rune(s)) <= n {
			return s
		}
		return string([]rune(s)[:n-1]) + "…"
	},
	// snippet escapes a search snippet and marks its hits.
	"snippet": func(s string) template.HTML {
		e := template.HTMLEscapeString(s)
		e = strings.ReplaceAll(e, rashomon.SnippetOpen, "<mark>")
		e = strings.ReplaceAll(e, rashomon.SnippetClose, "</mark>")
		if strings.Count(e, "<mark>") != strings.Count(e, "</mark>") {
			e = strings.NewReplacer("<mark>", "", "</mark>", "").Replace(e)
		}
		return template.HTML(e)
	},
	// qset returns the current query with one parameter set (or removed
	// when the value is empty) and paging reset, as "?a=b&c=d".
	"qset": func(q url.Values, kv ...string) string {
		n := url.Values{}
		for k, v := range q {
			n[k] = append([]string(nil), v...)
		}
		n.Del("offset")
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] == "" {
				n.Del(kv[i])
			} else {
				n.Set(kv[i], kv[i+1])
			}
		}
		if len(n) == 0 {
			return "?"
		}
		return "?" + n.Encode()
	},
	// args bundles values for a sub-template: {{template "x" (args $a $b)}}
	"args":  func(v ...any) []any { return v },
	"add":   func(a, b int) int { return a + b },
	"sub":   func(a, b int) int { return a - b },
	"types": func() []string { return rashomon.EventTypes },
	"lower": strings.ToLower,
	"json": func(v any) string {
		b, _ := json.MarshalIndent(v, "", "  ")
		return string(b)
	},
	"docLink": func(doc string, sentence int) string {
		return path.Join("/docs", url.PathEscape(doc)) + fmt.Sprintf("?s=%d#s-%d", sentence, sentence)
	},
	"safeURL": func(u string) string {
		// only web links are made clickable; anything else ("javascript:")
		// is shown as text by the caller
		if p, err := url.Parse(u); err == nil && (p.Scheme == "http" || p.Scheme == "https") {
			return u
		}
		return ""
	},
	"pointLabel": func(p string) string {
		switch p {
		case "who-acted":
			return "Who acted against whom"
		case "happened":
			return "Whether it happened"
		case "where":
			return "Where"
		case "numbers":
			return "Numbers"
		case "names":
			return "Names"
		case "what":
			return "What was done"
		case "corroborated":
			return "Corroborated"
		}
		return p
	},
}
