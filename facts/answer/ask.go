// Package answer answers reporters' questions from a knowledge base's read
// model: it reads the question (its type, entities and words), plans what to
// retrieve, ranks the candidate facts and composes the reply, or says plainly
// that the knowledge base does not hold the answer.
package answer

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Clean trims a question and checks it can be asked: not empty (EINVALID), not
// longer than facts.MaxQuestionLen (ETOOLARGE). Invalid UTF-8 becomes spaces.
func Clean(question string) (string, error) {
	question = strings.TrimSpace(strings.ToValidUTF8(question, " "))
	if question == "" {
		return question, facts.Errorf(facts.EINVALID, "Ask a question, for example: factdesk ask \"Who signed the statement?\"")
	}
	if n := utf8.RuneCountInString(question); n > facts.MaxQuestionLen {
		return question, facts.Errorf(facts.ETOOLARGE, "That question is %d characters long; the limit is %d. To check a passage of a draft, use check.", n, facts.MaxQuestionLen)
	}
	return question, nil
}

// Ask answers a question from approved, current facts only, or says the
// knowledge base does not hold the answer. st reads facts as of ix. It returns
// EINVALID or ETOOLARGE for a question Clean refuses, and st's errors.
func Ask(ctx context.Context, ix *index.Index, st index.Store, question string, opt facts.AskOptions) (facts.Answer, error) {
	question, err := Clean(question)
	ans := facts.Answer{Question: question, Facts: []facts.AnswerFact{}, Suggestions: []string{}}
	if err != nil {
		return ans, err
	}
	q := parseQuestion(question, ix)
	if opt.Explain {
		ans.Explain = q.explain(ix)
	}
	if len(q.Unknown) > 0 {
		return notFound(ans, fmt.Sprintf("%q is not in the knowledge base.", strings.Join(q.Unknown, " ")), q, ix), nil
	}
	switch q.Type {
	case askWhoIs:
		return describe(ctx, st, ans, q, ix, opt)
	case askStands:
		return expand(ctx, st, ans, q, ix, opt)
	}
	if first, second, ok := eitherQuestions(q); ok {
		return askEither(ctx, ix, st, ans, q, first, second, opt)
	}
	ranked, err := ranking(ctx, st, q, ix, opt, ans.Explain)
	if err != nil {
		return ans, err
	}
	best := firstAnswering(ranked)
	if best < 0 {
		if a, ok, err := titleAnswer(ctx, st, ans, q, ix, ranked, opt); ok || err != nil {
			return a, err
		}
		return notFoundNear(ans, q, ix, ranked), nil
	}
	return composeAnswer(ans, q, ranked[best:], ix), nil
}

// ranking retrieves a question's candidate facts and ranks them, each told
// whether it answers; with explain (opt.Explain), the ranking is added to it.
func ranking(ctx context.Context, st index.Store, q question, ix *index.Index, opt facts.AskOptions, explain *facts.Explanation) ([]ranked, error) {
	cands, err := candidates(ctx, st, q, ix, opt)
	if err != nil {
		return nil, fmt.Errorf("ask: %w", err)
	}
	if err := ctx.Err(); err != nil { // the request is over: rank for nobody
		return nil, fmt.Errorf("ask: %w", err)
	}
	rs := rank(q, cands, ix)
	if opt.Explain {
		explainRanking(explain, rs)
	}
	return rs, nil
}

// topAnswering is how far down the ranking an answer may come from: a fact the
// decision accepts may sit just below one it refuses (the best-scored fact
// misses a word the next one holds), but not far below.
const topAnswering = 3

// firstAnswering is the index of the best-ranked candidate the decision
// accepts among the top few, or -1.
func firstAnswering(rs []ranked) int {
	for i, r := range rs[:min(topAnswering, len(rs))] {
		if r.answers {
			return i
		}
	}
	return -1
}

