package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// wordCredit says how much a fact earns for one of a question's words: the
// word itself or a related one (termMatchOutsideNames), or what stands for it
// in the fact when the fact does not say it, each no more than a synonym
// would earn unless the fact says the very thing. What it reads of the
// question is worked out once, for every candidate fact.
type wordCredit struct {
	q      question
	ix     *index.Index
	action bool // the question's verb is surely its action (see actionAt)
	// speechAsked: "How did Brown respond to the strike?", "What does Cescau
	// think of the results?": a verb of telling or thinking is answered by
	// what the one asked about said, in whatever words the fact has for it.
	speechAsked        bool
	verbRoles          []string          // see verbRoles
	askedNames         map[string]bool   // see askedNameWords
	focusFrom, focusTo int               // see focusSpan
	titles             map[string]string // entity -> its title's stems, padded, as read so far
	// The question's words, by where they stand, that ask a nationality
	// (in the focus: see asksNationality), someone's job (asksRoleOf) or a
	// game's score (scoreStem, as a noun).
	nationality, role, score map[int]bool
	scoreAsked               bool                    // one of the question's words asks the score
	addressee                bool                    // see asksAddressee
	nameOf                   *qterm                  // the head of the noun phrase whose name the question asks (see nameAskedOf)
	namingAt                 int                     // where its word of naming is ("called", "name")
	affiliated               string                  // the person whose body the question asks (see affiliatedAsked)
	affiliationVerb          int                     // the verb of it ("work" for), -1 for none
	roleFrom                 int                     // where a who-question's role asked begins ("the boss of Archos"), -1 for none
	held                     int                     // the word of an event's holding, in a where- or when-question (see heldEvent), -1 for none
	past                     bool                    // the question asks of a time gone by (see asksPast)
	cands                    []*index.Doc            // the facts ranked, for storiesHolding
	holding                  map[int]map[string]bool // see storiesHolding, by the word's place
}

// saidMarker stands, as the fact's word, for the credit a fact earns a
// question's verb of telling by what the one asked about said (see speaks):
// the ranking weighs it as a weak match (see saidCreditWeakness).
const saidMarker = "\x00said"

func newWordCredit(q question, ix *index.Index, action bool) wordCredit {
	from, to := q.focusSpan()
	w := wordCredit{
		q: q, ix: ix, action: action,
		speechAsked: q.Type == askWhat && q.verbAt >= 0 && !q.verbless() && (!q.ownedNoun(q.verbAt) || wordnet.PartsOfSpeech(q.Toks[q.verbAt].Stem)&wordnet.Verb == 0) && speechVerb(q, ix),
		verbRoles:   q.verbRoles(),
		askedNames:  askedNameWords(q, ix.Names),
		focusFrom:   from, focusTo: to,
		titles:      map[string]string{},
		nationality: map[int]bool{}, role: map[int]bool{}, score: map[int]bool{},
	}
	w.addressee = q.asksAddressee(ix)
	w.nameOf, w.namingAt = q.nameAskedOf()
	if w.nameOf != nil {
		// A name is given beside the head of the phrase, as nameNotGiven
		// reads it: "programmer" of "the Brazilian programmer".
		w.nameOf = q.phraseHead(w.nameOf)
	}
	w.affiliated, w.affiliationVerb = q.affiliatedAsked(ix)
	w.held = heldEvent(q, ix)
	w.past = q.asksPast()
	w.roleFrom = -1
	if q.Type == askWho {
		w.roleFrom = whoAsksRole(q.Toks)
	}
	for _, t := range q.Terms {
		w.nationality[t.At] = t.At >= from && t.At < to && asksNationality(t)
		w.role[t.At] = asksRoleOf(t.Alts[0].Stem)
		w.score[t.At] = t.Alts[0].Stem == scoreStem && !verbForm(q.Toks[t.At])
		w.scoreAsked = w.scoreAsked || w.score[t.At]
	}
	return w
}

// titleTerms is an entity's recorded title as padded stems (" internet
// provid "), read once a question however many facts name the entity.
func (w *wordCredit) titleTerms(id string) string {
	if terms, ok := w.titles[id]; ok {
		return terms
	}
	e, _ := w.ix.Names.Entity(id)
	terms := " " + text.StemPhrase(e.Title) + " "
	w.titles[id] = terms
	return terms
}

