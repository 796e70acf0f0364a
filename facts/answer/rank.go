package answer

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
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
	openWith string // the fact of another story that leaves a question naming nothing open (see openBetweenStories)
}

// rank scores candidates by how much of the question they cover (words weighted
// by rarity, entities by how few facts are about them), by how well they fit the
// kind of answer wanted, and by the roles entities play in them, best first;
// then the decision says which of them answer.
func rank(q question, cands []*index.Doc, ix *index.Index) []ranked {
	q.placedOrigin = placedOrigin(q, cands, ix)
	q.owners = ownersGiven(q, cands, ix)
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
	titled := make([]map[string]bool, len(q.Entities)) // see actsByTitle
	for i := range titled {
		titled[i] = map[string]bool{}
	}
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
	titleAsked := q.becomesTitle(ix)
	named := namedWords(q, ix)
	askedRoles := q.askedRoles()
	action := q.actionAt()
	asVerb := q.verbReadAsVerb() // read once: the same for every candidate
	wc := newWordCredit(q, ix, action)
	wc.cands = cands
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
		restContent := false                                   // one of the rest is no preposition ("against Ireland" asks nothing but who)
		lightLacked, heavyLacked, heldTotal := 0.0, false, 0.0 // see lightForgiven
		least := 1.0                                           // the least credit of a word it holds, or must
		weakWords := 0                                         // the words it holds less well than a main-sense synonym, or lacks, but light ones
		used := map[string]string{}                            // a fact's word answers for one question word
		clear(heldAt)
		claimed := claimedWords(c, byWeight)
		for ti, t := range byWeight {
			w := t.Weight
			if t.Absent {
				w *= absentPenalty
			}
			cr, stem := wc.of(c, t, claimed)
			if by, ok := used[stem]; ok && by != t.Alts[0].Stem && stem != affiliationMarker {
				cr = 0
			} else if cr > 0 {
				used[stem] = t.Alts[0].Stem
			}
			if t.At == q.verbAt {
				r.f[fVerb] = cr
				if cr >= verbHeld && cr < 1 && stem != affiliationMarker && asVerb {
					r.f[fVerbSynonym] = 1
				}
				if action {
					r.f[fAction] = cr
				}
				if cr == 0 && !t.Light && q.asksDoer() {
					r.f[fDoerLacked] = 1
				}
			} else {
				restGot, restTotal = restGot+cr*w, restTotal+w
				restContent = restContent || !text.IsPreposition(t.Text)
			}
			termGot += cr * w
			got[ti] = cr * w
			heldAt[t.At] = cr > 0
			own = own || cr >= 1
			if cr > 0 {
				weak += (1 - cr) * w
				if stem == saidMarker {
					weak += saidCreditWeakness * w
				}
				matched += w
			} else if maxTerm > 0 {
				r.f[fMissingTerm] = max(r.f[fMissingTerm], w/maxTerm)
			}
			if cr == 0 && t.Light {
				lightLacked += w
			} else {
				if cr < mainSynonym {
					weakWords++
					if q.verbAt >= 0 && clauseRole(q.Toks, q.verbAt, q.passive, t.At) == "" {
						weakWords++ // "for its members": a qualifier of the act it does not state
					}
				}
				least = min(least, cr)
				heldTotal += w
				heavyLacked = heavyLacked || cr == 0
			}
		}
		var roles map[string]string
		for i, m := range q.Entities {
			cr, _ := entityCredit(c, m, ix)
			if cr > 0 && namesItUnnumbered(q, c, m, ix) {
				cr = 0 // "The original Halo" is not "Halo 2", though the curator aliased it so
			}
			titleLacked := titleAsked != nil && titleAsked[i] && !saysTitleAsked(q, c, m, ix)
			if cr > 0 && titleLacked {
				cr = 0 // "When did Irene Khan become Amnesty secretary-general?": not "Khan said..."
			}
			if cr == 0 && !titleLacked && (common[i] && saysName(c, m, ix) || saysRoleAsked(q, c, m) || len(askedRoles) > 0 && holderFor(q, c, m, askedRoles, ix) || len(askedRoles) == 0 && q.Type != askWho && actsByTitle(c, m, ix, titled[i])) {
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
			case slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(q.workAsked, id) }) && namesMakerOfWork(q, q.workAsked, c, ix):
				// "Small Island by Andrea Levy has won the Whitbread
				// Novel of the Year" for "Who wrote Small Island?": the
				// fact names the maker beside the work, and the curated
				// roles, the winning's, say nothing of who wrote it.
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
		if r.fit > otherActorFit && verbOfOther(q, c, ix) {
			r.fit = otherActorFit
		}
		if r.fit > 0 && action && (deniesAction(q, c) || foretoldOnly(q, c)) {
			r.fit = 0
		}
		if r.fit > 0 && ranksBelowAsked(q, c) {
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
		r.f[fWhich] = b2f(q.Type == askWhich)
		r.f[fWhy] = b2f(q.Type == askWhy)
		r.f[fWhere] = b2f(q.Type == askWhere)
		r.f[fHow] = b2f(q.Type == askWhat && len(q.Toks) > 0 && q.Toks[0].Norm == "how")
		r.f[fWhat] = b2f(q.Type == askWhat && r.f[fHow] == 0)
		r.f[fFocusNamed] = b2f(focusNamed(q, c) || givesKind(q, c))
		if q.Type == askHowMany && r.fit == 1 && q.counted != nil && (countsWords(c, q.countedNoun) || countsPersons(c, q.countedNoun)) && !slices.ContainsFunc(qualifiers, func(at int) bool { return !heldAt[at] }) {
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
			r.f[fRestCoverage] = share(restGot, restTotal)
			r.f[fRestWords] = b2f(q.verbAt >= 0 && canBeVerb(q.Toks[q.verbAt]) && restContent)
		}
		r.f[fHeldCoverage] = 1
		r.f[fLeastCredit] = least
		r.f[fOneWeak] = b2f(len(q.Terms) >= 2 && weakWords <= 1)
		if termTotal > 0 {
			r.f[fTermCoverage] = share(termGot, termTotal)
			r.f[fHeldCoverage] = r.f[fTermCoverage]
			switch {
			case !lightForgiven(lightLacked, heavyLacked, total):
			case heldTotal > 0:
				r.f[fHeldCoverage] = share(termGot, heldTotal)
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
		if specificAbsent(spec, c) || namesAbsent(named, c, wc.titleTerms) {
			r.f[fSpecificAbsent] = 1
		}
		rest := r.f[fRestCoverage]
		if restTotal == 0 && len(q.subjects) == len(q.Entities) {
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
	openBetweenStories(q, out, ix)
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
			if j != i && out[j].fit >= decision.Rules.MinFit && out[j].fit >= out[i].fit && !(agree && sameAnswer(q, out[i], out[j], ix)) && !aboutOnlyOne(q, out[i], out[j]) {
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

// share is got over total, rounded to nine places: a word held by its
// synonym (0.85) over the word's weight is 0.85, not 0.8499999999999999,
// which a rule's 0.85 would refuse for one weight in twelve.
func share(got, total float64) float64 { return math.Round(got/total*1e9) / 1e9 }

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

// verbReadAsVerb reports whether the question's verb is written as a verb:
// inflected as one or only a verb ("quit", "resigned", "talking"), or after
// "did", "will" or another auxiliary that stands before a bare verb ("Who did
// Reyes talk to?"). "What nationality is Holcim?" and "Who is the
// Middlesbrough boss?" ask of no act.
func (q question) verbReadAsVerb() bool {
	if q.verbAt < 0 || !canBeVerb(q.Toks[q.verbAt]) {
		return false
	}
	if verbForm(q.Toks[q.verbAt]) {
		return true
	}
	return slices.ContainsFunc(q.Toks[:q.verbAt], func(t text.Token) bool { return bareInfinitiveAux[t.Norm] })
}

// canBeVerb reports whether a question's word may be a verb: not a name
// ("Oxfam"), and a verb in WordNet.
func canBeVerb(t text.Token) bool {
	return (!t.Upper || t.First) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb != 0
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
// question names, but those it says in naming them: "Did Eminem win any
// prizes at the MTV Europe Music Awards?" has said "Awards", and the
// fact's "Awards" of that name is no word for its "prizes".
func askedNameWords(q question, names *index.Names) map[string]bool {
	out := map[string]bool{}
	for _, m := range q.Entities {
		for _, n := range names.StemmedNames(m.IDs) {
			for _, w := range strings.Fields(n) {
				out[w] = true
			}
		}
	}
	for _, m := range q.Entities {
		for k := m.From; k < m.To && k < len(q.Toks); k++ {
			delete(out, q.Toks[k].Stem)
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
	if saysDemonym(c, m, ix) {
		return 1, "mention"
	}
	return 0, ""
}

// saysDemonym reports whether a fact names a country the question asks about
// by its adjective ("Turkish premier Recep Erdogan" for Turkey), which WordNet
// gives as a form of the country's name, though the curator recorded no
// such alias.
func saysDemonym(c *index.Doc, m index.Mention, ix *index.Index) bool {
	var names []string
	for _, id := range m.IDs {
		if placeKind(ix.Names.Kind(id)) {
			names = append(names, ix.Names.StemmedNames([]string{id})...)
		}
	}
	if len(names) == 0 {
		return false
	}
	for _, t := range c.Tokens() {
		if t.Upper && slices.ContainsFunc(nameForms(t.Stem, wordnet.Derivation), func(s string) bool { return slices.ContainsFunc(names, formOfName(s)) }) {
			return true
		}
	}
	return false
}

// formOfName reports, of a country's or place's stemmed name, whether a
// WordNet form of a people's word is that name, or ends with it: "British"
// is a form of "Great Britain", which names Britain.
func formOfName(form string) func(name string) bool {
	return func(name string) bool { return form == name || strings.HasSuffix(form, " "+name) }
}

// saysName reports whether a fact says, in its own words, one of the names
// of an entity the question names with a common noun: "Did the union rule
// out a walkout?" is answered by "did not rule out a strike" when the
// curator gave the walkout the alias "the strike", whichever story's strike
// the fact is about. A common noun names a kind of thing, not only the one
// thing the curator recorded under it. Said as a noun: "has yet to show it"
// says no show.
func saysName(c *index.Doc, m index.Mention, ix *index.Index) bool {
	inNames := c.NameOnly(ix.Names)
	for _, s := range ix.Names.StemmedNames(m.IDs) {
		if strings.Contains(c.Terms, " "+s+" ") && !slices.ContainsFunc(strings.Fields(s), func(w string) bool { return inNames[w] }) &&
			(strings.Contains(s, " ") || saysAsNoun(c.Tokens(), s)) {
			return true
		}
	}
	return false
}

// saysRoleAsked reports whether a question names a person by a role noun
// alone, in lower case ("the Texas judge"), and the fact's statement says
// that noun: "The US bankruptcy court judge in Texas granted Yukos an
// injunction" is about a judge, whichever one the role noun was linked to.
func saysRoleAsked(q question, c *index.Doc, m index.Mention) bool {
	if m.To-m.From != 1 {
		return false
	}
	t := q.Toks[m.From]
	if t.Upper || !text.IsRoleNoun(t.Norm) {
		return false
	}
	toks := c.Tokens()
	return slices.ContainsFunc(toks, func(w text.Token) bool { return w.Stem == t.Stem }) && saysAsNoun(toks, t.Stem)
}

// beforeVerb are words a verb follows, not a noun.
var beforeVerb = text.Set(`to do does did can could will would should may might must`)

// saysAsNoun reports whether a word with the stem is said where a noun may
// stand: not right after "to", a modal or a form of "do" ("to show", "will
// strike"), where it is a verb. A word the statement does not say (it is in
// the quote) is taken as said.
func saysAsNoun(toks []text.Token, stem string) bool {
	said := false
	for i, t := range toks {
		if t.Stem != stem {
			continue
		}
		if i == 0 || !beforeVerb[toks[i-1].Norm] || strings.HasSuffix(t.Norm, "s") {
			return true // "access to services": a plural is a noun
		}
		said = true
	}
	return !said
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// saidCreditWeakness is how much the credit of a fact's telling for a
// question's verb of telling (see speaks) weighs as a weak match in the
// ranking, though it counts in full for the decision: a fact that holds the
// verb itself ("had just ordered a new kitchen") is ahead of one where the
// one asked about only says something ("Stam says United made a mistake")
// for "What had Stam just ordered?", WordNet's ordering being a telling.
const saidCreditWeakness = 0.2

// namesItUnnumbered reports whether the question names an entity with a
// number ("Halo 2", "Doom 3") and the fact names it only by the same words
// without it ("The original Halo won universal acclaim"): the number tells a
// sequel from what it follows, whatever alias a curator gave. An alias of
// other words ("Downing Street" for "No 10") still names it.
func namesItUnnumbered(q question, c *index.Doc, m index.Mention, ix *index.Index) bool {
	var bare []string // the question's name without its number
	numbered := false
	for _, t := range q.Toks[m.From:m.To] {
		if text.DigitsOnly(t.Norm) {
			numbered = true
		} else {
			bare = append(bare, t.Norm)
		}
	}
	if !numbered || len(bare) == 0 {
		return false
	}
	toks := c.Tokens()
	named := false
	for _, o := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(o.IDs, func(id string) bool { return slices.Contains(m.IDs, id) }) {
			continue
		}
		if o.To-o.From != len(bare) || !slices.EqualFunc(toks[o.From:o.To], bare, func(t text.Token, w string) bool { return t.Norm == w }) {
			return false // named otherwise: "Radio One", "Downing Street"
		}
		if o.To < len(toks) && text.DigitsOnly(toks[o.To].Norm) {
			return false // the number follows the name found
		}
		named = true
	}
	return named
}

// aboutOnlyOne reports whether, of two facts, a when- or where-question
// that gives nothing but one name ("When is the Grammy ceremony?") asks about
// the first, whose subject the curator recorded as that name ("The Grammy
// Awards ceremony takes place on 13 February 2005"), and not the second,
// which is about someone else and names it in passing ("Marc Anthony is
// nominated for two Grammys this year"): the second is no rival.
func aboutOnlyOne(q question, r, other ranked) bool {
	if r.f[fNoWords] != 1 || len(q.Terms) > 0 || len(q.Entities) != 1 || q.Type != askWhen && q.Type != askWhere || asksOrigin(q) {
		return false // "Where is Melzer from?": see placedOrigin
	}
	about := func(r ranked) bool { return r.c.Subject != "" && q.names(r.c.Subject) }
	return about(r) && !about(other)
}
