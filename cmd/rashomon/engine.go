package main

import (
	"fmt"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/clean"
	"github.com/rashomon-project/rashomon/coder"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/lexicon"
	"github.com/rashomon-project/rashomon/pipeline"
	"github.com/rashomon-project/rashomon/text"
)

// engineOptions are the knobs shared by commands that run the pipeline.
type engineOptions struct {
	rulesDir    string
	lexiconDir  string
	patternsDir string
	maxBytes    int64
	workers     int
}

func (m *Main) addEngineFlags(f *flags) *engineOptions {
	o := &engineOptions{}
	f.StringVar(&o.rulesDir, "rules", m.Getenv("RASHOMON_RULES"), "folder of boilerplate rule files that extend or override the built-in ones")
	f.StringVar(&o.lexiconDir, "lexicon", m.Getenv("RASHOMON_LEXICON"), "folder of actor, place and dictionary files that extend or override the built-in knowledge")
	f.StringVar(&o.patternsDir, "patterns", m.Getenv("RASHOMON_PATTERNS"), "folder of event pattern files that extend or override the built-in ones")
	f.Int64Var(&o.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest file, page or JSON line read")
	f.IntVar(&o.workers, "workers", 0, "documents processed in parallel (default: number of CPUs)")
	return o
}

// engine is the loaded knowledge and rules the pipeline's stages use.
type engine struct {
	cleaner *clean.Cleaner
	lex     *lexicon.Lexicon
	coder   *coder.Coder
	framing *claims.Framing
}

func loadEngine(o *engineOptions) (*engine, error) {
	src := clean.DefaultRules(o.rulesDir)
	if err := src.CheckUserDir(); err != nil {
		return nil, fmt.Errorf("rules folder: %w", err)
	}
	rules, err := clean.LoadRules(src)
	if err != nil {
		return nil, err
	}
	lx, err := lexicon.Load(lexicon.DefaultSource(o.lexiconDir))
	if err != nil {
		return nil, err
	}
	pats, err := coder.LoadPatterns(coder.DefaultSource(o.patternsDir))
	if err != nil {
		return nil, err
	}
	tagger, err := text.LoadTagger()
	if err != nil {
		return nil, err
	}
	fr, err := claims.LoadFraming(claims.DefaultSource(o.lexiconDir))
	if err != nil {
		return nil, err
	}
	return &engine{cleaner: clean.New(rules), lex: lx, coder: coder.New(pats, tagger, lx), framing: fr}, nil
}

// newPipeline builds the pipeline's stages from their knowledge files.
func (m *Main) newPipeline(o *engineOptions, st rashomon.Store) (*pipeline.Pipeline, *engine, error) {
	e, err := loadEngine(o)
	if err != nil {
		return nil, nil, err
	}
	return &pipeline.Pipeline{
		Reader:    ingest.NewReader(ingest.Options{MaxBytes: o.maxBytes, Stdin: m.Stdin}),
		Cleaner:   e.cleaner,
		Store:     st,
		Analyzers: []pipeline.Analyzer{lexicon.NewAnalyzer(e.lex), e.coder, e.framing, claims.Footprinter{Places: e.lex}},
		RuleSet:   e.lex.Hash + "+" + e.coder.RuleSet + "+" + e.framing.Hash,
		Workers:   o.workers,
	}, e, nil
}
