package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/text"
)

// TestParseQuestion checks question types and entity linking on the bundled
// story, read into memory.
func TestParseQuestion(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	tests := []struct {
		q        string
		typ      string
		entities []string
		unknown  bool
	}{
		{"Who signed the statement?", askWho, []string{"joint-statement"}, false},
		{"Who is Zhang Jun?", askWhoIs, []string{"zhang-jun"}, false},
		{"who is china's UN ambassador", askWhoIs, []string{"zhang-jun"}, false},
		{"What did Zhang say about the criticism?", askSay, []string{"zhang-jun"}, false},
		{"How many countries backed China?", askHowMany, []string{"china"}, false},
		{"When did Europe suspend the investment pact?", askWhen, []string{"european-union", "investment-pact"}, false},
		{"What year was the genocide declaration made?", askWhen, []string{"genocide-declaration"}, false},
		{"Since when has Europe suspended the investment pact?", askWhen, []string{"european-union", "investment-pact"}, false}, // a preposition before the question word
		{"For how many years has China faced criticism?", askHowMany, []string{"china"}, false},
		{"Where was the statement delivered?", askWhere, []string{"joint-statement"}, false},
		{"Why is the NBA mentioned?", askWhy, []string{"nba"}, false},
		{"Which countries joined for the first time?", askWhich, nil, false},
		{"Does the Biden administration stand by the declaration?", askYesNo, []string{"biden-administration"}, false},
		{"Who said the days of bullying are long gone?", askWhoSaid, nil, false},
		{"What did Nicolas de Riviere say?", askSay, []string{"nicolas-de-riviere"}, false},
		{"What did Nicholas de Rivière say?", askSay, []string{"nicolas-de-riviere"}, false}, // misspelt and accented
		{"What did the Uighurs face?", askWhat, []string{"uyghurs"}, false},
		{"What did the U.S. lawmakers ask?", askWhat, []string{"us-lawmakers"}, false},
		{"tell us about the group", askWhoIs, []string{"coalition"}, false}, // "us" the pronoun is no country
		{"What did Russia say?", askSay, nil, true},
		{"How did China fare in the states?", askWhat, []string{"china"}, false},                                      // "the states" is no telling
		{"wen did europe suspend the investment pact", askWhen, []string{"european-union", "investment-pact"}, false}, // a question word slipped
		{"Wich countries joined for the first time?", askWhich, nil, false},
		{"wat did zhang say about the criticism", askSay, []string{"zhang-jun"}, false},
		{"Were the countries criticised?", askYesNo, nil, false},              // "were" is no slip of "where"
		{"Which channel shows Celebrity Big Brother?", askWhich, nil, true},   // "Big" of a name is no measure
		{"Which countries benefit from the statement?", askWhich, nil, false}, // "benefit" after a plural is the verb, no measure
		{"What are costs expected to do in 2022?", askWhat, nil, false},       // "to do": what they will do, no measure
		{"What is the share of countries that signed?", askHowMany, nil, false},
		{"What share of the countries do the lawmakers count?", askHowMany, nil, false}, // "do" the auxiliary
		{"What will countries' costs be?", askWhat, nil, false},                         // an auxiliary after "what": no noun asked
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := parseQuestion(tt.q, ix)
			if q.Type != tt.typ {
				t.Errorf("type = %q, want %q", q.Type, tt.typ)
			}
			var got []string
			for _, m := range q.Entities {
				got = append(got, m.IDs...)
			}
			for _, want := range tt.entities {
				if !slices.Contains(got, want) {
					t.Errorf("entities = %v, want %s among them", got, want)
				}
			}
			if slices.Contains(got, "united-states") && !slices.Contains(tt.entities, "united-states") && !slices.Contains(tt.entities, "us-lawmakers") {
				t.Errorf("linked the pronoun us to the United States: %v", got)
			}
			if (len(q.Unknown) > 0) != tt.unknown {
				t.Errorf("unknown names = %v, want unknown: %v", q.Unknown, tt.unknown)
			}
		})
	}
}

