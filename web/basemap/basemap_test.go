package basemap

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *Map {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return m
}

func TestLoad(t *testing.T) {
	m := mustLoad(t)
	if m2, _ := Load(); m2 != m {
		t.Error("Load parsed twice")
	}
	if len(m.Countries) < 200 {
		t.Fatalf("%d countries, want 200 or more", len(m.Countries))
	}
	for i, c := range m.Countries {
		if len(c.ISO3) != 3 || strings.ToUpper(c.ISO3) != c.ISO3 {
			t.Errorf("bad code %q", c.ISO3)
		}
		if i > 0 && m.Countries[i-1].ISO3 >= c.ISO3 {
			t.Errorf("%s after %s: not sorted or not unique", c.ISO3, m.Countries[i-1].ISO3)
		}
		if c.Name == "" || len(c.Rings) == 0 {
			t.Errorf("%s: name %q, %d rings", c.ISO3, c.Name, len(c.Rings))
		}
		for _, r := range c.Rings {
			if len(r) < 3 {
				t.Errorf("%s: ring of %d points", c.ISO3, len(r))
			}
			for j, p := range r {
				if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
					t.Fatalf("%s: point %v out of range", c.ISO3, p)
				}
				if j > 0 && math.Abs(p[0]-r[j-1][0]) > 180 {
					t.Errorf("%s: ring crosses the antimeridian at %v", c.ISO3, p)
				}
			}
		}
	}
}

func TestCountry(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		iso3, name string
		lon, lat   float64 // a point in the country's bounding box
	}{
		{"AZE", "Azerbaijan", 49.87, 40.41}, // Baku
		{"ARM", "Armenia", 44.51, 40.18},    // Yerevan
		{"GEO", "Georgia", 44.79, 41.72},    // Tbilisi
		{"RUS", "Russia", 37.62, 55.76},
		{"KOS", "Kosovo", 21.17, 42.66},
		{"CYN", "Northern Cyprus", 33.36, 35.19},
		{"SOL", "Somaliland", 44.07, 9.56},
		{"COD", "Democratic Republic of the Congo", 15.31, -4.33},
		{"FJI", "Fiji", 178.44, -18.14},
		{"ATA", "Antarctica", 0, -80},
		{"VAT", "Vatican", 12.435, 41.902}, // Natural Earth 50m places it a little west
	}
	for _, tt := range tests {
		t.Run(tt.iso3, func(t *testing.T) {
			c := m.Country(tt.iso3)
			if c == nil {
				t.Fatalf("no %s", tt.iso3)
			}
			if c.Name != tt.name {
				t.Errorf("name %q, want %q", c.Name, tt.name)
			}
			if len(c.Rings) == 0 {
				t.Fatal("no rings")
			}
			b := c.box
			if tt.lon < b.minLon || tt.lon > b.maxLon || tt.lat < b.minLat || tt.lat > b.maxLat {
				t.Errorf("(%v, %v) not in bounding box %+v", tt.lon, tt.lat, b)
			}
		})
	}
	if m.Country("XXX") != nil {
		t.Error("XXX found")
	}
}

func TestProject(t *testing.T) {
	caucasus := View{MinLon: 40, MinLat: 37, MaxLon: 52, MaxLat: 44, Width: 800, Height: 450}
	tests := []struct {
		name     string
		v        View
		lon, lat float64
		x, y     float64 // want, within 0.5 px; NaN: only inside the picture
	}{
		{"world centre", World(1000, 500), 0, 0, 500, 250},
		{"world north-west", World(1000, 500), -180, 90, 0, 0},
		{"world south-east", World(1000, 500), 180, -90, 1000, 500},
		{"letterboxed world", World(1000, 1000), 0, 90, 500, 250},
		{"caucasus centre", caucasus, 46, 40.5, 400, 225},
		{"Baku", caucasus, 49.87, 40.41, math.NaN(), math.NaN()},
		{"Tbilisi", caucasus, 44.79, 41.72, math.NaN(), math.NaN()},
		{"across the antimeridian", View{MinLon: 170, MinLat: -25, MaxLon: 190, MaxLat: -10, Width: 400, Height: 300}, -179, -17, math.NaN(), math.NaN()},
		{"min > max longitude", View{MinLon: 170, MinLat: -25, MaxLon: -170, MaxLat: -10, Width: 400, Height: 300}, 180, -17.5, 200, 150},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := Project(tt.lon, tt.lat, tt.v)
			if x < 0 || x > tt.v.Width || y < 0 || y > tt.v.Height {
				t.Errorf("(%v, %v) -> (%.1f, %.1f), outside %vx%v", tt.lon, tt.lat, x, y, tt.v.Width, tt.v.Height)
			}
			if !math.IsNaN(tt.x) && (math.Abs(x-tt.x) > 0.5 || math.Abs(y-tt.y) > 0.5) {
				t.Errorf("(%v, %v) -> (%.1f, %.1f), want (%v, %v)", tt.lon, tt.lat, x, y, tt.x, tt.y)
			}
		})
	}
	// North is up and east is right.
	v := caucasus
	x0, y0 := Project(45, 40, v)
	x1, y1 := Project(46, 41, v)
	if !(x1 > x0 && y1 < y0) {
		t.Errorf("north-east of (%v, %v) is (%v, %v)", x0, y0, x1, y1)
	}
}

