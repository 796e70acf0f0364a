// Command gen compiles WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet)
// into the compact file the wordnet package embeds: for each word stem (as the
// engine stems words), the stems related to it with a weight that falls with
// each step away and with the rarity of the sense, and the kind of relation;
// and beside it marked.txt, the stems whose words disagree on what their main
// sense as a noun is ("report" and "reporter"). It also writes the irregular
// word forms the stemmer cannot undo, for the text package. Run it through go
// generate in facts/wordnet:
//
//	apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
//	WORDNET=/tmp/wn/usr/share/wordnet go generate ./facts/wordnet
//
// It runs twice: first for the irregular forms (the text package embeds them,
// and stems with them), then, compiled anew, for the relations and the marks.
package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/text"
)

// Relation kinds, as the data file stores them.
const (
	kindSynonym    = 1 // the same sense: "quit" for "resign"
	kindDerivation = 2 // another form of the word: "withdrawal" for "withdraw"
	kindBroader    = 3 // a more general sense: "preside" for "chair"
	kindNarrower   = 4 // a more specific sense: "chairman" for "official"
	kindInstance   = 5 // a named thing and what it is: "Paris" and "capital"
	kindSimilar    = 6 // a similar adjective: "big" for "large"
	kindAntonym    = 7 // the opposite: "reject" for "accept"
)

// Weights of each relation, before the sense's own weight.
const (
	wSynonym      = 0.85
	wDerivation   = 0.85
	wDerivSynonym = 0.6  // a synonym of a verb's noun for its doer: watch -> watcher -> viewer
	wDerivation2  = 0.65 // through another word's derivations: chair -> chairman -> preside
	wBroader      = 0.6
	wBroader2     = 0.45
	wEntails      = 0.45 // an act another entails, read as broader: "buy" -> "pay"
	wEntailed     = 0.3  // an act that entails this one, read as narrower: "pay" -> "buy"
	wNarrower     = 0.55
	wInstance     = 0.5
	wSimilar      = 0.6
	wAntonym      = 0.85
	minWeight     = 0.3
	maxEdges      = 80 // per stem, the strongest kept: few have more (at 24, common words lost weaker senses: "hurt" lost "damage")
	maxSenses     = 5  // per lemma and part of speech
	maxNarrower   = 4  // narrower words per sense, the most used
)

// ranked is a lemma with how often it is used.
type ranked struct {
	lemma    string
	count    int
	instance bool
}

// total is how often a lemma is used in one part of speech ("n:chair").
func (wn *wordnet) total(key string) int {
	n := 0
	for _, c := range wn.counts[key] {
		n += c
	}
	return n
}

type pointer struct {
	sym      string
	target   string // "pos:offset"
	src, dst int    // word numbers, 0 for the whole synset
}

type synset struct {
	pos   byte
	lex   int      // the lexicographer file: 31 verb.cognition, 32 verb.communication, ...
	words []string // lemmas, lower case, "_" between words
	ptrs  []pointer
}

type wordnet struct {
	synsets map[string]*synset  // "n:00001740"
	senses  map[string][]string // "n:chair" -> synset ids, most frequent first
	counts  map[string][]int    // "n:chair" -> tag count of each sense
	// capital and lower are the lemmas WordNet writes with a capital letter
	// in some synset, and in lower case in some synset.
	capital, lower map[string]bool
}

func main() {
	dir := flag.String("wordnet", os.Getenv("WORDNET"), "the WordNet dict folder (index.*, data.*, *.exc, cntlist.rev)")
	out := flag.String("o", "wordnet.dat", "the data file to write")
	marked := flag.String("marked", "marked.txt", "the file of stems whose words disagree on a mark to write")
	irregular := flag.String("irregular", "", "write the irregular verb and noun forms file here (only), for the text package")
	flag.Parse()
	if *dir == "" {
		log.Fatal("set -wordnet or WORDNET to WordNet's dict folder, such as /usr/share/wordnet (Debian's wordnet-base)")
	}
	if *irregular != "" {
		// A pass of its own: the relations are stemmed by the text package,
		// which embeds this file, so it must be written (and compiled) first.
		must(writeIrregular(*irregular, *dir))
		return
	}
	wn := &wordnet{synsets: map[string]*synset{}, senses: map[string][]string{}, counts: map[string][]int{},
		capital: map[string]bool{}, lower: map[string]bool{}}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		must(wn.readData(filepath.Join(*dir, "data."+pos)))
		must(wn.readIndex(filepath.Join(*dir, "index."+pos)))
	}
	must(wn.readCounts(filepath.Join(*dir, "cntlist.rev")))
	edges, display, pos := wn.relate()
	wn.markPlaces(pos)
	wn.markTimes(pos)
	wn.markSpeech(pos)
	marks := wn.markedLemmas()
	must(write(*out, edges, display, pos, stemsOf(marks["money"]), stemsOf(marks["measure"]), stemsOf(marks["ratio"]), stemsOf(marks["people"]), wn.usage(display, stemsOf(marks["monetary"]), stemsOf(marks["currency"]), wn.positionVerbs(), wn.changeVerbs(), wn.nounKinds(display)), wn.names()))
	plurals, err := irregularPlurals(*dir)
	must(err)
	must(writeMarked(*marked, wn.disagreeing(marks, plurals)))
}

// Kinds of things a noun can name in its main sense, as a question's focus
// noun asks for one ("Which union is Baume from?") and a curator records an
// entity's kind (the FDA, an organization): WordNet 3.0's "organization"
// (company, firm, club, team, party, union, a country as a state) and
// "region" (a large indefinite location on the Earth: city, town, area,
// venue; not a workplace such as a studio, which WordNet puts at a point);
// and, apart, any "location" (a region, and a site, a corner, the top of
// something), which says where.
var (
	organizationSynsets = []string{"n:08008335"}
	regionSynsets       = []string{"n:08630985"}
)

// nounKinds marks the stems of nouns whose main sense is an organization, a
// region or a location (see organizationSynsets), each with its bit of the
// usage byte.
func (wn *wordnet) nounKinds(display map[string]string) map[string]byte {
	out := map[string]byte{}
	for _, k := range []struct {
		roots []string
		bit   byte
	}{{organizationSynsets, organizationBit}, {regionSynsets, regionBit}, {[]string{locationSynset}, locationBit}} {
		for st := range wn.mainNounsOf(k.roots, display) {
			out[st] |= k.bit
		}
	}
	return out
}

