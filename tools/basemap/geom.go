package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
)

// jumps tells whether the segment p→q crosses the antimeridian, which in
// the data shows as a longitude step of more than half the world.
func jumps(p, q pt) bool { return math.Abs(q.X-p.X) > 180 }

// simplifyArc runs Douglas–Peucker on one arc, always keeping its two
// ends (shared with other arcs) and both ends of every antimeridian
// jump. A closed arc (an island) is split at its point farthest from its
// start, so that it keeps at least that point too.
func simplifyArc(a []pt, tol float64) []pt {
	if len(a) <= 2 {
		return append([]pt(nil), a...)
	}
	keep := make([]bool, len(a))
	start := 0
	for i := 1; i <= len(a); i++ {
		if i < len(a) && !jumps(a[i-1], a[i]) {
			continue
		}
		run := a[start:i]
		if len(run) > 3 && run[0] == run[len(run)-1] {
			far := farthestFrom(run, run[0])
			douglasPeucker(run[:far+1], tol, keep[start:start+far+1])
			douglasPeucker(run[far:], tol, keep[start+far:i])
		} else {
			douglasPeucker(run, tol, keep[start:i])
		}
		start = i
	}
	out := make([]pt, 0, len(a)/4+2)
	for i, p := range a {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// douglasPeucker marks in keep the points of line that Douglas–Peucker
// keeps at tolerance tol: both ends, and recursively the point farthest
// from the chord while it is farther than tol.
func douglasPeucker(line []pt, tol float64, keep []bool) {
	n := len(line)
	if n == 0 {
		return
	}
	keep[0], keep[n-1] = true, true
	type span struct{ i, j int }
	stack := []span{{0, n - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s.j-s.i < 2 {
			continue
		}
		best, bestD := -1, tol
		for k := s.i + 1; k < s.j; k++ {
			if d := segDist(line[k], line[s.i], line[s.j]); d > bestD {
				best, bestD = k, d
			}
		}
		if best < 0 {
			continue
		}
		keep[best] = true
		stack = append(stack, span{s.i, best}, span{best, s.j})
	}
}

// segDist is the distance from p to the segment a–b, in degrees.
func segDist(p, a, b pt) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p.X-a.X, p.Y-a.Y)
	}
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / l2
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.X-(a.X+t*dx), p.Y-(a.Y+t*dy))
}

// farthestFrom gives the index of the point of line farthest from p.
func farthestFrom(line []pt, p pt) int {
	best, bestD := 0, -1.0
	for i, q := range line {
		if d := math.Hypot(q.X-p.X, q.Y-p.Y); d > bestD {
			best, bestD = i, d
		}
	}
	return best
}

// side is the antimeridian edge (±180) on p's side of it.
func side(p pt) float64 {
	if p.X < 0 {
		return -180
	}
	return 180
}

// crossingLat is the latitude at which the segment p→q, which jumps,
// meets the antimeridian.
func crossingLat(p, q pt) float64 {
	qx := q.X
	if qx-p.X > 180 {
		qx -= 360
	} else if p.X-qx > 180 {
		qx += 360
	}
	if qx == p.X {
		return p.Y
	}
	t := (side(p) - p.X) / (qx - p.X)
	return p.Y + t*(q.Y-p.Y)
}

