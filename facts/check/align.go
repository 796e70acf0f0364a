package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
)

// A sentence that restates one fact closely is held to all of it: a figure, a
// day or a person the sentence gives in place of the fact's is a finding, even
// where the clause-by-clause comparisons cannot tell what the figure counts or
// who acts. "Close" means most of the fact's own words are in the sentence.
const (
	minAlignShare  = 0.6 // of the fact statement's content words the sentence holds
	minAlignCommon = 4   // content words in common, at least
)

// aligned is a sentence and the facts it restates: one, or several when it
// packs them together ("a $676m loss, against a $375m profit a year before").
type aligned struct {
	from, to int // the sentence's tokens
	facts    []*checkFact
	// actorless are the facts it restates but for who acts: their words but
	// for their subject's or speaker's names.
	actorless []*checkFact
	// partyless are the facts it restates but for whom they are about: their
	// words but for the names of every entity in them.
	partyless []*checkFact
	// within are the facts that say all the sentence says but for its names:
	// a short sentence restating part of a long fact ("Gerald Krasner has
	// completed his takeover of Leeds United").
	within []*checkFact
}

// alignSentence compares a sentence (its tokens from, to) with the facts it
// restates, if any.
func (ck *checker) alignSentence(st [2]int) {
	a := ck.align(st[0], st[1])
	figures := a
	if len(a.facts) == 0 && len(a.within) == 1 {
		// A sentence that says nothing but what one fact says, naming some of
		// its people and no one else, is held to its figures and dates too:
		// "Shepherd said Bellamy left training on Thursday complaining of a
		// tight hamstring" for the fact's Friday.
		w := a
		w.facts = a.within
		if ck.namesParty(w, a.within[0]) && !ck.namesOther(w) {
			figures = w
		}
	}
	ck.alignedFigures(figures)
	ck.alignedDates(figures)
	if len(a.actorless) == 1 && ck.alignedActor(a) {
		return
	}
	switch {
	case len(a.partyless) == 1:
		ck.alignedParty(a, a.partyless[0])
	case len(a.partyless) == 0 && len(a.within) == 1:
		ck.alignedParty(a, a.within[0])
	}
}

// A sentence is within a fact when at least minWithinWords of its words, names
// aside, are there and they are at least minWithinShare of them.
const (
	minWithinWords = 2
	minWithinShare = 0.8
)

// align finds the facts a sentence restates: those most of whose own words it
// holds.
func (ck *checker) align(from, to int) aligned {
	if a, ok := ck.alignments[from]; ok {
		return a
	}
	a := ck.alignAnew(from, to)
	if ck.alignments == nil {
		ck.alignments = map[int]aligned{}
	}
	ck.alignments[from] = a
	return a
}

// alignAnew is align without its memory.
func (ck *checker) alignAnew(from, to int) aligned {
	words := map[string]bool{}
	for _, t := range ck.d.Toks[from:to] {
		if !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) && len(t.Norm) > 1 {
			words[t.Stem] = true
		}
	}
	a := aligned{from: from, to: to}
	plain := map[string]bool{} // the sentence's words but for the names in it
	for w := range words {
		plain[w] = true
	}
	for _, m := range ck.mentions {
		if m.From >= from && m.From < to {
			for _, t := range ck.d.Toks[m.From:min(m.To, to)] {
				delete(plain, t.Stem)
			}
		}
	}
	cands := ck.alignable(words)
	ck.spend(len(cands))
	for _, cf := range cands {
		own := cf.statementStems()
		if len(own) < minAlignCommon {
			continue
		}
		common, actorNames, actorCommon, partyNames, partyCommon := 0, 0, 0, 0, 0
		for _, s := range own {
			held := words[s] || ck.hasConceptIn(words, s)
			if cf.actorName(s) {
				actorNames++
			} else if held {
				actorCommon++
			}
			if cf.partyName(s) {
				partyNames++
			} else if held {
				partyCommon++
			}
			if held {
				common++
			}
		}
		if common >= minAlignCommon && float64(common)/float64(len(own)) >= minAlignShare {
			a.facts = append(a.facts, cf)
		}
		if rest := len(own) - actorNames; actorNames > 0 && actorCommon >= minAlignCommon && float64(actorCommon)/float64(rest) >= minAlignShare {
			a.actorless = append(a.actorless, cf)
		}
		if rest := len(own) - partyNames; partyNames > 0 && partyCommon >= minAlignCommon && float64(partyCommon)/float64(rest) >= minAlignShare {
			a.partyless = append(a.partyless, cf)
		}
		if len(plain) >= minWithinWords && partyNames > 0 {
			ownSet := cf.indexTerms()
			held := 0
			for w := range plain {
				if ownSet[w] || ck.hasConceptIn(ownSet, w) {
					held++
				}
			}
			if held >= minWithinWords && float64(held)/float64(len(plain)) >= minWithinShare {
				a.within = append(a.within, cf)
			}
		}
	}
	return a
}