// of is the credit a fact earns for the question's word t, and the fact's
// word (or a marker of what stood in for it) that earned it; claimed are the
// fact's words that are the question's own words (see claimedWords).
func (w *wordCredit) of(c *index.Doc, t qterm, claimed map[string]bool) (float64, string) {
	q, ix := w.q, w.ix
	if t.About {
		if saysAbout(q, c, ix) {
			return 1, aboutMarker
		}
		return 0, ""
	}
	cr, stem := termMatchOutsideNames(c, ix.Names, t, w.askedNames, claimed)
	if pcr, pstem := phraseInWords(c.Tokens(), t); pcr > cr {
		cr, stem = pcr, pstem
	}
	if cr == 0 {
		if s := respeltIn(c, t, q.Toks[t.At], ix); s != "" {
			cr, stem = respeltCredit, s
		}
	}
	if cr < 1 && samePrepositionalPhrase(q, t, stem, c.Tokens()) {
		cr = 1
	}
	if cr > 0 && cr < 1 && q.Toks[t.At].Upper && !q.Toks[t.At].First && viaInstance(t, stem) {
		cr = 0 // "in Sri Lanka": not "the country" that Indonesia is
	}
	if cr > titleCredit && t.At == q.verbAt && w.action && q.Type != askWho && q.Type != askWhoSaid && q.Type != askSay && canBeVerb(q.Toks[t.At]) && c.TitleOnly(ix.Names)[stem] {
		cr = titleCredit
	}
	if cr > 0 && cr < 1 && t.At == w.focusFrom && w.focusTo > w.focusFrom && q.asksOneOfKind() && c.TitleOnly(ix.Names)[stem] {
		cr = 0 // "Which songs did Sir Elton play?": not his title, "singer"
	}
	if cr > 0 && q.Type == askWho && t.At == q.verbAt && !w.past && formerTitleOnly(c, stem, ix) {
		cr = 0 // "Who will captain England?": not "former England captain" Brian Moore
	}
	if cr > 0 && q.Type == askWho && onlyUnderRole(q, c, stem, ix) {
		cr = 0 // "Who is the governor of the Bank of England?": not "deputy governor Rachel Lomax"
	}
	if owner, ok := q.possessed[t.At]; ok && cr > 0 && (ownedByAnother(q, owner, stem, c, ix) || ownerOpposed(owner, c, ix)) {
		cr = 0
	}
	if cr > nounOfVerbCredit && (q.Type == askWho && !wordnet.IsPeople(stem) || q.Type == askWhen || q.Type == askWhy) && t.At == q.verbAt && (verbForm(q.Toks[t.At]) || q.Type == askWhy && canBeVerb(q.Toks[t.At]) && q.afterNamedSubject(t.At)) && saidOnlyAsThing(c.Tokens(), stem, q.Type == askWho && q.actsOnNothing(t.At), q.Type == askWhy) {
		cr = nounOfVerbCredit
	}
	if t.At == q.verbAt && cr < 1 {
		// "Who chairs the committee?": "Committee chairman Edward
		// Leigh" says who does the chairing.
		if k := slices.IndexFunc(w.verbRoles, func(r string) bool { return strings.Contains(c.Terms, " "+r+" ") }); k >= 0 && (w.past || !roleGivenUp(c.Tokens(), w.verbRoles[k])) {
			cr, stem = 1, w.verbRoles[k]
		}
	}
	// What the one asked about said answers a question of telling, in
	// whatever words; a fact that has them say it in the question's own
	// terms ("described Dame Julie as her hero", for "What did Kelly call
	// Julie Andrews?") is no less such a fact for a synonym's credit.
	if cr < 1 && w.speechAsked && t.At == q.verbAt && speaks(q, c, ix) {
		cr, stem = 1, saidMarker
	}
	if cr < moneyCredit && t.Money && statesMoney(c) && modifiersHeld(c, t, ix) {
		cr, stem = moneyCredit, "\x00money"
	}
	if cr < 1 && q.asksSum && t.sumWord() && sumOfAsked(q, c, t, ix) {
		cr, stem = 1, "\x00money"
	}
	if cr < 1 && t.Currency && sumIn(c, t.Alts[0].Stem) != nil {
		cr, stem = 1, "\x00currency" // "in pounds": "$2.5 trillion (£1.3 trillion)"
	}
	if cr < peopleCredit && q.Type == askHowMany && anyPerson[t.Text] && namesPeople(c) {
		cr, stem = peopleCredit, "\x00people" // "people": "1,466 aspiring novelists", "respondents"
	}
	if cr < verbHeld && wordnet.IsChange(t.Alts[0].Stem) {
		if dir := changeParticle(t); dir != "" && changedIn(c, dir) {
			cr, stem = verbHeld, "\x00changed "+dir // "rise": "up 35.4%"
		}
	}
	if cr < comparedCredit && t.Compares && statesComparison(c) {
		cr, stem = comparedCredit, "\x00compared"
	}
	if cr < ratioCredit && t.Ratio && (q.Type == askHowMany || q.measureAt == t.At) && statesProportion(c) && modifiersHeld(c, t, ix) {
		cr, stem = ratioCredit, "\x00ratio"
	}
	if cr < focusCredit && t.At == w.focusFrom && w.focusTo > w.focusFrom && namesOfKindWord(q, t, c, ix) {
		cr, stem = focusCredit, "\x00kind "+t.Alts[0].Stem
	}
	if cr < focusCredit && t.At >= w.focusFrom && t.At < w.focusTo && namesFocusKind(q, t, c, ix, w.titleTerms) {
		cr, stem = focusCredit, "\x00kind "+t.Alts[0].Stem
	}
	if cr < focusCredit && t.At == w.focusTo-1 && t.At >= w.focusFrom && namesInstanceOf(q, t, c, ix) {
		cr, stem = focusCredit, "\x00kind "+t.Alts[0].Stem
	}
	if cr < positionCredit && t.At == q.verbAt && q.position && statesPosition(c) {
		cr, stem = positionCredit, "\x00position"
	}
	if cr < focusCredit && w.nationality[t.At] && statesNationality(c) {
		cr, stem = focusCredit, "\x00nationality"
	}
	if cr < 1 && w.role[t.At] && givesRoleOf(q, c, ix) {
		cr, stem = 1, "\x00role" // their office, beside their name, is the very thing asked
	}
	if w.addressee && (t.At == q.verbAt && cr < 1 || t.At >= w.focusFrom && t.At < w.focusTo && cr < focusCredit) && toldByAsked(q, c) {
		// "Which paper did Seaman talk to?": "Seaman told the Daily Mail"
		// says both the talking and the paper.
		if t.At == q.verbAt {
			cr, stem = 1, saidMarker
		} else {
			cr, stem = focusCredit, "\x00told"
		}
	}
	if cr < 1 && w.nameOf != nil && t.At == w.namingAt && namesItBeside(q, w.nameOf, c, ix) {
		cr, stem = 1, "\x00named" // "What is U2's new album called?": "U2's new album, How To Dismantle..."
	}
	if cr < 1 && w.nameOf == nil && t.At == w.namingAt && saysNameOfDescribed(q, t.At, c, ix) {
		cr, stem = 1, "\x00named" // "What was Portishead's debut album called?": "their debut album Dummy"
	}
	if cr < focusCredit && w.affiliated != "" && (t.At == w.affiliationVerb || t.At >= w.focusFrom && t.At < w.focusTo && wordnet.NounKinds(t.Alts[0].Stem)&wordnet.Organization != 0) && statesAffiliation(c, w.affiliated, ix) {
		cr, stem = focusCredit, affiliationMarker // "Janco Partners analyst Martin Pyykkonen" works for it
	}
	if cr >= mainSynonym && cr < 1 && w.roleFrom >= 0 && t.At >= w.roleFrom && wordnet.Marked(t.Text, t.Alts[0].Stem, wordnet.People) {
		cr = 1 // "Who is the boss of Archos?": "Archos chief Henri Crohas" holds the very role
	}
	if cr < 1 && q.countsTimes() && len(q.counted) > 1 && t.At == q.counted[0].At && countsOrdinal(c, q.counted) {
		cr, stem = 1, "\x00ordinal" // "its third meeting" says how many times
	}
	if cr < focusCredit && q.madeAsked != nil && t.At == q.verbAt && namesMaker(q, *q.madeAsked, c, ix) {
		cr, stem = focusCredit, "\x00maker" // "A PricewaterhouseCoopers survey": PwC made it
	}
	if cr < focusCredit && q.workAsked != nil && t.At == q.verbAt && namesMakerOfWork(q, q.workAsked, c, ix) {
		cr, stem = focusCredit, "\x00maker" // "Martin McDonagh's The Pillowman": he wrote it
	}
	if cr < focusCredit && durationVerb(q, t) && givesDuration(c) {
		cr, stem = focusCredit, "\x00duration" // "developed over four years" says how long it took
	}
	if cr < focusCredit && w.score[t.At] && statesScore(c) {
		cr, stem = focusCredit, "\x00score"
	}
	if cr < focusCredit && w.scoreAsked && w.gameOfScore(t, c) {
		cr, stem = focusCredit, "\x00game"
	}
	if cr < focusCredit && t.At == w.held && (q.Type == askWhen && (namesMonth(c) || hasRelativeTime(c)) || q.Type == askWhere && placedIn(q, c, w.ix)) {
		cr, stem = focusCredit, "\x00held" // "the MacWorld conference in San Francisco" is where it is held
	}
	if cr < modifierCredit && w.modifiesHeld(t, c) {
		cr, stem = modifierCredit, "\x00modifier"
	}
	if cr < 1 && saysAskedYear(q, t, c, ix) {
		cr, stem = 1, "\x00year" // "last year", of a story of 2005: "in 2004"
	}
	if cr < timeCredit && t.Time && hasRelativeTime(c) {
		cr, stem = timeCredit, "\x00time"
	}
	return cr, stem
}

