package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ComeOutIsReleased: a film, a game or a record "comes out" when it
// is released, an idiom WordNet lacks and the bundled lexicon gives: "When
// did the original Doom come out?" is answered by "released in 1994".
func TestAsk_ComeOutIsReleased(t *testing.T) {
	sf := deskStory("doom-2004", "Doom 3 on shelves", "2004-08-03", "Tech Desk",
		[]facts.Entity{{ID: "doom", Name: "Doom", Kind: "other", Aliases: []string{"the original Doom"}}},
		deskFact("original", "The original Doom, released in 1994, heralded a new era in computer games.", "doom"),
		deskFact("shooter", "The original Doom helped to establish the first-person shooter.", "doom"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"When did the original Doom come out?": "1994"})
}

// TestAsk_FromAPlaceIsNoParticle: in "Who escaped from Carstairs?" "from"
// says where, before a place's name, and makes no phrase with the verb
// ("escape from"): a fact that says he escaped, and names Carstairs,
// answers.
func TestAsk_FromAPlaceIsNoParticle(t *testing.T) {
	sf := deskStory("carstairs-2004", "Killer escapes hospital", "2004-11-09", "Politics Desk",
		[]facts.Entity{
			{ID: "ferguson", Name: "Michael Ferguson", Kind: "person", Aliases: []string{"Ferguson"}},
			{ID: "carstairs", Name: "Carstairs", Kind: "place"},
		},
		deskFact("escape", "Michael Ferguson, 36, escaped after being allowed out of the high-security Carstairs hospital.", "ferguson"),
		deskFact("hunt", "Police are still hunting Ferguson, who did not come back from a trip to East Kilbride on Monday.", "ferguson"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"Who escaped from Carstairs?": "Michael Ferguson"})
}

// TestAsk_PrepositionOfTime: "add in January" is adding, in January, not
// WordNet's "add in" (include): the preposition says when.
func TestAsk_PrepositionOfTime(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("jobs-2005", "US job gains disappoint", "2005-02-04", "Business Desk",
		[]facts.Entity{{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"US"}}},
		deskFact("january", "US firms added only 146,000 jobs in January, according to Labor Department figures.", "us"),
	)))
	answersWith(t, ask, map[string]string{
		"How many jobs did US firms add in January?": "146,000",
	})
}

// TestAsk_TalkingToIsTalking: "was talking to" is the verb and its
// preposition, not WordNet's noun "a talking to" (a scolding): "Who did
// Reyes think he was talking to?" is answered by "thinking he was speaking
// to Emilio Butragueno", talking being speaking.
func TestAsk_TalkingToIsTalking(t *testing.T) {
	sf := deskStory("reyes-2005", "Reyes falls for radio prank", "2005-02-04", "Sport Desk",
		[]facts.Entity{
			{ID: "reyes", Name: "Jose Antonio Reyes", Kind: "person", Aliases: []string{"Reyes"}},
			{ID: "butragueno", Name: "Emilio Butragueno", Kind: "person", Aliases: []string{"Butragueno"}},
		},
		facts.Fact{ID: "prank", Statement: "Thinking he was speaking to Emilio Butragueno, the Spaniard described his team-mates as bad people.",
			Quote: "bad people", Speaker: "reyes", Source: "desk", Status: facts.StatusApproved},
		deskFact("statement", "Reyes issued a statement through Arsenal on Thursday.", "reyes"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"Who did Reyes think he was talking to?": "Butragueno"})
}
