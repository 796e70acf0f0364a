// Package wordnet is factdesk's knowledge of English words: which words mean
// the same, which are forms of one another, and which are broader or narrower,
// from WordNet 3.0 (Princeton University; see LICENSE). The data is compiled by
// gen from Debian's wordnet-base into wordnet.dat.gz, embedded, and read on
// first use. Words are stems, as facts/text writes them, so a question's words
// meet a fact's index terms directly.
package wordnet

//go:generate go run ./gen -irregular ../text/irregular.txt
//go:generate go run ./gen -o wordnet.dat.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
)

//go:embed wordnet.dat.gz
var data []byte

// Kind is how a word is related to another.
type Kind uint8

// Relation kinds.
const (
	Synonym    Kind = 1 // the same sense: "quit" for "resign"
	Derivation Kind = 2 // another form of the word: "withdrawal" for "withdraw"
	Broader    Kind = 3 // a more general sense: "preside" for "chair"
	Narrower   Kind = 4 // a more specific sense: "chairman" for "official"
	Instance   Kind = 5 // a named thing and what it is: "Paris" and "capital"
	Similar    Kind = 6 // a similar adjective: "big" for "large"
)

func (k Kind) String() string {
	switch k {
	case Synonym:
		return "synonym"
	case Derivation:
		return "form"
	case Broader:
		return "broader"
	case Narrower:
		return "narrower"
	case Instance:
		return "instance"
	case Similar:
		return "similar"
	}
	return "related"
}

// Relation is a word related to another, with how strongly: 1 would be the
// word itself; a synonym in the word's main sense is 0.85, each step away and
// each rarer sense weighs less.
type Relation struct {
	Stem   string
	Weight float64
	Kind   Kind
}

// db is the loaded data: stems sorted, each with the word shown for it and its
// relations, strongest first.
type db struct {
	stems   []string
	display []string
	pos     []POS
	common  []uint8  // log2 of how often the word was seen in tagged English
	start   []uint32 // relations of stem i: rel[start[i]:start[i+1]]
	target  []int32
	weight  []uint8 // hundredths
	kind    []Kind
	names   []string // words only ever written with a capital, sorted
}

var (
	once    sync.Once
	loaded  *db
	loadErr error
)

func get() *db {
	once.Do(func() {
		loaded, loadErr = load(data)
		if loadErr != nil {
			panic(fmt.Sprintf("wordnet: embedded data: %v", loadErr)) // built into the binary: cannot happen at run time
		}
	})
	return loaded
}

func load(gz []byte) (*db, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	r := bufio.NewReaderSize(zr, 1<<16)
	head, err := r.ReadString('\n')
	if err != nil || head != "factdesk-wordnet 4\n" {
		return nil, fmt.Errorf("not a factdesk WordNet file (%q)", head)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	d := &db{stems: make([]string, n), display: make([]string, n), pos: make([]POS, n), common: make([]uint8, n), start: make([]uint32, n+1)}
	var buf []byte
	str := func() (string, error) {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return "", err
		}
		if cap(buf) < int(l) {
			buf = make([]byte, l)
		}
		buf = buf[:l]
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", err
		}
		return string(buf), nil
	}
	for i := range d.stems {
		if d.stems[i], err = str(); err != nil {
			return nil, err
		}
		if d.display[i], err = str(); err != nil {
			return nil, err
		}
		p, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		d.pos[i] = POS(p)
		if d.common[i], err = r.ReadByte(); err != nil {
			return nil, err
		}
	}
	for i := range d.stems {
		k, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		d.start[i] = uint32(len(d.target))
		for range k {
			t, err := binary.ReadUvarint(r)
			if err != nil {
				return nil, err
			}
			w, _ := r.ReadByte()
			kind, err := r.ReadByte()
			if err != nil {
				return nil, err
			}
			d.target = append(d.target, int32(t))
			d.weight = append(d.weight, w)
			d.kind = append(d.kind, Kind(kind))
		}
	}
	d.start[n] = uint32(len(d.target))
	k, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	d.names = make([]string, k)
	for i := range d.names {
		if d.names[i], err = str(); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (d *db) find(stem string) (int, bool) {
	i := sort.SearchStrings(d.stems, stem)
	return i, i < len(d.stems) && d.stems[i] == stem
}

// Related lists the stems related to stem, strongest first; none for a stem
// WordNet does not know.
func Related(stem string) []Relation {
	d := get()
	i, ok := d.find(stem)
	if !ok {
		return nil
	}
	out := make([]Relation, 0, d.start[i+1]-d.start[i])
	for k := d.start[i]; k < d.start[i+1]; k++ {
		out = append(out, Relation{Stem: d.stems[d.target[k]], Weight: float64(d.weight[k]) / 100, Kind: d.kind[k]})
	}
	return out
}

// Known reports whether stem is an English word or phrase WordNet knows.
func Known(stem string) bool {
	_, ok := get().find(stem)
	return ok
}

// Word is how a stem is written as a word, for explanations: "preside" for
// "presid"; the stem itself when WordNet does not know it.
func Word(stem string) string {
	d := get()
	if i, ok := d.find(stem); ok && d.display[i] != "" {
		return d.display[i]
	}
	return stem
}

// POS is the parts of speech a stem's words can be.
type POS uint8

// Parts of speech.
const (
	Noun      POS = 1
	Verb      POS = 2
	Adjective POS = 4
	Adverb    POS = 8
)

// PartsOfSpeech says what a stem can be: a verb ("meet"), a noun
// ("journalist"), or several ("cut"); 0 when WordNet does not know it.
func PartsOfSpeech(stem string) POS {
	d := get()
	if i, ok := d.find(stem); ok {
		return d.pos[i]
	}
	return 0
}

// IsName reports whether a word (lower case, unstemmed) is one WordNet only
// writes with a capital letter: a name or a word made from one ("german",
// "paris"), not a common word ("general", "veteran").
func IsName(word string) bool {
	names := get().names
	i := sort.SearchStrings(names, word)
	return i < len(names) && names[i] == word
}

// Commonness says how common a word is in general English, from 0 (rare, or
// unknown) to 1 (the commonest words: "be", "have", "say", "go"): in steps of
// doubling of how often WordNet's tagged texts use it.
func Commonness(stem string) float64 {
	d := get()
	if i, ok := d.find(stem); ok {
		return math.Min(1, float64(d.common[i])/14)
	}
	return 0
}

// Phrase reports whether a stemmed phrase of two or more words ("write off",
// "take effect") is one WordNet knows: a unit of meaning, not two words.
func Phrase(stems string) bool {
	return strings.Contains(stems, " ") && Known(stems)
}