// TestPassiveAt: a past participle is passive after a form of "be" or before
// "by", also after a short phrase ("given to her by"); an active past tense
// is not, nor one whose "by" gives a figure.
func TestPassiveAt(t *testing.T) {
	for _, tt := range []struct {
		s    string
		verb string
		want bool
	}{
		{"The statement was delivered by France.", "delivered", true},
		{"The strike, called by the PCS union, was the biggest.", "called", true},
		{"The union called the strike.", "called", false},
		{"She took steroids given to her by Victor Conte.", "given", true},
		{"The charges were raised in October by Eliot Spitzer.", "raised", true},
		{"Shares increased in value by 5% on Monday.", "increased", false},
	} {
		toks := text.Tokenize(tt.s)
		i := slices.IndexFunc(toks, func(tk text.Token) bool { return tk.Norm == tt.verb })
		if got := passiveAt(toks, i); got != tt.want {
			t.Errorf("passiveAt(%q, %s) = %v, want %v", tt.s, tt.verb, got, tt.want)
		}
	}
}

// TestVerbless: a question whose main word is a noun after "the" or "a" gives
// no one a role around it.
func TestVerbless(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	for q, want := range map[string]bool{
		"Who did Zhang have the row with?": true,
		"Who signed the statement?":        false,
	} {
		if got := parseQuestion(q, ix).verbless(); got != want {
			t.Errorf("%q: verbless %v, want %v", q, got, want)
		}
	}
}

// TestWhatDay: "What day...?" asks when; "day" is no word a fact must hold.
func TestWhatDay(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	q := parseQuestion("What day did China respond?", ix)
	if q.Type != askWhen {
		t.Fatalf("type %s, want %s", q.Type, askWhen)
	}
	for _, tm := range q.Terms {
		if tm.Text == "day" {
			t.Errorf("terms %+v hold %q", q.Terms, tm.Text)
		}
	}
}

// TestParseQuestion_NameIsNoTypo: a capitalised word WordNet knows only as a
// name is kept, not corrected to the nearest word the knowledge base holds.
func TestParseQuestion_NameIsNoTypo(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	if ix.DF(text.Stem("try")) == 0 {
		t.Fatal("the bundled story no longer holds \"try\", the word \"Tory\" would be corrected to")
	}
	q := parseQuestion("What did the Tory spokesman say?", ix)
	if got := q.Toks[3].Stem; got != text.Stem("Tory") {
		t.Errorf("Tory read as %q", got)
	}
}

// TestActionAt: a word that may be a verb but stands before another of the
// question's words qualifies it ("the Olympics boycott vote") and is no action
// to find in a fact; one before a preposition or at the end is.
func TestActionAt(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	for q, want := range map[string]bool{
		"When will the Olympics boycott vote take place?":       false,
		"When did the European Parliament pass the resolution?": true,
		"Why was the statement delivered?":                      true,
	} {
		if got := parseQuestion(q, ix).actionAt(); got != want {
			t.Errorf("%q: actionAt %v, want %v", q, got, want)
		}
	}
}

// TestRoleOf_Possessor: an entity that owns what the clause acts on ("Who
// criticized China's record?") neither acts nor is acted on; the owner of the
// action itself ("What was China's reaction?") acts.
func TestRoleOf_Possessor(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	for q, want := range map[string]string{
		"Who criticized China's record?": "",
		"Who criticized China?":          "object",
		"What was China's reaction?":     "subject",
	} {
		pq := parseQuestion(q, ix)
		i := slices.IndexFunc(pq.Entities, func(m index.Mention) bool { return slices.Contains(m.IDs, "china") })
		if i < 0 {
			t.Fatalf("%s: China not found in %v", q, pq.Entities)
		}
		if got := pq.roleOf(pq.Entities[i]); got != want {
			t.Errorf("%s: China's role %q, want %q", q, got, want)
		}
	}
}

// TestRoleNounBeforeAPlural: a role noun before a plural qualifies it ("the
// director posts") and names no one; with "'s" ("the director's aides"), it names
// the one who holds the role.
func TestRoleNounBeforeAPlural(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	for q, want := range map[string]bool{
		"How many director posts has Human Rights Watch filled?": false,
		"What did the director's aides say?":                     true,
	} {
		pq := parseQuestion(q, ix)
		got := slices.ContainsFunc(pq.Entities, func(m index.Mention) bool { return slices.Contains(m.IDs, "louis-charbonneau") })
		if got != want {
			t.Errorf("%s: names the director %v, want %v (entities %v)", q, got, want, pq.Entities)
		}
	}
}

