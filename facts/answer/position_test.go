package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// raceStory is a cross-country race told as news tells one: places given by
// ordinals, a venue, and ordinals that are no place ("at first", "her
// first major title").
func raceStory() *facts.StoryFile {
	return deskStory("xc-2005", "Cross-country in Edinburgh", "2005-01-08", "Sport Desk",
		[]facts.Entity{
			{ID: "butler", Name: "Kathy Butler", Kind: "person", Aliases: []string{"Butler"}},
			{ID: "yelling", Name: "Hayley Yelling", Kind: "person", Aliases: []string{"Yelling"}},
			{ID: "radcliffe", Name: "Paula Radcliffe", Kind: "person", Aliases: []string{"Radcliffe"}},
			{ID: "kenyan", Name: "Isabella Ochichi", Kind: "person"},
			{ID: "holyrood", Name: "Holyrood Park", Kind: "place"},
		},
		deskFact("won", "Isabella Ochichi won the women's race at Holyrood Park, her first major title in Europe.", "kenyan"),
		deskFact("places", "Butler finished fourth and Yelling came fifth.", "butler"),
		deskFact("unsure", "At first the Kenyan was unsure whether she would recover from her contest with Paula Radcliffe.", "kenyan"),
		deskFact("course", "The course at Holyrood Park was heavy with mud after a week of rain.", "holyrood"),
	)
}

// TestAsk_WherePlaced: "Where did Butler finish?" asks her place in the race,
// which an ordinal gives ("finished fourth"), not a place on the map, and the
// answer leads with her place, not the next runner's; an ordinal that places
// nothing in an order ("At first the Kenyan was unsure") does not answer it.
func TestAsk_WherePlaced(t *testing.T) {
	ask := asker(besideBundled(t, raceStory()))
	for _, tc := range []struct{ q, want string }{
		{"Where did Kathy Butler finish?", "Fourth. "},
		{"Where did Yelling come in?", "Fifth. "},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(ans.Answer, tc.want) {
			t.Errorf("%s: found %v %q; want it to lead with the place, %q", tc.q, ans.Found, ans.Answer, tc.want)
		}
	}
	ans, err := ask("Where did Paula Radcliffe finish?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives no place for Radcliffe", ans.Answer)
	}
}

// TestAsk_RanksBelowAsked: "the world's second biggest reinsurer" is not
// the world's biggest; a fact that names the biggest answers. "Her second
// best actress Oscar" is a second Oscar: it still says who won best actress.
func TestAsk_RanksBelowAsked(t *testing.T) {
	story := deskStory("reinsurers-2005", "Reinsurers count tsunami cost", "2005-01-05", "Business Desk",
		[]facts.Entity{
			{ID: "swiss-re", Name: "Swiss Re", Kind: "organization"},
			{ID: "swank", Name: "Hilary Swank", Kind: "person", Aliases: []string{"Swank"}},
		},
		deskFact("swiss-re", "Serge Troeber of Swiss Re, the world's second biggest reinsurer, said insured damages were probably below the cost of the US storms.", "swiss-re"),
		deskFact("swank", "Hilary Swank won her second best actress Oscar, for playing a boxer in Million Dollar Baby.", "swank"),
	)
	ask := asker(indextest.Story(t, story))
	if ans, err := ask("Which is the world's biggest reinsurer?", facts.AskOptions{}); err != nil || ans.Found {
		t.Errorf("biggest: answered %q (%v); Swiss Re is the second biggest", ans.Answer, err)
	}
	if ans, err := ask("Who won best actress?", facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "Swank") {
		t.Errorf("best actress: answered %q (%v); want Swank", ans.Answer, err)
	}
	story.Entities = append(story.Entities, facts.Entity{ID: "munich-re", Name: "Munich Re", Kind: "organization"})
	story.Facts = append(story.Facts, deskFact("munich-re", "Munich Re, the world's biggest reinsurer, put its costs at 250m euros.", "munich-re"))
	ask = asker(indextest.Story(t, story))
	if ans, err := ask("Which is the world's biggest reinsurer?", facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "Munich Re") {
		t.Errorf("biggest: answered %q (%v); want Munich Re", ans.Answer, err)
	}
}

// TestAsk_WhichIsCalled: "Which is the world's biggest reinsurer?" asks what
// is so called: the name set beside the words answers, wherever the fact
// says it ("Munich Re, the world's biggest reinsurer, said...").
func TestAsk_WhichIsCalled(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("munich-re-2005", "Reinsurers count tsunami cost", "2005-01-05", "Business Desk",
		[]facts.Entity{{ID: "munich-re", Name: "Munich Re", Kind: "organization"}},
		deskFact("munich-re", "Munich Re, the world's biggest reinsurer, said it was too early to state its financial burden.", "munich-re"),
		deskFact("others", "Other insurers said their losses would be small.", ""),
	)))
	if ans, err := ask("Which is the world's biggest reinsurer?", facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "Munich Re") {
		t.Errorf("answered %q (%v); want Munich Re", ans.Answer, err)
	}
}

// TestAsk_WhereSharesClosed: "Where did the shares close?" asks the level
// they closed at, which "closed at 270.25p" gives after the verb, pence
// written onto the figure; a fact that says only when they closed does not.
func TestAsk_WhereSharesClosed(t *testing.T) {
	story := deskStory("utd-2005", "United shares slip", "2005-02-12", "Business Desk",
		[]facts.Entity{{ID: "united", Name: "Manchester United", Kind: "organization", Aliases: []string{"United"}}},
		deskFact("closed-friday", "Manchester United shares closed lower on Friday.", "united"),
	)
	answersOnceTold(t, story, "Where did United's shares close on Friday?",
		deskFact("closed-at", "Manchester United shares closed at 270.25p on Friday, down 3.75p on the day.", "united"), "270.25p")
	leadsWith(t, asker(besideBundled(t, story)), map[string]string{"Where did United's shares close on Friday?": "270.25p."})
}
