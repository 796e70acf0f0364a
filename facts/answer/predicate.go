package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/index"
)

// predicateBonus rewards a fact whose curated predicate is the question's verb:
// for "Who signed the statement?", the fact whose relation is "signed" is the
// answer, before one that merely says "joined" somewhere.
const predicateBonus = 0.06

func predicateFit(q question, c *index.Doc) float64 {
	if c.Predicate == "" {
		return 0
	}
	best := 0.0
	for _, t := range q.Terms {
		for _, a := range t.Alts {
			if strings.Contains(c.Pred, " "+a.Stem+" ") {
				best = max(best, predicateBonus*a.Weight*a.Weight)
			}
		}
	}
	return best
}
