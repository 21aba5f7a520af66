package datafile

import (
	"strings"
	"testing"
)

// TestKeyed checks that a key defined twice in the built-in files is an
// error naming both places, that a user's file replaces the entry in its
// place, and that first definitions keep their order.
func TestKeyed(t *testing.T) {
	type entry struct{ name, at string }
	where := func(e entry) any { return e.at }
	var k Keyed[entry]
	var errs ErrorList
	builtin := File{Name: "data/a.yaml"}
	user := File{Name: "mine/a.yaml", User: true}
	k.Put(builtin, 3, "thing %s", "x", entry{"x1", "data/a.yaml:3"}, where, &errs)
	k.Put(builtin, 7, "thing %s", "y", entry{"y1", "data/a.yaml:7"}, where, &errs)
	k.Put(builtin, 9, "thing %s", "x", entry{"x2", "data/a.yaml:9"}, where, &errs)
	if len(errs) != 1 || !strings.Contains(errs.Error(), "data/a.yaml") || !strings.Contains(errs.Error(), "thing x already defined at data/a.yaml:3") {
		t.Fatalf("errors: %v", errs)
	}
	k.Put(user, 1, "thing %s", "x", entry{"x3", "mine/a.yaml:1"}, where, &errs)
	if len(errs) != 1 {
		t.Fatalf("a user's file is an error: %v", errs)
	}
	if len(k.Items) != 2 || k.Items[0].name != "x3" || k.Items[1].name != "y1" {
		t.Fatalf("items: %+v", k.Items)
	}
}
