package facts_test

import (
	"errors"
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