// phraseInWords is the strongest of a term's alternatives that is a phrase
// with a small word in it ("walk out of"), said word for word in a fact
// ("Germaine Greer walked out of Celebrity Big Brother"), and which it is: a
// fact's index terms leave small words out, and so never hold such a
// phrase.
func phraseInWords(toks []text.Token, t qterm) (float64, string) {
	best, stem := 0.0, ""
	for _, a := range t.Alts {
		if a.Weight <= best || !strings.Contains(a.Stem, " ") {
			continue
		}
		words := strings.Fields(a.Stem)
		if !slices.ContainsFunc(words, text.IsStopword) {
			continue // its words are all index terms: matched there
		}
		for i := range toks {
			if saysWordsAt(toks, i, words) {
				best, stem = a.Weight, a.Stem
				break
			}
		}
	}
	return best, stem
}

// modifiersHeld reports whether a fact holds the words before a compound
// noun's head, or a form of them ("growth" of "growth rate": "grew"): a
// percentage says the rate, a sum the money, but not which rate or money it
// is. "What was Latin America's unemployment rate?" is not answered by "the
// economy expanded by 5.5%"; nor is its inflation rate, though WordNet
// gives "expand" as a synonym of "inflate". A single word has none to hold.
func modifiersHeld(c *index.Doc, t qterm, ix *index.Index) bool {
	if len(t.Parts) < 2 {
		return true
	}
	held := func(p string) bool {
		return strings.Contains(c.Terms, " "+p+" ") || slices.ContainsFunc(ix.Alternatives(p), func(a index.Alt) bool {
			return a.Via == wordnet.Derivation.String() && strings.Contains(c.Terms, " "+a.Stem+" ")
		})
	}
	return !slices.ContainsFunc(t.Parts[:len(t.Parts)-1], func(p string) bool { return !held(p) })
}

