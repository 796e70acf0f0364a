package answer

import (
	"strings"

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
