// Package engine loads rashomon's knowledge and rules (boilerplate rules,
// lexicon and gazetteer, event patterns, tagger, framing terms) and builds
// the pipeline from them, for the command line, the web server and tests
// alike.
package engine

import (
	"fmt"
	"io"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/clean"
	"github.com/rashomon-project/rashomon/coder"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/lexicon"
	"github.com/rashomon-project/rashomon/pipeline"
	"github.com/rashomon-project/rashomon/text"
)

// Options are the user's folders of extra or overriding knowledge files
// and the pipeline's knobs.
type Options struct {
	RulesDir    string // boilerplate rules
	LexiconDir  string // actors, places, dictionaries, framing terms
	PatternsDir string // event patterns
	MaxBytes    int64  // largest file, page or JSON line read (0: ingest.DefaultMaxBytes)
	Workers     int    // documents processed in parallel (0: one per CPU)
	Stdin       io.Reader
}

// Engine is the loaded knowledge and rules.
type Engine struct {
	Cleaner *clean.Cleaner
	Lexicon *lexicon.Lexicon
	Coder   *coder.Coder
	Framing *claims.Framing
	// RuleSet identifies every file loaded, so that stored analyses say
	// what they were made with.
	RuleSet string
	opts    Options
}

// Load reads the embedded knowledge files and the user's.
func Load(o Options) (*Engine, error) {
	if o.MaxBytes <= 0 {
		o.MaxBytes = ingest.DefaultMaxBytes
	}
	src := clean.DefaultRules(o.RulesDir)
	if err := src.CheckUserDir(); err != nil {
		return nil, fmt.Errorf("rules folder: %w", err)
	}
	rules, err := clean.LoadRules(src)
	if err != nil {
		return nil, err
	}
	lx, err := lexicon.Load(lexicon.DefaultSource(o.LexiconDir))
	if err != nil {
		return nil, err
	}
	pats, err := coder.LoadPatterns(coder.DefaultSource(o.PatternsDir))
	if err != nil {
		return nil, err
	}
	tagger, err := text.LoadTagger()
	if err != nil {
		return nil, err
	}
	fr, err := claims.LoadFraming(claims.DefaultSource(o.LexiconDir))
	if err != nil {
		return nil, err
	}
	c := coder.New(pats, tagger, lx)
	return &Engine{Cleaner: clean.New(rules), Lexicon: lx, Coder: c, Framing: fr,
		RuleSet: lx.Hash + "+" + c.RuleSet + "+" + fr.Hash, opts: o}, nil
}

// Pipeline builds a pipeline that stores into st (nil: analyse only).
func (e *Engine) Pipeline(st rashomon.Store) *pipeline.Pipeline {
	return &pipeline.Pipeline{
		Reader:    e.Reader(),
		Cleaner:   e.Cleaner,
		Store:     st,
		Analyzers: []pipeline.Analyzer{lexicon.NewAnalyzer(e.Lexicon), e.Coder, e.Framing, claims.Footprinter{Places: e.Lexicon}},
		RuleSet:   e.RuleSet,
		Workers:   e.opts.Workers,
	}
}

// Reader returns an input reader with the engine's limits.
func (e *Engine) Reader() *ingest.Reader {
	return ingest.NewReader(ingest.Options{MaxBytes: e.opts.MaxBytes, Stdin: e.opts.Stdin})
}
