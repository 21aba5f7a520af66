package web

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/export"
)

// intParam reads a non-negative integer parameter.
func intParam(v url.Values, name string, def, maxV int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, badRequest{fmt.Sprintf("%s: want a non-negative whole number, got %q", name, s)}
	}
	if maxV > 0 && n > maxV {
		n = maxV
	}
	return n, nil
}

func dateParam(v url.Values, name string) (rashomon.Date, error) {
	d, err := rashomon.ParseDate(v.Get(name))
	if err != nil {
		return d, badRequest{fmt.Sprintf("%s: %v", name, err)}
	}
	return d, nil
}

// window reads the parameters every listing shares: since and until (a
// date, a month or a year), limit (capped at maxLimit) and offset.
func window(v url.Values, since, until *rashomon.Date, limit, offset *int, maxLimit int) error {
	var err error
	if *since, err = dateParam(v, "since"); err != nil {
		return err
	}
	if *until, err = dateParam(v, "until"); err != nil {
		return err
	}
	if limit == nil {
		return nil
	}
	if *limit, err = intParam(v, "limit", 50, maxLimit); err != nil {
		return err
	}
	*offset, err = intParam(v, "offset", 0, 0)
	return err
}

// eventQuery reads an event query from URL parameters: actor, source,
// target, claimant, type, place, incident, doc, since, until, q, located,
// sort, limit, offset.
func eventQuery(v url.Values) (rashomon.EventQuery, error) {
	q := rashomon.EventQuery{
		Actor: strings.TrimSpace(v.Get("actor")), Source: strings.TrimSpace(v.Get("source")),
		Target: strings.TrimSpace(v.Get("target")), Claimant: strings.TrimSpace(v.Get("claimant")),
		Type: strings.ToUpper(strings.TrimSpace(v.Get("type"))), Place: v.Get("place"),
		Incident: v.Get("incident"), Doc: v.Get("doc"), Search: v.Get("q"), Sort: v.Get("sort"),
		Located: v.Get("located") == "true" || v.Get("located") == "1",
	}
	if q.Type != "" && !knownType(q.Type) {
		return q, badRequest{fmt.Sprintf("type: %q is not a PLOVER event type", q.Type)}
	}
	return q, window(v, &q.Since, &q.Until, &q.Limit, &q.Offset, rashomon.MaxEventPage)
}

func knownType(t string) bool {
	for _, k := range rashomon.EventTypes {
		if k == t {
			return true
		}
	}
	return false
}

// docQuery reads a document query: q, issuer, since, until, originals,
// limit, offset.
func docQuery(v url.Values) (rashomon.DocQuery, error) {
	q := rashomon.DocQuery{Search: v.Get("q"), Issuer: strings.TrimSpace(v.Get("issuer")),
		Originals: v.Get("originals") == "true" || v.Get("originals") == "1"}
	return q, window(v, &q.Since, &q.Until, &q.Limit, &q.Offset, 1000)
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	q, err := docQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	list, err := s.o.Store.Documents(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if list == nil {
		list = []rashomon.DocSummary{}
	}
	writeJSON(w, struct {
		Documents []rashomon.DocSummary `json:"documents"`
		Limit     int                   `json:"limit"`
		Offset    int                   `json:"offset"`
	}{list, q.Limit, q.Offset})
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.o.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, d)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	page, err := s.o.Store.Events(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, struct {
		rashomon.EventPage
		Limit  int `json:"limit"`
		Offset int `json:"offset"`
	}{page, q.Limit, q.Offset})
}

func (s *Server) apiFacets(w http.ResponseWriter, r *http.Request) {
	field := r.PathValue("field")
	v := r.URL.Query()
	limit, err := intParam(v, "limit", 50, 5000)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	var out []rashomon.FacetCount
	if field == rashomon.FacetIssuer {
		q, err := docQuery(v)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		out, err = s.o.Store.DocFacets(r.Context(), q, field, limit)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
	} else {
		q, err := eventQuery(v)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		out, err = s.o.Store.EventFacets(r.Context(), q, field, limit)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
	}
	writeJSON(w, struct {
		Field  string                `json:"field"`
		Values []rashomon.FacetCount `json:"values"`
	}{field, out})
}

func incidentQuery(v url.Values) (rashomon.IncidentQuery, error) {
	q := rashomon.IncidentQuery{Search: v.Get("q"), Country: strings.ToUpper(strings.TrimSpace(v.Get("country")))}
	return q, window(v, &q.Since, &q.Until, &q.Limit, &q.Offset, 1000)
}

