package facts_test

import (
	"encoding/json"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

func TestExplanation(t *testing.T) {
	e := &facts.Explanation{Message: "question read as type who"}
	e.Add(1.31, "entity %q", "the statement").Add(0.5, "a reason")
	if got, want := e.String(), "question read as type who (0.00)\n  entity \"the statement\" (1.31)\n    a reason (0.50)\n"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	b, _ := json.Marshal(e)
	var back facts.Explanation
	if err := json.Unmarshal(b, &back); err != nil || back.Children[0].Children[0].Value != 0.5 {
		t.Errorf("JSON round trip: %s, %v", b, err)
	}
}
