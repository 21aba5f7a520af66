// Package gencorpus generates large synthetic corpora for benchmarks from
// the project's demo corpus: each generated document takes a headline and
// paragraphs from different demo documents, with numbers, dates and
// sentence order varied, so that the corpus has the demo's vocabulary and
// structure without being thousands of copies of the same text.
package gencorpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon/ingest"
)

// DemoDir returns the demo corpus folder of the repository.
func DemoDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "demo", "corpus")
}

// Source is the material documents are made of.
type Source struct {
	titles []string
	paras  []string
}

// Load reads the demo corpus.
func Load(ctx context.Context, dir string) (*Source, error) {
	r := ingest.NewReader(ingest.Options{})
	s := &Source{}
	for it := range r.Items(ctx, dir) {
		if it.Err != nil {
			return nil, it.Err
		}
		lines := strings.Split(it.Body, "\n")
		for i, l := range lines {
			l = strings.TrimSpace(l)
			switch {
			case i == 0 && l != "":
				s.titles = append(s.titles, l)
			case len(strings.Fields(l)) >= 12:
				s.paras = append(s.paras, l)
			}
		}
	}
	if len(s.paras) == 0 {
		return nil, fmt.Errorf("%s: no paragraphs", dir)
	}
	return s, nil
}

var numberRE = regexp.MustCompile(`\b\d{1,3}\b`)

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Record is one generated JSON Lines document.
type Record struct {
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Issuer    string `json:"issuer"`
	Synthetic bool   `json:"synthetic"`
}

// Generate writes n JSON Lines documents to w; the same seed gives the
// same corpus. It returns the bytes written.
func (s *Source) Generate(w io.Writer, n int, seed uint64) (int64, error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var total int64
	enc := json.NewEncoder(&countWriter{w: w, n: &total})
	for i := range n {
		k := 3 + rng.IntN(4)
		paras := make([]string, 0, k)
		for range k {
			p := s.paras[rng.IntN(len(s.paras))]
			p = numberRE.ReplaceAllStringFunc(p, func(m string) string {
				v, _ := strconv.Atoi(m)
				return strconv.Itoa(max(1, v+rng.IntN(7)-3))
			})
			paras = append(paras, p)
		}
		title := s.titles[rng.IntN(len(s.titles))]
		day := 1 + rng.IntN(28)
		mon := 1 + rng.IntN(12)
		year := 2018 + rng.IntN(7)
		lead := fmt.Sprintf("On %d %s %d, according to the statement, ", day, months[mon-1], year)
		paras[0] = lead + strings.ToLower(paras[0][:1]) + paras[0][1:]
		rec := Record{
			Text:      title + "\n\n" + strings.Join(paras, "\n\n"),
			Title:     title,
			URL:       fmt.Sprintf("https://bench.example.org/%d/%d", seed, i),
			Published: fmt.Sprintf("%04d-%02d-%02d", year, mon, day),
			Issuer:    "Bench Wire",
			Synthetic: true,
		}
		if err := enc.Encode(rec); err != nil {
			return total, err
		}
	}
	return total, nil
}

type countWriter struct {
	w io.Writer
	n *int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	*c.n += int64(n)
	return n, err
}

// WriteFile generates n documents from the demo corpus into a JSON Lines
// file at path and returns its size in bytes.
func WriteFile(ctx context.Context, path string, n int, seed uint64) (int64, error) {
	src, err := Load(ctx, DemoDir())
	if err != nil {
		return 0, err
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(f)
	size, err := src.Generate(bw, n, seed)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return size, err
}
