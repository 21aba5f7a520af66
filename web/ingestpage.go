package web

import (
	"errors"
	"net/http"
)

// ingestForm is what the ingest page shows.
type ingestForm struct {
	Writable  bool
	NeedToken bool
	Result    *IngestResult
	Error     string
}

func (s *Server) ingestPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "ingest", "Ingest", ingestForm{Writable: s.o.Ingester != nil, NeedToken: s.o.Token != ""})
}

func (s *Server) ingestPost(w http.ResponseWriter, r *http.Request) {
	f := ingestForm{Writable: s.o.Ingester != nil, NeedToken: s.o.Token != ""}
	res, err := s.ingest(r)
	code := http.StatusOK
	switch {
	case errors.Is(err, errUnauthorized):
		code, f.Error = http.StatusUnauthorized, "The token is missing or wrong."
	case errors.Is(err, errReadOnly):
		code, f.Error = http.StatusForbidden, err.Error()
	case errors.As(err, new(badRequest)):
		code, f.Error = http.StatusBadRequest, err.Error()
	case errors.As(err, new(*http.MaxBytesError)):
		code, f.Error = http.StatusRequestEntityTooLarge, "The upload is too large."
	case err != nil:
		s.storeError(w, r, err)
		return
	default:
		f.Result = &res
	}
	s.render(w, r, code, "ingest", "Ingest", f)
}