// Candidates for alignment share at least minAlignHits of a sentence's words
// exactly, counting only words fewer than maxAlignPostings loaded facts hold.
const (
	minAlignHits     = 2
	maxAlignPostings = 100
)

// alignable lists the loaded facts that share some of a sentence's telling
// words exactly: only they can be close enough to it, and looking at every
// loaded fact for every sentence of a long draft would be slow.
func (ck *checker) alignable(words map[string]bool) []*checkFact {
	if ck.byStem == nil {
		ck.byStem = map[string][]int{}
		for i, cf := range ck.facts {
			for _, s := range cf.statementStems() {
				ck.byStem[s] = append(ck.byStem[s], i)
			}
		}
	}
	hits := map[int]int{}
	for w := range words {
		if len(ck.byStem[w]) > maxAlignPostings {
			continue // a word most loaded facts hold tells none apart
		}
		for _, i := range ck.byStem[w] {
			hits[i]++
		}
	}
	var idx []int
	for i, n := range hits {
		if n >= minAlignHits {
			idx = append(idx, i)
		}
	}
	slices.Sort(idx) // in load order, whatever the map's
	out := make([]*checkFact, len(idx))
	for k, i := range idx {
		out[k] = ck.facts[i]
	}
	return out
}

// indexTerms is the set of the fact's index terms (its statement's, quote's and
// keywords' stems), read from what the index derived once.
func (cf *checkFact) indexTerms() map[string]bool {
	if cf.terms == nil {
		cf.terms = map[string]bool{}
		for _, s := range strings.Fields(cf.doc.Terms) {
			if s != "|" {
				cf.terms[s] = true
			}
		}
	}
	return cf.terms
}

// statementStems are the content words of the fact's statement, once.
func (cf *checkFact) statementStems() []string {
	if cf.own == nil {
		cf.own = []string{}
		seen := map[string]bool{}
		toks := cf.doc.Tokens()
		for _, t := range toks {
			if !cf.ix.IsStop(t.Norm) && !isFigure(t.Norm) && len(t.Norm) > 1 && !seen[t.Stem] {
				seen[t.Stem] = true
				cf.own = append(cf.own, t.Stem)
			}
		}
	}
	return cf.own
}

// calendar is the set of the stems of the months and days of the week the
// fact's statement names, capitalised.
func (cf *checkFact) calendar() map[string]bool {
	if cf.cal == nil {
		cf.cal = map[string]bool{}
		for _, t := range cf.doc.Tokens() {
			if t.Upper && claims.CalendarWord(t.Norm) {
				cf.cal[t.Stem] = true
			}
		}
	}
	return cf.cal
}

