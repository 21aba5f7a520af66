package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// eventCountExpr counts a document's events in listings.
const eventCountExpr = `(SELECT count(*) FROM events e WHERE e.doc = d.rowid)`

// analysisWriter stores what later stages found in a document (events)
// inside the document's transaction.
type analysisWriter struct {
	events *sql.Stmt
	rows   rowRange // the events inserted, for the full-text index
}

func prepareAnalysis(ctx context.Context, tx *sql.Tx) (*analysisWriter, error) {
	st, err := tx.PrepareContext(ctx, `INSERT INTO events (id, doc, sentence, type, mode, cameo, source_country,
		source_sector, target_country, target_sector, claimant_country, claimant_sector, stance, negated, date,
		date_first, date_last, place_id, place_name, lat, lon, incident, rule, body, quote)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING`)
	if err != nil {
		return nil, err
	}
	return &analysisWriter{events: st}, nil
}

// maxQuote bounds the sentence kept with an event for listings.
const maxQuote = 2000

func (w *analysisWriter) put(ctx context.Context, rowid int64, d *rashomon.Document) error {
	for i := range d.Events {
		e := &d.Events[i]
		quote := ""
		if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
			quote = d.Sentences[e.Sentence].Span.Text(d.Text)
		}
		if len(quote) > maxQuote {
			quote = strings.ToValidUTF8(quote[:maxQuote], "") + "…"
		}
		id, err := putEvent(ctx, w.events, rowid, e, quote)
		if err != nil {
			return err
		}
		if id > 0 {
			w.rows.add(id)
		}
	}
	return nil
}

// putEvent stores an event and returns its row id (0 if already stored).
func putEvent(ctx context.Context, st *sql.Stmt, rowid int64, e *rashomon.Event, quote string) (int64, error) {
	body, err := json.Marshal(e)
	if err != nil {
		return 0, err
	}
	var sc, ss, tc, ts string
	if e.Source != nil {
		sc, ss = e.Source.Actor.Country, e.Source.Actor.Sector
	}
	if e.Target != nil {
		tc, ts = e.Target.Actor.Country, e.Target.Actor.Sector
	}
	var pid, pname string
	var lat, lon any
	if e.Location != nil {
		pid, pname = e.Location.Place.ID, e.Location.Place.Name
		if e.Location.Place.Lat != nil {
			lat, lon = *e.Location.Place.Lat, *e.Location.Place.Lon
		}
	}
	first, last := "", ""
	if !e.Date.IsZero() {
		first = e.Date.Time().Format("2006-01-02")
		end := e.Date
		if !e.DateEnd.IsZero() {
			end = e.DateEnd
		}
		last = end.Last().Format("2006-01-02")
	}
	res, err := st.ExecContext(ctx, e.ID, rowid, e.Sentence, e.Type, e.Mode, e.CAMEO, sc, ss, tc, ts,
		e.Claimant.Actor.Country, e.Claimant.Actor.Sector, string(e.Stance), e.Negated, e.Date.String(), first, last,
		pid, pname, lat, lon, e.IncidentID, e.Rule, string(body), quote)
	if err != nil {
		return 0, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, nil
	}
	return res.LastInsertId()
}

func (w *analysisWriter) close() {
	w.events.Close()
}

func loadAnalysis(ctx context.Context, db *sql.DB, rowid int64, d *rashomon.Document) error {
	rows, err := db.QueryContext(ctx, `SELECT body, incident FROM events WHERE doc = ? ORDER BY rowid`, rowid)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var body, inc string
		if err := rows.Scan(&body, &inc); err != nil {
			return err
		}
		var e rashomon.Event
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			return err
		}
		e.IncidentID = inc
		d.Events = append(d.Events, e)
	}
	return rows.Err()
}
