package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// kbCurationUsage lists the curation commands, appended to kb's usage.
const kbCurationUsage = `  add [FILE|-] --story ID [--approve]
                         add one fact (YAML, as in a story's facts:), pending unless --approve
  retract ID --reason TEXT  withdraw a fact; it is kept, with the reason
  approve ID             let a pending fact answer, or close a fact's flags after review
  flag ID --note TEXT    ask an editor to review a fact
  pending                facts awaiting approval and open flags
  history ID             every change to a fact, a story, or entity:ID
  backup FILE            write a consistent copy of the knowledge base (safe while serving)
  restore FILE           replace the knowledge base with a backup (stop serve first)
  draft ARTICLE --story ID [-o FILE]
                         draft a story file of pending facts from a plain-text article
`

// curationCommands are the kb subcommands of this file, by name.
func (m *Main) curationCommands() map[string]func(context.Context, []string) error {
	return map[string]func(context.Context, []string) error{
		"add": m.runKBAdd, "retract": m.runKBRetract, "approve": m.runKBApprove, "flag": m.runKBFlag,
		"pending": m.runKBPending, "history": m.runKBHistory, "backup": m.runKBBackup, "restore": m.runKBRestore,
		"draft": m.runKBDraft,
	}
}

// openExistingKB opens a knowledge base that must already exist: curating or
// backing up a file that is not there is a mistake, not a reason to create one.
func (m *Main) openExistingKB(ctx context.Context, path string) (*sqlite.KB, error) {
	if path == "" {
		path = m.Config.DB
	}
	if _, err := os.Stat(path); err != nil {
		return nil, facts.Errorf(facts.EINVALID, "No knowledge base at %s (set --db or FACTDESK_DB).", path)
	}
	return sqlite.Open(ctx, path)
}

func (m *Main) runKBAdd(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb add", "kb add [--db PATH] --story ID [--approve] [FILE|-]")
	db := fs.String("db", "", dbHelp)
	story := fs.String("story", "", "the story the fact belongs to (required)")
	approve := fs.Bool("approve", false, "approve the fact at once instead of leaving it pending")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if *story == "" || len(rest) > 1 {
		fs.Usage()
		return usageErrorf("kb add needs --story ID and at most one file (or - for stdin)")
	}
	in, err := m.readInput(rest)
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	f, err := kb.AddFact(ctx, actor(), in, sqlite.AddOptions{Story: *story, Approve: *approve})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Added %s (%s). Before editing the story's file again, export it (kb export --story %s DIR): a re-import of an older file removes this fact.\n", f.FullID(), f.Status, f.Story)
	if f.Status == facts.StatusPending {
		fmt.Fprintf(m.Stdout, "It answers once an editor approves it: factdesk kb approve %s\n", f.FullID())
	}
	return nil
}

// readInput reads a file named in args, or stdin for "-" or no name.
func (m *Main) readInput(args []string) (facts.ImportInput, error) {
	if len(args) == 0 || args[0] == "-" {
		data, err := io.ReadAll(io.LimitReader(m.Stdin, facts.MaxFileSize+1))
		if err != nil {
			return facts.ImportInput{}, fmt.Errorf("read stdin: %w", err)
		}
		return facts.ImportInput{Name: "stdin", Data: data}, nil
	}
	st, err := os.Stat(args[0])
	if err != nil || st.IsDir() {
		return facts.ImportInput{}, facts.Errorf(facts.EINVALID, "%s: no such file", args[0])
	}
	if st.Size() > facts.MaxFileSize {
		return facts.ImportInput{}, facts.Errorf(facts.ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit", args[0], st.Size(), facts.MaxFileSize)
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return facts.ImportInput{}, facts.Errorf(facts.EINVALID, "%s: cannot read: %v", args[0], err)
	}
	return facts.ImportInput{Name: args[0], Data: data}, nil
}

// factCommand parses "ID [--TEXT-FLAG TEXT]" for retract, approve and flag.
func (m *Main) factCommand(ctx context.Context, args []string, name, textFlag, textHelp string) (*sqlite.KB, string, string, error) {
	synopsis := "kb " + name + " [--db PATH] ID"
	fs := m.newFlagSet("kb "+name, synopsis)
	var text *string
	if textFlag != "" {
		text = fs.String(textFlag, "", textHelp)
		fs.Usage = func() {
			fmt.Fprintf(m.Stderr, "Usage: factdesk %s --%s TEXT\n\nFlags:\n", synopsis, textFlag)
			fs.PrintDefaults()
		}
	}
	db := fs.String("db", "", dbHelp)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return nil, "", "", err
	}
	if len(rest) != 1 {
		fs.Usage()
		return nil, "", "", usageErrorf("kb %s needs one fact id (story-id/fact-id)", name)
	}
	if text != nil && strings.TrimSpace(*text) == "" {
		fs.Usage()
		return nil, "", "", usageErrorf("kb %s needs --%s: %s", name, textFlag, textHelp)
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return nil, "", "", err
	}
	if text == nil {
		return kb, rest[0], "", nil
	}
	return kb, rest[0], *text, nil
}

