package check

import "github.com/factdesk/factdesk/facts/claims"

// A check's work is bounded whatever the draft and however large the
// knowledge base: it reads at most maxLoadedFacts facts, compares each claim
// with at most maxClaimCandidates of them (those the claim's index lists
// bring, see candidates.go), and makes at most maxComparisons comparisons in
// all. A draft too dense to check within that (thousands of figures naming
// the most-covered entities) is checked from its start until the budget is
// spent, and the result says how many claims, from where, were left
// unchecked, so that the rest can be checked on its own. A 4 KiB draft built
// to be the worst case (facts/synth.HostileDraft) is checked whole at 20,000
// facts.
//
// They are variables only so that tests can shrink them (export_test.go).
var (
	maxLoadedFacts     = 3000
	maxClaimCandidates = 200
	maxComparisons     = 20000
)

// spend counts n comparisons against the budget.
func (ck *checker) spend(n int) { ck.spent += n }

// spentAll reports whether the budget is spent.
func (ck *checker) spentAll() bool { return ck.spent >= maxComparisons }

// leave records that the claims from the i-th on are left unchecked: those a
// comparison can check (names are compared with the knowledge base's names
// before the budget is counted, and always in full).
func (ck *checker) leave(i int) {
	for _, c := range ck.claims[i:] {
		if c.Kind == claims.ClaimName {
			continue
		}
		if ck.unchecked == 0 {
			ck.uncheckedFrom = c.Start
		}
		ck.unchecked++
	}
}
