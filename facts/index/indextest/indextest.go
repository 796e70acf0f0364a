// Package indextest builds in-memory knowledge bases for the engine's tests:
// the bundled stories and any story or lexicon files, read and indexed as an
// import would, with no database.
package indextest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// Bundled indexes the bundled stories and lexicon, then the files at paths
// (story or lexicon files, or folders of them), failing the test on any problem.
func Bundled(tb testing.TB, paths ...string) (*index.Index, *index.Memory) {
	tb.Helper()
	return FromInputs(tb, append(bundled.Files(), read(tb, paths)...)...)
}

// Files indexes only the files at paths.
func Files(tb testing.TB, paths ...string) (*index.Index, *index.Memory) {
	tb.Helper()
	return FromInputs(tb, read(tb, paths)...)
}

// FromInputs indexes files held in memory.
func FromInputs(tb testing.TB, inputs ...facts.ImportInput) (*index.Index, *index.Memory) {
	tb.Helper()
	var stories []*facts.StoryFile
	var lexicons []*facts.Lexicon
	for _, in := range inputs {
		f := storyfile.Parse(in.Name, in.Data)
		for _, p := range f.Problems {
			tb.Fatalf("%s", p)
		}
		if f.Lexicon != nil {
			lexicons = append(lexicons, f.Lexicon)
		} else {
			stories = append(stories, f.Story)
		}
	}
	ix, mem := index.FromStories(stories, lexicons...)
	return ix, mem
}

// Story indexes literal stories (one, most often) with the bundled lexicon,
// for tests that write their facts out in Go.
func Story(tb testing.TB, sfs ...*facts.StoryFile) (*index.Index, *index.Memory) {
	tb.Helper()
	var lexicons []*facts.Lexicon
	for _, in := range bundled.Files() {
		if f := storyfile.Parse(in.Name, in.Data); f.Lexicon != nil {
			lexicons = append(lexicons, f.Lexicon)
		}
	}
	return index.FromStories(sfs, lexicons...)
}

func read(tb testing.TB, paths []string) []facts.ImportInput {
	tb.Helper()
	var out []facts.ImportInput
	for _, p := range paths {
		names := []string{p}
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			names, _ = filepath.Glob(filepath.Join(p, "*.yaml"))
		}
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, facts.ImportInput{Name: n, Data: data})
		}
	}
	return out
}
