package answer

import (
	"maps"
	"strconv"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"slices"
	"sort"
	"strings"
)

// saidByThem is the least fit of a fact that is what the one a question asks
// about said: their quote, or their body's.
const saidByThem = 0.9

// groupCredit is what a fact about a group earns for a question about one of its
// members (or the reverse): related, but not the same ("Eswatini's ambassador" is
// not the coalition's spokesman).
const groupCredit = 0.25

// absentPenalty multiplies the weight of question words that no fact holds.
const absentPenalty = 1.5

// ranked is a candidate with its score, its features, and whether it answers.
type ranked struct {
	c        *index.Doc
	score    float64
	coverage float64
	fit      float64
	f        features
	answers  bool
}

// rank scores candidates by how much of the question they cover (words weighted
// by rarity, entities by how few facts are about them), by how well they fit the
// kind of answer wanted, and by the roles entities play in them, best first;
// then the decision says which of them answer.
func rank(q question, cands []*index.Doc, ix *index.Index) []ranked {
	termTotal, maxTerm := 0.0, 0.0
	for _, t := range q.Terms {
		w := t.Weight
		if t.Absent {
			// A concept the knowledge base has never recorded, in any of its words,
			// is strong evidence the answer is not held: it weighs more.
			w *= absentPenalty
		}
		termTotal += w
		maxTerm = max(maxTerm, w)
	}
	entW := make([]float64, len(q.Entities))
	soft := make([]bool, len(q.Entities))
	common := make([]bool, len(q.Entities))
	entTotal, hardTotal := 0.0, 0.0
	for i, m := range q.Entities {
		entW[i] = ix.EntityWeight(m.IDs)
		entTotal += entW[i]
		common[i] = q.commonNoun(m)
		if soft[i] = common[i]; !soft[i] {
			hardTotal += entW[i]
		}
	}
	if hardTotal == 0 {
		// A question whose only entities are common nouns ("Who signed the
		// statement?") is about them: they must be matched.
		clear(soft)
		hardTotal = entTotal
	}
	total := termTotal + entTotal
	if total == 0 {
		return nil
	}
	spec := q.specific
	named := namedWords(q, ix)
	askedRoles := q.askedRoles()
	verbRoles := q.verbRoles()
	action := q.actionAt()
	// "How did Brown respond to the strike?", "What does Cescau think of the
	// results?": a verb of telling or thinking is answered by what the one
	// asked about said, in whatever words the fact has for saying it.
	speechAsked := q.Type == askWhat && q.verbAt >= 0 && !q.verbless() && speechVerb(q, ix)
	askedNames := askedNameWords(q, ix.Names)
	focusFrom, focusTo := q.focusSpan()
	qualifiers := q.countedQualifiers()
	heldAt := make([]bool, len(q.Toks)) // the question's words a fact holds, by place
	byWeight := slices.Clone(q.Terms)
	sort.SliceStable(byWeight, func(i, j int) bool { return byWeight[i].Weight > byWeight[j].Weight })
	out := make([]ranked, 0, len(cands))
	// The weight each candidate holds of each of the question's words (in
	// byWeight's order), then of each entity, for storyFocus.
	width := len(byWeight) + len(q.Entities)
	held := make([]float64, len(cands)*width)
	for ci, c := range cands {
		var r ranked
		r.c = c
		got := held[ci*width : (ci+1)*width]
		termGot, entGot, hardGot, weak, matched := 0.0, 0.0, 0.0, 0.0, 0.0
		own := false                                           // the fact holds a word of the question itself
		restGot, restTotal := 0.0, 0.0                         // the words but the verb
		lightLacked, heavyLacked, heldTotal := 0.0, false, 0.0 // see lightForgiven
		used := map[string]string{}                            // a fact's word answers for one question word
		clear(heldAt)
		claimed := claimedWords(c, byWeight)
		for ti, t := range byWeight {
			w := t.Weight
			if t.Absent {
				w *= absentPenalty
			}
			cr, stem := termMatchOutsideNames(c, ix.Names, t, askedNames, claimed)
			if cr > titleCredit && t.At == q.verbAt && action && q.Type != askWho && q.Type != askWhoSaid && q.Type != askSay && canBeVerb(q.Toks[t.At]) && c.TitleOnly(ix.Names)[stem] {
				cr = titleCredit
			}
			if t.At == q.verbAt && cr < 1 {
				// "Who chairs the committee?": "Committee chairman Edward
				// Leigh" says who does the chairing.
				if k := slices.IndexFunc(verbRoles, func(r string) bool { return strings.Contains(c.Terms, " "+r+" ") }); k >= 0 {
					cr, stem = 1, verbRoles[k]
				}
			}
			if cr == 0 && speechAsked && t.At == q.verbAt && speaks(q, c, ix) {
				cr, stem = 1, "\x00said"
			}
			if cr < moneyCredit && t.Money && statesMoney(c) {
				cr, stem = moneyCredit, "\x00money"
			}
			if cr < ratioCredit && t.Ratio && q.Type == askHowMany && statesPercentage(c) {
				cr, stem = ratioCredit, "\x00ratio"
			}
			if cr < focusCredit && t.At >= focusFrom && t.At < focusTo && namesFocusKind(q, t, c, ix) {
				cr, stem = focusCredit, "\x00kind "+t.Alts[0].Stem
			}
			if cr < timeCredit && t.Time && hasRelativeTime(c) {
				cr, stem = timeCredit, "\x00time"
			}
			if by, ok := used[stem]; ok && by != t.Alts[0].Stem {
				cr = 0
			} else if cr > 0 {
				used[stem] = t.Alts[0].Stem
			}
			if t.At == q.verbAt {
				r.f[fVerb] = cr
				if action {
					r.f[fAction] = cr
				}
				if cr == 0 && !t.Light && q.asksDoer() {
					r.f[fDoerLacked] = 1
				}
			} else {
				restGot, restTotal = restGot+cr*w, restTotal+w
			}
			termGot += cr * w
			got[ti] = cr * w
			heldAt[t.At] = cr > 0
			own = own || cr >= 1
			if cr > 0 {
				weak += (1 - cr) * w
				matched += w
			} else if maxTerm > 0 {
				r.f[fMissingTerm] = max(r.f[fMissingTerm], w/maxTerm)
			}
			if cr == 0 && t.Light {
				lightLacked += w
			} else {
				heldTotal += w
				heavyLacked = heavyLacked || cr == 0
			}
		}
		var roles map[string]string
		for i, m := range q.Entities {
			cr, _ := entityCredit(c, m, ix)
			if cr == 0 && (common[i] && saysName(c, m, ix) || len(askedRoles) > 0 && holderFor(q, c, m, askedRoles, ix)) {
				cr = 1
			}
			if cr == 0 {
				r.f[fMissingEntity] = 1
				continue
			}
			entGot += cr * entW[i]
			got[len(byWeight)+i] = cr * entW[i]
			if !soft[i] {
				hardGot += cr * entW[i]
			}
			if roles == nil {
				roles = textRoles(q, c, ix)
			}
			switch want, got := q.roleOf(m), roleIn(roles, m.IDs); {
			case want == "" || got == "":
			case want == got:
				r.f[fRole] = 1
			default:
				r.f[fRoleClash] = 1
			}
		}
		if n := nearPairs(q, c, ix); n > 0 {
			r.f[fNear] = 1
		}
		if predicateFit(q, c) > 0 {
			r.f[fPredicate] = 1
		}
		r.coverage = (termGot + entGot) / total
		r.fit = typeFit(q, c, ix)
		if r.fit > 0 && action && deniesAction(q, c) {
			r.fit = 0
		}
		if q.Type == askSay && r.fit >= saidByThem {
			// "What did X say about...?": the action asked is X saying, and
			// the fact is what X (or X's spokesman) said.
			r.f[fAction] = 1
		}
		r.f[fLede] = 1 / float64(1+c.Position)
		r.f[fYesNo] = b2f(q.Type == askYesNo)
		r.f[fWho] = b2f(q.Type == askWho || q.Type == askWhoSaid)
		r.f[fFigure] = b2f(q.Type == askHowMany)
		r.f[fWhen] = b2f(q.Type == askWhen)
		r.f[fSay] = b2f(q.Type == askSay)
		if q.Type == askHowMany && r.fit == 1 && q.counted != nil && countsWords(c, q.countedNoun) && !slices.ContainsFunc(qualifiers, func(at int) bool { return !heldAt[at] }) {
			r.f[fCounts] = 1
		}
		if q.Type == askHowMany && q.counted != nil && !counts(c, q.countedNoun, ix) {
			r.f[fUncounted] = 1
		}
		if q.verbAt < 0 {
			r.f[fVerb] = 1
		}
		r.f[fCoverage] = r.coverage
		r.f[fTermCoverage], r.f[fEntityCoverage] = 1, 1
		if termTotal > 0 && !own && len(q.Entities) == 0 {
			r.f[fNoOwnWord] = 1
		}
		r.f[fRestCoverage] = 1
		if restTotal > 0 {
			r.f[fRestCoverage] = restGot / restTotal
		}
		r.f[fHeldCoverage] = 1
		if termTotal > 0 {
			r.f[fTermCoverage] = termGot / termTotal
			r.f[fHeldCoverage] = r.f[fTermCoverage]
			switch {
			case !lightForgiven(lightLacked, heavyLacked, total):
			case heldTotal > 0:
				r.f[fHeldCoverage] = termGot / heldTotal
			default:
				// Its words all light ("What day was the strike
				// held?"), the question is held by its names alone,
				// as one with no words is.
				r.f[fHeldCoverage], r.f[fNoWords] = 1, 1
			}
		} else if q.Type != askSay {
			r.f[fNoWords] = 1 // "What did X say?" asks for what X said, whatever it was
		}
		if hardTotal > 0 {
			r.f[fEntityCoverage] = hardGot / hardTotal
		}
		r.f[fFit] = r.fit
		if matched > 0 {
			r.f[fWeakMatch] = weak / matched
		}
		if specificAbsent(spec, c) || namesAbsent(named, c) {
			r.f[fSpecificAbsent] = 1
		}
		rest := r.f[fRestCoverage]
		if restTotal == 0 && !slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return q.roleOf(m) != "subject" }) {
			rest = 0 // nothing asked of the subject but the act: the act is all it asks
		}
		r.f[fStates] = b2f(states(q, c, r.f[fVerb], rest, heldAt, ix))
		r.score = decision.score(r.f)
		out = append(out, r)
	}
	storyFocus(out, held, width, total)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	decide(q, out, ix, false)
	if !slices.ContainsFunc(out, func(r ranked) bool { return r.answers }) {
		// Facts that agree on who did it are no rivals (see sameAnswer);
		// only for a question no fact answers otherwise, so that the
		// answer stays the fact that answers on its own.
		decide(q, out, ix, true)
	}
	return out
}