// mainNounsOf are the stems of nouns whose main sense is below roots, each
// read as the lemma shown for it: "instrumentality" (an agency) shares the
// stem of "instrument" (a device), and is not what "instrument" says.
func (wn *wordnet) mainNounsOf(roots []string, display map[string]string) map[string]bool {
	memo := map[string]bool{}
	out := map[string]bool{}
	for key, ids := range wn.senses {
		if key[0] != 'n' || len(ids) == 0 || wn.synsets[ids[0]] == nil {
			continue
		}
		if st := stemOf(key[2:]); st != "" && display[st] == strings.ReplaceAll(key[2:], "_", " ") && wn.below(ids[0], roots, memo) {
			out[st] = true
		}
	}
	return out
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func lines(path string, each func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != ' ' {
			each(l)
		}
	}
	return sc.Err()
}

// posOf maps a synset type to its part of speech: satellite adjectives are adjectives.
// names lists, sorted, the single words WordNet writes only with a capital
// letter: names and words made from them ("german", "paris", "christmas").
func (wn *wordnet) names() []string {
	var out []string
	for w := range wn.capital {
		if !wn.lower[w] && !strings.ContainsAny(w, "_-") {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

func posOf(t string) byte {
	if t == "s" {
		return 'a'
	}
	return t[0]
}

func (wn *wordnet) readData(path string) error {
	return lines(path, func(l string) {
		body, _, _ := strings.Cut(l, " | ")
		f := strings.Fields(body)
		lex, _ := strconv.Atoi(f[1])
		s := &synset{pos: posOf(f[2]), lex: lex}
		n, _ := strconv.ParseInt(f[3], 16, 32)
		i := 4
		for k := 0; k < int(n); k++ {
			w := strings.ToLower(f[i])
			if w != f[i] {
				wn.capital[w] = true // "German", "Paris": written as a name
			} else {
				wn.lower[w] = true
			}
			if j := strings.IndexByte(w, '('); j > 0 { // adjective markers: "(a)", "(p)"
				w = w[:j]
			}
			s.words = append(s.words, w)
			i += 2
		}
		np, _ := strconv.Atoi(f[i])
		i++
		for k := 0; k < np; k++ {
			st, _ := strconv.ParseInt(f[i+3], 16, 32)
			s.ptrs = append(s.ptrs, pointer{sym: f[i], target: string(posOf(f[i+2])) + ":" + f[i+1], src: int(st >> 8), dst: int(st & 0xff)})
			i += 4
		}
		wn.synsets[string(s.pos)+":"+f[0]] = s
	})
}

func (wn *wordnet) readIndex(path string) error {
	return lines(path, func(l string) {
		f := strings.Fields(l)
		lemma, pos := f[0], posOf(f[1])
		nsyn, _ := strconv.Atoi(f[2])
		np, _ := strconv.Atoi(f[3])
		offs := f[4+np+2:]
		if len(offs) > nsyn {
			offs = offs[:nsyn]
		}
		key := string(pos) + ":" + lemma
		for _, o := range offs {
			wn.senses[key] = append(wn.senses[key], string(pos)+":"+o)
		}
	})
}

// readCounts reads how often each sense was seen in tagged text, by sense number.
func (wn *wordnet) readCounts(path string) error {
	types := map[string]byte{"1": 'n', "2": 'v', "3": 'a', "4": 'r', "5": 'a'}
	return lines(path, func(l string) {
		f := strings.Fields(l)
		if len(f) != 3 {
			return
		}
		lemma, rest, _ := strings.Cut(f[0], "%")
		pos := types[rest[:1]]
		n, _ := strconv.Atoi(f[1])
		c, _ := strconv.Atoi(f[2])
		key := string(pos) + ":" + strings.ToLower(lemma)
		for len(wn.counts[key]) < n {
			wn.counts[key] = append(wn.counts[key], 0)
		}
		wn.counts[key][n-1] += c
	})
}

// senseWeights weighs a lemma's senses in one part of speech by how often each
// is used, most frequent first; senses too rare to count are left out.
func (wn *wordnet) senseWeights(key string) []float64 {
	senses := wn.senses[key]
	counts := wn.counts[key]
	var out []float64
	for i := range senses {
		if i == maxSenses {
			break
		}
		w := 1 / float64(i+1)
		if len(counts) > 0 && counts[0] > 0 {
			c := 0
			if i < len(counts) {
				c = counts[i]
			}
			w = math.Max(float64(c+1)/float64(counts[0]+1), 0.5/float64(i+1))
		}
		if w < 0.25 {
			break
		}
		out = append(out, w)
	}
	return out
}

// posWeights weighs a lemma's parts of speech by how often each is used.
func (wn *wordnet) posWeight(lemma string, pos byte) float64 {
	total := func(p byte) int {
		n := 0
		for _, c := range wn.counts[string(p)+":"+lemma] {
			n += c
		}
		return n
	}
	best := 0
	for _, p := range []byte("nvar") {
		best = max(best, total(p))
	}
	return math.Max(math.Sqrt(float64(total(pos)+1)/float64(best+1)), 0.5)
}

// lemmaWeights weighs the lemmas that share a stem by how often each is used:
// "cancellate" must not speak for "cancel".
func (wn *wordnet) lemmaWeights() map[string]float64 {
	freq := map[string]int{}
	byStem := map[string]int{}
	for key, cs := range wn.counts {
		lemma := key[2:]
		for _, c := range cs {
			freq[lemma] += c
		}
	}
	for key := range wn.senses {
		lemma := key[2:]
		if s := stemOf(lemma); s != "" {
			byStem[s] = max(byStem[s], freq[lemma])
		}
	}
	out := map[string]float64{}
	for key := range wn.senses {
		lemma := key[2:]
		if s := stemOf(lemma); s != "" {
			out[lemma] = math.Min(1, math.Max(0.2, float64(freq[lemma]+1)/float64(byStem[s]+1)))
		}
	}
	return out
}

// sortEdges orders relations strongest first, then the commoner word first
// (as often as WordNet's tagged texts use it), then by the stem they lead
// to: of a stem's many equally weighted relations the most used are kept
// when some are cut ("huge" and "vast" for "big", before "brobdingnagian").
func sortEdges(es []edge) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].weight != es[j].weight {
			return es[i].weight > es[j].weight
		}
		if fi, fj := freq[es[i].to], freq[es[j].to]; fi != fj {
			return fi > fj
		}
		return es[i].to < es[j].to
	})
}

type edge struct {
	to     string
	weight float64
	kind   byte
}