// TestMainVerb_AfterASubject: after "did" or "will" the verb comes bare,
// after its subject: in "did house sales drop" and "did average delays grow"
// the nouns before it ("house", "sales", "average", "delays") may be verbs
// too, but the verb is the last. In "Which court handed down...?" the word
// after "which" is the kind of thing asked for and the next the action,
// though "court" and "channel" may be verbs; so is the word after a name
// with "'s" ("Zhang's book"): it is what the name owns.
func TestMainVerb_AfterASubject(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	for q, want := range map[string]string{
		"By how much did house sales drop?":    "drop",
		"By how much did average delays grow?": "grow",
		"Did police arrest the protesters?":    "arrest",
		"Did Zhang deny abuse claims?":         "deny",
		"Which court handed down the ruling?":  "handed",
		"Which channel aired the statement?":   "aired",
		"What is Zhang's book called?":         "called",
	} {
		pq := parseQuestion(q, ix)
		if pq.verbAt < 0 || pq.Toks[pq.verbAt].Norm != want {
			t.Errorf("%q: verb at %d, want %q", q, pq.verbAt, want)
		}
	}
}

// TestParseQuestion_NameHasNoSynonyms: a name written with its capital
// ("Wales") is matched as itself, never by the relations of the common word it
// stems into ("wale": harm, hurt).
func TestParseQuestion_NameHasNoSynonyms(t *testing.T) {
	ix, _ := indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "storm-2005", Title: "Storm hits coast", Date: "2005-01-08"},
		Sources: []facts.Source{{ID: "desk", Title: "Storm", Publisher: "Weather Desk", Published: "2005-01-08"}},
		Facts: []facts.Fact{{ID: "harm", Statement: "The storm did great harm to farms in Wales and hurt two people.",
			Source: "desk", Status: facts.StatusApproved}},
	})
	q := parseQuestion("Did the Wales coach say anything?", ix)
	for _, tm := range q.Terms {
		if tm.Text == "wales" && len(tm.Alts) != 1 {
			t.Errorf("Wales matches %v; want only itself", tm.Alts)
		}
	}
}

// TestAsksMeasure: a what- or which-question whose noun phrase's head is a
// measure asks for a figure; one that asks which owner, or whose noun is
// no measure, does not.
func TestAsksMeasure(t *testing.T) {
	for q, want := range map[string]bool{
		"What is the GDP of Namibia?":                true,
		"What were the firm's quarterly sales?":      true,
		"What's the total value of the settlement?":  true,
		"By what percentage did spending increase?":  true,
		"What is the interest rate?":                 true,
		"Which country's GDP do online games match?": false,
		"What is his take on the strike?":            false,
		"What did the firm say about its sales?":     false,
		"What is the score in England's defeat?":     false,
	} {
		if got := measureAt(text.Tokenize(q)) >= 0; got != want {
			t.Errorf("%q: asks a measure %v, want %v", q, got, want)
		}
	}
}

// TestRoleMentions_RoleWordAsVerb: a role word after a subject pronoun that
// English uses as a verb is the verb ("can you captain from full-back?"), and
// names no one; "promoted to chairman" still does.
func TestRoleMentions_RoleWordAsVerb(t *testing.T) {
	ix, _ := indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "rugby-2005", Title: "Campese berates England", Date: "2005-03-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Rugby", Publisher: "Sport Desk", Published: "2005-03-01"}},
		Entities: []facts.Entity{
			{ID: "robinson", Name: "Jason Robinson", Kind: "person", Title: "England captain", Aliases: []string{"Robinson"}},
			{ID: "reed", Name: "Tom Reed", Kind: "person", Title: "club chairman", Aliases: []string{"Reed"}},
		},
		Facts: []facts.Fact{{ID: "fullback", Statement: "Campese agreed that a full-back cannot captain a side.",
			Source: "desk", Status: facts.StatusApproved}},
	})
	for q, want := range map[string]int{
		"can you captain from full-back":    0,
		"Was Reed promoted to chairman?":    1,
		"What did the England captain say?": 1,
	} {
		toks := text.Tokenize(q)
		if got := len(roleMentions(ix, toks, nil)); got != want {
			t.Errorf("%q: %d people named by role, want %d", q, got, want)
		}
	}
}

