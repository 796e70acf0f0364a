package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PeopleOfAKnownPlace: "Brazilian" is no name the knowledge base
// lacks when it holds Brazil ("Brazil's beer market"), though WordNet
// derives the one from the other only in a rarer sense: the question is
// asked, not refused as of an unknown name.
func TestAsk_PeopleOfAKnownPlace(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ambev-2005", "Ambev profits rise", "2005-03-02", "Business Desk",
		[]facts.Entity{{ID: "ambev", Name: "Ambev", Kind: "organization"}},
		deskFact("share", "Ambev boosted its share of Brazil's beer market from 62% at the end of 2003 to more than 68% by December 2004.", "ambev"),
	)))
	answersWith(t, ask, map[string]string{"What is Ambev's share of the Brazilian beer market?": "68%"})
}
