package check

import (
	"fmt"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Reported speech is compared with what the knowledge base records someone as
// saying only when the draft's words are mostly the fact's: people say alike
// things, and a misattribution is a grave charge.
const (
	minSaidShare  = 0.6 // of the draft's content words the fact holds
	minSaidCommon = 3   // content words in common, at least
)

// checkSaid compares reported speech ("Kenneth Roth said the statement was
// significant") with the facts recording what someone said: the same words
// credited to someone else is a misattribution, naming who said them.
func (ck *checker) checkSaid(c claims.Claim) {
	words := ck.contentStems(*c.Content)
	for _, m := range ck.mentions { // names are who it is about, not what was said
		if sp := ck.d.TokSpan(m.From, m.To); sp.Start >= c.Content.Start && sp.End <= c.Content.End {
			for _, t := range text.Tokenize(sp.Text) {
				delete(words, t.Stem)
			}
		}
	}
	if len(words) < minSaidCommon {
		return
	}
	var best *checkFact
	bestShare, bestCommon := 0.0, 0
	cands := ck.alignable(words)
	ck.spend(len(cands))
	for _, cf := range cands {
		if cf.Speaker == "" {
			continue
		}
		common := 0
		for w := range words {
			if ck.hasConceptIn(cf.described().stems, w) {
				common++
			}
		}
		share := float64(common) / float64(len(words))
		if share > bestShare || share == bestShare && common > bestCommon {
			best, bestShare, bestCommon = cf, share, common
		}
	}
	if best == nil || bestShare < minSaidShare || bestCommon < minSaidCommon {
		return
	}
	speakers := ck.entitiesIn(*c.Speaker)
	if len(speakers) == 0 && !ck.looksLikeName(*c.Speaker) {
		return // "Officials said": nobody the draft names
	}
	ck.checked++
	if len(speakers) > 0 && ck.speakerFits(speakers, best) {
		ck.support("attribution", *c.Speaker, best)
		return
	}
	who := ck.ix.Names.Name(best.Speaker)
	if e, ok := ck.entity(best.Speaker); ok && e.Title != "" {
		who += " (" + e.Title + ")"
	}
	msg := fmt.Sprintf("The knowledge base records this as said by %s, not %s: %s", who, c.Speaker.Text, best.Statement)
	ck.add(best.finding("attribution", *c.Speaker, ck.ix.Names.Name(best.Speaker), msg))
}

// contentStems are the content words of a span, stemmed.
func (ck *checker) contentStems(sp claims.Span) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(sp.Text) {
		if !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) && len(t.Norm) > 2 {
			out[t.Stem] = true
		}
	}
	return out
}

// looksLikeName reports whether an unknown speaker is a name rather than a
// capitalised common word opening a sentence ("Officials said"): two words or
// more, or a word English does not know, or one it only knows as a name.
func (ck *checker) looksLikeName(sp claims.Span) bool {
	toks := text.Tokenize(sp.Text)
	if len(toks) >= 2 {
		return true
	}
	return len(toks) == 1 && (!wordnet.Known(toks[0].Stem) || wordnet.IsName(toks[0].Norm))
}
