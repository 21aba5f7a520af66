package claims

import (
	"math"
	"slices"
	"sort"

	"github.com/rashomon-project/rashomon"
)

// dateWindow is how many days apart two accounts of one happening may be
// dated (a statement the next morning, a report two days later).
const dateWindow = 3

// linkKm is how close two places must be to stand for one scene.
const linkKm = 25

// cellDeg is the side of the grid cells that places are filed in to find
// each place's neighbours: a cell is wider than linkKm everywhere people
// fight (0.5° of longitude is 25 km at 63°N), so two places within linkKm
// lie in the same or neighbouring cells.
const cellDeg = 0.5

// maxIndexedSpan is the longest date span (a month) a footprint may have
// to be linked by date; one dated only to a year is not.
const maxIndexedSpan = 31

// maxIncidentDays and maxIncidentKm bound an incident's extent (its days,
// and the box around the centres of its documents' scenes): accounts
// chained one to the next (a shelling here on Monday, near there on
// Tuesday...) make a campaign, not one incident.
const (
	maxIncidentDays = 7
	maxIncidentKm   = 150
)

// Linker groups documents into incidents as they are added. Two documents
// can only be linked when they share a place or have places within linkKm
// of each other, on compatible dates; so candidates for a new document
// come from an index by (day, place), looked up for its places and their
// neighbours within linkKm, and each
// addition looks at the few documents of the same days and places, not at
// all of them: the cost of linking n documents grows with n, not n².
//
// Union-find keeps the groups; a union that would stretch an incident
// beyond maxIncidentDays or maxIncidentKm is refused. Candidates are tried
// in a fixed order (by document id), so linking in batches, with earlier
// incidents read back as seeds, decides as linking all at once does.
type Linker struct {
	places Places
	docs   []string       // position -> doc id
	index  map[string]int // doc id -> position
	nodes  []node
	parent []int32 // union-find over positions
	size   []int32 // group sizes at roots
	ext    []extent
	placed []bool           // seeded as part of a stored incident
	inc    map[int]string   // position -> stored incident (seeds)
	seedOf map[string]int   // stored incident id -> a position in it
	cands  []int32          // scratch for Add
	stamp  []uint32         // scratch for Add: seen at generation gen
	gen    uint32           // scratch for Add
	ids    map[string]int32 // interned place ids and country codes
	coords []coord          // interned id -> coordinates

	byDayPlace map[uint64][]int32 // day, place -> day-dated footprints
	loose      map[int32][]int32  // place -> footprints dated to a month
	byPlace    map[int32][]int32  // specific place -> day-dated footprints, for undated ones
	undatedAt  map[int32][]int32  // specific place -> undated footprints
	grid       map[uint32][]int32 // cell -> interned places with coordinates
}

// node is what linking needs of a footprint, compact.
type node struct {
	class       uint8
	first, last int32
	places      []placeW // sorted by id
	sides       []int32  // interned country codes, sorted
	focused     bool     // some places are where its events happen
}

type placeW struct {
	id int32
	w  int8
}

type coord struct {
	lat, lon, cosLat float64
	ok               bool
	nbrs             []int32 // other places within linkKm
}

// NewLinker returns an empty linker; places gives coordinates for the
// nearness test (nil: shared place ids only).
func NewLinker(places Places) *Linker {
	return &Linker{places: places, index: map[string]int{}, inc: map[int]string{}, seedOf: map[string]int{},
		ids: map[string]int32{}, byDayPlace: map[uint64][]int32{}, loose: map[int32][]int32{}, byPlace: map[int32][]int32{},
		undatedAt: map[int32][]int32{},
		grid:      map[uint32][]int32{}}
}

// Len is the number of documents added.
func (l *Linker) Len() int { return len(l.docs) }

func (l *Linker) find(i int) int {
	for int(l.parent[i]) != i {
		l.parent[i] = l.parent[l.parent[i]]
		i = int(l.parent[i])
	}
	return i
}

