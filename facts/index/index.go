// Package index is the engine's in-memory read model of a knowledge base: the
// entity names that link questions and drafts to entities, the lexicon, how
// many facts hold each word and name each entity, the sources facts cite and
// which facts are corrected. It also defines what the engine asks of storage
// (Store) and the fact as the engine reads it (Doc), and holds a Store in memory
// (Memory) for tests and tools. It knows nothing of SQL.
package index

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
)

// Index holds what every question and check needs, cheap to keep in memory. It
// is built once per generation of the knowledge base and never changed after.
type Index struct {
	Gen   int64  // the knowledge base's generation this index reflects
	Names *Names // entity names, kinds, titles and groups

	synonyms    map[string][]int    // stem phrase -> synonym groups it belongs to
	groups      [][]string          // group -> stem phrases
	maxPhrase   int                 // longest synonym phrase, in words
	stop        map[string]bool     // stopwords added by lexicons
	df          map[string]int      // index term -> number of facts holding it
	byLen       map[int][]string    // index terms by length, for typo correction
	nameWords   map[string]bool     // every word of every entity name
	undoubled   map[string][]string // a name word with one letter of a doubled pair left out -> the name words
	entityDF    map[string]int      // entity -> number of facts about it
	superseded  map[string]string
	sources     map[string]facts.Source // "story/source" -> source, for citations
	stories     map[string]string       // story -> its date
	correctedAt map[string]string       // correcting fact -> day it was recorded or approved
	facts       int
	postings    Postings
	data        Data // what it was built from, for Snapshot

	reverseOnce sync.Once
	reverse     map[string][]Alt // stem -> the knowledge base's words WordNet gives it as their synonym
}

// Data is what an Index is built from; a knowledge base reads it from storage,
// Memory computes it from story files.
type Data struct {
	Names       *Names
	Synonyms    [][]string              // the lexicons' synonym groups, as written
	Stopwords   []string                // the lexicons' extra stopwords
	TermDF      map[string]int          // index term -> approved facts holding it
	EntityDF    map[string]int          // entity -> approved facts about it
	Sources     map[string]facts.Source // "story/source" -> source
	Stories     map[string]string       // story id -> date
	Corrections []Correction            // approved facts that supersede another
	Facts       int                     // approved facts
	Postings    Postings                // approved facts by word and entity
}

// Correction is an approved fact that supersedes another.
type Correction struct {
	Fact       string // full id of the correcting fact
	Supersedes string // as written in the fact: local or full id
	Recorded   string // when it was recorded or approved (RFC 3339 or a date), "" if unknown
}

// Build makes the index of one generation from data.
func Build(gen int64, d Data) *Index {
	if d.Names == nil {
		d.Names = NewNames()
	}
	ix := &Index{Gen: gen, Names: d.Names, synonyms: map[string][]int{}, stop: map[string]bool{}, df: d.TermDF,
		byLen: map[int][]string{}, nameWords: map[string]bool{}, undoubled: map[string][]string{}, entityDF: d.EntityDF, superseded: map[string]string{},
		sources: d.Sources, stories: d.Stories, correctedAt: map[string]string{}, facts: d.Facts, postings: d.Postings, data: d}
	if ix.postings.Terms == nil {
		ix.postings = NewPostings()
	}
	if ix.df == nil {
		ix.df = map[string]int{}
	}
	if ix.entityDF == nil {
		ix.entityDF = map[string]int{}
	}
	if ix.sources == nil {
		ix.sources = map[string]facts.Source{}
	}
	if ix.stories == nil {
		ix.stories = map[string]string{}
	}
	for n := range d.Names.byNorm {
		for _, w := range strings.Fields(n) {
			if ix.nameWords[w] {
				continue
			}
			ix.nameWords[w] = true
			for _, u := range undoublings(w) {
				ix.undoubled[u] = append(ix.undoubled[u], w)
			}
		}
	}
	for _, g := range d.Synonyms {
		id := len(ix.groups)
		var stems []string
		for _, w := range g {
			s := text.StemPhrase(w)
			if s == "" {
				continue
			}
			stems = append(stems, s)
			ix.synonyms[s] = append(ix.synonyms[s], id)
			ix.maxPhrase = max(ix.maxPhrase, strings.Count(s, " ")+1)
		}
		ix.groups = append(ix.groups, stems)
	}
	for _, w := range d.Stopwords {
		ix.stop[text.NormPhrase(w)] = true
	}
	for term := range ix.df {
		l := len([]rune(term))
		ix.byLen[l] = append(ix.byLen[l], term)
	}
	for _, terms := range ix.byLen {
		slices.Sort(terms) // Correct keeps the first of equally frequent terms
	}
	for _, c := range d.Corrections {
		story, _, _ := strings.Cut(c.Fact, "/")
		if len(c.Recorded) >= len("2006-01-02") {
			ix.correctedAt[c.Fact] = c.Recorded[:len("2006-01-02")]
		}
		sup := c.Supersedes
		if !strings.Contains(sup, "/") {
			sup = story + "/" + sup
		}
		ix.superseded[sup] = c.Fact
	}
	return ix
}

