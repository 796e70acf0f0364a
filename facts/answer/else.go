package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/text"
)

// asksElse reports whether a question asks for another besides one it
// takes as known ("Who else was suspended?", "What else has Stone
// directed?"): "else" right after its question word.
func asksElse(toks []text.Token) bool { return afterQuestionWord(toks, "else") }

// asksOther reports whether a question asks for others of a kind besides
// one it takes as known: "other" right after its question word ("Which
// other acts are on the bill?", "What other show does Deeley present?"),
// or after "how many" ("How many other people were charged?").
func asksOther(toks []text.Token) bool {
	return afterQuestionWord(toks, "other") ||
		len(toks) > 2 && toks[0].Norm == "how" && toks[1].Norm == "many" && toks[2].Norm == "other"
}

// afterQuestionWord reports whether a word comes right after a question word.
func afterQuestionWord(toks []text.Token, word string) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Norm == word && text.IsQuestionWord(toks[i-1].Norm) {
			return true
		}
	}
	return false
}

// answersElse reports whether a fact tells of something as one more besides
// another (see asksElse, asksOther), in the words of WordNet's sense of
// "also" ("in addition"): also, too, besides, likewise, as well. Those are
// grammar the index keeps no terms for, so the fact's words are read. "too"
// adds only at the end of a clause ("too ill to fly" says how ill). For
// others of a kind, a fact may also speak of them as others, as members of
// a set or as alike ("Other acts on the bill include...", "among other
// companies", "the same year as Tony Blair"). What the question names as
// known ("Besides management, what else did Holiff do?") must not be what
// the fact adds to: "also managed Tommy Hunter" adds acts managed, not
// another job.
func answersElse(q question, toks []text.Token) bool {
	for i, t := range toks {
		next := i + 1
		switch {
		case t.Norm == "also" || t.Norm == "besides" || t.Norm == "likewise":
		case q.asksOther && (othersWords[t.Norm] || t.Stem == includeStem):
		case t.Norm == "too":
			if next < len(toks) && toks[next].Start <= t.End+1 {
				continue
			}
		case t.Norm == "as":
			if next >= len(toks) || toks[next].Norm != "well" {
				continue
			}
			next++
		default:
			continue
		}
		if next < len(toks) && slices.Contains(q.knownBesides, toks[next].Stem) {
			continue
		}
		return true
	}
	return false
}

// knownBesides are the stems of the words a question names as already known
// ("besides Evans", "apart from poetry", "other than tax fraud"), up to a
// comma or its question word.
func knownBesides(toks []text.Token) []string {
	var out []string
	for i := 0; i < len(toks); i++ {
		from := 0
		switch {
		case toks[i].Norm == "besides":
			from = i + 1
		case i+1 < len(toks) && (toks[i].Norm == "apart" || toks[i].Norm == "other") && (toks[i+1].Norm == "from" || toks[i+1].Norm == "than"):
			from = i + 2
		default:
			continue
		}
		for j := from; j < len(toks) && !text.IsQuestionWord(toks[j].Norm); j++ {
			if !text.IsStopword(toks[j].Norm) {
				out = append(out, toks[j].Stem)
			}
			if j+1 < len(toks) && toks[j+1].Start > toks[j].End+1 {
				break // a comma ends it
			}
		}
	}
	return out
}

// othersWords, and the verb "include", speak of others of a kind, as members
// of a set or as alike (see answersElse).
var othersWords = text.Set(`other another among same similar`)

// includeStem is the stem of "include", "includes", "including".
var includeStem = text.Stem("include")