// decide sets each ranked fact's margin and whether it answers; agree
// counts a fact that gives the same answer (sameAnswer) as no rival.
func decide(q question, out []ranked, ix *index.Index, agree bool) {
	for i := range out {
		// The margin is over the best other fact in the running: one that
		// gives the kind of answer wanted, as surely as this one does. A
		// fact of the same event that cannot answer ("the union will shift
		// its headquarters to another pier" for "Which pier...?"), or less
		// surely ("when the pier closes" against "closing it because..."
		// for "Why...?"), is no rival to the one that can, though it holds
		// as many of the question's words.
		next, rival := 0.0, false
		for j := range out {
			if j != i && out[j].fit >= decision.Rules.MinFit && out[j].fit >= out[i].fit && !(agree && sameAnswer(q, out[i], out[j], ix)) {
				next, rival = out[j].score, true
				break
			}
		}
		out[i].f[fMargin] = 1
		if rival {
			out[i].f[fMargin] = max(-1, min(1, out[i].score-next))
		}
		out[i].answers = out[i].fit > 0 && decision.Rules.answers(out[i].f)
	}
}

// termCredit is 1 when the fact holds the word itself, less for a synonym.
func termCredit(c *index.Doc, t qterm) float64 { return termCreditIn(c.Terms, t) }

// termCreditIn is termCredit over padded index terms (" a b c ").
func termCreditIn(terms string, t qterm) float64 {
	cr, _ := termMatch(terms, t)
	return cr
}

