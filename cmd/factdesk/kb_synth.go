package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/synth"
	"gopkg.in/yaml.v3"
)

// kbSynthCmd is "factdesk kb synth".
type kbSynthCmd struct{}

func (kbSynthCmd) usage() usage {
	return usage{name: "kb synth", args: "--stories N [--facts-per-story M] [--seed S] DIR",
		summary: "write a synthetic knowledge base for load tests", hidden: true}
}

// runKBSynth writes a synthetic knowledge base as story files, so load tests and
// the README's performance figures can be reproduced at 1k, 10k or 100k facts
// without a download. It is left out of the help on purpose: the stories are
// nonsense, and nobody should import them into a newsroom's knowledge base.
func (c kbSynthCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	stories := fs.Int("stories", 0, "`N` stories to write (required)")
	perStory := fs.Int("facts-per-story", 10, "`M` facts in each story")
	seed := fs.Uint64("seed", 1, "random seed `S`: the same seed writes the same files")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(rest) != 1:
		return misuse(fs, "needs one folder to write to")
	case *stories < 1:
		return misuse(fs, "--stories must be at least 1 (10 facts each by default: --stories 10000 makes 100,000 facts)")
	case *perStory < 1:
		return misuse(fs, "--facts-per-story must be at least 1")
	}
	dir := rest[0]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return usageErrorf("kb synth: cannot create %s: %v", dir, err)
	}
	start := time.Now()
	files := synth.Generate(synth.Options{Stories: *stories, FactsPerStory: *perStory, Seed: *seed})
	report, clearBar := m.progressBar(false)
	n, err := writeStoryFiles(ctx, dir, files, report)
	clearBar()
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Wrote %d synthetic story(ies), %d fact(s) to %s in %v.\n", len(files), n, dir, since(start))
	return nil
}

// writeStoryFiles writes each story as DIR/<story-id>.yaml and returns how many
// facts they hold, telling report (when not nil) how far it has come.
func writeStoryFiles(ctx context.Context, dir string, files []facts.StoryFile, report func(facts.Progress)) (int, error) {
	n := 0
	for i, sf := range files {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		data, err := yaml.Marshal(sf)
		if err != nil {
			return n, fmt.Errorf("synth %s: %w", sf.Story.ID, err)
		}
		name := filepath.Join(dir, sf.Story.ID+".yaml")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return n, fmt.Errorf("synth: %w", err)
		}
		n += len(sf.Facts)
		if report != nil {
			report(facts.Progress{Stage: "writing", Done: i + 1, Total: len(files)})
		}
	}
	return n, nil
}
