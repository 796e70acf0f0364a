package check

import (
	"fmt"
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
)

// A sentence that restates one fact closely is held to all of it: a figure, a
// day or a person the sentence gives in place of the fact's is a finding, even
// where the clause-by-clause comparisons cannot tell what the figure counts or
// who acts. "Close" means most of the fact's own words are in the sentence,
// and no other fact is as close.
const (
	minAlignShare  = 0.6 // of the fact statement's content words the sentence holds
	minAlignCommon = 4   // content words in common, at least
	alignMargin    = 0.1 // the closest fact ahead of the next by this much
)

// aligned is a sentence and the fact it restates.
type aligned struct {
	from, to int // the sentence's tokens
	cf       *checkFact
}

// checkAligned compares each sentence that restates a fact with that fact.
func (ck *checker) checkAligned() {
	for _, st := range ck.d.SentenceTokens() {
		a, ok := ck.align(st[0], st[1])
		if !ok {
			continue
		}
		ck.alignedFigures(a)
		ck.alignedActor(a)
		ck.alignedDates(a)
	}
}

// align finds the fact a sentence restates, if one is clearly closest.
func (ck *checker) align(from, to int) (aligned, bool) {
	words := map[string]bool{}
	for _, t := range ck.d.Toks[from:to] {
		if !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) && len(t.Norm) > 1 {
			words[t.Stem] = true
		}
	}
	var best *checkFact
	bestShare, second := 0.0, 0.0
	for _, cf := range ck.facts {
		own := cf.statementStems()
		if len(own) < minAlignCommon {
			continue
		}
		common := 0
		for _, s := range own {
			if words[s] || ck.hasConceptIn(words, s) {
				common++
			}
		}
		share := float64(common) / float64(len(own))
		if common < minAlignCommon {
			share = 0
		}
		switch {
		case share > bestShare:
			best, second, bestShare = cf, bestShare, share
		case share > second:
			second = share
		}
	}
	if best == nil || bestShare < minAlignShare || bestShare-second < alignMargin {
		return aligned{}, false
	}
	return aligned{from, to, best}, true
}

// statementStems are the content words of the fact's statement, once.
func (cf *checkFact) statementStems() []string {
	if cf.own == nil {
		cf.own = []string{}
		seen := map[string]bool{}
		for _, t := range text.Tokenize(cf.Statement) {
			if !cf.ix.IsStop(t.Norm) && !isFigure(t.Norm) && len(t.Norm) > 1 && !seen[t.Stem] {
				seen[t.Stem] = true
				cf.own = append(cf.own, t.Stem)
			}
		}
	}
	return cf.own
}

// inSentence lists the draft's claims of a kind within a sentence.
func (ck *checker) inSentence(a aligned, kind string) []claims.Claim {
	var out []claims.Claim
	for _, c := range ck.claims {
		if c.Kind == kind && c.From >= a.from && c.From < a.to && !ck.d.InQuote(c.Start) {
			out = append(out, c)
		}
	}
	return out
}

// alignedFigures: when the sentence gives one figure the fact does not and the
// fact gives one of the same sort the sentence does not, the sentence's is
// wrong: "£225m investment" for the fact's £150m.
func (ck *checker) alignedFigures(a aligned) {
	var mine []claims.Claim
	for _, c := range ck.inSentence(a, claims.ClaimNumber) {
		mine = append(mine, c)
	}
	theirs := claims.Extract(a.cf.Statement)
	theirs = slices.DeleteFunc(theirs, func(c claims.Claim) bool { return c.Kind != claims.ClaimNumber })
	var odd []claims.Claim
	for _, c := range mine {
		if !slices.ContainsFunc(theirs, func(o claims.Claim) bool { return rangesMeet(c.Low, c.High, o.Low, o.High) }) {
			odd = append(odd, c)
		}
	}
	var missing []claims.Claim
	for _, o := range theirs {
		if !slices.ContainsFunc(mine, func(c claims.Claim) bool { return rangesMeet(c.Low, c.High, o.Low, o.High) }) {
			missing = append(missing, o)
		}
	}
	if len(odd) != 1 || len(missing) != 1 || !sameSort(odd[0], missing[0]) {
		return
	}
	c, o := odd[0], missing[0]
	ck.checked++
	msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", o.Text, c.Text, a.cf.Statement)
	ck.add(a.cf.finding("number", c.Span, o.Text, msg))
}