// termMatch finds the strongest of a term's alternatives in padded index terms,
// and which it is.
func termMatch(terms string, t qterm) (float64, string) { return termMatchExcept(terms, t, nil, nil) }

// termMatchExcept is termMatch where the stems in except, or claimed, match
// only as the word itself, never as another word's alternative.
func termMatchExcept(terms string, t qterm, except, claimed map[string]bool) (float64, string) {
	best, stem := 0.0, ""
	for i, a := range t.Alts {
		if a.Weight > best && (i == 0 || !except[a.Stem] && !claimed[a.Stem]) && strings.Contains(terms, " "+a.Stem+" ") {
			best, stem = a.Weight, a.Stem
		}
	}
	if best < partsCredit && len(t.Parts) > 0 && !slices.ContainsFunc(t.Parts, func(p string) bool {
		return except[p] || !strings.Contains(terms, " "+p+" ")
	}) {
		best, stem = partsCredit, t.Alts[0].Stem
	}
	return best, stem
}

// moneyCredit is what a fact that gives a sum of money ("the full £7.4m
// from the UK Treasury") earns for a question's word for money ("How much
// cash is coming from the Treasury?"): the sum is the money, as a synonym
// would be; no more, for the fact does not say which money it is.
const moneyCredit = 0.85

// ratioCredit is what a fact that gives a percentage ("43% were
// unwilling") earns for a question's word for a ratio when it asks for a
// figure ("What proportion won't hand over personal details?"): the
// percentage is the proportion, as a sum is the money (see moneyCredit).
const ratioCredit = moneyCredit

// timeCredit is what a fact that places what it tells in time in its own
// words ("last Thursday") earns for a stretch of time a question places
// ("Where was the director honoured last week?"): it says when, if not in
// the question's words; about what a broader word earns.
const timeCredit = 0.5

// partsCredit is what a fact earns for a compound noun of the question
// ("takeover bid") whose words it says apart ("Sainsbury's bid ... a
// takeover"): most of its meaning, but the words need not go together.
const partsCredit = 0.7

// titleCredit is what a fact earns for the question's verb when it holds it
// only in the recorded title of who acts or speaks in it ("When was she
// banned?": every fact Kelli White, "banned American sprinter", tells): the
// title says the event happened, not that the fact tells of it, as "a
// two-year ban in May" does; about what a synonym earns. A who-question
// keeps the full credit ("Who was banned?" asks for the one so titled), and
// so does a question for what someone said, whose words beside "say" name
// the speaker ("What did residents say?").
const titleCredit = 0.85

// canBeVerb reports whether a question's word may be a verb: not a name
// ("Oxfam"), and a verb in WordNet.
func canBeVerb(t text.Token) bool {
	return (!t.Upper || t.First) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb != 0
}

// speechVerb reports whether the question's verb is one of telling or
// thinking, or its word is a form or close synonym of one, in WordNet or the
// lexicon: "What was the assembly's reaction?" asks what it said, as "How did
// the assembly react?" does.
func speechVerb(q question, ix *index.Index) bool {
	stem := q.Toks[q.verbAt].Stem
	if wordnet.IsSpeechVerb(stem) || slices.ContainsFunc(ix.Synonyms(stem), wordnet.IsSpeechVerb) {
		return true
	}
	return slices.ContainsFunc(wordnet.Related(stem), func(r wordnet.Relation) bool {
		return (r.Kind == wordnet.Synonym || r.Kind == wordnet.Derivation) && r.Weight >= 0.85 && wordnet.IsSpeechVerb(r.Stem)
	})
}

// speaks reports whether a fact gives what the question's subject (the one
// who responds, describes, thinks) said: they are its speaker, or its subject
// and it has them telling or thinking something.
func speaks(q question, c *index.Doc, ix *index.Index) bool {
	for _, m := range q.Entities {
		if q.roleOf(m) != "subject" {
			continue
		}
		for _, id := range m.IDs {
			if c.Speaker == id || c.Roles[id] == "subject" && saysSomething(c) {
				return true
			}
		}
		// "How did Plaid react?": its spokesman said so.
		if c.Speaker != "" && speaksFor(ix, c.Speaker, setOf(m.IDs)) {
			return true
		}
	}
	return false
}

func setOf(ids []string) map[string]bool {
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out
}

// saysSomething reports whether a fact's statement has a verb of telling or
// thinking: "Shepherd called Bellamy's behaviour unacceptable". A noun of the
// same stem is none: "a reputation as a fierce critic" tells nothing.
func saysSomething(c *index.Doc) bool {
	return slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		return wordnet.IsSpeechVerb(t.Stem) && !t.Upper && (verbForm(t) || text.IsReportingVerb(t.Norm))
	})
}

// termMatchOutsideNames is termMatch where only the word itself may match a
// word of one of the fact's names: "picket" is not matched by the "Watch" of
// "Human Rights Watch", though WordNet relates picket and watch.
// The words of the names of the entities the question names (asked) may:
// "What is the Balco lab charged with?" names the Balco laboratory, and its
// "lab" is the "laboratory" of that name.
//
// The stems in claimed are words of the fact that are words of the question
// themselves (see claimedWords): they answer for those, not for another word.
func termMatchOutsideNames(c *index.Doc, names *index.Names, t qterm, asked, claimed map[string]bool) (float64, string) {
	except := c.NameOnly(names)
	if len(asked) > 0 {
		for st := range except {
			if asked[st] {
				except = maps.Clone(except)
				maps.DeleteFunc(except, func(st string, _ bool) bool { return asked[st] })
				break
			}
		}
	}
	return termMatchExcept(c.Terms, t, except, claimed)
}

// claimedWords are the question's words that a fact says itself. Each
// answers for its own word before it may stand in for another: in "What did
// Marsh earn in the same period a year earlier?" the fact's "year" is the
// question's "year", not a narrower word for its "period" that would leave
// "year" unsaid.
func claimedWords(c *index.Doc, terms []qterm) map[string]bool {
	var out map[string]bool
	for _, t := range terms {
		if own := t.Alts[0].Stem; strings.Contains(c.Terms, " "+own+" ") {
			if out == nil {
				out = map[string]bool{}
			}
			out[own] = true
		}
	}
	return out
}