func (l *Linker) union(a, b int) {
	ra, rb := l.find(a), l.find(b)
	if ra == rb {
		return
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	l.parent[rb] = int32(ra)
	l.size[ra] += l.size[rb]
	l.ext[ra] = l.ext[ra].merge(l.ext[rb])
}

// tryUnion unites a and b unless the incident would grow beyond
// maxIncidentDays or maxIncidentKm, and reports whether they are united.
func (l *Linker) tryUnion(a, b int) bool {
	ra, rb := l.find(a), l.find(b)
	if ra == rb {
		return true
	}
	if !l.ext[ra].merge(l.ext[rb]).fits() {
		return false
	}
	l.union(a, b)
	return true
}

// extent is the days and the box of specific places an incident covers.
type extent struct {
	first, last    int32 // days; first > last when none
	minLat, maxLat float64
	minLon, maxLon float64
	hasBox         bool
}

func (e extent) merge(o extent) extent {
	switch {
	case e.first > e.last:
		e.first, e.last = o.first, o.last
	case o.first <= o.last:
		e.first, e.last = min(e.first, o.first), max(e.last, o.last)
	}
	switch {
	case !e.hasBox:
		e.minLat, e.maxLat, e.minLon, e.maxLon, e.hasBox = o.minLat, o.maxLat, o.minLon, o.maxLon, o.hasBox
	case o.hasBox:
		e.minLat, e.maxLat = min(e.minLat, o.minLat), max(e.maxLat, o.maxLat)
		e.minLon, e.maxLon = min(e.minLon, o.minLon), max(e.maxLon, o.maxLon)
	}
	return e
}

func (e extent) fits() bool {
	if e.first <= e.last && e.last-e.first >= maxIncidentDays {
		return false
	}
	return !e.hasBox || km(e.minLat, e.minLon, e.maxLat, e.maxLon) <= maxIncidentKm
}

// intern returns the number standing for a place id or country code.
func (l *Linker) intern(s string) int32 {
	if id, ok := l.ids[s]; ok {
		return id
	}
	id := int32(len(l.coords))
	l.ids[s] = id
	c := coord{}
	if l.places != nil {
		if p, ok := l.places.PlaceByID(s); ok && p.Lat != nil && p.Lon != nil {
			c = coord{lat: *p.Lat, lon: *p.Lon, cosLat: math.Cos(*p.Lat * math.Pi / 180), ok: true}
		}
	}
	l.coords = append(l.coords, c)
	if c.ok {
		// the places within linkKm, both ways, found through a grid whose
		// cells are wider than linkKm
		x, y := cellOf(c)
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				for _, o := range l.grid[cellKey(x+dx, y+dy)] {
					if within(&l.coords[o], &l.coords[id]) {
						l.coords[o].nbrs = append(l.coords[o].nbrs, id)
						l.coords[id].nbrs = append(l.coords[id].nbrs, o)
					}
				}
			}
		}
		k := cellKey(x, y)
		l.grid[k] = append(l.grid[k], id)
	}
	return id
}

func cellOf(c coord) (x, y int) {
	return int(math.Floor(c.lon / cellDeg)), int(math.Floor(c.lat / cellDeg))
}

func cellKey(x, y int) uint32 { return uint32(uint16(int16(x)))<<16 | uint32(uint16(int16(y))) }

// within reports two places within linkKm (on the plane tangent at a:
// close enough at these distances).
func within(a, b *coord) bool {
	const kmPerDeg = 111.2
	dy := (b.lat - a.lat) * kmPerDeg
	dx := (b.lon - a.lon) * kmPerDeg * a.cosLat
	return dx*dx+dy*dy <= linkKm*linkKm
}

// precision classes of footprint dates for linking
const (
	undated = iota // no date, or only a year: links only as a reprint
	monthly        // a month: joins one incident of its month
	daily          // a day: links freely
)

// dateClass returns fp's class and the days its date spans.
func dateClass(fp *rashomon.Footprint) (class, first, last int) {
	if fp.Date.IsZero() {
		return undated, 0, 0
	}
	first, last = fp.Date.DayRange()
	switch {
	case first == last:
		return daily, first, last
	case last-first <= maxIndexedSpan:
		return monthly, first, last
	}
	return undated, first, last
}

func dayPlaceKey(day int, place int32) uint64 {
	return uint64(uint32(int32(day)))<<32 | uint64(uint32(place))
}

// nodeOf compacts a footprint.
func (l *Linker) nodeOf(fp *rashomon.Footprint) node {
	class, first, last := dateClass(fp)
	n := node{class: uint8(class), first: int32(first), last: int32(last)}
	for p, w := range fp.Places {
		n.places = append(n.places, placeW{l.intern(p), int8(w)})
		n.focused = n.focused || w >= focus
	}
	slices.SortFunc(n.places, func(a, b placeW) int { return int(a.id - b.id) })
	for _, c := range fp.Countries {
		n.sides = append(n.sides, l.intern(c))
	}
	slices.Sort(n.sides)
	return n
}

// extentOf is a node's own extent: its day when dated to the day, and the
// centre of the places where its events happen (a document also names the
// capitals that speak and the towns of past events: they are not where it
// happens; and one happening, a flare-up along a border, may cover many
// places).
//
// A document not dated to the day has no extent: it joins one group and
// bridges nothing, and says little of where and when things happened.
func (l *Linker) extentOf(n *node) extent {
	e := extent{first: 1, last: 0}
	if n.class != daily {
		return e
	}
	e.first, e.last = n.first, n.first
	var lat, lon float64
	k := 0
	for _, p := range n.places {
		if c := l.coords[p.id]; p.w >= focus && c.ok {
			lat += c.lat
			lon += c.lon
			k++
		}
	}
	if k > 0 {
		lat, lon = lat/float64(k), lon/float64(k)
		e.minLat, e.maxLat, e.minLon, e.maxLon, e.hasBox = lat, lat, lon, lon, true
	}
	return e
}

