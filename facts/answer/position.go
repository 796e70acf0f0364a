package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// asksPosition reports whether a where-question asks a place in an order, not
// a place on the map: its verb is one of taking a place relative to others
// (see wordnet.IsPosition): "Where did Butler finish?", "Where does US
// Airways rank?", "Where did Million Dollar Baby come in?".
func (q question) asksPosition() bool {
	if q.Type != askWhere {
		return false
	}
	vt := q.verbTerm()
	return vt != nil && (wordnet.IsPosition(vt.Alts[0].Stem) || wordnet.IsPosition(q.Toks[vt.At].Stem))
}

// statesPosition reports whether a fact gives a place in an order: an ordinal
// that ends its phrase ("Butler finished fourth and...", "was sixth for the
// weekend"), comes before a superlative ("the seventh largest carrier") or
// names the place itself ("took second place"); or a number with "number" or
// "top" before it ("at number five", "the top eight"). Not an ordinal of a
// thing or a time ("his first major title", "for the first time", "At
// first the Kenyan was unsure").
func statesPosition(c *index.Doc) bool { return len(positions(c.Tokens())) > 0 }

// positions lists where a fact's words give a place in an order (see
// statesPosition), each as the tokens from, to: "fourth", "seventh largest",
// "second place", "number five", "top eight".
func positions(toks []text.Token) [][2]int {
	var out [][2]int
	for i, t := range toks {
		last := i+1 == len(toks)
		switch {
		case ordinal(t.Norm) && (i == 0 || toks[i-1].Norm != "at") && (last || endsPhrase(toks[i+1])):
			to := i + 1
			if !last && (strings.HasSuffix(toks[i+1].Norm, "est") || placeWords[toks[i+1].Norm]) {
				to++
			}
			out = append(out, [2]int{i, to})
		case (t.Norm == "number" || t.Norm == "top") && !last && quantity(toks[i+1]):
			out = append(out, [2]int{i, i + 2})
		}
	}
	return out
}

// positionLead is the place a fact gives the one a where-question asks about,
// as the fact words it ("fourth", "seventh largest"): the first place after
// their name, for a fact that places several ("Butler finished fourth and
// Yelling came fifth"); "" when the fact does not name them before a place.
func positionLead(q question, c *index.Doc, ix *index.Index) string {
	toks := c.Tokens()
	ps := positions(toks)
	for _, m := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(m.IDs, q.names) {
			continue
		}
		for _, p := range ps {
			if p[0] >= m.To {
				return string([]rune(c.Statement)[toks[p[0]].Start:toks[p[1]-1].End])
			}
		}
	}
	return ""
}

// endsPhrase reports whether the word after an ordinal leaves the ordinal a
// place in an order: a word of grammar ("and", "for"), a superlative, or a
// word for the place itself.
func endsPhrase(next text.Token) bool {
	return text.IsStopword(next.Norm) || text.IsPreposition(next.Norm) || strings.HasSuffix(next.Norm, "est") || placeWords[next.Norm]
}

// placeWords name a place in an order: "second place", "fifth position".
var placeWords = text.Set("place position")

// ordinal reports whether a normalised word is an ordinal: "first",
// "fourth", "21st".
func ordinal(norm string) bool {
	return norm == "first" || text.IsOrdinalCount(norm) || text.OrdinalDigits(norm) != ""
}

// positionCredit is what a fact that gives a place in an order ("Butler was
// fourth") earns for the verb of a question that asks it ("Where did Butler
// finish?"): the place is what finishing, ranking or coming in says, as a
// synonym would; no more, for the fact may place its subject in another
// order than the one asked.
const positionCredit = 0.85

