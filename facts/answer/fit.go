package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// typeFit says how well a fact fits the kind of answer wanted: 0 rules it out.
func typeFit(q question, c *index.Doc, ix *index.Index) float64 {
	if q.asksElse && !answersElse(q, c.Tokens()) {
		return 0 // "Who else...?" is not answered by the one already known
	}
	if onlyIncrements(q, c) {
		return 0 // "a further 300 films" for how many will be shown
	}
	f := kindFit(q, c, ix)
	if personByPronounOnly(q) && !aboutPerson(c, ix) {
		return min(f, 0.5) // "Where was he detained?" is not "Beijing detaining Uyghurs"
	}
	if otherYearSaid(q, c) {
		return min(f, 0.5) // "last year's festival" for "this year's"
	}
	if otherBestSaid(q, c) || otherYearsBestSaid(q, c) {
		return min(f, 0.5) // "named best foreign language film" for best director, "record of the year" for song
	}
	return f
}

// kindFit is how well a fact gives the kind of answer its question's type
// asks for, before the year it places it in (see typeFit).
func kindFit(q question, c *index.Doc, ix *index.Index) float64 {
	switch q.Type {
	case askHowMany:
		if q.howOften && statesFrequency(c) {
			return 1 // "every month": how often, with no figure
		}
		if q.howOften && !countsTimes(c) {
			return 0.5 // "How often...?" asks a rate or a number of times, not "worth £60,000"
		}
		if q.howLong && statesRoughDuration(c) {
			return 1 // "several months": how long, with no figure
		}
		sharesDoers := q.countsDoersOnly() && statesProportion(c) // "How many think...?": "for a third"
		if !hasNewFigure(q, c, ix) && !countsOrdinal(c, q.counted) && !((q.asksRatio() || q.asksPart() || sharesDoers) && statesFraction(c)) && !(q.howMuchCompared() && statesComparison(c)) {
			return 0 // "a quarter of the dancers" gives a share with no figure
		}
		if q.howOld && !statesAgeOf(q, c, ix) {
			return 0.3
		}
		switch {
		case q.counted != nil && !counts(c, q.counted, ix) && !(q.howMuch && statesMoney(c)) && !sharesDoers && !q.countsComparative(), q.countedE != nil && !countsEntity(c, q.countedE, ix) && !countsNamesKind(c, q.countedE, ix):
			return 0.5
		case placeOnlyWithOthers(q, c, ix):
			return 0.5 // "sold a million in the US and Japan" is not Japan's alone
		case othersFigure(q, c, ix):
			return 0.5 // the figure is another's: "Campese, who won 101 caps"
		case q.counted != nil && countsOnlyPart(q, c, ix):
			return 0.5 // "three British authors" are not all the authors asked of
		case figuresOfOtherAction(q, c):
			return 0.5 // the figure is another action's: "rose 37%" for how far sales dropped
		case changeOfOtherThing(q, c):
			return 0.5 // "production dropped 1.6%, reflecting a fall in exports" is not how far exports fell
		case q.measureAt >= 0 && wordnet.Marked(q.Toks[q.measureAt].Norm, q.Toks[q.measureAt].Stem, wordnet.Monetary) && onlyPercentages(c):
			return 0.5 // "What price did the shares fall to?" asks a sum, not "fell 9.8%"
		case countsThings(q.counted) && !q.howMuch && !q.asksRatio() && !q.asksPart() && !sharesDoers && onlyPercentages(c):
			return 0.5 // "How many PCs did the survey scan?" asks a count, not "90% of PCs"
		case q.howMuch && !q.asksRatio() && !q.asksPart() && onlyFractions(c):
			return 0.5 // "How much has Colombia set aside?" asks an amount, not "half of the money"
		case q.howMuch && onlyDurations(q, c):
			return 0.5 // "How much...?" asks an amount, not "60 seconds"
		case q.howSize && everyFigure(c, isDuration) && !figureOfVerb(q, c):
			return 0.5 // "How tall is Asimo?" asks a height, not "born five years ago"
		case q.howMuch && q.counted == nil && !q.change && onlyHeadcounts(c):
			return 0.5 // "How much did Evans get?" asks an amount, not "the two sides"
		case q.howLong && !givesDuration(c) && (onlyHeadcounts(c) || onlyBareFigures(c) && !namesMonth(c)):
			// "How long have they been held?" asks a stretch of time, not "12
			// men", nor "the 800m and 1500m"; "from 11 to 26 March" gives days.
			return 0.5
		case q.howLong && !givesDuration(c) && onlyDayOn(c):
			// "How long was Murray banned for?" asks a stretch of time, not
			// the one day "Murray's ban ended on 2 February" names.
			return 0.5
		case q.howLong && everyFigure(c, sumOrShare) && ordinalOf(c, wordnet.IsTimePeriod) == "":
			// "How long has Labour been in government?" asks a stretch of
			// time, not "£60bn"; "in its fourth week in the charts, took
			// $24.1m" says it beside the sum.
			return 0.5
		case noSumForMoney(q, c):
			return 0.5 // "How much does the screen cost?" asks a sum, not "2.6 metre"
		case sumsBeforeAskedName(q, c, ix):
			return 0.5 // "The adapter is expected to cost about 5000 yen, roughly the price gap between the DS and the PSP" is no price of the DS
		case !q.howOld && onlyAges(c):
			return 0.5 // "How long is Campbell's contract?" is not "the 30-year-old Campbell"
		case figureOfOtherTime(q, c, ix):
			return 0.5 // the figure is of another time: "since 1947" for this year
		case onlyMargins(q, c):
			return 0.5 // "five points clear of Arsenal, nine points ahead of United" gives gaps, not United's points
		case onlyMultiples(q, c):
			return 0.5 // "Four times more camera phones will be sold" gives no number sold
		case onlyFiguresBefore(q, c):
			return 0.5 // "The quarterly profit was up from $179.1m" gives the old profit, not the new
		case totalForShare(q, c):
			return 0.5 // "are to receive £194m compensation" is not what each investor gets
		case q.partitive() && !givesPart(q, c):
			return 0.5 // "How many of the sued banks are Italian?" is not "sued 45 banks"
		case onlyRunningTotals(q, c):
			return 0.5 // "took its total to $110.2m" is not what the weekend made
		case onlyFiguresAfter(q, c):
			return 0.5 // "shares climbed to 717,000" gives where they got to, not by how much
		case figuresForAnother(q, c):
			return 0.5 // "Owen has scored 11 goals for Real" is not how many for England
		}
		if mt := q.measuredTerm(); mt != nil && !figureBeside(c, *mt) && !(durationVerb(q, *mt) && givesDuration(c)) {
			return untiedFigure
		}
		return 1
	case askWhen:
		if !hasTime(c) || onlyAskedTime(q, c) || timedOnlyByAskedEvent(q, c, ix) || asksAhead(q) && (onlyPastYears(c) || onlyPastStretches(c)) || decadeOfOtherAct(q, c) || yearOnlyInAskedName(q, c, ix) {
			return 0
		}
		if !givesTimeUnit(q.timeUnit, c) {
			return 0.5 // "On what day...?" is not answered by "this year's"
		}
		if timeOfSayingOnly(q, c) {
			return 0.5 // "said on Thursday" is not when what was said happens
		}
		if actOnlySupposed(q, c) {
			return 0.5 // "if the election is held on 5 May": supposed, not said
		}
		if editionTimeOnly(q, c, ix) {
			return 0.5 // "at this year's Brit Awards" says which, not when
		}
		return 1
	case askWhere:
		if q.placedOrigin && !placesAsked(q, c, ix) {
			return placedElsewhere
		}
		return whereFit(q, c, ix)
	case askWhoSaid:
		switch {
		case c.Quote != "", c.Speaker != "":
			return 1
		case c.Subject != "" && isAgent(ix.Names.Kind(c.Subject)) && saysSomething(c):
			// "A clergyman has said the plot is laughable", its subject
			// the bishop: said, if not quoted.
			return 0.9
		case accordingToName(c):
			return 0.9 // "According to BT, one person joins broadband every 10 seconds"
		}
		return 0.3
	case askSay:
		speakers := map[string]bool{}
		for _, id := range q.speakers {
			speakers[id] = true
		}
		// With no one named before the verb of saying, the names after it
		// are what was said about ("What did football's governing body say
		// about the Mutu case?"), not who said it; without such a verb
		// ("What was Blair's reaction?") the names are the speakers.
		if len(q.speakers) == 0 && q.sayAt < 0 {
			for _, m := range q.Entities {
				for _, id := range m.IDs {
					speakers[id] = true
				}
			}
		}
		reported := false
		for id := range speakers {
			reported = reported || reportedBy(c, id, ix)
		}
		// "What did Zhang say about the criticism?" is answered by what Zhang
		// did to it ("called the criticism baseless"): a stance on the topic,
		// when the act is one of telling or thinking (not "beat Enqvist").
		stance := false
		for _, m := range q.Entities {
			for _, id := range m.IDs {
				stance = stance || !speakers[id] && c.Roles[id] == "object"
			}
		}
		if topicLacked(q, c) {
			return 0.2 // "What did Blair say about the terror bill?" is not what he said of Africa
		}
		switch {
		case c.Quote != "" && speakers[c.Speaker]:
			return 1
		case (speakers[c.Speaker] || speakers[c.Subject]) && reported, speakers[c.Subject] && stance && saysSomething(c):
			return 0.8
		case len(q.speakers) == 0 && saidByWord(q, c):
			// "What do the other parties say about the Lib Dems?": "The
			// other parties insist...", though the fact is about the Lib Dems.
			return 0.9
		case speakers[c.Speaker] || speakers[c.Subject]:
			return 0.2 // about them, but not something they said
		case len(speakers) == 0 && c.Quote != "" && !speakerWordLacked(q, c):
			return 1 // "What did residents say?": the quotes first
		case len(speakers) == 0 && saidByWord(q, c):
			return 0.9 // "What did the official say?": "the senior official said"
		case len(speakers) == 0:
			return 0.5
		case c.Quote != "" && (speaksFor(ix, c.Speaker, speakers) || speaksHereFor(c, c.Speaker, speakers, ix)):
			return 0.9 // "What did Human Rights Watch say?": its director did
		case speaksFor(ix, c.Speaker, speakers) || speaksFor(ix, c.Subject, speakers):
			return 0.7
		case c.Speaker == "" && reported && speaksHereFor(c, c.Subject, speakers, ix):
			return 0.7 // "What does Yahoo think...?": "Yahoo's Yonca Brunini said..."
		}
		// "Analysts said French companies were reluctant...": the one asked
		// about says it, right before the verb of saying, where the curator
		// recorded no speaker.
		for _, id := range q.speakers {
			if c.Speaker == "" && saysRightThere(c, id, ix) {
				return 0.8
			}
		}
		// "What did Fletcher's daughter say?": a noun the one named owns
		// names who spoke, as "Fletcher's daughter Jill said" does.
		if q.saysOwnedNoun() && saidByWord(q, c) {
			return 0.8
		}
		// A document "says" what its text says; anyone else must be the one speaking.
		for id := range speakers {
			if ix.Names.Kind(id) == "document" && c.Roles[id] != "" {
				return 0.6
			}
		}
		return 0
	case askWho:
		if q.workAsked != nil && namesMakerOfWork(q, q.workAsked, c, ix) || q.madeAsked != nil && namesMaker(q, *q.madeAsked, c, ix) {
			return 1 // "Who directed Kings And Queen?": "Arnaud Desplechin's Kings And Queen"
		}
		if nameNotGiven(q, c, ix) {
			return 0.5 // "What is the name of the Brazilian programmer?" is not answered by "a Brazilian programmer had posted"
		}
		if q.owners != nil {
			if q.owners[c] != "" {
				return 1 // "Whose film is Million Dollar Baby?": "Clint Eastwood's Million Dollar Baby"
			}
			return 0.5
		}
		if ownerOfAsked(q, c) {
			return 1 // "Whose agenda might the issue play to?": "the far right's racist agenda"
		}
		if othersAfterPreposition(q, c) {
			return 0.8 // "Who was the original Cabir sent to?": "sent to anti-virus firms"
		}
		if actedWithoutDoer(q, c) {
			return 0 // "A member of The Game's entourage was reportedly shot" says not who shot him
		}
		if roles := q.askedRoles(); len(roles) > 0 {
			// "Who is the chief executive?" wants the person who holds that role,
			// named: not the company, nor another person of the story.
			fit := 0.1
			// "Who is the Scotland captain?" is not answered by "Ireland
			// captain Brian O'Driscoll": a role said after another body's
			// name is held there, when the question names the body.
			var elsewhere func(id string) bool
			if slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
				return slices.ContainsFunc(m.IDs, func(id string) bool { return ix.Names.Kind(id) != "person" })
			}) {
				elsewhere = func(id string) bool { return !q.names(id) && ix.Names.Kind(id) != "person" }
			}
			for id := range c.Roles {
				if ix.Names.Kind(id) != "person" || q.names(id) {
					continue
				}
				fit = max(fit, 0.5)
				switch holdsRole(ix, id, roles, c, elsewhere) {
				case roleStated:
					return 1
				case roleTitled:
					fit = 0.7 // they hold it, but the fact does not say so
				}
			}
			if fit < 0.5 && namesSomeoneNew(q, c, ix) {
				fit = 0.5
			}
			if vt := q.verbTerm(); len(q.verbRoles()) > 0 && vt != nil && actSaid(c, *vt, ix) {
				// "Who founded Balco?" asks for its founder, but "Victor
				// Conte founded Balco" names him by the action itself: in
				// the fact's words, not a title ("Liberal Democrat leader"
				// says nothing of who leads the Conservatives).
				fit = max(fit, doerFit(q, c, ix))
			}
			return fit
		}
		if personIndefinite(q, c) {
			return 0.5 // "Who was the man assaulted?" is not answered by "a man had been assaulted"
		}
		return doerFit(q, c, ix)
	case askWhat, askWhich:
		if q.asksScore() && (!statesScore(c) || onlyRunningScores(q, c)) {
			return 0.5 // "What was the score in Cardiff?" asks "11-9", not "at 5-4"
		}
		if q.placedOrigin {
			if placesAsked(q, c, ix) {
				return 1 // "Which country is Conchita Martinez from?": "Conchita Martinez of Spain"
			}
			return placedElsewhere
		}
		if nameNotGiven(q, c, ix) || q.ownNameAsked() && !givesAnotherName(q, c) {
			return 0.5 // "What is the name of the shell company?" is not answered by "an unknown shell company"
		}
		if kindUnsaid(q, c) {
			return 0.5 // "What kind of company is Parmalat?" is not answered by "working with the company"
		}
		if focusAsAction(q, c) || focusIndefinite(q, c) || focusUnqualified(q, c, ix) || focusPlacedElsewhere(q, c) || focusOfAnother(q, c, ix) {
			return 0.5
		}
		if q.Type == askWhich && (!namesSomethingNew(q, c, ix) || focusLeftUnnamed(q, c)) && !focusSpecified(q, c) {
			if qualifiedBefore(q, c) || oneOfSaid(q, c) {
				return qualifiedFit
			}
			return 0.5
		}
		return 1
	case askYesNo:
		// "Is Joe Pasquale a comedian?" is settled by a fact that says so
		// beside his name ("Comic Joe Pasquale"), not by "Comedian Vic
		// Reeves..., after Joe Pasquale".
		if id, roles := q.roleOfAsked(ix); id != "" && holdsRole(ix, id, roles, c, nil) != roleStated {
			return 0.5
		}
		if commonNameLacked(q, c, ix) {
			return 0.5 // "Will Abba perform at the anniversary show?" is not settled by "Past Eurovision performers include Abba"
		}
		return 1
	case askWhy:
		// A word that gives a cause and nothing else ("because") says why
		// more surely than one that may ("to", "after", "over").
		s := " " + strings.ToLower(c.Statement) + " "
		for _, w := range []string{" because ", " due to ", " citing "} {
			if strings.Contains(s, w) {
				return 1
			}
		}
		if mayGiveCauseIn(q, c, s) || causingVerb(q, c) {
			return mayGiveCause
		}
		return givesNoCause
	}
	return 1
}

