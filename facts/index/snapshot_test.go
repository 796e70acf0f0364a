package index_test

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/storyfile"
	"github.com/factdesk/factdesk/facts/synth"
)

// snapshotIndexes are read models to take snapshots of: the bundled story and
// lexicon, a synthetic archive, and a story with a correction and facts that
// are not approved.
func snapshotIndexes(t *testing.T) map[string]*index.Index {
	t.Helper()
	bundledIx, _ := indextest.Bundled(t)
	var lexicons []*facts.Lexicon
	for _, in := range bundled.Files() {
		if f := storyfile.Parse(in.Name, in.Data); f.Lexicon != nil {
			lexicons = append(lexicons, f.Lexicon)
		}
	}
	var stories []*facts.StoryFile
	for _, sf := range synth.Generate(synth.Options{Stories: 200, FactsPerStory: 10, Seed: 3}) {
		stories = append(stories, &sf)
	}
	synthIx, _ := index.FromStories(stories, lexicons...)
	two := 2.0
	corrected, _ := indextest.Story(t, &facts.StoryFile{
		Story:    facts.Story{ID: "s", Title: "T", Date: "2024-01-02"},
		Sources:  []facts.Source{{ID: "w", Title: "Wire", URL: "https://example.com/w"}},
		Entities: []facts.Entity{{ID: "acme", Name: "Acme Baking Company", Kind: "organization", Members: []string{}}, {ID: "jo", Name: "Jo Bloggs", Kind: "person", Title: "chief baker", Aliases: []string{"Bloggs"}}},
		Facts: []facts.Fact{
			{ID: "old", Statement: "Acme cut 3 jobs.", Source: "w", Status: facts.StatusRetracted},
			{ID: "new", Statement: "Acme cut 2 jobs in its bakery, Bloggs said.", Value: &two, Unit: "jobs", Source: "w", Supersedes: "old", Speaker: "jo"},
			{ID: "plan", Statement: "Acme plans a new bakery.", Source: "w", Status: facts.StatusPending},
		},
	})
	return map[string]*index.Index{"bundled": bundledIx, "synthetic": synthIx, "corrected": corrected}
}

func TestIndex_Snapshot(t *testing.T) {
	for name, ix := range snapshotIndexes(t) {
		t.Run(name, func(t *testing.T) {
			b := ix.Snapshot()
			got, err := index.FromSnapshot(ix.Gen, b)
			if err != nil {
				t.Fatalf("FromSnapshot: %v", err)
			}
			// Everything the index holds, its names and postings among them,
			// comes back as it was.
			if !reflect.DeepEqual(got, ix) {
				t.Errorf("the index read from a snapshot differs from the one it was taken of")
			}
			if again := got.Snapshot(); !bytes.Equal(again, b) {
				t.Errorf("a snapshot of the read index differs from the first (%d bytes, want %d)", len(again), len(b))
			}
		})
	}
}

func TestIndex_Snapshot_Damaged(t *testing.T) {
	ix := snapshotIndexes(t)["corrected"]
	b := ix.Snapshot()
	t.Run("ErrTruncated", func(t *testing.T) {
		for n := range len(b) {
			if _, err := index.FromSnapshot(1, b[:n]); !errors.Is(err, index.ErrSnapshot) {
				t.Fatalf("snapshot cut to %d of %d bytes: err = %v, want ErrSnapshot", n, len(b), err)
			}
		}
	})
	t.Run("ErrFlippedBit", func(t *testing.T) {
		for i := range b {
			for _, bit := range []byte{0x01, 0x80} {
				c := bytes.Clone(b)
				c[i] ^= bit
				if _, err := index.FromSnapshot(1, c); !errors.Is(err, index.ErrSnapshot) {
					t.Fatalf("byte %d of %d flipped (%#x): err = %v, want ErrSnapshot", i, len(b), bit, err)
				}
			}
		}
	})
	t.Run("ErrNotSnapshot", func(t *testing.T) {
		for _, c := range [][]byte{nil, []byte("SQLite format 3\x00"), bytes.Repeat([]byte{0}, 64)} {
			if _, err := index.FromSnapshot(1, c); !errors.Is(err, index.ErrSnapshot) {
				t.Errorf("FromSnapshot(%q): err = %v, want ErrSnapshot", c, err)
			}
		}
	})
}

// TestSnapshot_Fields fails when a type a snapshot writes field by field grows:
// the new field must be written and read (snapshot.go, snapshot_decode.go) and
// snapshotFormat bumped, or it would be lost on the way through a snapshot.
func TestSnapshot_Fields(t *testing.T) {
	for _, tt := range []struct {
		v    any
		want int
	}{
		{facts.Source{}, 5},
		{facts.Entity{}, 6},
		{index.Data{}, 10},
		{index.Names{}, 10},
	} {
		if got := reflect.TypeOf(tt.v).NumField(); got != tt.want {
			t.Errorf("%T has %d fields, snapshots write %d", tt.v, got, tt.want)
		}
	}
}
