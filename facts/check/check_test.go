package check_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// testStories are small stories of our own, unlike the bundled one, so the tests
// show the check is general: a council's flood wall, an airline strike, a
// sentencing and a company's job cuts.
const testStories = "../testdata/drafts"

// findingWant is a finding a test expects: its kind, a stretch of the draft its
// span must overlap, and words its expected value must contain.
type findingWant struct {
	kind, text, expected string
}

// checker checks drafts against the bundled story and the test stories, held in
// memory.
func checker(tb testing.TB) func(string) (facts.CheckResult, error) {
	tb.Helper()
	ix, mem := indextest.Bundled(tb, testStories)
	return func(draft string) (facts.CheckResult, error) {
		return check.Check(context.Background(), ix, mem, draft, facts.CheckOptions{})
	}
}

func TestCheck(t *testing.T) {
	checkDraft := checker(t)
	tests := []struct {
		name string
		text string
		want []findingWant
	}{
		// The bundled story.
		{"Bundled/Number", "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.",
			[]findingWant{{"number", "45 countries", "43 countries"}}},
		{"Bundled/NumberOfOtherEvent", "China hit back through a statement read by a Cuban envoy on behalf of 64 countries.",
			[]findingWant{{"number", "64 countries", "62 countries"}}},
		{"Bundled/NumberLastYear", "Last year's version of the group had 41 nations.",
			[]findingWant{{"number", "41 nations", "39 nations"}}},
		{"Bundled/VagueNumber", "The U.N. estimates that millions of Uyghurs have been held in re-education camps in Xinjiang.",
			[]findingWant{{"number", "millions of Uyghurs", "hundreds of thousands"}}},
		{"Bundled/Misquote", "\"The days when Western countries could bully developing countries are over,\" Zhang said.",
			[]findingWant{{"quote", "The days when Western countries could bully developing countries are over", "bully and oppress developing countries are long gone"}}},
		{"Bundled/ShortMisquote", "Beijing calls the camps \"vocational training centers.\"",
			[]findingWant{{"quote", "vocational training centers", "vocational education centers"}}},
		{"Bundled/Misattribution", "\u201cWe have seen an increasing number of reports of widespread and systematic human rights violations,\u201d Zhang said.",
			[]findingWant{{"attribution", "Zhang", "Nicolas de Rivi"}}},
		{"Bundled/Name", "French Ambassador Nicholas de Riviere said on behalf of the group that surveillance continues to target Uyghurs.",
			[]findingWant{{"name", "Nicholas de Riviere", "Nicolas de Rivi"}}},
		{"Bundled/TitleRole", "Zhang Jun, China's foreign minister, called the criticism baseless.",
			[]findingWant{{"title", "foreign minister", "ambassador"}}},
		{"Bundled/TitleCountry", "Nicolas de Riviere, China's ambassador to the U.N., read the statement.",
			[]findingWant{{"title", "China's ambassador", "France's ambassador"}}},
		{"Bundled/DateMonth", "In June, Europe suspended ratification of its investment pact with China.",
			[]findingWant{{"date", "June", "May 2021"}}},
		{"Bundled/DateWeekday", "On Wednesday, 43 countries denounced China's human rights record at the United Nations.",
			[]findingWant{{"date", "Wednesday", "Thursday"}}},
		{"Bundled/SwappedParty", "Zhang Jun said France and a few other countries are desperately trying to hide their own terrible human rights record.",
			[]findingWant{{"attribution", "France", "United States"}}},
		{"Story/SwappedParty", "Judge Amara Lindgren sentenced Tomasz Nowak to seven years in prison on Thursday, Nov. 3, 2022.",
			[]findingWant{{"attribution", "Tomasz Nowak", "Victor Hale"}}},
		{"Story/SwappedPartyShort", "Judge Lindgren sentenced Tomasz Nowak to prison.",
			[]findingWant{{"attribution", "Tomasz Nowak", "Victor Hale"}}},
		{"Story/OtherCompanysFigure", "Boeing said on Tuesday it will cut 1,500 jobs.", nil}, // not Acme's 1,200: it names someone else
		{"Story/NumberBesideOtherSort", "About 2,100 Northwind pilots walked off the job on Friday, July 14, 2023, costing $20 million a day.",
			[]findingWant{{"number", "2,100", "1,800"}}},
		{"Story/NumberOfTwoInOneFact", "Acme Robotics will also cut its quarterly dividend to 15 cents a share.",
			[]findingWant{{"number", "15 cents", "12 cents"}}},
		{"Bundled/OtherFirstName", "Foreign minister Wang Zhang said the talks had failed.", nil}, // not Zhang Jun: another Zhang
		{"Bundled/OtherNameAfter", "The film director Zhang Yimou said the festival had been a success.", nil},
		{"Bundled/PlaceNoSlip", "Exports from Siberia rose sharply.", nil}, // a place of its own, not Liberia misspelt
		{"Bundled/Clean", "The group, which included Turkey, Eswatini and Liberia for the first time, called on China to allow access to Xinjiang for independent observers. In May, Europe suspended ratification of an investment pact with China. A Cuban envoy delivered a statement on behalf of 62 countries. Last year's group included 39 nations.", nil},
		{"Bundled/CleanQualified", "More than 40 countries, dozens of them Western, criticized China on Thursday; nearly four dozen nations signed.", nil},
		{"Bundled/CleanTitles", "China's U.N. ambassador, Zhang Jun, called the criticism baseless. French Ambassador Nicolas de Riviere read the statement. Zhang Jun, a former assistant foreign minister, spoke after the meeting.", nil},
		{"Bundled/CleanQuotes", "Zhang said: \"The days when Western countries could bully and oppress developing countries are long gone.\" The statement cited \"forced sterilization\" and \"sexual and gender-based violence.\"", nil},
		{"Bundled/UnknownClaims", "About 300 protesters gathered in Geneva on Friday, and Ambassador Jane Doe, Canada's envoy, said \"we are watching closely.\"", nil},

		// The test story: the same kinds of findings over different words.
		{"Story/Number", "The Riverton City Council voted on Tuesday to approve a $52 million flood wall along the Calder River.",
			[]findingWant{{"number", "$52 million", "$48 million"}}},
		{"Story/NumberWords", "Eight council members voted for the flood wall and two voted against it.",
			[]findingWant{{"number", "Eight council members", "7"}}},
		{"Story/Misquote", "\"This wall is the difference between a hard winter and a lost neighborhood,\" Okafor said.",
			[]findingWant{{"quote", "hard winter", "hard spring"}}},
		{"Story/Misattribution", "\"We can pay for this without raising property taxes, and we will,\" said Greta Lindqvist.",
			[]findingWant{{"attribution", "Greta Lindqvist", "Daniel Brandt"}}},
		{"Story/Name", "Mayor Maria Okafer praised the vote.",
			[]findingWant{{"name", "Maria Okafer", "Maria Okafor"}}},
		{"Story/Title", "Harold Wexley, the Riverton police chief, told the council the river would flood again.",
			[]findingWant{{"title", "police chief", "emergency manager"}}},
		{"Story/Date", "Construction of the flood wall is set to begin in October.",
			[]findingWant{{"date", "October", "September 2024"}}},
		{"Story/Clean", "Seven council members backed the $48 million flood wall on Tuesday, March 12, 2024. It will protect about 3,200 homes. \"The question is not whether the Calder floods again, but when,\" said Harold Wexley, Delmar County's emergency manager. About 60 people spoke, and the city will plant 500 trees in May.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := checkDraft(tt.text)
			if err != nil {
				t.Fatalf("check: %v", err)
			}
			assertFindings(t, tt.text, res, tt.want)
			if res.Findings == nil {
				t.Error("findings is nil, want a list (JSON [])")
			}
		})
	}
}

// assertFindings fails unless every wanted finding is present and every
// finding is wanted, with offsets, expected values and citations in order.
// devStories is a knowledge base of the real-news benchmark's development
// stories, for cases that are real ones.
func devStories(t *testing.T) (*index.Index, *index.Memory) {
	t.Helper()
	return partStories(t, "dev")
}

// partStories indexes one part of the real-news benchmark's stories beside
// the bundled ones.
func partStories(t *testing.T, part string) (*index.Index, *index.Memory) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(realNewsDir, part, "stories", "*.yaml"))
	if len(paths) == 0 {
		t.Fatalf("no story files in %s", filepath.Join(realNewsDir, part, "stories"))
	}
	return indextest.Bundled(t, paths...)
}

// checkPart checks each draft alone against one part of the real-news
// benchmark's stories (see partStories and checkDrafts).
func checkPart(t *testing.T, part string, cases []draftCase) {
	t.Helper()
	ix, mem := partStories(t, part)
	checkDrafts(t, ix, mem, cases)
}

// draftCase is a draft and the findings a check of it must raise.
type draftCase struct {
	draft string
	want  []findingWant
}

// checkDrafts checks each draft alone against the knowledge base and holds it
// to its findings.
func checkDrafts(t *testing.T, ix *index.Index, mem index.Store, cases []draftCase) {
	t.Helper()
	for _, tt := range cases {
		res, err := check.Check(context.Background(), ix, mem, tt.draft, facts.CheckOptions{})
		if err != nil {
			t.Fatal(err)
		}
		assertFindings(t, tt.draft, res, tt.want)
	}
}

