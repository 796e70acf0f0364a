package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A compound noun ("license fee", "printing press") is one term of the
// question, but a fact may spell one of its words another way ("licence
// fee"). Its words are read with their spelling variants, and the compound
// said with one of them is another way of saying it.

// compoundPart is a word of a compound noun: the word itself, then its
// spelling variants.
type compoundPart struct {
	Alts []index.Alt
}

// compoundParts reads the words of a compound noun (its stems), each with its
// spelling variants: the synonyms of its main sense in WordNet that are the
// same word spelt another way ("licence" for "license"). Not every synonym:
// a compound uses its word in one sense, not always the word's main one, and
// "fourth" is a "quarter", but no "fourth" is a "fourth quarter"; nor the
// lexicon's, which no more say which sense they share.
func compoundParts(ix *index.Index, parts []string) []compoundPart {
	out := make([]compoundPart, len(parts))
	for i, p := range parts {
		alts := []index.Alt{{Stem: p, Weight: 1, Via: "word"}}
		for _, a := range ix.Alternatives(p) {
			if a.Via == "synonym" && a.Weight >= mainSynonym && !slices.Contains(parts, a.Stem) && spellingVariant(p, a.Stem) {
				alts = append(alts, a)
			}
		}
		out[i] = compoundPart{Alts: alts}
	}
	return out
}

// spellingVariant reports whether two stems are one word spelt two ways
// ("licence" and "license", "defence" and "defense"): their words differ by at
// most maxVariantEdits letters, and are not too short for that to say so.
func spellingVariant(a, b string) bool {
	wa, wb := wordnet.Word(a), wordnet.Word(b)
	return min(len(wa), len(wb)) >= minVariantLen && text.EditDistance(wa, wb, maxVariantEdits) <= maxVariantEdits
}

const (
	minVariantLen   = 4
	maxVariantEdits = 2
)

// variantPhrases are the compound said with one of its words spelt another
// way ("licenc fee" for "licens fee"), as alternatives of the compound,
// weighing what the variant does; only those whose words some fact holds,
// and none the compound already has.
func variantPhrases(ix *index.Index, parts []compoundPart, have []index.Alt) []index.Alt {
	var out []index.Alt
	words := make([]string, len(parts))
	for i, p := range parts {
		words[i] = p.Alts[0].Stem
	}
	known := func(phrase string) bool {
		return slices.ContainsFunc(have, func(b index.Alt) bool { return b.Stem == phrase }) ||
			slices.ContainsFunc(out, func(b index.Alt) bool { return b.Stem == phrase })
	}
	for i, p := range parts {
		for _, a := range p.Alts[1:] {
			v := slices.Clone(words)
			v[i] = a.Stem
			if phrase := strings.Join(v, " "); ix.PhraseDF(phrase) > 0 && !known(phrase) {
				out = append(out, index.Alt{Stem: phrase, Weight: a.Weight, Via: "spelt another way"})
			}
		}
	}
	return out
}