// relate finds, for every lemma, the lemmas related to it and how strongly, then
// turns both into stems, keeping each pair's strongest link.
func (wn *wordnet) relate() (map[string]map[string]edge, map[string]string, map[string]byte) {
	edges := map[string]map[string]edge{}
	display := map[string]string{}
	posOf := map[string]byte{}
	freq = map[string]int{}
	displayCount := map[string]int{}

	add := func(from, to string, w float64, kind byte) {
		fs, ts := stemOf(from), stemOf(to)
		if fs == "" || ts == "" || fs == ts || w < minWeight {
			return
		}
		if edges[fs] == nil {
			edges[fs] = map[string]edge{}
		}
		// Opposites are kept apart from the rest (under "!" and the stem):
		// they are no other way of saying a word, and take no place of one.
		key := ts
		if kind == kindAntonym {
			key = "!" + ts
		}
		if e, ok := edges[fs][key]; !ok || w > e.weight {
			edges[fs][key] = edge{ts, w, kind}
		}
	}
	lw := wn.lemmaWeights()
	keys := make([]string, 0, len(wn.senses))
	for k := range wn.senses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// entailedBy: for each verb sense, the senses that entail it ("buy"
	// entails "pay"): read from the entailed word's side, they are narrower.
	entailedBy := map[string][]string{}
	for id, s := range wn.synsets {
		for _, p := range s.ptrs {
			if p.sym == "*" {
				entailedBy[p.target] = append(entailedBy[p.target], id)
			}
		}
	}
	for _, ids := range entailedBy {
		sort.Strings(ids)
	}
	for _, key := range keys {
		pos, lemma := key[0], key[2:]
		n := 0
		for _, c := range wn.counts[key] {
			n += c
		}
		if s := stemOf(lemma); s != "" && (display[s] == "" || n > displayCount[s]) {
			display[s], displayCount[s] = strings.ReplaceAll(lemma, "_", " "), n
		}
		if s := stemOf(lemma); s != "" {
			posOf[s] |= posBit[key[0]]
			freq[s] += n
		}
		pw := wn.posWeight(lemma, pos) * lw[lemma]
		for i, sw := range wn.senseWeights(key) {
			id := wn.senses[key][i]
			s := wn.synsets[id]
			if s == nil {
				continue
			}
			w := sw * pw
			var narrower []ranked
			for _, src := range entailedBy[id] {
				for _, x := range wn.synsets[src].words {
					add(lemma, x, wEntailed*w, kindNarrower)
				}
			}
			word := 0 // this lemma's number in the synset, for lexical pointers
			for k, x := range s.words {
				if x == lemma {
					word = k + 1
				}
				if x != lemma {
					add(lemma, x, wSynonym*w, kindSynonym)
				}
			}
			for _, p := range s.ptrs {
				t := wn.synsets[p.target]
				if t == nil {
					continue
				}
				switch p.sym {
				case "+":
					if p.src != word || p.dst == 0 {
						continue
					}
					add(lemma, t.words[p.dst-1], wDerivation*w, kindDerivation)
					// A verb's noun for the one who does it, where that is the
					// noun's main sense, and its synonyms there: watch ->
					// watcher -> viewer.
					if d := t.words[p.dst-1]; pos == 'v' && t.pos == 'n' && t.lex == lexPerson && len(wn.senses["n:"+d]) > 0 && wn.senses["n:"+d][0] == p.target {
						for _, x := range t.words {
							if x != d {
								add(lemma, x, wDerivSynonym*w, kindDerivation)
							}
						}
					}
					// The derived word's other derivations: chair -> chairman -> preside.
					for _, q := range t.ptrs {
						if u := wn.synsets[q.target]; q.sym == "+" && u != nil && q.dst > 0 && u.pos != pos || q.sym == "+" && u != nil && q.dst > 0 && u.pos == pos && q.target != id {
							add(lemma, u.words[q.dst-1], wDerivation2*w, kindDerivation)
						}
					}
				case "@", "@i":
					kind := byte(kindBroader)
					if p.sym == "@i" {
						kind = kindInstance
					}
					for _, x := range t.words {
						add(lemma, x, map[bool]float64{true: wInstance, false: wBroader}[p.sym == "@i"]*w, kind)
					}
					if pos == 'v' && p.sym == "@" {
						for _, q := range t.ptrs {
							if u := wn.synsets[q.target]; q.sym == "@" && u != nil {
								for _, x := range u.words {
									add(lemma, x, wBroader2*w, kindBroader)
								}
							}
						}
					}
				case "~", "~i":
					// Narrower words only where that is their main sense (an
					// "official" may be a chairman, not every word a chairman can
					// mean), and the most used of them: a chair has dozens of kinds.
					for _, x := range t.words {
						if first := wn.senses[string(t.pos)+":"+x]; len(first) > 0 && first[0] == p.target {
							narrower = append(narrower, ranked{x, wn.total(string(t.pos) + ":" + x), p.sym == "~i"})
						}
					}
				case "*":
					for _, x := range t.words {
						add(lemma, x, wEntails*w, kindBroader)
					}
				case "&", "=":
					// Similar adjectives; a noun and the adjectives of its
					// values ("size": "large", "small").
					for _, x := range t.words {
						add(lemma, x, wSimilar*w, kindSimilar)
					}
				case "!":
					if p.src == word && p.dst > 0 {
						add(lemma, t.words[p.dst-1], wAntonym*w, kindAntonym)
					}
				case "\\":
					if p.dst > 0 {
						add(lemma, t.words[p.dst-1], wDerivation*w, kindDerivation)
					}
				}
			}
			sort.SliceStable(narrower, func(i, j int) bool { return narrower[i].count > narrower[j].count })
			for k, r := range narrower {
				if k == maxNarrower {
					break
				}
				if r.instance {
					add(lemma, r.lemma, wInstance*w, kindInstance)
				} else {
					add(lemma, r.lemma, wNarrower*w, kindNarrower)
				}
			}
		}
	}
	return edges, display, posOf
}

// freq is how often each stem's words were seen in WordNet's tagged texts.
var freq map[string]int

// posBit marks the parts of speech a stem's lemmas have; placeBit, in the same
// byte, marks a stem that names a place.
var posBit = map[byte]byte{'n': 1, 'v': 2, 'a': 4, 'r': 8}

const (
	placeBit  = 0x10
	timeBit   = 0x20
	speechBit = 0x40
)

// Lexicographer files of verbs of thinking and of telling: WordNet's
// verb.cognition and verb.communication.
const (
	lexCognition     = 31
	lexCommunication = 32
	lexPerson        = 18 // noun.person
)

// timeSynsets are WordNet 3.0's "time period" and "time unit": a week, a
// summer, a decade, a year.
var timeSynsets = []string{"n:15113229", "n:15154774"}

// moneySynset is WordNet 3.0's "medium of exchange": money, currency and
// cash, funds and budgets all descend from it.
const moneySynset = "n:13372961"

