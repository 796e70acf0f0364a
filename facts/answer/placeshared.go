package answer

import (
	"slices"
	"sort"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// placeOnlyWithOthers reports whether a how-many question asks of a place
// ("How many DS consoles has Nintendo sold in Japan?") that the fact names
// only in a list with other places the question does not give, so that its
// figure is theirs together: "selling a million in the US and Japan", "Sri
// Lanka, India, Indonesia and Thailand ... at least 23,000 people have been
// killed". A figure for each of them ("five wins each") is each one's.
func placeOnlyWithOthers(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	spans := placeSpans(q, c, ix)
	if !slices.ContainsFunc(spans, func(s placeSpan) bool { return s.asked }) || slices.ContainsFunc(toks, func(t text.Token) bool { return t.Norm == "each" }) {
		return false
	}
	rs := []rune(c.Statement)
	// Walk the spans in runs that stand in one list; a run joined by
	// commas alone is no list ("Darfur, Sudan" says where Darfur is).
	for from := 0; from < len(spans); {
		to, and := from+1, false
		for ; to < len(spans); to++ {
			j, ok := listedNext(toks, rs, spans[to-1], spans[to])
			if !ok {
				break
			}
			and = and || j
		}
		run := spans[from:to]
		for _, s := range run {
			if s.asked && !(and && slices.ContainsFunc(run, func(o placeSpan) bool { return !o.asked })) {
				return false // named alone, or only beside places asked too
			}
		}
		from = to
	}
	return true
}

// placeSpan is a place a fact names: a mention of a place in the knowledge
// base, or a capitalised word WordNet knows as one; asked when the question
// gives it.
type placeSpan struct {
	from, to int
	asked    bool
}

// placeSpans lists the places a fact names, in the order it names them.
func placeSpans(q question, c *index.Doc, ix *index.Index) []placeSpan {
	toks := c.Tokens()
	covered := make([]bool, len(toks))
	var out []placeSpan
	for _, m := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(m.IDs, func(id string) bool { return placeKind(ix.Names.Kind(id)) }) {
			continue
		}
		for i := m.From; i < m.To; i++ {
			covered[i] = true
		}
		out = append(out, placeSpan{m.From, m.To, slices.ContainsFunc(m.IDs, q.names)})
	}
	for i, t := range toks {
		if !covered[i] && t.Upper && wordnet.IsPlace(t.Stem) {
			out = append(out, placeSpan{i, i + 1, q.stems[t.Stem]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].from < out[j].from })
	return out
}

// listedNext reports whether two places stand next to each other in a list,
// with nothing between them but "and", "or" or "the", or a comma; and
// whether the join is a word ("the US and Japan") rather than a comma.
func listedNext(toks []text.Token, rs []rune, a, b placeSpan) (and, ok bool) {
	if a.to > b.from {
		return false, false
	}
	for _, t := range toks[a.to:b.from] {
		switch {
		case listJoins[t.Norm]:
			and = true
		case t.Norm != "the":
			return false, false
		}
	}
	return and, and || a.to == b.from && commaBetween(rs, toks[a.to-1], toks[b.from])
}

// listJoins join the last two items of a list: "the US and Japan".
var listJoins = text.Set(`and or`)
