package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_LastSeasonIsATime: "last" of "last season" places a time and means
// nothing else, so "by the end of his five years" does not hold it (WordNet
// relates "last" to "end"), and a manager's hope for the seasons to come
// does not answer where the club finished last season.
func TestAsk_LastSeasonIsATime(t *testing.T) {
	sf := deskStory("villa-2004", "O'Leary agrees new Villa contract", "2004-12-16", "Sport Desk",
		[]facts.Entity{
			{ID: "oleary", Name: "David O'Leary", Kind: "person", Title: "Aston Villa manager"},
			{ID: "villa", Name: "Aston Villa", Kind: "organization", Aliases: []string{"Villa"}},
		},
		deskFact("extension", "Aston Villa manager David O'Leary signed a contract extension of three and a half years on Thursday.", "oleary"),
		deskFact("top-six", "O'Leary wants Villa to be regularly finishing in the Premiership's top six by the end of his five years in charge.", "oleary"),
		deskFact("took-over", "O'Leary took over at Villa Park in May 2003.", "oleary"),
		deskFact("players", "O'Leary said Villa needed to bring in quality players to take the next step forward.", "oleary"),
		deskFact("derby", "Steve Bruce's Birmingham side won the derby 2-1.", ""),
	)
	ans, err := asker(besideBundled(t, sf))("Where did Villa finish in the Premiership last season?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story says where O'Leary wants Villa to finish, not where they finished last season", ans.Answer)
	}
}

// TestAsk_NextFiveYearsIsATime: "within the next five years" places a time
// as "next year" does, the figure between, and answers "When will teenage
// unemployment be ended?".
func TestAsk_NextFiveYearsIsATime(t *testing.T) {
	sf := deskStory("brown-2005", "Brown rallies Labour", "2005-03-12", "Politics Desk",
		[]facts.Entity{{ID: "brown", Name: "Gordon Brown", Kind: "person", Aliases: []string{"Brown"}}},
		deskFact("teenage-unemployment", "Brown promised to end teenage unemployment within the next five years.", "brown"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"When will teenage unemployment be ended?": "next five years"})
}

// TestAsk_WhenIsTheEvent: "When is the Grammy ceremony?" gives nothing but
// the event's name, and is answered by the fact about the ceremony ("takes
// place on 13 February"), which another fact that names the Grammys in
// passing, with a time of its own ("this year"), does not rival.
func TestAsk_WhenIsTheEvent(t *testing.T) {
	sf := deskStory("grammys-2005", "Lopez and Anthony to sing", "2005-01-20", "Arts Desk",
		[]facts.Entity{
			{ID: "grammys", Name: "Grammy Awards", Kind: "event", Aliases: []string{"Grammys", "Grammy ceremony"}},
			{ID: "anthony", Name: "Marc Anthony", Kind: "person", Aliases: []string{"Anthony"}},
		},
		deskFact("date", "The Grammy Awards ceremony takes place on 13 February 2005.", "grammys"),
		deskFact("nominations", "Marc Anthony is nominated for two Grammys this year.", "anthony"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"When is the Grammy ceremony?": "13 February"})
}

// TestAsk_WithinWeeksIsATime: "within weeks" places a time to come, vague
// as it is, and answers a when-question, where "for weeks" only measures
// a stretch.
func TestAsk_WithinWeeksIsATime(t *testing.T) {
	story := func(statement string) askFunc {
		return asker(besideBundled(t, deskStory("returns-2005", "UK plans to return Albanian children", "2005-02-08", "Politics Desk",
			[]facts.Entity{{ID: "home-office", Name: "Home Office", Kind: "organization"}},
			deskFact("pilot", statement, "home-office"),
		)))
	}
	answersWith(t, story("The Home Office trial scheme could begin within weeks."), map[string]string{
		"When could the trial scheme begin?": "within weeks",
	})
	answersWith(t, story("The Home Office trial scheme has been discussed for weeks."), map[string]string{
		"When could the trial scheme begin?": "",
	})
}
