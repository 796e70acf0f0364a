package check

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// minNumberRelevance is how surely a clause must be about a fact before its
// figure is held against the fact's: the event or its subject named, and more.
const minNumberRelevance = 3.0

// minClearRelevance is how surely a clause must be about a fact that gives
// its figure for the fact to back it: less than contradicting takes. "The
// total delays amounted to 62 months" is backed by the 62 months of delays
// however few of that fact's words it holds, rather than held to the three
// months of average delay beside it. Only a figure bounded both ways clears:
// "up to 62 months" would clear every smaller one.
const minClearRelevance = 2.0

// rivalShare: a fact nearly as relevant as the best one that agrees with the
// draft's figure clears it; the draft may be talking about that fact.
const rivalShare = 0.7

// numberMatch is a fact's figure counting the same thing as a draft's figure.
type numberMatch struct {
	cf  *checkFact
	n   factNumber
	rel relevance
}

// checkNumber compares a figure with the facts that count the same thing in the
// same event: matched by what is counted and by the clause's event, subject and
// words, never by the figure itself.
func (ck *checker) checkNumber(c claims.Claim) {
	if c.Unit == "" {
		ck.checkBareTransposed(c)
		return
	}
	ctx := ck.contextOf(c)
	unit := ck.countedOf(c.Unit)
	var ms, clearers []numberMatch
	best := 0.0
	// Only a fact giving a figure of the same thing, whose actors, event or
	// keywords the clause names, can be relevant enough to compare.
	others := ck.otherFigures(c) // read once: every candidate is weighed by them
	swaps := transposed(c.Value) // the same
	cands := ck.candidates(intersect(ck.counting(unit), union(ck.aboutClause(ctx), ck.sharingFigure(others), ck.transposing(swaps))))
	ck.spend(len(cands))
	for _, cf := range cands {
		for _, n := range cf.counts().numbers {
			// A part of a whole counts the part: "12 million of them" is no
			// count of all the players sold, nor "23 of the 30 projects" of
			// the projects.
			if !ck.sameUnit(unit, n.counted) || n.part != c.Part || n.place != c.Ordinal {
				continue
			}
			r := ck.relevance(ctx, cf)
			if ck.describesAlike(c, unit, cf) {
				r.score++ // "120 journalist posts" and "90 journalist jobs"
			}
			if w := echoesFigure(c, others, cf); w > 0 {
				r.score += w
				r.figure = true
			}
			if datedAlike(ctx.dates, cf) {
				r.score++ // "walked away in November from a $235m deal": the fact's month
			}
			// Two digits swapped (see transposedWeight): telling where the
			// clause names the fact's people or things, or where three
			// digits or more make a chance likeness rare; "5.1%" of another
			// story's sales is no slip for a fact's 1.5%.
			if (r.named || significantDigits(c.Value) >= 3) && isSwap(n.value, swaps) {
				r.score += transposedWeight
				r.figure = r.figure || significantDigits(c.Value) >= 3
			}
			// A clause that names none of the fact's people or things, in a
			// draft that names none of its story's, may be about anything
			// ("Yugansk was sold for $27.5bn" is no sale of Simon Fuller's).
			// A fact that gives the draft's figure may clear it while not
			// relevant enough to contradict it (see minClearRelevance).
			if (r.pred || r.subject || r.keyword || r.figure) && r.score >= minClearRelevance && clears(c, n) {
				clearers = append(clearers, numberMatch{cf, n, r})
			}
			if !r.named && !r.figure && !ck.storyNamed(cf) && ck.namesAnyone() || !r.pred && !r.subject && !r.keyword && !r.figure || r.score < minNumberRelevance || !ck.sameSource(ctx, cf, r) {
				continue
			}
			ms = append(ms, numberMatch{cf, n, r})
			best = math.Max(best, r.score)
		}
	}
	for _, m := range clearers {
		if m.rel.score >= best*rivalShare {
			ck.checked++
			ck.support("number", c.Span, m.cf)
			return
		}
	}
	if len(ms) == 0 {
		if len(ctx.entities) > 0 {
			ck.unsupported("number", c.Span, fmt.Sprintf("No fact gives the number of %s for what this sentence is about.", c.Unit))
		}
		return
	}
	ck.checked++
	// A fact whose figure another figure of the sentence gives is that
	// figure's: "£130m in debt then, below £25m now" holds the £130m to the
	// other debt, and "Of the 193 member states, 43 signed" holds the 193 to
	// nothing.
	if held := slices.DeleteFunc(slices.Clone(ms), func(m numberMatch) bool { return ck.statedElsewhere(c, m.n) }); len(held) < len(ms) {
		if len(held) == 0 {
			return
		}
		ms, best = held, 0
		for _, m := range ms {
			best = math.Max(best, m.rel.score)
		}
	}
	var top *numberMatch
	for i := range ms {
		m := &ms[i]
		if m.rel.score < best*rivalShare {
			continue
		}
		if figuresMeet(c.Low, c.High, m.n.lo, m.n.hi) && !boundsDiffer(c, m.n) {
			ck.support("number", c.Span, m.cf)
			return
		}
		// The fact's own words may give the draft's figure for a part of the
		// event ("seven voted for and two against"): not a contradiction. A
		// figure of another measure gives none: the 43 countries of "for 43
		// countries, more than 20% of their income" are no share above 40%.
		for _, st := range m.cf.stated {
			if st.High > 0 && figuresMeet(c.Low, c.High, st.Low, st.High) && sameMeasure(c, st) && (!oneSided(c) || sameValue(c.Value, st.Value)) &&
				!boundsDiffer(c, factNumber{bound: claims.QualifierKind(st.Qualifier), value: st.Value}) {
				ck.support("number", c.Span, m.cf)
				return
			}
		}
		// Of two figures of one fact, the one written after the same word
		// as the draft's: "to 26 cents" stands for the fact's "to 17 cents",
		// not its "from 34 cents".
		if top == nil || m.rel.score > top.rel.score || m.rel.score == top.rel.score && m.n.prep != top.n.prep && m.n.prep == ck.wordBefore(c) {
			top = m
		}
	}
	if top == nil {
		return
	}
	// A fact may back a figure of a clause that does not name its people
	// ("grown from 39 countries a year earlier"), but contradicts one only
	// when the clause, its sentence or the one before names them ("China
	// faced criticism at the U.N. Last year, 40 countries signed a similar
	// statement."), or the check is confined to its story: a business page's
	// "sold for $27.5bn" is no contradiction of Simon Fuller's sale. A
	// passage that names no one at all ("Last year, 40 countries signed a
	// similar statement.") has nothing to anchor it, and is compared by its
	// words alone.
	if !top.rel.named && !top.rel.figure && !ck.anchored(c, top.cf) {
		return
	}
	if ck.statedElsewhere(c, top.n) {
		return
	}
	msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", top.n.text, c.Text, top.cf.Statement)
	ck.add(top.cf.finding("number", c.Span, top.n.text, msg))
}