// load reads the approved, current facts among refs, of opt.Story when set.
func load(ctx context.Context, st index.Store, ix *index.Index, refs map[int64]bool, opt facts.AskOptions) ([]*index.Doc, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	ids := make([]int64, 0, len(refs))
	for r := range refs {
		ids = append(ids, r)
	}
	slices.Sort(ids) // the same question, the same candidates in the same order
	docs, err := st.Docs(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	return slices.DeleteFunc(docs, func(d *index.Doc) bool {
		return (opt.Story != "" && d.Story != opt.Story) || ix.SupersededBy(d.FullID()) != ""
	}), nil
}

// hasTime reports whether a fact says when: its date, a month or year in its
// words, a stretch of time said relative to the story ("last week", "during
// the summer", "six years earlier"), or an event it is said to happen with
// ("when winners ramble on").
func hasTime(c *index.Doc) bool {
	return saysTime(c) || timedByEvent(c)
}

// saysTime reports whether a fact gives a time itself: its date, a year
// or a decade, a month or day, or a stretch of time placed by other words
// ("last week"), rather than by another event (see timedByEvent).
func saysTime(c *index.Doc) bool {
	return saysTimeNarrowerThanDecade(c) || decadeRE.MatchString(c.Statement)
}

// saysTimeNarrowerThanDecade reports whether a fact gives a time other than
// a decade (see saysTime, decadeOfOtherAct).
func saysTimeNarrowerThanDecade(c *index.Doc) bool {
	return yearRE.MatchString(c.Statement) || saysTimeButYear(c)
}

// saysTimeButYear reports whether a fact gives a time narrower than a
// decade other than a year: its date, a month or day, a stretch placed by
// other words, a clock time (see yearOnlyInAskedName).
func saysTimeButYear(c *index.Doc) bool {
	return c.Date != "" || namesMonth(c) || hasRelativeTime(c) || clockTime(c.Tokens())
}

// clockTime reports whether words give a time of day by the clock: "at
// 1830 GMT", "7.30pm".
func clockTime(toks []text.Token) bool {
	for i, t := range toks {
		if t.Norm == "" || t.Norm[0] < '0' || t.Norm[0] > '9' {
			continue // a clock time starts with a digit; "GMT" follows one
		}
		if clockRE.MatchString(t.Norm) || i+1 < len(toks) && timeZones[toks[i+1].Norm] && hourRE.MatchString(t.Norm) {
			return true
		}
	}
	return false
}

// timeZones are the zones news copy gives a clock time in: "1400 GMT".
var timeZones = text.Set(`gmt bst cet utc`)

var (
	clockRE = regexp.MustCompile(`^(1[0-2]|0?\d)([.:][0-5]\d)?(am|pm)$`)
	hourRE  = regexp.MustCompile(`^([01]\d|2[0-3])[0-5]\d$|^([01]?\d|2[0-3])([.:][0-5]\d)?$`)
)

// timedByEvent reports whether a fact places what it tells by another event,
// in a clause after "when" or "as soon as": "The orchestra is called on to
// play when winners ramble on" says when it plays. Not "after" or "before":
// their phrase is as often the time of another clause than the one asked
// about ("considering a complaint after the tries were ruled out" says
// nothing of when the complaint will be ruled on).
func timedByEvent(c *index.Doc) bool {
	toks := c.Tokens()
	// "whenever their PC was idle" as "when".
	for i, t := range toks[:max(0, len(toks)-1)] {
		if (t.Norm == "when" || t.Norm == "whenever") && !t.First || t.Norm == "soon" && i > 0 && i+2 < len(toks) && toks[i-1].Norm == "as" && toks[i+1].Norm == "as" {
			return true
		}
	}
	return false
}

func hasRelativeTime(c *index.Doc) bool {
	_, _, ok := relativeTime(c.Tokens())
	return ok
}

// relativeTime finds where words give a time as a stretch of time (a WordNet
// time period) with a word that places it: before it, a figure or "last",
// "next", "during"... (over "the" and one adjective: "in the new year"), or
// "in the"; after it, "ago", "earlier"... Not an age ("30-year-old"). It
// returns the tokens from, to of the first such phrase ("during the summer").
func relativeTime(toks []text.Token) (from, to int, ok bool) {
	for i := range toks {
		if from, to, ok := placedTime(toks, i); ok {
			return from, to, true
		}
	}
	return 0, 0, false
}

// placesTime reports whether token i is a word that places the stretch of
// time after it ("last" of "last season", "next" of "next year").
func placesTime(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || !timeBefore[toks[i].Norm] {
		return false
	}
	from, _, ok := placedTime(toks, i+1)
	return ok && from == i
}

// placedTime reports whether token i is a stretch of time that words around
// it place ("last week", "two years ago"), and the tokens from, to of them.
func placedTime(toks []text.Token, i int) (from, to int, ok bool) {
	if !timeNoun(toks[i]) || i+1 < len(toks) && ageWords[toks[i+1].Norm] {
		return 0, 0, false // "the 30-year-old Campbell" gives an age, not a time
	}
	if i > 0 && toks[i-1].Norm == "same" {
		return 0, 0, false // "in the same week" is another time's, said elsewhere
	}
	from, to = i, i+1
	adjective := false // one adjective may stand before the noun: "in the new year"
	for k := i - 1; k >= 0 && k >= i-2-b2i(adjective); k-- {
		p := toks[k].Norm
		// "in the summer" places a time; "the biggest in a decade" measures
		// a stretch.
		if timeBefore[p] && (toks[k+1].Norm != "the" || text.IsPreposition(p)) || timePrepositions[p] && (toks[k+1].Norm == "the" || possessives[toks[k+1].Norm]) {
			// "last week", "during the summer"; not "that the full
			// advice", where "that" opens a clause.
			from = k
			break
		}
		if quantity(toks[k]) && !ordinal(toks[k].Norm) {
			// "two years ago", "in three months", "after 62 minutes", "9-10
			// July" place a time; "spent four months out" and "for three
			// years" only measure one.
			if monthWords[toks[i].Norm] || k > 0 && text.IsPreposition(toks[k-1].Norm) && !measuringPrepositions[toks[k-1].Norm] || i+1 < len(toks) && timeAfter[toks[i+1].Norm] {
				from = k
			}
			if k > 0 && timeBefore[toks[k-1].Norm] {
				from = k - 1 // "within the next five years", "in the past three months"
			}
			break
		}
		if p == "within" && k == i-1 {
			from = k // "could begin within weeks": a time to come, however vague
			break
		}
		// "at the end of the season", "by the start of the year"
		if p == "of" && k > 0 && toks[k+1].Norm == "the" && timeBounds[toks[k-1].Norm] {
			from = k - 1
			break
		}
		if k == i-1 && (adjectiveOnly(toks[k].Stem) || ordinal(toks[k].Norm)) {
			// "in the 64th minute": an ordinal places a stretch as an adjective does
			adjective = true
			continue
		}
		if p != "the" && p != "a" && !possessives[p] {
			break // "after his 34th birthday": an owner stands as "the" does
		}
	}
	if i+1 < len(toks) && timeAfter[toks[i+1].Norm] {
		to = i + 2
	}
	return from, to, from < i || to > i+1 || namedSeason(toks[i])
}

// namedSeason reports whether a word is a season of the year by its main
// sense ("spring", "winter", "Christmas"): like a month's name, it places a
// time with no word beside it ("the PSP's spring launch").
func namedSeason(t text.Token) bool {
	return slices.ContainsFunc(wordnet.Related(t.Stem), func(r wordnet.Relation) bool {
		return r.Kind == wordnet.Broader && r.Stem == seasonStem && r.Weight >= wordnet.MainBroader
	})
}

// seasonStem is WordNet's word for a season of the year.
var seasonStem = text.Stem("season")

// timeNoun reports whether a word is a noun whose main sense is a stretch of
// time ("week", "evening"), said as the noun: a verb form of the same stem is
// none ("that going" is no "go", a turn).
func timeNoun(t text.Token) bool {
	if !wordnet.Marked(t.Norm, t.Stem, wordnet.TimePeriod) {
		return false
	}
	w := wordnet.Word(t.Stem)
	for _, suffix := range []string{"ing", "ed"} {
		if strings.HasSuffix(t.Norm, suffix) && !strings.HasSuffix(w, suffix) {
			return false
		}
	}
	return true
}

// Words that place a stretch of time: "last week", "two years ago".
var (
	timeBefore = text.Set(`last next this that during early late earlier later previous following coming past recent`)
	timeAfter  = text.Set(`ago earlier later before after`)
	// "before the summer", "by the spring", "in the new year": a
	// preposition of time before "the".
	timePrepositions = text.Set(`in before after by until till since throughout`)
	// "for three years", "over two seasons": a preposition before a
	// figure of time that measures the stretch rather than placing it.
	measuringPrepositions = text.Set(`for over throughout`)
	// "the end of the season": a bound of a stretch of time.
	timeBounds = text.Set(`end start beginning middle close turn`)
)

// counts reports whether the fact's number counts the thing asked about: its unit,
// or a word just after a number in its statement (countsWords); or the entity
// named after it is of the kind asked ("How many people...?" counts "hundreds
// of thousands of Uyghurs": WordNet people -> group); or the figure says
// what people said (countsDoers) or what its sentence's subject came to
// (countsSubject).
func counts(c *index.Doc, t []qterm, ix *index.Index) bool {
	return countsWords(c, t) || countsKind(c, t, ix) || countsDoers(c, t) || countsSubject(c, t) || countsOrdinal(c, t) || countsPersons(c, t) || countsByVerb(c, t)
}

// countsByVerb reports whether a figure of the fact follows, by itself or
// after "by", a verb the counted noun is a form of: "How much growth does
// INSEE expect?" is answered by "expects the economy to grow by about 2.4%",
// the growth said by its verb. The noun itself is no verb of it: "defended
// her London title 12 months later" counts no titles.
func countsByVerb(c *index.Doc, t []qterm) bool {
	toks := c.Tokens()
	for _, cl := range c.Figures() {
		k := tokenAt(toks, cl.Start) - 1 // the word before the figure
		if k > 0 && toks[k].Norm == "by" {
			k--
		}
		if k < 0 || wordnet.PartsOfSpeech(toks[k].Stem)&wordnet.Verb == 0 {
			continue
		}
		itself := slices.ContainsFunc(t, func(t qterm) bool { return t.Alts[0].Stem == toks[k].Stem })
		if !itself && countsIn(" "+toks[k].Stem+" ", t) {
			return true
		}
	}
	return false
}

// countsPersons reports whether the question counts people in general
// ("How many people were charged?") and the fact counts people of some
// kind, its words after a number naming them ("eight protesters", "three
// men", "150,000 shoppers"): each is a person.
func countsPersons(c *index.Doc, t []qterm) bool {
	if !slices.ContainsFunc(t, func(t qterm) bool { return anyPerson[t.Text] }) {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	ages := agesAt(toks)
	for i, tok := range toks {
		if !quantity(tok) || slices.Contains(ages, i) || isYear(tok, rs) {
			continue
		}
		for _, w := range toks[i+1 : countedUpTo(toks, rs, i)] {
			if wordnet.Marked(w.Norm, w.Stem, wordnet.People) && wordnet.PartsOfSpeech(w.Stem)&wordnet.Noun != 0 {
				return true
			}
		}
	}
	return false
}

// countsOnlyPart reports whether every figure of a fact that counts what a
// how-many question counts is narrowed by a nationality the question does not
// give: "among three British authors on the shortlist" counts the British
// ones, not the authors on it ("How many authors are on the shortlist?").
// Asked "How many British authors...?" or of Britain, it counts them.
func countsOnlyPart(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	var mentions []index.Mention // read once a nationality narrows a figure
	found := false
	for i, tok := range toks {
		if !quantity(tok) {
			continue
		}
		to := countedUpTo(toks, rs, i)
		if !countsIn(" "+stemsFrom(toks, i+1, to)+" ", q.counted) {
			continue
		}
		narrowed := false
		for k := i + 1; k < to && !narrowed; k++ {
			if countsIn(" "+toks[k].Stem+" ", q.counted) {
				break // the counted noun: what follows it narrows nothing
			}
			if !wordnet.IsNationality(toks[k].Norm, toks[k].Stem) || slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.heldBy(toks[k]) }) {
				continue
			}
			if mentions == nil {
				mentions = c.Mentions(ix.Names)
			}
			narrowed = !slices.ContainsFunc(mentions, func(m index.Mention) bool {
				return m.From <= k && k < m.To && slices.ContainsFunc(m.IDs, q.names)
			})
		}
		if !narrowed {
			return false
		}
		found = true
	}
	return found
}