func assertFindings(t *testing.T, text string, res facts.CheckResult, want []findingWant) {
	t.Helper()
	rs := []rune(text)
	for _, w := range want {
		ws := spanOf(text, w.text)
		found := false
		for _, f := range res.Findings {
			if f.Kind == w.kind && overlaps(f.Start, f.End, ws) && strings.Contains(f.Expected, w.expected) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %s finding over %q expecting %q; got %s", w.kind, w.text, w.expected, describeFindings(res))
		}
	}
	for _, f := range res.Findings {
		wanted := false
		for _, w := range want {
			wanted = wanted || overlaps(f.Start, f.End, spanOf(text, w.text))
		}
		if !wanted {
			t.Errorf("false alarm: %s %q: %s", f.Kind, f.Text, f.Message)
		}
		if f.Start < 0 || f.End > len(rs) || f.Start >= f.End || string(rs[f.Start:f.End]) != f.Text {
			t.Errorf("finding %q: offsets [%d,%d) do not point at its text", f.Text, f.Start, f.End)
		}
		if f.Expected == "" || f.Message == "" {
			t.Errorf("finding %q lacks its expected value or message", f.Text)
		}
		if f.FactID == "" || f.Source == nil || f.Source.Title == "" {
			t.Errorf("finding %q does not cite a fact and its source", f.Text)
		}
	}
	if res.Checked < len(want) {
		t.Errorf("checked = %d, fewer than the %d findings", res.Checked, len(want))
	}
}

// spanOf returns the code-point span of sub in text.
func spanOf(text, sub string) [2]int {
	i := strings.Index(text, sub)
	if i < 0 {
		return [2]int{-1, -1}
	}
	start := len([]rune(text[:i]))
	return [2]int{start, start + len([]rune(sub))}
}

func overlaps(start, end int, s [2]int) bool { return s[0] >= 0 && start < s[1] && s[0] < end }

func describeFindings(res facts.CheckResult) string {
	if len(res.Findings) == 0 {
		return "no findings"
	}
	var parts []string
	for _, f := range res.Findings {
		parts = append(parts, f.Kind+" "+f.Text+" (expected "+f.Expected+")")
	}
	return strings.Join(parts, "; ")
}

// TestCheck_Drafts runs the drafts in testdata: every planted error found,
// nothing else flagged.
func TestCheck_Drafts(t *testing.T) {
	checkDraft := checker(t)
	data, err := os.ReadFile("../testdata/drafts/drafts.json")
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		Drafts []struct {
			ID     string        `json:"id"`
			Text   string        `json:"text"`
			Errors []findingWant `json:"-"`
			Raw    []struct {
				Kind string `json:"kind"`
				Text string `json:"text"`
			} `json:"errors"`
		} `json:"drafts"`
	}
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	if len(set.Drafts) < 10 {
		t.Fatalf("only %d drafts in testdata", len(set.Drafts))
	}
	for _, d := range set.Drafts {
		t.Run(d.ID, func(t *testing.T) {
			res, err := checkDraft(d.Text)
			if err != nil {
				t.Fatalf("check: %v", err)
			}
			var want []findingWant
			for _, e := range d.Raw {
				want = append(want, findingWant{kind: e.Kind, text: e.Text})
			}
			assertFindings(t, d.Text, res, want)
		})
	}
}

// TestCheck_Verdicts: every claim gets a verdict. A contradiction cites the fact
// about the same subject and time; a claim about a known person or thing that
// no fact backs is unsupported; a passage with nothing checkable says so.
func TestCheck_Verdicts(t *testing.T) {
	checkDraft := checker(t)
	tests := []struct {
		name         string
		text         string
		contradicted []findingWant
		unsupported  []string // stretches of the draft that must be flagged as unsupported
		supported    []string // stretches that must be backed by a fact
	}{
		{"TimeSelectsFact", "Last year, 40 countries signed a similar statement.",
			[]findingWant{{"number", "40 countries", "39"}}, nil, nil},
		{"TimeSelectsFactInContext", "China faced criticism at the U.N. over Xinjiang. Last year, 40 countries signed a similar statement.",
			[]findingWant{{"number", "40 countries", "39"}}, nil, nil},
		{"RightFactForSubject", "Cuba spoke on behalf of 64 countries.",
			[]findingWant{{"number", "64 countries", "62"}}, nil, nil},
		{"TitleApposition", "Louis Charbonneau, the U.N. director for Amnesty International, said the statement was significant.",
			[]findingWant{{"title", "Amnesty International", "Human Rights Watch"}}, nil, nil},
		{"NationalityTitle", "German Ambassador Nicolas de Riviere read the statement.",
			[]findingWant{{"title", "German", "France"}}, nil, nil},
		{"StatementMisattributed", "Human Rights Watch's Kenneth Roth said the statement was significant because all U.N. regional groups joined.",
			[]findingWant{{"attribution", "Kenneth Roth", "Charbonneau"}}, nil, nil},
		{"UnrecordedQuote", "Zhang Jun said the charges were \"a lie\".", nil, []string{"a lie"}, nil},
		{"Supported", "A coalition of 43 countries denounced China at the United Nations.", nil, nil, []string{"43 countries"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := checkDraft(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			assertFindings(t, tt.text, res, tt.contradicted)
			for _, want := range tt.unsupported {
				if !overlapsAny(tt.text, want, res.Unsupported, facts.Unsupported) {
					t.Errorf("%q not unsupported; unsupported %+v", want, res.Unsupported)
				}
			}
			for _, want := range tt.supported {
				if !overlapsAny(tt.text, want, res.Supported, facts.Supported) {
					t.Errorf("%q not supported; supported %+v", want, res.Supported)
				}
			}
		})
	}
	res, err := checkDraft("The sky is blue.")
	if err != nil {
		t.Fatal(err)
	}
	if !res.NothingCheckable() {
		t.Errorf("\"The sky is blue.\" gave %+v; want nothing checkable", res)
	}
}

// overlapsAny reports whether one of fs, with the verdict, spans want in text.
func overlapsAny(text, want string, fs []facts.Finding, verdict string) bool {
	at := strings.Index(text, want)
	if at < 0 {
		return false
	}
	start := len([]rune(text[:at]))
	end := start + len([]rune(want))
	for _, f := range fs {
		if f.Verdict == verdict && f.Start < end && start < f.End {
			return true
		}
	}
	return false
}

// TestCheck_ShortRestatement: a short sentence that says part of a long fact,
// naming its speaker, is held to the fact's date; the same sentence with the
// right day raises nothing.
func TestCheck_ShortRestatement(t *testing.T) {
	ix, mem := indextest.Bundled(t, "../testdata/lab-closure-2025.yaml")
	checkDrafts(t, ix, mem, []draftCase{
		{"Mueller said the board voted on Thursday to close the lab.", []findingWant{{"date", "Thursday", "Friday"}}},
		{"Mueller said the board voted on Friday to close the lab.", nil},
	})
}

// TestCheck_Age: an age beside a name is held to the age a fact gives that
// person, however either writes it; another person's age is not.
func TestCheck_Age(t *testing.T) {
	ix, mem := indextest.Bundled(t, "../testdata/lab-closure-2025.yaml")
	checkDrafts(t, ix, mem, []draftCase{
		{"Ines Mueller, 52, said the closure was painful.", []findingWant{{"number", "52", "48"}}},
		{"The 52-year-old Mueller said the closure was painful.", []findingWant{{"number", "52", "48"}}},
		{"Mueller, aged 48, said the closure was painful.", nil},
		{"Paul Hart, 52, said the closure was a loss for science.", nil}, // his age is not recorded
	})
}

// TestCheck_EchoedFigure: a sentence that gives one of a fact's figures (the
// same sum in another currency) is about that fact, though it names no one:
// its other figure is held to the fact's. A sum no fact gives beside it ties
// the sentence to nothing.
func TestCheck_EchoedFigure(t *testing.T) {
	ix, mem := indextest.Bundled(t, "../testdata/lab-closure-2025.yaml")
	checkDrafts(t, ix, mem, []draftCase{
		{"Converting the brewery cost 18 million euros ($14.9m).", []findingWant{{"number", "18 million euros", "12.4 million euros"}}},
		{"Converting the brewery cost 12.4 million euros ($14.9m).", nil},
		{"Converting the brewery cost 18 million euros ($21.6m).", nil},
	})
}

// TestCheck_SwappedForOneOfTheirOwn: a name swapped for another of its kind is
// an attribution finding even where the sentence still names the body of the
// fact's actor, or one of the people of the body the fact names.
func TestCheck_SwappedForOneOfTheirOwn(t *testing.T) {
	ix, mem := indextest.Bundled(t, "../testdata/lab-closure-2025.yaml")
	checkDrafts(t, ix, mem, []draftCase{
		// Mueller runs Northlab; naming it does not make Hart her.
		{"Paul Hart founded Northlab with a grant from the city.", []findingWant{{"attribution", "Paul Hart", "Ines Mueller"}}},
		{"Ines Mueller founded Northlab with a grant from the city.", nil},
		// Naming her does not name Northlab where
		// another body stands in its place.
		{"Mueller said about 80 of its staff would lose their jobs at Civic Rights Watch.", []findingWant{{"attribution", "Civic Rights Watch", "Northlab"}}},
		{"Mueller said about 80 of its staff would lose their jobs at Northlab.", nil},
	})
}

// TestCheck_TitleOfPersonInTwoStories: a person two stories record, each under
// its own id, is one person to the title check: a wrong role is found, and the
// right one raises nothing.
func TestCheck_TitleOfPersonInTwoStories(t *testing.T) {
	ix, mem := indextest.Bundled(t, "../testdata/lab-closure-2025.yaml", "../testdata/lab-rescue-2025.yaml")
	checkDrafts(t, ix, mem, []draftCase{
		{"Chairman Ines Mueller said the closure was painful.", []findingWant{{"title", "Chairman", "director of Northlab"}}},
		{"Director Ines Mueller said the closure was painful.", nil},
	})
}

// TestCheck_FigureTakenByAnotherClause: a fact whose figure another figure of
// the sentence gives is that figure's, and the claim is held to the fact left:
// the £130m debt then to the £103m, not to the fact the "below £25m" repeats.
// (The real-news benchmark's development stories: the two debts nearly tie on
// words, the later one ahead.)
func TestCheck_FigureTakenByAnotherClause(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"Leeds were £130m in debt when Krasner's consortium took charge in March 2004, but the figure has since been brought below £25m.", []findingWant{{"number", "£130m", "£103 million"}}},
		{"Leeds were £103m in debt when Krasner's consortium took charge in March 2004, but the figure has since been brought below £25m.", nil},
	})
}

