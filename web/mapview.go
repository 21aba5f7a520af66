package web

import (
	"fmt"
	"math"
	"net/http"
	"sort"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/web/basemap"
)

// mapView is the data of the map's SVG.
type mapView struct {
	Width, Height float64
	Land          []basemap.Path
	Marks         []mark
	Sides         []string
	Names         string // the side whose names label the places ("" neutral)
	Empty         bool
}

type mark struct {
	X, Y, R    float64
	N          int
	Label      string // the name in the chosen side's usage
	Neutral    string
	Others     string // every side's name, for the tooltip
	Href       string
	LabelShown bool
	LX, LY     float64
}

const (
	mapWidth  = 1000
	mapHeight = 560
)

func (s *Server) mapPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := r.URL.Query()
	q, err := eventQuery(v)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	q.Located = true
	places, err := s.o.Store.EventFacets(ctx, q, rashomon.FacetPlace, 2000)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	mv := mapView{Width: mapWidth, Height: mapHeight, Names: v.Get("names")}
	if s.o.Places != nil {
		mv.Sides = s.o.Places.NamingSides()
	}
	var pts [][2]float64
	for _, p := range places {
		if p.Lat != nil && p.Lon != nil {
			pts = append(pts, [2]float64{*p.Lon, *p.Lat})
		}
	}
	view := basemap.World(mapWidth, mapHeight)
	if len(pts) > 0 {
		view = basemap.FitView(pts, mapWidth, mapHeight, 0.15)
	} else {
		mv.Empty = true
	}
	mv.Land = s.world.SVGPaths(view)
	maxN := 1
	for _, p := range places {
		maxN = max(maxN, p.N)
	}
	for _, p := range places {
		if p.Lat == nil || p.Lon == nil {
			continue
		}
		x, y := basemap.Project(*p.Lon, *p.Lat, view)
		m := mark{X: x, Y: y, N: p.N, R: 4 + 14*math.Sqrt(float64(p.N)/float64(maxN)),
			Neutral: p.Label, Label: p.Label, Href: "/search" + with(v, "place", p.Value, "names", "")}
		if s.o.Places != nil {
			if mv.Names != "" {
				if n := s.o.Places.PlaceNameBy(p.Value, mv.Names); n != "" {
					m.Label = n
				}
			}
			var others []string
			for _, side := range mv.Sides {
				if n := s.o.Places.PlaceNameBy(p.Value, side); n != "" && n != p.Label {
					others = append(others, fmt.Sprintf("%s: %s", side, n))
				}
			}
			if len(others) > 0 {
				m.Others = fmt.Sprint(others)
			}
		}
		mv.Marks = append(mv.Marks, m)
	}
	// biggest first underneath; labels for the busiest places that do not
	// collide
	sort.Slice(mv.Marks, func(i, j int) bool { return mv.Marks[i].N > mv.Marks[j].N })
	var boxes [][4]float64
	for i := range mv.Marks {
		m := &mv.Marks[i]
		lw := 7 * float64(len([]rune(m.Label)))
		b := [4]float64{m.X + m.R + 2, m.Y - 8, m.X + m.R + 2 + lw, m.Y + 6}
		clash := b[2] > mapWidth
		for _, o := range boxes {
			if b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3] {
				clash = true
				break
			}
		}
		if !clash && len(boxes) < 40 {
			boxes = append(boxes, b)
			m.LabelShown, m.LX, m.LY = true, b[0], m.Y+4
		}
	}
	events, err := s.o.Store.Events(ctx, rashomon.EventQuery{Actor: q.Actor, Source: q.Source, Target: q.Target,
		Claimant: q.Claimant, Type: q.Type, Place: q.Place, Since: q.Since, Until: q.Until, Located: true, Limit: 30})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "map", "Map", struct {
		Map    mapView
		Events rashomon.EventPage
	}{mv, events})
}
