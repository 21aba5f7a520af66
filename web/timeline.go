package web

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/ascii"
)

// timeline is the data of the timeline's SVG.
type timeline struct {
	Width, Height float64
	Bars          []bar
	Ticks         []tick
	YTicks        []tick
	Bucket        string // day or month
	From, To      string
	ZoomIn        string // query strings
	ZoomOut       string
	Earlier       string
	Later         string
	Legend        []rashomon.FacetCount
	Empty         bool
}

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
	Href       string
}

type tick struct {
	X, Y  float64
	Label string
}

const (
	tlWidth  = 1000
	tlHeight = 260
	tlLeft   = 44
	tlBottom = 24
	tlTop    = 10
)

func (s *Server) timelinePage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := r.URL.Query()
	q, err := eventQuery(v)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// the range: as asked, else all the events' months
	from, to := q.Since, q.Until
	if from.IsZero() || to.IsZero() {
		months, err := s.o.Store.EventFacets(ctx, q, rashomon.FacetMonth, 100000)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		if len(months) > 0 {
			first, _ := rashomon.ParseDate(months[0].Value)
			last, _ := rashomon.ParseDate(months[len(months)-1].Value)
			if from.IsZero() {
				from = rashomon.Day(first.Year, first.Month, 1)
			}
			if to.IsZero() {
				to = rashomon.DateOf(last.Last())
			}
		}
	}
	tl := timeline{Width: tlWidth, Height: tlHeight}
	if from.IsZero() || to.IsZero() || to.Time().Before(from.Time()) {
		tl.Empty = true
		s.render(w, r, http.StatusOK, "timeline", "Timeline", struct {
			TL     timeline
			Events rashomon.EventPage
		}{tl, rashomon.EventPage{}})
		return
	}
	from, to = rashomon.DateOf(from.Time()), rashomon.DateOf(to.Last())
	days := int(to.Time().Sub(from.Time()).Hours()/24) + 1
	tl.Bucket = "day"
	field := rashomon.FacetDay
	if days > 180 {
		tl.Bucket, field = "month", rashomon.FacetMonth
	}
	q.Since, q.Until = from, to
	types, err := s.o.Store.EventFacets(ctx, q, rashomon.FacetType, 20)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	tl.Legend = types
	// counts per bucket and type
	counts := map[string]map[string]int{}
	for _, t := range types {
		tq := q
		tq.Type = t.Value
		bs, err := s.o.Store.EventFacets(ctx, tq, field, 100000)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		for _, b := range bs {
			if counts[b.Value] == nil {
				counts[b.Value] = map[string]int{}
			}
			counts[b.Value][t.Value] = b.N
		}
	}
	// buckets in order
	var buckets []time.Time
	start := from.Time()
	if tl.Bucket == "month" {
		start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	for t := start; !t.After(to.Time()); {
		buckets = append(buckets, t)
		if tl.Bucket == "month" {
			t = t.AddDate(0, 1, 0)
		} else {
			t = t.AddDate(0, 0, 1)
		}
	}
	key := func(t time.Time) string {
		if tl.Bucket == "month" {
			return t.Format("2006-01")
		}
		return t.Format("2006-01-02")
	}
	maxN := 1
	for _, b := range buckets {
		n := 0
		for _, c := range counts[key(b)] {
			n += c
		}
		maxN = max(maxN, n)
	}
	plotW := float64(tlWidth - tlLeft - 6)
	plotH := float64(tlHeight - tlBottom - tlTop)
	bw := plotW / float64(len(buckets))
	for i, b := range buckets {
		x := tlLeft + float64(i)*bw
		y := float64(tlHeight - tlBottom)
		k := key(b)
		for _, t := range types {
			n := counts[k][t.Value]
			if n == 0 {
				continue
			}
			h := plotH * float64(n) / float64(maxN)
			y -= h
			// a bar zooms into its month, or lists its day's events
			href := with(v, "type", t.Value, "since", k, "until", k)
			if tl.Bucket == "month" {
				last := b.AddDate(0, 1, -1)
				href = with(v, "since", b.Format("2006-01-02"), "until", last.Format("2006-01-02"))
			}
			tl.Bars = append(tl.Bars, bar{X: x + 0.5, Y: y, W: math.Max(bw-1, 0.6), H: h,
				Class: "t-" + ascii.Lower(t.Value), Title: fmt.Sprintf("%s: %d %s", k, n, t.Value), Href: href})
		}
	}
	// axis ticks: about eight labels
	step := max(1, len(buckets)/8)
	for i := 0; i < len(buckets); i += step {
		label := buckets[i].Format("2 Jan 2006")
		if tl.Bucket == "month" {
			label = buckets[i].Format("Jan 2006")
		}
		tl.Ticks = append(tl.Ticks, tick{X: tlLeft + float64(i)*bw + bw/2, Y: tlHeight - 6, Label: label})
	}
	for _, f := range []float64{0, 0.5, 1} {
		n := int(math.Round(f * float64(maxN)))
		tl.YTicks = append(tl.YTicks, tick{X: tlLeft - 6, Y: float64(tlHeight-tlBottom) - plotH*float64(n)/float64(maxN) + 4, Label: fmt.Sprint(n)})
	}
	tl.From, tl.To = from.String(), to.String()
	span := to.Time().Sub(from.Time())
	mid := from.Time().Add(span / 2)
	quarter := span / 4
	tl.ZoomIn = with(v, "since", rashomon.DateOf(mid.Add(-quarter)).String(), "until", rashomon.DateOf(mid.Add(quarter)).String())
	tl.ZoomOut = with(v, "since", rashomon.DateOf(mid.Add(-span)).String(), "until", rashomon.DateOf(mid.Add(span)).String())
	tl.Earlier = with(v, "since", rashomon.DateOf(from.Time().Add(-span)).String(), "until", rashomon.DateOf(from.Time().AddDate(0, 0, -1)).String())
	tl.Later = with(v, "since", rashomon.DateOf(to.Time().AddDate(0, 0, 1)).String(), "until", rashomon.DateOf(to.Time().Add(span)).String())
	if days <= 2 {
		tl.ZoomIn = ""
	}
	eq := q
	eq.Limit = 50
	events, err := s.o.Store.Events(ctx, eq)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "timeline", "Timeline", struct {
		TL     timeline
		Events rashomon.EventPage
	}{tl, events})
}

// with is the template function qset, for Go code.
func with(q url.Values, kv ...string) string {
	return funcs["qset"].(func(url.Values, ...string) string)(q, kv...)
}