// howMuchCompared reports whether a how-much question asks by how much one
// thing outdoes another ("How much longer do broadband users spend
// online?"): a multiple ("twice as long") answers it, with no figure.
func (q question) howMuchCompared() bool {
	for i := 1; i+1 < len(q.Toks); i++ {
		if q.Toks[i-1].Norm == "how" && q.Toks[i].Norm == "much" && comparing(q.Toks[i+1]) {
			return true
		}
	}
	return false
}

// countsComparative reports whether what a how-much question counts is
// only its word of comparing, right after "much": "How much faster than
// Qrio is Asimo?" counts no thing, and "almost four times as fast" answers.
func (q question) countsComparative() bool {
	if len(q.counted) != 1 {
		return false
	}
	at := q.counted[0].At
	return at > 1 && q.Toks[at-1].Norm == "much" && q.Toks[at-2].Norm == "how" && comparing(q.Toks[at]) && q.Toks[at].Norm != "more" && q.Toks[at].Norm != "less"
}

// othersAfterPreposition reports whether a who-question that ends with a
// preposition ("Who was the worm sent to?") is answered by the fact's
// words after that preposition, right after the question's verb: a noun
// for people or a body, of words the question does not give ("sent to
// anti-virus firms"), though no name.
func othersAfterPreposition(q question, c *index.Doc) bool {
	last := q.Toks[len(q.Toks)-1]
	vt := q.verbTerm()
	if len(q.Toks) < 4 || !text.IsPreposition(last.Norm) || vt == nil || wordnet.IsSpeechVerb(vt.Alts[0].Stem) {
		return false // "Who was she speaking to?" asks whom she told, a name
	}
	toks := c.Tokens()
	for i := 0; i+2 < len(toks); i++ {
		if !vt.heldWellBy(toks[i]) || toks[i+1].Norm != last.Norm {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			n := toks[k]
			if q.stems[n.Stem] || n.Upper {
				break
			}
			if wordnet.Marked(n.Norm, n.Stem, wordnet.People) || wordnet.NounKinds(n.Stem)&wordnet.Organization != 0 {
				return true
			}
		}
	}
	return false
}

