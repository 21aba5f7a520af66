package sqlite

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// recent keeps values computed from the store that listings ask for again
// and again: the totals of recent listings (counting is a quarter of a
// listing's work, up to rashomon.MaxCount index entries per role, and a
// user paging through a listing or reloading a view asks for the same
// total each time) and the date bounds of long events. A value is dropped
// when this store writes (each write moves the generation on) and, for
// writers in other processes sharing the file, when it is older than
// recentTTL: a total, or a period's listing reaching back to a long event
// just stored, may lag another process's ingest by that long, never this
// process's own.
type recent[V any] struct {
	gen   *atomic.Uint64
	cache *lru.Cache[string, recentEntry[V]]
	now   func() time.Time
}

// recentTTL bounds how long a value may miss another process's writes.
const recentTTL = 5 * time.Second

type recentEntry[V any] struct {
	gen uint64
	at  time.Time
	v   V
}

func newRecent[V any](gen *atomic.Uint64, size int) *recent[V] {
	c, _ := lru.New[string, recentEntry[V]](size)
	return &recent[V]{gen: gen, cache: c, now: time.Now}
}

// get returns the value kept for key, if still current.
func (c *recent[V]) get(key string) (V, bool) {
	e, ok := c.cache.Get(key)
	if !ok || e.gen != c.gen.Load() || c.now().Sub(e.at) > recentTTL {
		var zero V
		return zero, false
	}
	return e.v, true
}

// compute returns the value kept for key or computes and keeps it. The
// generation is read before computing, so a write during the computation
// leaves the value stale.
func (c *recent[V]) compute(key string, f func() (V, error)) (V, error) {
	if v, ok := c.get(key); ok {
		return v, nil
	}
	gen := c.gen.Load()
	v, err := f()
	if err == nil {
		c.cache.Add(key, recentEntry[V]{gen: gen, at: c.now(), v: v})
	}
	return v, err
}

// total is a count of events, up to rashomon.MaxCount.
type total struct {
	n      int
	capped bool
}

// countKey identifies a count by its filter's SQL and arguments.
func countKey(f eventFilter, from string) string {
	var b strings.Builder
	b.WriteString(from)
	for _, part := range [][]any{f.either[0].args, f.either[1].args, f.args} {
		b.WriteByte(0)
		for _, a := range part {
			b.WriteByte(1)
			b.WriteString(argString(a))
		}
	}
	b.WriteByte(0)
	b.WriteString(f.either[0].sql)
	b.WriteString(f.either[1].sql)
	b.WriteString(strings.Join(f.where, "\x00"))
	return b.String()
}

// argString writes a query argument for a cache key (the filters' are
// strings).
func argString(a any) string {
	if s, ok := a.(string); ok {
		return s
	}
	return fmt.Sprintf("%T:%v", a, a)
}
