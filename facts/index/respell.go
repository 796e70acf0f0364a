package index

import (
	"strings"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Respell is the word one typing slip from word ("dificult", "importnat",
// "credibilty": a letter left out, added, changed, or two swapped): one the
// knowledge base holds if there is one, else the commonest English word
// WordNet knows as written, or "" when there is none or word is short (four
// letters have too many neighbours to pick one). A slip often changes the
// stem beyond the stem's own neighbours ("credibilti" for "credibl"), so the
// word, not its stem, is respelt.
func (ix *Index) Respell(word string) string {
	if len(word) < 5 || !text.IsLowerLetters(word) || inflected(word) {
		return ""
	}
	best, bestC := "", -1.0
	try := func(w string) {
		s := text.StemUncached(w)
		c := wordnet.Commonness(s)
		switch {
		case ix.df[s] > 0:
			c += 2 // the knowledge base's words first
			if wordnet.Word(s) == w || inflected(w) {
				c++ // and one written as a word ("government", not "governent")
			}
		case !wordnet.Known(s) || wordnet.Word(s) != w || c < minRespellCommonness:
			// Not a word as written ("larges", a form only its stem
			// knows), or one too rare to be the word meant ("logan" for
			// "login").
			return
		}
		if c > bestC || c == bestC && w < best {
			best, bestC = w, c
		}
	}
	const letters = "abcdefghijklmnopqrstuvwxyz"
	for i := 0; i <= len(word); i++ {
		for _, r := range letters {
			try(word[:i] + string(r) + word[i:]) // a letter left out
		}
		if i == len(word) {
			break
		}
		try(word[:i] + word[i+1:]) // a letter too many
		for _, r := range letters {
			if byte(r) != word[i] {
				try(word[:i] + string(r) + word[i+1:]) // a letter mistyped
			}
		}
		if i+1 < len(word) && word[i] != word[i+1] {
			try(word[:i] + string(word[i+1]) + string(word[i]) + word[i+2:]) // two swapped
		}
	}
	return best
}

// Written reports whether word is an English word as written: a word
// WordNet lists, or a form of one by its rules ("regarded", "largest").
// "goverment" is none, though its stem is "governess"'s.
func Written(word string) bool {
	s := text.Stem(word)
	return wordnet.Known(s) && wordnet.Word(s) == word || inflected(word)
}

// minRespellCommonness is the least commonness (wordnet.Commonness) of an
// English word the knowledge base lacks for a slip to be read as it: a
// typist misspells the words of everyday English.
const minRespellCommonness = 0.25

// inflections are WordNet's rules for a word's base form (its morphy): an
// ending and what replaces it.
var inflections = [][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}, {"ier", "y"}, {"iest", "y"},
}

// inflected reports whether word is a form of an English word WordNet knows,
// by WordNet's own rules, a doubled last consonant undone ("bigger"): a
// word, not a slip, though WordNet lists only its base ("largest", "harder").
func inflected(word string) bool {
	for _, in := range inflections {
		base, ok := strings.CutSuffix(word, in[0])
		if !ok || len(base) < 2 {
			continue
		}
		if wordnet.Known(text.StemUncached(base + in[1])) {
			return true
		}
		if n := len(base); in[1] == "" && n > 2 && base[n-1] == base[n-2] && wordnet.Known(text.StemUncached(base[:n-1])) {
			return true
		}
	}
	return false
}