func (m *Main) runKBRetract(ctx context.Context, args []string) error {
	kb, id, reason, err := m.factCommand(ctx, args, "retract", "reason", "why the fact is withdrawn; kept with it")
	if err != nil {
		return err
	}
	defer kb.Close()
	f, err := kb.Retract(ctx, actor(), id, reason)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Retracted %s: it no longer answers questions. Reason: %s\n", f.FullID(), reason)
	return nil
}

func (m *Main) runKBApprove(ctx context.Context, args []string) error {
	kb, id, _, err := m.factCommand(ctx, args, "approve", "", "")
	if err != nil {
		return err
	}
	defer kb.Close()
	f, err := kb.Approve(ctx, actor(), id)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Approved %s: it answers questions; its open flags are closed.\n", f.FullID())
	if f.Supersedes != "" {
		fmt.Fprintf(m.Stdout, "It corrects %s, which no longer answers.\n", facts.SupersededID(f))
	}
	return nil
}

func (m *Main) runKBFlag(ctx context.Context, args []string) error {
	kb, id, note, err := m.factCommand(ctx, args, "flag", "note", "what is wrong with the fact, for the editor")
	if err != nil {
		return err
	}
	defer kb.Close()
	fl, err := kb.Flag(ctx, actor(), id, note)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Flagged %s for review (flag %d). It answers until an editor decides.\n", fl.Fact, fl.ID)
	return nil
}

func (m *Main) runKBPending(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb pending", "kb pending [--db PATH] [--json]")
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	if rest, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		fs.Usage()
		return usageErrorf("kb pending takes no arguments")
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	rev, err := kb.Review(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(rev)
	}
	w := m.Stdout
	if len(rev.Pending) == 0 && len(rev.Flags) == 0 {
		fmt.Fprintln(w, "Nothing awaits review: no pending facts, no open flags.")
		return nil
	}
	fmt.Fprintf(w, "Pending facts (%d):\n", len(rev.Pending))
	for _, p := range rev.Pending {
		fmt.Fprintf(w, "  %s: %s\n", p.FullID(), p.Statement)
		if p.Quote != "" {
			fmt.Fprintf(w, "      \u201c%s\u201d \u2014 %s\n", p.Quote, p.Speaker)
		}
		if p.At != "" {
			fmt.Fprintf(w, "      last changed %s by %s via %s\n", p.At, p.Actor, p.Surface)
		}
	}
	fmt.Fprintf(w, "Open flags (%d):\n", len(rev.Flags))
	for _, fl := range rev.Flags {
		fmt.Fprintf(w, "  flag %d on %s, by %s via %s at %s:\n      %s\n", fl.ID, fl.Fact, fl.Actor, fl.Surface, fl.At, fl.Note)
		if fl.Statement != "" {
			fmt.Fprintf(w, "      fact: %s\n", fl.Statement)
		}
	}
	fmt.Fprintln(w, "Approve with factdesk kb approve ID; retract with factdesk kb retract ID --reason TEXT.")
	return nil
}
