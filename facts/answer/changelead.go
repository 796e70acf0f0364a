package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// changeRole is the part a figure plays in a change a fact tells: what an
// amount was before ("grew from 15"), the level it came to ("to 25"), or
// by how much it changed ("rose 5% to £801m").
type changeRole int

const (
	notChanged changeRole = iota
	changedFrom
	changedTo
	changedBy
)

// changeRoles gives each figure of a fact its part in a change (see
// changeRole), and whether the change is still to come ("will increase the
// number of colleges from 350 to 400").
func changeRoles(c *index.Doc, figures []claims.Claim) (roles []changeRole, ahead bool) {
	toks := c.Tokens()
	roles = make([]changeRole, len(figures))
	changeAt := func(from, to int) int { // the last word of change in toks[from:to], or -1
		for k := min(to, len(toks)) - 1; k >= max(0, from); k-- {
			if changeWord(toks[k]) {
				return k
			}
		}
		return -1
	}
	for i, cl := range figures {
		n, end := tokenAt(toks, cl.Span.Start), tokenAt(toks, cl.Span.End)
		if n == 0 {
			continue
		}
		prev := toks[n-1].Norm
		// "from 62% at the end of 2003 to more than 68%": "to" and a figure
		// a few words on.
		toFollows := slices.ContainsFunc(toks[min(end, len(toks)):min(end+6, len(toks))], func(t text.Token) bool { return t.Norm == "to" }) &&
			slices.ContainsFunc(figures, func(f claims.Claim) bool { k := tokenAt(toks, f.Span.Start); return k > end && k <= end+8 })
		// "raised 7.8% to 830bn rupees": a percentage before "to" and a
		// figure is the change, whatever the verb, and that figure the level.
		percentTo := func(k int) bool { // a percentage ends just before token k, "to" at k
			return k >= 1 && k < len(toks) && toks[k].Norm == "to" && slices.ContainsFunc(figures, func(f claims.Claim) bool {
				return f.Unit == "percent" && tokenAt(toks, f.Span.End) == k
			})
		}
		at := -1
		switch {
		case prev == "to" && percentTo(n-1):
			roles[i] = changedTo
		case cl.Unit == "percent" && percentTo(end) && slices.ContainsFunc(figures, func(f claims.Claim) bool { return tokenAt(toks, f.Span.Start) == end+1 }):
			roles[i] = changedBy
		case prev == "from" && changeAt(n-8, n-1) >= 0:
			// "grew from 15 to 25"; "runs from 11 to 26 March" is a range
			roles[i], at = changedFrom, changeAt(n-8, n-1)
		case prev == "to" && (changeAt(n-6, n-1) >= 0 || slices.ContainsFunc(toks[max(0, n-10):n-1], func(t text.Token) bool { return t.Norm == "from" })):
			roles[i], at = changedTo, changeAt(n-6, n-1)
		case changeWord(toks[n-1]) && (toFollows || cl.Unit == "percent" || prev == "up" || prev == "down"), prev == "by" && changeAt(n-3, n-1) >= 0:
			// "down 3.75p on the day": right after "up" or "down", the change
			roles[i], at = changedBy, changeAt(n-3, n)
		}
		if roles[i] != notChanged && at < 0 {
			at = changeAt(n-10, n-1) // "will increase the number of specialist sport colleges from 350"
		}
		if at > 0 && slices.ContainsFunc(toks[max(0, at-2):at], func(t text.Token) bool { return modals[t.Norm] || t.Norm == "to" }) {
			ahead = true
		}
	}
	// "18% more likely in 2000, up from 6% in 1994": the figure of the
	// same unit before "up from" is what the amount came to.
	for i := 1; i < len(figures); i++ {
		n := tokenAt(toks, figures[i].Span.Start)
		if roles[i] == changedFrom && n >= 2 && (toks[n-2].Norm == "up" || toks[n-2].Norm == "down") &&
			roles[i-1] == notChanged && figures[i-1].Unit == figures[i].Unit && !slices.Contains(roles, changedTo) {
			roles[i-1] = changedTo
		}
	}
	return roles, ahead
}

// changeWord reports whether a word says an amount changed: "up", "down",
// or a verb of change ("rose", "raised", "grew").
func changeWord(t text.Token) bool {
	if t.Norm == "up" || t.Norm == "down" {
		return true
	}
	stem := t.Stem
	if base, ok := text.BaseForm(t.Norm); ok {
		stem = text.Stem(base)
	}
	return wordnet.IsChange(stem)
}

// levelFigures keeps, of a fact's figures, those a how-many question that
// asks no change wants of a change the fact tells: the level an amount
// came to ("How many member states does the EU have now?": 25 of "grew from
// 15 to 25"), or what it was before when the question asks of an earlier
// time, or of now while the change is still to come ("How many specialist
// sport colleges are there now?": 350 of "will increase the number from 350
// to 400"), not another figure beside it ("The £500m move") unless it counts
// what the question counts; a question of a change, the figures of by how
// much. The figures themselves when the fact tells no change.
func levelFigures(q question, c *index.Doc, figures []claims.Claim) []claims.Claim {
	roles, ahead := changeRoles(c, figures)
	if q.change {
		// "How much did the shares drop?": "down 3.75p on the day", not the
		// level they closed at.
		if !slices.Contains(roles, changedBy) {
			return figures
		}
		var out []claims.Claim
		for i, cl := range figures {
			if roles[i] == changedBy {
				out = append(out, cl)
			}
		}
		return out
	}
	want := changedTo
	if slices.ContainsFunc(q.Toks, func(t text.Token) bool { return earlierWords[t.Norm] }) || ahead && !asksAhead(q) {
		want = changedFrom
	}
	if !slices.Contains(roles, want) {
		return figures
	}
	var out []claims.Claim
	for i, cl := range figures {
		if roles[i] == want || roles[i] == notChanged && q.countsAsked(cl) {
			out = append(out, cl)
		}
	}
	return out
}
