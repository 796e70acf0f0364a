package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// stageShow is a small story that tells which show it is once ("a stage
// show") and then says only "the show".
func stageShow() *facts.StoryFile {
	return deskStory("stage-show-2005", "Film turned into stage show", "2005-03-01", "Arts Desk",
		[]facts.Entity{
			{ID: "mira", Name: "Mira Castell", Kind: "person"},
			{ID: "film", Name: "Harbour Lights", Kind: "other"},
		},
		deskFact("stage", "Harbour Lights is being turned into a stage show in London.", "film"),
		deskFact("director", "The show will be directed by Mira Castell.", "mira"),
	)
}

// chatShow is a story whose "the show" is never said to be a stage show.
func chatShow() *facts.StoryFile {
	return deskStory("chat-show-2005", "New chat show for Channel 4", "2005-03-02", "Arts Desk",
		[]facts.Entity{{ID: "ann", Name: "Ann Lee", Kind: "person"}},
		deskFact("host", "The show will be hosted by Ann Lee.", "ann"),
	)
}

// TestAsk_NounToldApartByItsStory: "Who will direct the stage show?" is
// answered by "The show will be directed by...", its story having said
// which show it is; "Who will host the stage show?" is not answered by
// another story's "The show will be hosted by...", which never says stage.
func TestAsk_NounToldApartByItsStory(t *testing.T) {
	ask := asker(indextest.Story(t, stageShow(), chatShow()))
	answersWith(t, ask, map[string]string{
		"Who will direct the stage show?": "Mira Castell",
		"Who will host the stage show?":   "",
	})
}