// ranksBelowAsked reports whether a fact says a superlative of the
// question only after an ordinal that puts it below the top: "the world's
// second biggest reinsurer" is not the world's biggest, nor is "the second
// highest amount" the highest price. A question that asks the second
// biggest says so itself. Not "best" or "worst", which name awards ("her
// second best actress Oscar" is her second Oscar, not the second best).
func ranksBelowAsked(q question, c *index.Doc) bool {
	toks := c.Tokens()
	for i, t := range q.Toks {
		if !strings.HasSuffix(t.Norm, "est") || t.Norm == "best" || t.Norm == "worst" || i > 0 && ordinal(q.Toks[i-1].Norm) {
			continue
		}
		below, top := false, false
		for k, ft := range toks {
			if ft.Norm != t.Norm {
				continue
			}
			if k > 0 && ordinal(toks[k-1].Norm) && toks[k-1].Norm != "first" {
				below = true
			} else {
				top = true
			}
		}
		if below && !top {
			return true
		}
	}
	return false
}

// levelAt is where, after a where-question's verb, a fact gives the level
// something stood at: "at" and a figure that is no stretch of time nor a
// year ("Manchester United shares closed at 270.25p", "closed up four pence
// at 274.5 pence"), which "Where did the shares close?" asks as it asks a
// place in an order; after a verb of change, "to", "below", "above" and the
// like too (see levelWords: "Where has inflation dipped to?": "dipped below
// 20%"). A count of a thing the question names is no level: "Where was the
// net cafe fire?" is not "a fire at one cafe". It is the figure's claim, and
// false when there is none.
func levelAt(q question, c *index.Doc) (claims.Claim, bool) {
	if q.Type != askWhere {
		return claims.Claim{}, false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for _, t := range q.Terms {
		// The verb: the question's word that may be one ("Where did
		// United's shares close?": not "shares", said after an owner).
		vi := t.firstIn(toks, verbHeld)
		if vi < 0 || !canBeVerb(q.Toks[t.At]) || t.At > 0 && q.Toks[t.At-1].Possessive {
			continue
		}
		for k := vi + 1; k+1 < len(toks) && k <= vi+levelReach; k++ {
			if toks[k].Norm != "at" && !(levelWords[toks[k].Norm] && wordnet.IsChange(t.Alts[0].Stem)) || isYear(toks[k+1], rs) || clockTime(toks[k+1:k+2]) {
				continue
			}
			if cl, ok := figureAt(c.Figures(), toks[k+1]); ok && !isDuration(cl) && !(countOfThing(cl) && q.stems[text.StemPhrase(cl.Unit)]) {
				return cl, true
			}
		}
	}
	return claims.Claim{}, false
}

// levelWords are the words before a figure that give the level a verb of
// change brought something to: "dipped below 20%", "rose to 5.1%".
var levelWords = text.Set(`to below above under over`)

// levelReach is how many words after the verb "at" may stand and give its
// level: "closed up four pence at".
const levelReach = 5

// placedInAsked reports whether a where-question that ends by naming an order
// ("in the league table", "on the UK all-time list") is answered by a place
// in it: a fact's place ("fourth", "sixth", "top") right before a
// preposition and a word of the question's last phrase ("fourth in the
// league", "top of the world rankings").
func placedInAsked(q question, c *index.Doc) bool {
	p := -1
	for i, t := range q.Toks {
		if text.IsPreposition(t.Norm) {
			p = i
		}
	}
	if p < 0 || p+1 >= len(q.Toks) {
		return false
	}
	asked := map[string]bool{}
	for _, t := range q.Toks[p+1:] {
		if !text.IsStopword(t.Norm) {
			asked[t.Stem] = true
		}
	}
	toks := c.Tokens()
	ends := []int{}
	for _, pos := range positions(toks) {
		ends = append(ends, pos[1])
	}
	for i, t := range toks {
		if (t.Norm == "top" || t.Norm == "bottom") && i+1 < len(toks) && text.IsPreposition(toks[i+1].Norm) {
			ends = append(ends, i+1)
		}
	}
	for _, e := range ends {
		if e >= len(toks) || !text.IsPreposition(toks[e].Norm) {
			continue
		}
		for k := e + 1; k < len(toks) && k <= e+4; k++ {
			if asked[toks[k].Stem] {
				return true
			}
		}
	}
	return false
}
