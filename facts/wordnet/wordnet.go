// Package wordnet is factdesk's knowledge of English words: which words mean
// the same, which are forms of one another, and which are broader or narrower,
// from WordNet 3.0 (Princeton University; see LICENSE). The data is compiled by
// gen from Debian's wordnet-base into wordnet.dat, which is embedded and read
// in place: start-up costs nothing, and each look-up reads only what it needs.
// Words are stems, as facts/text writes them, so a question's words
// meet a fact's index terms directly; where the words of a stem disagree on
// what they name (a person, a stretch of time, a sum), the written word
// decides (see Marked).
package wordnet

//go:generate go run ./gen -irregular ../text/irregular.txt
//go:generate go run ./gen -o wordnet.dat

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// Kind is how a word is related to another.
type Kind uint8

// Relation kinds.
const (
	Synonym    Kind = 1 // the same sense: "quit" for "resign"
	Derivation Kind = 2 // another form of the word: "withdrawal" for "withdraw"
	Broader    Kind = 3 // a more general sense, or what an act entails: "preside" for "chair", "pay" for "buy"
	Narrower   Kind = 4 // a more specific sense, or an act that entails it: "chairman" for "official", "buy" for "pay"
	Instance   Kind = 5 // a named thing and what it is: "Paris" and "capital"
	Similar    Kind = 6 // a similar adjective, or one of a noun's values: "big" for "large", "large" for "size"
	Antonym    Kind = 7 // the opposite: "reject" for "accept", "unofficial" for "official"
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
	case Antonym:
		return "opposite"
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

// The data file, format "factdesk-wordnet 18", is laid out to be read where it
// lies: embedded as a string, it is neither copied nor decoded up front, and a
// look-up reads only the bytes it needs (and the pages they are on). All
// numbers are little-endian.
//
//	header   "factdesk-wordnet 18\n", zeros to byte 32, then four uint32: the
//	         number of stems n, of relations r, of names k, and the length of
//	         the string table
//	stems    n+1 records of 13 bytes, sorted by stem: the stem's offset in the
//	         string table (uint32), the index of its first relation (uint32),
//	         the stem's length, the shown word's length (0 when it is the stem),
//	         the parts of speech (POS bits, place when the stem names a place,
//	         time when its main sense is a stretch of time, speech when its
//	         main verb sense is one of telling or thinking, and extends when
//	         the shown word starts with the stem and is written as its
//	         continuation), and the
//	         commonness (log2 of how often the word was seen in tagged
//	         English, in the low four bits; the top bit, money, when the
//	         stem's main noun sense is a kind of money; the next, measure,
//	         when it is a measure; the next, people, when it is a person or
//	         people; the next, ratio, when it is a magnitude relation), and
//	         the usage (the top bit, adverbial, when the word is used
//	         almost only as an adverb; the next, monetary, when the stem's
//	         main noun sense is a sum of money; the next, position, when
//	         one of its commoner verb senses is taking a place in an order;
//	         the next three, organization, region and location, when its
//	         main noun sense is one; the next, currency, when it is a
//	         unit of money; the last, change, when one of its commoner
//	         verb senses changes an amount). The last record
//	         only ends the last stem's relations.
//	rels     r uint32, each stem's strongest first, then its opposites
//	         (kind Antonym), strongest first: the related stem's number
//	         << 11 | weight in hundredths << 3 | kind
//	names    k+1 uint32 offsets in the string table of the words only ever
//	         written with a capital, sorted; the last ends the last name
//	strings  each stem followed by its shown word (or the shown word's rest,
//	         for extends), then the names
const (
	magic     = "factdesk-wordnet 18\n"
	headerLen = 48
	recLen    = 13
	extends   = 0x80 // in a record's parts of speech: the shown word continues the stem
	place     = 0x10 // in a record's parts of speech: the stem names a place
	period    = 0x20 // in a record's parts of speech: the stem's main sense is a stretch of time
	speech    = 0x40 // in a record's parts of speech: the stem's main verb sense is telling or thinking
	money     = 0x80 // in a record's commonness: the stem's main noun sense is a kind of money
	measure   = 0x40 // in a record's commonness: the stem's main noun sense is a measure
	people    = 0x20 // in a record's commonness: the stem's main noun sense is a person or people
	ratio     = 0x10 // in a record's commonness: the stem's main noun sense is a magnitude relation
	adverbial = 0x80 // in a record's usage: the word is used almost only as an adverb
	monetary  = 0x40 // in a record's usage: the stem's main noun sense is a sum of money
	position  = 0x20 // in a record's usage: a commoner verb sense is taking a place in an order
	currency  = 0x02 // in a record's usage: the stem's main noun sense is a unit of money
	change    = 0x01 // in a record's usage: a commoner verb sense changes an amount
)

// NounKind is a kind of thing a noun can name, as a curator records the kind
// of an entity: one bit each, in a record's usage byte.
type NounKind byte

const (
	Organization NounKind = 0x10 // below WordNet's organization: company, club, party, union
	Region       NounKind = 0x08 // below region: city, town, area, venue
	Location     NounKind = 0x04 // below location: any region, and a site, a corner, a point
)

// db is the embedded data, cut into its parts.
type db struct {
	n     int
	recs  string // n+1 records
	rels  string
	names string // offsets
	strs  string
}

//go:embed wordnet.dat
var data string

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

// u32 reads a little-endian uint32 at s[i:].
func u32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// load cuts the data into its parts, checking only that their sizes add up:
// nothing is copied or decoded.
func load(s string) (*db, error) {
	if len(s) < headerLen || s[:len(magic)] != magic {
		return nil, fmt.Errorf("not a factdesk WordNet file (%q)", s[:min(len(s), len(magic))])
	}
	n, r, k, l := int(u32(s, 32)), int(u32(s, 36)), int(u32(s, 40)), int(u32(s, 44))
	size := headerLen + (n+1)*recLen + 4*r + 4*(k+1) + l
	if size != len(s) {
		return nil, fmt.Errorf("%d bytes, want %d for %d stems, %d relations and %d names", len(s), size, n, r, k)
	}
	d := &db{n: n}
	at := headerLen
	cut := func(m int) string {
		at += m
		return s[at-m : at]
	}
	d.recs, d.rels, d.names, d.strs = cut((n+1)*recLen), cut(4*r), cut(4*(k+1)), cut(l)
	return d, nil
}

// stem is stem number i.
func (d *db) stem(i int) string {
	r := i * recLen
	off := int(u32(d.recs, r))
	return d.strs[off : off+int(d.recs[r+8])]
}

func (d *db) find(stem string) (int, bool) {
	lo, hi := 0, d.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.stem(m) < stem {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < d.n && d.stem(lo) == stem
}

// Related lists the stems related to stem, strongest first; none for a stem
// WordNet does not know. Opposites are not among them (see Antonyms): they
// are no way of saying the word.
func Related(stem string) []Relation {
	return relations(stem, func(k Kind) bool { return k != Antonym })
}

// Antonyms lists the stems of the words WordNet gives as stem's opposites in
// its commoner senses ("reject" for "accept"), strongest first: a fact that
// says one answers a yes-no question that asks the other, with No.
func Antonyms(stem string) []Relation {
	return relations(stem, func(k Kind) bool { return k == Antonym })
}

// relations lists stem's relations of the kinds keep takes, in order.
func relations(stem string, keep func(Kind) bool) []Relation {
	d := get()
	i, ok := d.find(stem)
	if !ok {
		return nil
	}
	a, b := int(u32(d.recs, i*recLen+4)), int(u32(d.recs, (i+1)*recLen+4))
	out := make([]Relation, 0, b-a)
	for k := a; k < b; k++ {
		v := u32(d.rels, 4*k)
		if kind := Kind(v & 7); keep(kind) {
			out = append(out, Relation{Stem: d.stem(int(v >> 11)), Weight: float64(v>>3&0xff) / 100, Kind: kind})
		}
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
	i, ok := d.find(stem)
	if !ok {
		return stem
	}
	r := i * recLen
	off, sl, wl := int(u32(d.recs, r)), int(d.recs[r+8]), int(d.recs[r+9])
	switch {
	case wl == 0:
		return stem
	case d.recs[r+10]&extends != 0:
		return d.strs[off : off+wl]
	default:
		return d.strs[off+sl : off+sl+wl]
	}
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
	return POS(flags(stem) &^ (extends | place | period | speech))
}

// flags is the byte of a stem's record that holds its parts of speech and what
// else the generator marked; 0 when WordNet does not know it.
func flags(stem string) byte { return recordByte(stem, posByte) }

// Where in a stem's record its parts of speech, its commonness and its usage
// are (see the format above).
const (
	posByte    = 10
	commonByte = 11
	usageByte  = 12
)

// recordByte is byte at of a stem's record; 0 when WordNet does not know it.
func recordByte(stem string, at int) byte {
	d := get()
	if i, ok := d.find(stem); ok {
		return d.recs[i*recLen+at]
	}
	return 0
}

// IsSpeechVerb reports whether a stem's main sense as a verb is one of telling
// or thinking (WordNet's verb.communication and verb.cognition: "say",
// "describe", "respond", "react", "think"), so that "How did Brown respond?"
// is answered by what Brown said.
func IsSpeechVerb(stem string) bool { return flags(stem)&speech != 0 }

// IsTimePeriod reports whether a stem's main sense as a noun is a stretch of
// time ("week", "summer", "decade"), so that "during the summer" and "six
// years earlier" say when.
func IsTimePeriod(stem string) bool { return flags(stem)&period != 0 }

// IsPlace reports whether a stem is the name of a place: an instance of a kind
// of location in WordNet ("geneva" a city, "texa" an American state, "uk" a
// kingdom; not "farrel", a writer). "Where is the fund based?" is answered by
// "a company based in Geneva" though no curator recorded Geneva as a place.
func IsPlace(stem string) bool { return flags(stem)&place != 0 }

// IsNationality reports whether a capitalised word (lower case, unstemmed,
// and its stem) names a place's people, or what is theirs: "American", by
// its main sense, or "Israeli", "Swiss", "Russian", whose main sense is a
// person or a language and which WordNet writes only with a capital and
// derives from a place ("United" is the Union only in a rare sense).
func IsNationality(word, stem string) bool {
	for _, r := range Related(stem) {
		if r.Kind == Derivation && IsPlace(r.Stem) && (r.Weight >= MainSense || IsName(word)) || r.Kind == Synonym && r.Weight >= MainSense && IsPlace(r.Stem) {
			return true
		}
	}
	return false
}

// MainSense is the weight the data gives a synonym in a word's main sense,
// the least of any relation of that sense.
const MainSense = 0.85

// MainBroader is the weight the data gives a word one step broader than a
// word's main sense ("season" for "spring").
const MainBroader = 0.6

// IsName reports whether a word (lower case, unstemmed) is one WordNet only
// writes with a capital letter: a name or a word made from one ("german",
// "paris"), not a common word ("general", "veteran").
func IsName(word string) bool {
	d := get()
	name := func(i int) string { return d.strs[u32(d.names, 4*i):u32(d.names, 4*i+4)] }
	lo, hi := 0, len(d.names)/4-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if name(m) < word {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(d.names)/4-1 && name(lo) == word
}

// Commonness says how common a word is in general English, from 0 (rare, or
// unknown) to 1 (the commonest words: "be", "have", "say", "go"): in steps of
// doubling of how often WordNet's tagged texts use it.
func Commonness(stem string) float64 {
	return math.Min(1, float64(recordByte(stem, commonByte)&^(money|measure|people|ratio))/14)
}

// IsAdverbial reports whether the word shown for a stem (Word) is used almost
// only as an adverb ("now", whose noun, the present, is seldom meant;
// "altogether", "so far"): it says how or when, not what. The stem's other
// words may not be: "final" is not, though "finally", the word shown for
// their stem, is.
func IsAdverbial(stem string) bool { return recordByte(stem, usageByte)&adverbial != 0 }

// IsMoney reports whether a stem's main sense as a noun is a kind of money
// (WordNet's "medium of exchange" and what descends from it: "money",
// "cash", "currency", "fund", "budget"), so that "How much cash is coming
// from the Treasury?" is asked of a fact that gives a sum ("£7.4m").
func IsMoney(stem string) bool { return marked(stem, money) }

// IsMonetary reports whether a stem's main sense as a noun is a sum of money
// (below WordNet's monetary value, outgo, sum of money and medium of
// exchange, or a value in money: "price", "cost", "fee", "revenue",
// "budget", "GDP"), so that "What price did the shares fall to?" asks for a
// sum, not a percentage.
func IsMonetary(stem string) bool { return recordByte(stem, usageByte)&monetary != 0 }

// IsCurrency reports whether a stem's main sense as a noun is a unit of
// money (below WordNet's monetary unit: "euro", "yuan", "rupee", "dollar"),
// so that "a 475m euro hit" and "420bn yuan" are sums of money, though no
// sign is written before them.
func IsCurrency(stem string) bool { return recordByte(stem, usageByte)&currency != 0 }

// IsChange reports whether one of a stem's commoner senses as a verb changes
// an amount (below WordNet's change magnitude: "rise", "grow", "fall",
// "cut"), so that "How much did the rate rise?" asks by how much, in any
// figure, though a rate is a sum of money.
func IsChange(stem string) bool { return recordByte(stem, usageByte)&change != 0 }

// IsPosition reports whether one of a stem's commoner senses as a verb is
// taking or giving a place in an order (below WordNet's rank, rate and end
// up: "rank", "finish", "come in", "place", "end up"), so that "Where did
// Butler finish?" asks her place in the race, answered by "fourth", not a
// place on the map.
func IsPosition(stem string) bool { return recordByte(stem, usageByte)&position != 0 }

// NounKinds says which kinds of thing a stem's main sense as a noun names, so
// that "Which union is Baume from?" asks for an organization, and a fact whose
// only new names are people's does not give it, and "in the left corner"
// says where; 0 for none of them.
func NounKinds(stem string) NounKind {
	return NounKind(recordByte(stem, usageByte)) & (Organization | Region | Location)
}

// IsMeasure reports whether a stem's main sense as a noun is a measure
// (below WordNet's magnitude, magnitude relation, monetary value, sum and
// total, or a value in money: "number", "size", "proportion", "rate",
// "price", "total", "profit", "GDP"), or an attribute one of whose next
// senses is a quantity ("capacity", "age", "distance"), so that "What is
// the GDP of Namibia?" asks for a figure as "How much...?" does.
func IsMeasure(stem string) bool { return marked(stem, measure) }

// IsRatio reports whether a stem's main sense as a noun is a magnitude
// relation (WordNet's ratio, proportion, percentage, rate), so that "What
// proportion won't...?" is asked of a fact that gives a percentage.
func IsRatio(stem string) bool { return marked(stem, ratio) }

// IsPeople reports whether a stem's main sense as a noun is a person or
// people (below WordNet's person and people: "people", "voter",
// "respondent", "surveyor"), so that "How many people are fed up?" is
// answered by "80% said they were fed up".
func IsPeople(stem string) bool { return marked(stem, people) }

// Mark is what the generator marks a stem as, by the main sense of its
// nouns: a person or people, a stretch of time, a measure, a ratio, a kind
// of money, a sum of money, a unit of money.
type Mark string

// Marks, as the generator names them in marked.txt.
const (
	People     Mark = "people"
	TimePeriod Mark = "time"
	Measure    Mark = "measure"
	Ratio      Mark = "ratio"
	Money      Mark = "money"
	Monetary   Mark = "monetary"
	Currency   Mark = "currency"
)

// markOf is each mark's test of a stem: one of its nouns has it.
var markOf = map[Mark]func(stem string) bool{
	People: IsPeople, TimePeriod: IsTimePeriod, Measure: IsMeasure, Ratio: IsRatio,
	Money: IsMoney, Monetary: IsMonetary, Currency: IsCurrency,
}

// Marked reports whether a word, as written (in lower case) with its stem,
// has the mark. The marks are kept by stem, and the words of a stem may
// disagree: "reporter" is a person, "report" is not, and "hospitals" are no
// stretch of time though "hospitalization" is. Where they do, the word
// decides: it has the mark when it is one of the nouns that have it, or
// their plural.
func Marked(word, stem string, m Mark) bool {
	if of := markOf[m]; of == nil || !of(stem) {
		return false
	}
	have, ok := disagreeing()[stem+" "+string(m)]
	if !ok {
		return true
	}
	return slices.ContainsFunc(nounBases(word), func(base string) bool { return slices.Contains(have, base) })
}

// nounBases are the words a noun written so may be the form of: itself, and
// what WordNet's rules of detachment for nouns make of it ("reporters":
// "reporter"; "women": "woman"; "cities": "city").
func nounBases(word string) []string {
	out := []string{word}
	for _, r := range [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}} {
		if base, ok := strings.CutSuffix(word, r[0]); ok && base != "" {
			out = append(out, base+r[1])
		}
	}
	return out
}

// markedText is the generator's list of the stems whose words disagree on
// a mark (see Marked): "report people reporter".
//
//go:embed marked.txt
var markedText string

var (
	disagreeOnce sync.Once
	disagreeMap  map[string][]string
)

// disagreeing is markedText read: "stem mark" to the words that have the
// mark. It is read once, on the first word of a stem that has a mark.
func disagreeing() map[string][]string {
	disagreeOnce.Do(func() {
		disagreeMap = map[string][]string{}
		for _, line := range strings.Split(markedText, "\n") {
			f := strings.Fields(line)
			if len(f) < 3 || strings.HasPrefix(line, "#") {
				continue
			}
			disagreeMap[f[0]+" "+f[1]] = f[2:]
		}
	})
	return disagreeMap
}

// marked reports whether the generator set a bit of a stem's commonness byte
// (money, measure, ratio, people) for its main sense as a noun.
func marked(stem string, bit byte) bool { return recordByte(stem, commonByte)&bit != 0 }

// Phrase reports whether a stemmed phrase of two or more words ("write off",
// "take effect") is one WordNet knows: a unit of meaning, not two words.
func Phrase(stems string) bool {
	return strings.Contains(stems, " ") && Known(stems)
}
