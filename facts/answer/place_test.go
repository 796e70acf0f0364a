package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhereNotByOwner: "India's budget" says whose the budget is, not
// where it was presented; the fact that says "to the Lok Sabha" answers
// "Where was the budget presented?".
func TestAsk_WhereNotByOwner(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("budget-2005", "India unveils budget", "2005-02-28", "Business Desk",
		[]facts.Entity{
			{ID: "india", Name: "India", Kind: "country"},
			{ID: "lok-sabha", Name: "Lok Sabha", Kind: "place"},
			{ID: "minister", Name: "Palaniappan Chidambaram", Kind: "person", Title: "finance minister", Aliases: []string{"Chidambaram"}},
		},
		facts.Fact{ID: "priorities", Statement: "India's budget boosts spending on primary schools and health.", Subject: "minister", Predicate: "presented",
			Source: "desk", Status: facts.StatusApproved},
		deskFact("house", "Chidambaram's budget was presented to the Lok Sabha on Monday.", "minister"),
	)))
	ans, err := ask("Where was the budget presented?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Lok Sabha") {
		t.Errorf("found %v %q; want the Lok Sabha", ans.Found, ans.Answer)
	}
}

// TestAsk_WhereFromByNationality: "Where is Kluft from?" is answered by her
// nationality ("Swedish heptathlete Carolina Kluft") when no fact names a
// place she is from.
func TestAsk_WhereFromByNationality(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("indoor-2005", "Stars head for Birmingham", "2005-02-16", "Sport Desk",
		[]facts.Entity{{ID: "kluft", Name: "Carolina Kluft", Kind: "person", Aliases: []string{"Kluft"}}},
		deskFact("hurdles", "Swedish heptathlete Carolina Kluft will compete in the 60m hurdles.", "kluft"),
		deskFact("form", "Kluft said she was in the best form of her life.", "kluft"),
	)))
	ans, err := ask("Where is Carolina Kluft from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Swedish") {
		t.Errorf("found %v %q; want her nationality", ans.Found, ans.Answer)
	}
}

// TestAsk_WhereFromIsNoVenue: "Where are Auxerre from?" is not answered by
// where they played ("knocked out by Auxerre at Ibrox", a fact whose
// curated place is Ibrox), whether Ibrox is a curated entity or a name
// after "at"; a fact that says where they are from does.
func TestAsk_WhereFromIsNoVenue(t *testing.T) {
	story := func(withOrigin bool) *facts.StoryFile {
		sf := deskStory("uefa-2004", "Rangers out of Europe", "2004-12-16", "Sport Desk",
			[]facts.Entity{
				{ID: "auxerre", Name: "Auxerre", Kind: "organization"},
				{ID: "rangers", Name: "Rangers", Kind: "organization"},
				{ID: "ibrox", Name: "Ibrox", Kind: "place"},
			},
			facts.Fact{ID: "exit", Statement: "Rangers were knocked out of the Uefa Cup by Auxerre at Ibrox on Wednesday.",
				Subject: "rangers", Place: "Ibrox", Source: "desk", Status: facts.StatusApproved},
		)
		if withOrigin {
			sf.Facts = append(sf.Facts, deskFact("roux", "Rangers lost 2-0 to Auxerre, the French side managed by Guy Roux.", "auxerre"))
		}
		return sf
	}
	ask := asker(besideBundled(t, story(false)))
	ans, err := ask("Where are Auxerre from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; Ibrox is where they played", ans.Answer)
	}
	ask = asker(besideBundled(t, story(true)))
	ans, err = ask("Where are Auxerre from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "French") {
		t.Errorf("found %v %q; want the French side", ans.Found, ans.Answer)
	}
}

// TestAsk_WhereItIsByOwner: "Where is the Trafford Centre?" asks only where
// it is, and "Manchester's Trafford Centre" says so, the place owning it
// whether it is an entity of its own or a word of the curator's alias for the
// centre; "Where was the budget presented?" is still not answered by "India's
// budget" (TestAsk_WhereNotByOwner).
func TestAsk_WhereItIsByOwner(t *testing.T) {
	for _, tt := range []struct {
		name     string
		entities []facts.Entity
	}{
		{"place entity", []facts.Entity{
			{ID: "trafford", Name: "Trafford Centre", Kind: "place"},
			{ID: "manchester", Name: "Manchester", Kind: "city"},
		}},
		{"alias", []facts.Entity{
			{ID: "trafford", Name: "Trafford Centre", Kind: "place", Aliases: []string{"Manchester's Trafford Centre"}},
		}},
	} {
		ask := asker(indextest.Story(t, deskStory("shops-2004", "Shoppers flock to sales", "2004-12-27", "Business Desk", tt.entities,
			deskFact("biggest", "A spokesman for Manchester's Trafford Centre called it the biggest Christmas so far, with sales up 5%.", "trafford"),
		)))
		ans, err := ask("Where is the Trafford Centre?", facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, "Manchester") {
			t.Errorf("%s: found %v %q; want Manchester", tt.name, ans.Found, ans.Answer)
		}
	}
}

// TestAsk_AllegedIsNoSaying: "Where did the alleged incident happen?" asks
// where the incident was, not where something was said: "the alleged" only
// says how sure it is, and the hotel after it is the place.
func TestAsk_AllegedIsNoSaying(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("arrest-2005", "Singer arrested", "2005-02-04", "Arts Desk",
		[]facts.Entity{
			{ID: "doherty", Name: "Pete Doherty", Kind: "person", Aliases: []string{"Doherty"}},
			{ID: "hotel", Name: "Islington hotel", Kind: "place", Aliases: []string{"London hotel"}},
		},
		deskFact("arrested", "Doherty was arrested after an alleged incident in a London hotel on Wednesday.", "doherty"),
	)))
	answersWith(t, ask, map[string]string{"Where did the alleged incident happen?": "London hotel"})
}

// TestAsk_HyphenedWordIsNoPlace: the first part of a word a hyphen joins is
// no place name, though written with a capital: "Co-star Richard Gere" names
// no "Co" (WordNet's Colorado), so "Where was the premiere held?" is not
// answered by a fact that says only what the premiere was in aid of, and is
// once one names the square.
func TestAsk_HyphenedWordIsNoPlace(t *testing.T) {
	story := deskStory("premiere-2005", "Star misses premiere", "2005-02-15", "Arts Desk",
		[]facts.Entity{
			{ID: "gere", Name: "Richard Gere", Kind: "person", Aliases: []string{"Gere"}},
			{ID: "square", Name: "Leicester Square", Kind: "place"},
		},
		deskFact("attended", "Co-star Richard Gere attended the premiere, which was held in aid of the flood appeal.", "gere"),
	)
	answersOnceTold(t, story, "Where was the premiere held?",
		deskFact("square", "The premiere was held in Leicester Square.", "square"), "Leicester Square")
}