// Seed adds a document already linked (read back from the store) without
// comparing it with the others: documents of one stored incident are
// united, and documents added after it are compared with it.
func (l *Linker) Seed(fp rashomon.Footprint) {
	i, ok := l.put(&fp)
	if !ok || fp.Incident == "" {
		return
	}
	l.placed[i] = true
	l.inc[i] = fp.Incident
	if j, ok := l.seedOf[fp.Incident]; ok {
		l.union(i, j)
	} else {
		l.seedOf[fp.Incident] = i
	}
}

// put appends a footprint and indexes it; false if already there.
func (l *Linker) put(fp *rashomon.Footprint) (int, bool) {
	if _, ok := l.index[fp.Doc]; ok {
		return 0, false
	}
	i := len(l.docs)
	n := l.nodeOf(fp)
	l.docs = append(l.docs, fp.Doc)
	l.index[fp.Doc] = i
	l.nodes = append(l.nodes, n)
	l.parent = append(l.parent, int32(i))
	l.size = append(l.size, 1)
	l.ext = append(l.ext, l.extentOf(&n))
	l.placed = append(l.placed, false)
	l.stamp = append(l.stamp, 0)
	for _, p := range n.places {
		switch n.class {
		case undated:
			if p.w >= 2 {
				l.undatedAt[p.id] = append(l.undatedAt[p.id], int32(i))
			}
		case monthly:
			l.loose[p.id] = append(l.loose[p.id], int32(i))
		case daily:
			k := dayPlaceKey(int(n.first), p.id)
			l.byDayPlace[k] = append(l.byDayPlace[k], int32(i))
			if p.w >= 2 {
				l.byPlace[p.id] = append(l.byPlace[p.id], int32(i))
			}
		}
	}
	return i, true
}

// collect adds positions not seen yet in this generation to l.cands.
func (l *Linker) collect(js []int32) {
	for _, j := range js {
		if l.stamp[j] != l.gen {
			l.stamp[j] = l.gen
			l.cands = append(l.cands, j)
		}
	}
}

// Add links a document's footprint to the compatible documents already
// added. A document already added is left alone.
//
// Only documents dated to the day link freely. One dated to a month tells
// too little to bridge two happenings: it joins the single best-matching
// document of its month, or a day-dated document that comes later while it
// is still alone. One with no date (or only a year) joins the single
// dated document it shares most with, if it shares two specific places,
// or one and both sides, or the first such document added after it. A
// reprint always joins its original.
func (l *Linker) Add(fp rashomon.Footprint) {
	if _, ok := l.index[fp.Doc]; ok {
		return
	}
	i, _ := l.put(&fp)
	n := &l.nodes[i]
	l.gen++
	if l.gen == 0 { // wrapped: forget old stamps
		clear(l.stamp)
		l.gen = 1
	}
	l.stamp[i] = l.gen
	l.cands = l.cands[:0]
	if n.class == undated {
		for _, p := range n.places {
			if p.w >= 2 {
				l.collect(l.byPlace[p.id])
			}
		}
	} else {
		for _, p := range n.places {
			if n.class == daily {
				l.collect(l.loose[p.id])
				if p.w >= 2 {
					l.collect(l.undatedAt[p.id])
				}
			}
			var nbrs []int32
			if p.w >= 2 {
				nbrs = l.coords[p.id].nbrs
			}
			for d := int(n.first) - dateWindow; d <= int(n.last)+dateWindow; d++ {
				l.collect(l.byDayPlace[dayPlaceKey(d, p.id)])
				for _, q := range nbrs {
					l.collect(l.byDayPlace[dayPlaceKey(d, q)])
				}
			}
		}
	}
	if fp.ReprintOf != "" {
		// a reprint tells what its original tells
		if j, ok := l.index[fp.ReprintOf]; ok {
			l.union(i, j)
		}
	}
	if n.class != daily {
		// join the best match among day-dated documents, if any
		best, bestScore := -1, 0
		for _, j := range l.cands {
			if l.nodes[j].class != daily {
				continue
			}
			var sc int
			if n.class == undated {
				sc = l.undatedScore(n, &l.nodes[j])
			} else {
				sc = l.score(n, &l.nodes[j])
			}
			if sc > bestScore || sc == bestScore && sc > 0 && l.docs[j] < l.docs[best] {
				best, bestScore = int(j), sc
			}
		}
		if best >= 0 {
			l.union(i, best) // it has no extent of its own
		}
		return
	}
	// the compatible ones, in a fixed order
	ok := l.cands[:0]
	for _, j := range l.cands {
		m := &l.nodes[j]
		if m.class != daily && (l.size[l.find(int(j))] > 1 || l.placed[j]) {
			continue // a loosely dated document already placed
		}
		if m.class == undated && l.undatedScore(m, n) > 0 || m.class != undated && l.score(n, m) > 0 {
			ok = append(ok, j)
		}
	}
	slices.SortFunc(ok, func(a, b int32) int {
		switch {
		case l.docs[a] < l.docs[b]:
			return -1
		case l.docs[a] > l.docs[b]:
			return 1
		}
		return 0
	})
	for _, j := range ok {
		l.tryUnion(i, int(j))
	}
}