// TestCheck_BoundedSumRestated: a sum bounded in the draft as the fact bounds
// it ("up to £138m") must be the fact's sum, though the curator's value gives
// it unbounded; a count elsewhere in the sentence ("five million set-top
// boxes") gives no sum of money and does not take the fact for itself.
func TestCheck_BoundedSumRestated(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"The BBC will spend up to £183m on Freeview before 2014, and five million set-top boxes have been sold.", []findingWant{{"number", "up to £183m", "£138 million"}}},
		{"The BBC will spend up to £138m on Freeview before 2014, and five million set-top boxes have been sold.", nil},
	})
}

// TestCheck_EventInTheStatementsWords: a fact whose curator named no predicate
// is held to its figure by a clause that says much of its statement in its own
// words, though the clause names no one: "average individual delays rising by"
// is the fact that "average delays on individual projects grew by three
// months" (the real-news benchmark's development stories).
func TestCheck_EventInTheStatementsWords(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"The total delays amounted to 62 months, with average individual delays rising by four months.", []findingWant{{"number", "four months", "3 months"}}},
		{"The total delays amounted to 62 months, with average individual delays rising by three months.", nil},
	})
}

// TestCheck_DateOfSomeoneNamedBefore: a clause whose actor is "he" is about the
// person named before it in the sentence, and one naming a person by their
// title and club is about them: both are held to the dates of their facts (the
// real-news benchmark's development stories).
func TestCheck_DateOfSomeoneNamedBefore(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"But Bellamy, 25, has not been put on the transfer list, although he did not train with the first team on Wednesday.", []findingWant{{"date", "Wednesday", "Tuesday"}}},
		{"But Bellamy, 25, has not been put on the transfer list, although he did not train with the first team on Tuesday.", nil},
		{"The 73-year-old former Chelsea chairman sealed the deal at 0227 GMT on Saturday.", []findingWant{{"date", "Saturday", "Friday"}}},
		{"The 73-year-old former Chelsea chairman sealed the deal at 0227 GMT on Friday.", nil},
	})
}

// TestCheck_FiguresAndDatesOfOtherEvents: a sum of three significant digits
// beside the draft's ties its sentence to the fact that gives it, but a round
// one does not; and a date is held to a fact only by a clause saying more of it
// than its actor and verb, or nothing else (the real-news benchmark's
// development stories).
func TestCheck_FiguresAndDatesOfOtherEvents(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"Due to the Thanksgiving holiday, the film opened on Wednesday, bringing its total takings to $21.6m (£17.1m).", []findingWant{{"number", "£17.1m", "£11.4m"}}},
		{"A TV benefit after the attacks raised more than $150m (£80m).", nil},
		{"Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March, the Treasury has announced.", nil},
		{"She was suspended by Delta in October.", []findingWant{{"date", "October", "Saturday, September 25, 2004"}}},
	})
}

// TestCheck_FigureAmongOtherWords: a figure's fact is searched for by the
// words nearest it, not by the prepositions and rarest words of a long clause;
// a dash closes an aside, whose date is the aside's; and a round sum beside
// another is no sign of which fact they give (the real-news benchmark's
// development stories).
func TestCheck_FigureAmongOtherWords(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"As part of its efforts to cut costs, the company said it was halving its dividend payment to 17 cents a share from 34 cents, a move which should enable it to save $540m.", []findingWant{{"number", "$540m", "$360m"}}},
		{"The action follows Chancellor Gordon Brown's announcement in July that 104,000 jobs would be cut, with around 9,000 of those expected in Wales.", []findingWant{{"number", "around 9,000", "About 6,000"}}},
		{"In January, Marsh agreed to pay $850m to settle the suit - a figure in line with the placement fees it collected in 2003 - and agreed to change its business practices.", nil},
		{"In February, Marsh agreed to pay $850m to settle the suit - a figure in line with the placement fees it collected in 2003 - and agreed to change its business practices.", []findingWant{{"date", "February", "January 2005"}}},
		{"Early estimates from the World Bank put the amount of aid needed at about $5bn (£2.6bn).", nil},
	})
}

// TestCheck_CommonWordNameOpensSentence: a body whose name is also an English
// word ("arsenal") still names it when it opens a sentence, and in the place of
// the club the fact names it is the wrong one (the real-news benchmark's
// development stories).
func TestCheck_CommonWordNameOpensSentence(t *testing.T) {
	ix, mem := devStories(t)
	checkDrafts(t, ix, mem, []draftCase{
		{"Arsenal have fined their Welsh striker Craig Bellamy two weeks' wages - about £80,000 - following his row with manager Graeme Souness.", []findingWant{{"attribution", "Arsenal", "Newcastle"}}},
		{"Newcastle have fined their Welsh striker Craig Bellamy two weeks' wages - about £80,000 - following his row with manager Graeme Souness.", nil},
	})
}

// TestCheck_BoundRestatedWithAnotherFigure: a figure bounded as the fact
// bounds it ("up to four hours" for "up to three hours") is another figure,
// though both bounds allow two hours; the fact's own bound agrees (the
// real-news benchmark's dev34 stories).
func TestCheck_BoundRestatedWithAnotherFigure(t *testing.T) {
	checkPart(t, "dev34", []draftCase{
		{"Tony Blair launched a £500m initiative to let school sports clubs in England provide up to four hours of extra activity a week by 2010.", []findingWant{{"number", "up to four hours", "up to three hours"}}},
		{"Tony Blair launched a £500m initiative to let school sports clubs in England provide up to three hours of extra activity a week by 2010.", nil},
	})
}

// TestCheck_MisspeltNameAfterADescription: a misspelt name after words that
// describe the one named ("Controversial DJ", "Conservative MP") is still
// checked: the words before it are English, no name of their own, or say
// what kind of person (the real-news benchmark's dev27 and dev41 stories).
func TestCheck_MisspeltNameAfterADescription(t *testing.T) {
	checkPart(t, "dev27", []draftCase{
		{"Controversial DJ Howard Sterne will join the Sirius subscription service next year.", []findingWant{{"name", "Howard Sterne", "Howard Stern"}}},
		{"Controversial DJ Howard Stern will join the Sirius subscription service next year.", nil},
	})
	checkPart(t, "dev41", []draftCase{
		{"Conservative MP Michael Mayes, who sat on the Butler inquiry, said the government could not pick and choose.", []findingWant{{"name", "Michael Mayes", "Michael Mates"}}},
	})
}

// TestCheck_PersonsNameOffByAnS: a person's surname with an "s" too many or
// too few ("Paul Goosen" for Paul Goosens) is a slip, not another form of
// the name, when the other names are written exactly (the real-news
// benchmark's dev40 stories).
func TestCheck_PersonsNameOffByAnS(t *testing.T) {
	checkPart(t, "dev40", []draftCase{
		{"Paul Goosen, head of Preventon, said net service providers must do more to educate people new to broadband.", []findingWant{{"name", "Paul Goosen", "Paul Goosens"}}},
		{"Paul Goosens, head of Preventon, said net service providers must do more to educate people new to broadband.", nil},
	})
}

// TestCheck_PersonsSurnameTwoLettersOff: beside a first name written
// exactly, a surname two letters off ("Alan Milbourne" for Alan Milburn) is
// a slip (the real-news benchmark's dev14 stories).
func TestCheck_PersonsSurnameTwoLettersOff(t *testing.T) {
	checkPart(t, "dev14", []draftCase{
		{"Alan Milbourne and the chancellor were all smiles as they unveiled the party's new posters beside the Thames.", []findingWant{{"name", "Alan Milbourne", "Alan Milburn"}}},
		{"Alan Milburn and the chancellor were all smiles as they unveiled the party's new posters beside the Thames.", nil},
	})
}

// TestCheck_PortfolioAndRankOfATitle: a title is read over its portfolio
// before the role noun ("Shadow home secretary", where only "secretary" was
// read), so the wrong portfolio is found (the shadow education secretary);
// and a rank the recorded title gives ("shadow") is not left out: "Home
// Secretary David Davis" for the shadow home secretary (the real-news
// benchmark's dev43 and dev37 stories).
func TestCheck_PortfolioAndRankOfATitle(t *testing.T) {
	checkPart(t, "dev43", []draftCase{
		{"Shadow home secretary Tim Collins dismissed the government as all talk.", []findingWant{{"title", "Shadow home secretary", "Shadow education secretary"}}},
		{"Shadow education secretary Tim Collins dismissed the government as all talk.", nil},
	})
	checkPart(t, "dev37", []draftCase{
		{"Home Secretary David Davis said a wrongly given control order would act as a recruiting sergeant for terrorists.", []findingWant{{"title", "Home Secretary", "Shadow Home Secretary"}}},
		{"Shadow Home Secretary David Davis said a wrongly given control order would act as a recruiting sergeant for terrorists.", nil},
	})
}

// TestCheck_PortfolioAgainstAnotherQualifier: a portfolio word is wrong
// against a recorded title qualified by a word that is no portfolio of its
// own ("Health Secretary" for the work and pensions secretary, "Culture
// Secretary" for the trade and industry secretary), and agrees where the
// recorded title holds the draft's qualifier ("Pensions Secretary", "Trade
// Secretary") (the real-news benchmark's dev23 and dev43 stories).
func TestCheck_PortfolioAgainstAnotherQualifier(t *testing.T) {
	checkPart(t, "dev23", []draftCase{
		{"Health Secretary Alan Johnson attacked Conservative plans to scrap the New Deal.", []findingWant{{"title", "Health Secretary", "Work and Pensions Secretary"}}},
		{"Work and Pensions Secretary Alan Johnson attacked Conservative plans to scrap the New Deal.", nil},
		{"Pensions Secretary Alan Johnson attacked Conservative plans to scrap the New Deal.", nil},
	})
	checkPart(t, "dev43", []draftCase{
		{"Culture Secretary Patricia Hewitt said violent games should carry bigger warnings.", []findingWant{{"title", "Culture Secretary", "Trade and Industry Secretary"}}},
		{"Trade Secretary Patricia Hewitt said violent games should carry bigger warnings.", nil},
	})
}

