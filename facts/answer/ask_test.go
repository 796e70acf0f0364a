package answer_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/answer"
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// askFunc asks one knowledge base a question.
type askFunc func(question string, opt facts.AskOptions) (facts.Answer, error)

// asker answers from an index and the facts held in memory with it.
func asker(ix *index.Index, mem *index.Memory) askFunc {
	return func(question string, opt facts.AskOptions) (facts.Answer, error) {
		return answer.Ask(context.Background(), ix, mem, question, opt)
	}
}

// TestAsk_TestStory asks about a story of our own, unrelated to the bundled
// one, so the answers show general mechanisms rather than tuning to one story.
func TestAsk_TestStory(t *testing.T) {
	kb := asker(indextest.Bundled(t, "../testdata/riverton-transit.yaml"))
	var inputs []facts.ImportInput // the same story, no bundled story: nothing to lean on
	for _, f := range bundled.Files() {
		if strings.HasSuffix(f.Name, "lexicon.yaml") {
			inputs = append(inputs, f)
		}
	}
	riverton, err := os.ReadFile("../testdata/riverton-transit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lexiconOnly := asker(indextest.FromInputs(t, append(inputs, facts.ImportInput{Name: "riverton-transit.yaml", Data: riverton})...))

	tests := []struct {
		question string
		want     []string // every one must be in the answer
		factID   string   // the first fact cited
	}{
		{"How many bus routes does the budget add?", []string{"12"}, "riverton-transit-2024/new-routes"},
		{"Who voted against the budget?", []string{"Becker"}, "riverton-transit-2024/becker-opposed"},
		{"What did the mayor say?", []string{"where people live"}, "riverton-transit-2024/ortiz-quote"},
		{"Who is Ana Ortiz?", []string{"mayor of Riverton"}, ""},
		{"When did Ortiz propose the plan?", []string{"September 2023"}, "riverton-transit-2024/first-proposed"},
		{"How much is the fare?", []string{"2.50"}, "riverton-transit-2024/fare-unchanged"},
		{"How many drivers will be hired?", []string{"85"}, "riverton-transit-2024/drivers-hired"},
		{"Who backed the budget?", []string{"union"}, "riverton-transit-2024/union-backed"},
		{"how many drivers will the RTA hire", []string{"85"}, "riverton-transit-2024/drivers-hired"},
		{"Who voted againts the budjet?", []string{"Becker"}, "riverton-transit-2024/becker-opposed"}, // typos
		{"Who voted agaisnt the bugdet?", []string{"Becker"}, "riverton-transit-2024/becker-opposed"}, // letters swapped, a slip of one
	}
	for _, kb := range []askFunc{kb, lexiconOnly} {
		for _, tt := range tests {
			t.Run(tt.question, func(t *testing.T) {
				ans, err := kb(tt.question, facts.AskOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if !ans.Found {
					t.Fatalf("not found: %q", ans.Answer)
				}
				for _, w := range tt.want {
					if !strings.Contains(ans.Answer, w) {
						t.Errorf("answer %q lacks %q", ans.Answer, w)
					}
				}
				if tt.factID != "" && ans.Facts[0].ID != tt.factID {
					t.Errorf("first fact = %s, want %s", ans.Facts[0].ID, tt.factID)
				}
				for _, f := range ans.Facts {
					if f.Source.Title == "" || f.Source.Publisher == "" {
						t.Errorf("fact %s has no citation: %+v", f.ID, f.Source)
					}
				}
			})
		}
	}
}

func TestAsk_Bundled(t *testing.T) {
	kb := asker(indextest.Bundled(t))
	tests := []struct {
		question string
		lead     string   // the answer begins with this
		want     []string // and holds these
	}{
		{"Who signed the statement?", "The joint statement", []string{"43 countries"}}, // the README's first command: the 43 first
		{"How many countries backed China?", "", []string{"62"}},
		{"Who is Zhang Jun?", "", []string{"ambassador"}},
		{"What did China respond?", "", []string{"62", "Cuban"}},
		{"Who read the statement for the group?", "", []string{"de Riviere"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := kb(tt.question, facts.AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !ans.Found {
				t.Fatalf("not found: %q", ans.Answer)
			}
			if !strings.HasPrefix(ans.Answer, tt.lead) {
				t.Errorf("answer %q does not begin with %q", ans.Answer, tt.lead)
			}
			for _, w := range tt.want {
				if !strings.Contains(ans.Answer, w) {
					t.Errorf("answer %q lacks %q", ans.Answer, w)
				}
			}
			if strings.HasPrefix(tt.question, "How many") && len(ans.Facts) != 1 {
				t.Errorf("a how-many answer cites %d facts, want the one with the figure", len(ans.Facts))
			}
		})
	}
}

func TestAsk_NotFound(t *testing.T) {
	kb := asker(indextest.Bundled(t, "../testdata/riverton-transit.yaml"))
	for _, q := range []string{
		"What did the governor say?",        // nobody of that role in the knowledge base
		"What did Germany say?",             // a name it has never seen
		"What is the capital of Australia?", // nothing of the kind
		"How many people died in the camps?",
		"When did the NBA season start?",
		"What did the U.N. High Commissioner say?", // mentioned, but said nothing
		"How many Uyghurs live in Xinjiang?",
		"Who is the mayor of Springfield?",
	} {
		t.Run(q, func(t *testing.T) {
			ans, err := kb(q, facts.AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if ans.Found {
				t.Fatalf("answered %q; want not found", ans.Answer)
			}
			if !strings.Contains(ans.Answer, "not in the knowledge base") {
				t.Errorf("answer %q does not say plainly that it is not held", ans.Answer)
			}
			if len(ans.Facts) != 0 {
				t.Errorf("not-found answer cites facts: %+v", ans.Facts)
			}
		})
	}
}

// TestAsk_SparseStory asks about a story curated with no keywords and few
// aliases: the lexicon and general mechanisms must carry the questions.
func TestAsk_SparseStory(t *testing.T) {
	kb := asker(indextest.Bundled(t, "../testdata/quake-2023.yaml"))
	found := []struct{ q, factID string }{
		{"How many people died in the earthquake?", "quake-2023/death-toll"},
		{"How many people were hurt?", "quake-2023/injured"},
		{"What was the magnitude?", "quake-2023/magnitude"},
		{"Where was the epicenter?", "quake-2023/epicenter"},
		{"When did the earthquake strike?", "quake-2023/time"},
		{"What did the king do?", "quake-2023/mourning"},
		{"What did residents say?", "quake-2023/itri-quote"},
		{"How many days of mourning were declared?", "quake-2023/mourning"},
		{"How far was the epicenter from Marrakech?", "quake-2023/epicenter"},
		{"Who is the king of Morocco?", "quake-2023/mourning"}, // by the title on record
	}
	for _, tt := range found {
		ans, err := kb(tt.q, facts.AskOptions{Story: "quake-2023"})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != tt.factID {
			t.Errorf("%q: found %v, answer %q; want %s first", tt.q, ans.Found, ans.Answer, tt.factID)
		}
	}
	for _, q := range []string{"What did France offer?", "How many buildings collapsed?", "How many rescuers were deployed?", "How many people were killed in Marrakech?"} {
		if ans, _ := kb(q, facts.AskOptions{Story: "quake-2023"}); ans.Found {
			t.Errorf("%q answered %q; the story does not say", q, ans.Answer)
		}
	}
}

func TestAsk_StoryFilter(t *testing.T) {
	kb := asker(indextest.Bundled(t, "../testdata/riverton-transit.yaml"))
	ans, err := kb("Who signed the statement?", facts.AskOptions{Story: "riverton-transit-2024"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered from another story: %q", ans.Answer)
	}
}

// TestAsk_Explain: --explain gives a tree: how the question was read, then the
// best candidates with what their score is made of.
func TestAsk_Explain(t *testing.T) {
	ask := asker(indextest.Bundled(t))
	ans, err := ask("Who signed the statement?", facts.AskOptions{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	e := ans.Explain
	if e == nil || !strings.Contains(e.Message, "who") || len(e.Children) < 3 {
		t.Fatalf("explanation = %v", e)
	}
	if !strings.Contains(e.Children[0].Message, "joint-statement") || e.Children[0].Value <= 0 {
		t.Errorf("first reason %+v, want the entity with its weight", e.Children[0])
	}
	cands := e.Children[len(e.Children)-1]
	var answering *facts.Explanation
	for _, c := range cands.Children {
		if strings.HasPrefix(c.Message, ans.Facts[0].ID+" answers") {
			answering = c
		}
	}
	if answering == nil || len(answering.Children) != 3 {
		t.Fatalf("candidates %v, want the answering fact with its coverage, fit and decision", cands)
	}
	if d := answering.Children[2]; d.Value != 1 || len(d.Children) == 0 || !strings.HasPrefix(d.Children[0].Message, "yes: ") {
		t.Errorf("decision %v, want each rule of the decision passed", d)
	}
	if plain, _ := ask("Who signed the statement?", facts.AskOptions{}); plain.Explain != nil {
		t.Error("an explanation nobody asked for")
	}
}

// TestAsk_EnglishByItself asks about a story whose curator recorded no places
// and no keywords: the answers rest on what WordNet knows of English.
func TestAsk_EnglishByItself(t *testing.T) {
	kb := asker(indextest.Bundled(t, "../testdata/lab-closure-2025.yaml"))
	opt := facts.AskOptions{Story: "lab-closure-2025"}
	for _, tt := range []struct{ q, factID, want string }{
		{"Where is Northlab based?", "lab-closure-2025/based", "Geneva"},                            // Geneva is a city, though not an entity
		{"How much sponsorship did the lab need?", "lab-closure-2025/sponsors", "10 million euros"}, // a sum of money, whatever it is called
		{"Did the lab's ideas include tooth implants?", "lab-closure-2025/teeth", ""},
		{"How many Northlab staff will lose their jobs?", "lab-closure-2025/staff", "80"},                            // staff are counted, the name aside
		{"Which projects were performing well?", "lab-closure-2025/projects", "Lumen"},                               // what is asked for is the subject
		{"When did the lab lose its last sponsor?", "lab-closure-2025/last-sponsor", "Two weeks ago."},               // a time said relative to the story
		{"What did the Northlab director say about the closure?", "lab-closure-2025/painful", "painful"},             // Northlab only says whose director
		{"Who lobbied Mueller?", "lab-closure-2025/delegation", "delegation"},                                        // she is visited, not lobbying, before "to lobby"
		{"How did Mueller react to the closure?", "lab-closure-2025/painful", "painful"},                             // a reaction is what she said
		{"How did the Geneva Science Union react to the closure?", "lab-closure-2025/hart-loss", "loss for science"}, // its president said so
		{"How many Northlab staff will lose their jobs already?", "lab-closure-2025/staff", "80"},                    // "already" says when, not what
		{"What day did the board vote to close the lab?", "lab-closure-2025/board-vote", "Friday"},                   // "what day" asks when
		{"what did ines muller say", "lab-closure-2025/staff", "80 of its staff"},                                    // typed in lower case, the name misspelt as an English word               // teeth are tooth
	} {
		ans, err := kb(tt.q, opt)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != tt.factID || !strings.Contains(ans.Answer, tt.want) {
			t.Errorf("%q: found %v, answer %q; want %s, saying %q", tt.q, ans.Found, ans.Answer, tt.factID, tt.want)
		}
	}
	// "picket" and "watch" are related in WordNet; the Watch of Civic Rights
	// Watch is a name, and the story says nothing of pickets.
	for _, q := range []string{"Where were the pickets held?", "Where did Mueller study?"} {
		if ans, _ := kb(q, opt); ans.Found {
			t.Errorf("%q answered %q; the story does not say", q, ans.Answer)
		}
	}
}
