package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WorkplaceFromTheTitle: "Where does Ken Mayland work?" is answered
// by his recorded title when it names the body he is of ("president of
// ClearView Economics"), as "Which firm does he work for?" is; a verb whose
// doer is no person's noun ("live") asks what the title does not say, and
// a title naming no body ("Economist") answers neither.
func TestAsk_WorkplaceFromTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("us-jobs-2005", "US jobs growth", "2005-01-07", "Business Desk",
		[]facts.Entity{
			{ID: "clearview", Name: "ClearView Economics", Kind: "organization"},
			{ID: "mayland", Name: "Ken Mayland", Kind: "person", Title: "president of ClearView Economics", Aliases: []string{"Mayland"}},
			{ID: "moran", Name: "Michael Moran", Kind: "person", Title: "Economist", Aliases: []string{"Moran"}},
		},
		deskFact("mayland-view", "Ken Mayland said the jobs figures were a sign of a healthy economy.", "mayland"),
		deskFact("moran-view", "Michael Moran said manufacturing hiring was a good sign.", "moran"),
	)))
	answersWith(t, ask, map[string]string{
		"Where does Ken Mayland work?":   "ClearView Economics",
		"Where does Mayland work now?":   "ClearView Economics",
		"Where does Ken Mayland live?":   "",
		"Where does Michael Moran work?": "",
	})
}