// askedNameWords are the stemmed words of every name of the entities a
// question names.
func askedNameWords(q question, names *index.Names) map[string]bool {
	out := map[string]bool{}
	for _, m := range q.Entities {
		for _, n := range names.StemmedNames(m.IDs) {
			for _, w := range strings.Fields(n) {
				out[w] = true
			}
		}
	}
	return out
}

// entityCredit is 1 when the fact is about the entity, less when it is about a group
// the entity belongs to (or a member of the group asked about).
func entityCredit(c *index.Doc, m index.Mention, ix *index.Index) (float64, string) {
	for _, id := range m.IDs {
		if role, ok := c.Roles[id]; ok {
			return 1, role
		}
	}
	for _, id := range m.IDs {
		for _, g := range ix.Names.GroupsOf(id) {
			if role, ok := c.Roles[g]; ok {
				return groupCredit, role
			}
		}
		for _, member := range ix.Names.Entities()[id].Members {
			if role, ok := c.Roles[member]; ok {
				return groupCredit, role
			}
		}
	}
	return 0, ""
}

// saysName reports whether a fact says, in its own words, one of the names
// of an entity the question names with a common noun: "Did the union rule
// out a walkout?" is answered by "did not rule out a strike" when the
// curator gave the walkout the alias "the strike", whichever story's strike
// the fact is about. A common noun names a kind of thing, not only the one
// thing the curator recorded under it.
func saysName(c *index.Doc, m index.Mention, ix *index.Index) bool {
	inNames := c.NameOnly(ix.Names)
	for _, s := range ix.Names.StemmedNames(m.IDs) {
		if strings.Contains(c.Terms, " "+s+" ") && !slices.ContainsFunc(strings.Fields(s), func(w string) bool { return inNames[w] }) {
			return true
		}
	}
	return false
}