// nounOfVerbCredit is what a fact earns for the verb of a who-, when- or
// why-question ("Who painted the portrait?", "When was Bush
// inaugurated?", "Why did David Blunkett resign?") when it says the word
// only as a thing, after an article or an owner ("the painting was
// bought", "after his inauguration", "following David Blunkett's
// resignation"): another form of the word, which tells of the act without
// its doer, time or cause. Other questions may be answered by the thing
// ("What is the OFT investigating?": "its investigation into..."), and a
// who-question by a noun for the one who acts ("his killer, Warren
// Leblanc"), which names the doer as the verb would.
const nounOfVerbCredit = 0.65

// afterNamedSubject reports whether the question's word at i comes right
// after a name that is no owner of it ("Why did David Blunkett resign?", not
// "the Verizon bid"): a verb, its subject named.
func (q question) afterNamedSubject(i int) bool {
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
		return m.To == i && (m.From == 0 || !determiners[q.Toks[m.From-1].Norm])
	})
}

// saidOnlyAsThing reports whether every word of the statement with the stem
// stands after a determiner ("the painting", "its findings"), or with owned
// after an owner's name too ("David Blunkett's resignation"); false when the
// statement does not say it (it is in the quote). With doerOf, a thing
// followed by "of" is said with its doer ("the resignation of immigration
// minister Beverley Hughes"), as a verb that acts on nothing has no other
// to put there. "that" before a verb's form opens a clause ("a screensaver
// that bombarded spam sites"): the verb, no thing.
func saidOnlyAsThing(toks []text.Token, stem string, doerOf, owned bool) bool {
	said := false
	for i, t := range toks {
		if t.Stem != stem {
			continue
		}
		if i == 0 || !determiners[toks[i-1].Norm] && !(owned && toks[i-1].Possessive) || toks[i-1].Norm == "that" && verbForm(t) || doerOf && i+1 < len(toks) && toks[i+1].Norm == "of" {
			return false
		}
		said = true
	}
	return said
}

// actsOnNothing reports whether the question's verb at i has no object
// after it: the question ends there, or a preposition follows ("Who
// resigned over the scandal?"), not a noun or a name ("Who sacked Smith?").
func (q question) actsOnNothing(i int) bool {
	return i+1 >= len(q.Toks) || text.IsPreposition(q.Toks[i+1].Norm) && q.Toks[i+1].Norm != "of"
}

