package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NoYesWhereTheFactMayTurnItRound: a yes-no answer leads with Yes
// or No only when nothing else in the fact may turn it round. "Would a rise
// in interest rates hurt Labour's chances?" is not "Yes" of "a rise ...
// would not hurt Labour's chances" (the word read as its verb, "rise", is
// not negated there), nor "Did Howard's father enter Britain illegally?"
// "Yes" of "Howard rejected speculation that his father entered Britain
// illegally": each is answered by the fact alone. Nor is a Yes given where
// the fact lacks a word of the question ("first" of "the second England
// player to be sent off"), says what may be ("should apologise"), asks it
// ("Asked whether she was nervous"), says the word of another name
// ("fourth seed Vincent Spadea", "state-owned carmaker Nanjing Auto" for
// Shanghai Automotive) or next to none of it ("little evidence
// that..."), or negates its opposite ("not racist and refused", for
// "accept"). A fact
// that says it plainly still leads: "Are Newcastle going to sell Bellamy?"
// "No".
func TestAsk_NoYesWhereTheFactMayTurnItRound(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("yesno-2005", "Questions of the week", "2005-02-15", "Politics Desk",
		[]facts.Entity{
			{ID: "balls", Name: "Ed Balls", Kind: "person", Aliases: []string{"Balls"}},
			{ID: "labour", Name: "Labour", Kind: "organization"},
			{ID: "howard", Name: "Michael Howard", Kind: "person", Aliases: []string{"Howard"}},
			{ID: "newcastle", Name: "Newcastle", Kind: "organization"},
			{ID: "bellamy", Name: "Craig Bellamy", Kind: "person", Aliases: []string{"Bellamy"}},
			{ID: "grewcock", Name: "Danny Grewcock", Kind: "person", Aliases: []string{"Grewcock"}},
			{ID: "livingstone", Name: "Ken Livingstone", Kind: "person", Aliases: []string{"Livingstone"}},
			{ID: "saulnier", Name: "Cyril Saulnier", Kind: "person", Aliases: []string{"Saulnier"}},
			{ID: "staunton", Name: "Imelda Staunton", Kind: "person", Aliases: []string{"Staunton"}},
			{ID: "mod", Name: "Ministry of Defence", Kind: "organization", Aliases: []string{"MoD"}},
			{ID: "saic", Name: "Shanghai Automotive", Kind: "organization", Aliases: []string{"SAIC"}},
			{ID: "nanjing", Name: "Nanjing Auto", Kind: "organization"},
		},
		deskFact("rates", "Balls stressed that a rise in interest rates ahead of an expected May election would not hurt Labour's chances of winning.", "balls"),
		deskFact("father", "Howard again rejected newspaper speculation that his own father entered Britain illegally.", "howard"),
		deskFact("sell", "Newcastle said they would not sell Bellamy.", "newcastle"),
		deskFact("sent-off", "Grewcock became only the second England player to be sent off in Tests.", "grewcock"),
		deskFact("apologise", "Blair said Livingstone should apologise to the reporter.", "livingstone"),
		deskFact("seed", "Unseeded Cyril Saulnier beat fourth seed Vincent Spadea 6-2 6-4.", "saulnier"),
		deskFact("nervous", "Asked whether she was nervous about her nomination, Staunton said it was out of her hands.", "staunton"),
		deskFact("racist", "Livingstone said his comments were not racist and refused to apologise.", "livingstone"),
		deskFact("mod", "The report found little evidence that the MoD's performance had improved.", "mod"),
		deskFact("state-owned", "Small state-owned carmaker Nanjing Auto is negotiating with Rover and SAIC to take a stake.", "nanjing"),
	)))
	leadsWith(t, ask, map[string]string{
		"Would a rise in interest rates hurt Labour's chances at the election?": "Balls stressed",
		"Did Howard's father enter Britain illegally?":                          "Howard again rejected",
		"Are Newcastle going to sell Bellamy?":                                  "No.",
		"Was Grewcock the first England player to be sent off in Tests?":        "Grewcock became",
		"Will Livingstone apologise to the reporter?":                           "Blair said",
		"Was Cyril Saulnier seeded?":                                            "Unseeded",
		"Is Staunton nervous about her nomination?":                             "Asked whether",
		"Does Livingstone accept his remarks were racist?":                      "Livingstone said",
		"Has the MoD's performance improved?":                                   "The report found",
		"Is Shanghai Automotive owned by the state?":                            "Small state-owned",
	})
}

// TestAsk_NoYesOfWhatIsNotSaidToBeSo: a Yes is of a fact that says the
// question's act was done, not of one that tells of reports that it was
// ("Houllier was angry about reports that he had criticised Benitez"), of
// a time it may come ("once he recovers"), or of another act than the one
// asked: "Does Apple know who leaked the information?" asks of knowing, not
// of the leak. What one is said to have admitted is said of him: that fact
// still leads with Yes.
func TestAsk_NoYesOfWhatIsNotSaidToBeSo(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("yesno-2004", "Questions of the season", "2004-11-15", "Sport Desk",
		[]facts.Entity{
			{ID: "houllier", Name: "Gerard Houllier", Kind: "person", Aliases: []string{"Houllier"}},
			{ID: "benitez", Name: "Rafael Benitez", Kind: "person", Aliases: []string{"Benitez"}},
			{ID: "apple", Name: "Apple", Kind: "organization"},
			{ID: "beckham", Name: "David Beckham", Kind: "person", Aliases: []string{"Beckham"}},
			{ID: "bellamy", Name: "Craig Bellamy", Kind: "person", Aliases: []string{"Bellamy"}},
		},
		deskFact("reports", "Houllier was angry about reports that he had criticised Benitez.", "houllier"),
		deskFact("leak", "Apple filed a lawsuit against those who leaked the information.", "apple"),
		deskFact("return", "Beckham is expected back in the side once he recovers from his ankle injury.", "beckham"),
		deskFact("fake", "Shepherd said Bellamy admitted that he had planned to fake an injury.", "bellamy"),
	)))
	leadsWith(t, ask, map[string]string{
		"Has Houllier criticised Benitez?":             "Houllier was angry",
		"Does Apple know who leaked the information?":  "Apple filed",
		"Has Beckham recovered from his ankle injury?": "Beckham is expected",
		"Did Bellamy plan to fake an injury?":          "Yes.",
	})
}
