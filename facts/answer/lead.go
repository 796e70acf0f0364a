package answer

import (
	"slices"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// lead is what the question asked, said first: the figure for "how many",
// the date for "when", Yes or No for a yes-no question, the place for "Where
// did Butler finish?". A reporter on deadline
// reads the first words; the fact after them is the evidence. "" when the
// fact does not give it plainly: the fact alone is then the answer.
func lead(q question, c *index.Doc, ix *index.Index) string {
	if l := currencyLead(q, c); l != "" {
		return l // "What's the package worth in pounds?": £1.3 trillion
	}
	switch q.Type {
	case askHowMany:
		return figureLead(q, c)
	case askWhen:
		return dateLead(q, c)
	case askYesNo:
		// A fact that says a word's opposite settles more than one that
		// says the word taken for the verb: "finding it difficult" answers
		// "Is News Corp finding it easy...?" with No.
		if l := opposedLead(q, c); l != "" {
			return l
		}
		return yesNoLead(q, c)
	case askWho:
		return unnamedSubjectLead(q, c, ix)
	case askWhere:
		if q.position {
			return positionLead(q, c, ix) // "Where did Butler finish?": fourth
		}
		if cl, ok := levelAt(q, c); ok && !namesPlace(q, c, ix) && !namesVenue(q, c, ix) {
			return leadText(cl, c.Figures(), []rune(c.Statement)) // "Where did the shares close?": 270.25p
		}
	}
	return ""
}

// unnamedSubjectLead is, for "Who...?", the name of the person the curator
// recorded as a fact's subject where its words do not name them ("The
// chairman of the Police Federation said...", "He also worked for Tony
// Blair"): the fact says what they did, and only the record says who. A
// quote's speaker stands in for a subject not recorded ("The manager said
// Italy's return would be a huge draw"), unless the words name another
// person: then they answer, not the one whose words are reported. "" when
// the words name them, or the subject is no person or one asked about.
func unnamedSubjectLead(q question, c *index.Doc, ix *index.Index) string {
	id, spoke := c.Subject, false
	if id == "" {
		id, spoke = c.Speaker, true
	}
	if id == "" || ix.Names.Kind(id) != "person" || q.names(id) {
		return ""
	}
	for _, m := range c.Mentions(ix.Names) {
		if slices.Contains(m.IDs, id) {
			return ""
		}
		// "Brian O'Driscoll, the star of Ireland's win": whoever the
		// words name answers, not the columnist whose words they report.
		if spoke && slices.ContainsFunc(m.IDs, func(o string) bool { return ix.Names.Kind(o) == "person" && !q.names(o) }) {
			return ""
		}
	}
	return ix.Names.Name(id)
}

// figureLead is the figure the fact gives for the thing counted: a number of
// its statement not given in the question, the one that counts the thing asked
// about when there are several; else the first of the kind the question's
// "how" asks for (see figureKindWanted), one of a thing the question names
// before one of another; else the first.
func figureLead(q question, c *index.Doc) string {
	// "What proportion...?", "By what percentage...?" want the percentage
	// of a fact that gives a sum and the share it is.
	// Not "How many Delta shares...?", which counts shares.
	ratio := slices.ContainsFunc(q.Terms, func(t qterm) bool {
		return t.Ratio && !slices.ContainsFunc(q.counted, func(c qterm) bool { return c.At == t.At })
	})
	want, durations := figureKindWanted(q)
	rs := []rune(c.Statement)
	var best string
	bestScore := -1
	var afterMeasured string
	measured := measuredAt(q, c)
	figures := c.Figures()
	asked := timesSaid(q.Toks)
	var ofAskedTime string // a figure of the time the question asks about
	if q.howOld {
		if age := ageThenIn(c); age != "" && !q.howOldNow {
			return age // "At what age did Gilbert give up ballet?": "at the age of 11", not "Gilbert, 23"
		}
		if age := appositiveAgeOf(q, c); age != "" {
			return age
		}
	}
	if q.partitive() {
		// "How many of The Aviator's producers were nominated?": the
		// figure of a part, "two of The Aviator's four producers", not of
		// the whole.
		for _, cl := range figures {
			if !q.givenFigure(cl.Value) && wordsAfter(c, cl.End, 1) == "of" {
				return leadText(cl, figures, rs)
			}
		}
	}
	if q.howOften {
		// "How often is the blogosphere doubling?": "every five and a half
		// months", not "over the last 18 months".
		for _, cl := range figures {
			if t, period := withRate(figureText(cl, rs), cl, rs); period != "" && !q.givenFigure(cl.Value) {
				return t
			}
		}
	}
	if periods := periodsAsked(q); len(periods) > 0 {
		// "What is Wippit's yearly subscription price?": "£50 a year", not
		// "£4.99 a month".
		for _, cl := range figures {
			if t, period := withRate(figureText(cl, rs), cl, rs); periods[period] && !q.givenFigure(cl.Value) {
				return t
			}
		}
	}
	words := c.Tokens()
	given := givenFigureClaims(q.Text)
	for _, cl := range levelFigures(q, c, figures) {
		toks := text.Tokenize(cl.Text)
		if slices.ContainsFunc(toks, func(t text.Token) bool { return q.norms[t.Norm] && t.Norm[0] >= '0' && t.Norm[0] <= '9' }) || q.givenFigure(cl.Value) || givesFigureOf(given, cl) {
			continue // the question's own figure, in digits or words ("top ten" for "top 10")
		}
		if n := tokenAt(words, cl.Span.Start); n > 0 && words[n-1].Norm == "number" {
			continue // "number eight Simon Taylor", "number one": a label, no count
		}
		if conversion(cl, figures, rs) && !countsIn(" "+text.StemPhrase(cl.Unit)+" ", q.Terms) {
			continue // "$500m (£350m)": the sum, not its conversion, unless the question asks in pounds
		}
		if q.countsAsked(cl) || ratio && cl.Unit == "percent" || countsAskedName(q, cl) {
			return leadText(ofOwnWords(q, c, cl, figures), figures, rs)
		}
		// Of the kind asked first, then of a thing the question names
		// ("£50,000 prize" for "How big is the prize?").
		score := b2i(want == nil || want(cl))*2 + b2i(countsIn(" "+text.StemPhrase(cl.Unit)+" "+wordsAfter(c, cl.End, 2)+" ", q.Terms))
		if score > bestScore {
			best, bestScore = leadText(cl, figures, rs), score
		}
		if afterMeasured == "" && measured >= 0 && cl.Start >= measured && (want == nil || want(cl)) {
			afterMeasured = leadText(cl, figures, rs)
		}
		if ofAskedTime == "" && len(asked) > 0 && (want == nil || want(cl)) && timeAfterAsked(c, cl, asked) {
			ofAskedTime = leadText(cl, figures, rs)
		}
	}
	if ofAskedTime != "" {
		// "What is the German deficit this year?" of "to fall to 2.9% of
		// GDP next year, from 3.9% this year": the figure of the time asked.
		return ofAskedTime
	}
	if afterMeasured != "" {
		// "How big was the writedown?" of "a charge of 1.5bn euros, which
		// included writing down Slimfast by 650m euros": the figure after
		// what is measured, not the first.
		return afterMeasured
	}
	if o := ordinalCount(c, q.counted); o != "" {
		return o // "sixth month": the count, though no figure gives it
	}
	if bestScore < 2 && durations {
		// "How long has it been in the charts?": "in its fourth week".
		if o := ordinalOf(c, wordnet.IsTimePeriod); o != "" {
			return o
		}
	}
	return best
}

// ofOwnWords is, of a figure and those of its unit after it, the one whose
// own words (up to the next of them) alone hold a word of the question:
// "41% are women" of "59% are men and 41% are women", for "What
// percentage of owners are women?". The figure itself when none or more
// than one do.
func ofOwnWords(q question, c *index.Doc, first claims.Claim, figures []claims.Claim) claims.Claim {
	toks := c.Tokens()
	var alike []claims.Claim
	for _, f := range figures {
		if f.Start >= first.Start && f.Unit == first.Unit {
			alike = append(alike, f)
		}
	}
	if len(alike) < 2 {
		return first
	}
	var held []claims.Claim
	for i, f := range alike {
		end := len(toks)
		if i+1 < len(alike) {
			end = tokenAt(toks, alike[i+1].Start)
		}
		if slices.ContainsFunc(toks[min(tokenAt(toks, f.End), end):end], func(t text.Token) bool { return q.stems[t.Stem] && !text.IsStopword(t.Norm) }) {
			held = append(held, f)
		}
	}
	if len(held) == 1 {
		return held[0]
	}
	return first
}

// partitive reports whether a how-many question asks a part of a whole it
// names: "How many of the sued banks are Italian?".
func (q question) partitive() bool {
	return len(q.Toks) > 3 && q.Toks[0].Norm == "how" && q.Toks[1].Norm == "many" && q.Toks[2].Norm == "of"
}

// givesPart reports whether a fact gives a figure of a part, for a
// partitive how-many question: one followed by "of" or "out of" ("two of
// The Aviator's four producers"), or one whose counted words hold a word the
// question asks of the part (partWords: "two British principal dancers",
// for "How many of the Royal Ballet's principal dancers are British?"). A
// question with no such word is not told apart.
func givesPart(q question, c *index.Doc) bool {
	if len(q.partWords) == 0 {
		return true // "How many of the pictures showed her wings?": no telling the part's words apart
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for _, cl := range c.Figures() {
		if q.givenFigure(cl.Value) {
			continue
		}
		if next := wordsAfter(c, cl.End, 1); next == "of" || next == "out" {
			return true
		}
		first := tokenAt(toks, cl.Start)
		if first >= len(toks) {
			continue
		}
		for _, w := range toks[first:max(countedUpTo(toks, rs, first), tokenAt(toks, cl.End))] {
			if q.partWords[w.Norm] {
				return true
			}
		}
	}
	return false
}

// readPartWords are the words a partitive how-many question says of the
// part, after its "are", "were", "did"...: "British" of "How many of the
// Royal Ballet's principal dancers are British?". Read once, as the
// question is read; nil for none.
func (q question) readPartWords() map[string]bool {
	if !q.partitive() {
		return nil
	}
	for k := 3; k < len(q.Toks); k++ {
		if !beForms[q.Toks[k].Norm] && !auxiliaries[q.Toks[k].Norm] {
			continue
		}
		out := map[string]bool{}
		for _, t := range q.Toks[k:] {
			if !text.IsStopword(t.Norm) && !beForms[t.Norm] && !auxiliaries[t.Norm] {
				out[t.Norm] = true
			}
		}
		return out
	}
	return nil
}

// asksPart reports whether a how-much question asks how much of a whole
// ("How much of its revenue did Yahoo lose?"), which a fraction answers
// ("one-third of its revenue") as it answers "What share...?".
func (q question) asksPart() bool {
	return len(q.Toks) > 3 && q.Toks[0].Norm == "how" && q.Toks[1].Norm == "much" && q.Toks[2].Norm == "of"
}

// countsDoersOnly reports whether a how-many question counts those who do
// what its verb says, naming no one ("How many think the economy is
// important?", "How many said tax was crucial?"): a share of people ("for
// a third", "for 25%") counts them.
func (q question) countsDoersOnly() bool {
	return len(q.Toks) > 3 && q.Toks[0].Norm == "how" && q.Toks[1].Norm == "many" && verbForm(q.Toks[2]) && len(q.counted) > 0 && q.counted[0].At == 2
}

// countsAskedName reports whether a figure counts what a how-many question
// counts by a name ("How many Americans own an MP3 player?": "one in five
// Americans"), its unit the question's own words.
func countsAskedName(q question, cl claims.Claim) bool {
	words := text.Tokenize(cl.Unit)
	return q.countedE != nil && len(words) > 0 && !slices.ContainsFunc(words, func(t text.Token) bool { return !q.norms[t.Norm] })
}

// figureTimeSpan is how many words after a figure may say its time: "3.9%
// this year", "25 members now".
const figureTimeSpan = 4

// timesSaid are the times words say, each as its words' stems ("this
// year", "2003", "now"): stretches of time placed by other words (see
// placedTime), years, and "now".
func timesSaid(toks []text.Token) map[string]bool {
	out := map[string]bool{}
	for i, t := range toks {
		if from, to, ok := placedTime(toks, i); ok {
			out[stemsFrom(toks, from, to)] = true
		}
		if len(t.Norm) == 4 && yearRE.MatchString(t.Norm) || t.Norm == "now" {
			out[t.Stem] = true
		}
	}
	return out
}

// timeAfterAsked reports whether a time the question asks about (asked, see
// timesSaid) is said in the few words after a figure of a fact, before any
// other figure.
func timeAfterAsked(c *index.Doc, cl claims.Claim, asked map[string]bool) bool {
	toks := c.Tokens()
	k, _ := slices.BinarySearchFunc(toks, cl.End, func(t text.Token, at int) int { return t.Start - at })
	end := k
	for end < len(toks) && end < k+figureTimeSpan && !quantity(toks[end]) {
		end++
	}
	for t := range timesSaid(toks[k:end]) {
		if asked[t] {
			return true
		}
	}
	return false
}

// joined is a figure said with the one it is a share of ("64 of 146
// respondents", "one in five Americans"), or the other end of a range it
// is one end of ("four to six weeks"), as a whole, or "". "How many
// respondents said...?" is answered by the part, which did what is asked,
// while the whole is how many there were; "one in five" is one figure. The
// lead gives both, as the fact does, rather than either alone.
func joined(cl claims.Claim, figures []claims.Claim, rs []rune) string {
	for _, o := range figures {
		p, w := o, cl // o the part, cl the whole
		if o.Start > cl.Start {
			p, w = cl, o
		}
		if p.End <= 0 || p.End > w.Start {
			continue
		}
		// A percentage's figure ends before its sign: "30% and 40%" is a
		// range as "30 and 40" is; "17% of 18 to 24 year olds" no share.
		ranged := strings.ToLower(string(rs[withSign(p, rs):w.Start]))
		before := strings.ToLower(string(rs[max(0, p.Start-8):p.Start]))
		from := strings.ToLower(string(rs[max(0, p.Start-20):p.Start]))
		switch between := strings.ToLower(string(rs[p.End:w.Start])); {
		case (p.Unit == w.Unit || p.Unit == "") && (ranged == " to " && !strings.Contains(from, "from ") || ranged == " or " || ranged == " and " && strings.HasSuffix(before, "between ")):
			// "four to six weeks", "three or four years", "between 30% and
			// 40%": one figure, a range, that either end alone misstates.
			// ("from 62% to 68%" is a change: see changeRoles; "$35.7m or
			// £19.1m" one sum in two currencies.)
			start := p.Start
			if ranged == " and " {
				start -= len("between ")
			}
			return string(rs[start:withSign(w, rs)])
		case between == " in ":
			if p.Unit != "" {
				continue // "5% in 10 years": a figure and when, no share
			}
			return string(rs[p.Start:w.End])
		case between == " of ", between == " of the ":
			return string(rs[p.Start:w.End])
		}
	}
	return ""
}

// conversion reports whether a figure is another's in other units, in
// brackets right after it: "102-inch (2.6 metre)", "2.56 million euros
// (US$3.3 million)".
func conversion(cl claims.Claim, figures []claims.Claim, rs []rune) bool {
	return slices.ContainsFunc(figures, func(o claims.Claim) bool {
		if o.End <= 0 || o.End > cl.Start || cl.Start > len(rs) {
			return false
		}
		between := strings.TrimSpace(string(rs[o.End:cl.Start]))
		return strings.HasPrefix(between, "(") && strings.Trim(between[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
	})
}

// withSign is where a figure ends in the statement, past a percentage's
// sign, which its claim leaves out.
func withSign(cl claims.Claim, rs []rune) int {
	if cl.Unit == "percent" && cl.End < len(rs) && rs[cl.End] == '%' {
		return cl.End + 1
	}
	return cl.End
}

// leadText is a figure as the lead gives it: with the figure it is a share
// of (see joined), else as figureText writes it.
func leadText(cl claims.Claim, figures []claims.Claim, rs []rune) string {
	if j := joined(cl, figures, rs); j != "" {
		return j
	}
	s, _ := withRate(figureText(cl, rs), cl, rs)
	return s
}

// withRate is a figure's text s with the words around it that make it a
// rate or a frequency, which the figure alone misstates ("£5 a week", "£4.99
// a month", "every two years"), and the stem of its stretch of time ("week",
// "year"), "" when there are none.
func withRate(s string, cl claims.Claim, rs []rune) (string, string) {
	if cl.Start < 0 || cl.End > len(rs) {
		return s, ""
	}
	period := ""
	before := text.Tokenize(string(rs[max(0, cl.Start-12):cl.Start]))
	if n := len(before); n > 0 && frequencyWords[before[n-1].Norm] && !claims.IsMoney(cl.Unit) {
		s, period = before[n-1].Norm+" "+s, text.StemPhrase(cl.Unit) // "every two years"
	}
	after := text.Tokenize(string(rs[cl.End:min(len(rs), cl.End+16)]))
	if len(after) >= 2 && after[0].Start <= 1 && (perPeriod[after[0].Norm] || frequencyWords[after[0].Norm]) && timeNoun(after[1]) && !isDuration(cl) {
		s, period = s+" "+after[0].Norm+" "+after[1].Norm, after[1].Stem // "£5 a week"
	}
	return s, period
}

// periodsAsked are the stems of the stretches of time a question asks a
// rate of: "yearly", "a year", "per month", "each week".
func periodsAsked(q question) map[string]bool {
	out := map[string]bool{}
	for i, t := range q.Toks {
		switch p := periodOf(t); {
		case p != "":
			out[text.Stem(p)] = true // "yearly"
		case i > 0 && (perPeriod[q.Toks[i-1].Norm] || frequencyWords[q.Toks[i-1].Norm]) && timeNoun(t):
			out[t.Stem] = true
		}
	}
	return out
}

// wordsAfter is the stems of the n words of a fact's statement after rune at.
func wordsAfter(c *index.Doc, at, n int) string {
	toks := c.Tokens()
	k, _ := slices.BinarySearchFunc(toks, at, func(t text.Token, at int) int { return t.Start - at })
	return stemsFrom(toks, k, k+n)
}

// figureKindWanted says which figures the word after a question's "how"
// asks for, or nil when it does not say: "How much...?" an amount of money
// or a share ("£80,000", not "two weeks' pay"); "How long...?" and "How
// often...?" a stretch of time (durations is then true); "How far...?",
// "How big...?" and the other measures a figure that is no stretch of time
// ("6.50m", not "for five years").
func figureKindWanted(q question) (want func(claims.Claim) bool, durations bool) {
	how := ""
	for i, t := range q.Toks[:max(0, len(q.Toks)-1)] {
		if t.Norm == "how" {
			how = q.Toks[i+1].Norm
			break
		}
	}
	switch {
	case how == "much":
		return sumOrShare, false
	case how == "long" || how == "often":
		return isDuration, true
	case measureWords[how] && how != "old":
		return func(cl claims.Claim) bool { return !isDuration(cl) }, false
	}
	return nil, false
}

// figureText is a figure as the answer leads with it: a percentage with
// its sign ("37%"), which the claim's text leaves to its unit, and an age
// with its "-old" ("22-year-old", not "22-year"). rs is the statement.
func figureText(cl claims.Claim, rs []rune) string {
	if cl.Unit == "percent" && !strings.HasSuffix(cl.Text, "%") && !strings.Contains(cl.Text, "per") {
		return cl.Text + "%"
	}
	if cl.End >= 0 && cl.End < len(rs) && strings.HasPrefix(string(rs[cl.End:min(len(rs), cl.End+4)]), "-old") {
		return cl.Text + "-old"
	}
	return cl.Text
}

// dateLead is the date the fact gives: of those its statement names, the
// one nearest the act the question asks of (see nearer), else such a year,
// else the date curated for it, else a time it says relative to the story
// ("next year", "in the summer"), each with the words that place it within
// itself (see timeQualified); for "What time...?", the clock time.
func dateLead(q question, c *index.Doc) string {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	if q.timeUnit == "time" {
		if at := clockAt(toks); at >= 0 {
			return timeText(toks, rs, at, at+1+b2i(at+1 < len(toks) && timeZones[toks[at+1].Norm]))
		}
	}
	verb := verbHeldAt(q, toks, rs)
	// "Until when has the debt been pushed back?" asks the time after
	// "until": "until 2007", not "On Monday".
	prep := ""
	if len(q.Toks) > 1 && text.IsPreposition(q.Toks[0].Norm) && q.Toks[1].Norm == "when" {
		prep = q.Toks[0].Norm
	}
	after := func(f int) bool { return prep != "" && f > 0 && toks[f-1].Norm == prep }
	from, to := -1, 0 // the time chosen, by its tokens
	choose := func(f, t int) {
		if from < 0 || after(f) && !after(from) || after(f) == after(from) && nearer(f, from, verb) {
			from, to = f, t
		}
	}
	var dates [][2]int
	for _, cl := range claims.Extract(c.Statement) {
		if cl.Kind == claims.ClaimDate && !slices.ContainsFunc(text.Tokenize(cl.Text), func(t text.Token) bool { return q.norms[t.Norm] }) {
			dates = append(dates, [2]int{tokenAt(toks, cl.Span.Start), tokenAt(toks, cl.Span.End)})
			choose(dates[len(dates)-1][0], dates[len(dates)-1][1])
		}
	}
	for _, d := range dates {
		if from >= 0 && d[0] == to {
			to = d[1] // "on Tuesday 14 June": one time, read as two
		}
	}
	if from < 0 {
		// A year the statement names outside a date ("suggesting 2012",
		// "the 2003 world championships") is the statement's own time,
		// before the date curated for the fact.
		for k, t := range toks {
			if yearRE.MatchString(t.Norm) && !q.norms[t.Norm] {
				choose(k, k+1)
			}
		}
	}
	if from >= 0 {
		// "Sunday's final" is on Sunday.
		return strings.TrimSuffix(strings.TrimSuffix(timeText(toks, rs, timeQualified(toks, from), to), "'s"), "’s")
	}
	if d, err := time.Parse("2006-01-02", c.Date); err == nil {
		return d.Format("2 January 2006")
	}
	if from, to, ok := relativeTime(toks); ok {
		return timeText(toks, rs, timeQualified(toks, from), to)
	}
	return ""
}

// timeText is the words of a fact's statement (rs) from token from to
// token to.
func timeText(toks []text.Token, rs []rune, from, to int) string {
	return string(rs[toks[from].Start:min(toks[to-1].End, len(rs))])
}

// timeQualified is where the words that place a time within itself begin,
// before the time at token from: "early" of "early 2005", "the end of" of
// "the end of January", "spring" of "spring 2006", "earlier" of "earlier
// this month". A lead that drops them says another time.
func timeQualified(toks []text.Token, from int) int {
	k := from
	if k >= 3 && (toks[k-1].Norm == "and" && toks[k-3].Norm == "between" || toks[k-1].Norm == "to" && toks[k-3].Norm == "from") {
		return k - 3 // "between 1996 and 1998" is the time, not 1998
	}
	if k >= 2 && toks[k-1].Norm == "of" && timeBounds[toks[k-2].Norm] {
		k -= 2 // "the end of January"
		if k >= 1 && toks[k-1].Norm == "the" {
			k--
		}
		return k
	}
	if k >= 1 && (timeWithin[toks[k-1].Norm] || namedSeason(toks[k-1])) {
		k--
	}
	return k
}

// timeWithin place a time within a stretch it names: "early 2005", "last
// May", "earlier this month".
var timeWithin = text.Set(`early late mid earlier later last next this`)

// clockAt is where a fact gives a time of day by the clock ("at 1945 GMT",
// "7.30pm", "the 2300 slot"), or -1: the time it was moved to, of "brought
// forward from 2115 GMT to 1945 GMT".
func clockAt(toks []text.Token) int {
	at := -1
	for i, t := range toks {
		zoned := i+1 < len(toks) && timeZones[toks[i+1].Norm] && hourRE.MatchString(t.Norm) // "1945 GMT", though 1945 may be a year
		if !(zoned || clockRE.MatchString(t.Norm) || len(t.Norm) == 4 && hourRE.MatchString(t.Norm) && !yearRE.MatchString(t.Norm) || t.Norm == "noon" || t.Norm == "midnight") {
			continue
		}
		if at < 0 || at > 0 && toks[i-1].Norm == "to" && toks[at-1].Norm == "from" {
			at = i
		}
	}
	return at
}

// verbHeldAt is where a fact says the question's verb, or a word that
// holds it as a synonym in its main sense would, or -1. The verb is the
// question's last word in a verb's form ("When were the industrial output
// figures released?"), else the word read as its verb. rs is the
// statement.
func verbHeldAt(q question, toks []text.Token, rs []rune) int {
	vt := q.verbTerm()
	for i := len(q.Terms) - 1; i >= 0; i-- {
		if verbForm(q.Toks[q.Terms[i].At]) {
			vt = &q.Terms[i]
			break
		}
	}
	if vt == nil {
		return -1
	}
	// Of its sayings, the one with most of the question's words just
	// before it: "it was last used in 1976", not "has been used since
	// 1947", for "When was the power last used?". Of sayings level on
	// those, the one with most of them in its clause before it: "and
	// T-Mobile and O2 are due to launch in 2005", not "The 3 network
	// launched in 2003", for "When will T-Mobile launch?".
	asked := func(ts []text.Token) int {
		n := 0
		for _, b := range ts {
			if q.stems[b.Stem] && !text.IsStopword(b.Norm) {
				n++
			}
		}
		return n
	}
	at, most, inClause := -1, -1, -1
	for i, t := range toks {
		if !vt.heldWellBy(t) {
			continue
		}
		from := i
		for from > 0 && !clauseEnd(rs, toks[from-1].End) {
			from--
		}
		n, m := asked(toks[max(0, i-2):i]), asked(toks[from:i])
		if n > most || n == most && m > inClause {
			at, most, inClause = i, n, m
		}
	}
	return at
}

// nearer reports whether a time at token a stands nearer the question's verb
// (at verb) than one at b; after it before before it, as news copy tells
// what happened and then when ("moved in 1961"). Without the verb, the
// first is nearer.
func nearer(a, b, verb int) bool {
	if verb < 0 {
		return a < b
	}
	dist := func(k int) int {
		if k < verb {
			return 2 * (verb - k)
		}
		return k - verb
	}
	return dist(a) < dist(b)
}

// yesNoLead is Yes or No when the fact says the question's verb itself (or a
// form of it), No when one of them negates it and the other does not; "" when
// the fact does not say it plainly either way, and the fact alone is the
// answer: when it has the act only in other words ("declined to reveal" for
// "disclose"), when the act is what another verb governs ("declined to
// reveal", "not the first to offer help"), when a negation further before it
// may turn it round ("no evidence any detainee was tortured"), when it
// says the verb twice, each read otherwise, and when the question's verb
// is not read.
func yesNoLead(q question, c *index.Doc) string {
	return yesNoRead(q, c, true)
}

// yesNoRead is yesNoLead, with the words that may turn a Yes or No round
// heeded (turn) or not.
func yesNoRead(q question, c *index.Doc, turn bool) string {
	vt := q.verbTerm()
	if vt == nil || q.verbless() || q.bareAux() && wordnet.PartsOfSpeech(q.Toks[q.verbAt].Stem)&wordnet.Verb == 0 {
		// The word taken for the verb is none ("the people" of "Did the
		// people who picked Houston know about his views?", whose verb is
		// too common a word to be read): the fact saying it says nothing
		// of Yes or No. After "is" the word may be what is asked of the
		// subject ("Is unemployment still high?").
		return ""
	}
	if q.verbAt > 1 && slices.ContainsFunc(q.Toks[1:q.verbAt], func(t text.Token) bool { return text.IsQuestionWord(t.Norm) }) {
		// "Does Apple know who leaked the information?" asks of knowing,
		// not of leaking: a fact that says the leak says nothing of it.
		return ""
	}
	toks := c.Tokens()
	out := ""
	var at []int
	for i := range toks {
		if !slices.ContainsFunc(vt.Alts, func(a index.Alt) bool { return a.Weight >= 1 && saysAt(toks, i, a.Stem) }) {
			continue
		}
		l := yesNoAt(q, toks, i)
		if l == "" || out != "" && l != out {
			return ""
		}
		out, at = l, append(at, i)
	}
	if turn && out != "" && mayTurnRound(q, toks, at, out == "Yes") {
		return ""
	}
	if turn && out == "Yes" && slices.ContainsFunc(at, func(i int) bool { return unasserted(q, toks, i) }) {
		return ""
	}
	if turn && out == "Yes" && slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.firstIn(toks, 1) < 0 }) {
		// "Was Grewcock the first England player to be sent off?" is no
		// Yes of "Grewcock became only the second England player to be
		// sent off": a Yes holds every word of the question itself.
		return ""
	}
	return out
}

// beforeOtherName reports whether the word at i describes a name the
// question does not give, standing before it with one or two nouns between
// ("state-owned carmaker Nanjing Auto"); right before a name, a verb has
// it as its object ("defended Andy Robinson").
func beforeOtherName(q question, toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.Upper && !t.First {
			return k > i+1 && !q.norms[t.Norm]
		}
		if t.Upper || text.IsStopword(t.Norm) || text.IsPreposition(t.Norm) || wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb != 0 {
			return false
		}
	}
	return false
}

// yesNoReading is what a fact says of a yes-no question's verb, read as
// yesNoLead reads it, though words elsewhere may turn it round (see
// mayTurnRound): two facts that read alike agree (see sameAnswer), whether
// or not either may lead with it.
func yesNoReading(q question, c *index.Doc) string {
	return yesNoRead(q, c, false)
}

// mayTurnRound reports whether a fact has words elsewhere than the verb
// read (at) that may turn what it says of it round, where the question has
// none of them: a verb of denying ("Howard again rejected speculation that
// his own father entered Britain illegally": no Yes; "Ministers would not
// rule out scrapping the CSA": no No), and for a Yes, a negation anywhere
// ("a rise in interest rates would not hurt Labour's chances", read at
// "rise") but past "but" after the verb ("offered help but said the
// government would not be diverted"). The word read as the question's verb
// is not always the one its Yes or No turns on; a fact with no such word
// cannot turn it round, and one with such a word is answered by itself,
// with no Yes or No.
func mayTurnRound(q question, toks []text.Token, at []int, yes bool) bool {
	but := false // past "but", a negation is of what follows (see yesNoAt)
	for k, t := range toks {
		if slices.Contains(at, k) || q.stems[t.Stem] {
			continue
		}
		but = but || t.Norm == "but" && len(at) > 0 && k > at[0]
		if denying(toks, k) || yes && !but && (negations[t.Norm] || noneWords[t.Norm] || negationWords[t.Norm] || fewWords[t.Norm] && (k == 0 || toks[k-1].Norm != "a")) {
			return true
		}
		// "Livingstone should apologise", "confident he can win his first
		// major title", "buys downloads rather than CD singles": what may
		// be, or is instead, is no Yes.
		if yes && !but && (modals[t.Norm] && !q.norms[t.Norm] || t.Norm == "rather") {
			return true
		}
	}
	return false
}

// unasserted reports whether the verb read at i is said as no fact of the
// one asked about: after "whether" or "if" ("Asked whether she was
// nervous, Staunton said it was out of her hands"), after "too" ("too
// early to declare the singles chart dead"), after "once" or "unless" (a
// time or condition it may come to), in what a report or claim holds
// ("reports that he had been critical"), or as the title of a name the
// question does not give ("Unseeded Cyril Saulnier beat fourth seed
// Vincent Spadea" for "Was Cyril Saulnier seeded?") or a word describing
// one over a noun ("state-owned carmaker Nanjing Auto").
func unasserted(q question, toks []text.Token, i int) bool {
	named := slices.ContainsFunc(q.Toks, func(t text.Token) bool { return t.Upper && !t.First })
	if named && !verbForm(toks[i]) && i+1 < len(toks) && toks[i+1].Upper && !toks[i+1].First && !q.norms[toks[i+1].Norm] {
		return true // a noun before another's name is their title, where the question names its own
	}
	if named && beforeOtherName(q, toks, i) {
		return true // "state-owned carmaker Nanjing Auto" for "Is Shanghai Automotive owned by the state?"
	}
	if slices.ContainsFunc(toks[:i], func(t text.Token) bool { return unassertedBefore[t.Norm] && !q.norms[t.Norm] }) {
		return true
	}
	// "Houllier was angry about reports that he had been critical of
	// Benitez": what a report, claim or speculation holds is not said to be so.
	for k := 2; k < i; k++ {
		if toks[k].Norm == "that" && reportNoun(toks, k-1) && !q.stems[toks[k-1].Stem] {
			return true
		}
	}
	return false
}

// reportNoun reports whether the word at k is a noun of telling or thinking,
// as its determiner or preposition before it shows ("the claim", "about
// reports", "denied claims"): "reports that he had been critical".
func reportNoun(toks []text.Token, k int) bool {
	before := toks[k-1].Norm
	return (determiners[before] || text.IsPreposition(before) || denying(toks, k-1)) && wordnet.IsSpeechVerb(toks[k].Stem)
}

// unassertedBefore are the words before a verb that leave it asked,
// supposed or out of reach, not said to be so.
var unassertedBefore = text.Set(`whether if too once unless`)

// fewWords, but after "a", say that next to none is so: "little evidence
// that the MoD's performance had improved", "few are actually entering".
var fewWords = text.Set(`few little hardly barely scarcely`)

// negationWords, with negations and noneWords, say that a thing is not
// so: "neither", "without", "cannot".
var negationWords = text.Set(`neither nor without nobody cannot except`)

// denying reports whether the word at k is a verb of denying or refusing:
// "denied", "rejected", "refused", "declined", "dismissed", "ruled out".
func denying(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Stem == ruleStem && k+1 < len(toks) && toks[k+1].Norm == "out" {
		return true
	}
	return denyingStems[t.Stem]
}

var (
	ruleStem     = text.Stem("rule")
	denyingStems = func() map[string]bool {
		out := map[string]bool{}
		for _, w := range []string{"deny", "denied", "denies", "reject", "refuse", "decline", "dismiss"} {
			out[text.Stem(w)] = true
		}
		return out
	}()
)

// yesNoAt is the lead the fact's words give with the question's verb at vi.
func yesNoAt(q question, toks []text.Token, vi int) string {
	if governed(toks, vi) && !governed(q.Toks, q.verbAt) {
		return ""
	}
	// A negation further back than the words just before the verb may turn
	// the act round ("no evidence any detainee was tortured"): no lead. One
	// after it is of what follows ("offered help but said the government
	// would not be diverted"), and is not read.
	if slices.ContainsFunc(toks[:max(0, vi-3)], func(t text.Token) bool { return negations[t.Norm] }) {
		return ""
	}
	if negated(toks, vi) != negated(q.Toks, q.verbAt) {
		return "No"
	}
	return "Yes"
}

// saysAt reports whether the fact's words from i are the stems of a word or
// phrase ("rule out").
func saysAt(toks []text.Token, i int, stem string) bool {
	return saysWordsAt(toks, i, strings.Fields(stem))
}

// governed reports whether the verb at i is an infinitive after "to" ("refused
// to comment"): another verb tells what became of the act.
func governed(toks []text.Token, i int) bool { return i > 0 && toks[i-1].Norm == "to" }

// negated reports whether the verb at i is negated: "not", "never" or "no"
// just before it ("did not rule out", "has never won"), with no "but"
// between ("was not crucified but married" does not deny the marriage), or
// what it has or does is none ("had no webpage", "knew nothing of his
// views").
func negated(toks []text.Token, i int) bool {
	if i+1 < len(toks) && noneWords[toks[i+1].Norm] {
		return true
	}
	for k := i - 1; k >= max(0, i-3); k-- {
		switch {
		case toks[k].Norm == "but":
			return false
		case negations[toks[k].Norm]:
			return true
		}
	}
	return false
}

var negations = text.Set(`not never no`)

// noneWords after a verb say it is done to nothing: "had no webpage".
var noneWords = text.Set(`no nothing none`)