// actSaid reports whether a fact holds a question's verb, or a word for it,
// in its own words rather than only in the title of the one it is about.
func actSaid(c *index.Doc, vt qterm, ix *index.Index) bool {
	cr, stem := termMatch(c.Terms, vt)
	return cr >= verbHeld && !c.TitleOnly(ix.Names)[stem]
}

// saysOwnedNoun reports whether a what-did-X-say question names the one
// who spoke by a noun an entity owns, just before its verb of saying:
// "What did Fletcher's daughter say?".
func (q question) saysOwnedNoun() bool {
	if q.sayAt < 1 {
		return false
	}
	for i := q.sayAt - 1; i >= 0 && i >= q.sayAt-3; i-- {
		if _, ok := q.possessed[i]; ok {
			return true
		}
	}
	return false
}

// decadeOfOtherAct reports whether a fact's only time is a decade ("in the
// 1980s") and it does not say the question's verb, or a participle of the
// question's after it, as a verb: so broad a
// time belongs to the act it is said with, and "on learning he fathered a
// daughter during the 1960s" says when he fathered her, not when he
// learned of it.
func decadeOfOtherAct(q question, c *index.Doc) bool {
	if saysTimeNarrowerThanDecade(c) || !decadeRE.MatchString(c.Statement) {
		return false
	}
	// The verb, or a participle of the question's after it: "When was the
	// system for comparing visit data built?" asks when it was built.
	verbs := slices.DeleteFunc(slices.Clone(q.Terms), func(t qterm) bool {
		return t.At != q.verbAt && !(t.At > q.verbAt && verbForm(q.Toks[t.At]) && !strings.HasSuffix(q.Toks[t.At].Norm, "ing"))
	})
	return !slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		return verbForm(t) && !strings.HasSuffix(t.Norm, "ing") && slices.ContainsFunc(verbs, func(v qterm) bool { return v.heldWellBy(t) })
	})
}

