package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/store/sqlite"
	"github.com/rashomon-project/rashomon/store/storetest"
)

func TestConformance(t *testing.T) {
	for _, tc := range []struct {
		name string
		path func(t *testing.T) string
	}{
		{"file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "test.db") }},
		{"memory", func(*testing.T) string { return ":memory:" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) rashomon.Store {
				st, err := sqlite.Open(t.Context(), tc.path(t))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() {
					if err := st.Close(); err != nil {
						t.Error(err)
					}
				})
				return st
			})
		})
	}
}
