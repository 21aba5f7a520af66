package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rashomon-project/rashomon/export"
)

func (m *Main) export(ctx context.Context, args []string) error {
	var names []string
	for _, f := range export.Formats() {
		names = append(names, string(f))
	}
	f := m.newFlags("export", "--format FORMAT [--out FILE] [filters]", "Writes every event the filters select (the same filters as rashomon events) as\n"+
		"csv, json (an array), jsonl (JSON Lines), geojson (located events only), gdelt\n"+
		"(the GDELT 2.0 event table, tab-separated) or acled (ACLED-style CSV). The\n"+
		"export package's README.md documents the columns and the mappings to GDELT's\n"+
		"and ACLED's schemes; events those schemes have no place for are left out, and\n"+
		"a note on standard error says how many.")
	ef := addEventFilters(f)
	format := f.String("format", "csv", strings.Join(names, ", "))
	out := f.String("out", "", "write to this file (replaced only once the export is complete) instead of standard output")
	limit := f.Int("limit", 0, "write at most this many events (0: all)")
	negated := f.Bool("negated", false, "gdelt, acled: keep negated and denied events, which those tables cannot mark")
	allTypes := f.Bool("all-types", false, "acled: keep events with no ACLED event type, such as speech acts; gdelt: keep events with no CAMEO code")
	header := f.Bool("header", false, "gdelt: start with a line of column names (GDELT's own files have none)")
	words, err := f.parse(args)
	if err != nil {
		return err
	}
	q, err := ef.query(words)
	if err != nil {
		return err
	}
	if *limit < 0 {
		return usageError{"--limit: want 0 or more"}
	}
	q.Limit = *limit
	fmtName := *format
	if *f.json {
		if flagSet(f, "format") && fmtName != string(export.JSON) {
			return usageError{"--json and --format " + fmtName + " disagree"}
		}
		fmtName = string(export.JSON)
	}
	form, err := export.ParseFormat(fmtName)
	if err != nil {
		return usageError{"--" + err.Error()}
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()

	// Check the query before creating any file: a bad actor code or sort
	// is the user's mistake, not a half-written export.
	probe := q
	probe.Limit = 1
	if _, err := st.Events(ctx, probe); err != nil {
		return storeQueryError(err)
	}

	w, commit, abort, err := m.exportTarget(*out)
	if err != nil {
		return err
	}
	opts := export.Options{Negated: *negated, Unmapped: *allTypes, Header: *header}
	stats, err := export.Write(w, form, export.Events(ctx, st, q), opts)
	if err == nil {
		err = commit()
	}
	if err != nil {
		abort()
		return storeQueryError(err)
	}
	m.exportNote(form, *out, stats)
	return nil
}

// flagSet reports whether a flag was given on the command line.
func flagSet(f *flags, name string) bool {
	set := false
	f.Visit(func(fl *flag.Flag) {
		if fl.Name == name {
			set = true
		}
	})
	return set
}

// exportTarget opens where an export goes: standard output, or a temporary
// file beside path that commit renames over it and abort removes.
func (m *Main) exportTarget(path string) (w io.Writer, commit func() error, abort func(), err error) {
	if path == "" || path == "-" {
		return m.Stdout, func() error { return nil }, func() {}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, nil, nil, fmt.Errorf("--out %s: %w", path, err)
	}
	commit = func() error {
		if err := tmp.Chmod(0o644); err != nil {
			return err
		}
		if err := tmp.Close(); err != nil {
			return err
		}
		return os.Rename(tmp.Name(), path)
	}
	abort = func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}
	return tmp, commit, abort, nil
}

// exportNote tells on standard error what was written and what was left
// out, and why; standard output carries only the export.
func (m *Main) exportNote(form export.Format, out string, s export.Stats) {
	var left []string
	if s.Unlocated > 0 {
		left = append(left, fmt.Sprintf("%d without coordinates", s.Unlocated))
	}
	if s.Negated > 0 {
		left = append(left, fmt.Sprintf("%d negated or denied (--negated keeps them)", s.Negated))
	}
	if s.Unmapped > 0 {
		why := "with no ACLED event type: speech acts and other types ACLED does not record"
		if form == export.GDELT {
			why = "with no CAMEO code"
		}
		left = append(left, fmt.Sprintf("%d %s (--all-types keeps them)", s.Unmapped, why))
	}
	if out == "" && len(left) == 0 {
		return
	}
	msg := fmt.Sprintf("rashomon export: %d events", s.Written)
	if out != "" && out != "-" {
		msg += " written to " + out
	}
	if len(left) > 0 {
		msg += "; left out " + strings.Join(left, ", ")
	}
	fmt.Fprintln(m.Stderr, msg)
}