// TestCheck_TitleNamingAnotherBody: a draft's title that names a party or a
// country where the recorded title gives a proper adjective none of its names
// is ("Labour leader Michael Howard" for the Tory leader; the knowledge base
// knows Labour, and the Conservatives as the Tories, but no "Tory") is wrong;
// one that keeps the recorded word agrees (the real-news benchmark's dev14
// stories).
func TestCheck_TitleNamingAnotherBody(t *testing.T) {
	checkPart(t, "dev14", []draftCase{
		{"Labour leader Michael Howard launched his own campaign on the same day.", []findingWant{{"title", "Labour leader", "Tory leader"}}},
		{"Tory leader Michael Howard launched his own campaign on the same day.", nil},
	})
}

// TestCheck_JobForATitle: a word that says what someone is (WordNet's kinds
// of person that are only nouns: "goalkeeper", "guitarist") is a title before
// a name and in the recorded one, compared as offices are: "Villa goalkeeper
// Olof Mellberg" for the Aston Villa captain, "Rolling Stones singer Keith
// Richards" for the Rolling Stones guitarist (the real-news benchmark's dev9
// and dev37 stories).
func TestCheck_JobForATitle(t *testing.T) {
	checkPart(t, "dev9", []draftCase{
		{"Villa goalkeeper Olof Mellberg has been rebuked over his remarks.", []findingWant{{"title", "Villa goalkeeper", "Aston Villa captain"}}},
		{"Villa captain Olof Mellberg has been rebuked over his remarks.", nil},
	})
	checkPart(t, "dev37", []draftCase{
		{"His performance was based on his friend, Rolling Stones singer Keith Richards.", []findingWant{{"title", "Rolling Stones singer", "Rolling Stones guitarist"}}},
		{"His performance was based on his friend, Rolling Stones guitarist Keith Richards.", nil},
	})
}

// TestCheck_NameOnlyAStatementWrites: a person the curator made no entity
// of is still named by the statements: "Felicity Hoffman" is a slip for the
// "Felicity Huffman" a statement writes, told by the first name written
// exactly (the real-news benchmark's dev20 and dev25 stories).
func TestCheck_NameOnlyAStatementWrites(t *testing.T) {
	checkPart(t, "dev20", []draftCase{
		{"Teri Hatcher beat her co-stars Marcia Cross and Felicity Hoffman to the prize.", []findingWant{{"name", "Felicity Hoffman", "Felicity Huffman"}}},
		{"Teri Hatcher beat her co-stars Marcia Cross and Felicity Huffman to the prize.", nil},
	})
	checkPart(t, "dev25", []draftCase{
		{"Brentford came back through goals from Isaiah Rankin and Sam Sodge.", []findingWant{{"name", "Sam Sodge", "Sam Sodje"}}},
	})
}

// TestCheck_NameOnlyAQuotationWrites: a name no entity and no statement
// writes, only the words a fact records someone saying ("They have some
// very good creative players in Damien Duff and Arjen Robben"), is known
// as well: "Arjen Roben" is a slip for it (the real-news benchmark's dev20
// story).
func TestCheck_NameOnlyAQuotationWrites(t *testing.T) {
	checkPart(t, "dev20", []draftCase{
		{"Houllier picked out Damien Duff and Arjen Roben as Chelsea's creative players.", []findingWant{{"name", "Arjen Roben", "Arjen Robben"}}},
		{"Houllier picked out Damien Duff and Arjen Robben as Chelsea's creative players.", nil},
	})
}

// TestCheck_DateOfARestatedFactNamingNoOne: a sentence that names no one
// but says again, with its figure, what one dated fact says ("The number of
// malicious programs in circulation passed 100,000") is held to that fact's
// date (the real-news benchmark's dev46 story).
func TestCheck_DateOfARestatedFactNamingNoOne(t *testing.T) {
	checkPart(t, "dev46", []draftCase{
		{"The number of malicious programs in circulation passed 100,000 in September 2003, and could reach 150,000 by September 2005.", []findingWant{{"date", "September 2003", "September 2004"}}},
		{"The number of malicious programs in circulation passed 100,000 in September 2004, and could reach 150,000 by September 2005.", nil},
	})
}

// TestCheck_SpeakerOfAQuotationInsideAClause: a quotation inside a clause
// is credited to the person the sentence names just before a reporting verb
// ("Mr Blair said Mr Bush's re-election came at a time that was ..."), or,
// naming no person, to the one organisation it names, and compared with
// their recorded words (the real-news benchmark's dev36 and dev24 stories).
func TestCheck_SpeakerOfAQuotationInsideAClause(t *testing.T) {
	checkPart(t, "dev36", []draftCase{
		{`Mr Blair said Mr Bush's re-election came at a crucial time for a world that was "fractured, divided and dangerous".`, []findingWant{{"quote", "fractured, divided and dangerous", "uncertain"}}},
		{`Mr Blair said Mr Bush's re-election came at a crucial time for a world that was "fractured, divided and uncertain".`, nil},
	})
	checkPart(t, "dev24", []draftCase{
		{`The Audit Commission concluded that the local government finance system was "fundamentally broken".`, []findingWant{{"quote", "fundamentally broken", "fundamentally flawed"}}},
		{`The Audit Commission concluded that the local government finance system was "fundamentally flawed".`, nil},
	})
}

// TestCheck_CuratedValueInAScaledUnit: a value curated as 805.9 "million
// dollars" is the $805.9m its statement gives, so a sentence giving both of
// a story's sums holds each to its own fact (the real-news benchmark's dev47
// stories).
func TestCheck_CuratedValueInAScaledUnit(t *testing.T) {
	checkPart(t, "dev47", []draftCase{
		{"Google's third-quarter sales jumped to $805.9m from $393.9m a year earlier.", nil},
		{"Google's third-quarter sales jumped to $850.9m from $393.9m a year earlier.", []findingWant{{"number", "$850.9m", "805.9 million"}}},
	})
}

// TestCheck_SpeakerNamedWithOf: reported speech credited to a name holding
// "of" ("The Motion Picture Association of America said...") is compared with
// who the knowledge base records saying it; a speaker it knows only by their
// recorded title, with their name beside it, says it rightly ("The Bishop of
// Durham, Tom Wright, said...") (the real-news benchmark's dev23 and dev8
// stories).
func TestCheck_SpeakerNamedWithOf(t *testing.T) {
	checkPart(t, "dev23", []draftCase{
		{"The Motion Picture Association of America said developer programme members get advance copies of Apple software under strict confidentiality agreements.", []findingWant{{"attribution", "Motion Picture Association of America", "Apple"}}},
		{"Apple said developer programme members get advance copies of Apple software under strict confidentiality agreements.", nil},
	})
	checkPart(t, "dev8", []draftCase{
		{"The Bishop of Durham, Tom Wright, said anyone who knew first-century history would find the book's underlying material laughable.", nil},
	})
}

// TestCheck_Score: a result ("16-6", a tennis match's sets) is compared with
// the one a fact gives for the match the clause names (the real-news
// benchmark's dev24 and dev38 stories).
func TestCheck_Score(t *testing.T) {
	checkPart(t, "dev24", []draftCase{
		{"France made hard work of their Six Nations opener, edging Scotland 16-6 in Paris.", []findingWant{{"number", "16-6", "16-9"}}},
		{"France made hard work of their Six Nations opener, edging Scotland 16-9 in Paris.", nil},
	})
	checkPart(t, "dev38", []draftCase{
		{"Henman beat Nalbandian 6-1 7-6 to open his 2005 campaign at Kooyong.", []findingWant{{"number", "6-1 7-6", "6-1 7-5"}}},
		{"Henman beat Nalbandian 6-1 7-5 to open his 2005 campaign at Kooyong.", nil},
	})
}

// TestCheck_PartOfAWhole: a figure of a part ("23 of the 30 projects") is
// compared with the part a fact gives, not with the whole (the real-news
// benchmark's dev19 and dev36 stories).
func TestCheck_PartOfAWhole(t *testing.T) {
	checkPart(t, "dev19", []draftCase{
		{"Just 23 of the 30 projects that Sepa ordered to stop have obeyed the order.", []findingWant{{"number", "23", "22"}}},
		{"Just 22 of the 30 projects that Sepa ordered to stop have obeyed the order.", nil},
	})
	checkPart(t, "dev36", []draftCase{
		{"About 25 million portable players were sold in 2004, 10 million of them Apple iPods.", nil},
	})
}

// TestCheck_Place: a place in an order ("the 38th minute", "67th in the
// rankings") is compared with the place a fact gives, not with counts (the
// real-news benchmark's dev23 and dev43 stories).
func TestCheck_Place(t *testing.T) {
	checkPart(t, "dev23", []draftCase{
		{"Alan Smith gave United the lead in the 38th minute before Fulham hit back.", []findingWant{{"number", "38th minute", "33rd minute"}}},
		{"Alan Smith gave United the lead in the 33rd minute before Fulham hit back.", nil},
	})
	checkPart(t, "dev43", []draftCase{
		{"Smith takes charge of a Scotland side that has slumped to an all-time low of 67th in the Fifa rankings.", []findingWant{{"number", "67th", "77th"}}},
		{"Smith takes charge of a Scotland side that has slumped to an all-time low of 77th in the Fifa rankings.", nil},
	})
}

// TestCheck_QuotedStretchOfALongQuotation: a draft quoting a stretch of a
// long recorded quotation is weighed against that stretch: one word changed
// in it is a misquote ("clearly the hardest hit area" for "undoubtedly the
// hardest hit area"), and the stretch word for word is the speaker's words,
// however the whole lines up (the real-news benchmark's dev47 and dev24
// stories).
func TestCheck_QuotedStretchOfALongQuotation(t *testing.T) {
	checkPart(t, "dev47", []draftCase{
		{`Mr Thomas called Aceh "clearly the hardest hit area in the Indian Ocean at the moment".`, []findingWant{{"quote", "clearly the hardest hit area in the Indian Ocean at the moment", "undoubtedly the hardest hit area"}}},
		{`Mr Thomas called Aceh "undoubtedly the hardest hit area in the Indian Ocean at the moment".`, nil},
	})
	checkPart(t, "dev24", []draftCase{
		{`Emily Eavis said that if it was approached in the right way the card scheme "might really change the system".`, nil},
	})
}