// moneyNouns are the nouns whose main sense is a kind of money ("money",
// "cash", "fund", "budget"): a sum a fact gives ("£7.4m") is what such a word
// asks about, in whatever words the fact puts round it.
func (wn *wordnet) moneyNouns() map[string]bool { return wn.nounLemmasBelow(moneySynset) }

// nounsBelow lists the stems of nouns whose main sense is one of roots or
// below one of them.
func (wn *wordnet) nounsBelow(roots ...string) map[string]bool {
	return stemsOf(wn.nounLemmasBelow(roots...))
}

// nounLemmasBelow lists the nouns (lemmas, "_" between words) whose main
// sense is one of roots or below one of them.
func (wn *wordnet) nounLemmasBelow(roots ...string) map[string]bool {
	memo := map[string]bool{}
	out := map[string]bool{}
	for key, ids := range wn.senses {
		if key[0] != 'n' || len(ids) == 0 || wn.synsets[ids[0]] == nil {
			continue
		}
		if stemOf(key[2:]) != "" && wn.below(ids[0], roots, memo) {
			out[key[2:]] = true
		}
	}
	return out
}

// stemsOf is the set of the lemmas' stems.
func stemsOf(lemmas map[string]bool) map[string]bool {
	out := map[string]bool{}
	for l := range lemmas {
		if st := stemOf(l); st != "" {
			out[st] = true
		}
	}
	return out
}

// measureSynsets are WordNet 3.0's "magnitude" (size, length, number,
// amount), "magnitude relation" (ratio, rate, proportion, percentage),
// "monetary value" (price), "outgo" (cost, spending), "sum, total",
// "sum of money" (profit, revenue, income) and "numerical quantity" (value,
// turnout): what such a noun names is a figure.
var measureSynsets = []string{"n:05090441", "n:13815152", "n:05145118", "n:13275288", "n:04353803", "n:13331198", "n:05856066"}

// valueSynset is WordNet 3.0's "value" (worth in use or exchange); below it
// stand both values in money (GDP, market value), which WordNet files with
// possessions, and qualities (importance), which it files with attributes.
const valueSynset = "n:05138488"

// lexPossession is WordNet's noun.possession lexicographer file.
const lexPossession = 21

// measureNouns are the nouns whose main sense is a measure: below
// measureSynsets ("number", "size", "proportion", "rate", "price", "total",
// "profit"), or a value below "value" filed with possessions ("GDP",
// "market value"). "What is the GDP of Namibia?" asks for
// a figure as "How much...?" does, and a fact that names the GDP but gives
// none does not answer it. A stem tagged more often as a verb than as this
// noun is left out: "What is his take on...?" asks no takings.
func (wn *wordnet) measureNouns() map[string]bool {
	out := wn.mainNounLemmasBelow(measureSynsets)
	for l := range wn.measuredAttributes(out) {
		out[l] = true
	}
	return out
}

// quantitySynset is WordNet 3.0's "measure, quantity, amount": how much
// there is of something, below which stand volumes, periods and units.
const quantitySynset = "n:00033615"

// lexAttribute is WordNet's noun.attribute lexicographer file.
const lexAttribute = 7

// attributeSenses is how many of an attribute noun's senses, the main one
// first, may give it a quantity.
const attributeSenses = 3

// measuredAttributes are the nouns whose main sense is an attribute, and
// one of whose next senses that English uses (tagged at least once) is a
// quantity or a magnitude: "capacity" (the ability to produce, and the
// amount that can be contained), "age" (how long something has existed,
// and a time of life), "distance". Asked of a thing, such a noun asks its
// figure: "What is Murrayfield's capacity?" is not answered by a fact that
// names the stadium's benefits, nor "At what age can workers claim their
// pensions?" by one that the age will rise. Nouns already measures, and
// those tagged more often as verbs, are left out; so is a rarer sense's
// quantity ("difference", whose fifth sense is what remains after a
// subtraction, asks what differs).
func (wn *wordnet) measuredAttributes(measures map[string]bool) map[string]bool {
	memo := map[string]bool{}
	roots := []string{quantitySynset, measureSynsets[0]}
	verbs := wn.verbCounts()
	out := map[string]bool{}
	for key, ids := range wn.senses {
		if key[0] != 'n' || len(ids) == 0 || wn.synsets[ids[0]] == nil || wn.synsets[ids[0]].lex != lexAttribute || measures[key[2:]] {
			continue
		}
		st := stemOf(key[2:])
		if st == "" || verbs[st] > wn.total(key) {
			continue
		}
		counts := wn.counts[key]
		for i, id := range ids[1:min(len(ids), attributeSenses)] {
			if i+1 < len(counts) && counts[i+1] > 0 && wn.synsets[id] != nil && wn.below(id, roots, memo) {
				out[key[2:]] = true
				break
			}
		}
	}
	return out
}

// monetarySynsets are WordNet 3.0's "monetary value" (price, cost),
// "outgo" (spending), "sum of money" (profit, revenue, income) and
// "medium of exchange" (money, cash, budget): what such a noun names is a
// sum of money.
var monetarySynsets = []string{"n:05145118", "n:13275288", "n:13331198", moneySynset}

// monetaryNouns are the nouns whose main sense is a sum of money: below
// monetarySynsets, or a value below "value" filed with possessions ("GDP",
// "market value"), as measureNouns reads them. "What price did the
// shares fall to?" asks a sum, which "fell 9.8%" does not give.
func (wn *wordnet) monetaryNouns() map[string]bool {
	return wn.mainNounLemmasBelow(monetarySynsets)
}

// mainNounLemmasBelow are the nouns whose main sense is below roots, or a
// value below "value" filed with possessions, leaving out those whose stem is
// tagged more often as a verb than as this noun.
func (wn *wordnet) mainNounLemmasBelow(roots []string) map[string]bool {
	memo, valueMemo := map[string]bool{}, map[string]bool{}
	verbs := wn.verbCounts()
	out := map[string]bool{}
	for key, ids := range wn.senses {
		if key[0] != 'n' || len(ids) == 0 || wn.synsets[ids[0]] == nil {
			continue
		}
		st := stemOf(key[2:])
		if st == "" || verbs[st] > wn.total(key) {
			continue // "takings" stems as take, a verb far more often
		}
		s := wn.synsets[ids[0]]
		if wn.below(ids[0], roots, memo) || s.lex == lexPossession && wn.below(ids[0], []string{valueSynset}, valueMemo) {
			out[key[2:]] = true
		}
	}
	return out
}