// countedUpTo is where the words that may say what the figure at i counts
// end: three words after it at most, not past its clause ("the previous
// two evictions, when people still tried..." counts evictions, not people),
// nor past a verb after the noun counted ("The two countries exchanged
// prisoners" counts countries, not prisoners).
func countedUpTo(toks []text.Token, rs []rune, i int) int {
	to := min(i+4, len(toks))
	for k := i + 1; k < to; k++ {
		if k > i+1 && verbActsOn(toks, rs, k) && wordnet.PartsOfSpeech(toks[k-1].Stem)&wordnet.Noun != 0 && !verbForm(toks[k-1]) {
			return k
		}
		if clauseEnd(rs, toks[k].End) {
			return k + 1
		}
	}
	return to
}

// verbActsOn reports whether the word at k is a verb that acts on what
// follows it, not a participle that qualifies the noun before it ("36
// people accused in connection with...") nor part of a hyphened word
// ("ready-mixed"): a verb form followed by a word that is no preposition,
// in the same clause.
func verbActsOn(toks []text.Token, rs []rune, k int) bool {
	if !verbForm(toks[k]) || k+1 >= len(toks) || clauseEnd(rs, toks[k].End) || text.IsPreposition(toks[k+1].Norm) {
		return false
	}
	return !strings.Contains(string(rs[toks[k-1].End:toks[k].Start]), "-")
}

