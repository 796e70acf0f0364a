package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FactsThatAgree: two facts that hold the question's words as well
// as each other and give the same figure, or name the same place, are no
// rivals: "How much is the initiative worth?" is answered by the £500m both
// give, "Where is Woodhill prison?" by Milton Keynes; facts that give two
// figures still leave the question unanswered.
func TestAsk_FactsThatAgree(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("school-sport-2005", "Blair backs school sport", "2005-02-10", "Politics Desk",
		[]facts.Entity{
			{ID: "initiative", Name: "school sport initiative", Kind: "other", Aliases: []string{"initiative"}},
			{ID: "woodhill", Name: "Woodhill prison", Kind: "place", Aliases: []string{"Woodhill"}},
			{ID: "mk", Name: "Milton Keynes", Kind: "place"},
			{ID: "plan", Name: "sports plan", Kind: "other"},
		},
		deskFact("fund", "The initiative is backed by a new £500m fund.", "initiative"),
		deskFact("spend", "Ministers will spend £500m on the initiative.", "initiative"),
		deskFact("held", "Woodhill prison in Milton Keynes holds 800 inmates.", "woodhill"),
		deskFact("visit", "The minister visited Woodhill prison near Milton Keynes.", "woodhill"),
		deskFact("plan-a", "The sports plan is backed by £200m.", "plan"),
		deskFact("plan-b", "Ministers will spend £300m on the sports plan.", "plan"),
	)))
	answersWith(t, ask, map[string]string{
		"How much is the initiative worth?":  "£500m",
		"Where is Woodhill prison?":          "Milton Keynes",
		"How much is the sports plan worth?": "",
	})
}

// TestAsk_FactsThatSettleItAlike: two facts of a story that hold as much of
// a yes-no question as each other ("charity" is in neither) and both read
// Yes settle it: the question is answered, by the first. (With no Yes
// before it: a Yes holds every word of the question, and neither says
// "charity".)
func TestAsk_FactsThatSettleItAlike(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("portishead-2005", "Portishead to play tsunami gig", "2005-01-20", "Arts Desk",
		[]facts.Entity{
			{ID: "portishead", Name: "Portishead", Kind: "group"},
		},
		deskFact("gig", "Portishead will play a tsunami benefit gig in Bristol.", "portishead"),
		deskFact("when", "Portishead will play a tsunami benefit gig in February.", "portishead"),
	)))
	answersWith(t, ask, map[string]string{"Will Portishead play a tsunami charity benefit?": "Portishead will play a tsunami benefit gig"})
}
