package answer

import (
	"context"
	"slices"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// A curator's title for a person or thing is a statement of its own ("Michael
// Mates: Tory MP and member of the Commons intelligence and security
// committee"), and answers what it says as a fact would: "Which committee
// does Michael Mates sit on?". When no fact answers a question, the titles of
// the things it names are weighed beside the facts, by the same ranking and
// the same decision, and one that answers is given as "Who is Mates?" is,
// citing his facts.

// titleAnswer answers a question no fact answers by the recorded title of a
// thing it names, when that title, read as a fact, ranks first among the
// candidates and the decision accepts it.
func titleAnswer(ctx context.Context, st index.Store, ans facts.Answer, q question, ix *index.Index, ranked []ranked, opt facts.AskOptions) (facts.Answer, bool, error) {
	cands := make([]*index.Doc, 0, len(ranked)+len(q.Entities))
	for _, r := range ranked {
		cands = append(cands, r.c)
	}
	titled, seen := map[*index.Doc]string{}, map[string]bool{}
	for _, m := range q.Entities {
		id := ix.MostCited(m.IDs)
		e, ok := ix.Names.Entity(id)
		if !ok || e.Title == "" || seen[id] {
			continue
		}
		seen[id] = true
		f := facts.Fact{ID: "title-" + id, Statement: describeTitle(e.Name, e.Title), Subject: id, Status: facts.StatusApproved}
		d := index.Derive(f, ix.Names)
		doc := index.NewDoc(f, -1, 0, d.Terms, d.Roles, facts.Source{})
		if !slices.ContainsFunc(q.Terms, func(t qterm) bool { return !t.Light && (termCreditIn(doc.Terms, t) > 0 || asksRoleOf(t.Alts[0].Stem)) }) {
			continue // the title says nothing the question asks, nor is a role asked: no need to rank it
		}
		titled[doc] = id
		cands = append(cands, doc)
	}
	if len(titled) == 0 {
		return ans, false, nil
	}
	rs := rank(q, cands, ix)
	best := firstAnswering(rs)
	if best < 0 || titled[rs[best].c] == "" {
		return ans, false, nil
	}
	q.Described = titled[rs[best].c]
	if ans.Explain != nil {
		ans.Explain.Add(rs[best].score, "no fact answers; %s's recorded title, read as a fact, does: %s", ix.Names.Name(q.Described), rs[best].c.Statement)
	}
	a, err := describe(ctx, st, ans, q, ix, opt)
	return a, err == nil && a.Found, err
}

// titleAsks is the one person or thing a question asks nothing of but
// what its recorded title says: its kind, the body it is of, the position
// it plays, its nationality (see kindAsked, affiliationTitled,
// playedPosition and originTitled); "" for none. Such a question is
// answered as "Who is ...?" is.
func (q question) titleAsks(ix *index.Index) string {
	for _, asked := range []func(question, *index.Index) string{question.kindAsked, question.affiliationTitled, question.playedPosition, question.originTitled} {
		if id := asked(q, ix); id != "" {
			return id
		}
	}
	return ""
}

// asksOnly reports whether every word of a question but the light ones
// stands at one of the places given: it asks nothing more.
func (q question) asksOnly(at ...int) bool {
	return !slices.ContainsFunc(q.Terms, func(t qterm) bool { return !t.Light && !slices.Contains(at, t.At) })
}
