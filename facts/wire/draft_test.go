package wire_test

import (
	"time"

	"github.com/factdesk/factdesk/facts/wire"

	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

func mustDraft(t *testing.T, article string, opt wire.Options) *facts.StoryFile {
	t.Helper()
	sf, err := wire.Draft(article, opt)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	return sf
}

// TestDraft_Wire: a wire story of our own gives its quotes with the right
// speakers (named before, after, by surname, or by "he said" in the same
// paragraph), its counted numbers, and its people with their titles; the file
// imports cleanly, every fact pending.
func TestDraft_Wire(t *testing.T) {
	raw, err := os.ReadFile("../testdata/wire-harbor-bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := string(raw)
	sf := mustDraft(t, article, wire.Options{Story: "harbor-bridge-2024", Date: "2024-06-04"})

	if sf.Story.Title != "Harbor City shuts Old Mill Bridge after inspectors find cracked beams" || sf.Sources[0].Publisher != "Coastline Wire" {
		t.Errorf("story = %+v, source = %+v; want the headline and the dateline's agency", sf.Story, sf.Sources[0])
	}
	quotes := map[string]string{}
	numbers := map[string]float64{}
	for _, f := range sf.Facts {
		if f.Status != facts.StatusPending {
			t.Errorf("%s is %s, want pending", f.ID, f.Status)
		}
		if f.Quote != "" {
			quotes[f.Quote] = f.Speaker
			if !strings.Contains(strings.Join(strings.Fields(article), " "), f.Quote) || !strings.Contains(f.Statement, f.Quote) {
				t.Errorf("quote %q is not verbatim from the article and its sentence", f.Quote)
			}
		}
		if f.Value != nil {
			numbers[f.Unit] = *f.Value
			if strings.Contains(f.Statement, "HARBOR CITY") {
				t.Errorf("statement keeps the dateline: %q", f.Statement)
			}
		}
	}
	wantQuotes := map[string]string{
		"We will not reopen a bridge that we cannot stand behind":           "rosa-delgado",  // said Mayor Rosa Delgado
		"Some of these cracks are twice as long as they were two years ago": "lena-park",     // Park told reporters
		"Harbor City should not have to carry this alone":                   "omar-haddad",   // Haddad said
		"We lost half our lunch crowd in a single day":                      "marco-bianchi", // said Marco Bianchi, who ...
		"Nobody should panic":                              "rosa-delgado", // Delgado said
		"Every other bridge in this city is safe to cross": "rosa-delgado", // the same speaker, next sentence
	}
	if !reflect.DeepEqual(quotes, wantQuotes) {
		t.Errorf("quotes = %v\nwant %v", quotes, wantQuotes)
	}
	wantNumbers := map[string]float64{"beams": 14, "commuters": 22000, "dollars": 3.5e6, "months": 8, "percent": 40, "lanes": 4, "bridges": 31}
	if !reflect.DeepEqual(numbers, wantNumbers) {
		t.Errorf("numbers = %v\nwant %v", numbers, wantNumbers)
	}
	titles := map[string]string{}
	for _, e := range sf.Entities {
		titles[e.ID] = e.Title
	}
	wantTitles := map[string]string{"rosa-delgado": "mayor", "omar-haddad": "State Transportation Secretary", "lena-park": "the city's chief engineer", "marco-bianchi": ""}
	if !reflect.DeepEqual(titles, wantTitles) {
		t.Errorf("entities = %v\nwant %v", titles, wantTitles)
	}
}

func TestDraft_Errors(t *testing.T) {
	for name, tc := range map[string]struct {
		article string
		opt     wire.Options
	}{
		"BadStoryID": {"Text.", wire.Options{Story: "Bad Story"}},
		"BadDate":    {"Text.", wire.Options{Story: "s", Date: "June 4"}},
		"Empty":      {"  \n\n ", wire.Options{Story: "s"}},
		"Binary":     {"a\x00b", wire.Options{Story: "s"}},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := wire.Draft(tc.article, tc.opt); facts.ErrorCode(err) != facts.EINVALID {
				t.Errorf("err = %v, want invalid", err)
			}
		})
	}
}

// TestDraft_NoGuessedPeople: an institution after a role-like word is no
// person, and a phrase in scare quotes inside another sentence gets no speaker.
func TestDraft_NoGuessedPeople(t *testing.T) {
	article := "Council approves plan\n\n" +
		"Mayor Rosa Delgado said the plan would pass. \"We have the votes and we will use them,\" Delgado said. " +
		"Critics have called the plan a \"giveaway to developers\" in recent weeks.\n\n" +
		"The group criticizes China annually in the U.N. General Assembly\u2019s human rights committee.\n"
	sf := mustDraft(t, article, wire.Options{Story: "plan", Date: "2024-06-04"})
	for _, e := range sf.Entities {
		if strings.Contains(e.Name, "Assembly") {
			t.Errorf("made a person of %q (title %q)", e.Name, e.Title)
		}
	}
	for _, f := range sf.Facts {
		if strings.Contains(f.Quote, "giveaway") && f.Speaker != "" {
			t.Errorf("scare quote credited to %s", f.Speaker)
		}
		if strings.Contains(f.Quote, "We have the votes") && f.Speaker == "" {
			t.Errorf("attributed quote lost its speaker")
		}
	}
}

