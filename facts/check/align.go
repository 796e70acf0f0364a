package check

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
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

// actorName reports whether a stem is a word of the name (or an alias) of the
// fact's subject or speaker.
func (cf *checkFact) actorName(stem string) bool {
	if cf.actorNames == nil {
		cf.actorNames = nameStems(cf.ix.Names, []string{cf.Subject, cf.Speaker})
	}
	return cf.actorNames[stem]
}

// partyName reports whether a stem is a word of the name (or an alias) of any
// entity the fact is about.
func (cf *checkFact) partyName(stem string) bool {
	if cf.partyNames == nil {
		// The roles the index derived when it read the fact: computing them
		// anew (described) for every fact a sentence might restate is the
		// costliest part of a check.
		ids := make([]string, 0, len(cf.doc.Roles))
		for id := range cf.doc.Roles {
			ids = append(ids, id)
		}
		cf.partyNames = nameStems(cf.ix.Names, ids)
	}
	return cf.partyNames[stem]
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

// nameStems is the set of the stems of the names and aliases of entities, as
// the index keeps them (stemmed once, when the entity was read).
func nameStems(names *index.Names, ids []string) map[string]bool {
	out := map[string]bool{}
	for _, phrase := range names.StemmedNames(ids) {
		for _, s := range strings.Fields(phrase) {
			out[s] = true
		}
	}
	return out
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
		o := missing[0]
		ck.checked++
		msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", o.c.Text, c.Text, o.cf.Statement)
		ck.add(o.cf.finding("number", c.Span, o.c.Text, msg))
	}
}

// namesParty reports whether a sentence names, outside quotations, one of the
// people or bodies a fact is about.
func (ck *checker) namesParty(a aligned, cf *checkFact) bool {
	for _, m := range ck.mentions {
		if m.From >= a.from && m.From < a.to && !ck.d.InQuote(ck.d.Toks[m.From].Start) &&
			slices.ContainsFunc(m.IDs, func(id string) bool { return cf.doc.Roles[id] != "" }) {
			return true
		}
	}
	return false
}

// namesOther reports whether a sentence names, outside quotations, someone or
// something none of the facts it restates names: "Carlsberg's pre-tax profits
// fell to 456m euros" restates words of Unilever's results, not Unilever's.
func (ck *checker) namesOther(a aligned) bool {
	theirs := map[string]bool{}
	for _, cf := range a.facts {
		for s := range cf.described().stems {
			theirs[s] = true
		}
	}
	inMention := map[int]bool{}
	for _, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to {
			continue
		}
		ours := slices.ContainsFunc(a.facts, func(cf *checkFact) bool {
			return slices.ContainsFunc(m.IDs, func(id string) bool { return cf.described().entities[id] != "" })
		})
		for i := m.From; i < m.To; i++ {
			inMention[i] = true
		}
		if !ours && properName(ck.d.Toks[m.From:m.To]) {
			return true
		}
	}
	for i := a.from; i < a.to; i++ {
		t := ck.d.Toks[i]
		if !inMention[i] && !theirs[t.Stem] && !ck.d.InQuote(t.Start) && properName([]text.Token{t}) && !claims.CalendarWord(t.Norm) {
			return true
		}
	}
	return false
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
	near := func(x, y float64) bool { return math.Abs(x-y) <= 0.005*math.Max(math.Abs(x), math.Abs(y)) }
	if a.Value == 0 || b.Value == 0 {
		return rangesMeet(a.Low, a.High, b.Low, b.High)
	}
	between := func(c claims.Claim) bool { return c.Qualifier == "" && c.High > c.Low }
	if between(a) && between(b) {
		return near(a.Low, b.Low) && near(a.High, b.High)
	}
	return near(a.Value, b.Value) || between(a) && rangesMeet(a.Low, a.High, b.Value, b.Value) || between(b) && rangesMeet(b.Low, b.High, a.Value, a.Value)
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
// Ken Bates. It reports whether it found so.
func (ck *checker) alignedActor(a aligned) bool {
	cf := a.actorless[0]
	actor := cf.Speaker
	if actor == "" {
		actor = cf.Subject
	}
	ae, ok := ck.entity(actor)
	if !ok || ae.Kind == "document" || ae.Kind == "place" {
		return false
	}
	var others []int // mentions of another entity of the actor's kind
	for k, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to || ck.d.InQuote(ck.d.Toks[m.From].Start) {
			continue
		}
		for _, id := range m.IDs {
			if id == actor || ck.memberLinked(id, actor) || ck.affiliated(actor, id) || ck.affiliated(id, actor) {
				return false // the sentence names the actor
			}
		}
		for _, id := range m.IDs {
			if e, ok := ck.entity(id); ok && e.Kind == ae.Kind && cf.described().entities[id] == "" {
				others = append(others, k)
				break
			}
		}
	}
	if len(others) != 1 {
		return false
	}
	m := ck.mentions[others[0]]
	sp := ck.d.TokSpan(m.From, m.To)
	ck.checked++
	msg := fmt.Sprintf("The knowledge base records this of %s, not %s: %s", ae.Name, sp.Text, cf.Statement)
	ck.add(cf.finding("attribution", sp, ae.Name, msg))
	return true
}