// verbCounts is how often each stem is used as a verb.
func (wn *wordnet) verbCounts() map[string]int {
	verbs := map[string]int{}
	for key := range wn.senses {
		if key[0] == 'v' {
			if st := stemOf(key[2:]); st != "" {
				verbs[st] += wn.total(key)
			}
		}
	}
	return verbs
}

// ratioSynset is WordNet 3.0's "magnitude relation": ratio, proportion,
// percentage, rate.
const ratioSynset = "n:13815152"

// ratioNouns are the nouns whose main sense is a magnitude
// relation ("proportion", "percentage", "rate"): a percentage a fact gives
// ("43% were unwilling") is what "What proportion won't...?" asks for, in
// whatever words the fact puts round it.
func (wn *wordnet) ratioNouns() map[string]bool { return wn.nounLemmasBelow(ratioSynset) }

// peopleSynsets are WordNet 3.0's "person" and "people": every kind of
// person (voter, surveyor, worker) descends from the first.
var peopleSynsets = []string{"n:00007846", "n:07942152"}

// peopleNouns are the nouns whose main sense is a person or people
// ("people", "voters", "respondents"): "How many people are fed up?" is
// answered by a figure that says what those it counts said ("80% said they
// were fed up"), whatever word for them the fact leaves out.
func (wn *wordnet) peopleNouns() map[string]bool { return wn.nounLemmasBelow(peopleSynsets...) }

// markedLemmas are, by the name of each mark the data file sets on a stem
// for its main noun sense (see write), the nouns (lemmas) whose main sense
// has it: the stem has it when one of its nouns does.
func (wn *wordnet) markedLemmas() map[string]map[string]bool {
	return map[string]map[string]bool{
		"money": wn.moneyNouns(), "measure": wn.measureNouns(), "ratio": wn.ratioNouns(), "people": wn.peopleNouns(),
		"monetary": wn.monetaryNouns(), "currency": wn.nounLemmasBelow(currencySynset), "time": wn.nounLemmasBelow(timeSynsets...),
	}
}

// disagreeing lists the stems whose words disagree on a mark, one line each
// ("report people reporter reporters"): the stem has it, as a noun of the
// stem's main sense has it ("reporter", a person), but another word of the
// stem, of any part of speech, has not ("report", a document). Then the
// written word decides, and the line gives those that have it, with their
// irregular plurals ("man men").
func (wn *wordnet) disagreeing(marks map[string]map[string]bool, plurals map[string][]string) []string {
	words := map[string][]string{} // stem -> its one-word lemmas, of any part of speech
	for key := range wn.senses {
		lemma := key[2:]
		if strings.ContainsAny(lemma, "_-.'") {
			continue
		}
		if st := stemOf(lemma); st != "" && !strings.Contains(st, " ") && !slices.Contains(words[st], lemma) {
			words[st] = append(words[st], lemma)
		}
	}
	var out []string
	for mark, lemmas := range marks {
		for st, ws := range words {
			var have []string
			for _, w := range ws {
				if lemmas[w] {
					have = append(have, w)
				}
			}
			if len(have) == 0 || len(have) == len(ws) {
				continue
			}
			for _, w := range slices.Clone(have) {
				have = append(have, plurals[w]...)
			}
			sort.Strings(have)
			out = append(out, st+" "+mark+" "+strings.Join(slices.Compact(have), " "))
		}
	}
	sort.Strings(out)
	return out
}

// irregularPlurals are WordNet's irregular plurals of nouns (noun.exc), by
// the noun: "man": "men".
func irregularPlurals(dir string) (map[string][]string, error) {
	out := map[string][]string{}
	err := lines(filepath.Join(dir, "noun.exc"), func(l string) {
		if f := strings.Fields(l); len(f) == 2 && !strings.ContainsAny(l, "_-") {
			out[f[1]] = append(out[f[1]], f[0])
		}
	})
	return out, err
}

// writeMarked writes the stems whose words disagree on a mark (see
// disagreeing), for the wordnet package.
func writeMarked(path string, lines []string) error {
	head := "# Stems whose words disagree on what their main sense as a noun is, from WordNet\n# 3.0 (see LICENSE), written by gen: the stem, the mark, and the words (with\n# their irregular plurals) whose main sense has it. Other words of the stem\n# have it not (\"report\" is no person, \"reporter\" is).\n"
	return os.WriteFile(path, []byte(head+strings.Join(lines, "\n")+"\n"), 0o644)
}

// locationSynset is WordNet 3.0's "location": every city, country, state,
// region and continent descends from it.
const locationSynset = "n:00027167"

// below reports whether a noun synset is one of roots or below one of them by
// hypernyms (memo holds the answers).
func (wn *wordnet) below(id string, roots []string, memo map[string]bool) bool {
	if v, ok := memo[id]; ok {
		return v
	}
	memo[id] = false // a cycle, were there one, is below nothing
	s := wn.synsets[id]
	v := slices.Contains(roots, id)
	for _, p := range s.ptrs {
		if !v && (p.sym == "@" || p.sym == "@i") && wn.synsets[p.target] != nil {
			v = wn.below(p.target, roots, memo)
		}
	}
	memo[id] = v
	return v
}

// isLocation reports whether a noun synset is a kind of location.
func (wn *wordnet) isLocation(id string, memo map[string]bool) bool {
	return wn.below(id, []string{locationSynset}, memo)
}

// markSpeech sets speechBit on the stems of verbs whose main sense is one of
// telling or thinking ("say", "describe", "respond", "react", "think"): what
// someone says is how they respond, describe or think.
func (wn *wordnet) markSpeech(pos map[string]byte) {
	for key, ids := range wn.senses {
		if key[0] != 'v' || len(ids) == 0 || wn.synsets[ids[0]] == nil {
			continue
		}
		if lex := wn.synsets[ids[0]].lex; lex == lexCognition || lex == lexCommunication {
			if st := stemOf(key[2:]); st != "" {
				pos[st] |= speechBit
			}
		}
	}
}

// markTimes sets timeBit on the stems of nouns whose main sense is a stretch
// of time: "week", "summer", "decade", and "fall" (autumn, its main sense), so
// the engine reads such words as times only beside a figure or a word like
// "last" or "ago".
func (wn *wordnet) markTimes(pos map[string]byte) {
	for st := range wn.nounsBelow(timeSynsets...) {
		pos[st] |= timeBit
	}
}

