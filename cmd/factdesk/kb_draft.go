package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/storyfile"
	"github.com/factdesk/factdesk/facts/wire"

	"context"
	"errors"
	"fmt"
	"os"

	"github.com/factdesk/factdesk/facts"
)

// kbDraftCmd is "factdesk kb draft".
type kbDraftCmd struct{}

func (kbDraftCmd) usage() usage {
	return usage{name: "kb draft", args: "[--db PATH] --story ID [-o FILE] [--title TITLE] [--date YYYY-MM-DD] [--publisher NAME] [--url URL] ARTICLE.txt|-",
		summary: "draft a story file of pending facts from a plain-text article"}
}

// runKBDraft writes a story file of pending facts drafted from a plain-text
// article, for an editor to review before importing.
func (c kbDraftCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp+"; people it knows are referred to, not redefined")
	story := fs.String("story", "", "`ID` of the story to draft (required)")
	out := fs.StringP("output", "o", "", "write the story file to `FILE` (default: standard output)")
	fs.StringVar(out, "o", "", "the same as -o, as factdesk once spelt it")
	fs.MarkHidden("o")
	title := fs.String("title", "", "story `TITLE` (default: the article's headline)")
	date := fs.String("date", "", "the story's date, `YYYY-MM-DD`, when the dateline gives none (or not its year)")
	publisher := fs.String("publisher", "", "the source's publisher, `NAME` (default: the agency in the dateline)")
	url := fs.String("url", "", "the source's `URL`")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *story == "" || len(rest) > 1 {
		return misuse(fs, "needs --story ID and one article file (or - for stdin)")
	}
	if *date != "" && !facts.ValidDate(*date, true) {
		return misuse(fs, "--date %q is not a date like 2024-06-04", *date)
	}
	if *out != "" {
		if _, err := os.Stat(*out); err == nil {
			return facts.Errorf(facts.EINVALID, "%s already exists; choose a new file for the draft.", *out)
		}
	}
	in, err := m.readInput(ctx, rest)
	if err != nil {
		return err
	}
	storyDate, from, err := draftDate(string(in.Data), *date)
	if err != nil {
		return misuse(fs, "%s", err)
	}
	opt := wire.Options{Story: *story, Title: *title, Date: storyDate, Source: facts.Source{Publisher: *publisher, URL: *url}}
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
		fmt.Fprintf(m.Stderr, "factdesk: dated the story %s, %s\n", storyDate, from)
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
	fmt.Fprintf(m.Stdout, "Dated the story %s, %s.\n", storyDate, from)
	return nil
}

// draftDate picks the drafted story's date: the dateline's when it gives one,
// else --date; a dateline without its year takes --date's, which must be the
// same day. It returns the date and where it came from, for the person to check;
// never today's date.
func draftDate(article, given string) (date, from string, err error) {
	d, ok := wire.Dateline(article)
	switch {
	case !ok && given == "":
		return "", "", errors.New("needs --date YYYY-MM-DD: the copy has no dateline with a date to take the story's date from")
	case !ok:
		return given, "from --date (the copy's dateline gives no date)", nil
	case d.Year != 0 && given != "" && given != d.Full():
		return "", "", fmt.Errorf("the dateline says %s (%s) but --date says %s; drop --date or correct one of them", d.Full(), d.Text, given)
	case d.Year != 0:
		return d.Full(), fmt.Sprintf("from the dateline (%s)", d.Text), nil
	case given == "":
		return "", "", fmt.Errorf("needs --date YYYY-MM-DD: the dateline gives %s without the year", d.Text)
	case given[5:] != fmt.Sprintf("%02d-%02d", d.Month, d.Day):
		return "", "", fmt.Errorf("the dateline says %s but --date says %s; correct one of them", d.Text, given)
	}
	return given, fmt.Sprintf("from the dateline (%s) with the year from --date", d.Text), nil
}
