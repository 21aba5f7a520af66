// Package datafile loads the project's knowledge files (rules, dictionaries,
// gazetteer, patterns): YAML or TSV files embedded in the binary, each
// overridable and extendable by a file of the same name in a user folder.
// It decodes YAML keeping line numbers, and collects problems as a sorted
// list of "file:line: message" errors, the way go/scanner does, so that a
// domain expert editing a file sees every mistake at once.
package datafile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Error is one problem in a data file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ErrorList collects Errors.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Err returns nil for an empty list, else the list sorted by file and line.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// File is one data file as found: its name for messages and its bytes.
type File struct {
	Name string // "embedded:lexicon/data/actors/countries.yaml" or a user path
	Path string // path relative to the data root: "actors/countries.yaml"
	Data []byte
	User bool // from the user folder
}

// Source is a set of data files: the embedded defaults plus an optional
// user folder whose files are read after them, so that entries with the
// same id replace the embedded ones and new files add to them.
type Source struct {
	Embedded fs.FS  // rooted at the data folder
	Label    string // prefix for embedded names in messages, e.g. "lexicon/data"
	UserDir  string // optional
}

// Files returns the files matching a glob pattern (path.Match syntax on the
// path relative to the root, e.g. "places/*.yaml"), embedded first, each
// group in lexical order.
func (s Source) Files(pattern string) ([]File, error) {
	var out []File
	if s.Embedded != nil {
		names, err := fs.Glob(s.Embedded, pattern)
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := fs.ReadFile(s.Embedded, n)
			if err != nil {
				return nil, err
			}
			out = append(out, File{Name: path.Join(s.Label, n), Path: n, Data: b})
		}
	}
	if s.UserDir != "" {
		names, err := filepath.Glob(filepath.Join(s.UserDir, filepath.FromSlash(pattern)))
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				return nil, err
			}
			rel, _ := filepath.Rel(s.UserDir, n)
			out = append(out, File{Name: n, Path: filepath.ToSlash(rel), Data: b, User: true})
		}
	}
	return out, nil
}

// CheckUserDir reports a user folder that does not exist, so a typo in a
// flag is not silently ignored.
func (s Source) CheckUserDir() error {
	if s.UserDir == "" {
		return nil
	}
	st, err := os.Stat(s.UserDir)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s: not a directory", s.UserDir)
	}
	return nil
}

// Item is one element of a YAML list, with the line it starts on.
type Item struct {
	Line int
	Node *yaml.Node
}

// DecodeList parses a YAML document whose top level is a list (or a map
// whose key holds the list, when key is not empty) and returns its
// elements with their line numbers. Syntax errors are reported with the
// file name and line.
func DecodeList(f File, key string, errs *ErrorList) []Item {
	var doc yaml.Node
	if err := yaml.Unmarshal(f.Data, &doc); err != nil {
		line := 0
		var te *yaml.TypeError
		msg := err.Error()
		if errors.As(err, &te) {
			msg = strings.Join(te.Errors, "; ")
		}
		fmt.Sscanf(msg, "yaml: line %d:", &line)
		msg = strings.TrimPrefix(msg, fmt.Sprintf("yaml: line %d: ", line))
		errs.Add(f.Name, line, "%s", msg)
		return nil
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if key != "" && root.Kind == yaml.MappingNode {
		found := false
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == key {
				root, found = root.Content[i+1], true
				break
			}
		}
		if !found {
			errs.Add(f.Name, root.Line, "want a %q key holding a list", key)
			return nil
		}
	}
	if root.Kind != yaml.SequenceNode {
		errs.Add(f.Name, root.Line, "want a list of entries")
		return nil
	}
	items := make([]Item, 0, len(root.Content))
	for _, n := range root.Content {
		items = append(items, Item{Line: n.Line, Node: n})
	}
	return items
}

// Decode decodes one list element into v, rejecting unknown fields, and
// reports problems at the element's line.
func Decode(f File, it Item, v any, errs *ErrorList) bool {
	if it.Node.Kind != yaml.MappingNode {
		errs.Add(f.Name, it.Line, "want a mapping (key: value lines)")
		return false
	}
	known := fieldsOf(v)
	ok := true
	for i := 0; i+1 < len(it.Node.Content); i += 2 {
		k := it.Node.Content[i]
		if known != nil && !known[k.Value] {
			errs.Add(f.Name, k.Line, "unknown field %q", k.Value)
			ok = false
		}
	}
	if err := it.Node.Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				line := it.Line
				fmt.Sscanf(e, "line %d:", &line)
				errs.Add(f.Name, line, "%s", strings.TrimPrefix(e, fmt.Sprintf("line %d: ", line)))
			}
		} else {
			errs.Add(f.Name, it.Line, "%v", err)
		}
		return false
	}
	return ok
}

// Keyed collects the entries of a kind of data by key, in the order first
// defined. A user's file replaces an entry of the same key; a key defined
// twice in the built-in files is an error that names both places.
type Keyed[T any] struct {
	Items []T
	index map[string]int
}

// Put adds item, defined at f's line, under key. what names the kind
// ("organization %s") and defined gives where an entry was defined.
func (k *Keyed[T]) Put(f File, line int, what, key string, item T, defined func(T) any, errs *ErrorList) {
	if k.index == nil {
		k.index = map[string]int{}
	}
	if i, ok := k.index[key]; ok {
		if !f.User {
			errs.Add(f.Name, line, what+" already defined at %s", key, defined(k.Items[i]))
			return
		}
		k.Items[i] = item
		return
	}
	k.index[key] = len(k.Items)
	k.Items = append(k.Items, item)
}
