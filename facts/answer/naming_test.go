package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// bandAlbum names a band's new album beside the words "new album", and an
// old show of a comedian's beside "show" while his new one goes unnamed.
func bandAlbum() *facts.StoryFile {
	return deskStory("u2-album-2004", "U2 album out", "2004-11-22", "Arts Desk", []facts.Entity{
		{ID: "u2", Name: "U2", Kind: "group"},
		{ID: "morris", Name: "Chris Morris", Kind: "person", Aliases: []string{"Morris"}},
		{ID: "bono", Name: "Bono", Kind: "person"},
	},
		deskFact("album", "U2's new album, How To Dismantle An Atomic Bomb, comes 28 years after the band got together in Dublin.", "u2"),
		deskFact("sales", "U2 have sold 125 million albums around the world.", "u2"),
		deskFact("morris-back", "Chris Morris, creator of the TV show Brass Eye, is coming back to TV with a new sitcom.", "morris"),
		deskFact("bono-family", "Bono flew to Dublin with his wife Ali for the launch.", "bono"),
	)
}

// TestAsk_NameAsked: "What is U2's new album called?" asks the album's
// name, and a fact that names it beside "new album" gives it, though it
// never says "called".
func TestAsk_NameAsked(t *testing.T) {
	ask := asker(besideBundled(t, bandAlbum()))
	ans, err := ask("What is U2's new album called?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "How To Dismantle An Atomic Bomb") {
		t.Errorf("found %v %q; want the album's name", ans.Found, ans.Answer)
	}
}

// TestAsk_NameOfAsked: "What is the name of Bono's wife?" asks who she is,
// and a fact that names her beside "wife" says it, though it never says
// "name"; "the name of Bono's manager" is asked of one the story does not
// name.
func TestAsk_NameOfAsked(t *testing.T) {
	ask := asker(besideBundled(t, bandAlbum()))
	ans, err := ask("What is the name of Bono's wife?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Ali") {
		t.Errorf("found %v %q; want his wife Ali", ans.Found, ans.Answer)
	}
	ans, err = ask("What is the name of Bono's manager?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story does not name his manager", ans.Answer)
	}
}

// TestAsk_NameAskedOfAnotherOne: the name beside "show" is of Morris's old
// show; his new one, the one asked, is not named.
func TestAsk_NameAskedOfAnotherOne(t *testing.T) {
	ask := asker(besideBundled(t, bandAlbum()))
	ans, err := ask("What is Chris Morris's new show called?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story does not name his new show", ans.Answer)
	}
}

// TestAsk_CalledByAnAlias: "What was Portishead's debut album called?" names
// the album by words the curator gave it as an alias ("debut album"), and a
// fact that says its name ("their debut album Dummy") answers; asked by its
// own name, there is nothing to tell.
func TestAsk_CalledByAnAlias(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("portishead-2005", "Portishead return", "2005-02-10", "Arts Desk",
		[]facts.Entity{
			{ID: "portishead", Name: "Portishead", Kind: "group"},
			{ID: "dummy", Name: "Dummy", Kind: "other", Aliases: []string{"debut album"}},
		},
		deskFact("mercury", "Portishead won the Mercury Music Prize in 1995 for their debut album Dummy.", "portishead"),
	)))
	ans, err := ask("What was Portishead's debut album called?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Dummy") {
		t.Errorf("found %v %q; want Dummy", ans.Found, ans.Answer)
	}
	ans, err = ask("What was Dummy called?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; asked by its own name, the fact tells nothing of what it was called", ans.Answer)
	}
}

// TestAsk_NameOfAnUnnamedPerson: "What is the name of the Brazilian
// programmer?" asks who the programmer is: "a Brazilian programmer had
// posted the code" names no one, though it names the firm that said so;
// "Brazilian programmer Marcelo Souza" names him beside the phrase's head.
func TestAsk_NameOfAnUnnamedPerson(t *testing.T) {
	story := deskStory("phone-virus-2004", "Phone virus code posted", "2004-12-28", "Tech Desk",
		[]facts.Entity{{ID: "sophos", Name: "Sophos", Kind: "organization"}},
		deskFact("posted", "Anti-virus firm Sophos said a Brazilian programmer had posted the virus source code on the net.", "sophos"),
	)
	answersOnceTold(t, story, "What is the name of the Brazilian programmer?", deskFact("named", "Brazilian programmer Marcelo Souza wrote the virus.", ""), "Marcelo Souza")
}