// cutAntimeridian takes a closed ring and returns open rings (last point
// not repeated) none of which crosses the antimeridian. A ring crossing
// it an even number of times is cut into pieces, each closed along the
// ±180 meridian. A ring crossing it once goes round a pole (Antarctica)
// and is closed through that pole. A ring lying along one parallel (the
// pole line world-atlas keeps for Antarctica) has no area and is dropped.
func cutAntimeridian(r []pt) [][]pt {
	n := len(r)
	if n > 1 && r[0] == r[n-1] {
		r = r[:n-1]
		n--
	}
	if n < 3 {
		return nil
	}
	var cross []int
	minY, maxY := r[0].Y, r[0].Y
	sumY := 0.0
	for i := range r {
		if jumps(r[i], r[(i+1)%n]) {
			cross = append(cross, i)
		}
		minY, maxY = math.Min(minY, r[i].Y), math.Max(maxY, r[i].Y)
		sumY += r[i].Y
	}
	if maxY-minY < 1e-9 {
		return nil
	}
	switch {
	case len(cross) == 0:
		return [][]pt{r}
	case len(cross) == 1:
		i := cross[0]
		p, q := r[i], r[(i+1)%n]
		lat := crossingLat(p, q)
		pole := 90.0
		if sumY < 0 {
			pole = -90
		}
		sp, sq := side(p), side(q)
		out := append([]pt(nil), r[:i+1]...)
		out = append(out, pt{sp, lat}, pt{sp, pole})
		// Along the pole in steps of 90°, so that no step of the ring is
		// longer than 180° and mistaken for a jump.
		for x := sp * 0.5; x != sq; x += sq * 0.5 {
			out = append(out, pt{x, pole})
		}
		out = append(out, pt{sq, pole}, pt{sq, lat})
		out = append(out, r[i+1:]...)
		return [][]pt{out}
	}
	// An even number of crossings (an odd number above one does not occur
	// in Natural Earth; it is cut the same way).
	var pieces [][]pt
	i0 := cross[0]
	first := r[(i0+1)%n]
	cur := []pt{{side(first), crossingLat(r[i0], first)}}
	for k := 1; k <= n; k++ {
		p := r[(i0+k)%n]
		cur = append(cur, p)
		q := r[(i0+k+1)%n]
		if jumps(p, q) {
			lat := crossingLat(p, q)
			cur = append(cur, pt{side(p), lat})
			pieces = append(pieces, cur)
			cur = []pt{{side(q), lat}}
		}
	}
	return pieces
}

// round3 rounds to three decimals (about 110 m).
func round3(v float64) float64 {
	v = math.Round(v*1000) / 1000
	if v == 0 {
		return 0 // no "-0"
	}
	return v
}

// finish rounds an open ring, drops repeated points (including a
// repeated closing point) and returns nil when fewer than three points or
// no area are left.
func finish(r []pt) []pt {
	out := make([]pt, 0, len(r))
	for _, p := range r {
		p = pt{round3(p.X), round3(p.Y)}
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	for len(out) > 1 && out[0] == out[len(out)-1] {
		out = out[:len(out)-1]
	}
	if len(out) < 3 || area(out) == 0 {
		return nil
	}
	return out
}

// area is the planar (shoelace) area of an open ring, in square degrees.
func area(r []pt) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i].X*r[j].Y - r[j].X*r[i].Y
	}
	return math.Abs(s) / 2
}

// triangle stands in for a ring that simplification wore down to nothing:
// its start, the point farthest from that, and the point farthest from
// the line between them. It is nil for a ring that crosses the
// antimeridian or is too small even for that.
func triangle(raw []pt) []pt {
	if len(raw) < 3 {
		return nil
	}
	for i := 1; i < len(raw); i++ {
		if jumps(raw[i-1], raw[i]) {
			return nil
		}
	}
	a := raw[0]
	b := raw[farthestFrom(raw, a)]
	c, best := a, -1.0
	for _, p := range raw {
		if d := segDist(p, a, b); d > best {
			c, best = p, d
		}
	}
	return finish([]pt{a, c, b})
}

// marker is a square of 0.002° (about 200 m) around the mean of the
// points of polys, for a feature whose rings have no area.
func marker(arcs [][]pt, polys [][][]int) []pt {
	var sx, sy float64
	n := 0
	for _, poly := range polys {
		for _, ring := range poly {
			for _, p := range stitch(arcs, ring) {
				sx, sy = sx+p.X, sy+p.Y
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	x, y := sx/float64(n), sy/float64(n)
	const h = 0.001
	return finish([]pt{{x - h, y - h}, {x + h, y - h}, {x + h, y + h}, {x - h, y + h}})
}

// encode writes countries.json: a JSON array with one country per line.
func encode(cs []country) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, c := range cs {
		iso, _ := json.Marshal(c.ISO3)
		name, _ := json.Marshal(c.Name)
		b.WriteString(`{"iso3":`)
		b.Write(iso)
		b.WriteString(`,"name":`)
		b.Write(name)
		b.WriteString(`,"rings":[`)
		for k, r := range c.Rings {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('[')
			for j, p := range r {
				if j > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('[')
				b.WriteString(strconv.FormatFloat(p.X, 'f', -1, 64))
				b.WriteByte(',')
				b.WriteString(strconv.FormatFloat(p.Y, 'f', -1, 64))
				b.WriteByte(']')
			}
			b.WriteByte(']')
		}
		b.WriteString("]}")
		if i < len(cs)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return b.Bytes()
}
