package ingest

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
)

func (r *Reader) urlItems(ctx context.Context, raw string, yield func(Item) bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		yield(Item{Origin: raw, Err: inputErr(raw, err, "not a valid URL")})
		return
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		yield(Item{Origin: raw, Err: inputErr(raw, err, "bad request: %v", err)})
		return
	}
	req.Header.Set("User-Agent", r.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := r.client.Do(req)
	if err != nil {
		yield(Item{Origin: raw, Err: inputErr(raw, err, "%s", describeNetErr(err))})
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		yield(Item{Origin: raw, Err: inputErr(raw, nil, "HTTP %s", resp.Status)})
		return
	}
	if resp.ContentLength > r.opts.MaxBytes {
		yield(Item{Origin: raw, Err: inputErr(raw, nil, "page too large (%s, limit %s)", humanBytes(resp.ContentLength), humanBytes(r.opts.MaxBytes))})
		return
	}
	b, err := readLimited(resp.Body, r.opts.MaxBytes)
	if err != nil {
		yield(Item{Origin: raw, Err: inputErr(raw, err, "%v", err)})
		return
	}
	final := resp.Request.URL.String()
	format := formatFromContentType(resp.Header.Get("Content-Type"))
	if format == "" {
		format = formatFromName(resp.Request.URL.Path)
	}
	r.bytesItems(ctx, raw, format, final, b, yield)
}

func describeNetErr(err error) string {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	case errors.As(err, &dnsErr):
		return "unreachable: no such host " + dnsErr.Name
	case errors.As(err, &opErr):
		return "unreachable: " + opErr.Err.Error()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return "unreachable: " + ue.Err.Error()
	}
	return err.Error()
}
