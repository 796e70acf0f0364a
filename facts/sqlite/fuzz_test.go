package sqlite_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"github.com/factdesk/factdesk/facts"
)

// FuzzKB_Ask: any string gets an answer or a not-found, never a panic, always
// valid JSON, and never a fact that is not approved.
func FuzzKB_Ask(f *testing.F) {
	for _, s := range []string{
		"Who signed the statement?", "", "?", `"statement" OR NEAR(a b)`, "'; DROP TABLE facts; --",
		"who\x00signed", "\xff\xfe", "col:* ^ - + (", "how many how many how many", "Zhang Zhang Zhang",
		"What did the U.S. say?", "U.S.A.B.C.D.", "1,000,000.5.5", "’s ’s", "NEAR", "AND OR NOT",
		strings.Repeat("a", facts.MaxQuestionLen+1), "🙂 who?", "Rivière\u0301",
	} {
		f.Add(s)
	}
	kb := sqlitetest.Open(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, q string) {
		ans, err := kb.Ask(ctx, q, facts.AskOptions{})
		if err != nil {
			if code := facts.ErrorCode(err); code != facts.EINVALID && code != facts.ETOOLARGE {
				t.Fatalf("Ask(%q): internal error %v", q, err)
			}
			return
		}
		b, err := json.Marshal(ans)
		if err != nil || !json.Valid(b) || !utf8.Valid(b) {
			t.Fatalf("Ask(%q): invalid JSON %v", q, err)
		}
		if ans.Found && len(ans.Facts) == 0 {
			t.Fatalf("Ask(%q): found without facts", q)
		}
		if !ans.Found && len(ans.Facts) != 0 {
			t.Fatalf("Ask(%q): not found but cites facts", q)
		}
	})
}

// FuzzKB_Import: any file is either imported whole or rejected with a clear
// error, leaving the knowledge base as it was.
func FuzzKB_Import(f *testing.F) {
	f.Add(validStory)
	f.Add(strings.Replace(validStory, "source: wire", "source: nowhere", 1))
	f.Add("lexicon:\n  synonyms:\n    - [a, b]\n")
	f.Add("story: [\n")
	f.Add("facts: 3\n")
	f.Add("story:\n  id: x\n  title: t\n  date: 2020-02-30\n")
	f.Add("- a\n- b\n")
	f.Add("&a [*a, *a]")
	f.Add("story: !!binary AAAA\n")
	kb := sqlitetest.OpenEmpty(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data string) {
		before, err := kb.Stories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		_, err = kb.Import(ctx, facts.Actor{Name: "fuzz"}, facts.ImportInput{Name: "fuzz.yaml", Data: []byte(data)})
		if err == nil {
			return
		}
		var verr *facts.ValidationError
		if !errors.As(err, &verr) && facts.ErrorCode(err) == facts.EINTERNAL {
			t.Fatalf("import: internal error %v for %q", err, data)
		}
		if verr != nil {
			for _, p := range verr.Problems {
				if p.File != "fuzz.yaml" || p.Line < 1 || p.Field == "" || p.What == "" {
					t.Fatalf("unclear problem %+v", p)
				}
			}
		}
		after, err := kb.Stories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(after) != len(before) {
			t.Fatalf("a rejected import changed the knowledge base: %d stories before, %d after", len(before), len(after))
		}
	})
}