// TestParseQuestion_WordIsNoTypo: an English word the knowledge base lacks
// is no misspelling of one it has, though a name of a group stands beside
// it in a question typed in lower case ("the protesters fined" is not
// "fire"), nor is a capitalised one ("Shell" is not "sell"): reading it so
// would answer another question.
func TestParseQuestion_WordIsNoTypo(t *testing.T) {
	ix, _ := indextest.Story(t, &facts.StoryFile{
		Story:    facts.Story{ID: "hunt-2005", Title: "Protesters in court", Date: "2005-02-10"},
		Sources:  []facts.Source{{ID: "desk", Title: "Protesters", Publisher: "Politics Desk", Published: "2005-02-10"}},
		Entities: []facts.Entity{{ID: "protesters", Name: "the protesters", Kind: "group", Aliases: []string{"protesters"}}},
		Facts: []facts.Fact{
			{ID: "fire", Statement: "The protesters were warned not to light a fire in the chamber.", Subject: "protesters", Source: "desk", Status: facts.StatusApproved},
			{ID: "sell", Statement: "Traders will sell the building next year.", Source: "desk", Status: facts.StatusApproved},
		},
	})
	for q, word := range map[string]string{
		"how much were the protesters fined?": "fined",
		"What did Shell's chairman say?":      "shell",
	} {
		for _, tk := range parseQuestion(q, ix).Toks {
			if tk.Norm == word && tk.Stem != text.Stem(word) {
				t.Errorf("%q: %q read as %q", q, word, tk.Stem)
			}
		}
	}
}

// TestAskedRoles_Progressive: "Who is replacing Mohd-Saaid as CEO?" asks who
// does the replacing, not who holds the role it names; "Who is acting chief
// executive?" asks the holder of the role the "-ing" word is part of.
func TestAskedRoles_Progressive(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	if roles := parseQuestion("Who is replacing Zhang Jun as ambassador?", ix).askedRoles(); len(roles) > 0 {
		t.Errorf("replacing: asked roles %v; want none, the question asks who acts", roles)
	}
	if roles := parseQuestion("Who is acting ambassador?", ix).askedRoles(); !slices.Contains(roles, text.Stem("ambassador")) {
		t.Errorf("acting: asked roles %v; want ambassador", roles)
	}
}

// TestQuestion_ActionBeforePreposition: a verb followed only by a
// preposition ("Which country did Houllier manage before?") is surely the
// question's action, as one at the end is; one before another word of the
// question may qualify it ("When will the boycott vote take place?").
func TestQuestion_ActionBeforePreposition(t *testing.T) {
	ix, _ := indextest.Story(t, &facts.StoryFile{
		Story:    facts.Story{ID: "coach", Title: "Coach"},
		Sources:  []facts.Source{{ID: "desk", Title: "Coach", Publisher: "Wire"}},
		Entities: []facts.Entity{{ID: "houllier", Name: "Gerard Houllier", Kind: "person", Aliases: []string{"Houllier"}}},
		Facts:    []facts.Fact{{ID: "tv", Statement: "Houllier has been working for French television.", Subject: "houllier", Source: "desk", Status: facts.StatusApproved}},
	})
	for q, want := range map[string]bool{
		"Which country did Houllier manage before?": true,
		"Which country did Houllier manage?":        true,
		"When will the boycott vote take place?":    false,
	} {
		if got := parseQuestion(q, ix).actionAt(); got != want {
			t.Errorf("%q: actionAt = %v, want %v", q, got, want)
		}
	}
}

// TestQuestion_FocusHeadNoVerb: the noun a which-question asks for comes past
// a name before it ("Which Gloucester centre...?": centre), but a verb after
// the capitalised word is no such noun ("Which MP found out...?": the MP).
func TestQuestion_FocusHeadNoVerb(t *testing.T) {
	ix, _ := indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "mp", Title: "MP"},
		Sources: []facts.Source{{ID: "desk", Title: "MP", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "gloucester", Name: "Gloucester", Kind: "organization"},
			{ID: "mp", Name: "Ian Gibson", Kind: "person", Title: "Labour MP", Aliases: []string{"Gibson"}},
		},
		Facts: []facts.Fact{{ID: "daughter", Statement: "Labour MP Ian Gibson found out he had a daughter.", Subject: "mp", Source: "desk", Status: facts.StatusApproved}},
	})
	for q, want := range map[string]string{
		"Which Gloucester centre has been cleared to play?": "centre",
		"Which MP found out he had a long-lost daughter?":   "mp",
	} {
		if h := parseQuestion(q, ix).focusHead(); h == nil || strings.ToLower(h.Text) != want {
			t.Errorf("%q: focus head %v, want %q", q, h, want)
		}
	}
}