// TestCheck_FiguresBoundedAlike: "more than 40%" is no restatement of a
// fact's "more than 20%", though every share above 40% is above 20%; and a
// figure of another measure in the fact ("for 43 developing countries") backs
// no share (the real-news benchmark's dev37 stories).
func TestCheck_FiguresBoundedAlike(t *testing.T) {
	checkPart(t, "dev37", []draftCase{
		{"For 43 developing countries, more than 40% of their export incomes come from the sale of just one product.", []findingWant{{"number", "more than 40", "more than 20"}}},
		{"For 43 developing countries, more than 20% of their export incomes come from the sale of just one product.", nil},
	})
}

// TestCheck_FiguresBoundedAlikeWhereverRead: the same holds where a fact's
// figure is read from its own words ("around £12bn" against "about £10bn",
// whose ranges meet), and a bound of the fact's is given by another figure
// of the sentence ("wounded 1,000") only when that figure is the bound, not
// whenever it lies beyond it: "more than 350 people" restates no "more than
// 250 people" (the real-news benchmark's dev41 and dev30 stories).
func TestCheck_FiguresBoundedAlikeWhereverRead(t *testing.T) {
	checkPart(t, "dev41", []draftCase{
		{"The NIESR says taxes will have to rise by around £12bn to balance the books.", []findingWant{{"number", "around £12bn", "£10 billion"}}},
		{"The NIESR says taxes will have to rise by around £10bn to balance the books.", nil},
	})
	checkPart(t, "dev30", []draftCase{
		{"The 1993 blasts killed more than 350 people and wounded 1,000.", []findingWant{{"number", "more than 350 people", "250 people"}}},
		{"The 1993 blasts killed more than 250 people and wounded 1,000.", nil},
	})
}

// TestCheck_LongNameTwoLettersOff: a name of one word as long as
// "GlaxoSmithKline" is misspelt two letters off ("GlaxoSmithKlein"), where a
// shorter one would be another name (the real-news benchmark's dev48
// stories).
func TestCheck_LongNameTwoLettersOff(t *testing.T) {
	checkPart(t, "dev48", []draftCase{
		{"GlaxoSmithKlein is to dye its Aids pills for Africa red.", []findingWant{{"name", "GlaxoSmithKlein", "GlaxoSmithKline"}}},
		{"GlaxoSmithKline is to dye its Aids pills for Africa red.", nil},
	})
}

// TestCheck_SurnameKnownOnlyByItsStem: "Johns" is no word the knowledge
// base knows, though Snowball stems it to the "John" of other names, and a
// slip for Eddie Jones (the real-news benchmark's dev19 stories).
func TestCheck_SurnameKnownOnlyByItsStem(t *testing.T) {
	checkPart(t, "dev19", []draftCase{
		{"Woodward sought the views of Australia coach Eddie Johns after the tour.", []findingWant{{"name", "Eddie Johns", "Eddie Jones"}}},
		{"Woodward sought the views of Australia coach Eddie Jones after the tour.", nil},
	})
}

// TestCheck_FigureOfTheStorysSource: a figure credited "according to" a
// source is held to the figures of a story that source speaks in, though the
// curator made the survey the subject of none of them (the real-news
// benchmark's dev4 stories).
func TestCheck_FigureOfTheStorysSource(t *testing.T) {
	checkPart(t, "dev4", []draftCase{
		{"Men make up 69% of America's 22 million MP3 player owners, according to the Pew survey.", []findingWant{{"number", "69", "59"}}},
		{"Men make up 59% of America's 22 million MP3 player owners, according to the Pew survey.", nil},
	})
}

// TestCheck_FigureAfterItsNoun: a figure after "a NOUN of" counts the noun
// ("a majority of 5,097") and is compared as one that follows it would be
// (the real-news benchmark's dev21 stories).
func TestCheck_FigureAfterItsNoun(t *testing.T) {
	checkPart(t, "dev21", []draftCase{
		{"Howard held Folkestone & Hythe in 2001 with a majority of 5,097 over the Lib Dem Peter Carroll.", []findingWant{{"number", "5,097", "5,907"}}},
		{"Howard held Folkestone & Hythe in 2001 with a majority of 5,907 over the Lib Dem Peter Carroll.", nil},
	})
}

// TestCheck_ShortQuotationOfAnother: a short quotation the sentence restates
// from the one fact that records it, credited to someone other than its
// speaker, is misattributed ("soap opera" was Number 10's, not Oliver
// Letwin's); credited to its speaker it agrees (the real-news benchmark's
// dev8 stories).
func TestCheck_ShortQuotationOfAnother(t *testing.T) {
	checkPart(t, "dev8", []draftCase{
		{`Tory shadow chancellor Oliver Letwin said ministers were interested in governing, not in a "soap opera" about Blair and Brown.`, []findingWant{{"attribution", "soap opera", "Number 10"}}},
		{`Number 10 said ministers were interested in governing, not in a "soap opera" about Blair and Brown.`, nil},
	})
}

// TestCheck_AgeAtTheEndOfTheSentence: "has died aged 70", "at the age of
// 72" and "is 28 years old" give the age of the sentence's subject, however
// far from the name (the real-news benchmark's dev13 and dev36 stories: the
// last is how a fact gives McIlroy's age).
func TestCheck_AgeAtTheEndOfTheSentence(t *testing.T) {
	checkPart(t, "dev13", []draftCase{
		{"Merle Kilgore, who managed Hank Williams Jr, has died of congestive heart failure at the age of 72.", []findingWant{{"number", "72", "70"}}},
		{"Merle Kilgore, who managed Hank Williams Jr, has died of congestive heart failure aged 70.", nil},
	})
	checkPart(t, "dev36", []draftCase{
		{"McIlroy, 26, will go into the Madrid championships as one of the 800 metres favourites.", []findingWant{{"number", "26", "28"}}},
		{"McIlroy, 28, will go into the Madrid championships as one of the 800 metres favourites.", nil},
	})
}

// TestCheck_ShortQuoteSwapped: a one-word quotation in the place the
// speaker's recorded one stands in a fact ("the two-year penalty was
// \"ridiculous\"" for "...was \"derisory\"") is the quotation changed; the
// recorded word agrees (the real-news benchmark's dev27 stories).
func TestCheck_ShortQuoteSwapped(t *testing.T) {
	checkPart(t, "dev27", []draftCase{
		{`Lord Condon said the current two-year penalty was "ridiculous".`, []findingWant{{"quote", "ridiculous", "derisory"}}},
		{`Lord Condon said the current two-year penalty was "derisory".`, nil},
	})
}

// TestCheck_FirstNameAnotherName: a first name one letter off that is
// another known name ("John Harley" for Jon Harley) is still a slip when
// the surname is written exactly (the real-news benchmark's dev10 stories).
func TestCheck_FirstNameAnotherName(t *testing.T) {
	checkPart(t, "dev10", []draftCase{
		{"Almunia kept out spot-kicks from Alan Quinn and John Harley as Arsenal won the shoot-out 4-2.", []findingWant{{"name", "John Harley", "Jon Harley"}}},
		{"Almunia kept out spot-kicks from Alan Quinn and Jon Harley as Arsenal won the shoot-out 4-2.", nil},
	})
}

// TestCheck_SpeakerWhoseTitleNamesABody: a quotation credited to a person
// whose title names a country or club ("said Spain coach Luis Aragones") is
// held to that person's words, not to anyone the country's name would fit;
// a person named in the possessive or before an apposition ("Dai Young,
// Yapp's coach at the Blues, said") does not make someone else the speaker
// (the real-news benchmark's dev29 and dev3 stories).
func TestCheck_SpeakerWhoseTitleNamesABody(t *testing.T) {
	checkPart(t, "dev29", []draftCase{
		{`"Were there racist chants against some players? This hasn't happened in the Spanish league and Spain for many years," said Spain coach Luis Aragones.`, []findingWant{{"attribution", "Luis Aragones", "Garrido"}}},
		{`"Were there racist chants against some players? This hasn't happened in the Spanish league and Spain for many years," said Spanish Federation press officer Fernando Garrido.`, nil},
	})
	checkPart(t, "dev3", []draftCase{
		{`Dai Young, Yapp's coach at the Blues and a former Wales and Lions prop, said the youngster was "on an upward curve all season".`, nil},
		{`Dai Young, Yapp's coach at the Blues and a former Wales and Lions lock, said the youngster was "on an upward curve all season".`, nil},
	})
}

// TestCheck_WholeShortQuotationOfAnother: a three-word quotation that is the
// whole of the one recorded quotation holding it ("fair and responsible", the
// vice-president's) is held to its speaker, though the sentence restates
// their fact in other words and names only someone else (the real-news
// benchmark's dev20 stories).
func TestCheck_WholeShortQuotationOfAnother(t *testing.T) {
	checkPart(t, "dev20", []draftCase{
		{`Republican senator John McCain insisted the budget was "fair and responsible" and had not been drawn up with a meat axe.`, []findingWant{{"attribution", "John McCain", "Cheney"}}},
		{`Vice-President Dick Cheney insisted the budget was "fair and responsible" and had not been drawn up with a meat axe.`, nil},
	})
}

// TestCheck_TwoDatesInOneSentence: a date is held to the facts its own
// clause's words tell, not to the month or day of another date beside it,
// nor to the month a fact's statement dates itself by: "ended on 2
// February, in time for Saturday's clash" puts the clash on no day in
// February (the real-news benchmark's dev48 and dev29 stories).
func TestCheck_TwoDatesInOneSentence(t *testing.T) {
	checkPart(t, "dev48", []draftCase{
		{"The Glasgow forward's stamping ban ended on 2 February, in time for Saturday's Six Nations clash with Ireland.", nil},
	})
	checkPart(t, "dev29", []draftCase{
		{"England's 1-0 defeat to Spain on Wednesday dominated the Spanish press on Thursday.", nil},
	})
}

