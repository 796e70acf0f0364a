package answer

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// TestEitherQuestions: an alternative question is the two questions it
// joins, each with one of the answers it offers, whatever words stand
// round them; "or not" offers none.
func TestEitherQuestions(t *testing.T) {
	ix := index.Build(1, index.Data{Names: index.NewNames(), Postings: index.NewPostings()})
	for q, want := range map[string][2]string{
		"Was her address public or private?":                          {"Was her address public?", "Was her address private?"},
		"Will Kennedy prop up Labour or the Tories after the poll?":   {"Will Kennedy prop up Labour after the poll?", "Will Kennedy prop up the Tories after the poll?"},
		"Is MSN Spaces a full launch or a trial?":                     {"Is MSN Spaces a full launch?", "Is MSN Spaces a trial?"},
		"Is it a criminal or civil lawsuit?":                          {"Is it a criminal lawsuit?", "Is it a civil lawsuit?"},
		"Was Gray injured playing for Scotland or for his club?":      {"Was Gray injured playing for Scotland?", "Was Gray injured playing for his club?"},
		"Was the interview recorded before or after the allegations?": {"Was the interview recorded before the allegations?", "Was the interview recorded after the allegations?"},
	} {
		first, second, ok := eitherQuestions(parseQuestion(q, ix))
		if !ok || first != want[0] || second != want[1] {
			t.Errorf("%q: %v %q, %q; want %q, %q", q, ok, first, second, want[0], want[1])
		}
	}
	for _, q := range []string{"Did Blunkett resign or not?", "Did Blunkett resign?", "Who signed, Turkey or Japan?"} {
		if _, _, ok := eitherQuestions(parseQuestion(q, ix)); ok {
			t.Errorf("%q read as two questions", q)
		}
	}
}

// spamSuit is a story of a lawsuit whose kind its facts say, about the
// Texas spammer Ryan Pitylak, with the facts given.
func spamSuit(fs ...facts.Fact) *facts.StoryFile {
	for i := range fs {
		fs[i].Subject, fs[i].Source, fs[i].Status = "texas", "desk", facts.StatusApproved
	}
	return &facts.StoryFile{
		Story:   facts.Story{ID: "spam-suit-2005", Title: "Texas sues spammers", Date: "2005-01-21"},
		Sources: []facts.Source{{ID: "desk", Title: "Texas sues spammers", Publisher: "Tech Desk", Published: "2005-01-21"}},
		Entities: []facts.Entity{
			{ID: "texas", Name: "Texas", Kind: "place"},
			{ID: "pitylak", Name: "Ryan Pitylak", Kind: "person", Aliases: []string{"Pitylak"}},
		},
		Facts: fs,
	}
}

// askOf asks a question of a story on its own, failing the test on an error.
func askOf(t *testing.T, st *facts.StoryFile, question string) facts.Answer {
	t.Helper()
	ix, mem := index.FromStories([]*facts.StoryFile{st})
	ans, err := Ask(t.Context(), ix, mem, question, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// TestAsk_Either: "Is it a criminal or civil lawsuit?" is answered by the
// fact that says which, with no Yes or No before it; a knowledge base that
// says neither does not answer.
func TestAsk_Either(t *testing.T) {
	st := spamSuit(
		facts.Fact{ID: "suit", Statement: "Texas has filed a civil lawsuit against Ryan Pitylak over spam e-mails."},
		facts.Fact{ID: "damages", Statement: "Texas is seeking damages of up to $2m."},
	)
	if ans := askOf(t, st, "Is it a criminal or civil lawsuit Texas has filed?"); !ans.Found || ans.Answer != st.Facts[0].Statement {
		t.Errorf("found %v %q; want the civil lawsuit's fact, without Yes or No", ans.Found, ans.Answer)
	}
	if ans := askOf(t, st, "Is Pitylak a programmer or a marketer?"); ans.Found {
		t.Errorf("answered %q; the knowledge base says neither", ans.Answer)
	}
}

// TestAsk_EitherSaysYes: where both questions are answered, by different
// facts, the answer is the fact that says Yes to its own: "Texas has not
// brought a criminal case" answers one with No, "a civil lawsuit" the other
// with Yes.
func TestAsk_EitherSaysYes(t *testing.T) {
	st := spamSuit(
		facts.Fact{ID: "criminal", Statement: "Texas has not filed a criminal lawsuit against Ryan Pitylak over his spam e-mails."},
		facts.Fact{ID: "civil", Statement: "Texas filed a civil lawsuit against Ryan Pitylak."},
	)
	if ans := askOf(t, st, "Has Texas filed a criminal or civil lawsuit against Pitylak?"); !ans.Found || ans.Answer != st.Facts[1].Statement {
		t.Errorf("found %v %q; want the civil lawsuit's fact", ans.Found, ans.Answer)
	}
}