// typeFit says how well a fact fits the kind of answer wanted: 0 rules it out.
func typeFit(q question, c *index.Doc, ix *index.Index) float64 {
	switch q.Type {
	case askHowMany:
		if q.howOften && statesFrequency(c) {
			return 1 // "every month": how often, with no figure
		}
		if !hasNewFigure(q, c, ix) && !countsOrdinal(c, q.counted) {
			return 0
		}
		if q.howOld && !statesAgeOf(q, c, ix) {
			return 0.3
		}
		switch {
		case q.counted != nil && !counts(c, q.counted, ix) && !(q.howMuch && statesMoney(c)), q.countedE != nil && !countsEntity(c, q.countedE, ix):
			return 0.5
		case othersFigure(q, c, ix):
			return 0.5 // the figure is another's: "Campese, who won 101 caps"
		case figuresOfOtherAction(q, c):
			return 0.5 // the figure is another action's: "rose 37%" for how far sales dropped
		case q.measureAt >= 0 && wordnet.IsMonetary(q.Toks[q.measureAt].Stem) && onlyPercentages(c):
			return 0.5 // "What price did the shares fall to?" asks a sum, not "fell 9.8%"
		case q.howMuch && onlyDurations(q, c):
			return 0.5 // "How much...?" asks an amount, not "60 seconds"
		case !q.howOld && onlyAges(c):
			return 0.5 // "How long is Campbell's contract?" is not "the 30-year-old Campbell"
		case figureOfOtherTime(q, c):
			return 0.5 // the figure is of another time: "since 1947" for this year
		}
		if mt := q.measuredTerm(); mt != nil && !figureBeside(c, *mt) {
			return untiedFigure
		}
		return 1
	case askWhen:
		return b2f(hasTime(c) && !onlyAskedTime(q, c))
	case askWhere:
		if c.Place != "" || namesPlace(q, c, ix) || namesVenue(q, c, ix) {
			return 1
		}
		return 0.4
	case askWhoSaid:
		switch {
		case c.Quote != "", c.Speaker != "":
			return 1
		case c.Subject != "" && isAgent(ix.Names.Kind(c.Subject)) && saysSomething(c):
			// "A clergyman has said the plot is laughable", its subject
			// the bishop: said, if not quoted.
			return 0.9
		}
		return 0.3
	case askSay:
		speakers := map[string]bool{}
		for _, id := range q.speakers {
			speakers[id] = true
		}
		if len(q.speakers) == 0 {
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
		// did to it ("called the criticism baseless"): a stance on the topic.
		stance := false
		for _, m := range q.Entities {
			for _, id := range m.IDs {
				stance = stance || !speakers[id] && c.Roles[id] == "object"
			}
		}
		switch {
		case c.Quote != "" && speakers[c.Speaker]:
			return 1
		case (speakers[c.Speaker] || speakers[c.Subject]) && reported, speakers[c.Subject] && stance:
			return 0.8
		case speakers[c.Speaker] || speakers[c.Subject]:
			return 0.2 // about them, but not something they said
		case len(speakers) == 0 && c.Quote != "":
			return 1 // "What did residents say?": the quotes first
		case len(speakers) == 0 && saidByWord(q, c):
			return 0.9 // "What did the official say?": "the senior official said"
		case len(speakers) == 0:
			return 0.5
		case c.Quote != "" && speaksFor(ix, c.Speaker, speakers):
			return 0.9 // "What did Human Rights Watch say?": its director did
		case speaksFor(ix, c.Speaker, speakers) || speaksFor(ix, c.Subject, speakers):
			return 0.7
		}
		// A document "says" what its text says; anyone else must be the one speaking.
		for id := range speakers {
			if ix.Names.Kind(id) == "document" && c.Roles[id] != "" {
				return 0.6
			}
		}
		return 0
	case askWho:
		if roles := q.askedRoles(); len(roles) > 0 {
			// "Who is the chief executive?" wants the person who holds that role,
			// named: not the company, nor another person of the story.
			fit := 0.1
			for id := range c.Roles {
				if ix.Names.Kind(id) != "person" || q.names(id) {
					continue
				}
				fit = max(fit, 0.5)
				switch holdsRole(ix, id, roles, c) {
				case roleStated:
					return 1
				case roleTitled:
					fit = 0.55 // they hold it, but the fact does not say so
				}
			}
			if fit < 0.5 && namesSomeoneNew(q, c, ix) {
				fit = 0.5
			}
			if vt := q.verbTerm(); len(q.verbRoles()) > 0 && vt != nil && termCredit(c, *vt) >= verbHeld {
				// "Who founded Balco?" asks for its founder, but "Victor
				// Conte founded Balco" names him by the action itself.
				fit = max(fit, doerFit(q, c, ix))
			}
			return fit
		}
		return doerFit(q, c, ix)
	case askWhat, askWhich:
		if focusAsAction(q, c) || q.Type == askWhich && !namesSomethingNew(q, c, ix) {
			return 0.5
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
		for _, w := range []string{" saying ", " after ", " over ", " to ", " amid "} {
			if strings.Contains(s, w) {
				return mayGiveCause
			}
		}
		return 0.6
	}
	return 1
}

// doerFit is how well a fact names who did what a who-question asks: an
// agent other than the question's own entities, else a capitalised name it
// does not know, a noun for a person beside the act, or a thing the fact
// makes act.
func doerFit(q question, c *index.Doc, ix *index.Index) float64 {
	if actOnlyAsBareNoun(q, c) {
		return 0.5
	}
	for id := range c.Roles {
		if isAgent(ix.Names.Kind(id)) && !q.names(id) {
			return 1
		}
	}
	if namesSomeoneNew(q, c, ix) || namesDoerByNoun(q, c, ix) {
		return 0.8
	}
	if !slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return q.roleOf(m) == "subject" }) {
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

// mayGiveCause is the fit for "Why...?" of a fact with a word that may give
// a cause ("to", "after"), not one that surely does ("because").
const mayGiveCause = 0.9

// sameAnswer reports whether, for "Who...?", another fact tells of the same
// action as the fact (both hold the question's verb) and names no one it
// does not as the one who did it: "a lawsuit brought by Spitzer" and
// "Spitzer sued Marsh" both say who brought the suit, so the second is no
// rival to the first.
func sameAnswer(q question, r, other ranked, ix *index.Index) bool {
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

// isAgent reports whether an entity of this kind can be the "who" of an answer.
func isAgent(kind string) bool {
	return kind == "person" || kind == "group" || kind == "organization" || kind == "country"
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// nearPairs counts the question's word-entity pairs, with no other content word
// between them, that the fact also says side by side in the same order.
func nearPairs(q question, c *index.Doc, ix *index.Index) int {
	n := 0
	for _, m := range q.Entities {
		for _, t := range q.Terms {
			switch {
			case t.At < m.From && !q.contentBetween(t.At+1, m.From):
				if nearInText(c.Terms, t.stems(), ix.Names.StemmedNames(m.IDs)) {
					n++
				}
			case t.At >= m.To && !q.contentBetween(m.To, t.At):
				if nearInText(c.Terms, ix.Names.StemmedNames(m.IDs), t.stems()) {
					n++
				}
			}
		}
	}
	return n
}

// contentBetween reports whether a content word or entity lies in tokens [from, to).
func (q question) contentBetween(from, to int) bool {
	for _, t := range q.Terms {
		if t.At >= from && t.At < to {
			return true
		}
	}
	for _, m := range q.Entities {
		if m.From >= from && m.From < to {
			return true
		}
	}
	return false
}

// nearInText reports whether one of firsts is followed, at most one word later, by
// one of seconds in the stemmed text.
func nearInText(text string, firsts, seconds []string) bool {
	for _, a := range firsts {
		for off := 0; ; {
			i := strings.Index(text[off:], " "+a+" ")
			if i < 0 {
				break
			}
			after := text[off+i+len(a)+1:] // starts with the space after a
			for _, b := range seconds {
				if strings.HasPrefix(after, " "+b+" ") {
					return true
				}
				if skip, rest, ok := strings.Cut(strings.TrimPrefix(after, " "), " "); ok && skip != index.PartBreak && strings.HasPrefix(" "+rest, " "+b+" ") {
					return true
				}
			}
			off += i + 1
		}
	}
	return false
}

// speaksFor reports whether the entity's recorded title names one of orgs: a
// director or spokesperson speaks for their organisation.
func speaksFor(ix *index.Index, id string, orgs map[string]bool) bool {
	e := ix.Names.Entities()[id]
	if e.Kind != "person" || e.Title == "" {
		return false
	}
	title := e.Title
	for _, m := range ix.Names.Find(text.Tokenize(title)) {
		for _, org := range m.IDs {
			if orgs[org] {
				return true
			}
		}
	}
	return false
}

// predicateBonus rewards a fact whose curated predicate is the question's verb:
// for "Who signed the statement?", the fact whose relation is "signed" is the
// answer, before one that merely says "joined" somewhere.
const predicateBonus = 0.06

func predicateFit(q question, c *index.Doc) float64 {
	if c.Predicate == "" {
		return 0
	}
	best := 0.0
	for _, t := range q.Terms {
		for _, a := range t.Alts {
			if strings.Contains(c.Pred, " "+a.Stem+" ") {
				best = max(best, predicateBonus*a.Weight*a.Weight)
			}
		}
	}
	return best
}

// onlyAges reports whether every figure a fact gives is someone's age ("The
// 30-year-old Campbell's current contract runs out in the summer").
func onlyAges(c *index.Doc) bool {
	if c.Value != nil && !ageUnit(c.Unit) {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	ages := agesAt(toks)
	n := 0
	for i, t := range toks {
		if quantityWords[t.Norm] || unicode.IsDigit(rune(t.Norm[0])) && !isYear(t, rs) {
			if !slices.Contains(ages, i) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// hasNewFigure reports whether a fact gives a figure the question does not: its
// value, or a number in its words that is neither one the question gives nor
// part of a name ("the Type 45 destroyer" states no amount).
func hasNewFigure(q question, c *index.Doc, ix *index.Index) bool {
	asked := map[string]bool{}
	for _, s := range q.specific {
		asked[s] = true
	}
	if c.Value != nil && !asked[formatFigure(*c.Value)] && !q.givenFigure(*c.Value) {
		return true
	}
	toks := c.Tokens()
	named := namedTokens(c, ix.Names)
	rs := []rune(c.Statement)
	for i, t := range toks {
		if named[i] || asked[t.Norm] {
			continue
		}
		if quantityWords[t.Norm] || unicode.IsDigit(rune(t.Norm[0])) && !isYear(t, rs) {
			return true
		}
	}
	return false
}

// isYear reports whether a token is a year as news copy writes one ("in
// 2003"), not a figure ("2,000 jobs"): four digits from 1900 to 2100, no comma.
func isYear(t text.Token, rs []rune) bool {
	y, err := strconv.Atoi(t.Norm)
	return err == nil && len(t.Norm) == 4 && y >= 1900 && y <= 2100 && !strings.ContainsRune(string(rs[t.Start:t.End]), ',')
}

// formatFigure writes a value as the tokenizer writes a number: 43, 2.5.
func formatFigure(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// ageWords say a figure is someone's age.
var ageWords = text.Set(`aged age old year-old years-old`)

// agesAt lists the tokens of the ages a fact's words give: "Bellamy is 25",
// "aged 73", "the 33-year-old", "Collins is 33 years old".
func agesAt(toks []text.Token) []int {
	var out []int
	for i, t := range toks {
		if !unicode.IsDigit(rune(t.Norm[0])) {
			continue
		}
		near := func(k int) bool { return k >= 0 && k < len(toks) && ageWords[toks[k].Norm] }
		if near(i-1) || near(i+1) || near(i+2) && (toks[i+1].Norm == "year" || toks[i+1].Norm == "years") || i > 0 && beForms[toks[i-1].Norm] && i == len(toks)-1 {
			out = append(out, i)
		}
	}
	return out
}

// statesAgeOf reports whether a fact gives the age of the one the question
// asks about: "How old is Ferguson?" is not answered by "his fiancee
// Annabella Holmes, 47". A name the question gives as an owner ("How old is
// Ferguson's fiancee?") is not the one asked about; when it names no one
// else, any age the fact gives will do.
func statesAgeOf(q question, c *index.Doc, ix *index.Index) bool {
	var asked []string
	for _, e := range q.Entities {
		if !q.Toks[e.To-1].Possessive {
			asked = append(asked, e.IDs...)
		}
	}
	toks := c.Tokens()
	isAsked := func(m index.Mention) bool {
		return slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(asked, id) })
	}
	if ages := agesAt(toks); len(ages) > 0 {
		// An age told before the one asked about is named is someone
		// else's: "A 29-year-old nurse found Ferguson". Where the words
		// do not name them, it is theirs: "The 33-year-old was banned".
		before, named := false, false
		for _, m := range ix.Names.Find(toks) {
			if isAsked(m) {
				named = true
				before = before || m.From < ages[len(ages)-1]
			}
		}
		if before || !named {
			return true
		}
	}
	for _, m := range ix.Names.Find(toks) {
		if m.To < len(toks) && appositiveAge(c.Statement, toks, m.To) &&
			(len(asked) == 0 || slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(asked, id) })) {
			return true
		}
	}
	return false
}

// appositiveAge reports whether token i is an age as news copy gives one, set
// off by commas after a name: "Michael Ferguson, 36, escaped", "his fiancee
// Annabella Holmes, 47, whom he met".
func appositiveAge(statement string, toks []text.Token, i int) bool {
	if i == 0 || !toks[i-1].Upper || len(toks[i].Norm) > 3 {
		return false
	}
	if n, err := strconv.Atoi(toks[i].Norm); err != nil || n > 120 {
		return false
	}
	rs := []rune(statement)
	if strings.TrimSpace(string(rs[toks[i-1].End:toks[i].Start])) != "," {
		return false
	}
	after := strings.TrimSpace(string(rs[toks[i].End:]))
	return after == "" || strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")
}

// textRoles is the role each entity plays in a fact around the question's
// verb. Where the statement holds that verb as its curated predicate, it is
// read from the statement: "A fire destroyed the mill" makes the mill the
// object whatever the curator recorded as the fact's subject. Otherwise it is
// the curated role, turned round when the statement is passive ("The
// statement was delivered...").
func textRoles(q question, c *index.Doc, ix *index.Index) map[string]string {
	toks := c.Tokens()
	vi := -1
	if vt := q.verbTerm(); vt != nil {
		vi = slices.IndexFunc(toks, func(t text.Token) bool {
			return termCreditIn(" "+t.Stem+" ", *vt) > 0 && (strings.TrimSpace(c.Pred) == "" || strings.Contains(c.Pred, " "+t.Stem+" "))
		})
		if vi < 0 && q.Type == askWho {
			// "took steroids given to her by Victor Conte", curated as
			// White taking from Conte, for "Who supplied White...?": the
			// question's act is told in a passive clause of its own, which
			// names who did it after "by"; the roles a who-question turns
			// on are that clause's, not the curated predicate's.
			if at := vt.firstIn(toks, 0); at >= 0 && passiveAt(toks, at) {
				vi = at
			}
		}
	}
	out := map[string]string{}
	if q.asksAction() && (vi >= 0 && nounAt(toks, vi) || vi < 0 && actionAsNoun(q, c)) {
		// "Delta has agreed the terms of a $600m loan from American
		// Express" for "Who is lending Delta $600m?": a noun says nothing
		// of who does the lending, and the curated roles are those of
		// the agreeing.
		return out
	}
	if vi < 0 {
		passive := passiveFact(c, toks)
		for id, role := range c.Roles {
			switch {
			case role == "speaker":
				role = "subject"
			case role == "mention":
				role = ""
			case passive:
				role = map[string]string{"subject": "object", "object": "subject"}[role]
			}
			out[id] = role
		}
		return out
	}
	passive := passiveAt(toks, vi)
	// Before an infinitive ("visited Sue Essex to lobby"), the one named may
	// be acted on by the main verb: who does the infinitive is not told there.
	infinitive := vi > 0 && toks[vi-1].Norm == "to"
	for _, m := range c.Mentions(ix.Names) {
		role := clauseRole(toks, vi, passive, m.From)
		if infinitive && m.From < vi {
			role = ""
		}
		for _, id := range m.IDs {
			if _, ok := out[id]; !ok {
				out[id] = role
			}
		}
	}
	return out
}

// passiveFact reports whether a fact's statement puts its curated predicate in
// the passive ("was delivered"), so that its subject is acted on.
func passiveFact(c *index.Doc, toks []text.Token) bool {
	pred := strings.Fields(c.Pred)
	if len(pred) == 0 {
		return false
	}
	i := slices.IndexFunc(toks, func(t text.Token) bool { return t.Stem == pred[0] })
	return i >= 0 && passiveAt(toks, i)
}

// roleIn is the role of the first of ids in roles.
func roleIn(roles map[string]string, ids []string) string {
	for _, id := range ids {
		if r, ok := roles[id]; ok {
			return r
		}
	}
	return ""
}

// namesSomethingNew reports whether a fact names a thing the question does
// not: an entity, a capitalised name or a figure. "Which drugs did Collins
// take?" wants them named; "she used the substances" refers to them.
func namesSomethingNew(q question, c *index.Doc, ix *index.Index) bool {
	asked := map[string]bool{}
	for _, m := range q.Entities {
		for _, id := range m.IDs {
			asked[id] = true
		}
	}
	toks := c.Tokens()
	from, to := q.focusSide(toks)
	named := make([]bool, len(toks))
	for _, m := range c.Mentions(ix.Names) {
		if m.From >= from && m.From < to && !slices.ContainsFunc(m.IDs, func(id string) bool { return asked[id] }) {
			return true
		}
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
	}
	for i, t := range toks {
		if named[i] || q.norms[t.Norm] || i < from || i >= to {
			continue
		}
		if unicode.IsDigit([]rune(t.Norm)[0]) || t.Upper && !t.First && !text.IsStopword(t.Norm) && !monthWords[t.Norm] {
			return true
		}
	}
	return false
}

// focusSide is the stretch of a fact's words where the thing a which-question
// asks for should be named: after the question's verb when the question names
// who acts and asks what is acted on ("Which drugs did Collins take?": after
// "took"); otherwise all of them.
func (q question) focusSide(toks []text.Token) (from, to int) {
	vt := q.verbTerm()
	if vt == nil {
		return 0, len(toks)
	}
	vi := vt.firstIn(toks, 0)
	if vi < 0 {
		return 0, len(toks)
	}
	for i, t := range q.Toks[:q.verbAt] {
		if i > 0 && (auxiliaries[t.Norm] || beForms[t.Norm]) && q.subjectBetween(i+1, q.verbAt) {
			return vi + 1, len(toks) // "Which drugs did Collins take?": the object
		}
	}
	// "Which products were leaked?" asks what is acted on, and "Which
	// projects are performing well?" who acts: either may stand on either
	// side of the fact's verb ("came under attack from rivals such as ...").
	return 0, len(toks)
}

// namesSomeoneNew reports whether a fact's words name a person or body the
// question does not: a capitalised name it does not know as an entity
// ("a spokesman, John Smith, said").
func namesSomeoneNew(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	named := namedTokens(c, ix.Names)
	for i, t := range toks {
		if t.Upper && !t.First && !named[i] && !q.norms[t.Norm] && !text.IsStopword(t.Norm) && !monthWords[t.Norm] {
			return true
		}
	}
	return false
}

// namesPlace reports whether a fact's words name a place the question does not:
// an entity curated as a place, or a capitalised name WordNet knows as one
// ("a company based in Geneva", "the UK-based co-chairman"). Curators seldom
// record places as entities, so "Where...?" must know them by themselves.
func namesPlace(q question, c *index.Doc, ix *index.Index) bool {
	asked := map[string]bool{}
	for _, m := range q.Entities {
		for _, id := range m.IDs {
			asked[id] = true
		}
	}
	toks := c.Tokens()
	end := whatWasSaid(q, toks)
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if !asked[id] && placeKinds[ix.Names.Kind(id)] && m.From < end {
				return true
			}
		}
	}
	named := namedTokens(c, ix.Names)
	for i, t := range toks[:end] {
		// A capital at the start of a sentence says nothing: "Reading" may
		// be a verb there, and "March" a month anywhere.
		if named[i] || !t.Upper || q.stems[t.Stem] || monthWords[t.Norm] || t.First && !wordnet.IsName(t.Norm) {
			continue
		}
		if wordnet.IsPlace(t.Stem) || i+1 < len(toks) && toks[i+1].Upper && !q.stems[toks[i+1].Stem] && wordnet.IsPlace(t.Stem+" "+toks[i+1].Stem) {
			return true
		}
	}
	return false
}

// whatWasSaid is where, in a fact's words, what someone said begins, when
// the question asks where something was said ("Where did the chairman make
// his comments?"): a place named after the fact's verb of saying ("Knight
// said much of the growth came from the US") is in what was said, not where
// it was. A noun or verb asks it when WordNet or the lexicon relates it to
// "say"; not an adverb made with -ly ("supposedly", "reportedly"), which
// says how sure the rest is, not that it was said. The fact's verb is "say"
// or one the word is. len(toks) when the question asks no such thing or the
// fact says nothing.
func whatWasSaid(q question, toks []text.Token) int {
	k := slices.IndexFunc(q.Terms, func(t qterm) bool {
		tok := q.Toks[t.At]
		return !strings.HasSuffix(tok.Norm, "ly") && wordnet.PartsOfSpeech(tok.Stem)&(wordnet.Noun|wordnet.Verb) != 0 && termCreditIn(" say ", t) > 0
	})
	if k < 0 {
		return len(toks)
	}
	for i, t := range toks {
		if verbForm(t) && (t.Stem == "say" || termCreditIn(" "+t.Stem+" ", q.Terms[k]) > 0) {
			return i + 1
		}
	}
	return len(toks)
}

// namedTokens marks the tokens of a fact's statement that are inside a name of
// the knowledge base.
func namedTokens(c *index.Doc, names *index.Names) []bool {
	named := make([]bool, len(c.Tokens()))
	for _, m := range c.Mentions(names) {
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
	}
	return named
}

// placeKinds are the entity kinds curators give places.
var placeKinds = text.Set(`place country city region state location`)

// onlyAskedTime reports whether the only time a fact gives is one the question
// gives already: "When did X happen in 2004?" wants more than "in 2004".
func onlyAskedTime(q question, c *index.Doc) bool {
	spec := q.specific
	if len(spec) == 0 {
		return false
	}
	asked := map[string]bool{}
	for _, s := range spec {
		asked[s] = true
	}
	if c.Date != "" && !asked[c.Date[:min(4, len(c.Date))]] {
		return false
	}
	for _, t := range c.Tokens() {
		if monthWords[t.Norm] || yearRE.MatchString(t.Norm) && !asked[t.Norm] {
			return false
		}
	}
	return true
}

// reportedBy reports whether a fact records the entity saying something: a
// reporting verb in its statement with the entity named just before it ("Bates
// said", "Shepherd, the chairman, told") or just after ("said Bates").
func reportedBy(c *index.Doc, id string, ix *index.Index) bool {
	toks := c.Tokens()
	mentions := c.Mentions(ix.Names)
	for i, t := range toks {
		if text.IsReportingVerb(t.Norm) {
			for _, m := range mentions {
				if slices.Contains(m.IDs, id) && (m.To <= i && i-m.To <= 6 || m.From > i && m.From-i <= 2) {
					return true
				}
			}
			continue
		}
		// A verb of telling just after them says what they told: "Connors
		// strongly praised the work of...", "Davis welcomed the review".
		if verbForm(t) && wordnet.IsSpeechVerb(t.Stem) {
			for _, m := range mentions {
				if slices.Contains(m.IDs, id) && m.To <= i && i-m.To <= 1 {
					return true
				}
			}
		}
	}
	return false
}

// saidByWord reports whether a fact reports someone saying something, named
// by a word the question names its speaker by, no entity of the knowledge
// base ("What did the official say?"): the word, or one the question's word
// matches well, stands just before a reporting verb ("the senior official
// said", "officials told") or just after one ("said the official").
func saidByWord(q question, c *index.Doc) bool {
	if q.sayAt < 0 {
		return false
	}
	toks := c.Tokens()
	for _, t := range q.Terms {
		if t.At >= q.sayAt {
			continue
		}
		for i, ft := range toks {
			if !text.IsReportingVerb(ft.Norm) {
				continue
			}
			for k := max(0, i-3); k < min(len(toks), i+3); k++ {
				if k != i && termCreditIn(" "+toks[k].Stem+" ", t) >= verbHeld {
					return true
				}
			}
		}
	}
	return false
}

// holdsRole says whether a person holds one of the roles (stems): the fact's
// statement says so beside their name ("Hugh Lanning, deputy general
// secretary", "spokesman Hugh Lanning", "chairman and chief executive
// Philip Knight", "Cescau ... is to be made chief executive"), or only their
// recorded title does.
func holdsRole(ix *index.Index, id string, roles []string, c *index.Doc) roleHeld {
	toks := c.Tokens()
	for _, m := range c.Mentions(ix.Names) {
		if !slices.Contains(m.IDs, id) {
			continue
		}
		start := max(0, m.From-3)
		for j := m.From - 1; j >= max(0, m.From-4); j-- {
			if toks[j].Norm == "and" {
				start = max(0, j-2) // "Chairman and chief executive Philip Knight"
			}
		}
		for k := start; k < min(len(toks), m.To+8); k++ {
			if slices.Contains(roles, toks[k].Stem) {
				return roleStated
			}
		}
	}
	e, _ := ix.Names.Entity(id)
	for _, t := range text.Tokenize(e.Title) {
		if slices.Contains(roles, t.Stem) {
			return roleTitled
		}
	}
	return roleNot
}

// roleHeld says how a fact shows a person holding a role.
type roleHeld int

const (
	roleNot    roleHeld = iota
	roleTitled          // their recorded title holds it
	roleStated          // the fact's statement says so beside their name
)

// focus is the term a what- or which-question asks for: the word after
// "what" or "which" ("What changes...?"), if it is a term.
func (q question) focus() *qterm {
	at := -1
	for i, t := range q.Toks {
		if t.Norm == "what" || t.Norm == "which" {
			at = i + 1
			break
		}
	}
	for k := range q.Terms {
		if q.Terms[k].At == at {
			return &q.Terms[k]
		}
	}
	return nil
}

// focusAsAction reports whether the thing a what-question asks for ("What
// changes has Marsh made?") is in the fact only as an action ("agreed to change
// its practices"): the fact says something happens, not what it is.
func focusAsAction(q question, c *index.Doc) bool {
	ft := q.focus()
	if ft == nil {
		return false
	}
	toks := c.Tokens()
	found := false
	for i, t := range toks {
		if termCreditIn(" "+t.Stem+" ", *ft) < 0.8 {
			continue
		}
		if i == 0 || toks[i-1].Norm != "to" {
			return false
		}
		found = true
	}
	return found
}

// storyWeight is how much a fact's score loses for each share of the
// question's weight its story holds less of, in all its candidate facts
// together, than the story that holds most.
const storyWeight = 1

// storyFocus lowers the score of a fact whose story holds less of the
// question than another story does. A reporter asks about one story: the
// story whose facts together hold the question's words and names is the one
// asked about, and a fact of another that shares a name or a word with the
// question ("Europe" of a trade pact, for "When can European gamers buy the
// DS?") is less likely to answer than a fact of that story. held is each
// candidate's weight of each of the question's words and entities, width
// wide, in out's order before sorting.
func storyFocus(out []ranked, held []float64, width int, total float64) {
	if total == 0 || width == 0 {
		return
	}
	best := map[string][]float64{}
	for i, r := range out {
		b := best[r.c.Story]
		if b == nil {
			b = make([]float64, width)
			best[r.c.Story] = b
		}
		for k, v := range held[i*width : (i+1)*width] {
			b[k] = max(b[k], v)
		}
	}
	if len(best) < 2 {
		return
	}
	cov := make(map[string]float64, len(best))
	top := 0.0
	for st, b := range best {
		sum := 0.0
		for _, v := range b {
			sum += v
		}
		cov[st] = sum / total
		top = max(top, cov[st])
	}
	for i := range out {
		out[i].score -= storyWeight * (top - cov[out[i].c.Story])
	}
}
