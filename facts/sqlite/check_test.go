package sqlite_test

import (
	"reflect"

	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// testStories are small stories of our own, unlike the bundled one: a council's
// flood wall, an airline strike, a sentencing and a company's job cuts.
const testStories = "../testdata/drafts"

// mustOpenCheckKB opens a knowledge base with the bundled story and the test stories.
func mustOpenCheckKB(tb testing.TB) *sqlite.KB {
	tb.Helper()
	return sqlitetest.Open(tb, testStories)
}

// TestKB_Check_SameAsMemory: the check over SQLite finds what the same check
// over the same stories held in memory finds, draft for draft: the knowledge
// base's retrieval brings the facts the engine needs.
func TestKB_Check_SameAsMemory(t *testing.T) {
	kb := mustOpenCheckKB(t)
	ix, mem := indextest.Bundled(t, testStories)
	data, err := os.ReadFile("../testdata/drafts/drafts.json")
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		Drafts []struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"drafts"`
	}
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, d := range set.Drafts {
		got, err := kb.Check(ctx, d.Text, facts.CheckOptions{})
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		want, err := check.Check(ctx, ix, mem, d.Text, facts.CheckOptions{})
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: over SQLite\n%+v\nin memory\n%+v", d.ID, got, want)
		}
	}
}

func TestKB_Check_Story(t *testing.T) {
	kb := mustOpenCheckKB(t)
	text := "Eight council members voted for the flood wall and two voted against it."
	res, err := kb.Check(context.Background(), text, facts.CheckOptions{Story: "un-xinjiang-2021"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 {
		t.Errorf("checking against another story found %+v", res.Findings)
	}
	res, err = kb.Check(context.Background(), text, facts.CheckOptions{Story: "riverton-flood-wall-2024"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Errorf("checking against the story found %+v, want the vote count", res.Findings)
	}
	if _, err := kb.Check(context.Background(), text, facts.CheckOptions{Story: "no-such-story"}); facts.ErrorCode(err) != facts.ENOTFOUND {
		t.Errorf("unknown story: %v, want not found", err)
	}
}

func TestKB_Check_BadInput(t *testing.T) {
	kb := sqlitetest.Open(t)
	tests := []struct {
		name, text, code string
	}{
		{"Empty", "", facts.EINVALID},
		{"Blank", " \n\t ", facts.EINVALID},
		{"Binary", "abc\x00\x01\x02", facts.EINVALID},
		{"NotUTF8", "caf\xe9 au lait", facts.EINVALID},
		{"TooLarge", strings.Repeat("All 43 countries signed. ", facts.MaxDraftLen/20), facts.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := kb.Check(context.Background(), tt.text, facts.CheckOptions{})
			if got := facts.ErrorCode(err); got != tt.code {
				t.Errorf("code = %q (%v), want %q", got, err, tt.code)
			}
			if res.Findings == nil {
				t.Error("findings is nil, want an empty list")
			}
		})
	}
}