// oneSided reports whether a figure is bounded one way only ("up to three
// years", "more than 40%"): every figure on its side meets it, and only its
// own value restates it.
func oneSided(c claims.Claim) bool {
	switch claims.QualifierKind(c.Qualifier) {
	case "more", "least", "less":
		return true
	}
	return false
}

// datedAlike reports whether a figure's clause gives a date down to its
// month (one of its dates, see claimContext) that agrees with a fact's, its month named ("in
// November" for a fact of November 2004): the same event's time, as the
// same event's words.
func datedAlike(dates []claims.Claim, cf *checkFact) bool {
	if len(dates) == 0 {
		return false
	}
	fd, ok := cf.date()
	if !ok || fd.month == 0 {
		return false
	}
	return slices.ContainsFunc(dates, func(o claims.Claim) bool { return o.Month == fd.month && !fd.conflicts(o) })
}

// boundsDiffer reports whether two figures bounded alike give different
// figures: "more than 40%" restates no "more than 20%", though every share
// above 40% is above 20%, nor "up to six weeks" an "up to eight weeks".
func boundsDiffer(c claims.Claim, n factNumber) bool {
	b := claims.QualifierKind(c.Qualifier)
	return b != "" && b == n.bound && n.value > 0 && !sameValue(c.Value, n.value)
}