// samePrepositionalPhrase reports whether a question's verb phrase ends in
// a preposition that opens a phrase of its own there, and the fact, holding
// the verb, says that preposition and the phrase's first word too: "Who did
// Boro beat in the Uefa Cup?" reads "beat in" as WordNet's phrase, but
// "Middlesbrough beat Graz AK 2-1 in the Uefa Cup" says all the question
// says, and its verb is the question's, whatever the phrase's sense.
func samePrepositionalPhrase(q question, t qterm, held string, toks []text.Token) bool {
	words := strings.Fields(t.Alts[0].Stem)
	if len(words) != 2 || held != words[0] || t.At+2 >= len(q.Toks) || !text.IsPreposition(q.Toks[t.At+1].Norm) {
		return false
	}
	k := pastDeterminers(q.Toks, t.At+2)
	if k >= len(q.Toks) {
		return false
	}
	prep, obj := q.Toks[t.At+1].Norm, q.Toks[k].Stem
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != prep {
			continue
		}
		if j := pastDeterminers(toks, i+1); j < len(toks) && toks[j].Stem == obj {
			return true
		}
	}
	return false
}

// ownedByAnother reports whether a fact says the question's noun that a
// name owns ("O'Leary's ambitions"), in every place it does, owned by
// another ("he shared the board's ambitions"): those are someone else's.
func ownedByAnother(q question, owner index.Mention, stem string, c *index.Doc, ix *index.Index) bool {
	var ownerStems []string // the owner's words as the question gives them: "europ" of "Europe's"
	for _, tk := range q.Toks[owner.From:owner.To] {
		ownerStems = append(ownerStems, tk.Stem)
	}
	toks := c.Tokens()
	mentions := c.Mentions(ix.Names)
	said := false
	for i, tk := range toks {
		if tk.Stem != stem {
			continue
		}
		said = true
		if i == 0 || !toks[i-1].Possessive {
			return false
		}
		if slices.ContainsFunc(mentions, func(m index.Mention) bool {
			return m.To == i && slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(owner.IDs, id) })
		}) {
			return false
		}
		if ownerByItsNoun(owner, toks, i-1, ix) {
			return false
		}
		// The owner in other words of its own: "Europe's biggest economy",
		// "the French team's training centre" for France's.
		for j := i - 1; j >= max(0, i-3) && !text.IsStopword(toks[j].Norm); j-- {
			if slices.Contains(ownerStems, toks[j].Stem) || formOrSynonymIs(toks[j].Stem, func(st string) bool { return slices.Contains(ownerStems, st) }) {
				return false
			}
		}
	}
	return said
}

// ownerByItsNoun reports whether the owner before a word ("the party's
// group") is the question's owner told again by a noun of its own name
// or title ("UK Independence Party" for "UKIP's group"): a curator writes
// "the party's" for the party named before, where "the board's" is
// another's.
func ownerByItsNoun(owner index.Mention, toks []text.Token, at int, ix *index.Index) bool {
	w := toks[at]
	if w.Upper || at == 0 || !definites[toks[at-1].Norm] {
		return false
	}
	if slices.ContainsFunc(owner.IDs, func(id string) bool { return slices.Contains(ix.Names.WithTitleWord(w.Stem), id) }) {
		return true
	}
	return slices.ContainsFunc(ix.Names.StemmedNames(owner.IDs), func(name string) bool { return slices.Contains(strings.Fields(name), w.Stem) })
}

// definites are the determiners that point back to a thing told of before.
var definites = text.Set(`the this that`)

// ownerOpposed reports whether a fact names the owner a question gives a
// word ("Bayern Munich's goals") as the side something is against
// ("scoring several goals against Bayern"): what it tells is the other
// side's.
func ownerOpposed(owner index.Mention, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	return slices.ContainsFunc(c.Mentions(ix.Names), func(m index.Mention) bool {
		return m.From > 0 && opposing[toks[m.From-1].Norm] && slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(owner.IDs, id) })
	})
}

// opposing are the words before a side that make it the other one:
// "against Bayern", "versus Chelsea".
var opposing = text.Set(`against versus v vs`)

// viaInstance reports whether a question's word is held by stem only as what
// it is an instance of: a name the question gives is no more held by the
// fact's word for its kind ("country" for "Sri Lanka") than by any other
// thing of that kind the fact may name.
func viaInstance(t qterm, stem string) bool {
	k := slices.IndexFunc(t.Alts, func(a index.Alt) bool { return a.Stem == stem })
	return k > 0 && t.Alts[k].Via == wordnet.Instance.String()
}