func (s *Server) apiIncidents(w http.ResponseWriter, r *http.Request) {
	q, err := incidentQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	list, err := s.o.Store.Incidents(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if list == nil {
		list = []rashomon.Incident{}
	}
	writeJSON(w, struct {
		Incidents []rashomon.Incident `json:"incidents"`
	}{list})
}

func (s *Server) apiIncident(w http.ResponseWriter, r *http.Request) {
	inc, err := s.o.Store.Incident(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, inc)
}

// actorStat is an actor with its part in the events.
type actorStat struct {
	Code     string `json:"code"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
	Claimant int    `json:"as_claimant"`
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	by := map[string]*actorStat{}
	for _, f := range []string{rashomon.FacetSource, rashomon.FacetTarget, rashomon.FacetClaimant} {
		counts, err := s.o.Store.EventFacets(r.Context(), q, f, 1000)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		for _, c := range counts {
			a := by[c.Value]
			if a == nil {
				a = &actorStat{Code: c.Value}
				by[c.Value] = a
			}
			switch f {
			case rashomon.FacetSource:
				a.AsSource = c.N
			case rashomon.FacetTarget:
				a.AsTarget = c.N
			default:
				a.Claimant = c.N
			}
		}
	}
	out := make([]actorStat, 0, len(by))
	for _, a := range by {
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool {
		ti, tj := out[i].AsSource+out[i].AsTarget+out[i].Claimant, out[j].AsSource+out[j].AsTarget+out[j].Claimant
		if ti != tj {
			return ti > tj
		}
		return out[i].Code < out[j].Code
	})
	writeJSON(w, struct {
		Actors []actorStat `json:"actors"`
	}{out})
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	limit, err := intParam(r.URL.Query(), "limit", 200, 5000)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	links, err := s.o.Store.ActorLinks(r.Context(), q, limit)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if links == nil {
		links = []rashomon.ActorLink{}
	}
	writeJSON(w, struct {
		Links []rashomon.ActorLink `json:"links"`
	}{links})
}

// placeStat is a place with its events and what each side calls it.
type placeStat struct {
	rashomon.FacetCount
	Kind    string            `json:"kind,omitempty"`
	Country string            `json:"country,omitempty"`
	Names   map[string]string `json:"names,omitempty"` // side -> name, where it differs from the neutral name
}

func (s *Server) apiPlaces(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	counts, err := s.o.Store.EventFacets(r.Context(), q, rashomon.FacetPlace, 2000)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := make([]placeStat, 0, len(counts))
	for _, c := range counts {
		ps := placeStat{FacetCount: c}
		if s.o.Places != nil {
			if p, ok := s.o.Places.PlaceByID(c.Value); ok {
				ps.Kind, ps.Country, ps.Label = p.Kind, p.Country, p.Name
				for _, side := range s.o.Places.NamingSides() {
					if n := s.o.Places.PlaceNameBy(c.Value, side); n != "" && n != p.Name {
						if ps.Names == nil {
							ps.Names = map[string]string{}
						}
						ps.Names[side] = n
					}
				}
			}
		}
		out = append(out, ps)
	}
	writeJSON(w, struct {
		Places []placeStat `json:"places"`
	}{out})
}

func (s *Server) apiFraming(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := rashomon.FramingQuery{Issuer: v.Get("issuer"), Category: v.Get("category")}
	if err := window(v, &q.Since, &q.Until, nil, nil, 0); err != nil {
		s.storeError(w, r, err)
		return
	}
	counts, err := s.o.Store.FramingCounts(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if counts == nil {
		counts = []rashomon.FramingCount{}
	}
	writeJSON(w, struct {
		Framing []rashomon.FramingCount `json:"framing"`
	}{counts})
}

// exportFormats are the formats of /api/export, with their media types
// and file extensions.
var exportFormats = map[string][2]string{
	"csv":     {"text/csv; charset=utf-8", "csv"},
	"json":    {"application/json; charset=utf-8", "json"},
	"jsonl":   {"application/x-ndjson; charset=utf-8", "jsonl"},
	"geojson": {"application/geo+json; charset=utf-8", "geojson"},
	"gdelt":   {"text/tab-separated-values; charset=utf-8", "tsv"},
	"acled":   {"text/csv; charset=utf-8", "csv"},
}

func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	name := v.Get("format")
	if name == "" {
		name = "csv"
	}
	ft, ok := exportFormats[name]
	format, err := export.ParseFormat(name)
	if !ok || err != nil {
		s.apiError(w, r, http.StatusBadRequest, "format: want csv, json, jsonl, geojson, gdelt or acled")
		return
	}
	q, err := eventQuery(v)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if format == export.GeoJSON {
		q.Located = true
	}
	// the whole selection, not the page the parameters would give
	if v.Get("limit") == "" {
		q.Limit = 0
	}
	// check the query before the response starts
	if _, err := s.o.Store.Events(r.Context(), rashomon.EventQuery{Actor: q.Actor, Source: q.Source, Target: q.Target,
		Claimant: q.Claimant, Type: q.Type, Sort: q.Sort, Search: q.Search, Limit: 1}); err != nil {
		s.storeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", ft[0])
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="rashomon-events.%s"`, ft[1]))
	ew, err := export.NewWriter(w, format, export.Options{})
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	for row, err := range export.Events(r.Context(), s.o.Store, q) {
		if err != nil {
			s.o.Logger.Error("export", "error", err)
			return
		}
		if err := ew.Write(row); err != nil {
			return // the client went away
		}
	}
	ew.Close()
}

