package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/rashomon-project/rashomon/engine"
	"github.com/rashomon-project/rashomon/store/sqlite"
	"github.com/rashomon-project/rashomon/web"
)

func (m *Main) serve(ctx context.Context, args []string) error {
	f := m.newFlags("serve", "", "Serves the web UI and the JSON API (documented at /api/openapi.json) on the store.")
	eo := m.addEngineFlags(f)
	addr := f.String("addr", "127.0.0.1:8080", "address to listen on (HOST:PORT)")
	token := f.String("auth", m.Getenv("RASHOMON_TOKEN"), "token that ingesting from the UI or the API requires (env RASHOMON_TOKEN); without it anyone who can reach the server can ingest")
	readOnly := f.Bool("read-only", false, "refuse to ingest from the UI or the API")
	verbose := f.Bool("v", false, "log every request")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{"serve takes no arguments"}
	}
	st, err := m.openStore(ctx, *f.store, sqlite.Mapped())
	if err != nil {
		return err
	}
	defer st.Close()
	_, e, err := m.newPipeline(eo, st)
	if err != nil {
		return err
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	o := web.Options{Store: st, Places: e.Lexicon, Token: *token, Logger: logger}
	if !*readOnly {
		o.Ingester = &engine.Ingester{Engine: e, Store: st}
	}
	srv, err := web.New(o)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	fmt.Fprintf(m.Stdout, "rashomon: serving %s on http://%s/ (Ctrl-C to stop)\n", *f.store, ln.Addr())
	if o.Ingester != nil && *token == "" {
		if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
			fmt.Fprintln(m.Stderr, "rashomon: warning: anyone who can reach this address can ingest; set --auth or --read-only")
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			return err
		}
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
