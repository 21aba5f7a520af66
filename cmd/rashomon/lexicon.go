package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/lexicon"
)

func (m *Main) lexicon(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, "Usage: rashomon lexicon check | find NAME | import-geonames ...")
		return usageError{"want a lexicon subcommand"}
	}
	switch args[0] {
	case "check":
		return m.lexiconCheck(args[1:])
	case "find":
		return m.lexiconFind(args[1:])
	case "import-geonames":
		return m.importGeoNames(args[1:])
	}
	return usageError{fmt.Sprintf("unknown lexicon subcommand %q", args[0])}
}

func (m *Main) lexiconCheck(args []string) error {
	f := m.newFlags("lexicon check", "", "Loads and validates the built-in knowledge and the --lexicon folder,\nreporting every problem as file:line: message.")
	dir := f.String("lexicon", m.Getenv("RASHOMON_LEXICON"), "folder of actor, place and dictionary files")
	if _, err := f.parse(args); err != nil {
		return err
	}
	start := time.Now()
	lx, err := lexicon.Load(lexicon.DefaultSource(*dir))
	if err != nil {
		return err
	}
	st := lx.Stats()
	if *f.json {
		st["load_ms"] = int(time.Since(start).Milliseconds())
		enc := json.NewEncoder(m.Stdout)
		return enc.Encode(map[string]any{"ok": true, "counts": st, "hash": lx.Hash})
	}
	var keys []string
	for k := range st {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d %s", st[k], k))
	}
	fmt.Fprintf(m.Stdout, "ok: %s (loaded in %s, knowledge %s)\n", strings.Join(parts, ", "), time.Since(start).Round(time.Millisecond), lx.Hash)
	return nil
}

func (m *Main) lexiconFind(args []string) error {
	f := m.newFlags("lexicon find", "NAME", "Shows what a name resolves to and why: every entry with that name, where it\nis defined, and what the matcher makes of it as a phrase.")
	dir := f.String("lexicon", m.Getenv("RASHOMON_LEXICON"), "folder of actor, place and dictionary files")
	at := f.String("date", "", "resolve officials' roles at this date (YYYY-MM-DD)")
	words, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return usageError{"want a name"}
	}
	date, err := rashomon.ParseDate(*at)
	if err != nil {
		return usageError{"--date: " + err.Error()}
	}
	lx, err := lexicon.Load(lexicon.DefaultSource(*dir))
	if err != nil {
		return err
	}
	name := strings.Join(words, " ")
	found := lx.Find(name, date)
	if *f.json {
		if found == nil {
			found = []lexicon.Finding{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(found)
	}
	if len(found) == 0 {
		fmt.Fprintf(m.Stdout, "%q: not in the lexicon\n", name)
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tCODE\tNAME\tDETAIL\tSOURCE")
	for _, x := range found {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", x.Kind, x.Actor, x.Name, clip(x.Detail, 100), x.Source)
	}
	return tw.Flush()
}

func (m *Main) importGeoNames(args []string) error {
	f := m.newFlags("lexicon import-geonames", "TABLE.txt...", "Converts GeoNames dump tables (allCountries.txt, cities500.txt, XX.txt) and,\noptionally, alternateNamesV2.txt into a gazetteer table for a --lexicon folder\n(write it to DIR/places/NAME.tsv).")
	out := f.String("out", "", "the .tsv file to write (default: standard output)")
	alt := f.String("alternate", "", "alternateNamesV2.txt, for each place's other names")
	minPop := f.Int("min-population", 1000, "leave out populated places smaller than this")
	langs := f.String("languages", "en,ru,uk,hy,az,ka,ar,he,zh,fil,ur,hi,tr,fa", "alternate-name languages kept (comma-separated ISO 639 codes)")
	tables, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(tables) == 0 {
		return usageError{"want GeoNames tables"}
	}
	lx, err := lexicon.Load(lexicon.DefaultSource(""))
	if err != nil {
		return err
	}
	w := m.Stdout
	if *out != "" {
		file, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	n, err := lexicon.ImportGeoNames(w, tables, *alt, lx.ISO2Codes(), lexicon.GeoNamesOptions{
		MinPopulation: *minPop, Languages: strings.Split(*langs, ",")})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "%d places written\n", n)
	return nil
}
