package web_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/benchstore"
	"github.com/rashomon-project/rashomon/web"
)

var (
	benchConc    = flag.Int("web.conc", 50, "BenchmarkAPIEventQueries: clients querying at once")
	benchQueries = flag.Int("web.queries", 1000, "BenchmarkAPIEventQueries: queries per shape and iteration")
)

// BenchmarkAPIEventQueries measures GET /api/events on loopback over a
// store of a million generated events (-short: 50,000), with -web.conc
// clients at once, each keeping its connection: the latencies' median,
// 99th percentile and maximum, and queries per second, per shape of query.
// Each response is read to the end. Run it with -benchtime=1x
// (bench/store.sh -http does).
func BenchmarkAPIEventQueries(b *testing.B) {
	st, fill := benchstore.Open(b)
	defer st.Close()
	b.Logf("store: %s", fill)
	srv, err := web.New(web.Options{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *benchConc}}
	shapes := benchstore.Shapes(b, st)
	b.ResetTimer()
	benchstore.Run(b, shapes, *benchConc, *benchQueries, func(ctx context.Context, q rashomon.EventQuery) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+"/api/events?"+eventParams(q).Encode(), nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: %s", req.URL, resp.Status)
		}
		return nil
	})
}

// eventParams writes an event query as the API's parameters.
func eventParams(q rashomon.EventQuery) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("actor", q.Actor)
	set("source", q.Source)
	set("target", q.Target)
	set("claimant", q.Claimant)
	set("type", q.Type)
	set("place", q.Place)
	set("incident", q.Incident)
	set("doc", q.Doc)
	set("q", q.Search)
	set("sort", q.Sort)
	if !q.Since.IsZero() {
		v.Set("since", q.Since.String())
	}
	if !q.Until.IsZero() {
		v.Set("until", q.Until.String())
	}
	if q.Located {
		v.Set("located", "true")
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Offset > 0 {
		v.Set("offset", strconv.Itoa(q.Offset))
	}
	return v
}