// TestDraft_KnownPeople: a person the knowledge base knows is referred to by id
// and written exactly as given, so importing the draft never rewrites them.
func TestDraft_KnownPeople(t *testing.T) {
	zhang := facts.Entity{ID: "zhang-jun", Name: "Zhang Jun", Kind: "person", Title: "China's ambassador to the United Nations", Aliases: []string{"Zhang"}}
	article := "China rejects new criticism\n\n\"The days of bullying are over,\" Zhang Jun told the committee on Thursday. He said 62 countries stood with China.\n"
	sf := mustDraft(t, article, wire.Options{Story: "zhang-reply", Date: "2021-10-22", Entities: []facts.Entity{zhang}})
	speakers := 0
	for _, f := range sf.Facts {
		if f.Quote != "" {
			speakers++
			if f.Speaker != "zhang-jun" {
				t.Errorf("speaker = %q, want zhang-jun", f.Speaker)
			}
		}
	}
	if speakers != 1 {
		t.Errorf("%d quotes drafted, want 1: %+v", speakers, sf.Facts)
	}
	if len(sf.Entities) != 1 || !reflect.DeepEqual(sf.Entities[0], zhang) {
		t.Errorf("entities = %+v, want zhang-jun exactly as given", sf.Entities)
	}
}

// TestDraft_Date: a draft is dated by the date it is given, else by its
// dateline when that gives the year; never by the clock.
func TestDraft_Date(t *testing.T) {
	body := "\n\nThe city closed 2 bridges.\n"
	for _, tt := range []struct {
		name, article, date, want string
	}{
		{"FullDateline", "Bridge shut\n\nHARBOR CITY, June 4, 2024 (Coastline Wire) - The city closed 2 bridges.\n", "", "2024-06-04"},
		{"GivenWins", "Bridge shut\n\nHARBOR CITY, June 4, 2024 (Coastline Wire) - The city closed 2 bridges.\n", "2024-06-05", "2024-06-05"},
		{"Given", "Bridge shut" + body, "2023-01-02", "2023-01-02"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sf := mustDraft(t, tt.article, wire.Options{Story: "s", Date: tt.date})
			if sf.Story.Date != tt.want || sf.Sources[0].Published != tt.want {
				t.Errorf("dated %s, source published %s; want %s", sf.Story.Date, sf.Sources[0].Published, tt.want)
			}
		})
	}
	for name, article := range map[string]string{
		"NoDateline":    "Bridge shut" + body,
		"YearlessDate":  "Bridge shut\n\nHARBOR CITY, June 4 (Coastline Wire) - The city closed 2 bridges.\n",
		"UndatedAgency": "Bridge shut\n\nHARBOR CITY (Coastline Wire) - The city closed 2 bridges.\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := wire.Draft(article, wire.Options{Story: "s"}); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), "No date") {
				t.Errorf("err = %v, want an invalid draft saying it has no date", err)
			}
		})
	}
}

// TestDateline: the dates datelines give, in the ways wire services write them.
func TestDateline(t *testing.T) {
	for _, tt := range []struct {
		article string
		ok      bool
		full    string // "" when the dateline gives no year
		month   time.Month
		day     int
	}{
		{"HARBOR CITY, June 4 (Coastline Wire) - Text.", true, "", time.June, 4},
		{"Headline\n\nHARBOR CITY, June 4 (Coastline Wire) - Text.", true, "", time.June, 4},
		{"WASHINGTON, Oct. 21, 2021 (AP) — Text.", true, "2021-10-21", time.October, 21},
		{"GENEVA, Tuesday, Sept. 7th, 2021 (Reuters) - Text.", true, "2021-09-07", time.September, 7},
		{"LONDON, 4 June 2024 (AFP) -- Text.", true, "2024-06-04", time.June, 4},
		{"PARIS, 2024-06-04 - Text.", true, "2024-06-04", time.June, 4},
		{"NEW YORK (Reuters) - Text.", false, "", 0, 0},
		{"LONDON, June 31 (Reuters) - Text.", false, "", 0, 0},
		{"The city closed 2 bridges on June 4.", false, "", 0, 0},
	} {
		d, ok := wire.Dateline(tt.article)
		if ok != tt.ok || d.Full() != tt.full || d.Month != tt.month || d.Day != tt.day {
			t.Errorf("Dateline(%q) = %+v (full %q), %v; want %v, %q, %v %d", tt.article, d, d.Full(), ok, tt.ok, tt.full, tt.month, tt.day)
		}
	}
}
