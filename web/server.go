// Package web serves rashomon's web UI and JSON API: incidents with the
// sides' accounts side by side, a timeline, a map on an offline basemap,
// the actor network, annotated documents, search with facets, and ingest
// from the browser.
//
// Pages are rendered on the server from html/template, with SVG drawn on
// the server and a little hand-written JavaScript that only enhances them
// (zoom by dragging, keyboard shortcuts); every asset is embedded in the
// binary and nothing is fetched from elsewhere. Everything taken from
// documents goes through html/template's contextual escaping, and a
// Content-Security-Policy allows no inline script at all, so a document
// holding <script> or javascript: links can show them but not run them.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/web/basemap"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// Gazetteer is what the UI needs of the knowledge base: places and what
// each side calls them.
type Gazetteer interface {
	PlaceByID(id string) (rashomon.Place, bool)
	PlaceNameBy(id, side string) string
	NamingSides() []string
}

// Upload is one input given through the UI or the API: a URL to fetch or
// a file's bytes.
type Upload struct {
	Name string
	URL  string
	Data []byte
}

// IngestResult tells what an ingest did.
type IngestResult struct {
	New       int      `json:"new"`
	Reprints  int      `json:"reprints"`
	Skipped   int      `json:"skipped"`
	Failed    int      `json:"failed"`
	Failures  []string `json:"failures"`
	Docs      []string `json:"docs"` // ids of the documents read, new or already stored
	Incidents int      `json:"incidents"`
}

// Ingester runs the pipeline on uploads and links new documents into
// incidents.
type Ingester interface {
	Ingest(ctx context.Context, uploads []Upload) (IngestResult, error)
}

// Options configure a Server.
type Options struct {
	Store  rashomon.Store
	Places Gazetteer
	// Ingester takes documents from the UI and the API; nil makes the
	// server read-only.
	Ingester Ingester
	// Token, when set, is required by every request that writes:
	// "Authorization: Bearer TOKEN", or the form's token field.
	Token string
	// MaxUpload bounds an ingest request's body (default 32 MiB).
	MaxUpload int64
	Logger    *slog.Logger
}

// Server is the web UI and API.
type Server struct {
	o      Options
	pages  map[string]*template.Template
	mux    *http.ServeMux
	world  *basemap.Map
	mu     sync.Mutex // serialises ingests: one pipeline run at a time
	routes []route
}

type route struct {
	pattern string
	api     bool
}

// New builds a server.
func New(o Options) (*Server, error) {
	if o.Store == nil {
		return nil, errors.New("web: no store")
	}
	if o.MaxUpload <= 0 {
		o.MaxUpload = 32 << 20
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	world, err := basemap.Load()
	if err != nil {
		return nil, err
	}
	s := &Server{o: o, world: world, mux: http.NewServeMux()}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routesInit()
	return s, nil
}

func (s *Server) handle(pattern string, api bool, h http.HandlerFunc) {
	s.routes = append(s.routes, route{pattern, api})
	s.mux.HandleFunc(pattern, h)
}

func (s *Server) routesInit() {
	// pages
	s.handle("GET /{$}", false, s.home)
	s.handle("GET /search", false, s.searchPage)
	s.handle("GET /docs/{id}", false, s.docPage)
	s.handle("GET /incidents", false, s.incidentsPage)
	s.handle("GET /incidents/{id}", false, s.incidentPage)
	s.handle("GET /timeline", false, s.timelinePage)
	s.handle("GET /map", false, s.mapPage)
	s.handle("GET /network", false, s.networkPage)
	s.handle("GET /ingest", false, s.ingestPage)
	s.handle("POST /ingest", false, s.ingestPost)
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static))))
	// API
	s.handle("GET /api/openapi.json", true, s.apiOpenAPI)
	s.handle("GET /api/documents", true, s.apiDocuments)
	s.handle("GET /api/documents/{id}", true, s.apiDocument)
	s.handle("GET /api/events", true, s.apiEvents)
	s.handle("GET /api/facets/{field}", true, s.apiFacets)
	s.handle("GET /api/incidents", true, s.apiIncidents)
	s.handle("GET /api/incidents/{id}", true, s.apiIncident)
	s.handle("GET /api/actors", true, s.apiActors)
	s.handle("GET /api/network", true, s.apiNetwork)
	s.handle("GET /api/places", true, s.apiPlaces)
	s.handle("GET /api/framing", true, s.apiFraming)
	s.handle("GET /api/export", true, s.apiExport)
	s.handle("POST /api/ingest", true, s.apiIngest)
	s.handle("/api/", true, func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
}

// Handler returns the server's handler with its safety layers: panics
// recovered, security headers set, cross-site writes refused.
func (s *Server) Handler() http.Handler {
	var h http.Handler = s.mux
	h = http.NewCrossOriginProtection().Handler(h)
	h = s.headers(h)
	h = s.recoverer(h)
	return h
}

// csp allows nothing from elsewhere and no inline script or style.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: 200}
		next.ServeHTTP(sw, r)
		s.o.Logger.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "took", time.Since(start))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.o.Logger.Error("panic", "path", r.URL.Path, "error", v, "stack", string(debug.Stack()))
				if strings.HasPrefix(r.URL.Path, "/api/") {
					s.apiError(w, r, http.StatusInternalServerError, "internal error")
					return
				}
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func cacheFor(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		next.ServeHTTP(w, r)
	})
}

// authorized reports whether a write request carries the token.
func (s *Server) authorized(r *http.Request) bool {
	if s.o.Token == "" {
		return true
	}
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") && constantEq(strings.TrimPrefix(h, "Bearer "), s.o.Token) {
		return true
	}
	return constantEq(r.FormValue("token"), s.o.Token)
}

func constantEq(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var v byte
	for i := range len(a) {
		v |= a[i] ^ b[i]
	}
	return v == 0
}

// apiError writes {"error": reason, "status": code}.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, code int, reason string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{reason, code})
}

// storeError maps a store error to a status.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	code := http.StatusInternalServerError
	switch {
	case errors.Is(err, rashomon.ErrNotFound):
		code = http.StatusNotFound
	case errors.Is(err, rashomon.ErrBadQuery), errors.As(err, new(badRequest)):
		code = http.StatusBadRequest
	case errors.Is(err, context.Canceled):
		return
	}
	if code == http.StatusInternalServerError {
		s.o.Logger.Error("store", "path", r.URL.Path, "error", err)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		msg := err.Error()
		if code == http.StatusInternalServerError {
			msg = "internal error"
		}
		s.apiError(w, r, code, msg)
		return
	}
	s.errorPage(w, r, code, err)
}

// badRequest is an error in a request's parameters.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// decodeJSON reads one JSON value, refusing unknown fields.
func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// APIRoutes lists the API's route patterns ("GET /api/events"), for the
// test that checks the OpenAPI document against them.
func (s *Server) APIRoutes() []string {
	var out []string
	for _, r := range s.routes {
		if r.api && r.pattern != "/api/" {
			out = append(out, r.pattern)
		}
	}
	return out
}