func TestFitView(t *testing.T) {
	tests := []struct {
		name    string
		points  [][2]float64
		w, h    float64
		pad     float64
		minSpan float64 // smallest latitude span wanted
		maxSpan float64 // largest longitude span wanted
	}{
		{"one point", [][2]float64{{49.87, 40.41}}, 800, 450, 0.1, MinExtent, 10},
		{"caucasus", [][2]float64{{49.87, 40.41}, {44.51, 40.18}, {44.79, 41.72}, {41.64, 41.65}}, 800, 450, 0.1, 1.5, 20},
		{"tall picture", [][2]float64{{30, 10}, {50, 12}}, 300, 900, 0.05, 20, 40},
		{"across the antimeridian", [][2]float64{{178.4, -18.1}, {-179.9, -16.5}, {-175.2, -21.1}}, 600, 400, 0.1, 4, 20},
		{"two hemispheres", [][2]float64{{-74, 40.7}, {139.7, 35.7}, {37.6, 55.8}}, 1000, 500, 0.05, 20, 360},
		{"pole", [][2]float64{{0, 89.5}}, 400, 400, 0.1, MinExtent, 360},
		{"no points", nil, 1200, 600, 0.1, 180, 360},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := FitView(tt.points, tt.w, tt.h, tt.pad)
			if v.Width != tt.w || v.Height != tt.h {
				t.Errorf("size %vx%v, want %vx%v", v.Width, v.Height, tt.w, tt.h)
			}
			if span := v.MaxLat - v.MinLat; span < tt.minSpan {
				t.Errorf("latitude span %v, want >= %v", span, tt.minSpan)
			}
			if span := v.MaxLon - v.MinLon; span > tt.maxSpan || span <= 0 {
				t.Errorf("longitude span %v, want in (0, %v]", span, tt.maxSpan)
			}
			for _, p := range tt.points {
				x, y := Project(p[0], p[1], v)
				if x < 0 || x > tt.w || y < 0 || y > tt.h {
					t.Errorf("%v -> (%.1f, %.1f), outside %vx%v (view %+v)", p, x, y, tt.w, tt.h, v)
				}
			}
			// FitView matches the picture's proportions, so the view's
			// corners are the picture's (unless a pole moved it).
			if tt.name != "pole" && tt.points != nil {
				x0, y0 := Project(v.MinLon, v.MaxLat, v)
				x1, y1 := Project(v.MaxLon, v.MinLat, v)
				if tt.name == "two hemispheres" {
					x0, x1 = 0, tt.w // 360° spans wrap onto one meridian
				}
				for _, c := range [][2]float64{{x0, 0}, {y0, 0}, {x1, tt.w}, {y1, tt.h}} {
					if math.Abs(c[0]-c[1]) > 1 {
						t.Errorf("corners (%.1f, %.1f) (%.1f, %.1f), want the picture's", x0, y0, x1, y1)
						break
					}
				}
			}
		})
	}
}

func paths(ps []Path) map[string]Path {
	m := map[string]Path{}
	for _, p := range ps {
		m[p.ISO3] = p
	}
	return m
}

func TestSVGPaths(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		name     string
		v        View
		want     []string
		wantNone []string
	}{
		{"caucasus", View{MinLon: 40, MinLat: 37, MaxLon: 52, MaxLat: 44, Width: 800, Height: 450},
			[]string{"AZE", "ARM", "GEO", "RUS", "TUR", "IRN"}, []string{"BRA", "USA", "FJI", "ATA"}},
		{"world", World(1200, 600),
			[]string{"AZE", "BRA", "USA", "RUS", "ATA", "FJI", "AUS"}, nil},
		{"fiji across the antimeridian", FitView([][2]float64{{178, -17}, {-179.5, -16.5}}, 600, 400, 0.2),
			[]string{"FJI"}, []string{"RUS", "AZE"}},
		{"bering strait", View{MinLon: 165, MinLat: 58, MaxLon: 200, MaxLat: 72, Width: 800, Height: 400},
			[]string{"RUS", "USA"}, []string{"FJI", "AZE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paths(m.SVGPaths(tt.v))
			for _, c := range tt.want {
				if _, ok := got[c]; !ok {
					t.Errorf("no %s", c)
				}
			}
			for _, c := range tt.wantNone {
				if _, ok := got[c]; ok {
					t.Errorf("%s drawn", c)
				}
			}
			for iso, p := range got {
				checkPath(t, iso, p.D, tt.v)
			}
		})
	}
}

