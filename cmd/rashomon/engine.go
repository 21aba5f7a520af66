package main

import (
	"fmt"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/clean"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/pipeline"
)

// engineOptions are the knobs shared by commands that run the pipeline.
type engineOptions struct {
	rulesDir string
	maxBytes int64
	workers  int
}

func (m *Main) addEngineFlags(f *flags) *engineOptions {
	o := &engineOptions{}
	f.StringVar(&o.rulesDir, "rules", m.Getenv("RASHOMON_RULES"), "folder of boilerplate rule files that extend or override the built-in ones")
	f.Int64Var(&o.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest file, page or JSON line read")
	f.IntVar(&o.workers, "workers", 0, "documents processed in parallel (default: number of CPUs)")
	return o
}

// newPipeline builds the pipeline's stages from their knowledge files.
func (m *Main) newPipeline(o *engineOptions, st rashomon.Store) (*pipeline.Pipeline, error) {
	src := clean.DefaultRules(o.rulesDir)
	if err := src.CheckUserDir(); err != nil {
		return nil, fmt.Errorf("rules folder: %w", err)
	}
	rules, err := clean.LoadRules(src)
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{
		Reader:  ingest.NewReader(ingest.Options{MaxBytes: o.maxBytes, Stdin: m.Stdin}),
		Cleaner: clean.New(rules),
		Store:   st,
		Workers: o.workers,
	}, nil
}
