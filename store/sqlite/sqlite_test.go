package sqlite_test

import (
	"database/sql"
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
		opts []sqlite.Option
	}{
		{"file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "test.db") }, nil},
		{"file mapped", func(t *testing.T) string { return filepath.Join(t.TempDir(), "test.db") }, []sqlite.Option{sqlite.Mapped()}},
		{"memory", func(*testing.T) string { return ":memory:" }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) rashomon.Store {
				st, err := sqlite.Open(t.Context(), tc.path(t), tc.opts...)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() {
					if err := st.Close(); err != nil {
						t.Error(err)
					}
				})
				t.Cleanup(func() { checkForeignKeys(t, st) })
				return st
			})
		})
	}
}

// checkForeignKeys checks what the store's batches write with the foreign
// key checks off: every key points at a row, and the connections have
// their checks back.
func checkForeignKeys(t *testing.T, st *sqlite.Store) {
	t.Helper()
	rows, err := st.DB().Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%s row %v points at no row of %s", table, rowid, parent)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var on int
	if err := st.DB().QueryRow(`PRAGMA foreign_keys`).Scan(&on); err != nil {
		t.Fatal(err)
	}
	if on != 1 {
		t.Error("a connection went back to the pool with its foreign key checks off")
	}
}