// TestCheck_WhatAHeadIsOver: the words after a role's "of" say what the
// role is over: a head of marketing is no head of third party services,
// though both are heads at Vodafone (the real-news benchmark's dev49 and
// dev14 stories).
func TestCheck_WhatAHeadIsOver(t *testing.T) {
	checkPart(t, "dev49", []draftCase{
		{"Jeremy Flynn, Vodafone's head of marketing, said the operator had briefly cut off between eight and ten content sellers.", []findingWant{{"title", "head of marketing", "third party services"}}},
		{"Jeremy Flynn, Vodafone's head of third party services, said the operator had briefly cut off between eight and ten content sellers.", nil},
	})
	checkPart(t, "dev14", []draftCase{
		{"Bruce Snyder, Fox's president of domestic distribution, said having a real actor had elevated the psychological thriller.", nil},
	})
}

// TestCheck_WhatAHeadIsOverBesideWhose: a name among the words after the
// role's "of" says whose, and the rest what the role is over: a head of
// Intel's chip design division is no director of Intel's photonics
// technology lab (the real-news benchmark's dev12 stories).
func TestCheck_WhatAHeadIsOverBesideWhose(t *testing.T) {
	checkPart(t, "dev12", []draftCase{
		{"Dr Mario Paniccia, head of Intel's chip design division, said the team had overcome a fundamental limit.", []findingWant{{"title", "head of Intel's chip design division", "director of Intel's photonics technology lab"}}},
		{"Dr Mario Paniccia, director of Intel's photonics technology lab, said the team had overcome a fundamental limit.", nil},
	})
}

// TestCheck_HeadThatQualifiesAnother: a role whose head is only the word
// qualifying the recorded head, itself qualified otherwise, is another
// office: a chief executive is no executive chairman, a general manager no
// director general (the real-news benchmark's dev48 and dev26 stories).
func TestCheck_HeadThatQualifiesAnother(t *testing.T) {
	checkPart(t, "dev48", []draftCase{
		{"Andrew Bud, chief executive of Mblox, said operators cap the number of messages for fear of overwhelming their networks.", []findingWant{{"title", "chief executive", "Executive chairman"}}},
		{"Andrew Bud, executive chairman of Mblox, said operators cap the number of messages for fear of overwhelming their networks.", nil},
	})
	checkPart(t, "dev26", []draftCase{
		{"Emma Pike, general manager of British Music Rights, said copyright was an essential part of teaching music in schools.", []findingWant{{"title", "general manager", "director general"}}},
	})
}

// TestCheck_AnotherProperQualifier: two titles whose heads are qualified by
// different proper adjectives, neither a people's or a place's, are two
// offices: a Conservative spokesman on IT is no Liberal Democrat one, the
// Times's former editor not the Sun's; but "Lib Dem" shortens "Liberal
// Democrat", and "Committee chairman" is said by "chairman of the Public
// Accounts Committee" (the real-news benchmark's dev47, dev9 and dev
// stories).
func TestCheck_AnotherProperQualifier(t *testing.T) {
	checkPart(t, "dev47", []draftCase{
		{"Richard Allan, the Conservative spokesman on IT, said internet regulation remained a political issue.", []findingWant{{"title", "Conservative spokesman", "Liberal Democrat"}}},
		{"Richard Allan, the Liberal Democrat spokesman on IT, said internet regulation remained a political issue.", nil},
		{"Richard Allan, the Lib Dem spokesman on IT, said internet regulation remained a political issue.", nil},
		{"Richard Allan, the LibDem spokesman on IT, said internet regulation remained a political issue.", nil},
	})
	checkPart(t, "dev9", []draftCase{
		{"Former Times editor Kelvin MacKenzie takes the Mr Nasty role on the judging panel.", []findingWant{{"title", "Times editor", "Sun editor"}}},
	})
	checkPart(t, "dev", []draftCase{
		{"Committee chairman Edward Leigh said the deal was a poor one for taxpayers.", nil},
	})
}

// TestCheck_OfficeInCapitalsBeforeTheTitle: "MP" of "MP, chairman of the
// Public Accounts Committee" is an office, not a proper adjective naming a
// party, so "Public Accounts Committee chairman Edward Leigh" and "the
// chairman of the Commons public accounts committee" say his role (the
// real-news benchmark's dev stories; the second, a BBC article's words,
// was the corpus test's false contradiction).
func TestCheck_OfficeInCapitalsBeforeTheTitle(t *testing.T) {
	checkPart(t, "dev", []draftCase{
		{"Public Accounts Committee chairman Edward Leigh said the deal was a poor one for taxpayers.", nil},
		{"Edward Leigh, chairman of the Commons public accounts committee, said the deal was a poor one for taxpayers.", nil},
	})
}

// TestCheck_WordIsNoSlipOfAName: a capitalised word English has ("Person"
// of John Person, "Landing" of Knots Landing) is no misspelling of a known
// name one letter off when it stands alone; an unknown word is (the
// real-news benchmark's dev stories; the first two were the corpus test's
// false contradictions).
func TestCheck_WordIsNoSlipOfAName(t *testing.T) {
	checkPart(t, "dev", []draftCase{
		{"John Person, president of National Futures Advisory Services, said the data indicated adequate supplies.", nil},
		{"Soap operas Knots Landing and Falcon Crest made the top 10.", nil},
		{"Pearsen said the data indicated adequate supplies.", []findingWant{{"name", "Pearsen", "Pearson"}}},
	})
}

// TestCheck_AgeOpeningASentence: "The 32-year-old won the London Marathon
// in 2002" names no one, but restates a fact about one person, Paula
// Radcliffe, whose age the knowledge base gives: the age is hers (the
// real-news benchmark's dev34 stories).
func TestCheck_AgeOpeningASentence(t *testing.T) {
	checkPart(t, "dev34", []draftCase{
		{"The 32-year-old won the London Marathon in 2002 on her debut and will seek a third title on 17 April.", []findingWant{{"number", "32-year", "31"}}},
		{"The 31-year-old won the London Marathon in 2002 on her debut and will seek a third title on 17 April.", nil},
	})
}

// TestCheck_LowerCaseWordsOfATitle: the lower-case words before a role noun
// that say what the office is over belong to its title ("foreign affairs
// spokesman"), so a portfolio there is compared with the recorded one (the
// real-news benchmark's dev3 stories).
func TestCheck_LowerCaseWordsOfATitle(t *testing.T) {
	checkPart(t, "dev3", []draftCase{
		{`Liberal Democrat foreign affairs spokesman Mark Oaten said the power should be used only in "absolute extreme circumstances".`, []findingWant{{"title", "foreign affairs spokesman", "home affairs"}}},
		{`Liberal Democrat home affairs spokesman Mark Oaten said the power should be used only in "absolute extreme circumstances".`, nil},
	})
}

// TestCheck_SaidByTheSubject: a fact with no speaker curated whose statement
// opens with its subject saying it ("Xie Xuren, head of the State
// Administration of Taxation, said tax revenues rose 25.7%") records what
// they said, so the same words credited to another body are misattributed
// (the real-news benchmark's dev10 stories).
func TestCheck_SaidByTheSubject(t *testing.T) {
	checkPart(t, "dev10", []draftCase{
		{"The Ministry of Commerce said China's tax revenues rose 25.7% in 2004, helped by a clampdown on tax evasion.", []findingWant{{"attribution", "Ministry of Commerce", "Xie Xuren"}}},
		{"Xie Xuren said China's tax revenues rose 25.7% in 2004, helped by a clampdown on tax evasion.", nil},
	})
}

// TestCheck_SpeechBeforeItsSpeaker: reported speech whose speaker and verb
// are set off by commas after it ("Exports were the main driver ..., the
// Bank of Israel said, while ...") is compared with who the knowledge base
// records saying it (the real-news benchmark's dev18 stories).
func TestCheck_SpeechBeforeItsSpeaker(t *testing.T) {
	checkPart(t, "dev18", []draftCase{
		{"Exports were the main driver of the unexpectedly strong expansion, the Bank of Israel said, while tourism also bounced back strongly.", []findingWant{{"attribution", "Bank of Israel", "statistical office"}}},
		{"Exports were the main driver of the unexpectedly strong expansion, Israel's statistical office said, while tourism also bounced back strongly.", nil},
	})
}

// TestCheck_BodyThatSaysTheWords: of two bodies named before a quotation,
// the one a reporting verb follows speaks ("The Liberal Democrats said the
// Tories' plans were ..."), and words recorded as another's are misattributed
// to it (the real-news benchmark's dev32 stories).
func TestCheck_BodyThatSaysTheWords(t *testing.T) {
	checkPart(t, "dev32", []draftCase{
		{`The Liberal Democrats said the Tories' plans were "a definite move onto our turf".`, []findingWant{{"attribution", `The Liberal Democrats said the Tories' plans were "a definite move onto our turf"`, "Nick Griffin"}}},
		{`Nick Griffin said the Tories' plans were "a definite move onto our turf".`, nil},
	})
}

// TestCheck_BodyThatDescribes: a verb of telling in WordNet's sense
// ("described") after a body names the speaker as "said" does: Deutsche
// Boerse's words credited to Euronext are misattributed (the real-news
// benchmark's dev23 stories).
func TestCheck_BodyThatDescribes(t *testing.T) {
	checkPart(t, "dev23", []draftCase{
		{`Euronext described its meeting with the London exchange as "constructive, professional and friendly".`, []findingWant{{"attribution", `Euronext described its meeting with the London exchange as "constructive, professional and friendly"`, "Deutsche Boerse"}}},
		{`Deutsche Boerse described its talks with the LSE as "constructive, professional and friendly".`, nil},
	})
}