// alignedParty: a sentence that restates a fact but names, where the fact
// names one of its people or bodies, another of the same kind the fact does
// not name, and not that one, puts the wrong one in it: "Newcastle have fined
// their striker Freddy Shepherd" for Craig Bellamy, "Arsenal have fined ..."
// for Newcastle. Only one such swap is told: with two, there is no telling
// which name stands for which.
func (ck *checker) alignedParty(a aligned, cf *checkFact) {
	// The fact's parties are those it is about and those its statement names
	// by name: "the club", an alias some story gave its club, names no one.
	parties := map[string]string{}
	for id, role := range cf.described().entities {
		if role != "mention" {
			parties[id] = role
		}
	}
	ftoks := cf.doc.Tokens()
	for _, m := range cf.doc.Mentions(cf.ix.Names) {
		if properName(ftoks[m.From:m.To]) {
			for _, id := range m.IDs {
				if _, ok := cf.described().entities[id]; ok {
					parties[id] = "mention"
				}
			}
		}
	}
	// A mention names a party when it is the party or its member or group;
	// failing that, when it is someone who speaks for a party not otherwise
	// named ("Newcastle chairman Freddy Shepherd" is not Newcastle where
	// Newcastle is named too).
	named := map[string]bool{}
	var loose []int
	for k, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to {
			continue
		}
		ours := false
		for _, id := range m.IDs {
			for p := range parties {
				if id == p || ck.memberLinked(id, p) {
					named[p], ours = true, true
				}
			}
		}
		// A name inside a quotation names a party, but is never the wrong one:
		// the speaker's words are checked as a quotation.
		if !ours && properName(ck.d.Toks[m.From:m.To]) && !ck.d.InQuote(ck.d.Toks[m.From].Start) {
			loose = append(loose, k)
		}
	}
	var others []int // mentions of an entity the fact is not about
	for _, k := range loose {
		ours := false
		for _, id := range ck.mentions[k].IDs {
			for p := range parties {
				if !named[p] && (ck.affiliated(id, p) || ck.affiliated(p, id)) {
					named[p], ours = true, true
				}
			}
		}
		if !ours {
			others = append(others, k)
		}
	}
	// A body is named by one of its people named in its stead ("Florian
	// Mueller, campaign manager of a group ..." names nosoftwarepatents.com).
	implied := func(p string) bool {
		for q := range named {
			if ck.affiliated(q, p) {
				return true
			}
		}
		return false
	}
	var missing []facts.Entity
	for p := range parties {
		if e, ok := ck.entity(p); ok && !named[p] && !implied(p) && e.Kind != "document" && e.Kind != "place" && e.Kind != "event" {
			missing = append(missing, e)
		}
	}
	if len(missing) != 1 || len(others) != 1 {
		return
	}
	m := ck.mentions[others[0]]
	if !slices.ContainsFunc(m.IDs, func(id string) bool { e, ok := ck.entity(id); return ok && e.Kind == missing[0].Kind }) {
		return
	}
	// Another fact the sentence restates may be about the one it names ("the
	// report said ..., but the BBC must ..."), and a name made of the missing
	// one's words ("the audit office" for the National Audit Office) may well
	// be it.
	for _, other := range slices.Concat(a.facts, a.actorless, a.within) {
		if other != cf && slices.ContainsFunc(m.IDs, func(id string) bool { return other.described().entities[id] != "" }) {
			return
		}
	}
	sp := ck.d.TokSpan(m.From, m.To)
	if sharesNameWords(sp.Text, missing[0], ck) {
		return
	}
	ck.checked++
	msg := fmt.Sprintf("The knowledge base records this of %s, not %s: %s", missing[0].Name, sp.Text, cf.Statement)
	ck.add(cf.finding("attribution", sp, missing[0].Name, msg))
}

// properName reports whether words are written as a name: a capitalised word
// that is not a common word capitalised to open a sentence ("The club").
func properName(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool {
		return t.Upper && !text.IsStopword(t.Norm) && (!t.First || t.Caps || wordnet.IsName(t.Norm) || !wordnet.Known(t.Stem))
	})
}

// sharesNameWords reports whether a name written in a draft has a content word
// of an entity's name or aliases.
func sharesNameWords(written string, e facts.Entity, ck *checker) bool {
	words := map[string]bool{}
	for _, t := range text.Tokenize(strings.Join(append([]string{e.Name}, e.Aliases...), " ")) {
		if !ck.ix.IsStop(t.Norm) {
			words[t.Stem] = true
		}
	}
	return slices.ContainsFunc(text.Tokenize(written), func(t text.Token) bool { return words[t.Stem] })
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
