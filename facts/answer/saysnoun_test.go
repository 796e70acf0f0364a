package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_NounIsNoTelling: a noun whose stem is a verb of telling or
// thinking ("reputation", "critic") does not make a fact one of someone
// telling: "What is the New York attorney general investigating?" is not
// answered by "Spitzer has built up a reputation as a fierce critic of ...
// corporate America". (A story of the development benchmark.)
func TestAsk_NounIsNoTelling(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev11/stories/bbc-business-333.yaml"))
	ans, err := ask("What is the New York attorney general investigating?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Facts[0].ID == "bbc-business-333/spitzer-reputation" {
		t.Errorf("answered %q; his reputation says nothing of what he investigates", ans.Answer)
	}
}

// TestAsk_ActOnTheOtherIsNoStance: "What did Roddick say after beating
// Enqvist?" is not answered by "Roddick rallied to beat Enqvist": what one
// does to another is a stance on them only when it is telling or thinking
// ("called the criticism baseless").
func TestAsk_ActOnTheOtherIsNoStance(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("open-2005", "Roddick through", "2005-01-20", "Sport Desk",
		[]facts.Entity{
			{ID: "roddick", Name: "Andy Roddick", Kind: "person", Aliases: []string{"Roddick"}},
			{ID: "enqvist", Name: "Thomas Enqvist", Kind: "person", Aliases: []string{"Enqvist"}},
		},
		facts.Fact{ID: "win", Statement: "Top seed Andy Roddick rallied to beat Thomas Enqvist in five sets.", Subject: "roddick", Object: "enqvist",
			Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "praise", Statement: "Roddick called Enqvist the toughest opponent of his career.", Subject: "roddick", Object: "enqvist",
			Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("What did Andy Roddick say after beating Enqvist?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Facts[0].ID == "open-2005/win" {
		t.Errorf("answered %q: beating him is not saying anything", ans.Answer)
	}
	ans, err = ask("What did Roddick say about Enqvist?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "open-2005/praise" {
		t.Errorf("found %v %q; want what he called Enqvist", ans.Found, ans.Answer)
	}
}

// TestAsk_NameSaidAsVerb: a common noun the curator gave an entity as a name
// ("the show", for an exhibition) names it in another story's fact only
// where it is said as a noun: "has yet to show it can create a rival
// product" says no show, so does not tell what the exhibition includes.
// (Two stories of the development benchmark.)
func TestAsk_NameSaidAsVerb(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev26/stories/bbc-entertainment-020.yaml", "../eval/testdata/realnews/dev26/stories/bbc-tech-337.yaml"))
	ans, err := ask("What will the exhibition include?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Facts[0].ID == "bbc-tech-337/microsoft-quote" {
		t.Errorf("answered %q; Microsoft's showing is no show", ans.Answer)
	}
}

// TestAsk_VerbSaidAsThing: "Who painted the portrait of Omai?" is not
// answered by a fact that says "the painting" only as the thing ("A ban was
// issued preventing the painting from leaving the UK"), nor "When was Bush
// inaugurated?" by one that dates another act after "his inauguration".
// (Stories of the development benchmark.)
func TestAsk_VerbSaidAsThing(t *testing.T) {
	for _, tc := range []struct{ story, q, fact string }{
		{"dev26/stories", "who painted the portrait of omai", "bbc-entertainment-020/export-ban"},
		{"dev22/stories/bbc-politics-280.yaml", "When was Bush inaugurated?", "bbc-politics-280/europe-trip-date"},
	} {
		ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/"+tc.story))
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found && ans.Facts[0].ID == tc.fact {
			t.Errorf("%q: answered %q; it tells no such act", tc.q, ans.Answer)
		}
	}
}

// TestAsk_DoerOfTheThing: "the resignation of immigration minister Beverley
// Hughes" says who resigned, as resigning acts on nothing and "of" can only
// name its doer; "the sacking of Smith" says whom, not who sacked him.
func TestAsk_DoerOfTheThing(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("visas-2005", "Visa checks criticised", "2005-03-03", "Politics Desk",
		[]facts.Entity{
			{ID: "hughes", Name: "Beverley Hughes", Kind: "person", Title: "immigration minister", Aliases: []string{"Hughes"}},
			{ID: "smith", Name: "Tom Smith", Kind: "person", Aliases: []string{"Smith"}},
		},
		deskFact("resigned", "The visas scandal led to the resignation of immigration minister Beverley Hughes.", "hughes"),
		deskFact("sacked", "The sacking of Smith shocked the department.", "smith"),
	)))
	answersWith(t, ask, map[string]string{
		"Who resigned over the visas scandal?": "Beverley Hughes",
		"Who sacked Smith?":                    "",
	})
}
