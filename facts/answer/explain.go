package answer

import (
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// explain describes how the question was read: its type, then each entity and
// word with the weight it carries.
func (q question) explain(ix *index.Index) *facts.Explanation {
	e := &facts.Explanation{Message: "question read as type " + q.Type}
	for _, m := range q.Entities {
		e.Add(ix.EntityWeight(m.IDs), "entity %q -> %s", m.Norm, strings.Join(m.IDs, ", "))
	}
	for _, t := range q.Terms {
		var alts []string
		for _, a := range t.Alts[1:] {
			alts = append(alts, fmt.Sprintf("(%s %.2f) %s", a.Via, a.Weight, wordnet.Word(a.Stem)))
		}
		w := e.Add(t.Weight, "word %q -> %s", t.Text, strings.Join(append([]string{t.Alts[0].Stem}, alts...), " | "))
		if t.Absent {
			w.Add(absentPenalty, "no fact holds it or a synonym: it weighs more against answering")
		}
	}
	if len(q.Unknown) > 0 {
		e.Add(0, "names the knowledge base has never seen: %s", strings.Join(q.Unknown, ", "))
	}
	return e
}

// explainRanking adds the best candidates to e, with what their score is made
// of and how the decision to answer weighed them.
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
		c.Add(r.coverage, "coverage: share of the question's weight it holds")
		c.Add(r.fit, "fit: how well it gives the kind of answer wanted (0 rules it out)")
		d := c.Add(b2f(r.answers), "decision: whether it answers")
		for _, v := range decision.Rules.verdicts(r.f) {
			mark := "yes"
			if !v.ok {
				mark = "NO"
			}
			d.Add(v.value, "%s: %s", mark, v.rule)
		}
		if r.openWith != "" {
			d.Add(0, "NO: the question names nothing, and %s, of another story, holds its words about as well", r.openWith)
		}
	}
}
