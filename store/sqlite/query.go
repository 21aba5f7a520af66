package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// actorCond matches an actor code against one role's columns.
func actorCond(code, role string) (string, []any, error) {
	a, ok := rashomon.ParseActorCode(code)
	if !ok {
		return "", nil, fmt.Errorf("%q is not an actor code (AZE, AZEMIL or IGO): %w", code, rashomon.ErrBadQuery)
	}
	switch {
	case a.Country != "" && a.Sector != "":
		return `(e.` + role + `_country = ? AND e.` + role + `_sector = ?)`, []any{a.Country, a.Sector}, nil
	case a.Country != "":
		return `e.` + role + `_country = ?`, []any{a.Country}, nil
	}
	return `e.` + role + `_sector = ?`, []any{a.Sector}, nil
}

// eventWhere turns an event query into WHERE conditions on events e.
func eventWhere(q rashomon.EventQuery) ([]string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if q.Actor != "" {
		src, sa, err := actorCond(q.Actor, "source")
		if err != nil {
			return nil, nil, err
		}
		tgt, ta, _ := actorCond(q.Actor, "target")
		add(`(`+src+` OR `+tgt+`)`, append(sa, ta...)...)
	}
	for _, r := range []struct{ code, role string }{{q.Source, "source"}, {q.Target, "target"}, {q.Claimant, "claimant"}} {
		if r.code == "" {
			continue
		}
		c, a, err := actorCond(r.code, r.role)
		if err != nil {
			return nil, nil, err
		}
		add(c, a...)
	}
	if q.Type != "" {
		add(`e.type = ?`, strings.ToUpper(q.Type))
	}
	if q.Place != "" {
		add(`e.place_id = ?`, q.Place)
	}
	if q.Incident != "" {
		add(`e.incident = ?`, q.Incident)
	}
	if q.Doc != "" {
		add(`e.doc = (SELECT rowid FROM documents WHERE id = ?)`, q.Doc)
	}
	if !q.Since.IsZero() {
		add(`e.date_last >= ?`, q.Since.Time().Format("2006-01-02"))
	}
	if !q.Until.IsZero() {
		add(`e.date_first <> '' AND e.date_first <= ?`, q.Until.Last().Format("2006-01-02"))
	}
	if !q.Since.IsZero() && q.Until.IsZero() {
		// lets the date index bound the scan: an event's date spans a year at most
		add(`e.date_first >= ?`, q.Since.Time().AddDate(-1, 0, 0).Format("2006-01-02"))
	}
	if strings.TrimSpace(q.Search) != "" {
		add(`e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, ftsQuery(q.Search))
	}
	if q.Located {
		add(`e.lat IS NOT NULL`)
	}
	return where, args, nil
}

func whereClause(where []string) string {
	if len(where) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(where, ` AND `)
}

// Events implements rashomon.Store.
func (s *Store) Events(ctx context.Context, q rashomon.EventQuery) (rashomon.EventPage, error) {
	where, args, err := eventWhere(q)
	if err != nil {
		return rashomon.EventPage{}, err
	}
	var order string
	switch q.Sort {
	case "", "-date":
		order = `e.date_first DESC, e.rowid DESC`
	case "date":
		order = `e.date_first = '', e.date_first, e.rowid`
	case "type":
		order = `e.type, e.date_first DESC, e.rowid DESC`
	case "-type":
		order = `e.type DESC, e.date_first DESC, e.rowid DESC`
	default:
		return rashomon.EventPage{}, fmt.Errorf("sort %q: want date, -date, type or -type: %w", q.Sort, rashomon.ErrBadQuery)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, rashomon.MaxEventPage)
	page := rashomon.EventPage{Events: []rashomon.EventRow{}}
	rows, err := s.db.QueryContext(ctx, `SELECT e.body, e.incident, e.quote, d.title, d.url, d.issuer, d.published
		FROM events e JOIN documents d ON d.rowid = e.doc`+whereClause(where)+` ORDER BY `+order+
		fmt.Sprintf(` LIMIT %d OFFSET %d`, limit, max(q.Offset, 0)), args...)
	if err != nil {
		return page, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r rashomon.EventRow
		var body, published string
		if err := rows.Scan(&body, &r.IncidentID, &r.Quote, &r.DocTitle, &r.DocURL, &r.Issuer, &published); err != nil {
			return page, err
		}
		inc := r.IncidentID
		if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
			return page, err
		}
		r.IncidentID = inc
		r.Published, _ = rashomon.ParseDate(published)
		page.Events = append(page.Events, r)
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	if len(page.Events) < limit && q.Offset <= 0 {
		page.Total = len(page.Events)
		return page, nil
	}
	err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM events e`+whereClause(where)+
		fmt.Sprintf(` LIMIT %d)`, rashomon.MaxCount+1), args...).Scan(&page.Total)
	if page.Total > rashomon.MaxCount {
		page.Total, page.TotalCapped = rashomon.MaxCount, true
	}
	return page, err
}

// facetExpr gives the value (and label) a facet groups events by.
var facetExpr = map[string][2]string{
	rashomon.FacetType:     {`e.type`, `''`},
	rashomon.FacetSource:   {`e.source_country || e.source_sector`, `''`},
	rashomon.FacetTarget:   {`e.target_country || e.target_sector`, `''`},
	rashomon.FacetClaimant: {`e.claimant_country || e.claimant_sector`, `''`},
	rashomon.FacetPlace:    {`e.place_id`, `max(e.place_name)`},
	rashomon.FacetDay:      {`substr(e.date_first, 1, 10)`, `''`},
	rashomon.FacetMonth:    {`substr(e.date_first, 1, 7)`, `''`},
	rashomon.FacetYear:     {`substr(e.date_first, 1, 4)`, `''`},
}

// EventFacets implements rashomon.Store: the commonest values first, or
// for dates, in date order.
func (s *Store) EventFacets(ctx context.Context, q rashomon.EventQuery, field string, limit int) ([]rashomon.FacetCount, error) {
	ex, ok := facetExpr[field]
	if !ok {
		return nil, fmt.Errorf("facet %q: want type, source, target, claimant, place, day, month or year: %w", field, rashomon.ErrBadQuery)
	}
	where, args, err := eventWhere(q)
	if err != nil {
		return nil, err
	}
	where = append(where, ex[0]+` <> ''`)
	if field == rashomon.FacetDay {
		where = append(where, `length(e.date) = 10`)
	}
	coords := `NULL, NULL`
	if field == rashomon.FacetPlace {
		coords = `max(e.lat), max(e.lon)`
	}
	order := `2 DESC, 1`
	if field == rashomon.FacetDay || field == rashomon.FacetMonth || field == rashomon.FacetYear {
		order = `1`
	}
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+ex[0]+`, count(*), `+ex[1]+`, `+coords+` FROM events e`+
		whereClause(where)+` GROUP BY 1 ORDER BY `+order+fmt.Sprintf(` LIMIT %d`, limit), args...)
	if err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	defer rows.Close()
	out := []rashomon.FacetCount{}
	for rows.Next() {
		var f rashomon.FacetCount
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&f.Value, &f.N, &f.Label, &lat, &lon); err != nil {
			return nil, err
		}
		if lat.Valid && lon.Valid {
			f.Lat, f.Lon = &lat.Float64, &lon.Float64
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// ActorLinks implements rashomon.Store: the pairs with most events first.
func (s *Store) ActorLinks(ctx context.Context, q rashomon.EventQuery, limit int) ([]rashomon.ActorLink, error) {
	where, args, err := eventWhere(q)
	if err != nil {
		return nil, err
	}
	where = append(where, `e.source_country || e.source_sector <> ''`, `e.target_country || e.target_sector <> ''`)
	rows, err := s.db.QueryContext(ctx, `SELECT e.source_country, e.source_sector, e.target_country, e.target_sector,
		e.type, count(*) FROM events e`+whereClause(where)+` GROUP BY 1, 2, 3, 4, 5`, args...)
	if err != nil {
		return nil, fmt.Errorf("actor links: %w", err)
	}
	defer rows.Close()
	by := map[[2]rashomon.ActorRef]*rashomon.ActorLink{}
	for rows.Next() {
		var src, tgt rashomon.ActorRef
		var typ string
		var n int
		if err := rows.Scan(&src.Country, &src.Sector, &tgt.Country, &tgt.Sector, &typ, &n); err != nil {
			return nil, err
		}
		k := [2]rashomon.ActorRef{src, tgt}
		l := by[k]
		if l == nil {
			l = &rashomon.ActorLink{Source: src, Target: tgt, Types: map[string]int{}}
			by[k] = l
		}
		l.N += n
		l.Types[typ] += n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]rashomon.ActorLink, 0, len(by))
	for _, l := range by {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		if a, b := out[i].Source.Code(), out[j].Source.Code(); a != b {
			return a < b
		}
		return out[i].Target.Code() < out[j].Target.Code()
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// DocFacets implements rashomon.Store.
func (s *Store) DocFacets(ctx context.Context, q rashomon.DocQuery, field string, limit int) ([]rashomon.FacetCount, error) {
	var expr, order string
	switch field {
	case rashomon.FacetIssuer:
		expr, order = `coalesce(nullif(d.site_name, ''), nullif(d.issuer, ''), d.issuer_country)`, `2 DESC, 1`
	case rashomon.FacetMonth:
		expr, order = `substr(d.published, 1, 7)`, `1`
	case rashomon.FacetYear:
		expr, order = `substr(d.published, 1, 4)`, `1`
	default:
		return nil, fmt.Errorf("document facet %q: want issuer, month or year: %w", field, rashomon.ErrBadQuery)
	}
	from, where, args := docWhere(q)
	where = append(where, expr+` <> ''`)
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+expr+`, count(*) FROM `+from+whereClause(where)+
		` GROUP BY 1 ORDER BY `+order+fmt.Sprintf(` LIMIT %d`, limit), args...)
	if err != nil {
		return nil, fmt.Errorf("document facets: %w", err)
	}
	defer rows.Close()
	out := []rashomon.FacetCount{}
	for rows.Next() {
		var f rashomon.FacetCount
		if err := rows.Scan(&f.Value, &f.N); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