// qualifiedFit is the fit for "Which...?" of a fact that says which of
// the kind only by a word before the noun ("the farm sector"): it answers,
// but ranks below a fact that names the one meant.
const qualifiedFit = 0.7

// doerFit is how well a fact names who did what a who-question asks: an
// agent other than the question's own entities, else a capitalised name it
// does not know, a noun for a person beside the act, or a thing the fact
// makes act.
func doerFit(q question, c *index.Doc, ix *index.Index) float64 {
	if actNounBy(q, c, ix) {
		return 0.8 // "complaints from several Australian players"
	}
	if actOnlyAsBareNoun(q, c) || actOnlyInProspect(q, c) || actOnlyAsAnothersRole(q, c, ix) || actOnlyAsObjectOfOther(q, c) {
		return 0.5
	}
	var modifiers map[string]bool
	if q.names(c.Subject) && ix.Names.Kind(c.Subject) == "person" {
		// "The Glasgow forward" is the question's own person.
		modifiers = attributiveOnly(c, ix)
	}
	for id := range c.Roles {
		if isAgent(ix.Names.Kind(id)) && (!q.names(id) || slices.Contains(q.asRole, id)) && !modifiers[id] {
			return 1
		}
	}
	if namesSomeoneNew(q, c, ix) || namesDoerByNoun(q, c, ix) {
		return 0.8
	}
	if len(q.subjects) == 0 {
		// "iTunes is doing good business selling tracks": a service, a
		// product or a show may be the one a who-question asks for, when
		// the fact makes it the one acting and the question names no one
		// acting itself.
		for id, role := range c.Roles {
			if role == "subject" && ix.Names.Kind(id) == "other" && !q.names(id) {
				return 0.8
			}
		}
	}
	return 0.3
}

// attributiveOnly lists the bodies a fact names only before a noun for a
// person, as whose that person is: "The Glasgow forward had been banned for
// stamping", told of Euan Murray, names the forward, not Glasgow, as the one
// acting. doerFit asks it only of a fact about a person the question names,
// whom such a noun then describes ("Ampas producers" in a fact about a film
// may be the doers).
func attributiveOnly(c *index.Doc, ix *index.Index) map[string]bool {
	toks := c.Tokens()
	out, elsewhere := map[string]bool{}, map[string]bool{}
	for _, m := range c.Mentions(ix.Names) {
		before := m.To < len(toks) && !toks[m.To].Upper && !toks[m.To-1].Possessive && wordnet.Marked(toks[m.To].Norm, toks[m.To].Stem, wordnet.People)
		for _, id := range m.IDs {
			if before && ix.Names.Kind(id) != "person" {
				out[id] = true
			} else {
				elsewhere[id] = true
			}
		}
	}
	for id := range elsewhere {
		delete(out, id)
	}
	return out
}

// mayGiveCause is the fit for "Why...?" of a fact with a word that may give
// a cause ("to", "after"), not one that surely does ("because").
const mayGiveCause = 0.9

