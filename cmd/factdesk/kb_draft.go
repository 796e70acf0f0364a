package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/storyfile"
	"github.com/factdesk/factdesk/facts/wire"

	"context"
	"fmt"
	"os"

	"github.com/factdesk/factdesk/facts"
)

// kbDraftCmd is "factdesk kb draft".
type kbDraftCmd struct{}

func (kbDraftCmd) usage() usage {
	return usage{name: "kb draft", args: "[--db PATH] --story ID [-o FILE] [--title T] [--date YYYY-MM-DD] [--publisher P] [--url U] ARTICLE.txt|-",
		summary: "draft a story file of pending facts from a plain-text article"}
}

// runKBDraft writes a story file of pending facts drafted from a plain-text
// article, for an editor to review before importing.
func (c kbDraftCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp+"; people it knows are referred to, not redefined")
	story := fs.String("story", "", "id of the story to draft (required)")
	out := fs.String("o", "", "write the story file here (default: standard output)")
	title := fs.String("title", "", "story title (default: the article's headline)")
	date := fs.String("date", "", "story date, YYYY-MM-DD (default: today)")
	publisher := fs.String("publisher", "", "the source's publisher (default: the agency in the dateline)")
	url := fs.String("url", "", "the source's URL")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if *story == "" || len(rest) > 1 {
		fs.Usage()
		return usageErrorf("kb draft needs --story ID and one article file (or - for stdin)")
	}
	if *out != "" {
		if _, err := os.Stat(*out); err == nil {
			return facts.Errorf(facts.EINVALID, "%s already exists; choose a new file for the draft.", *out)
		}
	}
	in, err := m.readInput(rest)
	if err != nil {
		return err
	}
	opt := wire.Options{Story: *story, Title: *title, Date: *date, Source: facts.Source{Publisher: *publisher, URL: *url}}
	path := *db
	if path == "" {
		path = m.Config.DB
	}
	if _, err := os.Stat(path); err == nil {
		kb, err := sqlite.Open(ctx, path)
		if err != nil {
			return err
		}
		opt.Entities, err = kb.KnownEntities(ctx)
		kb.Close()
		if err != nil {
			return err
		}
	}
	sf, err := wire.Draft(string(in.Data), opt)
	if err != nil {
		return err
	}
	data, err := storyfile.Encode(sf)
	if err != nil {
		return fmt.Errorf("draft: %w", err)
	}
	header := fmt.Sprintf("# Drafted by factdesk kb draft from %s. Every fact is pending: check each against\n# the article, fix or delete it, then: factdesk kb import FILE and factdesk kb approve ID.\n", in.Name)
	data = append([]byte(header), data...)
	if *out == "" {
		_, err := m.Stdout.Write(data)
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return fmt.Errorf("draft: %w", err)
	}
	var quotes, numbers int
	for _, f := range sf.Facts {
		switch {
		case f.Quote != "":
			quotes++
		case f.Value != nil:
			numbers++
		}
	}
	fmt.Fprintf(m.Stdout, "Drafted %s: %d pending fact(s) (%d quote(s), %d number(s)) and %d entity(ies) to review.\n",
		*out, len(sf.Facts), quotes, numbers, len(sf.Entities))
	return nil
}