// datesCompatible reports dates within the window, at their precision; an
// unknown date is compatible with any.
func datesCompatible(a, b rashomon.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	f1, l1 := a.DayRange()
	f2, l2 := b.DayRange()
	return f1 <= l2+dateWindow && f2 <= l1+dateWindow
}

// compatible decides whether two documents may tell of one happening.
func (l *Linker) compatible(a, b *rashomon.Footprint) bool {
	na, nb := l.nodeOf(a), l.nodeOf(b)
	return l.score(&na, &nb) > 0
}

// score rates how well two documents match, 0 when they cannot tell of
// one happening: dates within the window (both dated at least to the
// month), and a shared specific place (one place under each side's name is
// one place id) or two places within linkKm, or a shared broad place (a
// region) and both sides in common. More shared places score more.
func (l *Linker) score(a, b *node) int {
	if a.class == undated || b.class == undated {
		return 0 // no date or a year: too little to go on
	}
	if a.first > b.last+dateWindow || b.first > a.last+dateWindow {
		return 0
	}
	score := 0
	for i, j := 0, 0; i < len(a.places) && j < len(b.places); {
		switch pa, pb := a.places[i], b.places[j]; {
		case pa.id < pb.id:
			i++
		case pa.id > pb.id:
			j++
		default:
			score += int(min(pa.w, pb.w, 2))
			i++
			j++
		}
	}
	if score < 2 && l.near(a, b) {
		score = 2
	}
	if score >= 2 {
		return score
	}
	if score == 0 {
		return 0
	}
	if sharedCount(a.sides, b.sides) >= 2 {
		return score
	}
	return 0
}

// undatedScore rates a document with no date against a dated one: only
// strong evidence counts, two specific places in common, or one and both
// sides; 0 otherwise.
func (l *Linker) undatedScore(a, b *node) int {
	score, specific := 0, 0
	for i, j := 0, 0; i < len(a.places) && j < len(b.places); {
		switch pa, pb := a.places[i], b.places[j]; {
		case pa.id < pb.id:
			i++
		case pa.id > pb.id:
			j++
		default:
			w := int(min(pa.w, pb.w, 2))
			score += w
			if w == 2 {
				specific++
			}
			i++
			j++
		}
	}
	switch {
	case specific >= 2:
		return score
	case specific == 1 && sharedCount(a.sides, b.sides) >= 2:
		return score
	}
	return 0
}

func sharedCount(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// near reports specific places of a and b within linkKm of each other.
func (l *Linker) near(a, b *node) bool {
	for _, p := range a.places {
		ca := &l.coords[p.id]
		if p.w < 2 || !ca.ok {
			continue
		}
		for _, q := range b.places {
			if cb := &l.coords[q.id]; q.w >= 2 && cb.ok && within(ca, cb) {
				return true
			}
		}
	}
	return false
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := (lat2-lat1)*math.Pi/180, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// Groups returns the documents grouped by incident: groups of two or more
// documents, each sorted, the groups in order of their first document.
func (l *Linker) Groups() [][]string {
	by := map[int][]string{}
	for i, d := range l.docs {
		r := l.find(i)
		by[r] = append(by[r], d)
	}
	var roots []int
	for r, docs := range by {
		if len(docs) >= 2 {
			roots = append(roots, r)
		}
	}
	sort.Ints(roots)
	out := make([][]string, 0, len(roots))
	for _, r := range roots {
		docs := by[r]
		sort.Strings(docs)
		out = append(out, docs)
	}
	return out
}

// GroupOf returns the documents linked with doc (itself included).
func (l *Linker) GroupOf(doc string) []string {
	i, ok := l.index[doc]
	if !ok {
		return nil
	}
	r := l.find(i)
	var out []string
	for j, d := range l.docs {
		if l.find(j) == r {
			out = append(out, d)
		}
	}
	sort.Strings(out)
	return out
}