// anchored reports whether a claim may be held to a fact by what the draft
// names: the check is confined to the fact's story, the claim's sentence or the
// one before names (by name) one of the fact's people or things, or the draft
// names no one at all and has only its words to go by.
func (ck *checker) anchored(c claims.Claim, cf *checkFact) bool {
	return ck.story != "" || ck.namedNear(c, cf) || !ck.namesAnyone()
}

// namesAnyone reports whether the draft names anyone or anything by name: a
// known entity, or a capitalised name the knowledge base does not know.
func (ck *checker) namesAnyone() bool {
	if ck.namesSomeone == nil {
		some := slices.ContainsFunc(ck.mentions, func(m index.Mention) bool { return properMention(ck.ix.Names, ck.d.Toks, m) }) ||
			slices.ContainsFunc(ck.d.Toks, func(t text.Token) bool { return properName([]text.Token{t}) && !claims.CalendarWord(t.Norm) })
		ck.namesSomeone = &some
	}
	return *ck.namesSomeone
}

// namedNear reports whether the sentence of a claim, or the sentence before it,
// names (by name) one of the people or things a fact is about.
func (ck *checker) namedNear(c claims.Claim, cf *checkFact) bool {
	k := ck.sentenceAt(c.From)
	if k < 0 {
		return false
	}
	sts := ck.sentences()
	from, to := sts[max(0, k-1)][0], sts[k][1]
	for _, m := range ck.mentions {
		if m.From >= from && m.From < to && properMention(ck.ix.Names, ck.d.Toks, m) &&
			slices.ContainsFunc(m.IDs, func(id string) bool { return cf.doc.Roles[id] != "" }) {
			return true
		}
	}
	return false
}

// echoesFigure weighs how surely another figure of the claim's sentence (one of
// others, from otherFigures) that the fact gives ties the claim to the fact: "cost more than $225m (£79m) to
// make" is about the fact that the film cost $150m (£79m), whatever the clause
// calls the film, and so is "cut between 9,000 and 7,000 jobs" about the 6,000
// to 7,000 jobs. A figure beside the claim's (the same sum in another currency,
// the other end of a range) weighs 3, one of another sort elsewhere in the
// sentence 2; none, 0. A figure too round to tell one sum from another weighs
// 1 beside ("$5bn") and nothing elsewhere ("$150m"); a small count or a year
// not at all (see distinctive).
func echoesFigure(c claims.Claim, others []claims.Claim, cf *checkFact) float64 {
	w := 0.0
	for _, o := range others {
		for _, fc := range cf.counts().stated {
			if !slices.Contains(givenAs(fc), o.Value) || !sameSort(o, fc) {
				continue
			}
			if o.To+besideFigure >= c.From && c.To+besideFigure >= o.From {
				if significantDigits(o.Value) < 2 {
					w = max(w, 1) // "$5bn" is any five billion dollars
					continue
				}
				return 3
			}
			// A figure of the claim's own sort elsewhere in the sentence is
			// the fact's figure given by another clause: "£130m in debt
			// then, below £25m now" is not about the £25m fact twice.
			if !sameSort(o, c) && significantDigits(o.Value) >= 3 {
				w = 2
			}
		}
	}
	return w
}

// givenAs lists the figures a stated figure gives exactly: its value, and
// both ends of a range ("between 6,000 and 7,000").
func givenAs(c claims.Claim) []float64 {
	if c.Qualifier == "" && c.High > c.Low {
		return []float64{c.Value, c.Low, c.High}
	}
	return []float64{c.Value}
}

// significantDigits counts a figure's significant digits: 3 for 21.6 million,
// 2 for 150 million, 1 for 7,000.
func significantDigits(v float64) int {
	if v <= 0 {
		return 0
	}
	digits := strconv.FormatFloat(v, 'e', -1, 64) // "2.16e+07"
	mant, _, _ := strings.Cut(digits, "e")
	return len(strings.ReplaceAll(mant, ".", ""))
}