// Facts is the number of approved facts.
func (ix *Index) Facts() int { return ix.facts }

// IDF weighs a term by rarity: rare words say more about what is asked.
func (ix *Index) IDF(df int) float64 {
	n := float64(max(ix.facts, 1))
	return math.Log(1 + n/(float64(df)+0.5))
}

// DF is how many facts hold an index term.
func (ix *Index) DF(term string) int { return ix.df[term] }

// PhraseDF estimates a phrase's document frequency by its rarest word.
func (ix *Index) PhraseDF(p string) int {
	df := -1
	for _, w := range strings.Fields(p) {
		if d := ix.df[w]; df < 0 || d < df {
			df = d
		}
	}
	return max(df, 0)
}

// IsStop reports whether a normalised word is a stopword, of English or of a lexicon.
func (ix *Index) IsStop(norm string) bool { return text.IsStopword(norm) || ix.stop[norm] }

// IsNameWord reports whether a normalised word is part of some entity's name.
func (ix *Index) IsNameWord(norm string) bool { return ix.nameWords[norm] }

// HasSynonyms reports whether a stem phrase is in a lexicon group.
func (ix *Index) HasSynonyms(stem string) bool { return len(ix.synonyms[stem]) > 0 }

// Synonyms lists the stem phrases of every lexicon group holding stem, stem
// itself among them; none when it is in no group.
func (ix *Index) Synonyms(stem string) []string {
	var out []string
	for _, g := range ix.synonyms[stem] {
		out = append(out, ix.groups[g]...)
	}
	return out
}

// MaxPhrase is the number of words of the longest lexicon phrase.
func (ix *Index) MaxPhrase() int { return ix.maxPhrase }

// SameConcept reports whether two stems are the same word or lexicon synonyms.
func (ix *Index) SameConcept(a, b string) bool {
	if a == b {
		return true
	}
	for _, g := range ix.synonyms[a] {
		for _, alt := range ix.groups[g] {
			if alt == b {
				return true
			}
		}
	}
	return false
}

// HasConceptIn reports whether stems hold s or one of its lexicon synonyms.
func (ix *Index) HasConceptIn(stems map[string]bool, s string) bool {
	if stems[s] {
		return true
	}
	for _, g := range ix.synonyms[s] {
		for _, alt := range ix.groups[g] {
			if stems[alt] {
				return true
			}
		}
	}
	return false
}

// EntityDF is how many facts are about an entity.
func (ix *Index) EntityDF(id string) int { return ix.entityDF[id] }

// EntityFacts is how many facts are about any of ids.
func (ix *Index) EntityFacts(ids []string) int {
	n := 0
	for _, id := range ids {
		n += ix.entityDF[id]
	}
	return n
}

