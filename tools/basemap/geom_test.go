package main

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

func TestDecodeAndStitch(t *testing.T) {
	// Two squares sharing the arc from (1,0) to (1,1), quantized with a
	// scale of 0.5 and delta-encoded as the TopoJSON spec's example does.
	src := `{"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
	"objects":{"countries":{"type":"GeometryCollection","geometries":[
		{"type":"Polygon","id":"031","properties":{"name":"A"},"arcs":[[0,1]]},
		{"type":"MultiPolygon","id":51,"properties":{"name":"B"},"arcs":[[[-1,2]]]}]}},
	"arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]]}`
	var topo topology
	if err := json.Unmarshal([]byte(src), &topo); err != nil {
		t.Fatal(err)
	}
	arcs := topo.decodeArcs()
	if want := []pt{{11, 20}, {11, 21}}; !reflect.DeepEqual(arcs[0], want) {
		t.Errorf("arc 0 = %v, want %v", arcs[0], want)
	}
	geoms := topo.Objects["countries"].Geometries
	if got := []string{geoms[0].id(), geoms[1].id()}; !reflect.DeepEqual(got, []string{"031", "051"}) {
		t.Errorf("ids %v", got)
	}
	tests := []struct {
		g    geometry
		want []pt
	}{
		{geoms[0], []pt{{11, 20}, {11, 21}, {10, 21}, {10, 20}, {11, 20}}},
		{geoms[1], []pt{{11, 21}, {11, 20}, {12, 20}, {12, 21}, {11, 21}}},
	}
	for _, tt := range tests {
		polys, err := tt.g.polygons()
		if err != nil || len(polys) != 1 || len(polys[0]) != 1 {
			t.Fatalf("%s: polygons %v, %v", tt.g.Properties.Name, polys, err)
		}
		if got := stitch(arcs, polys[0][0]); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ring %v, want %v", tt.g.Properties.Name, got, tt.want)
		}
	}
}

func TestSimplifyArc(t *testing.T) {
	tests := []struct {
		name string
		in   []pt
		tol  float64
		want []pt
	}{
		{"straight line", []pt{{0, 0}, {1, 0.001}, {2, 0}, {3, 0}}, 0.01, []pt{{0, 0}, {3, 0}}},
		{"a bump kept", []pt{{0, 0}, {1, 0.5}, {2, 0}}, 0.01, []pt{{0, 0}, {1, 0.5}, {2, 0}}},
		{"closed arc keeps a far point", []pt{{0, 0}, {1, 0.001}, {2, 0}, {1, -0.001}, {0, 0}}, 0.01,
			[]pt{{0, 0}, {2, 0}, {0, 0}}},
		{"both ends of a jump kept", []pt{{178, 0}, {179, 0}, {179.5, 0}, {-179.5, 0}, {-179, 0}, {-178, 0}}, 0.01,
			[]pt{{178, 0}, {179.5, 0}, {-179.5, 0}, {-178, 0}}},
	}
	for _, tt := range tests {
		if got := simplifyArc(tt.in, tt.tol); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCutAntimeridian(t *testing.T) {
	// An island from 179 to -179 (181 east), crossing twice.
	island := []pt{{179, -1}, {-179, -1}, {-179, 1}, {179, 1}, {179, -1}}
	pieces := cutAntimeridian(island)
	if len(pieces) != 2 {
		t.Fatalf("%d pieces: %v", len(pieces), pieces)
	}
	for _, p := range pieces {
		east := p[0].X > 0
		for _, q := range p {
			if (q.X > 0) != east {
				t.Errorf("piece %v on both sides", p)
			}
		}
		if a := area(p); math.Abs(a-2) > 1e-9 {
			t.Errorf("piece %v has area %v, want 2", p, a)
		}
	}

	// A ring round the south pole, crossing once: closed through the pole,
	// with no step longer than 180°.
	polar := []pt{{-180, -70}, {-90, -65}, {0, -70}, {90, -65}, {179, -70}, {-180, -70}}
	pieces = cutAntimeridian(polar)
	if len(pieces) != 1 {
		t.Fatalf("%d pieces: %v", len(pieces), pieces)
	}
	r := pieces[0]
	minY := 0.0
	for i, p := range r {
		minY = math.Min(minY, p.Y)
		if jumps(p, r[(i+1)%len(r)]) {
			t.Errorf("step %v -> %v", p, r[(i+1)%len(r)])
		}
	}
	if minY != -90 {
		t.Errorf("not closed through the pole: %v", r)
	}

	// A ring along one parallel has no area.
	if got := cutAntimeridian([]pt{{-180, -89.999}, {90, -89.999}, {-90, -89.999}, {-180, -89.999}}); got != nil {
		t.Errorf("pole line kept: %v", got)
	}
}

func TestFinishAndEncode(t *testing.T) {
	r := finish([]pt{{1.00049, 2}, {1.0004, 2}, {3, 2.12345}, {3, 4}, {1, 2}})
	want := []pt{{1, 2}, {3, 2.123}, {3, 4}}
	if !reflect.DeepEqual(r, want) {
		t.Fatalf("finish = %v, want %v", r, want)
	}
	got := string(encode([]country{{ISO3: "AZE", Name: "Azerbaijan", Rings: [][]pt{r}}}))
	if want := "[\n{\"iso3\":\"AZE\",\"name\":\"Azerbaijan\",\"rings\":[[[1,2],[3,2.123],[3,4]]]}\n]\n"; got != want {
		t.Errorf("encode = %q, want %q", got, want)
	}
	if finish([]pt{{0, 0}, {1, 1}, {2, 2}}) != nil {
		t.Error("collinear ring kept")
	}
}
