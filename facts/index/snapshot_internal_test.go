package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// resum gives damaged bytes a valid checksum, so that the layout checks behind
// it are what is tested.
func resum(b []byte) []byte {
	body := b[:len(b)-4]
	return binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.Checksum(body, castagnoli))
}

func smallSnapshot() []byte {
	n := NewNames()
	n.Add(facts.Entity{ID: "acme", Name: "Acme Baking Company", Kind: "organization"})
	n.Add(facts.Entity{ID: "jo", Name: "Jo Bloggs", Kind: "person", Title: "chief baker", Aliases: []string{"Bloggs"}})
	p := NewPostings()
	p.Add(3, "acm cut job | bakeri", []string{"acme"})
	p.Add(7, "jo bloggs bake | bakeri", []string{"jo", "acme"})
	p.Add(1000, "job", nil)
	d := Data{Names: n, Synonyms: [][]string{{"cut", "slash"}}, Stopwords: []string{"reportedly"},
		Sources: map[string]facts.Source{"s/w": {ID: "w", Title: "Wire"}}, Stories: map[string]string{"s": "2024-01-02"},
		Corrections: []Correction{{Fact: "s/new", Supersedes: "old", Recorded: "2024-01-03T10:00:00Z"}}, Facts: 3, Postings: p}
	return Build(1, d).Snapshot()
}

func TestFromSnapshot_OtherVersion(t *testing.T) {
	b := smallSnapshot()
	at := len(snapshotMagic) // the format, then DeriveVersion, one byte each, then the derivation
	for _, tt := range []struct {
		name string
		off  int
		want string
	}{
		{"ErrOldFormat", at, "format"},
		{"ErrOtherIndexing", at + 1, "indexing version"},
		{"ErrOtherDerivation", at + 2, "other indexing code"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := bytes.Clone(b)
			c[tt.off]++
			_, err := FromSnapshot(1, resum(c))
			if !errors.Is(err, ErrSnapshot) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrSnapshot about the %s", err, tt.want)
			}
		})
	}
}

// TestFromSnapshot_Garbled damages a snapshot behind a valid checksum: the
// layout checks must refuse it or read something, never panic, and what they
// read must survive a round trip.
func TestFromSnapshot_Garbled(t *testing.T) {
	b := smallSnapshot()
	if _, err := FromSnapshot(1, b); err != nil {
		t.Fatalf("the undamaged snapshot: %v", err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	head := len(snapshotMagic) + 2 + 4
	for i := range 20000 {
		c := bytes.Clone(b[:len(b)-4])
		for range 1 + r.IntN(3) {
			c[head+r.IntN(len(c)-head)] = byte(r.IntN(256))
		}
		if i%7 == 0 {
			c = c[:head+r.IntN(len(c)-head)]
		}
		c = resum(append(c, 0, 0, 0, 0))
		ix, err := FromSnapshot(1, c)
		if err != nil {
			if !errors.Is(err, ErrSnapshot) {
				t.Fatalf("err = %v, want ErrSnapshot", err)
			}
			continue
		}
		again, err := FromSnapshot(1, ix.Snapshot())
		if err != nil || !reflect.DeepEqual(again, ix) {
			t.Fatalf("a snapshot read from garbled bytes did not survive a round trip: %v", err)
		}
	}
}

// TestDerivation_Canary: the story behind the derivation fingerprint
// exercises every derivation a snapshot stores, or a change to one would go
// unnoticed.
func TestDerivation_Canary(t *testing.T) {
	ix, _ := FromStories([]*facts.StoryFile{canaryStory()})
	n := ix.data.Names
	for name, m := range map[string]map[string][]string{"byNorm": n.byNorm, "byTitle": n.byTitle, "memberOf": n.memberOf,
		"stemmed": n.stemmed, "acronyms": n.acronyms, "titled": n.titled} {
		if len(m) == 0 {
			t.Errorf("the canary story derives no names in %s", name)
		}
	}
	if len(n.longest) == 0 || n.maxWords < 3 {
		t.Errorf("the canary story's longest names: %v, %d words", n.longest, n.maxWords)
	}
	if len(ix.data.Corrections) == 0 || ix.data.Facts != 3 {
		t.Errorf("the canary story: %d corrections, %d approved facts; want one, and three", len(ix.data.Corrections), ix.data.Facts)
	}
	keys := len(ix.data.Postings.Terms) + len(ix.data.Postings.Entities)
	if words := len(ix.data.TermDF) + len(ix.data.EntityDF); words == 0 || keys <= words {
		t.Errorf("the canary story's postings: %d keys, %d of words and entities; want shapes and roles listed too", keys, words)
	}
	if derivation() == 0 {
		t.Errorf("no derivation fingerprint")
	}
}