// besideFigure is how many words may stand between two figures that give one
// quantity twice: "$5bn (£2.7bn)", "between 6,000 and 7,000".
const besideFigure = 2

// otherFigures lists the distinctive figures of the claim's sentence other
// than the claim's own.
func (ck *checker) otherFigures(c claims.Claim) []claims.Claim {
	var out []claims.Claim
	for _, o := range ck.inSentenceOf(c) {
		if o.Kind == claims.ClaimNumber && o.Start != c.Start && distinctive(o) && o.Value > 0 {
			out = append(out, o)
		}
	}
	return out
}

// distinctive reports whether a figure is particular enough that two passages
// giving it are likely about one thing: a sum of money, a percentage, a
// fraction or a count in the hundreds, not a small count ("20 projects") that
// many sentences hold, nor a year.
func distinctive(o claims.Claim) bool {
	v := o.Low
	switch {
	case v <= 0:
		return false
	case o.Unit == "percent" || claims.CurrencySign(o.Unit) != "" || v != math.Trunc(v):
		return true
	case o.Unit == "" && v >= 1900 && v <= 2100:
		return false
	}
	return v >= 100
}

// wordBefore is the draft's word just before a claim, "" at the start.
func (ck *checker) wordBefore(c claims.Claim) string {
	if c.From > 0 && c.From <= len(ck.d.Toks) {
		return ck.d.Toks[c.From-1].Norm
	}
	return ""
}

// describesAlike reports whether the words qualifying a figure's counted noun
// ("journalist" in "120 journalist posts") are in the fact: the same kind of
// thing counted, not merely the same noun.
func (ck *checker) describesAlike(c claims.Claim, unit counted, cf *checkFact) bool {
	for _, t := range text.Tokenize(c.Text) {
		if t.Stem == unit.unitStem || isFigure(t.Norm) || ck.ix.IsStop(t.Norm) || len(t.Norm) < 3 {
			continue
		}
		if ck.hasConceptIn(cf.described().stems, t.Stem) {
			return true
		}
	}
	return false
}

// sourceVerbs make a fact someone's claim rather than an event: an estimate,
// a count, a report. Another source may well give another figure.
var sourceVerbs = stemSet(`estimate say report claim count tally believe put calculate`)

// sameSource reports whether a clause and a fact could be giving the same
// source's figure. A clause crediting its figure "according to" someone the fact
// is not about is another source's; so is a clause not naming whose estimate or
// report the fact holds.
func (ck *checker) sameSource(ctx claimContext, cf *checkFact, r relevance) bool {
	if ctx.sourced && !ctx.sources[cf.Subject] && !ctx.sources[cf.Speaker] && !ck.storySourced(ctx, cf) {
		return false
	}
	for _, p := range cf.pred {
		if sourceVerbs[p] && !r.agent {
			return false
		}
	}
	return true
}

// storySourced reports whether a source the clause credits speaks in the
// fact's story: a survey's figures are its own, whether or not the curator
// made it the subject of each ("According to Pew, 72% of net users...").
func (ck *checker) storySourced(ctx claimContext, cf *checkFact) bool {
	fx := ck.index()
	for id := range ctx.sources {
		for _, l := range [][]int{fx.bySubject[id], fx.bySpeaker[id]} {
			if slices.ContainsFunc(l, func(i int) bool { return ck.facts[i].Story == cf.Story }) {
				return true
			}
		}
		if cf.doc != nil && cf.doc.Roles != nil && cf.doc.Roles[id] != "" {
			return true
		}
	}
	return false
}

// statedElsewhere reports whether another figure of the claim's measure in its
// sentence agrees with the fact's: "Of the 193 member states, 43 signed" gives
// the signers as 43, and 193 counts something else; "five million set-top
// boxes" gives no sum of money. Agrees as clears has it: "wounded 1,000"
// gives no "more than 250" killed.
func (ck *checker) statedElsewhere(c claims.Claim, n factNumber) bool {
	for _, o := range ck.inSentenceOf(c) {
		if o.Kind == claims.ClaimNumber && o.Start != c.Start && o.Sentence.Start == c.Sentence.Start && sameMeasure(o, c) && clears(o, n) {
			return true
		}
	}
	return false
}

