package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// heldEvent is where a where- or when-question says an event it names, one
// the curator recorded as an event, is held ("Where is MacWorld held?",
// "What day was the strike held?"), -1 when it does not. An event is held
// where and when it happens: a fact that names the event and gives the
// place or the time says so, in other words than "held". A person held
// somewhere is captive, and asked about otherwise.
func heldEvent(q question, ix *index.Index) int {
	if q.Type != askWhere && q.Type != askWhen {
		return -1
	}
	if !slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
		return slices.ContainsFunc(m.IDs, func(id string) bool { return ix.Names.Kind(id) == "event" })
	}) {
		return -1
	}
	for _, t := range q.Terms {
		if t.Alts[0].Stem == holdStem {
			return t.At
		}
	}
	return -1
}

// holdStem is "hold" as a question's term writes it, "held" and "holds" too.
var holdStem = text.Stem("hold")

// placedIn reports whether a fact names a place, one the curator recorded or
// WordNet knows, right after "in" or "at": "the MacWorld conference in San
// Francisco". A place elsewhere in the fact ("Britain's rebate ... at next
// week's summit") is not where the event is held.
func placedIn(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	kinds := map[int]bool{}
	for _, m := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(m.IDs, q.names) && slices.ContainsFunc(m.IDs, func(id string) bool { return placeKinds[ix.Names.Kind(id)] }) {
			kinds[m.From] = true
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != "in" && toks[i].Norm != "at" {
			continue
		}
		k := i + 1
		if toks[k].Norm == "the" && k+1 < len(toks) {
			k++
		}
		t := toks[k]
		if kinds[k] || t.Upper && !q.stems[t.Stem] && placeNameAt(q, toks, k) {
			return true
		}
	}
	return false
}
