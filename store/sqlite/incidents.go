package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// UnlinkedFootprints implements rashomon.Store.
func (s *Store) UnlinkedFootprints(ctx context.Context, limit int) ([]rashomon.Footprint, error) {
	if limit <= 0 {
		limit = 1000
	}
	got := map[string]bool{}
	var out []rashomon.Footprint
	err := s.scanFootprints(ctx, `SELECT d.id, d.footprint, '' FROM documents d WHERE d.linked = 0 ORDER BY d.rowid LIMIT ?`,
		[]any{limit}, got, &out)
	return out, err
}

// chunk is how many values one query of FootprintsNear binds at most.
const chunk = 400

// FootprintsNear implements rashomon.Store. It runs one query per kind of
// condition and per chunk of values, so that no query binds more
// variables than SQLite allows.
func (s *Store) FootprintsNear(ctx context.Context, q rashomon.FootprintNear) ([]rashomon.Footprint, error) {
	const sel = `SELECT d.id, d.footprint, coalesce((SELECT incident FROM incident_docs i WHERE i.doc = d.id LIMIT 1), '')
		FROM documents d WHERE d.linked = 1 AND d.footprint <> '' AND `
	got := map[string]bool{}
	var out []rashomon.Footprint
	for lo := 0; lo < len(q.Days); lo += chunk / 3 {
		part := q.Days[lo:min(lo+chunk/3, len(q.Days))]
		var conds []string
		var args []any
		for _, r := range part {
			// a footprint spans at most a year, so fp_first can use its index
			conds = append(conds, `(d.fp_first BETWEEN ? AND ? AND d.fp_last >= ?)`)
			args = append(args, r[0]-366, r[1], r[0])
		}
		if err := s.scanFootprints(ctx, sel+`(`+strings.Join(conds, ` OR `)+`)`, args, got, &out); err != nil {
			return nil, err
		}
	}
	in := func(n int) string { return strings.TrimSuffix(strings.Repeat(`?,`, n), `,`) }
	for _, set := range []struct {
		vals []string
		cond string
	}{
		{q.Places, `d.fp_first = d.fp_last AND d.id IN (SELECT doc FROM footprint_places WHERE place IN (%s))`},
		{q.UndatedAt, `(d.fp_first IS NULL OR d.fp_last - d.fp_first > 31) AND d.id IN (SELECT doc FROM footprint_places WHERE place IN (%s))`},
		{q.Docs, `d.id IN (%s)`},
	} {
		for lo := 0; lo < len(set.vals); lo += chunk {
			part := set.vals[lo:min(lo+chunk, len(set.vals))]
			args := make([]any, len(part))
			for i, v := range part {
				args[i] = v
			}
			if err := s.scanFootprints(ctx, sel+fmt.Sprintf(set.cond, in(len(part))), args, got, &out); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// scanFootprints appends the footprints a query returns (id, footprint,
// incident) to out, skipping documents already in got.
func (s *Store) scanFootprints(ctx context.Context, query string, args []any, got map[string]bool, out *[]rashomon.Footprint) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, fp, inc string
		if err := rows.Scan(&id, &fp, &inc); err != nil {
			return err
		}
		if got[id] || fp == "" {
			continue
		}
		got[id] = true
		var f rashomon.Footprint
		if err := json.Unmarshal([]byte(fp), &f); err != nil {
			return fmt.Errorf("document %s: footprint: %w", id, err)
		}
		f.Incident = inc
		*out = append(*out, f)
	}
	return rows.Err()
}

// ReplaceIncidents implements rashomon.Store.
func (s *Store) ReplaceIncidents(ctx context.Context, put []rashomon.Incident, remove, linked []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	gone := map[string]bool{}
	for _, id := range remove {
		gone[id] = true
	}
	// a new incident replaces the one stored under its id whole, and
	// incidents sharing a document with it are replaced too
	for _, inc := range put {
		gone[inc.ID] = true
		for _, d := range inc.Docs {
			rows, err := tx.QueryContext(ctx, `SELECT incident FROM incident_docs WHERE doc = ?`, d)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				gone[id] = true
			}
			rows.Close()
		}
	}
	for id := range gone {
		if _, err := tx.ExecContext(ctx, `UPDATE events SET incident = '' WHERE incident = ?`, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
			return err
		}
	}
	insInc, err := tx.PrepareContext(ctx, `INSERT INTO incidents (id, date, type, place_id, place_name, title, n_docs,
		n_events, n_contradictions, body) VALUES (?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET body = excluded.body, title = excluded.title, n_events = excluded.n_events,
		n_contradictions = excluded.n_contradictions`)
	if err != nil {
		return err
	}
	defer insInc.Close()
	insDoc, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO incident_docs (incident, doc) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer insDoc.Close()
	setEv, err := tx.PrepareContext(ctx, `UPDATE events SET incident = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer setEv.Close()
	for _, inc := range put {
		body, err := json.Marshal(inc)
		if err != nil {
			return err
		}
		pid, pname := "", ""
		if inc.Place != nil {
			pid, pname = inc.Place.ID, inc.Place.Name
		}
		if _, err := insInc.ExecContext(ctx, inc.ID, inc.Date.String(), inc.Type, pid, pname, inc.Title, len(inc.Docs),
			len(inc.Events), len(inc.Contradictions), string(body)); err != nil {
			return err
		}
		for _, d := range inc.Docs {
			if _, err := insDoc.ExecContext(ctx, inc.ID, d); err != nil {
				return err
			}
		}
		for _, e := range inc.Events {
			if _, err := setEv.ExecContext(ctx, inc.ID, e); err != nil {
				return err
			}
		}
	}
	mark, err := tx.PrepareContext(ctx, `UPDATE documents SET linked = 1 WHERE id = ?`)
	if err != nil {
		return err
	}
	defer mark.Close()
	for _, d := range linked {
		if _, err := mark.ExecContext(ctx, d); err != nil {
			return err
		}
	}
	defer s.written.Add(1) // after the commit: totals counted before it are stale
	return tx.Commit()
}

// Incidents implements rashomon.Store.
func (s *Store) Incidents(ctx context.Context, q rashomon.IncidentQuery) ([]rashomon.Incident, error) {
	done, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	var where []string
	var args []any
	if q.Search != "" {
		for _, w := range strings.Fields(q.Search) {
			where = append(where, `title LIKE ?`)
			args = append(args, "%"+w+"%")
		}
	}
	if q.Country != "" {
		where = append(where, `body LIKE ?`)
		args = append(args, `%"country":"`+strings.ToUpper(q.Country)+`"%`)
	}
	if !q.Since.IsZero() {
		where = append(where, `date >= ?`)
		args = append(args, q.Since.String())
	}
	if !q.Until.IsZero() {
		where = append(where, `date <> '' AND substr(date, 1, ?) <= ?`)
		args = append(args, len(q.Until.String()), q.Until.String())
	}
	query := `SELECT body FROM incidents`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	query += fmt.Sprintf(` ORDER BY date DESC, n_docs DESC, id LIMIT %d OFFSET %d`, limit, max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rashomon.Incident
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var inc rashomon.Incident
		if err := json.Unmarshal([]byte(body), &inc); err != nil {
			return nil, err
		}
		out = append(out, inc)
	}
	return out, rows.Err()
}

// Incident implements rashomon.Store.
func (s *Store) Incident(ctx context.Context, id string) (*rashomon.Incident, error) {
	done, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	if id == "" {
		return nil, fmt.Errorf("incident: no id: %w", rashomon.ErrNotFound)
	}
	// the id itself, else the first id it begins
	var body string
	err = s.db.QueryRowContext(ctx, `SELECT body FROM incidents WHERE id >= ? AND id < ? ORDER BY id LIMIT 1`,
		id, id+"\U0010FFFF").Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("incident %s: %w", id, rashomon.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	var inc rashomon.Incident
	if err := json.Unmarshal([]byte(body), &inc); err != nil {
		return nil, err
	}
	return &inc, nil
}

// FramingCounts implements rashomon.Store.
func (s *Store) FramingCounts(ctx context.Context, q rashomon.FramingQuery) ([]rashomon.FramingCount, error) {
	where := []string{`d.framing <> '[]'`, `d.reprint_of = ''`}
	var args []any
	issuer := `coalesce(nullif(d.issuer_country, ''), nullif(d.site_name, ''), d.issuer)`
	if q.Issuer != "" {
		where = append(where, issuer+` = ?`)
		args = append(args, q.Issuer)
	}
	if q.Category != "" {
		where = append(where, `json_extract(j.value, '$.category') = ?`)
		args = append(args, q.Category)
	}
	if !q.Since.IsZero() {
		where = append(where, `d.published >= ?`)
		args = append(args, q.Since.String())
	}
	if !q.Until.IsZero() {
		where = append(where, `d.published <> '' AND substr(d.published, 1, ?) <= ?`)
		args = append(args, len(q.Until.String()), q.Until.String())
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+issuer+`, json_extract(j.value, '$.category'),
		lower(json_extract(j.value, '$.term')), count(*), count(DISTINCT d.id)
		FROM documents d, json_each(d.framing) j WHERE `+strings.Join(where, ` AND `)+`
		GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC, 3`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rashomon.FramingCount
	for rows.Next() {
		var c rashomon.FramingCount
		if err := rows.Scan(&c.Issuer, &c.Category, &c.Term, &c.Hits, &c.Docs); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