// mayGiveCauseWords are the connectives and verbs that may introduce a
// cause: "penalised for swearing", "hurt from the popularity of", "fell as
// downgrades hit", "missed out through injury", "blamed high fuel prices",
// "had watched Lazio score, so he knew". English's closed class of them,
// not a lexicon's: WordNet holds no connectives.
var mayGiveCauseWords = []string{" saying ", " after ", " over ", " to ", " amid ", " since ", " as ", " for ", " from ", " through ",
	" with ", " about ", " by ", " so that ", " on the back of ", " thanks to ", " following ", " claiming ", " blamed ", " having ", " reasons ", ", so "}

// causeReach is how many words after a word that may give a cause the
// act it gives as the cause may be said: "following his sending-off".
const causeReach = 3

// mayGiveCauseIn reports whether a fact's statement s (lower case, a space
// either side) has a word that may give a cause (mayGiveCauseWords) used so:
// not before a figure or a time, which says how much, to what level or
// since when ("fell to 5.2%", "risen by more than 60%", "buy Guidant for
// $25.4bn", "since September 2001"), not why. A stretch of time may be
// part of one: "has worked for 50 years and deserves a holiday". Nor is
// the act asked why the cause of something else: "no action against
// Mourinho following his sending-off" does not say why he was sent off.
func mayGiveCauseIn(q question, c *index.Doc, s string) bool {
	toks := c.Tokens()
	figures := c.Figures()
	vt := q.verbTerm()
	if vt != nil && (q.verbless() || wordnet.PartsOfSpeech(vt.Alts[0].Stem)&wordnet.Verb == 0) {
		vt = nil
	}
	asked := func(at int) bool {
		return vt != nil && slices.ContainsFunc(toks[at:min(at+causeReach, len(toks))], vt.heldWellBy)
	}
	for _, w := range mayGiveCauseWords {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 {
				break
			}
			next := utf8.RuneCountInString(s[:from+k+len(w)]) - 1 // in the statement's runes
			from += k + 1
			at := tokenAt(toks, next)
			if at == len(toks) {
				return true
			}
			t := toks[at]
			cl, figure := figureAt(figures, t)
			amount := figure && !isDuration(cl) || monthWords[t.Norm] && !t.Possessive || yearRE.MatchString(t.Norm)
			if !amount && !asked(at) && !(w == " as " && capacityAt(toks, at)) {
				return true
			}
		}
	}
	return false
}

// capacityAt reports whether the words from at are a noun phrase whose head
// names a post or a kind of person, as "as" gives one's capacity, not a
// cause: "Clarke's first day as home secretary after...", "as a
// consultant". A phrase that goes on to a verb is a clause, and may give a
// cause: "as broker downgrades hit stocks", "as the baby-boom generation
// retires".
func capacityAt(toks []text.Token, at int) bool {
	for k := at; k < min(at+causeReach, len(toks)); k++ {
		t := toks[k]
		if verbForm(t) || auxiliaries[t.Norm] {
			return false
		}
		if !text.IsRoleNoun(t.Norm) && !wordnet.Marked(t.Norm, t.Stem, wordnet.People) {
			continue
		}
		next := k + 1
		return next == len(toks) || text.IsPreposition(toks[next].Norm) && !verbForm(toks[next])
	}
	return false
}

// causingVerb reports whether a fact has a verb of causing other than the
// question's own: one WordNet files, in any of its senses, under "cause",
// "bring about" or "necessitate" ("A knee injury has forced Parmar out",
// "low wages mean few can afford one"). What does it is the cause; in its
// main sense alone, "mean" and "force" are no such verbs.
func causingVerb(q question, c *index.Doc) bool {
	return slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		if t.Upper || q.stems[t.Stem] || wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb == 0 {
			return false
		}
		return slices.ContainsFunc(wordnet.Related(t.Stem), func(r wordnet.Relation) bool {
			return r.Kind == wordnet.Broader && causeStems[r.Stem]
		})
	})
}

// causeStems are WordNet's verbs of causing, as stems.
var causeStems = map[string]bool{text.Stem("cause"): true, text.StemPhrase("bring about"): true, text.Stem("necessitate"): true}

// givesNoCause is the fit for "Why...?" of a fact with no word that may give
// a cause: below the least fit that answers (decision.json's min_fit), for
// a fact that only tells the event asked about does not say why ("The
// numerical address of the site has also changed" for "Why was the site's
// address changed?").
const givesNoCause = 0.5

// sameAnswer reports whether, for "Who...?", another fact tells of the same
// action as the fact (both hold the question's verb) and names no one it
// does not as the one who did it: "a lawsuit brought by Spitzer" and
// "Spitzer sued Marsh" both say who brought the suit, so the second is no
// rival to the first. For "When...?", whether both give the same date; for
// "How many...?", the same figure; for "Where...?", the same places, the
// other naming none this one does not; for a yes-no question, the same Yes
// or No from the same story (another story's "planned job cuts" is no
// second word on "Are more walkouts planned?").
func sameAnswer(q question, r, other ranked, ix *index.Index) bool {
	switch q.Type {
	case askWhen:
		d := dateLead(q, r.c)
		return d != "" && d == dateLead(q, other.c)
	case askHowMany:
		// "How many were killed?": two facts that give the same figure of
		// it agree.
		d := figureLead(q, r.c)
		return d != "" && strings.EqualFold(d, figureLead(q, other.c))
	case askWho:
		if q.owners != nil {
			d := q.owners[r.c]
			return d != "" && d == q.owners[other.c]
		}
	case askYesNo:
		d := yesNoReading(q, r.c)
		return d != "" && r.c.Story == other.c.Story && d == yesNoReading(q, other.c)
	case askWhich:
		// "Which newspaper did Griffin speak to?": two facts in which he
		// told the Independent agree.
		ours, theirs := newOfKind(q, r.c, ix), newOfKind(q, other.c, ix)
		return len(ours) > 0 && len(theirs) > 0 && !slices.ContainsFunc(theirs, func(id string) bool { return !slices.Contains(ours, id) })
	case askWhere:
		// "Where are Portishead from?": two facts that name Bristol, and no
		// other place, agree.
		ours, theirs := placesNamed(q, r.c, ix, false), placesNamed(q, other.c, ix, false)
		return len(ours) > 0 && len(theirs) > 0 && !slices.ContainsFunc(theirs, func(p string) bool { return !slices.Contains(ours, p) })
	}
	if q.Type != askWho || r.f[fAction] < verbHeld || other.f[fAction] < verbHeld {
		return false
	}
	theirs := answerers(q, other.c, ix)
	if len(theirs) == 0 {
		return false
	}
	ours := answerers(q, r.c, ix)
	for _, id := range theirs {
		if !slices.Contains(ours, id) {
			return false
		}
	}
	return true
}