// sameSort reports whether two figures could be the same quantity: money in
// the same currency, shares in per cent, or the same counted noun (or none).
func sameSort(a, b claims.Claim) bool {
	money := func(c claims.Claim) string { return claims.CurrencySign(c.Unit) }
	switch {
	case money(a) != "" || money(b) != "":
		return money(a) == money(b)
	case a.Unit == "percent" || b.Unit == "percent":
		return a.Unit == b.Unit
	}
	ua, ub := lastStem(a.Unit), lastStem(b.Unit)
	return ua == ub || ua == "" || ub == ""
}

// lastStem is the stem of a phrase's last word: the counted noun.
func lastStem(s string) string {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Stem
}

// alignedActor: a sentence that restates what the fact's subject or speaker
// did, naming instead another of the same kind and not them, credits the act
// to the wrong one: "Gerald Krasner has completed his takeover of Leeds" for
// Ken Bates.
func (ck *checker) alignedActor(a aligned) {
	actor := a.cf.Speaker
	if actor == "" {
		actor = a.cf.Subject
	}
	ae, ok := ck.entity(actor)
	if !ok || ae.Kind == "document" || ae.Kind == "place" {
		return
	}
	var others []int // mentions of another entity of the actor's kind
	for k, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to || ck.d.InQuote(ck.d.Toks[m.From].Start) {
			continue
		}
		for _, id := range m.IDs {
			if id == actor || ck.memberLinked(id, actor) || ck.affiliated(actor, id) || ck.affiliated(id, actor) {
				return // the sentence names the actor
			}
		}
		for _, id := range m.IDs {
			if e, ok := ck.entity(id); ok && e.Kind == ae.Kind && a.cf.described().entities[id] == "" {
				others = append(others, k)
				break
			}
		}
	}
	if len(others) != 1 {
		return
	}
	m := ck.mentions[others[0]]
	sp := ck.d.TokSpan(m.From, m.To)
	ck.checked++
	msg := fmt.Sprintf("The knowledge base records this of %s, not %s: %s", ae.Name, sp.Text, a.cf.Statement)
	ck.add(a.cf.finding("attribution", sp, ae.Name, msg))
}

// alignedDates: when the sentence gives one date the fact does not and the
// fact gives one the sentence does not, the sentence's is wrong: "on Tuesday"
// for the fact's Monday.
func (ck *checker) alignedDates(a aligned) {
	var theirs []claims.Claim
	for _, o := range claims.Extract(a.cf.Statement) {
		if o.Kind == claims.ClaimDate {
			theirs = append(theirs, o)
		}
	}
	fd, dated := parseFactDate(a.cf.Date)
	if dated {
		theirs = append(theirs, claims.Claim{Kind: claims.ClaimDate, Year: fd.year, Month: fd.month, Day: fd.day, Span: claims.Span{Text: fd.String()}})
	}
	mine := ck.inSentence(a, claims.ClaimDate)
	var odd, missing []claims.Claim
	for _, c := range mine {
		if !slices.ContainsFunc(theirs, func(o claims.Claim) bool { return !differs(c, o) && shareDatePart(c, o) }) {
			odd = append(odd, c)
		}
	}
	for _, o := range theirs {
		if !slices.ContainsFunc(mine, func(c claims.Claim) bool { return !differs(c, o) && shareDatePart(c, o) }) {
			missing = append(missing, o)
		}
	}
	if len(odd) != 1 || len(missing) == 0 {
		return
	}
	c := odd[0]
	for _, o := range missing {
		if differs(c, o) {
			ck.checked++
			msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", o.Text, c.Text, a.cf.Statement)
			ck.add(a.cf.finding("date", c.Span, o.Text, msg))
			return
		}
	}
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
