package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rashomon-project/rashomon"
)

// Item is one document as a reader found it, before cleaning.
type Item struct {
	Origin string // the input as named: path, URL, "stdin", "feed.xml#3", "file.jsonl:12"
	Format rashomon.Format
	Raw    []byte // bytes as read, when they differ from Body (HTML page, feed entry)
	Body   string // the text found
	Meta   Meta
	Err    error // set when the input could not be read; the other fields may be empty
}

// Meta is what an input says about itself.
type Meta struct {
	Title    string
	URL      string
	SiteName string
	Author   string
	Issuer   string
	// Published is the publication date found in metadata; DateText is the
	// value it was read from. DateUnparseable is set when metadata holds a
	// date-like value that is not a valid date.
	Published       rashomon.Date
	DateText        string
	DateUnparseable bool
	Synthetic       bool
}

// Error is a failure to read one input, naming it and the reason.
type Error struct {
	Input  string
	Reason string
	Err    error
}

func (e *Error) Error() string { return e.Input + ": " + e.Reason }
func (e *Error) Unwrap() error { return e.Err }

func inputErr(input string, err error, format string, args ...any) *Error {
	return &Error{Input: input, Reason: fmt.Sprintf(format, args...), Err: err}
}

// Options bound what a Reader accepts.
type Options struct {
	MaxBytes     int64         // largest file, page or line read; default 32 MiB
	Timeout      time.Duration // per URL; default 30 s
	MaxRedirects int           // default 5
	UserAgent    string
	Client       *http.Client // default: one with Timeout and MaxRedirects
	Stdin        io.Reader    // default os.Stdin
}

// DefaultMaxBytes is the default size limit.
const DefaultMaxBytes = 32 << 20

// Reader reads inputs. It is safe for concurrent use.
type Reader struct {
	opts   Options
	client *http.Client
	html   *htmlExtractor
}

// NewReader returns a Reader with opts, defaults filled in.
func NewReader(opts Options) *Reader {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "rashomon/1 (conflict statement analysis; +https://github.com/rashomon-project/rashomon)"
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	c := opts.Client
	if c == nil {
		max := opts.MaxRedirects
		c = &http.Client{
			Timeout: opts.Timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= max {
					return fmt.Errorf("more than %d redirects", max)
				}
				return nil
			},
		}
	}
	return &Reader{opts: opts, client: c, html: newHTMLExtractor()}
}

// Items yields the documents of one input: a file, a directory (walked
// recursively, hidden entries skipped), "-" for standard input, or an
// http(s) URL.
func (r *Reader) Items(ctx context.Context, input string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		switch {
		case input == "-":
			b, err := readLimited(r.opts.Stdin, r.opts.MaxBytes)
			if err != nil {
				yield(Item{Origin: "stdin", Err: inputErr("stdin", err, "%v", err)})
				return
			}
			r.bytesItems(ctx, "stdin", "", "", b, yield)
		case strings.HasPrefix(input, "http://") || strings.HasPrefix(input, "https://"):
			r.urlItems(ctx, input, yield)
		default:
			r.pathItems(ctx, input, yield)
		}
	}
}

// BytesItems yields the documents of bytes received under a file name
// (an upload): the name's extension, else the content, tells the format.
func (r *Reader) BytesItems(ctx context.Context, name string, b []byte) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		if int64(len(b)) > r.opts.MaxBytes {
			yield(Item{Origin: name, Err: inputErr(name, nil, "input too large (%s, limit %s)", humanBytes(int64(len(b))), humanBytes(r.opts.MaxBytes))})
			return
		}
		r.bytesItems(ctx, name, formatFromName(name), "", b, yield)
	}
}

func (r *Reader) pathItems(ctx context.Context, input string, yield func(Item) bool) {
	st, err := os.Stat(input)
	if err != nil {
		yield(Item{Origin: input, Err: inputErr(input, err, "%s", describeOSErr(err))})
		return
	}
	if !st.IsDir() {
		r.fileItems(ctx, input, st, yield)
		return
	}
	_ = filepath.WalkDir(input, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			if !yield(Item{Origin: path, Err: inputErr(path, err, "%s", describeOSErr(err))}) {
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != input && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			if !yield(Item{Origin: path, Err: inputErr(path, err, "%s", describeOSErr(err))}) {
				return fs.SkipAll
			}
			return nil
		}
		stop := false
		r.fileItems(ctx, path, info, func(it Item) bool {
			if !yield(it) {
				stop = true
				return false
			}
			return true
		})
		if stop {
			return fs.SkipAll
		}
		return nil
	})
}

func describeOSErr(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func (r *Reader) fileItems(ctx context.Context, path string, info fs.FileInfo, yield func(Item) bool) {
	format := formatFromName(path)
	if format == rashomon.FormatJSONL {
		f, err := os.Open(path)
		if err != nil {
			yield(Item{Origin: path, Err: inputErr(path, err, "%s", describeOSErr(err))})
			return
		}
		defer f.Close()
		r.jsonlItems(ctx, path, f, yield)
		return
	}
	if info.Size() > r.opts.MaxBytes {
		yield(Item{Origin: path, Err: inputErr(path, nil, "file too large (%s, limit %s; raise it with --max-bytes)",
			humanBytes(info.Size()), humanBytes(r.opts.MaxBytes))})
		return
	}
	f, err := os.Open(path)
	if err != nil {
		yield(Item{Origin: path, Err: inputErr(path, err, "%s", describeOSErr(err))})
		return
	}
	b, err := readLimited(f, r.opts.MaxBytes)
	f.Close()
	if err != nil {
		yield(Item{Origin: path, Err: inputErr(path, err, "%v", err)})
		return
	}
	r.bytesItems(ctx, path, format, "", b, yield)
}

// bytesItems dispatches on the format, sniffing the content when the name
// does not tell.
func (r *Reader) bytesItems(ctx context.Context, origin string, format rashomon.Format, url string, b []byte, yield func(Item) bool) {
	if len(strings.TrimSpace(string(b[:min(len(b), 4096)]))) == 0 && len(strings.TrimSpace(string(b))) == 0 {
		yield(Item{Origin: origin, Err: inputErr(origin, nil, "empty input")})
		return
	}
	if format == "" {
		format = sniff(b)
	}
	switch format {
	case rashomon.FormatHTML:
		yield(r.htmlItem(origin, url, b))
	case rashomon.FormatFeed:
		r.feedItems(ctx, origin, b, yield)
	case rashomon.FormatJSONL:
		r.jsonlItems(ctx, origin, strings.NewReader(string(b)), yield)
	default:
		yield(textItem(origin, url, b))
	}
}

// readLimited reads all of rd, failing when it holds more than max bytes.
func readLimited(rd io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("input too large (more than %s; raise the limit with --max-bytes)", humanBytes(max))
	}
	return b, nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
