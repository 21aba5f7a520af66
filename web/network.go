package web

import (
	"fmt"
	"math"
	"net/http"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/ascii"
)

// network is the data of the actor network's SVG.
type network struct {
	Width, Height float64
	Nodes         []node
	Edges         []edge
	Empty         bool
	Legend        []string
}

type node struct {
	Code      string
	X, Y, R   float64
	LX, LY    float64
	Anchor    string
	Degree    int
	Href      string
	Class     string
	Title     string
	Country   string
	Highlight bool
}

type edge struct {
	D     string // SVG path: a curve from source to target
	Width float64
	Class string
	Title string
	Href  string
}

const (
	netWidth  = 1000
	netHeight = 680
	maxNodes  = 40
)

func (s *Server) networkPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, err := eventQuery(v)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	links, err := s.o.Store.ActorLinks(r.Context(), q, 400)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	net := layoutNetwork(links, v.Get("actor"))
	for i := range net.Nodes {
		net.Nodes[i].Href = with(v, "actor", net.Nodes[i].Code)
	}
	for i := range net.Edges {
		net.Edges[i].Href = "/search" + net.Edges[i].Href
	}
	s.render(w, r, http.StatusOK, "network", "Actor network", struct {
		Net   network
		Links []rashomon.ActorLink
	}{net, links[:min(len(links), 25)]})
}

// layoutNetwork places the busiest actors on a circle, grouped by
// country (so that a state's government, army and media sit together),
// and draws each source→target pair as a curve whose width grows with
// its events and whose colour is its commonest event type.
func layoutNetwork(links []rashomon.ActorLink, focus string) network {
	net := network{Width: netWidth, Height: netHeight}
	degree := map[string]int{}
	for _, l := range links {
		degree[l.Source.Code()] += l.N
		degree[l.Target.Code()] += l.N
	}
	if len(degree) == 0 {
		net.Empty = true
		return net
	}
	codes := make([]string, 0, len(degree))
	for c := range degree {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		return degree[codes[i]] > degree[codes[j]] || degree[codes[i]] == degree[codes[j]] && codes[i] < codes[j]
	})
	if len(codes) > maxNodes {
		codes = codes[:maxNodes]
	}
	// group by country, the busiest countries first
	country := func(code string) string {
		if a, ok := rashomon.ParseActorCode(code); ok && a.Country != "" {
			return a.Country
		}
		return code
	}
	cdeg := map[string]int{}
	for _, c := range codes {
		cdeg[country(c)] += degree[c]
	}
	sort.SliceStable(codes, func(i, j int) bool {
		ci, cj := country(codes[i]), country(codes[j])
		if ci != cj {
			if cdeg[ci] != cdeg[cj] {
				return cdeg[ci] > cdeg[cj]
			}
			return ci < cj
		}
		return degree[codes[i]] > degree[codes[j]]
	})
	maxDeg := degree[codes[0]]
	for _, c := range codes {
		maxDeg = max(maxDeg, degree[c])
	}
	cx, cy := netWidth/2.0, netHeight/2.0
	radius := math.Min(cx, cy) - 110
	pos := map[string]int{}
	for i, c := range codes {
		a := 2*math.Pi*float64(i)/float64(len(codes)) - math.Pi/2
		x, y := cx+radius*math.Cos(a), cy+radius*math.Sin(a)
		n := node{Code: c, X: x, Y: y, R: 5 + 13*math.Sqrt(float64(degree[c])/float64(maxDeg)), Degree: degree[c],
			Country: country(c), Highlight: strings.EqualFold(c, focus)}
		n.LX, n.LY = cx+(radius+n.R+8)*math.Cos(a), cy+(radius+n.R+8)*math.Sin(a)+4
		n.Anchor = "start"
		if math.Cos(a) < -0.2 {
			n.Anchor = "end"
		} else if math.Abs(math.Cos(a)) <= 0.2 {
			n.Anchor = "middle"
		}
		n.Title = fmt.Sprintf("%s: %d events as source or target", c, degree[c])
		pos[c] = len(net.Nodes)
		net.Nodes = append(net.Nodes, n)
	}
	maxN := 1
	for _, l := range links {
		maxN = max(maxN, l.N)
	}
	seenType := map[string]bool{}
	for _, l := range links {
		si, ok1 := pos[l.Source.Code()]
		ti, ok2 := pos[l.Target.Code()]
		if !ok1 || !ok2 {
			continue
		}
		a, b := net.Nodes[si], net.Nodes[ti]
		top, topN := "", 0
		var parts []string
		types := make([]string, 0, len(l.Types))
		for t := range l.Types {
			types = append(types, t)
		}
		sort.Slice(types, func(i, j int) bool {
			return l.Types[types[i]] > l.Types[types[j]] || l.Types[types[i]] == l.Types[types[j]] && types[i] < types[j]
		})
		for _, t := range types {
			if l.Types[t] > topN {
				top, topN = t, l.Types[t]
			}
			parts = append(parts, fmt.Sprintf("%s %d", t, l.Types[t]))
		}
		seenType[top] = true
		var d string
		if si == ti {
			// an actor acting on itself: a small loop outside the circle
			ox, oy := (a.X-cx)/radius, (a.Y-cy)/radius
			d = fmt.Sprintf("M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f", a.X, a.Y,
				a.X+40*ox-20*oy, a.Y+40*oy+20*ox, a.X+40*ox+20*oy, a.Y+40*oy-20*ox, a.X, a.Y)
		} else {
			// a curve bending towards the centre, so that A→B and B→A part
			mx, my := (a.X+b.X)/2, (a.Y+b.Y)/2
			dx, dy := b.X-a.X, b.Y-a.Y
			ln := math.Hypot(dx, dy)
			nx, ny := -dy/ln, dx/ln
			k := 0.18 * ln
			ex, ey := shorten(a.X, a.Y, b.X, b.Y, b.R+3)
			d = fmt.Sprintf("M %.1f %.1f Q %.1f %.1f %.1f %.1f", a.X, a.Y, mx+nx*k, my+ny*k, ex, ey)
		}
		net.Edges = append(net.Edges, edge{D: d, Width: 1 + 7*math.Sqrt(float64(l.N)/float64(maxN)),
			Class: "t-" + ascii.Lower(top), Title: fmt.Sprintf("%s → %s: %d events (%s)", l.Source.String(), l.Target.String(), l.N, strings.Join(parts, ", ")),
			Href: "?source=" + l.Source.Code() + "&target=" + l.Target.Code()})
	}
	// thin edges on top of thick ones
	sort.SliceStable(net.Edges, func(i, j int) bool { return net.Edges[i].Width > net.Edges[j].Width })
	for _, t := range rashomon.EventTypes {
		if seenType[t] {
			net.Legend = append(net.Legend, t)
		}
	}
	return net
}

// shorten moves the end of a line back by d, so that arrows stop at the
// node's rim.
func shorten(x0, y0, x1, y1, d float64) (float64, float64) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l <= d {
		return x1, y1
	}
	return x1 - dx/l*d, y1 - dy/l*d
}