// markPlaces sets placeBit on the stems of names that are instances of a kind
// of location: "Geneva" (a city), "Texas" (an American state), "UK" (a
// kingdom); not "Farrell" (a writer).
func (wn *wordnet) markPlaces(pos map[string]byte) {
	memo := map[string]bool{}
	for _, s := range wn.synsets {
		if s.pos != 'n' {
			continue
		}
		place := false
		for _, p := range s.ptrs {
			if p.sym == "@i" && wn.synsets[p.target] != nil && wn.isLocation(p.target, memo) {
				place = true
			}
		}
		if !place {
			continue
		}
		for _, w := range s.words {
			if st := stemOf(w); st != "" {
				pos[st] |= placeBit
			}
		}
	}
}

// stemOf is a lemma as the engine's index writes its inflected forms: its
// words stemmed as base forms ("founded" and "found", to establish, meet; the
// "found" of "find" is another word). Lemmas
// of stopwords alone, and of digits, are left out.
func stemOf(lemma string) string {
	phrase := strings.ReplaceAll(lemma, "_", " ")
	toks := text.Tokenize(phrase)
	if len(toks) == 0 || len(toks) > 4 {
		return ""
	}
	content := false
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = text.StemBase(t.Norm) // a lemma is a base form: "found" is to establish
		if !text.IsStopword(t.Norm) && !(t.Norm[0] >= '0' && t.Norm[0] <= '9') {
			content = true
		}
	}
	if !content {
		return ""
	}
	return strings.Join(parts, " ")
}

// adverbialBit marks, in a record's last byte, a word used almost only as an
// adverb; monetaryBit a noun whose main sense is a sum of money; positionBit
// a verb of taking a place in an order.
const (
	adverbialBit = 0x80
	monetaryBit  = 0x40
	positionBit  = 0x20
	// A noun whose main sense names a kind of thing a curator records as an
	// entity's kind, or a location (see nounKinds).
	organizationBit = 0x10
	regionBit       = 0x08
	locationBit     = 0x04
	// A noun whose main sense is a unit of money ("euro", "yuan", "rupee"):
	// "475m euro" is a sum of money, though no sign says so.
	currencyBit = 0x02
	// A verb one of whose commoner senses changes an amount (see changeVerbs).
	changeBit = 0x01
)

// currencySynset is WordNet 3.0's "monetary unit": the dollar, the euro, the
// yuan and every other currency's unit descend from it.
const currencySynset = "n:13604718"

// positionSynsets are WordNet 3.0's "rank" (take or have a position relative
// to others: "ranks among the best"), "rate, rank, place, grade" (assign a
// rank) and "end up, finish, wind up" (finally be: "finished third"): below
// them stand "come in, place" (take a place in a competition, "often followed
// by an ordinal").
var positionSynsets = []string{"v:00660120", "v:00658070", "v:00352558"}

// positionVerbs are the stems of verbs one of whose commoner senses
// (maxSenses) is one of taking or giving a place in an order: "Where did
// Butler finish?" asks a place in a race, not on a map.
func (wn *wordnet) positionVerbs() map[string]bool { return wn.verbsBelow(positionSynsets, maxSenses) }

// changeSynset is WordNet 3.0's "change magnitude": below it stand
// "increase" (rise, grow, climb, soar) and "decrease" (fall, drop, cut).
const changeSynset = "v:00169651"

// changeVerbs are the stems of verbs one of whose commoner senses changes
// an amount: "How much did the rate rise?" asks by how much, which a
// figure of any kind may say ("1.25 percentage points", "tenfold"), though
// a rate is a sum of money.
func (wn *wordnet) changeVerbs() map[string]bool {
	return wn.verbsBelow([]string{changeSynset}, maxChangeSenses)
}

// maxChangeSenses is how many of a verb's senses are read for changing an
// amount: "fall" decreases only in its eleventh sense, after falling down,
// falling ill and falling on a day, yet news copy uses it for little else.
const maxChangeSenses = 12

// verbsBelow are the stems of verbs one of whose first n senses is below
// one of roots.
func (wn *wordnet) verbsBelow(roots []string, n int) map[string]bool {
	memo := map[string]bool{}
	out := map[string]bool{}
	for key, ids := range wn.senses {
		if key[0] != 'v' {
			continue
		}
		for _, id := range ids[:min(len(ids), n)] {
			if wn.synsets[id] != nil && wn.below(id, roots, memo) {
				if st := stemOf(key[2:]); st != "" {
					out[st] = true
				}
				break
			}
		}
	}
	return out
}

// adverbialShare is the least share of a word's tagged uses that are as an
// adverb for it to be read as one: "now" (518 of 528: its noun, "the
// present", is seldom meant), "altogether"; not "far" (125 of 151).
const adverbialShare = 0.9

// usage marks, for each stem, whether its word (the one shown for it, the
// most used of its lemmas) is used as an adverb in adverbialShare of its
// uses in WordNet's tagged texts, or is only an adverb: "now",
// "altogether", "so far"; whether it is one of the monetary nouns, or names
// a unit of money; whether one of the verbs of position, or of changing an
// amount; and the kinds of thing it can name.
func (wn *wordnet) usage(display map[string]string, monetary, currency, position, change map[string]bool, kinds map[string]byte) map[string]byte {
	out := map[string]byte{}
	for st, bits := range kinds {
		if _, ok := display[st]; ok {
			out[st] = bits
		}
	}
	for bit, stems := range map[byte]map[string]bool{monetaryBit: monetary, currencyBit: currency, positionBit: position, changeBit: change} {
		for st := range stems {
			if _, ok := display[st]; ok {
				out[st] |= bit
			}
		}
	}
	for st, shown := range display {
		lemma := strings.ReplaceAll(shown, " ", "_")
		adverb, other, senses := 0, 0, 0
		for _, p := range []byte("nvar") {
			key := string(p) + ":" + lemma
			counts := wn.counts[key]
			for i := range wn.senses[key] {
				senses++
				if i >= len(counts) {
					continue
				}
				if p == 'r' {
					adverb += counts[i]
				} else {
					other += counts[i]
				}
			}
		}
		adverbs := len(wn.senses["r:"+lemma])
		if adverbs > 0 && (adverbs == senses || adverb+other > 0 && float64(adverb) >= adverbialShare*float64(adverb+other)) {
			out[st] |= adverbialBit
		}
	}
	return out
}

