package index

import (
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Alt is another way a fact may say a question's word, with how much it counts
// for the word: 1 the word itself, 0.85 a curated synonym, WordNet's weight for
// its relations (a synonym in the word's main sense 0.85, a broader word 0.6).
type Alt struct {
	Stem   string
	Weight float64
	Via    string // how it is related, for explanations: "lexicon", "synonym", "broader", ...
}

// lexiconWeight is what a curated synonym counts for.
const lexiconWeight = 0.85

// formWeight is what an adjective counts for its comparative or superlative
// ("large" for "largest"), as WordNet weighs a word's other forms.
const formWeight = 0.85

// superlativeWeight is what an adjective's superlative earns for the
// adjective: less than a form of it, for "the newest range" says more than
// "new".
const superlativeWeight = 0.6

// maxAlts bounds a word's alternatives: the strongest are kept.
const maxAlts = 16

// Alternatives lists the stem phrases a fact may use for stem, strongest first:
// the lexicon's synonyms, then WordNet's relations. Only words some fact holds
// are listed: an alternative no fact can match only costs time.
func (ix *Index) Alternatives(stem string) []Alt {
	best := map[string]Alt{}
	keep := func(a Alt) {
		if a.Stem == stem || ix.PhraseDF(a.Stem) == 0 {
			return
		}
		if b, ok := best[a.Stem]; !ok || a.Weight > b.Weight {
			best[a.Stem] = a
		}
	}
	for _, s := range ix.Synonyms(stem) {
		keep(Alt{Stem: s, Weight: lexiconWeight, Via: "lexicon"})
	}
	for _, r := range wordnet.Related(stem) {
		if r.Kind == wordnet.Synonym && (initials(r.Stem) == stem || initials(stem) == r.Stem) {
			// "GDP" is "gross domestic product" written short: the same
			// words, not a synonym's.
			keep(Alt{Stem: r.Stem, Weight: 1, Via: "initials"})
			continue
		}
		keep(Alt{Stem: r.Stem, Weight: r.Weight, Via: r.Kind.String()})
	}
	for _, a := range ix.synonymOf(stem) {
		keep(a)
	}
	for _, f := range text.ComparedForms(stem, true) {
		// "strong": its superlative says it, and more ("exports at their
		// strongest levels for eight years" are strong).
		keep(Alt{Stem: f, Weight: superlativeWeight, Via: "form"})
	}
	if base, superlative, ok := text.Compared(stem); ok {
		// "largest": its adjective, and the same degree of the
		// adjective's own alternatives ("biggest", as "big" is "large").
		keep(Alt{Stem: base, Weight: formWeight, Via: "form"})
		related := wordnet.Related(base)
		for _, s := range ix.Synonyms(base) {
			related = append(related, wordnet.Relation{Stem: s, Weight: lexiconWeight, Kind: wordnet.Synonym})
		}
		for _, r := range related {
			for _, f := range text.ComparedForms(r.Stem, superlative) {
				keep(Alt{Stem: f, Weight: r.Weight, Via: r.Kind.String()})
			}
		}
	}
	out := make([]Alt, 0, len(best))
	for _, a := range best {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Stem < out[j].Stem
	})
	if len(out) > maxAlts {
		out = out[:maxAlts]
	}
	return out
}

// IsPhrase reports whether a stemmed phrase of two or more words is a unit of
// meaning: in the lexicon, or one WordNet knows ("write off", "take effect").
func (ix *Index) IsPhrase(stems string) bool {
	return ix.HasSynonyms(stems) || wordnet.Phrase(stems)
}

// KnownWord reports whether a stem is an English word WordNet knows: such a
// word is not a typo, whatever the knowledge base holds.
func KnownWord(stem string) bool { return wordnet.Known(stem) }

// reverseWeight is the least weight of a synonym read from the fact's word's
// side: its main senses only. Which of the question's word's senses is meant
// is not known, so the synonym counts for reverseShare of that: about what a
// broader word counts for.
const (
	reverseWeight = 0.8
	reverseShare  = 0.7
)

// synonymOf lists the knowledge base's words whose main sense WordNet gives
// stem as a synonym of: "lawsuit" for "suit", "suitcase" for "bag". WordNet's
// relations are symmetric, but the compiled data keeps each word's strongest
// few, weighted by the word's own senses: "suit" is clothing first, so its
// list stops before "lawsuit", while "lawsuit" lists "suit" first. The
// reverse is built once per index, over its words only.
func (ix *Index) synonymOf(stem string) []Alt {
	ix.reverseOnce.Do(func() {
		ix.reverse = map[string][]Alt{}
		for term := range ix.df {
			for _, r := range wordnet.Related(term) {
				if r.Kind == wordnet.Synonym && r.Weight >= reverseWeight {
					ix.reverse[r.Stem] = append(ix.reverse[r.Stem], Alt{Stem: term, Weight: r.Weight * reverseShare, Via: "synonym"})
				}
			}
		}
	})
	return ix.reverse[stem]
}

// initials are the first letters of a stem phrase's words ("gross domest
// product": "gdp"), "" for a single word.
func initials(phrase string) string {
	words := strings.Fields(phrase)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteByte(w[0])
	}
	return b.String()
}
