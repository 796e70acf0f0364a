package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleHeldByRecordedTitle: "Who chairs the Harbour Guild?" is
// answered by a fact about the person whose recorded title holds that role
// at that body, though the fact calls her only "the chairman": the answer
// leads with her name, which the fact's words do not give. A title that
// names no body ("chief executive") holds the role at none the question
// asks about: "Northwind chief executive Tom Reed" is not Contoso's.
func TestAsk_RoleHeldByRecordedTitle(t *testing.T) {
	merger := deskFact("merger", "Northwind chief executive Tom Reed said the merger would transform the harbour trade.", "reed")
	merger.Quote, merger.Speaker = "The merger of Northwind and Contoso will transform the harbour trade", "reed"
	ask := asker(besideBundled(t, deskStory("harbour-guild-2005", "Guild fights quay closure", "2005-02-21", "Local Desk",
		[]facts.Entity{
			{ID: "cole", Name: "Ann Cole", Kind: "person", Title: "Chairman of the Harbour Guild", Aliases: []string{"Cole"}},
			{ID: "guild", Name: "Harbour Guild", Kind: "organization"},
			{ID: "reed", Name: "Tom Reed", Kind: "person", Title: "chief executive", Aliases: []string{"Reed"}},
			{ID: "northwind", Name: "Northwind", Kind: "organization"},
			{ID: "contoso", Name: "Contoso", Kind: "organization"},
		},
		deskFact("quay", "The chairman of the Harbour Guild said the quay must stay open to fishing boats.", "cole"),
		merger,
	)))
	answersWith(t, ask, map[string]string{
		"Who chairs the Harbour Guild?":     "Ann Cole",
		"Who is Contoso's chief executive?": "",
	})
}
