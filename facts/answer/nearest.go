package answer

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// Nearest returns up to n approved, current facts nearest a question, best
// first, whether or not they answer it: those the ranking puts first among the
// ones holding any of its words or entities, as a not-found answer suggests
// them. The list of questions nobody could answer shows them to curators. It
// returns EINVALID or ETOOLARGE for a question Clean refuses, and st's errors.
func Nearest(ctx context.Context, ix *index.Index, st index.Store, question string, n int) ([]facts.GapFact, error) {
	question, err := Clean(question)
	if err != nil {
		return nil, err
	}
	q := parseQuestion(question, ix)
	cands, err := candidates(ctx, st, q, ix, facts.AskOptions{})
	if err != nil {
		return nil, fmt.Errorf("nearest: %w", err)
	}
	out := []facts.GapFact{}
	for _, r := range rank(q, cands, ix) {
		if len(out) == n || r.coverage == 0 {
			break
		}
		out = append(out, facts.GapFact{ID: r.c.FullID(), Statement: r.c.Statement})
	}
	return out, nil
}
