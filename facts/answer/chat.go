package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// readChatContractions rewrites, in place, a question word typed in chat with
// "is" run on and no apostrophe ("whats", "whos", "wheres") as the word
// with "'s": "whats the deadline" is "what's the deadline", and "whats"
// is no word to look for in the facts.
func readChatContractions(toks []text.Token) {
	for i := range toks {
		t := &toks[i]
		w, ok := strings.CutSuffix(t.Norm, "s")
		if !ok || !text.IsQuestionWord(w) {
			continue
		}
		t.Norm, t.Stem, t.Possessive = w, w, true
	}
}

// readQuestionWordSlip rewrites a question's first word typed one slip away
// from a question word ("wat", "wich", "wht") as that word: a question opens
// with one, and the slip is no word to look for in the facts. A word with a
// question word's letters and one more ("whom", "whose", "whats") is left to
// be read as it is; so is a word that is one itself, a function word
// ("were", "then", "now") and a word or name the knowledge base has.
func readQuestionWordSlip(ix *index.Index, toks []text.Token) {
	if len(toks) == 0 || text.IsQuestionWord(toks[0].Norm) || !text.IsLowerLetters(toks[0].Norm) {
		return
	}
	if f := toks[0]; text.IsStopword(f.Norm) || ix.IsStop(f.Norm) || ix.DF(f.Stem) > 0 || ix.IsNameWord(f.Norm) {
		return
	}
	t := &toks[0]
	for _, w := range []string{"what", "which", "who", "when", "where", "why", "how"} {
		if len(t.Norm) >= 3 && len(t.Norm) <= len(w) && text.OSADistance(t.Norm, w, 1) == 1 {
			t.Norm, t.Stem = w, w
			return
		}
	}
}
