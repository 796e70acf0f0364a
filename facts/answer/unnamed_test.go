package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleWithoutAName: a person the curator recorded by role alone
// ("Mayor of Seattle", titled "mayor of Seattle") is not described back to
// "Who is the mayor of Seattle?": the reply says the knowledge base does not
// name them. A person with a name is still found by title ("Who is the
// deputy prime minister?").
func TestAsk_RoleWithoutAName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("hendrix-2005", "Row threatens Hendrix museum plan", "2005-02-09", "Arts Desk",
		[]facts.Entity{
			{ID: "mayor", Name: "Mayor of Seattle", Kind: "person", Title: "mayor of Seattle", Aliases: []string{"Seattle mayor"}},
			{ID: "prescott", Name: "John Prescott", Kind: "person", Title: "Deputy Prime Minister", Aliases: []string{"Prescott"}},
		},
		deskFact("destroyed", "Ray Rae Marshall said the mayor would be remembered as the one who destroyed Hendrix's house.", "mayor"),
		deskFact("visit", "John Prescott visited the site on Monday.", "prescott"),
	)))
	ans, err := ask("Who is the mayor of Seattle?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found || !strings.Contains(ans.Answer, "does not name the mayor of Seattle") {
		t.Errorf("mayor: found %v %q; want the knowledge base to say it holds no name", ans.Found, ans.Answer)
	}
	ans, err = ask("Who is the deputy prime minister?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "John Prescott") {
		t.Errorf("deputy prime minister: found %v %q; want John Prescott", ans.Found, ans.Answer)
	}
}

// TestAsk_RoleWithoutANameByShortForm: "WSIS spokesman", titled "spokesman
// for the World Summit on the Information Society", is a role too: its other
// word is the name of an organisation of the knowledge base. A person whose
// name holds no such word ("Markus Kummer") is described.
func TestAsk_RoleWithoutANameByShortForm(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("wsis-2005", "UN creates fund to bridge digital divide", "2005-02-24", "Tech Desk",
		[]facts.Entity{
			{ID: "wsis", Name: "World Summit on the Information Society", Kind: "event", Aliases: []string{"WSIS"}},
			{ID: "wsis-spokesman", Name: "WSIS spokesman", Kind: "person", Title: "spokesman for the World Summit on the Information Society", Aliases: []string{"spokesman"}},
			{ID: "kummer", Name: "Markus Kummer", Kind: "person", Title: "WSIS official", Aliases: []string{"Kummer"}},
		},
		deskFact("financing", "The WSIS spokesman said some financing has to be found to help narrow the divide.", "wsis-spokesman"),
		deskFact("kummer", "Markus Kummer said the fund would be voluntary.", "kummer"),
	)))
	for q, want := range map[string]string{
		"Who is the WSIS spokesman?": "does not name the WSIS spokesman",
		"Who is Markus Kummer?":      "WSIS official",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != (want != "does not name the WSIS spokesman") || !strings.Contains(ans.Answer, want) {
			t.Errorf("%q: found %v %q; want %q", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_OwnedRoleWithoutAName: a person recorded as someone's ("Pullman's
// agent", as a curator records an unnamed speaker) has no name to give, so
// "Who is Pullman's agent?" is not answered with the description given
// back; what the agent said still is.
func TestAsk_OwnedRoleWithoutAName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("dark-materials", "God cut from Dark Materials film", "2004-12-08", "Arts Desk",
		[]facts.Entity{
			{ID: "pullman", Name: "Philip Pullman", Kind: "person", Title: "author", Aliases: []string{"Pullman"}},
			{ID: "pullman-agent", Name: "Pullman's agent", Kind: "person", Title: "Philip Pullman's literary agent"},
		},
		deskFact("agent-happy", "Pullman's agent told The Times that the author was happy with the adaptation so far.", "pullman-agent"),
	)))
	for q, want := range map[string]string{
		"Who is Pullman's agent?":                  "does not name Pullman's agent",
		"What did Pullman's agent tell The Times?": "happy with the adaptation",
		"Who is Philip Pullman?":                   "author",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != !strings.HasPrefix(want, "does not name") || !strings.Contains(ans.Answer, want) {
			t.Errorf("%q: found %v %q; want %q", q, ans.Found, ans.Answer, want)
		}
	}
}