// TestCheck_SpeakerOfTwoStories: a name two stories record ("Gordon Brown")
// before a verb of saying is either of them, and a quotation either is
// recorded saying is theirs (the real-news benchmark's dev stories).
func TestCheck_SpeakerOfTwoStories(t *testing.T) {
	checkPart(t, "dev", []draftCase{
		{`Gordon Brown issued a defiant statement about the strike, saying the action would not affect the government's "determination" to make savings in order to increase investment in healthcare, education, transport and the fight against crime.`, nil},
	})
}

// TestCheck_FigureAnotherFactGives: a sentence that restates two facts
// ("imports about 70% of its oil", "consumption has climbed to 2.4 million
// barrels a day") may give a figure a third fact backs ("pumps some 793,000
// barrels a day", India's output): it is no slip for the 474,000 barrels of
// 1973 the consumption fact also gives (the real-news benchmark's dev53
// stories).
func TestCheck_FigureAnotherFactGives(t *testing.T) {
	checkPart(t, "dev53", []draftCase{
		{"India imports about 70% of its oil and pumps some 793,000 barrels a day, while its consumption has climbed to 2.4 million barrels a day.", nil},
		{"India imports about 70% of its oil and pumps some 793,000 barrels a day, while its consumption has climbed to 2.1 million barrels a day.", []findingWant{{"number", "2.1 million barrels", "2.4 million barrels"}}},
	})
}

// TestCheck_OneSidedFigureBackedOnlyByItself: a figure bounded one way
// ("up to three years") meets every figure on its side, and a fact's own
// words back it only with its very value: "the two face a ban of up to two
// years" gives no three years for its "two face", and the draft's "up to
// three years" is contradicted (the real-news benchmark's dev50 stories).
func TestCheck_OneSidedFigureBackedOnlyByItself(t *testing.T) {
	checkPart(t, "dev50", []draftCase{
		{"Kenteris and Thanou could be banned for up to three years if Segas finds them guilty of missing the tests.", []findingWant{{"number", "three years", "2 years"}}},
		{"Kenteris and Thanou could be banned for up to two years if Segas finds them guilty of missing the tests.", nil},
	})
}

// TestCheck_AnotherDateSetsNoDatesYear: in "won first prize at the Gino
// Marinuzzi conducting competition in 1982 and made his Metropolitan Opera
// debut in 2000", the 2000 is the debut's and no year of the prize: the
// 1982 is held to the prize, and agrees (the real-news benchmark's dev53
// stories).
func TestCheck_AnotherDateSetsNoDatesYear(t *testing.T) {
	checkPart(t, "dev53", []draftCase{
		{"Viotti won first prize at the Gino Marinuzzi conducting competition in 1982 and made his Metropolitan Opera debut in 2000 with Madame Butterfly.", nil},
		{"Viotti won first prize at the Gino Marinuzzi conducting competition in 1982 and made his Metropolitan Opera debut in 2001 with Madame Butterfly.", []findingWant{{"date", "2001", "2000"}}},
	})
}

// TestCheck_NameTwoStoriesWriteAlike: two stories that each record the
// company Connectotel give one spelling to suggest, not two entities to
// choose between: "Connectatel" is its slip (the real-news benchmark's
// dev52 stories, which hold one article printed twice in the corpus).
func TestCheck_NameTwoStoriesWriteAlike(t *testing.T) {
	checkPart(t, "dev52", []draftCase{
		{"London software firm Connectatel has unveiled software that lets Skype users send text messages to mobile phones.", []findingWant{{"name", "Connectatel", "Connectotel"}}},
		{"London software firm Connectotel has unveiled software that lets Skype users send text messages to mobile phones.", nil},
	})
}

// TestCheck_ShortNameBesideItsCompany: a person's name of six letters one
// letter off ("Franka" for Franca) is a slip when the sentence names others
// a fact names with that person ("Jerzy Dudek", "Dimitar Berbatov"); alone,
// a short word a letter off a short name is as often another name (the
// real-news benchmark's dev52 stories).
func TestCheck_ShortNameBesideItsCompany(t *testing.T) {
	checkPart(t, "dev52", []draftCase{
		{"Leverkusen's late goal came when Jerzy Dudek spilled a weak drive from Dimitar Berbatov and Franka scored with the last kick.", []findingWant{{"name", "Franka", "Franca"}}},
		{"Leverkusen's late goal came when Jerzy Dudek spilled a weak drive from Dimitar Berbatov and Franca scored with the last kick.", nil},
		{"Franka scored with the last kick.", nil},
	})
}

// TestCheck_FigureOfTheMonthsEvent: a clause that gives a fact's month ("in
// November") is that much more surely about the fact's event: "walked away
// in November from a $235m deal" is held to the $325m contract Contrack
// withdrew from in November, though it tells the withdrawal in other words
// (the real-news benchmark's dev53 stories).
func TestCheck_FigureOfTheMonthsEvent(t *testing.T) {
	checkPart(t, "dev53", []draftCase{
		{"Contrack International walked away in November from a $235m deal to rebuild Iraq's transport network.", []findingWant{{"number", "$235m", "$325"}}},
		{"Contrack International walked away in November from a $325m deal to rebuild Iraq's transport network.", nil},
	})
}

// TestCheck_ShortQuoteInTheSamePlaceAfter: a one-word quotation credited to
// its speaker is held to the recorded one that the fact's statement quotes
// before the same two words, as it is to one after the same two: "an
// \"outstanding\" year in North America" for Nestle's "exceptional year in
// North America" (the real-news benchmark's dev43 stories).
func TestCheck_ShortQuoteInTheSamePlaceAfter(t *testing.T) {
	checkPart(t, "dev43", []draftCase{
		{"Nestle said it had enjoyed an \"outstanding\" year in North America, beating the market on sales growth.", []findingWant{{"quote", "outstanding", "exceptional"}}},
		{"Nestle said it had enjoyed an \"exceptional\" year in North America, beating the market on sales growth.", nil},
	})
}

// TestCheck_TitleClosedByANounForAPerson: "the theatre's chief conductor"
// after a name is a title, its role closed by a noun for a person WordNet
// knows ("conductor") after a role word ("chief"), and is held to the
// recorded one (the real-news benchmark's dev53 stories).
func TestCheck_TitleClosedByANounForAPerson(t *testing.T) {
	checkPart(t, "dev53", []draftCase{
		{"Giampaolo Vianello, the theatre's chief conductor, said he was \"filled with extreme sadness\".", []findingWant{{"title", "chief conductor", "Superintendent"}}},
		{"Giampaolo Vianello, superintendent of the Fenice Theatre Foundation, said he was \"filled with extreme sadness\".", nil},
	})
}

// TestCheck_RateCountsWhatComesBeforePer: a rate ("dollars per euro") counts
// dollars. "One euro", the rate's base in the draft, is no figure of it; the
// dollars are.
func TestCheck_RateCountsWhatComesBeforePer(t *testing.T) {
	rate := 1.3218
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "dollar-rally", Title: "Dollar gains on Korea relief", Date: "2005-02-23"},
		Sources: []facts.Source{{ID: "wire", Title: "Dollar gains on Korea relief", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "dollar", Name: "dollar", Kind: "other"},
			{ID: "euro", Name: "euro", Kind: "other"},
		},
		Facts: []facts.Fact{
			{ID: "euro-rate", Statement: "The dollar firmed against the euro, with a euro worth $1.3218.", Subject: "dollar", Predicate: "firmed", Value: &rate, Unit: "dollars per euro", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"The dollar firmed against the euro, and one euro was worth $1.3218.", nil},
		{"The dollar firmed against the euro, and one euro was worth $1.4218.", []findingWant{{"number", "$1.4218", "1.3218"}}},
	})
}

// TestCheck_ActWhoseOwnerIsLeftOut: a fact that names its party only as the
// owner of the act ("government plans to raise the pension age") is not
// contradicted by a sentence that says the act after a preposition, owned by
// no one ("balloting its members over plans to raise their pension age"),
// while naming another body as doer of something else; a sentence that makes
// the other body the act's owner still is (the real-news benchmark's dev57
// stories).
func TestCheck_ActWhoseOwnerIsLeftOut(t *testing.T) {
	checkPart(t, "dev57", []draftCase{
		{"The PCS is balloting its members over plans to raise their pension age to 65.", nil},
		{"The protest is against PCS plans to raise the pension age of the union's members to 65.", []findingWant{{"attribution", "PCS", "UK government"}}},
	})
}

// TestCheck_ShortOneWordNameSlipInARestatedFact: a short name of one word
// misspelt ("Gogle" for Google) is read as the name when its sentence says
// again what a fact about the name says, in three words or more; alone, a
// word a letter off a short name is as often another name.
func TestCheck_ShortOneWordNameSlipInARestatedFact(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "tsunami-web", Title: "Web sites channel tsunami aid", Date: "2004-12-30"},
		Sources: []facts.Source{{ID: "wire", Title: "Web sites channel tsunami aid", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "google", Name: "Google", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "link", Statement: "Google has put a link on its famously sparse homepage leading to a list of sites where people can donate.", Subject: "google", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"Gogle has put a link on its sparse homepage.", []findingWant{{"name", "Gogle", "Google"}}},
		{"Gogle is a small firm in Leeds.", nil},
	})
}

// TestCheck_CountedNounQualifiedBeforeOf: a fact's "a total workforce of
// 6,500" counts the workforce, as a draft's "a workforce of 5,600" does,
// whatever unit the curator gave the value ("workers").
func TestCheck_CountedNounQualifiedBeforeOf(t *testing.T) {
	value := 6500.0
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "rover", Title: "MG Rover China tie-up delayed", Date: "2004-12-06"},
		Sources: []facts.Source{{ID: "wire", Title: "MG Rover China tie-up delayed", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "longbridge", Name: "Longbridge", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "workforce", Statement: "Longbridge has a total workforce of 6,500.", Subject: "longbridge", Value: &value, Unit: "workers", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"Longbridge has a workforce of 5,600.", []findingWant{{"number", "5,600", "6,500"}}},
		{"Longbridge has a workforce of 6,500.", nil},
	})
}

