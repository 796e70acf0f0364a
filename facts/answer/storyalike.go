package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// openBetweenStories turns away every answer to a question that names
// nothing ("Who came third?", "What was the final score?") when a fact of
// another story holds its words about as well (storyAlike) and gives the
// kind of answer wanted: nothing in the question says which story it is
// about, and to answer from the first is to guess. A fact of the other story
// that gives the same answer (see sameAnswer), or tells much the same in its
// words, as a follow-up story retells the first (see tellsAlike), leaves no
// doubt.
func openBetweenStories(q question, out []ranked, ix *index.Index) {
	if len(q.Entities) > 0 || !lowerCase(q.Toks) {
		return
	}
	best := slices.IndexFunc(out, func(r ranked) bool { return r.answers })
	if best < 0 {
		return
	}
	b := out[best]
	var words map[string]bool // the best fact's, read once for every rival
	for j, r := range out {
		if j == best || r.c.Story == b.c.Story || r.fit < decision.Rules.MinFit || r.coverage < b.coverage-storyAlike {
			continue
		}
		if words == nil {
			words = contentStems(b.c)
		}
		if sameAnswer(q, b, r, ix) || tellsAlike(words, contentStems(r.c)) {
			continue
		}
		for k := range out {
			if out[k].answers {
				out[k].answers, out[k].openWith = false, r.c.FullID()
			}
		}
		return
	}
}

// storyAlike is how much less of a question's weight another story's fact
// may hold and still hold it about as well. Chosen on the development and
// validation parts together: at 0.05, 20 right answers fewer for 5 wrong;
// at 0.1, 33 for 7; at 0.2, 76 for 12; at 0.5, 573 for 56. Each passes the
// price of twenty right answers for a wrong one, but past 0.1 it turns away
// questions whose rarer words already say which story they are about.
const storyAlike = 0.1

// tellsAlike reports whether two facts, by their content words (see
// contentStems), say much the same: half the words of the shorter are the
// other's ("Users need a Skype account ... without paying for net access"
// and "With a Skype account ... users can make internet calls over wi-fi
// and not pay for net access").
func tellsAlike(wa, wb map[string]bool) bool {
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return len(wa) > 0 && 2*shared >= len(wa)
}

// contentStems are the stems of a fact's words but the stopwords.
func contentStems(c *index.Doc) map[string]bool {
	out := map[string]bool{}
	for _, t := range c.Tokens() {
		if !text.IsStopword(t.Norm) {
			out[t.Stem] = true
		}
	}
	return out
}
