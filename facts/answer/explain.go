package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// explain describes how the question was read: its type, then each entity and
// word with the weight it carries.
func (q question) explain(ix *index.Index) *facts.Explanation {
	e := &facts.Explanation{Message: "question read as type " + q.Type}
	for _, m := range q.Entities {
		e.Add(ix.EntityWeight(m.IDs), "entity %q -> %s", m.Norm, strings.Join(m.IDs, ", "))
	}
	for _, t := range q.Terms {
		w := e.Add(t.Weight, "word %q -> %s", t.Text, strings.Join(t.Alts, " | "))
		if t.Absent {
			w.Add(absentPenalty, "no fact holds it or a synonym: it weighs more against answering")
		}
	}
	if len(q.Unknown) > 0 {
		e.Add(0, "names the knowledge base has never seen: %s", strings.Join(q.Unknown, ", "))
	}
	return e
}

// explainRanking adds the best candidates to e, with what their score is made of.
func explainRanking(e *facts.Explanation, ranked []ranked) {
	cands := e.Add(float64(len(ranked)), "candidate facts, best first")
	for i, r := range ranked {
		if i == 5 {
			break
		}
		verdict := "answers"
		if !r.answers {
			verdict = "does not answer"
		}
		c := cands.Add(r.score, "%s %s: %s", r.c.FullID(), verdict, r.c.Statement)
		c.Add(r.coverage, "coverage: share of the question's weight it holds (at least %.2f to answer)", minCoverage)
		c.Add(r.fit, "fit: how well it gives the kind of answer wanted (0 rules it out)")
	}
}