// answerers lists the entities a fact names that could answer "Who...?":
// those that can act, other than the question's.
func answerers(q question, c *index.Doc, ix *index.Index) []string {
	var out []string
	for id := range c.Roles {
		if isAgent(ix.Names.Kind(id)) && !q.names(id) {
			out = append(out, id)
		}
	}
	return out
}

// placeKind reports whether an entity of this kind is a place: a country or
// any other.
func placeKind(kind string) bool { return kind == "place" || kind == "country" }

// isAgent reports whether an entity of this kind can be the "who" of an answer.
func isAgent(kind string) bool {
	return kind == "person" || kind == "group" || kind == "organization" || kind == "country"
}

// onlyAskedTime reports whether the only time a fact gives is one the question
// gives already: "When did X happen in 2004?" wants more than "in 2004".
func onlyAskedTime(q question, c *index.Doc) bool {
	if len(q.specific) == 0 {
		return false
	}
	if c.Date != "" && !slices.Contains(q.specific, c.Date[:min(4, len(c.Date))]) {
		return false
	}
	for _, t := range c.Tokens() {
		if monthWords[t.Norm] || yearRE.MatchString(t.Norm) && !slices.Contains(q.specific, t.Norm) {
			return false
		}
	}
	return true
}

// editionTimeOnly reports whether every time a fact gives is said by a
// possessive before a name the question gives ("nominated at this year's
// Brit Awards"): it says which of the event's editions the fact means, not
// when the event is.
func editionTimeOnly(q question, c *index.Doc, ix *index.Index) bool {
	if c.Date != "" || yearRE.MatchString(c.Statement) || namesMonth(c) {
		return false
	}
	toks := c.Tokens()
	asked := map[int]bool{} // where a name the question gives begins
	for _, m := range c.Mentions(ix.Names) {
		if slices.ContainsFunc(m.IDs, q.names) {
			asked[m.From] = true
		}
	}
	found := false
	for i := range toks {
		_, to, ok := placedTime(toks, i)
		if !ok {
			continue
		}
		if !toks[to-1].Possessive || !asked[to] {
			return false
		}
		found = true
	}
	return found
}

// timedOnlyByAskedEvent reports whether the only time a fact gives is a
// clause after "when" that tells the very event the question asks the time
// of: "frequencies freed up when the UK switches off its analogue signal"
// does not say when the UK will switch it off. Nor does a clause set off
// after the event the question names tell when that was: "at the last
// general election, when immigration became an issue" tells what happened
// at it.
func timedOnlyByAskedEvent(q question, c *index.Doc, ix *index.Index) bool {
	if saysTime(c) {
		return false
	}
	toks := c.Tokens()
	w := slices.IndexFunc(toks, func(t text.Token) bool { return t.Norm == "when" && !t.First })
	if w < 0 {
		return false
	}
	// "at the last general election, when immigration became an issue"
	// tells what happened at the election asked about, not when it was.
	if w > 0 && commaBetween([]rune(c.Statement), toks[w-1], toks[w]) &&
		slices.ContainsFunc(c.Mentions(ix.Names), func(m index.Mention) bool { return m.To == w && slices.ContainsFunc(m.IDs, q.names) }) {
		return true
	}
	vt := q.verbTerm()
	return vt != nil && termCreditIn(" "+stemsFrom(toks, w+1, len(toks))+" ", *vt) >= verbHeld
}

// deniesAction reports whether a fact says the question's action did not
// happen ("The survey did not interview teenagers") where the question asks
// how many, when, where or who did it ("How many people did Pew
// interview?"): it tells of no such action, so gives none of its details.
func deniesAction(q question, c *index.Doc) bool {
	switch q.Type {
	case askHowMany, askWhen, askWhere, askWho:
	default:
		return false
	}
	vt := q.verbTerm()
	if vt == nil || negated(q.Toks, q.verbAt) {
		return false
	}
	toks := c.Tokens()
	vi := vt.firstIn(toks, 0)
	return vi >= 0 && negated(toks, vi) && !doneOnlyLater(c, toks, vi)
}

// doneOnlyLater reports whether the negated verb at vi is followed, in its
// clause, by "until": "OutKast did not have their first UK hit until 2001"
// says they had it in 2001, not that they never did.
func doneOnlyLater(c *index.Doc, toks []text.Token, vi int) bool {
	rs := []rune(c.Statement)
	for k := vi + 1; k < len(toks) && !clauseEnd(rs, toks[k-1].End); k++ {
		if toks[k].Norm == "until" || toks[k].Norm == "till" {
			return true
		}
	}
	return false
}

