package answer

import (
	"regexp"
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// British and American English spell the same verbs and their nouns apart,
// -ise and -ize ("criticise", "organisation"), and the stemmer stems them
// apart too ("criticised" to "criticis", "criticized" to "critic"). WordNet
// knows mostly the American, and a story is written in either: a word of the
// question is also its other spelling, with what WordNet relates to that.

var (
	britishIse  = regexp.MustCompile(`^(\w{3,})is(e|ed|es|ing|ation|ations|er|ers)$`)
	americanIze = regexp.MustCompile(`^(\w{3,})iz(e|ed|es|ing|ation|ations|er|ers)$`)
)

// otherSpelling is a word in the other of the two spellings ("criticised":
// "criticized"), "" when it has no other.
func otherSpelling(word string) string {
	if m := britishIse.FindStringSubmatch(word); m != nil {
		return m[1] + "iz" + m[2]
	}
	if m := americanIze.FindStringSubmatch(word); m != nil {
		return m[1] + "is" + m[2]
	}
	return ""
}

// spellingAlts are the alternatives a word's other spelling adds to alts:
// its stem, as the word itself, and its own alternatives.
func spellingAlts(ix *index.Index, word, stemmed string, alts []index.Alt) []index.Alt {
	other := otherSpelling(word)
	if other == "" {
		return alts
	}
	s := text.Stem(other)
	if s == stemmed {
		return alts
	}
	add := append([]index.Alt{{Stem: s, Weight: 1, Via: "spelling"}}, ix.Alternatives(s)...)
	for _, a := range add {
		if k := slices.IndexFunc(alts, func(b index.Alt) bool { return b.Stem == a.Stem }); k < 0 {
			alts = append(alts, a)
		} else if alts[k].Weight < a.Weight {
			alts[k] = a
		}
	}
	return alts
}
