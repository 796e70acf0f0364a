package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// titledMentions links the people a question names by a compound noun of
// their recorded title after "the": "When did the flight attendant get
// suspended?" asks about the one person titled "Delta flight attendant and
// blogger". The compound must be one unit of meaning (a WordNet or lexicon
// phrase, not any two words), end the question's noun phrase ("the flight
// attendant union" is a union), and stand word for word in the title of one
// person alone: "the" says the reporter means someone the story has
// introduced, and a second holder would leave it unsaid which; a plural
// ("the flight attendants") means several people. Role nouns ("the
// chairman") are roleMentions' and need no compound.
func titledMentions(ix *index.Index, toks []text.Token, found []index.Mention) []index.Mention {
	covered := coveredBy(len(toks), found)
	var out []index.Mention
	for i := 1; i < len(toks); i++ {
		if toks[i-1].Norm != "the" {
			continue
		}
		for n := min(3, len(toks)-i); n >= 2; n-- {
			span := toks[i : i+n]
			if slices.Contains(covered[i:i+n], true) || endsBeforeNoun(toks, i+n) || plural(span[n-1]) {
				continue
			}
			stems := make([]string, n)
			for k, t := range span {
				stems[k] = t.Stem
			}
			phrase := strings.Join(stems, " ")
			if !ix.IsPhrase(phrase) {
				continue
			}
			people := titledWith(ix, stems)
			if len(people) != 1 {
				break
			}
			norms := make([]string, n)
			for k, t := range span {
				norms[k] = t.Norm
			}
			out = append(out, index.Mention{IDs: people, From: i, To: i + n, Norm: strings.Join(norms, " ")})
			i += n - 1
			break
		}
	}
	return out
}

// plural reports whether a word is a regular plural ("attendants"): "the
// bus drivers" are several people, not the one whose title says "bus driver".
func plural(t text.Token) bool {
	return strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") && t.Stem != t.Norm
}

// endsBeforeNoun reports whether the word at i goes on the noun phrase before
// it: a word in lower case that can only be a noun ("the flight attendant
// union").
func endsBeforeNoun(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	pos := wordnet.PartsOfSpeech(t.Stem)
	return !t.Upper && !text.IsStopword(t.Norm) && pos&wordnet.Noun != 0 && pos&wordnet.Verb == 0
}

// titledWith lists the people whose recorded title holds the stems one after
// the other.
func titledWith(ix *index.Index, stems []string) []string {
	var out []string
	for _, id := range ix.Names.WithTitleWord(stems[0]) {
		if ix.Names.Kind(id) == "person" && titleHasRun(ix, id, stems) {
			out = append(out, id)
		}
	}
	return out
}
