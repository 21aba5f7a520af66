package lexicon

import (
	"fmt"
	"testing"
	"time"

	"github.com/rashomon-project/rashomon/internal/testcorpus"
	"github.com/rashomon-project/rashomon/text"
)

func TestDbgLoad(t *testing.T) {
	t0 := time.Now()
	lx, err := Load(DefaultSource(""))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("load", time.Since(t0), len(lx.Countries), len(lx.Orgs), len(lx.People), len(lx.Places))
	g := testcorpus.GoldDocs(t)["seed-001"]
	m := lx.NewMatcher()
	for _, mm := range m.Match(g.Text, text.Sentences(g.Text), Context{}) {
		fmt.Printf("%-8s %-30q %-8s %-25s %s %s\n", mm.Kind, mm.Text, mm.Actor, mm.Name, mm.Rule, mm.Note)
	}
}