// anyPerson are English's words for persons of any kind.
var anyPerson = text.Set(`people person persons`)

// namesPeople reports whether a fact names people of some kind by a common
// noun whose main sense is a person or people (WordNet's: "users",
// "respondents", "novelists", "customers"): each is a person, so the fact
// says "people" in its own words.
func namesPeople(c *index.Doc) bool {
	return slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		return !t.Upper && !verbForm(t) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0 && wordnet.Marked(t.Norm, t.Stem, wordnet.People)
	})
}

// peopleCredit is what a fact that names people of some kind earns for the
// "people" a how-many question counts ("How many people entered the first
// contest?": "1,466 aspiring novelists who entered"): a narrower word's, no
// more, for which people they are is the fact's. Other questions' "people"
// is left to the words themselves: "What about people in their thirties?" is
// no question of a report's "members".
const peopleCredit = 0.6

// countsDoers reports whether a figure of the fact is the subject of a verb
// ("80% said they were fed up", "43% were unwilling") and the question
// counts people: a figure that says, thinks or is counts those who do.
func countsDoers(c *index.Doc, t []qterm) bool {
	if !slices.ContainsFunc(t, countsPeople) {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i, tok := range toks {
		if i+1 < len(toks) && quantity(tok) && !isYear(tok, rs) && (beForms[toks[i+1].Norm] || text.IsReportingVerb(toks[i+1].Norm)) {
			return true
		}
	}
	return false
}

// ageUnit reports whether a fact's unit is that of an age ("years old").
func ageUnit(unit string) bool {
	return slices.ContainsFunc(text.Tokenize(unit), func(t text.Token) bool { return ageWords[t.Norm] })
}

// countsPeople reports whether a counted word is one for people or a kind
// of person in WordNet ("people", "voters", "respondents").
func countsPeople(t qterm) bool { return wordnet.Marked(t.Text, t.Alts[0].Stem, wordnet.People) }

// countsWords reports whether the fact's unit, or the words just after a number
// in its statement and its clause, are the thing asked about. An age counts
// nothing ("the 30-year-old Campbell's current contract" gives no contract's
// length), nor do words past the clause ("the previous two evictions, when
// people still tried..." counts evictions, not people).
func countsWords(c *index.Doc, t []qterm) bool {
	if c.Unit != "" && !ageUnit(c.Unit) && countsIn(" "+text.StemPhrase(c.Unit)+" ", t) {
		return true
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	ages := agesAt(toks)
	for i, tok := range toks {
		if !quantity(tok) || slices.Contains(ages, i) {
			continue
		}
		if countsIn(" "+stemsFrom(toks, i+1, countedUpTo(toks, rs, i))+" ", t) || elidedCount(toks, rs, i, t) {
			return true
		}
	}
	return false
}

// elidedCount reports whether the figure at i ends its clause with no noun
// after it and an earlier number of the sentence says the counted noun,
// which the figure leaves out: "Ireland lost one lineout and England lost
// four or five" counts England's lineouts.
func elidedCount(toks []text.Token, rs []rune, i int, t []qterm) bool {
	if !clauseEnd(rs, toks[i].End) {
		return false
	}
	for k := i - 1; k > 0; k-- {
		if strings.ContainsAny(string(rs[toks[k-1].End:toks[k].Start]), ".;:") {
			return false // another sentence's, past a full stop or a semicolon
		}
		if (quantity(toks[k-1]) || toks[k-1].Norm == "one") && countsIn(" "+toks[k].Stem+" ", t) {
			return true
		}
	}
	return false
}

// countsKind reports whether an entity named just after a number in the fact is
// of the kind the question counts.
func countsKind(c *index.Doc, t []qterm, ix *index.Index) bool {
	return countedEntity(c, ix, func(id string) bool {
		kind := ix.Names.Kind(id)
		return kind != "" && countsIn(" "+text.Stem(kind)+" ", t)
	})
}

// countsIn reports whether stems (" a b c ") hold any word of what is counted.
func countsIn(stems string, counted []qterm) bool {
	return slices.ContainsFunc(counted, func(t qterm) bool { return termCreditIn(stems, t) > 0 })
}

// countsAsked reports whether a figure counts the thing a how-many question
// counts, by its unit ("157,000 new jobs" for "How many jobs...?").
func (q question) countsAsked(cl claims.Claim) bool {
	return countsIn(" "+text.StemPhrase(cl.Unit)+" ", q.counted)
}

// statesMoney reports whether a fact gives a sum of money: "How much
// sponsorship did the lab need?" is answered by "10 million euros" whatever the
// money is called.
func statesMoney(c *index.Doc) bool {
	return slices.ContainsFunc(c.Figures(), func(cl claims.Claim) bool { return claims.IsMoney(cl.Unit) })
}

// onlyPercentages reports whether every figure a fact gives is a
// percentage: "What price did the shares fall to?" asks a sum of money,
// which "fell 9.8%" does not give, while a price may be odds ("at 9-2").
func onlyPercentages(c *index.Doc) bool {
	return everyFigure(c, func(cl claims.Claim) bool { return cl.Unit == "percent" })
}

// everyFigure reports whether a fact gives figures and every one is ok.
func everyFigure(c *index.Doc, ok func(claims.Claim) bool) bool {
	figures := c.Figures()
	return len(figures) > 0 && !slices.ContainsFunc(figures, func(cl claims.Claim) bool { return !ok(cl) })
}

// statesPercentage reports whether a fact gives a percentage: "43%", "12
// per cent".
func statesPercentage(c *index.Doc) bool {
	return slices.ContainsFunc(c.Figures(), func(cl claims.Claim) bool { return cl.Unit == "percent" })
}

// statesProportion reports whether a fact gives a share of a whole: a
// percentage, a fraction ("two thirds of", "more than half", "three
// quarters"), or one count in another ("one in 13", "two out of 16").
// "What share of surveyors...?" is answered by any of them.
func statesProportion(c *index.Doc) bool {
	if statesPercentage(c) {
		return true
	}
	return statesFraction(c)
}

// statesFraction reports whether a fact gives a share of a whole in words,
// not as a percentage: a fraction ("two thirds of", "more than half", "a
// quarter of"), or one count in another ("one in 13", "two out of 16"; not
// "310 in 2004").
func statesFraction(c *index.Doc) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i, t := range toks {
		switch {
		case fractionWord(t.Stem):
			return true
		case (quantity(t) || t.Norm == "one") && i+2 < len(toks) && toks[i+1].Norm == "in" && quantity(toks[i+2]) && !isYear(toks[i+2], rs):
			return true // "one in 13": "one", no quantity alone (a pronoun), is one here
		case (quantity(t) || t.Norm == "one") && i+3 < len(toks) && toks[i+1].Norm == "out" && toks[i+2].Norm == "of" && quantity(toks[i+3]):
			return true // "two out of 16"
		}
	}
	return false
}

// onlyFractions reports whether the only figures a fact's words give are
// fractions ("half of the money the government set aside"): a share of a
// whole, no amount.
func onlyFractions(c *index.Doc) bool {
	found := false
	for _, t := range c.Tokens() {
		switch {
		case fractionWord(t.Stem):
			found = true
		case quantity(t):
			return false
		}
	}
	return found
}

// fractionWord reports whether a word names a fraction of a whole, as
// WordNet files it under "common fraction": "third", "quarter", "half".
func fractionWord(stem string) bool {
	return relationIs(stem, 0, func(s string) bool { return s == commonFraction }, wordnet.Broader)
}

var commonFraction = text.StemPhrase("common fraction")

// countsEntity reports whether a number in the fact's statement counts one of ids:
// "hundreds of thousands of Uyghurs".
func countsEntity(c *index.Doc, ids []string, ix *index.Index) bool {
	return countedEntity(c, ix, func(id string) bool { return slices.Contains(ids, id) })
}

// countedEntity reports whether an entity named in the few words after a
// number in the fact's statement is one that is, as the question counts.
func countedEntity(c *index.Doc, ix *index.Index, is func(id string) bool) bool {
	toks := c.Tokens()
	for i, tok := range toks {
		if !quantity(tok) {
			continue
		}
		for _, m := range ix.Names.Find(toks[i+1 : min(len(toks), i+5)]) {
			if slices.ContainsFunc(m.IDs, is) {
				return true
			}
		}
	}
	return false
}

// countsNamesKind reports whether a fact that names the entity a how-many
// question counts ("How many Mobos did Jamelia win?") gives a figure of the
// kind of thing the entity's name says: "won three awards at last year's
// Mobo awards" counts awards, which the Mobo Awards are.
func countsNamesKind(c *index.Doc, ids []string, ix *index.Index) bool {
	if !slices.ContainsFunc(c.Mentions(ix.Names), func(m index.Mention) bool {
		return slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(ids, id) })
	}) {
		return false
	}
	kinds := map[string]bool{}
	for _, n := range ix.Names.StemmedNames(ids) {
		if f := strings.Fields(n); len(f) > 1 {
			kinds[f[len(f)-1]] = true // the head of "mobo award"
		}
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i, t := range toks {
		if !quantity(t) {
			continue
		}
		for k := i + 1; k < countedUpTo(toks, rs, i); k++ {
			if kinds[toks[k].Stem] {
				return true
			}
		}
	}
	return false
}