// checkPath parses D and checks its shape: M x y (L x y)* Z per ring,
// coordinates with at most one decimal, within the clip margin, and no
// step across more than half the picture except along the clip rectangle
// or along the south pole (Antarctica is closed through the pole).
func checkPath(t *testing.T, iso, d string, v View) {
	t.Helper()
	if !strings.HasPrefix(d, "M") || !strings.HasSuffix(d, "Z") {
		t.Errorf("%s: path %.40q", iso, d)
		return
	}
	_, southY := Project(0, -90, v)
	southY = math.Round(southY*10) / 10
	for _, sub := range strings.Split(strings.TrimSuffix(d, "Z"), "Z") {
		if !strings.HasPrefix(sub, "M") {
			t.Errorf("%s: subpath %.40q", iso, sub)
			return
		}
		var px, py float64
		for i, pt := range strings.Split(sub[1:], "L") {
			xs, ys, ok := strings.Cut(pt, " ")
			x, err1 := strconv.ParseFloat(xs, 64)
			y, err2 := strconv.ParseFloat(ys, 64)
			if !ok || err1 != nil || err2 != nil {
				t.Errorf("%s: bad point %q", iso, pt)
				return
			}
			for _, s := range []string{xs, ys} {
				if dot := strings.IndexByte(s, '.'); dot >= 0 && len(s)-dot > 2 {
					t.Errorf("%s: %q has more than one decimal", iso, s)
					return
				}
			}
			if x < -clipMargin-0.1 || x > v.Width+clipMargin+0.1 || y < -clipMargin-0.1 || y > v.Height+clipMargin+0.1 {
				t.Errorf("%s: point (%v, %v) beyond the clip margin", iso, x, y)
				return
			}
			onClip := func(x, y float64) bool {
				return x <= -clipMargin+0.1 || x >= v.Width+clipMargin-0.1 || y <= -clipMargin+0.1 || y >= v.Height+clipMargin-0.1
			}
			if i > 0 && math.Abs(x-px) > v.Width/2 && !(onClip(x, y) && onClip(px, py)) && !(y == southY && py == southY) {
				t.Errorf("%s: step (%v, %v) -> (%v, %v) across the map", iso, px, py, x, y)
				return
			}
			px, py = x, y
		}
	}
}

func TestSVGPathsDeterministic(t *testing.T) {
	m := mustLoad(t)
	for _, v := range []View{
		{MinLon: 40, MinLat: 37, MaxLon: 52, MaxLat: 44, Width: 800, Height: 450},
		World(1200, 600),
		FitView([][2]float64{{178, -17}, {-179.5, -16.5}}, 600, 400, 0.2),
	} {
		a, b := m.SVGPaths(v), m.SVGPaths(v)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("view %+v: two calls differ", v)
		}
		for i := 1; i < len(a); i++ {
			if a[i-1].ISO3 >= a[i].ISO3 {
				t.Errorf("view %+v: %s before %s", v, a[i-1].ISO3, a[i].ISO3)
			}
		}
	}
}

func TestSVGPathsHoles(t *testing.T) {
	m := mustLoad(t)
	v := FitView([][2]float64{{16, -35}, {33, -22}}, 800, 600, 0.05)
	got := paths(m.SVGPaths(v))
	zaf, ok := got["ZAF"]
	if !ok {
		t.Fatal("no ZAF")
	}
	if _, ok := got["LSO"]; !ok {
		t.Error("no LSO")
	}
	if n := strings.Count(zaf.D, "M"); n < 2 {
		t.Errorf("ZAF has %d rings, want the outline and Lesotho's hole", n)
	}
}

func TestSVGPathsClips(t *testing.T) {
	m := mustLoad(t)
	caucasus := View{MinLon: 40, MinLat: 37, MaxLon: 52, MaxLat: 44, Width: 800, Height: 450}
	rus := paths(m.SVGPaths(caucasus))["RUS"]
	world := paths(m.SVGPaths(World(800, 400)))["RUS"]
	if len(rus.D) == 0 || len(rus.D) > len(world.D) {
		t.Errorf("Russia in the Caucasus is %d bytes, in the world %d: not clipped", len(rus.D), len(world.D))
	}
}

func BenchmarkSVGPathsWorld(b *testing.B) {
	m := mustLoad(b)
	v := World(1200, 600)
	b.ReportAllocs()
	for b.Loop() {
		m.SVGPaths(v)
	}
}

func BenchmarkSVGPathsCaucasus(b *testing.B) {
	m := mustLoad(b)
	v := View{MinLon: 40, MinLat: 37, MaxLon: 52, MaxLat: 44, Width: 800, Height: 450}
	b.ReportAllocs()
	for b.Loop() {
		m.SVGPaths(v)
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(countriesJSON); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSVGPathsHandMadeMap(t *testing.T) {
	m := &Map{Countries: []Country{{ISO3: "SQR", Name: "Square", Rings: [][][2]float64{{{44, 40}, {46, 40}, {46, 42}, {44, 42}}}}}}
	ps := m.SVGPaths(View{MinLon: 40, MinLat: 37, MaxLon: 52, MaxLat: 44, Width: 800, Height: 450})
	if len(ps) != 1 || ps[0].ISO3 != "SQR" || strings.Count(ps[0].D, "L") != 3 {
		t.Errorf("got %+v", ps)
	}
	if m.Country("SQR") == nil {
		t.Error("Country(SQR) = nil")
	}
}
