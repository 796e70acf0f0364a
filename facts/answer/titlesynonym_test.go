package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_TitleInTheLexiconsWord: "Who is the head of Gazprom?" asks for the
// person titled "Chief of Gazprom", the bundled lexicon giving head for
// chief; when one person is the chief and another the director, the head is
// neither of them for sure, and the question is not answered by a title.
func TestAsk_TitleInTheLexiconsWord(t *testing.T) {
	story := func(other facts.Entity) *facts.StoryFile {
		return deskStory("gas-merger-2005", "Gas merger goes ahead", "2005-03-02", "Business Desk",
			[]facts.Entity{
				{ID: "gazprom", Name: "Gazprom", Kind: "organization"},
				{ID: "miller", Name: "Alexei Miller", Kind: "person", Title: "Chief of Gazprom", Aliases: []string{"Miller"}},
				other,
			},
			deskFact("spun-off", "Miller confirmed that the oil unit is not part of the deal and will be spun off instead.", "miller"),
		)
	}
	ask := asker(besideBundled(t, story(facts.Entity{ID: "putin", Name: "Vladimir Putin", Kind: "person", Title: "President of Russia"})))
	answersWith(t, ask, map[string]string{"Who is the head of Gazprom?": "Alexei Miller"})
	ask = asker(besideBundled(t, story(facts.Entity{ID: "ivanov", Name: "Pavel Ivanov", Kind: "person", Title: "Director of Gazprom"})))
	ans, err := ask("Who is the head of Gazprom?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Answer == "Alexei Miller: Chief of Gazprom." || ans.Found && ans.Answer == "Pavel Ivanov: Director of Gazprom." {
		t.Errorf("answered %q by one title of two that the lexicon makes the head's", ans.Answer)
	}
}