// quantity reports whether a word of a statement gives a number: digits or a
// number word ("nineteen"), but "one", as often a pronoun as a figure ("one
// of the..."), or a round one ("dozens", "hundreds", "half").
func quantity(t text.Token) bool {
	return unicode.IsDigit(rune(t.Norm[0])) || claims.IsNumberWord(t.Norm) && t.Norm != "one" || roundQuantities[t.Norm]
}

// roundQuantities are the words for round numbers. Not "several" or "few":
// they say there are some, not how many, and "Patents on several well-known
// drugs" does not answer "How many new drugs...?".
var roundQuantities = text.Set(`dozens hundreds thousands millions billions half`)

// namesMonth reports whether a fact names a month or a day: not when its
// statement names a month only as a name with "'s" ("June's younger
// sister"; a day with "'s" is still a day: "Sunday's final").
func namesMonth(c *index.Doc) bool {
	if !containsAny(c.Terms, monthStems) {
		// "agreed upon last May": "may" is a stopword, no term; written
		// with a capital inside a sentence and placed as a time is (after
		// "last", "in", a day's figure, or before a figure), it is the
		// month. "a May election" is the election's time, not the fact's.
		toks := c.Tokens()
		for i, t := range toks {
			if t.Norm != "may" || !t.Upper || t.First || i == 0 {
				continue
			}
			p := toks[i-1].Norm
			if timeBefore[p] || timePrepositions[p] || p == "on" || p == "of" || unicode.IsDigit(rune(p[0])) || i+1 < len(toks) && unicode.IsDigit(rune(toks[i+1].Norm[0])) {
				return true
			}
		}
		return false
	}
	toks := c.Tokens()
	owner := slices.ContainsFunc(toks, func(t text.Token) bool { return monthNames[t.Norm] && t.Possessive })
	return !owner || slices.ContainsFunc(toks, func(t text.Token) bool { return monthWords[t.Norm] && !(monthNames[t.Norm] && t.Possessive) })
}

// monthNames are the months of monthWords, some of them also given names.
var monthNames = text.Set(months)

const months = `january february march april may june july august september october november december`

// monthStems are the index-term forms of the month names, to look for in a
// candidate's terms without tokenizing its statement again.
var (
	monthStems = stemsOf(monthWords)
	yearRE     = regexp.MustCompile(`\b(19|20)\d\d\b`)
	decadeRE   = regexp.MustCompile(`\b(19|20)\d0s\b`) // "in the 1980s", "1940s comic book"
)

func stemsOf(words map[string]bool) []string {
	var out []string
	for w := range words {
		out = append(out, " "+text.Stem(w)+" ")
	}
	return out
}

// containsAny reports whether s (" a b c ") holds any of words (" w ").
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var monthWords = text.Set(months + " " + days)

// days are the days of the week and the days beside today, as news copy names
// them.
const days = `monday tuesday wednesday thursday friday saturday sunday yesterday today`
