package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SaidByTheOneNamedBeforeTheVerb: "Northwind said Contoso would
// miss its target" has Northwind saying it, though the curator made Contoso
// the fact's subject and recorded no speaker. A name after a preposition
// before the verb is not who said it: "a report about Northwind says..." is
// the report's word.
func TestAsk_SaidByTheOneNamedBeforeTheVerb(t *testing.T) {
	entities := []facts.Entity{
		{ID: "northwind", Name: "Northwind", Kind: "organization"},
		{ID: "contoso", Name: "Contoso", Kind: "organization"},
	}
	ask := asker(besideBundled(t, deskStory("contoso-target-2005", "Contoso to miss target", "2005-03-01", "Business Desk", entities,
		deskFact("miss", "Northwind said Contoso would miss its sales target this year.", "contoso"),
	)))
	answersWith(t, ask, map[string]string{"What did Northwind say about Contoso?": "sales target"})

	ask = asker(besideBundled(t, deskStory("contoso-report-2005", "Report on Contoso", "2005-03-01", "Business Desk", entities,
		deskFact("report", "A report about Northwind says Contoso would miss its sales target this year.", "contoso"),
	)))
	answersWith(t, ask, map[string]string{"What did Northwind say about Contoso?": ""})
}
