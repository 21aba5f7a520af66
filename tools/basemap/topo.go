package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

// pt is a lon/lat point in degrees.
type pt struct{ X, Y float64 }

// topology is the part of a TopoJSON file this program reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]struct {
		Type       string     `json:"type"`
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
	Arcs [][][]float64 `json:"arcs"`
}

// geometry is one feature of a GeometryCollection: a Polygon (arcs are
// rings of arc indexes) or a MultiPolygon (arcs are polygons of rings).
type geometry struct {
	Type       string          `json:"type"`
	ID         json.RawMessage `json:"id"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
	Arcs json.RawMessage `json:"arcs"`
}

func readTopology(path string) (*topology, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("%s: type %q, want Topology", path, t.Type)
	}
	return &t, nil
}

// decodeArcs turns the topology's arcs into lon/lat polylines. With a
// transform, positions are quantized integers, each but the first given
// as the delta from the one before (TopoJSON spec §2.1.2, §2.2).
func (t *topology) decodeArcs() [][]pt {
	out := make([][]pt, len(t.Arcs))
	for i, a := range t.Arcs {
		line := make([]pt, 0, len(a))
		var x, y float64
		for _, p := range a {
			if len(p) < 2 {
				continue
			}
			if t.Transform == nil {
				line = append(line, pt{p[0], p[1]})
				continue
			}
			x += p[0]
			y += p[1]
			line = append(line, pt{
				x*t.Transform.Scale[0] + t.Transform.Translate[0],
				y*t.Transform.Scale[1] + t.Transform.Translate[1],
			})
		}
		out[i] = line
	}
	return out
}

// id gives the feature id as a string, whether the file spells it as a
// string or a number; "" when there is none.
func (g geometry) id() string {
	if len(g.ID) == 0 || string(g.ID) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(g.ID, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(g.ID, &n) == nil {
		if i, err := strconv.Atoi(n.String()); err == nil {
			return fmt.Sprintf("%03d", i)
		}
		return n.String()
	}
	return ""
}

// polygons gives the geometry's polygons, each a list of rings, each a
// list of arc indexes.
func (g geometry) polygons() ([][][]int, error) {
	switch g.Type {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(g.Arcs, &p); err != nil {
			return nil, err
		}
		return [][][]int{p}, nil
	case "MultiPolygon":
		var mp [][][]int
		if err := json.Unmarshal(g.Arcs, &mp); err != nil {
			return nil, err
		}
		return mp, nil
	case "", "null":
		return nil, nil
	}
	return nil, fmt.Errorf("unsupported geometry type %q", g.Type)
}

// stitch joins the arcs of one ring. A negative index ~i means arc i
// reversed; consecutive arcs share their joining point, which is kept
// once. The result is closed: its last point equals its first.
func stitch(arcs [][]pt, ring []int) []pt {
	var out []pt
	for k, idx := range ring {
		var a []pt
		rev := idx < 0
		if rev {
			idx = ^idx
		}
		if idx < 0 || idx >= len(arcs) {
			continue
		}
		a = arcs[idx]
		n := len(a)
		for j := 0; j < n; j++ {
			p := a[j]
			if rev {
				p = a[n-1-j]
			}
			if j == 0 && k > 0 && len(out) > 0 {
				continue
			}
			out = append(out, p)
		}
	}
	return out
}
