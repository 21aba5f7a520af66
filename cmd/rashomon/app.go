package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

// Main is the command line program; tests call Run with their own streams.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

func (m *Main) commands() []command {
	return []command{
		{"ingest", "read statements and reports into the store", (*Main).ingest},
		{"docs", "list and search stored documents", (*Main).docs},
		{"show", "print a document: metadata, numbered sentences, what cleaning changed", (*Main).show},
		{"explain", "print a document's sentences with their events and the rules behind each field", (*Main).explain},
		{"events", "list coded events: who did what to whom, where and when, as claimed by whom", (*Main).events},
		{"export", "write events as CSV, JSON, GeoJSON, a GDELT event table or ACLED-style CSV", (*Main).export},
		{"incidents", "list incidents: one happening told by several sides, with their contradictions", (*Main).incidents},
		{"incident", "show an incident point by point: what each claimant says, with quotes", (*Main).incident},
		{"framing", "count the loaded terms each issuer uses", (*Main).framing},
		{"serve", "serve the web UI and the JSON API", (*Main).serve},
		{"eval", "score the pipeline against gold annotations", (*Main).eval},
		{"lexicon", "check the knowledge files, find what a name resolves to, import GeoNames", (*Main).lexicon},
	}
}

// usageError is an error in how the program was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries a specific exit status.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

// Run runs one subcommand and returns the exit status: 0 success, 1 error,
// 2 usage error, 3 some inputs failed.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Getenv == nil {
		m.Getenv = os.Getenv
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		m.usage(m.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range m.commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(m, ctx, args[1:])
		var ue usageError
		var ee exitError
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, &ue):
			fmt.Fprintf(m.Stderr, "rashomon %s: %v\n", c.name, err)
			return 2
		case errors.As(err, &ee):
			if ee.msg != "" {
				fmt.Fprintf(m.Stderr, "rashomon: %s: %s\n", c.name, ee.msg)
			}
			return ee.code
		default:
			fmt.Fprintf(m.Stderr, "rashomon: %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(m.Stderr, "rashomon: unknown command %q; run \"rashomon help\"\n", args[0])
	return 2
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "rashomon: who says who did what to whom, where and when.")
	fmt.Fprintln(w, "\nUsage: rashomon COMMAND [flags] [args]\n\nCommands:")
	for _, c := range m.commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --store PATH (default $RASHOMON_STORE or ./rashomon.db).")
	fmt.Fprintln(w, "Run \"rashomon COMMAND -h\" for a command's flags.")
}

// flags is a FlagSet with the options every command shares.
type flags struct {
	*flag.FlagSet
	store *string
	json  *bool
}

func (m *Main) newFlags(name, args, summary string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	f := &flags{FlagSet: fs}
	def := m.Getenv("RASHOMON_STORE")
	if def == "" {
		def = "rashomon.db"
	}
	f.store = fs.String("store", def, "store: a SQLite file path (env RASHOMON_STORE)")
	f.json = fs.Bool("json", false, "print JSON for scripts")
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: rashomon %s [flags] %s\n\n%s\n\nFlags:\n", name, args, summary)
		fs.PrintDefaults()
	}
	return f
}

// parse parses flags anywhere among the arguments ("ingest dir --json").
func (f *flags) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.FlagSet.Parse(args); err != nil {
			return nil, err
		}
		rest := f.FlagSet.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func (m *Main) openStore(ctx context.Context, path string, opts ...sqlite.Option) (rashomon.Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return nil, fmt.Errorf("store %s: PostgreSQL is not built into this binary yet", path)
	}
	return sqlite.Open(ctx, path, opts...)
}