// foretoldOnly reports whether a question asks who, which, how many, when or
// where of an act done ("Who won the election?", "How many seats did Labour
// win?") and a fact tells of it only as to come: after a modal ("will win",
// "could win") or a verb of what is to come before "to" ("is expected to
// win", "is set to win"). It says what was foreseen, not what was done.
func foretoldOnly(q question, c *index.Doc) bool {
	switch q.Type {
	case askHowMany, askWhen, askWhere, askWho, askWhich:
	default:
		return false
	}
	vt := q.verbTerm()
	if vt == nil || !q.asksDone() {
		return false
	}
	toks := c.Tokens()
	vi := vt.firstIn(toks, 0)
	if vi < 1 || termCreditIn(" "+toks[vi].Stem+" ", *vt) < verbHeld {
		return false // "refused" is no "will act"
	}
	prev := toks[vi-1].Norm
	return modals[prev] || prev == "to" && vi >= 2 && (semiModals[toks[vi-2].Norm] || toks[vi-2].Norm == "expected")
}

// asksDone reports whether a question asks of an act in the past: its verb
// after "did", or itself in the past tense with no auxiliary of what is to
// come ("Who won...?").
func (q question) asksDone() bool {
	if slices.ContainsFunc(q.Toks[:q.verbAt], func(t text.Token) bool { return t.Norm == "did" }) {
		return true
	}
	if slices.ContainsFunc(q.Toks, func(t text.Token) bool { return modals[t.Norm] || semiModals[t.Norm] || presentAux[t.Norm] }) {
		return false
	}
	v := q.Toks[q.verbAt]
	return strings.HasSuffix(v.Norm, "ed") || irregularForm(v.Norm)
}

// asksAhead reports whether a when-question asks of what is to come: "When
// will...?", "When is the next...?", and in the present, "When is the
// Budget?", "When do France play Ireland?": what is still to happen.
func asksAhead(q question) bool {
	if i := slices.IndexFunc(q.Toks, func(t text.Token) bool { return t.Norm == "when" }); i >= 0 && i+1 < len(q.Toks) && presentAux[q.Toks[i+1].Norm] {
		return true
	}
	return slices.ContainsFunc(q.Toks, func(t text.Token) bool { return t.Norm == "will" || t.Norm == "next" || t.Norm == "upcoming" })
}

// presentAux are the auxiliaries of the present tense.
var presentAux = text.Set(`is are do does`)

// onlyPastYears reports whether every year a fact gives is before the year
// its source was published, and it gives one: "in September 2004", told in
// 2005, does not say when Egypt's next qualifier is.
func onlyPastYears(c *index.Doc) bool {
	published := c.Cite.Published
	if len(published) < 4 {
		return false
	}
	years := yearRE.FindAllString(c.Statement+" "+c.Date, -1)
	return len(years) > 0 && !slices.ContainsFunc(years, func(y string) bool { return y >= published[:4] })
}

// onlyPastStretches reports whether every time a fact gives is a stretch
// of time placed in the past ("earlier this season", "last week", "two
// years ago"), with no year, date, month or clock time beside it: "a
// charge over a match earlier this season is still to be heard" does not
// say when it will be.
func onlyPastStretches(c *index.Doc) bool {
	if c.Date != "" || yearRE.MatchString(c.Statement) || namesMonth(c) || clockTime(c.Tokens()) {
		return false
	}
	toks := c.Tokens()
	found := false
	for i := range toks {
		from, to, ok := placedTime(toks, i)
		if !ok {
			continue
		}
		found = true
		if !slices.ContainsFunc(toks[max(0, from-1):min(len(toks), to+1)], func(t text.Token) bool { return pastTimeWords[t.Norm] }) {
			return false
		}
	}
	return found
}

// pastTimeWords are the words that place a stretch of time in the past.
var pastTimeWords = text.Set(`last ago earlier previous past recent`)

// actedWithoutDoer reports whether a fact tells the act a who-question asks
// the doer of ("Who fired Ann Kite?") only in the passive, with no "by"
// after it: "before being fired", "before he was killed", "was reportedly
// shot" say it was done, not by whom, unless a teller is named after it
// ("has been estimated at $40,000 a day, said Jason Stilwell"). Only for a
// question that asks the doer, its verb right after "who" or after "who"
// and auxiliaries ("Who is seeking deals?", "Who has fired him?"); "Who
// was fired?" asks who it was done to. Read before the role a question
// names ("the member"), which is whom it was done to.
func actedWithoutDoer(q question, c *index.Doc) bool {
	vt := q.verbTerm()
	if vt == nil || !q.asksWhoDid() {
		return false
	}
	toks := c.Tokens()
	told := false
	for i, t := range toks {
		if !vt.heldWellBy(t) || wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb == 0 {
			continue // not the act, or a noun for it ("death threats")
		}
		be := i - 1 // "was shot", or over an adverb: "was reportedly shot"
		if i > 1 && lyAdverb(toks[i-1]) {
			be = i - 2
		}
		if i == 0 || !beForms[toks[be].Norm] || strings.HasSuffix(t.Norm, "ing") || !strings.HasSuffix(t.Norm, "ed") && t.Norm == t.Stem {
			return false // said in the active ("are running"), or as a noun
		}
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			if toks[k].Norm == "by" {
				return false
			}
		}
		if slices.ContainsFunc(toks[i+1:], func(t text.Token) bool { return sayStems[t.Stem] }) {
			return false // "has been estimated at $40,000 a day, said Jason Stilwell": his estimate
		}
		told = true
	}
	return told
}

// lyAdverb reports whether a word is an adverb made with "-ly"
// ("reportedly", "allegedly"), which WordNet files under its stem.
func lyAdverb(t text.Token) bool {
	return strings.HasSuffix(t.Norm, "ly") && wordnet.PartsOfSpeech(t.Stem)&wordnet.Adverb != 0
}