// inSentence lists the draft's claims of a kind within a sentence.
func (ck *checker) inSentence(a aligned, kind string) []claims.Claim {
	var out []claims.Claim
	if a.from >= a.to {
		return nil
	}
	for _, c := range ck.claimsBetween(ck.d.Toks[a.from].Start, ck.d.Toks[a.to-1].End) {
		if c.Kind == kind && c.From >= a.from && c.From < a.to && !ck.d.InQuote(c.Start) {
			out = append(out, c)
		}
	}
	return out
}

// stated is a claim a fact's statement (or its curated date) makes.
type stated struct {
	cf *checkFact
	c  claims.Claim
}

// statedBy lists the claims of a kind the facts make in their statements.
func statedBy(fs []*checkFact, kind string) []stated {
	var out []stated
	for _, cf := range fs {
		for _, c := range claims.Extract(cf.Statement) {
			if c.Kind == kind {
				out = append(out, stated{cf, c})
			}
		}
	}
	return out
}

// replaced finds the claim a sentence gives in place of one its facts give:
// the one claim of the sentence that agrees with none of theirs, and the
// claims of theirs the sentence does not give that it could stand for.
func replaced(mine []claims.Claim, theirs []stated, agree func(a, b claims.Claim) bool, could func(a, b claims.Claim) bool) (claims.Claim, []stated, bool) {
	var odd []claims.Claim
	for _, c := range mine {
		if !slices.ContainsFunc(theirs, func(o stated) bool { return agree(c, o.c) }) {
			odd = append(odd, c)
		}
	}
	if len(odd) != 1 {
		return claims.Claim{}, nil, false
	}
	var missing []stated
	for _, o := range theirs {
		if could(odd[0], o.c) && !slices.ContainsFunc(mine, func(m claims.Claim) bool { return agree(m, o.c) }) {
			missing = append(missing, o)
		}
	}
	return odd[0], missing, len(missing) > 0
}

// alignedFigures: when the sentence gives one figure none of its facts gives,
// and one of its facts gives one of the same sort the sentence does not, the
// sentence's is wrong: "£225m investment" for the fact's £150m.
//
// Figures of different sorts are told apart: in "halving its dividend to 26
// cents a share from 34 cents, to save $360m", the 26 cents stands for the
// fact's 17 cents whatever the $360m is.
func (ck *checker) alignedFigures(a aligned) {
	mine, theirs := ck.inSentence(a, claims.ClaimNumber), statedBy(a.facts, claims.ClaimNumber)
	sorts := sortsOf(mine)
	if len(sorts) > 1 && ck.namesOther(a) {
		sorts = [][]claims.Claim{mine} // about someone else, maybe: one odd figure or none
	}
	could := sameSort
	if len(sorts) > 1 {
		// Told apart by sort, a figure stands only for one that counts
		// something too: "Nineteen-year-old" is not odds of 5-2.
		could = func(a, b claims.Claim) bool { return a.Unit != "" && b.Unit != "" && sameSort(a, b) }
	}
	for _, sort := range sorts {
		c, missing, ok := replaced(sort, theirs, sameFigure, could)
		if !ok || len(missing) != 1 {
			continue // two figures it could stand for: no telling which
		}
		if ck.supportedAt("number", c.Span) {
			// Another fact gives the figure ("pumps some 793,000 barrels a
			// day", beside the consumption the sentence restates): the
			// sentence packs in more than the facts it restates.
			continue
		}
		o := missing[0]
		ck.checked++
		msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", o.c.Text, c.Text, o.cf.Statement)
		ck.add(o.cf.finding("number", c.Span, o.c.Text, msg))
	}
}

// sortsOf groups figures by sort (sameSort with the group's first), in order.
func sortsOf(cs []claims.Claim) [][]claims.Claim {
	var out [][]claims.Claim
	for _, c := range cs {
		k := slices.IndexFunc(out, func(g []claims.Claim) bool { return sameSort(g[0], c) })
		if k < 0 {
			out = append(out, []claims.Claim{c})
		} else {
			out[k] = append(out[k], c)
		}
	}
	return out
}