// EntityWeight weighs entities by rarity, as IDF weighs words.
func (ix *Index) EntityWeight(ids []string) float64 {
	return ix.IDF(min(ix.EntityFacts(ids), ix.facts))
}

// MostCited picks, among entities sharing a name, the one most facts are about.
func (ix *Index) MostCited(ids []string) string {
	best := ids[0]
	for _, id := range ids[1:] {
		if ix.entityDF[id] > ix.entityDF[best] {
			best = id
		}
	}
	return best
}

// Source is the source a story's fact cites.
func (ix *Index) Source(story, id string) facts.Source { return ix.sources[story+"/"+id] }

// StoryDate is a story's date, "" for a story the knowledge base does not hold.
func (ix *Index) StoryDate(story string) string { return ix.stories[story] }

// HasStory reports whether the knowledge base holds a story.
func (ix *Index) HasStory(story string) bool {
	_, ok := ix.stories[story]
	return ok
}

// SupersededBy is the approved fact that corrects a fact (full ids), "" for none.
func (ix *Index) SupersededBy(fullID string) string { return ix.superseded[fullID] }

// CorrectedAt is the day an approved correction was recorded, "" when unknown.
func (ix *Index) CorrectedAt(fullID string) string { return ix.correctedAt[fullID] }

// Correct returns the known index term closest to an unknown one (a typo), or "".
// Two letters swapped ("agaisnt") are one slip, as a typist makes them.
func (ix *Index) Correct(stem string) string {
	l := len([]rune(stem))
	if l < 4 {
		return ""
	}
	maxDist := 1
	if l >= 8 {
		maxDist = 2
	}
	best, bestDF := "", 0
	for d := -maxDist; d <= maxDist; d++ {
		for _, cand := range ix.byLen[l+d] {
			if cand[0] != stem[0] && maxDist == 1 {
				continue
			}
			if text.OSADistance(stem, cand, maxDist) <= maxDist && ix.df[cand] > bestDF {
				best, bestDF = cand, ix.df[cand]
			}
		}
	}
	return best
}

// CorrectDoubled is the name word of the knowledge base that norm misspells
// by a doubled letter, written single or doubled where it is single ("Fox"
// for "Foxx", "Hoffman" for "Hoffmann", "Phillips" for "Philips"), or "".
// It is the commonest slip in a name, and the one a name that is also an
// English word or another name may make: "Fox" is one, and stays one when
// the knowledge base has no "Foxx".
func (ix *Index) CorrectDoubled(norm string) string {
	best := ""
	pick := func(w string) {
		if best == "" || w < best {
			best = w
		}
	}
	for _, w := range ix.undoubled[norm] {
		pick(w)
	}
	for _, u := range undoublings(norm) {
		if ix.nameWords[u] {
			pick(u)
		}
	}
	return best
}

// undoublings are a word with one letter of each of its doubled pairs left
// out, one pair at a time: "hoffmann" -> "hofmann", "hoffman".
func undoublings(w string) []string {
	var out []string
	rs := []rune(w)
	for i := 1; i < len(rs); i++ {
		if rs[i] == rs[i-1] && (i+1 == len(rs) || rs[i+1] != rs[i]) {
			out = append(out, string(rs[:i])+string(rs[i+1:]))
		}
	}
	return out
}

// CorrectName returns the entity-name word closest to an unknown word, or "".
func (ix *Index) CorrectName(norm string) string {
	l := len([]rune(norm))
	if l < 4 {
		return ""
	}
	maxDist := 1
	if l >= 8 {
		maxDist = 2
	}
	best := ""
	bestD := maxDist + 1
	for w := range ix.nameWords {
		// A swap of two letters is one slip: "Detla" for "Delta".
		if d := text.OSADistance(norm, w, maxDist); d < bestD || (d == bestD && w < best) {
			best, bestD = w, d
		}
	}
	if bestD > maxDist {
		return ""
	}
	return best
}
