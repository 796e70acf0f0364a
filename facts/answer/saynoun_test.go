package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SayAfterWhatIsANoun: "What say should governing bodies get?" asks
// for a say, a noun as "what" makes it; it is not a question about what the
// bodies said, which a fact where they speak would answer.
func TestAsk_SayAfterWhatIsANoun(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("faulkner-2005", "Peers urge action on sport doping", "2005-03-02", "Politics Desk",
		[]facts.Entity{
			{ID: "faulkner", Name: "Lord Faulkner", Kind: "person", Aliases: []string{"Faulkner"}},
		},
		deskFact("work-with", "Lord Faulkner said the government should work with sporting administrators to review the difficulties governing bodies face in convicting cheats.", "faulkner"),
		deskFact("bigger-say", "The report said governing bodies should get a bigger say over disciplinary hearings.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"What say should governing bodies get?": "disciplinary hearings",
	})
}