// uploads reads an ingest request: a JSON body {"urls": [...], "texts":
// [{"name","text"}]} or a multipart form with url fields and files.
func (s *Server) uploads(r *http.Request) ([]Upload, error) {
	r.Body = http.MaxBytesReader(nil, r.Body, s.o.MaxUpload)
	var ups []Upload
	ct := r.Header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ct, "application/json"):
		var body struct {
			URLs  []string `json:"urls"`
			Texts []struct {
				Name string `json:"name"`
				Text string `json:"text"`
			} `json:"texts"`
		}
		if err := decodeJSON(r.Body, &body); err != nil {
			return nil, badRequest{"body: " + err.Error()}
		}
		for _, u := range body.URLs {
			ups = append(ups, Upload{Name: u, URL: strings.TrimSpace(u)})
		}
		for i, t := range body.Texts {
			name := t.Name
			if name == "" {
				name = fmt.Sprintf("text-%d.txt", i+1)
			}
			ups = append(ups, Upload{Name: name, Data: []byte(t.Text)})
		}
	default:
		if err := r.ParseMultipartForm(8 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			return nil, badRequest{"form: " + err.Error()}
		}
		for _, line := range strings.Split(r.FormValue("urls"), "\n") {
			if u := strings.TrimSpace(line); u != "" {
				ups = append(ups, Upload{Name: u, URL: u})
			}
		}
		if t := strings.TrimSpace(r.FormValue("text")); t != "" {
			ups = append(ups, Upload{Name: "pasted.txt", Data: []byte(t)})
		}
		if r.MultipartForm != nil {
			for _, fhs := range r.MultipartForm.File {
				for _, fh := range fhs {
					b, err := readPart(fh)
					if err != nil {
						return nil, badRequest{fh.Filename + ": " + err.Error()}
					}
					ups = append(ups, Upload{Name: fh.Filename, Data: b})
				}
			}
		}
	}
	for _, u := range ups {
		if u.URL != "" {
			if p, err := url.Parse(u.URL); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
				return nil, badRequest{fmt.Sprintf("%q is not an http(s) URL", u.URL)}
			}
		}
	}
	if len(ups) == 0 {
		return nil, badRequest{"nothing to ingest: give URLs, text or files"}
	}
	return ups, nil
}

func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

func (s *Server) ingest(r *http.Request) (IngestResult, error) {
	if s.o.Ingester == nil {
		return IngestResult{}, errReadOnly
	}
	if !s.authorized(r) {
		return IngestResult{}, errUnauthorized
	}
	ups, err := s.uploads(r)
	if err != nil {
		return IngestResult{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.o.Ingester.Ingest(r.Context(), ups)
}

var (
	errReadOnly     = errors.New("this server is read-only: it was started without ingest")
	errUnauthorized = errors.New("this server needs a token to write (started with --auth)")
)

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	res, err := s.ingest(r)
	switch {
	case errors.Is(err, errUnauthorized):
		w.Header().Set("WWW-Authenticate", `Bearer realm="rashomon"`)
		s.apiError(w, r, http.StatusUnauthorized, err.Error())
	case errors.Is(err, errReadOnly):
		s.apiError(w, r, http.StatusForbidden, err.Error())
	case errors.As(err, new(badRequest)):
		s.apiError(w, r, http.StatusBadRequest, err.Error())
	case errors.As(err, new(*http.MaxBytesError)):
		s.apiError(w, r, http.StatusRequestEntityTooLarge, err.Error())
	case err != nil:
		s.storeError(w, r, err)
	default:
		writeJSON(w, res)
	}
}
