package facts_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		field string // the first problem's field, "" when valid
	}{
		{"Story/OK", facts.Story{ID: "s-1", Title: "T", Date: "2024-01-02"}.Validate(), ""},
		{"Story/BadDate", facts.Story{ID: "s-1", Title: "T", Date: "2024-13-02"}.Validate(), "story.date"},
		{"Story/BadID", facts.Story{ID: "Story One", Title: "T", Date: "2024-01-02"}.Validate(), "story.id"},
		{"Source/BadURL", facts.Source{ID: "w", Title: "W", URL: "ftp://x"}.Validate(), "sources.url"},
		{"Entity/BadKind", facts.Entity{ID: "e", Name: "E", Kind: "human"}.Validate(), "entities.kind"},
		{"Fact/OK", facts.Fact{ID: "f", Statement: "S.", Source: "w", Date: "2024-05"}.Validate(), ""},
		{"Fact/QuoteWithoutSpeaker", facts.Fact{ID: "f", Statement: "S.", Source: "w", Quote: "words"}.Validate(), "facts.speaker"},
		{"Fact/BadStatus", facts.Fact{ID: "f", Statement: "S.", Source: "w", Status: "maybe"}.Validate(), "facts.status"},
		{"Fact/SupersedesItself", facts.Fact{Story: "s", ID: "f", Statement: "S.", Source: "w", Supersedes: "f"}.Validate(), "facts.supersedes"},
		{"Fact/NoStatement", facts.Fact{ID: "f", Source: "w"}.Validate(), "facts.statement"},
		{"Story/IDAtTheLimit", facts.Story{ID: strings.Repeat("s", facts.MaxIDLen), Title: "T", Date: "2024-01-02"}.Validate(), ""},
		{"Story/IDTooLong", facts.Story{ID: strings.Repeat("s", facts.MaxIDLen+1), Title: "T", Date: "2024-01-02"}.Validate(), "story.id"},
		{"Source/IDTooLong", facts.Source{ID: strings.Repeat("w", 10000), Title: "W"}.Validate(), "sources.id"},
		{"Entity/IDTooLong", facts.Entity{ID: strings.Repeat("e", 10000), Name: "E", Kind: "person"}.Validate(), "entities.id"},
		{"Fact/IDTooLong", facts.Fact{ID: strings.Repeat("f", facts.MaxIDLen+1), Statement: "S.", Source: "w"}.Validate(), "facts.id"},
		{"Fact/Infinite", facts.Fact{ID: "f", Statement: "S.", Source: "w", Value: ptr(math.Inf(1))}.Validate(), "facts.value"},
		{"Fact/MinusInfinite", facts.Fact{ID: "f", Statement: "S.", Source: "w", Value: ptr(math.Inf(-1))}.Validate(), "facts.value"},
		{"Fact/NaN", facts.Fact{ID: "f", Statement: "S.", Source: "w", Value: ptr(math.NaN())}.Validate(), "facts.value"},
		{"Fact/Huge", facts.Fact{ID: "f", Statement: "S.", Source: "w", Value: ptr(math.MaxFloat64)}.Validate(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v *facts.ValidationError
			switch {
			case tt.field == "" && tt.err != nil:
				t.Errorf("err = %v, want valid", tt.err)
			case tt.field != "" && !errors.As(tt.err, &v):
				t.Errorf("err = %v, want a validation error on %s", tt.err, tt.field)
			case tt.field != "" && v.Problems[0].Field != tt.field:
				t.Errorf("first problem %s, want one on %s", v.Problems[0], tt.field)
			case tt.field != "" && facts.ErrorCode(tt.err) != facts.EINVALID:
				t.Errorf("code %q, want invalid", facts.ErrorCode(tt.err))
			}
		})
	}
}

func ptr(v float64) *float64 { return &v }

// TestValidSlug_Length: an id, alone or as either half of a full id, has at
// most MaxIDLen characters, and a long one is told by its length, not quoted.
func TestValidSlug_Length(t *testing.T) {
	ok, long := strings.Repeat("a", facts.MaxIDLen), strings.Repeat("a", facts.MaxIDLen+1)
	if !facts.ValidSlug(ok) || facts.ValidSlug(long) {
		t.Errorf("ValidSlug at the limit %v, over it %v; want true, false", facts.ValidSlug(ok), facts.ValidSlug(long))
	}
	if !facts.ValidFullID(ok+"/"+ok) || facts.ValidFullID(long+"/f") || facts.ValidFullID("s/"+long) {
		t.Error("ValidFullID does not hold each half to the limit")
	}
	if p := facts.SlugProblem(strings.Repeat("a", 10000)); p != "is 10000 characters long; an id has at most 128" {
		t.Errorf("SlugProblem of a 10,000-character id = %q", p)
	}
	if p := facts.SlugProblem(ok); p != "" {
		t.Errorf("SlugProblem at the limit = %q, want none", p)
	}
}

// TestValidationError_Capped: thousands of problems are listed as the first
// MaxProblems, one a line, then how many more.
func TestValidationError_Capped(t *testing.T) {
	v := &facts.ValidationError{}
	for i := range 20000 {
		v.Problems = append(v.Problems, facts.Problem{File: "big.yaml", Line: i + 1, Field: "story.x", What: "unknown key"})
	}
	lines := strings.Split(v.Error(), "\n")
	if len(lines) != facts.MaxProblems+1 || lines[0] != "big.yaml:1: story.x: unknown key" || lines[facts.MaxProblems] != "and 19900 more problems (fix these first)" {
		t.Errorf("%d lines, first %q, last %q; want %d problems and a count", len(lines), lines[0], lines[len(lines)-1], facts.MaxProblems)
	}
	v.Problems = v.Problems[:facts.MaxProblems]
	if n := strings.Count(v.Error(), "\n"); n != facts.MaxProblems-1 || strings.Contains(v.Error(), "more") {
		t.Errorf("exactly %d problems: %d line breaks or a count; want all listed", facts.MaxProblems, n)
	}
}