// TestCheck_ShortQuoteOneWordApart: a short quotation credited to a named
// speaker that is a stretch of their recorded words with one word put in
// ("a world-class act" for "a class act") or left out ("a great night" for
// "a truly great night") is a misquote; the words as recorded are not.
func TestCheck_ShortQuoteOneWordApart(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "lions", Title: "Henson stakes early Lions claim", Date: "2005-02-07"},
		Sources: []facts.Source{{ID: "wire", Title: "Henson stakes early Lions claim", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "columnist", Name: "BBC Sport columnist", Kind: "person", Aliases: []string{"the columnist"}},
			{ID: "odriscoll", Name: "Brian O'Driscoll", Kind: "person", Aliases: []string{"O'Driscoll"}},
			{ID: "henson", Name: "Gavin Henson", Kind: "person", Aliases: []string{"Henson"}},
		},
		Facts: []facts.Fact{
			{ID: "class", Statement: "The columnist says Brian O'Driscoll looks certain to start against New Zealand.", Quote: "Brian O'Driscoll is a class act.", Speaker: "columnist", Subject: "odriscoll", Source: "wire"},
			{ID: "night", Statement: "Henson said the win over England was a great night for Wales.", Quote: "It was a truly great night for all of us.", Speaker: "henson", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"The columnist called Brian O'Driscoll \"a world-class act\".", []findingWant{{"quote", "a world-class act", "a class act"}}},
		{"The columnist called Brian O'Driscoll \"a class act\".", nil},
		{"Henson called the win \"a great night\".", []findingWant{{"quote", "a great night", "a truly great night"}}},
		{"Henson called the win \"a truly great night\".", nil},
	})
}

// TestCheck_SameFindingsEveryRun: a slip of a name two stories' entities
// share ("Liam Cox" for Liam Fox, recorded in each) is read as the same one
// on every check, so the same draft gets the same findings, run after run.
func TestCheck_SameFindingsEveryRun(t *testing.T) {
	story := func(id, person, statement, quote string) *facts.StoryFile {
		return &facts.StoryFile{
			Story:    facts.Story{ID: id, Title: "Tory row", Date: "2005-01-10"},
			Sources:  []facts.Source{{ID: "wire", Title: "Tory row", Publisher: "Wire"}},
			Entities: []facts.Entity{{ID: person, Name: "Liam Fox", Kind: "person", Title: "Conservative co-chairman", Aliases: []string{"Fox"}}},
			Facts:    []facts.Fact{{ID: "said", Statement: statement, Quote: quote, Speaker: person, Source: "wire"}},
		}
	}
	ix, mem := index.FromStories([]*facts.StoryFile{
		story("blair-brown", "p256-liam-fox", "Liam Fox likened Blair and Brown to self-obsessed schoolboys.", "self-obsessed schoolboys"),
		story("campaign", "p414-liam-fox", "Liam Fox said the Conservatives would fight for every seat.", ""),
	})
	draft := `Conservative co-chairman Liam Cox likened the two men to "self-obsessed schoolboys".`
	var first []string
	for run := range 40 {
		res, err := check.Check(context.Background(), ix, mem, draft, facts.CheckOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Findings {
			got = append(got, f.Kind+" "+f.Text+" "+f.FactID)
		}
		if run == 0 {
			first = got
			continue
		}
		if !slices.Equal(got, first) {
			t.Fatalf("run %d found %q; run 0 found %q", run, got, first)
		}
	}
}

// TestCheck_FigureWithTwoDigitsSwapped: a figure that is a fact's with two
// neighbouring digits the other way round ("58 years" for 85, "$62,500" for
// $26,500) is the commonest slip in copying a figure, and ties the sentence
// to that fact: held to it where the sentence names the fact's people or
// things, or where the figure has three significant digits or more, too
// many to agree by chance. The real-news benchmark's dev54 and dev2 stories.
func TestCheck_FigureWithTwoDigitsSwapped(t *testing.T) {
	checkPart(t, "dev54", []draftCase{
		{"The 63-year-old Ebbers could be jailed for 58 years if found guilty.", []findingWant{{"number", "58 years", "85 years"}}},
		{"The 63-year-old Ebbers could be jailed for 85 years if found guilty.", nil},
	})
	checkPart(t, "dev11", []draftCase{
		// Either figure bounded: the figures as written are compared.
		{"Activision, said to be on the News Corp shopping list, is worth about $2.59bn on the stock market.", []findingWant{{"number", "about $2.59bn", "2.95"}}},
	})
	checkPart(t, "dev15", []draftCase{
		{"The agency is trying to recover more than £270m in arrears.", []findingWant{{"number", "more than £270m", "720"}}},
	})
	checkPart(t, "dev2", []draftCase{
		{"The Australian player paid $62,500 at auction for the virtual island.", []findingWant{{"number", "$62,500", "26,500"}}},
		{"The Australian player paid $26,500 at auction for the virtual island.", nil},
	})
}

// TestCheck_DateOffByOnePart: a date that differs from a dated fact's in
// just one of the parts both give ("24 May" for 24 March) is held to that
// fact when the clause names its subject, though the clause tells the event
// in other words ("goes on sale" for "will be able to buy"): a slip of one
// part is likelier than another event of the same thing dated alike. The
// real-news benchmark's dev8 story.
func TestCheck_DateOffByOnePart(t *testing.T) {
	checkPart(t, "dev8", []draftCase{
		{"The PlayStation Portable goes on sale in the US on 24 May.", []findingWant{{"date", "24 May", "March 24"}}},
		{"The PlayStation Portable goes on sale in the US on 24 March.", nil},
	})
}

// TestCheck_NameEndingOtherwise: beside a person's other names written
// exactly, a surname that starts as theirs does for four letters and two
// fifths of it, and ends otherwise, is a name half remembered ("Alan
// Hollingworth" for Alan Hollinghurst); one sharing less is another
// person's ("Alan Holland"). The real-news benchmark's dev25 story.
func TestCheck_NameEndingOtherwise(t *testing.T) {
	checkPart(t, "dev25", []draftCase{
		{"Alan Hollingworth's The Line of Beauty lost the novel award to Small Island.", []findingWant{{"name", "Alan Hollingworth", "Alan Hollinghurst"}}},
		{"Alan Hollinghurst's The Line of Beauty lost the novel award to Small Island.", nil},
		{"Alan Holland's The Line of Beauty lost the novel award to Small Island.", nil},
	})
}

// TestCheck_BareFigureWithTwoDigitsSwapped: a figure that counts nothing
// the sentence names ("averaged 17.3 million") is held to the fact that
// gives it with two neighbouring digits swapped (13.7 million), where the
// sentence names that fact's people or things. The real-news benchmark's
// dev28 story.
func TestCheck_BareFigureWithTwoDigitsSwapped(t *testing.T) {
	checkPart(t, "dev28", []draftCase{
		{"BBC One's special averaged 17.3 million and peaked at 14.2 million in its last 15 minutes.", []findingWant{{"number", "17.3 million", "13.7 million"}}},
		{"BBC One's special averaged 13.7 million and peaked at 14.2 million in its last 15 minutes.", nil},
	})
}

// TestCheck_QuotedWordsTheStatementGives: a quotation of words a fact's
// statement gives its speaker ("dedicated funding") is no misquote of the
// words the fact records ("a coherent framework"), though the sentence
// quotes them in their place. The real-news benchmark's dev34 story.
func TestCheck_QuotedWordsTheStatementGives(t *testing.T) {
	checkPart(t, "dev34", []draftCase{
		{`Education Secretary Charles Clarke told BBC News that three areas needed "dedicated funding".`, nil},
		{`Education Secretary Charles Clarke told BBC News that three areas needed "extra teachers".`, []findingWant{{"quote", "extra teachers", "a coherent framework"}}},
	})
}

// TestCheck_QuotationOfARestatedFact: a quotation none of its speaker's
// recorded words hold, in a clause that says again what one fact of theirs
// says ("The Law Commission's report described the current law on murder
// as ..."), is that fact's recorded words changed ("a shambles" for "a
// mess"). The real-news benchmark's dev2 story.
func TestCheck_QuotationOfARestatedFact(t *testing.T) {
	checkPart(t, "dev2", []draftCase{
		{`The Law Commission's report described the current law on murder as "a shambles".`, []findingWant{{"quote", "a shambles", "a mess"}}},
		{`The Law Commission's report described the current law on murder as "a mess".`, nil},
	})
}

// TestCheck_QuotationCreditedToAStranger: words recorded as one person's,
// credited to a name of two words the knowledge base does not know ("Tony
// Blair" for Charles Kennedy's words), are misattributed; a stranger is no
// one the knowledge base could be recording under another name. The
// real-news benchmark's dev58 story, which does not name Tony Blair.
func TestCheck_QuotationCreditedToAStranger(t *testing.T) {
	checkPart(t, "dev58", []draftCase{
		{`On New Year's Eve, Tony Blair said "a clear division is emerging in British politics - the politics of fear versus the politics of hope".`, []findingWant{{"attribution", "Tony Blair", "Charles Kennedy"}}},
		{`On New Year's Eve, Charles Kennedy said "a clear division is emerging in British politics - the politics of fear versus the politics of hope".`, nil},
	})
}

// TestCheck_OtherFirstName: a person's surname written exactly after
// another first name ("Venus Williams"), in a sentence that says again what
// a fact naming them says ("handed a first-round bye"), is their name
// mistaken; an honorific ("Ms Williams") is no first name. The real-news
// benchmark's dev33 story, which records Serena Williams.
func TestCheck_OtherFirstName(t *testing.T) {
	checkPart(t, "dev33", []draftCase{
		{"Venus Williams, the younger sister, was handed a first-round bye.", []findingWant{{"name", "Venus Williams", "Serena Williams"}}},
		{"Serena Williams, the younger sister, was handed a first-round bye.", nil},
		{"Ms Williams, the younger sister, was handed a first-round bye.", nil},
	})
}