// rangesMeet reports whether two ranges overlap; a high of 0 has no bound.
func rangesMeet(lo1, hi1, lo2, hi2 float64) bool {
	if hi1 == 0 && lo1 > 0 {
		hi1 = math.Inf(1)
	}
	if hi2 == 0 && lo2 > 0 {
		hi2 = math.Inf(1)
	}
	return lo1 <= hi2+1e-9 && lo2 <= hi1+1e-9
}

// clears reports whether a fact's figure may clear a draft's figure it is not
// relevant enough to contradict: a figure bounded both ways that the draft's
// meets, or a bound the draft gives exactly ("62 months" of "added up to 62
// months"). A bound alone clears no other figure: "up to 62 months" would clear
// every smaller one. Nor does a figure bounded as the draft's is but another
// ("about £10bn" for "around £12bn"), nor a figure the draft's bound alone
// allows ("1,000 people" for "more than 350 people").
func clears(c claims.Claim, n factNumber) bool {
	if boundsDiffer(c, n) {
		return false // "around £12bn" is not "about £10bn", though the two may meet
	}
	if oneSided := (c.Low == 0) != (c.High == 0); oneSided && n.lo > 0 && n.lo == n.hi && !sameValue(c.Value, n.lo) {
		return false // "more than 350 people" is no restatement of "1,000 people"
	}
	if n.lo > 0 && n.hi > 0 {
		return rangesMeet(c.Low, c.High, n.lo, n.hi)
	}
	return c.Low == c.High && sameValue(c.Low, max(n.lo, n.hi))
}

// figuresMeet is rangesMeet for a draft's figure and a fact's, save that
// two bounds on the same side are one figure or two: "up to four hours"
// restates "up to three hours" wrongly, though both allow two hours, and
// "more than 50 countries" restates "more than 40 countries" wrongly.
func figuresMeet(lo1, hi1, lo2, hi2 float64) bool {
	switch {
	case lo1 == 0 && lo2 == 0 && hi1 > 0 && hi2 > 0:
		return sameValue(hi1, hi2)
	case hi1 == 0 && hi2 == 0 && lo1 > 0 && lo2 > 0:
		return sameValue(lo1, lo2)
	}
	return rangesMeet(lo1, hi1, lo2, hi2)
}

// sameValue reports whether two figures are one: within half a per cent of
// each other, as a sum converted and rounded may be.
func sameValue(x, y float64) bool {
	return math.Abs(x-y) <= 0.005*math.Max(math.Abs(x), math.Abs(y))
}

// counted is what a figure counts, read once: the counted noun's stem and the
// entities it names.
type counted struct {
	unitStem string
	unitIDs  []string
}

// countedOf reads a counted noun ("countries", "Uighurs").
func (ck *checker) countedOf(unit string) counted { return readCounted(ck.ix.Names, unit) }

func readCounted(names *index.Names, unit string) counted {
	toks := text.Tokenize(unit)
	if len(toks) == 0 {
		return counted{}
	}
	// A rate counts what comes before "per": "dollars per euro" gives
	// dollars, so "one euro" of the draft is no figure of it.
	if p := slices.IndexFunc(toks, func(t text.Token) bool { return t.Norm == "per" }); p > 0 {
		toks = toks[:p]
	}
	u := counted{unitStem: toks[len(toks)-1].Stem}
	for _, m := range names.Find(toks) {
		u.unitIDs = append(u.unitIDs, m.IDs...)
	}
	return u
}

// sameUnit reports whether two counted nouns count the same thing: the same word
// in any form ("country", "countries"), lexicon synonyms ("nations"), or names of
// the same entity ("Uighurs", "Uyghurs").
func (ck *checker) sameUnit(a, b counted) bool {
	if a.unitStem == "" || b.unitStem == "" {
		return false
	}
	if ck.sameConcept(a.unitStem, b.unitStem) || ck.related(a.unitStem, b.unitStem) {
		return true
	}
	for _, i := range a.unitIDs {
		for _, j := range b.unitIDs {
			if i == j {
				return true
			}
		}
	}
	return false
}
