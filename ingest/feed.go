package ingest

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/rashomon-project/rashomon"
)

// feedItems yields one Item per feed entry. If the feed as a whole does not
// parse (one broken entry makes the XML invalid), each entry is cut out and
// parsed on its own, so that the good ones still come through and the bad
// one is reported.
func (r *Reader) feedItems(ctx context.Context, origin string, b []byte, yield func(Item) bool) {
	fp := gofeed.NewParser()
	feed, err := fp.ParseString(string(b))
	if err == nil {
		for i, e := range feed.Items {
			if ctx.Err() != nil {
				return
			}
			if !yield(r.entryItem(fmt.Sprintf("%s#%d", origin, i+1), feed, e)) {
				return
			}
		}
		if len(feed.Items) == 0 {
			yield(Item{Origin: origin, Err: inputErr(origin, nil, "feed has no entries")})
		}
		return
	}
	entries := splitEntries(b)
	if len(entries) == 0 {
		yield(Item{Origin: origin, Err: inputErr(origin, err, "not a readable feed: %v", err)})
		return
	}
	head := feedHead(b)
	for i, e := range entries {
		if ctx.Err() != nil {
			return
		}
		o := fmt.Sprintf("%s#%d", origin, i+1)
		f, err := fp.ParseString(head.open + string(e) + head.close)
		if err != nil || len(f.Items) == 0 {
			reason := "unreadable entry"
			if err != nil {
				reason = fmt.Sprintf("unreadable entry: %v", err)
			}
			if !yield(Item{Origin: o, Err: inputErr(o, err, "%s", reason)}) {
				return
			}
			continue
		}
		if !yield(r.entryItem(o, f, f.Items[0])) {
			return
		}
	}
}

type wrapper struct{ open, close string }

var (
	rssItemRE   = regexp.MustCompile(`(?s)<item[\s>].*?</item>`)
	atomEntryRE = regexp.MustCompile(`(?s)<entry[\s>].*?</entry>`)
)

func splitEntries(b []byte) [][]byte {
	if m := rssItemRE.FindAll(b, -1); len(m) > 0 {
		return m
	}
	return atomEntryRE.FindAll(b, -1)
}

func feedHead(b []byte) wrapper {
	if bytes.Contains(b[:min(len(b), 4096)], []byte("<feed")) {
		return wrapper{`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">`, `</feed>`}
	}
	return wrapper{`<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>`, `</channel></rss>`}
}

func (r *Reader) entryItem(origin string, f *gofeed.Feed, e *gofeed.Item) Item {
	content := e.Content
	if len(strings.TrimSpace(content)) < len(strings.TrimSpace(e.Description)) {
		content = e.Description
	}
	it := Item{Origin: origin, Format: rashomon.FormatFeed, Raw: []byte(content)}
	it.Meta.Title = strings.TrimSpace(e.Title)
	it.Meta.URL = e.Link
	it.Meta.SiteName = strings.TrimSpace(f.Title)
	if e.Author != nil {
		it.Meta.Author = e.Author.Name
	}
	for _, c := range e.Categories {
		if strings.EqualFold(strings.TrimSpace(c), "synthetic example") || strings.EqualFold(strings.TrimSpace(c), "synthetic") {
			it.Meta.Synthetic = true
		}
	}
	switch {
	case e.PublishedParsed != nil:
		it.Meta.Published = dateInOwnZone(*e.PublishedParsed)
		it.Meta.DateText = e.Published
	case e.UpdatedParsed != nil:
		it.Meta.Published = dateInOwnZone(*e.UpdatedParsed)
		it.Meta.DateText = e.Updated
	case e.Published != "":
		setDate(&it.Meta, e.Published)
	}
	body := content
	if strings.Contains(content, "<") {
		body = flatText([]byte(content))
	}
	body = strings.TrimSpace(body)
	if len(strings.Fields(body)) < minWords {
		it.Err = inputErr(origin, nil, "feed entry %q has no text", it.Meta.Title)
		return it
	}
	it.Body = withTitle(it.Meta.Title, body)
	return it
}

func dateInOwnZone(t time.Time) rashomon.Date { return rashomon.DateOf(t) }
