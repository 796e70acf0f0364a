package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// becomesTitle reports, for each entity the question names, whether it is a
// person named a second time by the title the question asks them to have
// taken: "When did Irene Khan become Amnesty secretary-general?" asks when
// she took the post, and every fact about her is, by her record, about the
// secretary-general. Such a mention is held only by a fact that says the
// title in its own words (see saysTitleAsked).
func (q question) becomesTitle(ix *index.Index) []bool {
	at := slices.IndexFunc(q.Toks, func(t text.Token) bool { return t.Stem == becomeStem })
	if at < 0 {
		return nil
	}
	out := make([]bool, len(q.Entities))
	for i, m := range q.Entities {
		if m.From <= at {
			continue
		}
		out[i] = slices.ContainsFunc(q.Entities[:i], func(n index.Mention) bool {
			return n.To <= at && slices.ContainsFunc(m.IDs, func(id string) bool {
				return slices.Contains(n.IDs, id) && ix.Names.Kind(id) == "person"
			})
		})
	}
	return out
}

// becomeStem is the stem of "become", "became" and "becomes".
var becomeStem = text.Stem("become")

// saysTitleAsked reports whether a fact says, in its own words, every word
// of the question from the one after "become" to the end of the title's
// mention m: "Amnesty secretary-general", "chief executive of Hefce". Said
// only as a label right before the holder's name ("England coach Andy
// Robinson said..."), the title tells who is meant, not that they took it.
func saysTitleAsked(q question, c *index.Doc, m index.Mention, ix *index.Index) bool {
	at := slices.IndexFunc(q.Toks, func(t text.Token) bool { return t.Stem == becomeStem })
	toks := c.Tokens()
	stems := map[string]bool{}
	for _, t := range toks {
		stems[t.Stem] = true
	}
	var last string
	for _, t := range q.Toks[at+1 : m.To] {
		if text.IsStopword(t.Norm) {
			continue
		}
		if !stems[t.Stem] {
			return false
		}
		last = t.Stem
	}
	// Each time the fact says the title's last word, it may be a label of a
	// mention of the holder: right before it, or part of it.
	mentions := slices.DeleteFunc(slices.Clone(c.Mentions(ix.Names)), func(n index.Mention) bool {
		return !slices.ContainsFunc(n.IDs, func(id string) bool { return slices.Contains(m.IDs, id) })
	})
	for k, t := range toks {
		if t.Stem == last && !slices.ContainsFunc(mentions, func(n index.Mention) bool { return n.From == k+1 || n.From <= k && k < n.To }) {
			return true
		}
	}
	return false
}
