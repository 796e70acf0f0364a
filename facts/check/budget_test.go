package check_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/claims"
)

// TestCheck_Budget: a check whose budget runs out says so, and where: every
// finding lies before the first claim left unchecked, and the claims from
// there on are counted; with the budget whole, the same draft is checked to
// its end. Between the two, some budget checks the first sentence and not the
// second.
func TestCheck_Budget(t *testing.T) {
	checkDraft := checker(t)
	first := "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday."
	second := "China hit back through a statement read by a Cuban envoy on behalf of 64 countries."
	draft := first + " " + second
	whole, err := checkDraft(draft)
	if err != nil {
		t.Fatal(err)
	}
	if whole.Unchecked != 0 || len(whole.Findings) != 2 {
		t.Fatalf("whole budget: %d unchecked, findings %+v; want none unchecked and two findings", whole.Unchecked, whole.Findings)
	}
	secondAt := utf8.RuneCountInString(first) + 1
	partial := false
	for n := 0; n <= 200; n++ {
		restore := check.SetBudget(n)
		res, err := checkDraft(draft)
		restore()
		if err != nil {
			t.Fatalf("budget %d: %v", n, err)
		}
		if res.Unchecked == 0 {
			if len(res.Findings) != 2 {
				t.Errorf("budget %d: nothing left unchecked, but findings %+v", n, res.Findings)
			}
			continue
		}
		for _, f := range res.Findings {
			if f.Start >= res.UncheckedFrom {
				t.Errorf("budget %d: finding %q at %d, after the first claim left unchecked (%d)", n, f.Text, f.Start, res.UncheckedFrom)
			}
		}
		if !slices.ContainsFunc(claims.Extract(draft), func(c claims.Claim) bool { return c.Start == res.UncheckedFrom }) {
			t.Errorf("budget %d: unchecked from %d, where no claim starts", n, res.UncheckedFrom)
		}
		if res.UncheckedFrom >= secondAt && len(res.Findings) == 1 && strings.Contains(res.Findings[0].Text, "45") {
			partial = true
		}
	}
	if !partial {
		t.Error("no budget checked the first sentence and left the second unchecked")
	}
}
