package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// English closes up a phrasal verb into a noun ("write down" a writedown,
// "shut down" a shutdown) faster than a dictionary records it, and a
// reporter's "How big was the writedown?" is answered by a fact that says it
// apart ("writing down Slimfast by 650m euros"). A word that neither the
// knowledge base nor WordNet knows, made of two words that WordNet knows as
// one phrase, is matched by that phrase too.

// apartCredit is what a fact earns for holding the phrase of a closed-up word
// said apart: the meaning, but as a verb where the question has a noun.
const apartCredit = 0.85

// minCompoundPart is the fewest letters of each part of a closed-up word:
// "up", "in", "off" are the shortest particles.
const minCompoundPart = 2

// splitCompound is the stemmed phrase a closed-up word is made of ("write
// down" for "writedown"), or "" when the word is known, or no single split
// of it gives a phrase WordNet knows.
func splitCompound(ix *index.Index, norm, stem string) string {
	if ix.DF(stem) > 0 || index.KnownWord(stem) || index.KnownWord(norm) {
		return ""
	}
	found := ""
	for i := minCompoundPart; i+minCompoundPart <= len(norm); i++ {
		p := text.Stem(norm[:i]) + " " + text.Stem(norm[i:])
		if !wordnet.Phrase(p) {
			continue
		}
		if found != "" && found != p {
			return "" // two readings: say neither
		}
		found = p
	}
	return found
}
