package main

import (
	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/engine"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/pipeline"
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
	f.StringVar(&o.lexiconDir, "lexicon", m.Getenv("RASHOMON_LEXICON"), "folder of actor, place, dictionary and framing files that extend or override the built-in knowledge")
	f.StringVar(&o.patternsDir, "patterns", m.Getenv("RASHOMON_PATTERNS"), "folder of event pattern files that extend or override the built-in ones")
	f.Int64Var(&o.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest file, page or JSON line read")
	f.IntVar(&o.workers, "workers", 0, "documents processed in parallel (default: one per CPU)")
	return o
}

// newPipeline loads the knowledge files and builds the pipeline's stages
// from them.
func (m *Main) newPipeline(o *engineOptions, st rashomon.Store) (*pipeline.Pipeline, *engine.Engine, error) {
	e, err := engine.Load(engine.Options{RulesDir: o.rulesDir, LexiconDir: o.lexiconDir, PatternsDir: o.patternsDir,
		MaxBytes: o.maxBytes, Workers: o.workers, Stdin: m.Stdin})
	if err != nil {
		return nil, nil, err
	}
	return e.Pipeline(st), e, nil
}
