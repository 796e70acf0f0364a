package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleAfterCommaIsNotTheBodyBefore: a role named just after a comma
// is not held at the body that ends the clause before it. "Asked whether
// Northwind would seek damages from Contoso, chief executive Maria Lind
// said..." names Northwind's chief executive, not Contoso's.
func TestAsk_RoleAfterCommaIsNotTheBodyBefore(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("northwind-recall-2005", "Northwind recalls engines", "2005-02-14", "Business Desk",
		[]facts.Entity{
			{ID: "lind", Name: "Maria Lind", Kind: "person", Title: "Chief executive of Northwind", Aliases: []string{"Lind"}},
			{ID: "northwind", Name: "Northwind", Kind: "organization"},
			{ID: "contoso", Name: "Contoso", Kind: "organization"},
		},
		deskFact("damages", "Asked whether Northwind would seek damages from Contoso, chief executive Maria Lind said the fault would be fixed first.", "lind"),
	)))
	answersWith(t, ask, map[string]string{
		"Who is Northwind's chief executive?": "Lind",
		"Who is Contoso's chief executive?":   "",
	})
}
