package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"

	jsonv2 "github.com/go-json-experiment/json"

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

// cond is a condition with its arguments.
type cond struct {
	sql  string
	args []any
}

// eventFilter is an event query as conditions on events e. An actor as
// source or target is kept apart: listings run it as the union of two
// queries, one per role, each walking its own index in order, where one
// query with an OR would have to read and sort every match.
type eventFilter struct {
	where  []string
	args   []any
	either [2]cond // the actor as source, as target; zero without an actor
	since  string  // the query's first day, or ""
}

// eventFilterOf turns an event query into conditions.
func (s *Store) eventFilterOf(ctx context.Context, q rashomon.EventQuery) (eventFilter, error) {
	var f eventFilter
	add := func(c string, a ...any) {
		f.where = append(f.where, c)
		f.args = append(f.args, a...)
	}
	if q.Actor != "" {
		src, sa, err := actorCond(q.Actor, "source")
		if err != nil {
			return f, err
		}
		tgt, ta, _ := actorCond(q.Actor, "target")
		f.either = [2]cond{{src, sa}, {tgt, ta}}
	}
	for _, r := range []struct{ code, role string }{{q.Source, "source"}, {q.Target, "target"}, {q.Claimant, "claimant"}} {
		if r.code == "" {
			continue
		}
		c, a, err := actorCond(r.code, r.role)
		if err != nil {
			return f, err
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
		// the date index bounds the scan: an event's date spans a year at
		// most, but for the few longer ranges
		f.since = q.Since.Time().Format("2006-01-02")
		bound, err := s.firstDay(ctx, q.Since)
		if err != nil {
			return f, err
		}
		add(`e.date_last >= ?`, f.since)
		add(`e.date_first >= ?`, bound)
	}
	if !q.Until.IsZero() {
		add(`e.date_first > '' AND e.date_first <= ?`, q.Until.Last().Format("2006-01-02"))
	}
	if strings.TrimSpace(q.Search) != "" {
		add(`e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, ftsQuery(q.Search))
	}
	if q.Located {
		add(`e.lat IS NOT NULL`)
	}
	return f, nil
}

// firstDay returns the first day on which an event running into the
// period that begins on since can begin: a year before it, or earlier for
// the events that span more than a year (index events_long). Looking those
// up for each listing cost more than the rest of it, so their spans are
// read once and kept (see recent), unless there are very many.
func (s *Store) firstDay(ctx context.Context, since rashomon.Date) (string, error) {
	day := since.Time().Format("2006-01-02")
	bound := since.Time().AddDate(-1, 0, 0).Format("2006-01-02")
	long, err := s.bounds.compute("", func() (longSpans, error) { return s.longSpans(ctx) })
	if err != nil {
		return "", fmt.Errorf("events since %s: %w", day, err)
	}
	if long.lasts == nil { // too many to keep
		var first sql.NullString
		err := s.queryRow(ctx, `SELECT min(date_first) FROM events INDEXED BY events_long
			WHERE julianday(date_last) - julianday(date_first) > 365 AND date_last >= ?`, day).Scan(&first)
		if err != nil {
			return "", fmt.Errorf("events since %s: %w", day, err)
		}
		if first.Valid && first.String < bound {
			bound = first.String
		}
		return bound, nil
	}
	if i, _ := slices.BinarySearch(long.lasts, day); i < len(long.lasts) && long.firsts[i] < bound {
		bound = long.firsts[i]
	}
	return bound, nil
}

// longSpans are the events that span more than a year, by last day:
// lasts in order, and firsts[i] the earliest first day of those from i on.
type longSpans struct {
	lasts, firsts []string
}

// maxLongSpans bounds the long events kept in memory (about 50 bytes
// each); past it, each listing looks them up.
const maxLongSpans = 200000

func (s *Store) longSpans(ctx context.Context) (longSpans, error) {
	var l longSpans
	rows, err := s.query(ctx, `SELECT date_last, date_first FROM events INDEXED BY events_long
		WHERE julianday(date_last) - julianday(date_first) > 365 ORDER BY date_last LIMIT ?`, maxLongSpans+1)
	if err != nil {
		return l, err
	}
	defer rows.Close()
	for rows.Next() {
		var last, first string
		if err := rows.Scan(&last, &first); err != nil {
			return l, err
		}
		l.lasts = append(l.lasts, last)
		l.firsts = append(l.firsts, first)
	}
	if err := rows.Err(); err != nil {
		return l, err
	}
	if len(l.lasts) > maxLongSpans {
		return longSpans{}, nil
	}
	if l.lasts == nil {
		l.lasts, l.firsts = []string{}, []string{}
	}
	for i := len(l.firsts) - 2; i >= 0; i-- {
		l.firsts[i] = min(l.firsts[i], l.firsts[i+1])
	}
	return l, nil
}

// flat returns the conditions with the actor's two roles in one OR, for
// queries that read every match anyway.
func (f eventFilter) flat() ([]string, []any) {
	if f.either[0].sql == "" {
		return f.where, f.args
	}
	where := append([]string{`(` + f.either[0].sql + ` OR ` + f.either[1].sql + `)`}, f.where...)
	args := append(append(slices.Clone(f.either[0].args), f.either[1].args...), f.args...)
	return where, args
}

// with returns the conditions and c.
func (f eventFilter) with(c ...cond) cond {
	var where []string
	var args []any
	for _, x := range c {
		where = append(where, x.sql)
		args = append(args, x.args...)
	}
	return cond{whereClause(append(where, f.where...)), append(args, f.args...)}
}

// branches returns the WHERE clause of each query of the union: one
// without an actor, one per role with.
func (f eventFilter) branches() []cond {
	if f.either[0].sql == "" {
		return []cond{f.with()}
	}
	return []cond{f.with(f.either[0]), f.with(f.either[1])}
}

// eventWhere turns an event query into WHERE conditions on events e.
func (s *Store) eventWhere(ctx context.Context, q rashomon.EventQuery) ([]string, []any, error) {
	f, err := s.eventFilterOf(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	where, args := f.flat()
	return where, args, nil
}

func whereClause(where []string) string {
	if len(where) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(where, ` AND `)
}

// eventOrder is each sort's ORDER BY terms on the sort keys a listing
// selects (id, day, undated, ty).
var eventOrder = map[string][]string{
	"":      {"day DESC", "id DESC"},
	"-date": {"day DESC", "id DESC"},
	"date":  {"undated", "day", "id"},
	"type":  {"ty", "day DESC", "id DESC"},
	"-type": {"ty DESC", "day DESC", "id DESC"},
}

// orderBy writes ORDER BY terms on the keys of table t ("" for none).
func orderBy(terms []string, t string) string {
	var b strings.Builder
	for i, term := range terms {
		if i > 0 {
			b.WriteString(", ")
		}
		if t != "" {
			b.WriteString(t + ".")
		}
		b.WriteString(term)
	}
	return b.String()
}

// Events implements rashomon.Store. It sorts and cuts the page on the sort
// keys alone and reads the events' bodies and documents for the page only.
// The events it returns may share their participants, location and counts
// with those of other calls (recently decoded events are kept): callers
// treat them as read-only.
func (s *Store) Events(ctx context.Context, q rashomon.EventQuery) (rashomon.EventPage, error) {
	done, err := s.read(ctx)
	if err != nil {
		return rashomon.EventPage{}, err
	}
	defer done()
	order, ok := eventOrder[q.Sort]
	if !ok {
		return rashomon.EventPage{}, fmt.Errorf("sort %q: want date, -date, type or -type: %w", q.Sort, rashomon.ErrBadQuery)
	}
	f, err := s.eventFilterOf(ctx, q)
	if err != nil {
		return rashomon.EventPage{}, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, rashomon.MaxEventPage)
	// Words drive the listing from the full-text index, which hands its
	// matches over newest stored first: a common word matches too many
	// events to sort them all by date, so a search unsorted lists them in
	// that order (sort=-date still sorts by date).
	lf, from, idCol := f, `events e`, `e.rowid`
	if strings.TrimSpace(q.Search) != "" {
		wq := q
		wq.Search = ""
		if lf, err = s.eventFilterOf(ctx, wq); err != nil {
			return rashomon.EventPage{}, err
		}
		lf.where = append([]string{`events_fts MATCH ?`}, lf.where...)
		lf.args = append([]any{ftsQuery(q.Search)}, lf.args...)
		from = `events_fts JOIN events e ON e.rowid = events_fts.rowid`
		idCol = `events_fts.rowid` // the index's own order, which it walks backwards
		if q.Sort == "" {
			order = []string{"id DESC"}
		}
	}
	var keys []string
	var args []any
	branches := lf.branches()
	// the type only when the order needs it: most indexes do not hold it,
	// and reading it would read every walked event's row
	ty := `'' AS ty`
	if slices.ContainsFunc(order, func(t string) bool { return strings.HasPrefix(t, "ty") }) {
		ty = `e.type AS ty`
	}
	for _, b := range branches {
		k := `SELECT ` + idCol + ` AS id, e.date_first AS day, e.date_first = '' AS undated, ` + ty + `
			FROM ` + from + b.sql
		cut, end := ` LIMIT ?)`, limit+max(q.Offset, 0)
		if order[0] == "undated" {
			// oldest first, the undated last: the dated and the undated
			// each in the order of an index, cut to the page's end
			and := ` AND `
			if b.sql == "" {
				and = ` WHERE `
			}
			keys = append(keys, `SELECT * FROM (`+k+and+`e.date_first > '' ORDER BY day, id`+cut,
				`SELECT * FROM (`+k+and+`e.date_first = '' ORDER BY id`+cut)
			args = append(append(append(append(args, b.args...), end), b.args...), end)
			continue
		}
		if len(branches) > 1 {
			// Each role's events come sorted from its own index; cut each
			// to the page's end before the union, or the union sorts every
			// event of the actor.
			k = `SELECT * FROM (` + k + ` ORDER BY ` + orderBy(order, "") + cut
		}
		keys = append(keys, k)
		args = append(args, b.args...)
		if len(branches) > 1 {
			args = append(args, end)
		}
	}
	page := rashomon.EventPage{Events: []rashomon.EventRow{}}
	rows, err := s.query(ctx, `SELECT e.rowid, e.body, e.incident, e.quote, d.title, d.url, d.issuer, d.published
		FROM (`+strings.Join(keys, ` UNION `)+` ORDER BY `+orderBy(order, "")+` LIMIT ? OFFSET ?) p
		JOIN events e ON e.rowid = p.id JOIN documents d ON d.rowid = e.doc
		ORDER BY `+orderBy(order, "p"), append(args, limit, max(q.Offset, 0))...)
	if err != nil {
		return page, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r rashomon.EventRow
		var rowid int64
		var body sql.RawBytes
		var published string
		if err := rows.Scan(&rowid, &body, &r.IncidentID, &r.Quote, &r.DocTitle, &r.DocURL, &r.Issuer, &published); err != nil {
			return page, err
		}
		inc := r.IncidentID
		if ev, ok := s.decoded.Get(rowid); ok {
			r.Event = ev
		} else {
			// The JSON v2 decoder (the prototype of encoding/json/v2)
			// reads a stored event in two fifths of v1's time: decoding
			// was a quarter of a listing's work over a large store, where
			// few events of a page are among the recently decoded. The
			// bodies are written by encoding/json with exact field names,
			// which v2 reads to the same values (a test compares them).
			if err := jsonv2.Unmarshal(body, &r.Event); err != nil {
				return page, err
			}
			s.decoded.Add(rowid, r.Event)
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
	if from != `events e` && len(lf.where) == 1 && lf.either[0].sql == "" {
		// words alone: the full-text index counts its matches without
		// reading each event's row
		from = `events_fts`
	}
	page.Total, page.TotalCapped, err = s.countEvents(ctx, lf, from)
	return page, err
}

// countEvents counts the events f selects from "from" (the events, or the
// full-text index joined to them) up to rashomon.MaxCount. For an
// actor as source or target it counts each role and subtracts the events
// the actor directs at itself, each count walking one index.
func (s *Store) countEvents(ctx context.Context, f eventFilter, from string) (int, bool, error) {
	t, err := s.counts.compute(countKey(f, from), func() (total, error) {
		n, capped, err := s.countEventsNow(ctx, f, from)
		return total{n, capped}, err
	})
	return t.n, t.capped, err
}

// countEventsNow counts in the store.
func (s *Store) countEventsNow(ctx context.Context, f eventFilter, from string) (int, bool, error) {
	count := func(c cond) (int, error) {
		var n int
		err := s.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+from+c.sql+
			fmt.Sprintf(` LIMIT %d)`, rashomon.MaxCount+1), c.args...).Scan(&n)
		return n, err
	}
	if f.since != "" {
		// The events that begin on or after the first day are a subset
		// found by one short walk of the date index; only when they are
		// too few to reach the cap must the count look back for events
		// that began before and run into the period.
		from := cond{sql: `e.date_first >= ?`, args: []any{f.since}}
		var k int
		var err error
		if f.either[0].sql == "" {
			k, err = count(f.with(from))
		} else {
			k, err = count(f.with(from, f.either[0]))
		}
		if err != nil {
			return 0, false, err
		}
		if k > rashomon.MaxCount {
			return rashomon.MaxCount, true, nil
		}
	}
	parts := []cond{f.with()}
	if f.either[0].sql != "" {
		parts = []cond{f.with(f.either[0]), f.with(f.either[1]), f.with(f.either[0], f.either[1])}
	}
	ns := make([]int, len(parts))
	for i, c := range parts {
		k, err := count(c)
		if err != nil {
			return 0, false, err
		}
		if k > rashomon.MaxCount {
			return rashomon.MaxCount, true, nil
		}
		ns[i] = k
	}
	n := ns[0]
	if len(ns) == 3 {
		n += ns[1] - ns[2] // as source, as target, as both
	}
	if n > rashomon.MaxCount {
		return rashomon.MaxCount, true, nil
	}
	return n, false, nil
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
	where, args, err := s.eventWhere(ctx, q)
	if err != nil {
		return nil, err
	}
	where = append(where, ex[0]+` <> ''`)
	switch field {
	case rashomon.FacetDay:
		where = append(where, `length(e.date) = 10`)
	case rashomon.FacetMonth:
		where = append(where, `length(e.date) >= 7`) // a year alone is no month
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
	where, args, err := s.eventWhere(ctx, q)
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
	var expr, order, cond string
	switch field {
	case rashomon.FacetIssuer:
		expr, order = `coalesce(nullif(d.site_name, ''), nullif(d.issuer, ''), d.issuer_country)`, `2 DESC, 1`
	case rashomon.FacetMonth:
		expr, order, cond = `substr(d.published, 1, 7)`, `1`, `length(d.published) >= 7` // a year alone is no month
	case rashomon.FacetYear:
		expr, order = `substr(d.published, 1, 4)`, `1`
	default:
		return nil, fmt.Errorf("document facet %q: want issuer, month or year: %w", field, rashomon.ErrBadQuery)
	}
	from, where, args := docWhere(q)
	where = append(where, expr+` <> ''`)
	if cond != "" {
		where = append(where, cond)
	}
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