// asksWhoDid reports whether a who-question asks who does its verb's act:
// the verb right after "who", or after auxiliaries in the active ("Who is
// seeking", "Who will buy"); not after "did", whose question names the doer
// ("Who did Tyson beat?"), nor a participle after a form of "be" ("Who was
// fired?").
func (q question) asksWhoDid() bool {
	if q.verbAt < 1 || q.Toks[0].Norm != "who" || q.verbTerm() == nil {
		return false
	}
	toks := q.Toks[:q.verbAt+1]
	verb := toks[len(toks)-1]
	be := false
	for _, t := range toks[1 : len(toks)-1] {
		if !auxiliaries[t.Norm] && t.Norm != "been" || t.Norm == "do" || t.Norm == "does" || t.Norm == "did" {
			return false
		}
		be = be || beForms[t.Norm]
	}
	return !be || strings.HasSuffix(verb.Norm, "ing")
}

// whereFit is how well a fact says where: a place it names, a venue, a spot.
func whereFit(q question, c *index.Doc, ix *index.Index) float64 {
	// A fact's curated place is where it happened, which answers no
	// "Where is X from?".
	if c.Place != "" && !asksOrigin(q) && !placeGivenBy(q, c.Place) || namesPlace(q, c, ix) || namesVenue(q, c, ix) || q.position && statesPosition(c) {
		return 1
	}
	if placeHyphened(q, c) {
		return 1 // "Where is the OECD based?": "the Paris-based think tank"
	}
	if nameBeforeWhere(q, c) {
		return 0.9 // "Where did Owen make his name?": "the Premiership, where he first made his name"
	}
	if namesSpot(q, c) || namesEndpoint(q, c) {
		return 0.8 // "in the left corner", "going to charity": a place, if not one with a name
	}
	if asksOrigin(q) && statesNationality(c) {
		return 0.9 // "Where is Kluft from?": "Swedish heptathlete Carolina Kluft", less surely than a place
	}
	if _, ok := levelAt(q, c); ok {
		return 0.9 // "Where did the shares close?": "closed at 270.25p"
	}
	if placedInAsked(q, c) {
		return 0.9 // "Where are United in the league table?": "leaves United fourth in the league"
	}
	return 0.4
}

// placeGivenBy reports whether a fact's curated place is one the question
// names itself: "Where did the DS go on sale before Europe?" is not told
// by a fact placed in Europe.
func placeGivenBy(q question, place string) bool {
	toks := text.Tokenize(place)
	return len(toks) > 0 && !slices.ContainsFunc(toks, func(t text.Token) bool { return !q.norms[t.Norm] && !text.IsStopword(t.Norm) })
}

// placeHyphened reports whether a fact gives a place, or a people's name for
// one, joined by a hyphen to the question's verb: "the Paris-based think
// tank" says where it is based, "the Tunisian-born director" where he was
// born, though the curator made the whole phrase a name.
func placeHyphened(q question, c *index.Doc) bool {
	vt := q.verbTerm()
	if vt == nil {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i := 1; i < len(toks); i++ {
		p := toks[i-1]
		if hyphenBetween(rs, p, toks[i]) && vt.heldWellBy(toks[i]) && !q.stems[p.Stem] &&
			(wordnet.IsPlace(p.Stem) || wordnet.IsNationality(p.Norm, p.Stem)) {
			return true
		}
	}
	return false
}

// nameBeforeWhere reports whether a fact names a place, or anything with a
// name, right before ", where" and says a word of the question after it:
// the name is where what it tells is.
func nameBeforeWhere(q question, c *index.Doc) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for w := 1; w < len(toks); w++ {
		p := toks[w-1]
		if toks[w].Norm != "where" || !p.Upper || q.norms[p.Norm] || !commaBetween(rs, p, toks[w]) {
			continue
		}
		if slices.ContainsFunc(q.Terms, func(t qterm) bool { return !t.Light && slices.ContainsFunc(toks[w+1:], t.heldWellBy) }) {
			return true
		}
	}
	return false
}

// countsThings reports whether a how-many question counts things, not
// people: a share of people answers a count of them as surveys give it ("How
// many Britons...?": "a third of Britons"), a share of things does not ("How
// many PCs did the survey scan?": "90% of PCs").
func countsThings(counted []qterm) bool {
	return len(counted) > 0 && !slices.ContainsFunc(counted, func(t qterm) bool {
		return countsPeople(t) || anyPerson[t.Text] || wordnet.IsPlace(t.Alts[0].Stem)
	})
}

// personByPronounOnly reports whether a question names no one and speaks
// of one person by a pronoun alone ("Where was he detained?"), as a
// reporter does who has the story's person in mind.
func personByPronounOnly(q question) bool {
	return len(q.Entities) == 0 && slices.ContainsFunc(q.Toks, func(t text.Token) bool { return text.IsPersonPronoun(t.Norm) })
}

// aboutPerson reports whether a fact is about a person: one of its
// entities (the curated ones and every name its words hold, see
// index.Roles) is a person, or it speaks of one by a pronoun or a noun for
// a kind of person ("the late film-maker"). A question about "he" is not
// answered by a fact with no one in it.
func aboutPerson(c *index.Doc, ix *index.Index) bool {
	for id := range c.Roles {
		if ix.Names.Kind(id) == "person" {
			return true
		}
	}
	return slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		return text.IsPersonPronoun(t.Norm) || !t.Upper && wordnet.Marked(t.Norm, t.Stem, wordnet.People)
	})
}

// commonNameLacked reports whether a fact lacks a thing a yes-no question
// names by a common noun ("the anniversary show"), in every word of it:
// the question asks whether what it tells holds of that thing, and a fact
// without it settles nothing of it, though the ranking forgives a missing
// common noun.
func commonNameLacked(q question, c *index.Doc, ix *index.Index) bool {
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
		if !q.commonNoun(m) {
			return false
		}
		if cr, _ := entityCredit(c, m, ix); cr > 0 || saysName(c, m, ix) {
			return false
		}
		// A word of its name said otherwise ("an election attack": "a
		// possible attack during the campaign") may still be the thing.
		return !slices.ContainsFunc(q.Toks[m.From:m.To], func(t text.Token) bool {
			return !text.IsStopword(t.Norm) && strings.Contains(c.Terms, " "+t.Stem+" ")
		})
	})
}