// write stores the relations in the wordnet package's format 17 (described in
// wordnet.go), uncompressed, to be read in place: every stem once, in order,
// with the word shown for it, its parts of speech and commonness; each stem's
// strongest relations as (stem number, weight, kind); and the names.
func write(path string, edges map[string]map[string]edge, display map[string]string, pos map[string]byte, money, measure, ratio, people map[string]bool, usage map[string]byte, names []string) error {
	const (
		magic     = "factdesk-wordnet 18\n"
		extends   = 0x80 // the shown word starts with the stem, and only its rest is written
		moneyOf   = 0x80 // in the commonness byte: the stem's main noun sense is a kind of money
		measureOf = 0x40 // in the commonness byte: the stem's main noun sense is a measure
		peopleOf  = 0x20 // in the commonness byte: the stem's main noun sense is a person or people
		ratioOf   = 0x10 // in the commonness byte: the stem's main noun sense is a magnitude relation
	)
	stems := make([]string, 0, len(display))
	for s := range display {
		stems = append(stems, s)
	}
	sort.Strings(stems)
	num := make(map[string]int, len(stems))
	for i, s := range stems {
		num[s] = i
	}
	if len(stems) >= 1<<21 {
		return fmt.Errorf("%d stems: a relation has room for 2^21", len(stems))
	}
	var recs, rels, nameOffs []byte
	var strs strings.Builder
	u32 := func(b []byte, v int) []byte {
		if v < 0 || v > math.MaxUint32 {
			log.Fatalf("gen: %d does not fit the format", v)
		}
		return binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	nrel, over1 := 0, 0
	for _, s := range stems {
		var es, opposites []edge
		for _, e := range edges[s] {
			switch _, ok := num[e.to]; {
			case !ok:
			case e.kind == kindAntonym:
				opposites = append(opposites, e)
			default:
				es = append(es, e)
			}
		}
		sortEdges(es)
		if len(es) > maxEdges {
			es = es[:maxEdges]
		}
		sortEdges(opposites)
		es = append(es, opposites...)
		// The stem, then the word shown for it: nothing when it is the stem,
		// its rest when it starts with the stem ("presid", "preside").
		recs = u32(recs, strs.Len())
		recs = u32(recs, nrel)
		strs.WriteString(s)
		flags, shown := byte(0), display[s]
		switch {
		case shown == s:
			shown = ""
		case strings.HasPrefix(shown, s):
			flags = extends
			strs.WriteString(shown[len(s):])
		default:
			strs.WriteString(shown)
		}
		if len(s) > 255 || len(shown) > 255 || pos[s]&extends != 0 {
			return fmt.Errorf("stem %q (%q) does not fit the format", s, shown)
		}
		// How common the word is in general English, in steps of doubling:
		// 0 for words seen once or never, up to about 15 for "be" and "say";
		// the byte's top bit says the word means money, the next that it
		// names a measure, the next a person or people, the next a ratio.
		common := byte(math.Round(math.Log2(float64(freq[s] + 1))))
		if common >= ratioOf {
			return fmt.Errorf("stem %q: commonness %d does not fit the format", s, common)
		}
		if money[s] {
			common |= moneyOf
		}
		if measure[s] {
			common |= measureOf
		}
		if people[s] {
			common |= peopleOf
		}
		if ratio[s] {
			common |= ratioOf
		}
		recs = append(recs, byte(len(s)), byte(len(shown)), pos[s]|flags, common, usage[s])
		for _, e := range es {
			// A weight in hundredths, at most 1: a sense counted more often
			// than the lemma's first can weigh more, but no related word
			// matches better than the word itself (format 4 let such a
			// weight wrap around in its byte).
			w := int(math.Round(min(e.weight, 1) * 100))
			if e.kind > 7 {
				return fmt.Errorf("relation %q -> %q of kind %d does not fit the format", s, e.to, e.kind)
			}
			if e.weight > 1 {
				over1++
			}
			rels = u32(rels, num[e.to]<<11|w<<3|int(e.kind))
		}
		nrel += len(es)
	}
	recs = u32(recs, strs.Len()) // the end of the last stem's relations
	recs = u32(recs, nrel)
	recs = append(recs, 0, 0, 0, 0, 0)
	// The words WordNet only writes with a capital letter, unstemmed: a stem
	// may be a name's and a word's ("german" is German's and germane's).
	for _, n := range names {
		nameOffs = u32(nameOffs, strs.Len())
		strs.WriteString(n)
	}
	nameOffs = u32(nameOffs, strs.Len())

	head := make([]byte, 32, 48)
	copy(head, magic)
	for _, v := range []int{len(stems), nrel, len(names), strs.Len()} {
		head = u32(head, v)
	}
	out := slices.Concat(head, recs, rels, nameOffs, []byte(strs.String()))
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d stems, %d relations, %d names -> %s (%d bytes); %d relations weighed over 1, now 1\n", len(stems), nrel, len(names), path, len(out), over1)
	return nil
}

// writeIrregular keeps the irregular verb and noun forms the stemmer cannot
// undo: "held hold", "went go", "teeth tooth n" (a noun's line says so), but not
// "abetted abet", which it stems alike. A form in both lists keeps its verb's base.
// It adds the comparative and superlative forms of adjectives ("largest large a"),
// which Snowball leaves whole, so that "the world's largest broker" meets "the
// world's biggest"; and the regular forms of verbs the stemmer leaves apart
// from the verb ("added add", "tried try").
func writeIrregular(path, dir string) error {
	var out []string
	seen := map[string]bool{}
	keep := func(form, base, mark string) {
		if seen[form] || strings.ContainsAny(form, "_-") || strings.ContainsAny(base, "_-") {
			return
		}
		if text.StemRegular(form) != text.StemRegular(base) {
			seen[form] = true
			out = append(out, form+" "+base+mark)
		}
	}
	irregularVerbs := map[string]bool{} // verbs with forms of their own ("overeat", "overate")
	for _, exc := range []struct{ file, mark string }{{"verb.exc", ""}, {"noun.exc", " n"}} {
		err := lines(filepath.Join(dir, exc.file), func(l string) {
			if f := strings.Fields(l); len(f) >= 2 {
				keep(f[0], f[1], exc.mark)
				if exc.mark == "" && strings.Trim(f[0], "abcdefghijklmnopqrstuvwxyz") == "" {
					irregularVerbs[f[1]] = true // not for "ski'd", another spelling of "skied"
				}
			}
		})
		if err != nil {
			return err
		}
	}
	forms, err := adjectiveForms(dir)
	if err != nil {
		return err
	}
	for _, f := range forms {
		keep(f[0], f[1], " a")
	}
	// The regular forms of a verb that the stemmer leaves apart from the
	// verb ("added" is cut to "ad", "tried" kept as "trie", "experienced"
	// to "experienc" while "experience" is "experi") are kept as the
	// irregular forms are. Not a form that is a noun or verb of its own
	// ("feed", "outing"; an adjective, "tried", is the verb's form), nor one
	// that may be the form of two words apart ("putting" of put and putt,
	// "programmed" of program and programme), nor a form whose spelling is
	// in doubt ("scraped" of "scrap" or "scrape").
	lemmas, isVerb := map[string]bool{}, map[string]bool{} // the nouns and verbs
	var verbs []string
	for _, pos := range []string{"noun", "verb"} {
		err := lines(filepath.Join(dir, "index."+pos), func(l string) {
			lemma, _, _ := strings.Cut(l, " ")
			lemmas[lemma] = true
			if pos == "verb" && strings.Trim(lemma, "abcdefghijklmnopqrstuvwxyz") == "" {
				verbs = append(verbs, lemma)
				isVerb[lemma] = true
			}
		})
		if err != nil {
			return err
		}
	}
	// doubled reports whether a form may be that of a verb that doubles its
	// last consonant: "programmed" of "program" as of "programme".
	doubled := func(f string) bool {
		for _, suf := range []string{"ed", "ing"} {
			if w, ok := strings.CutSuffix(f, suf); ok && len(w) > 2 && w[len(w)-1] == w[len(w)-2] && isVerb[w[:len(w)-1]] {
				return true
			}
		}
		return false
	}
	bases := map[string][]string{}
	for _, v := range verbs {
		for _, f := range regularForms(v) {
			if irregularVerbs[v] && strings.HasSuffix(f, "d") {
				continue // "overeated" is no form of overeat, whose past is its own
			}
			if !slices.Contains(bases[f], v) {
				bases[f] = append(bases[f], v)
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(bases)) {
		b := bases[f]
		if lemmas[f] || doubled(f) || slices.ContainsFunc(b[1:], func(v string) bool { return text.StemRegular(v) != text.StemRegular(b[0]) }) {
			continue
		}
		if !seen[f] && text.StemRegular(f) != text.StemRegular(b[0]) {
			seen[f] = true
			out = append(out, f+" "+b[0])
		}
	}
	sort.Strings(out)
	head := "# Irregular English verb and noun forms and their base form (nouns marked n),\n# and adjectives' comparative and superlative forms (marked a), from WordNet\n# 3.0 (see facts/wordnet/LICENSE), written by facts/wordnet/gen: only the forms\n# the Snowball stemmer cannot bring to their base's stem.\n"
	return os.WriteFile(path, []byte(head+strings.Join(out, "\n")+"\n"), 0o644)
}

// regularForms are a verb's regular third-person, past and -ing forms, as
// far as its spelling decides them: a verb ending in one consonant after one
// vowel may double it ("stop", "stopped") or not ("visit", "visited"), and
// gets no past or -ing form here.
func regularForms(v string) []string {
	n := len(v)
	if n < 3 {
		return nil
	}
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	last, prev := v[n-1], v[n-2]
	var out []string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		out = append(out, v+"es")
	case last == 'y' && !vowel(prev):
		out = append(out, v[:n-1]+"ies")
	default:
		out = append(out, v+"s")
	}
	switch {
	case last == 'e' && (prev == 'e' || prev == 'o' || prev == 'y' || prev == 'i'):
		out = append(out, v+"d") // "agreed", "hoed"; their -ing forms keep the e or change it
	case last == 'e':
		out = append(out, v+"d", v[:n-1]+"ing")
	case last == 'y' && !vowel(prev):
		out = append(out, v[:n-1]+"ied", v+"ing")
	case last == prev && !vowel(last):
		out = append(out, v+"ed", v+"ing") // "added", "staffed"
	case !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(prev) && !vowel(v[n-3]):
		// "stop" or "visit": doubled or not, the spelling does not say
	default:
		out = append(out, v+"ed", v+"ing")
	}
	return out
}

// adjectiveForms lists adjectives' comparative and superlative forms with their
// base: those WordNet lists as exceptions (adj.exc: "bigger big", "happier
// happy") and those its rules make ("largest" from "large", "highest" from
// "high"), for the adjectives English compares so: of one syllable, or of two
// ending in "le", "ow" or "er" ("simpler", "narrower"). Only an adjective used
// mostly as one (by cntlist's counts: not "game", whose "gamer" is a player)
// gives its forms, and never a form that is a word of its own in WordNet
// ("number" is no form of "numb"; "latest" and "larger" are listed).
func adjectiveForms(dir string) ([][2]string, error) {
	lemmas := map[string]bool{}
	var adjectives []string
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := lines(filepath.Join(dir, "index."+pos), func(l string) {
			lemma, _, _ := strings.Cut(l, " ")
			lemmas[lemma] = true
			if pos == "adj" {
				adjectives = append(adjectives, lemma)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	uses := map[string]int{} // "a:large" -> times tagged
	types := map[string]string{"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
	err := lines(filepath.Join(dir, "cntlist.rev"), func(l string) {
		f := strings.Fields(l)
		lemma, sense, ok := strings.Cut(f[0], "%")
		if len(f) != 3 || !ok || sense == "" {
			return
		}
		c, _ := strconv.Atoi(f[2])
		uses[types[sense[:1]]+":"+strings.ToLower(lemma)] += c
	})
	if err != nil {
		return nil, err
	}
	mostlyAdjective := func(a string) bool {
		n := uses["a:"+a]
		return len(a) >= 3 && n > 0 && n >= uses["n:"+a] && n >= uses["v:"+a] && n >= uses["r:"+a]
	}
	var out [][2]string
	add := func(form, base string) {
		if !lemmas[form] && mostlyAdjective(base) {
			out = append(out, [2]string{form, base})
		}
	}
	err = lines(filepath.Join(dir, "adj.exc"), func(l string) {
		if f := strings.Fields(l); len(f) >= 2 {
			add(f[0], f[1])
		}
	})
	if err != nil {
		return nil, err
	}
	for _, a := range adjectives {
		if !comparedBySuffix(a) {
			continue
		}
		if strings.HasSuffix(a, "e") {
			add(a+"r", a)
			add(a+"st", a)
		} else {
			add(a+"er", a)
			add(a+"est", a)
		}
	}
	return out, nil
}

// comparedBySuffix reports whether English compares an adjective with "-er"
// and "-est" rather than "more" and "most": one syllable, or two ending in
// "le", "ow" or "er". Syllables are counted as groups of vowels, a final "e"
// silent.
func comparedBySuffix(a string) bool {
	syllables, inVowel := 0, false
	for _, r := range strings.TrimSuffix(a, "e") {
		if r < 'a' || r > 'z' {
			return false
		}
		v := strings.ContainsRune("aeiouy", r)
		if v && !inVowel {
			syllables++
		}
		inVowel = v
	}
	switch syllables {
	case 1:
		return true
	case 2:
		return strings.HasSuffix(a, "le") || strings.HasSuffix(a, "ow") || strings.HasSuffix(a, "er")
	}
	return false
}