// sameFigure reports whether two figures are written the same: a sentence
// restating a fact gives its figures as the fact does ("up to 2,500", not "up
// to 3,750", though both ranges hold 2,000). Vague figures ("hundreds of
// thousands") agree when their ranges meet.
func sameFigure(a, b claims.Claim) bool {
	if a.Value == 0 || b.Value == 0 {
		return rangesMeet(a.Low, a.High, b.Low, b.High)
	}
	between := func(c claims.Claim) bool { return c.Qualifier == "" && c.High > c.Low }
	if between(a) && between(b) {
		return sameValue(a.Low, b.Low) && sameValue(a.High, b.High)
	}
	return sameValue(a.Value, b.Value) || between(a) && rangesMeet(a.Low, a.High, b.Value, b.Value) || between(b) && rangesMeet(b.Low, b.High, a.Value, a.Value)
}

// sameSort reports whether two figures could be the same quantity: money in
// the same currency, shares in per cent, or the same counted noun (or none).
func sameSort(a, b claims.Claim) bool {
	if !sameMeasure(a, b) || a.Ordinal != b.Ordinal {
		return false
	}
	if isMoney(a) || a.Unit == "percent" {
		return true
	}
	ua, ub := lastStem(a.Unit), lastStem(b.Unit)
	return ua == ub || ua == "" || ub == ""
}

// sameMeasure reports whether two figures measure alike: both sums in one
// currency, both shares in per cent, or both counts of whatever noun (a
// draft may call the countries "nations").
func sameMeasure(a, b claims.Claim) bool {
	if isMoney(a) || isMoney(b) {
		return claims.CurrencySign(a.Unit) == claims.CurrencySign(b.Unit)
	}
	return (a.Unit == "percent") == (b.Unit == "percent")
}

// isMoney reports whether a figure is a sum in a currency with a sign: the
// sums sameSort and sameMeasure tell apart by their sign.
func isMoney(c claims.Claim) bool { return claims.CurrencySign(c.Unit) != "" }

// lastStem is the stem of a phrase's last word: the counted noun.
func lastStem(s string) string {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Stem
}

// alignedDates: when the sentence gives one date none of its facts gives, and
// one of its facts gives one the sentence contradicts, the sentence's is
// wrong: "on Tuesday" for the fact's Monday.
func (ck *checker) alignedDates(a aligned) {
	theirs := statedBy(a.facts, claims.ClaimDate)
	for _, cf := range a.facts {
		if fd, ok := parseFactDate(cf.Date); ok {
			theirs = append(theirs, stated{cf, claims.Claim{Kind: claims.ClaimDate, Year: fd.year, Month: fd.month, Day: fd.day, Span: claims.Span{Text: fd.String()}}})
		}
	}
	agree := func(c, o claims.Claim) bool { return !differs(c, o) && shareDatePart(c, o) }
	c, missing, ok := replaced(ck.inSentence(a, claims.ClaimDate), theirs, agree, differs)
	if !ok {
		return
	}
	o := missing[0]
	ck.checked++
	msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", o.c.Text, c.Text, o.cf.Statement)
	ck.add(o.cf.finding("date", c.Span, o.c.Text, msg))
}

// shareDatePart reports whether two dates give a part in common (both a year,
// both a month, a day or a weekday), so that they can agree at all.
func shareDatePart(a, b claims.Claim) bool {
	return a.Year > 0 && b.Year > 0 || a.Month > 0 && b.Month > 0 || a.Day > 0 && b.Day > 0 || a.Weekday != "" && b.Weekday != ""
}

// differs reports whether two dates disagree in a part both give.
func differs(a, b claims.Claim) bool {
	return a.Year > 0 && b.Year > 0 && a.Year != b.Year || a.Month > 0 && b.Month > 0 && a.Month != b.Month ||
		a.Day > 0 && b.Day > 0 && a.Day != b.Day || a.Weekday != "" && b.Weekday != "" && a.Weekday != b.Weekday
}
