package answer

import (
	"math"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"slices"
	"strings"
	"unicode"
)

// Question types: what kind of answer a question wants.
const (
	askWho     = "who"
	askWhoIs   = "who is"     // describe an entity: "Who is Zhang Jun?"
	askStands  = "stands for" // "What does FCC stand for?": the words of a short form
	askWhoSaid = "who said"   // find a quote's speaker
	askSay     = "say"        // "What did X say?": X's quotes and remarks
	askWhat    = "what"
	askWhen    = "when"
	askWhere   = "where"
	askHowMany = "how many"
	askWhich   = "which"
	askWhy     = "why"
	askYesNo   = "yes/no"
)

// question is a parsed question: its type, the entities it names, and the content
// words left once entities, stopwords and question words are set aside.
type question struct {
	Text      string
	Type      string
	Toks      []text.Token
	Entities  []index.Mention
	Terms     []qterm
	Unknown   []string // capitalised names the knowledge base has never seen, nor a name WordNet gives as their other form ("UK" for "Britain")
	Described string   // for askWhoIs: the entity to describe
	// asRole are the people a who-question names by the role it asks who
	// acted in ("Who resigned as May's chief executive?"): the role's
	// holder is the answer, as in "Who is...?", not one the question names.
	asRole   []string
	owned    []string // for "Whose film is Million Dollar Baby?": the thing whose owner is asked (see ownedAsked)
	counted  []qterm  // for askHowMany: the words of what is counted ("extra colour pages")
	countedE []string // ... or the entity counted ("Uyghurs")
	verbAt   int      // token index of the first content word, to tell subject from object
	passive  bool     // "What is Beijing accused of?": the entity before the verb is its object
	sayAt    int      // token index of "say" (or "tell", "state") in a question about what was said, else -1
	speakers []string // for askSay: the entities the question asks to have spoken, when it names them
	// placedOrigin: the question asks where someone is from, and a
	// candidate fact sets a place beside their name (see placesAsked); set
	// by rank, for the candidates it ranks.
	placedOrigin bool
	owners       map[*index.Doc]string // for a whose-question, the owner each candidate fact gives (see ownersGiven); set by rank
	madeAsked    *qterm                // the thing a who-question asks the maker of (see madeThing)
	workAsked    []string              // the work, named, a who-question asks the maker of (see madeWork)
	possessed    map[int]index.Mention // the words a name owns ("O'Leary's ambitions"), by where they stand, and the name (see afterPossessor)
	howOld       bool                  // "How old is X?": the figure wanted is an age
	howOldNow    bool                  // "How old is X?", not "How old was X when...?": the age now
	measureAt    int                   // the measure noun a what-question asks for ("What price...?"), -1 for none
	howMuch      bool                  // "How much...?": an amount, most often of money
	// asksSum: a how-much question that asks a sum of money, a word of it
	// being money or a sum ("How much profit...?", "How much does it
	// cost?"), and not by how much an amount changed ("How much did the
	// rate rise?"). Read once, not for every candidate (see noSumForMoney).
	asksSum   bool
	change    bool   // its words change an amount ("How much did the rate rise?"; see asksChange)
	howOften  bool   // "How often...?": a frequency, "every month" as well as "twice a year"
	asksElse  bool   // "Who else...?": another besides one taken as known (see asksElse); set for asksOther too
	asksOther bool   // "Which other acts...?": others of a kind besides one taken as known (see asksOther)
	howLong   bool   // "How long...?": a stretch of time, "several months" as well as "three weeks"
	howSize   bool   // "How tall...?", "How deep...?": a size, weight or speed, never a stretch of time (see sizeWords)
	timeUnit  string // for askWhen: the unit of time it asks, "day", "month", "year" or "" (see askedTimeUnit)
	// yearAt is where its "last year" (or "this year", "next year")
	// begins, -1 for none, and yearOffset how many years that is from the
	// year a story ran (see relativeYearAt).
	yearAt, yearOffset int
	yearsAsked         []int           // the offsets of every year it so places (see relativeYears)
	knownBesides       []string        // for asksElse: the stems of what it names as known (see knownBesides)
	roleVerb           []string        // see verbRoles
	partWords          map[string]bool // see readPartWords

	// specific are the figures and years it gives (see specifics), read once
	// for every fact ranked.
	specific []string
	figures  []float64 // the values of the figures it gives (see questionFigures)

	// subjects are the entities it makes act (see roleOf), read once: ranking
	// asks of every fact whether they act or speak in it.
	subjects []index.Mention
	position bool   // a where-question asks a place in an order (see asksPosition)
	said     *qterm // the term that asks of saying (see whatWasSaid), nil for none

	// norms and stems are its words (lower case) and their stems, as sets,
	// read once: ranking asks of every fact whether a name or date in it
	// is one the question already gives.
	norms, stems map[string]bool

	// countedNoun is counted up to its first verb: "barristers" of "How many
	// barristers responded...?". A fact counting respondents counts those who
	// responded, but says nothing of how many were barristers.
	countedNoun []qterm

	// For askStands: the short form as the question writes it, and where
	// it starts among the tokens.
	expansionOf string
	expansionAt int
}

// qterm is a content word (or lexicon phrase) of a question with what it may match.
type qterm struct {
	Text   string
	Alts   []index.Alt // the word itself first (weight 1), then its synonyms and related words
	Weight float64
	At     int
	Absent bool // no fact holds this word or any of its alternatives
	// Parts are the words of a compound noun the question says as one
	// ("takeover bid"): a fact may say them apart ("Sainsbury's bid ... a
	// takeover").
	Parts []string
	// Time: the word is a stretch of time the question places ("last
	// week"): a fact that places what it tells in time in its own words
	// says it in part (see timeCredit).
	Time bool
	// Money: the word means money ("cash", "funds"): a sum the fact gives
	// ("£7.4m") says it (see moneyCredit).
	Money bool
	// Ratio: the word is a magnitude relation ("proportion", "percentage",
	// "rate"): in a question for a figure, a percentage the fact gives
	// ("43%") says it (see ratioCredit).
	Ratio bool
	// Currency: the word names a currency ("in pounds"): a sum the fact
	// gives in it says it (see currencyWord).
	Currency bool
	// Compares: the word is "compare" ("How does X compare with Y?"): a
	// fact that compares in its own words says it (see statesComparison).
	Compares bool
	// Light: the word says little alone (see markLight): a fact that holds
	// the rest of the question need not hold it.
	Light bool
	// About: the "about" of "What is the movie X about?", held only where a
	// fact says it of the thing asked (see saysAbout), not wherever it says
	// "about".
	About bool
}

// stems lists a term's alternatives' stem phrases.
func (t qterm) stems() []string {
	out := make([]string, len(t.Alts))
	for i, a := range t.Alts {
		out[i] = a.Stem
	}
	return out
}

var auxiliaries = text.Set(`do does did is are was were has have had can could will would should may might`)
var sayStems = text.Set(`say tell state quot think`)

// parseQuestion analyses a question against the knowledge base's vocabulary.
func parseQuestion(s string, ix *index.Index) question {
	q := question{Text: s, Toks: text.Tokenize(s), verbAt: -1, sayAt: -1, measureAt: -1, yearAt: -1}
	readChatContractions(q.Toks)
	readQuestionWordSlip(ix, q.Toks)
	expandClipped(ix, q.Toks)
	q.Toks = joinSplitNames(ix, q.Toks)
	correctTypos(ix, q.Toks)
	q.Type = questionType(q.Toks)
	if q.Type == askWhat || q.Type == askWhich {
		if q.measureAt = measureAt(q.Toks); q.measureAt >= 0 {
			q.Type = askHowMany // "What is the GDP of Namibia?" asks for a figure
		}
	}
	worth := q.Type == askWhat && worthAsked(q.Toks)
	if worth {
		q.Type = askHowMany // "What is the takeover worth in pounds?" asks how much
	}
	q.Entities = commonWordsUnnamed(ix, q.Toks, ix.Names.Find(q.Toks))
	q.Entities = widenNames(ix, q.Toks, q.Entities)
	q.Entities = demonymMentions(ix, q.Toks, q.Entities)
	roles := roleMentions(ix, q.Toks, q.Entities)
	roles = addMentions(roles, titledMentions(ix, q.Toks, append(slices.Clone(q.Entities), roles...)))
	if q.Type == askWho && len(roles) > 0 {
		// "Who will be Unilever's new chief executive?" asks who holds the
		// role: whoever the knowledge base has in it is the answer, not a
		// constraint on it.
		if at := whoAsksRole(q.Toks); at >= 0 {
			roles = slices.DeleteFunc(roles, func(m index.Mention) bool { return m.From >= at })
		}
		if at := slices.IndexFunc(q.Toks, func(t text.Token) bool { return t.Norm == "as" }); at > 0 {
			for _, m := range roles {
				// "Who will replace Gareth Thomas as Wales captain?": the
				// role's holder is named, and acted on; the one asked
				// for takes the role.
				named := slices.ContainsFunc(q.Entities, func(e index.Mention) bool {
					return slices.ContainsFunc(e.IDs, func(id string) bool { return slices.Contains(m.IDs, id) })
				})
				if m.From > at && !named {
					q.asRole = append(q.asRole, m.IDs...)
				}
			}
		}
	}
	if (q.Type == askWhich || q.Type == askWhat) && len(roles) > 0 {
		// "Which leader is booked for a session on Five?" asks which one:
		// the role names the kind of answer, not someone the fact is about.
		if at := whichAsksRole(q.Toks); at >= 0 {
			roles = slices.DeleteFunc(roles, func(m index.Mention) bool { return m.From == at })
		}
	}
	q.Entities = addMentions(absorbQualifiers(ix, q.Toks, q.Entities, roles), roles)
	q.possessed = possessedWords(q.Text, q.Toks, q.Entities)
	q.yearAt, q.yearOffset = relativeYearAt(q.Toks)
	q.yearsAsked = relativeYears(q.Toks)
	q.asksOther = asksOther(q.Toks)
	q.asksElse = asksElse(q.Toks) || q.asksOther
	if q.asksElse {
		q.knownBesides = knownBesides(q.Toks)
	}
	covered := coveredBy(len(q.Toks), q.Entities)
	particles := make([]bool, len(q.Toks)) // the particles of split phrasal verbs, read with their verb
	hasSay := false
	for i := 0; i < len(q.Toks); i++ {
		t := q.Toks[i]
		if covered[i] || particles[i] || ix.IsStop(t.Norm) || text.IsQuestionWord(t.Norm) {
			continue
		}
		if i > 0 && q.Toks[i-1].Norm == "how" && measureWords[t.Norm] {
			continue // "how far": the question asks for a figure, not for farness
		}
		if len(t.Norm) == 1 && !t.Upper && ix.DF(t.Stem) == 0 {
			continue // "how many leaders r expected": a letter typed for a word, which no fact holds
		}
		if goingToFuture(q.Toks, i) {
			continue // "Are Newcastle going to sell Bellamy?" asks whether they will: no going
		}
		if q.Type == askWhen && i > 0 && (q.Toks[i-1].Norm == "what" || q.Toks[i-1].Norm == "which") {
			continue // "What day...?" asks when: the fact gives the day, not the word
		}
		// "in the states" is no telling: a determiner makes the word a noun,
		// as "what" does ("What state was the budget in?"). "thinking of"
		// (selling) is considering it: no opinion told.
		if sayStems[t.Stem] && t.Norm != "thinking" && (q.Type == askWhat || q.Type == askWho || q.Type == askYesNo) && !(i > 0 && (determiners[q.Toks[i-1].Norm] || q.Toks[i-1].Norm == "what")) {
			hasSay = true
			if q.sayAt < 0 {
				q.sayAt = i
			}
			continue
		}
		if text.IsStopwordForm(t.Norm) {
			continue // "What is happening to...?", as "What happened to...?"
		}
		if one, apart := hyphenJoined(s, q.Toks, i); one != "" {
			// "co-founder" is WordNet's "cofounder", a founder, not a "co"
			// beside one; a fact may write it either way. Where a name
			// holds the second word ("the Hambro Magan co-founder", the
			// curator's alias "founder"), the name is the word.
			if covered[i+1] {
				continue
			}
			tm := term(ix, one, t.Norm+q.Toks[i+1].Norm, i)
			if ix.PhraseDF(apart) > 0 {
				tm.Alts = append(tm.Alts, index.Alt{Stem: apart, Weight: 1, Via: "written with a hyphen"})
			}
			q.Terms = append(q.Terms, tm)
			if q.verbAt < 0 {
				q.verbAt = i
			}
			i++
			continue
		}
		if phrase, n := lexiconPhrase(ix, q.Toks, i, covered); n > 1 {
			tm := term(ix, phrase, t.Norm, i)
			if one := hyphenedWord(s, q.Toks[i:i+n]); one != "" && ix.PhraseDF(one) > 0 {
				// "co-ordinator" is "coordinator": one word, hyphened or not.
				tm.Alts = append(tm.Alts, index.Alt{Stem: one, Weight: 1, Via: "written as one word"})
			}
			q.Terms = append(q.Terms, tm)
			if q.verbAt < 0 {
				q.verbAt = i
			}
			i += n - 1
			continue
		}
		if phrase, at := splitPhrasalVerb(ix, q.Toks, i, covered); at > 0 {
			q.Terms = append(q.Terms, term(ix, phrase, t.Norm, i))
			particles[at] = true
			continue
		}
		var forms []string // a name's other forms ("UK" for "Britain"), read for names only
		if t.Upper && !t.First {
			forms = otherFormsOfName(t.Stem)
		}
		if t.Upper && !t.First && ix.DF(t.Stem) == 0 && !ix.IsNameWord(t.Norm) && !ix.HasSynonyms(t.Stem) &&
			!slices.ContainsFunc(forms, func(f string) bool { return ix.DF(f) > 0 && wordnet.IsName(wordnet.Word(f)) }) && !placeOfPeopleKnown(ix, t) && !monthWords[t.Norm] {
			q.Unknown = append(q.Unknown, t.Norm)
		}
		tm := term(ix, t.Stem, t.Norm, i)
		if t.Upper && !t.First && wordnet.IsName(t.Norm) {
			// A name ("Wales") is no common word it was stemmed into
			// ("wale"): it has no synonyms, only its other forms ("Welsh").
			alts := tm.Alts[:1:1]
			for _, a := range tm.Alts[1:] {
				if slices.Contains(forms, a.Stem) {
					alts = append(alts, a)
				}
			}
			tm.Alts = alts
		}
		_, _, tm.Time = placedTime(q.Toks, i)
		if placesTime(q.Toks, i) {
			// "last" of "last season" places the time, and means nothing
			// else: not the end ("by the end of his five years").
			tm.Alts = tm.Alts[:1]
		}
		if text.IsPreposition(t.Norm) && !(i+1 < len(q.Toks) && text.IsQuestionWord(q.Toks[i+1].Norm)) {
			// A preposition ("against", "towards", "outside") relates the
			// question's words rather than naming what is asked, and a fact
			// words the relation its own way ("a suit brought by Spitzer"
			// for "a suit against Marsh"): it weighs as an adverb does. Not
			// before the question word: "Until when...?" wants what follows
			// "until" in the fact.
			tm.Weight *= adverbWeight
			tm.Absent = false
		}
		q.Terms = append(q.Terms, tm)
		if q.verbAt < 0 {
			q.verbAt = i
		}
	}
	if q.Type == askHowMany {
		q.counted, q.countedE = q.countedThing()
		q.countedNoun = q.counted
		if i := slices.IndexFunc(q.counted, func(t qterm) bool { return t.At > q.counted[0].At && verbForm(q.Toks[t.At]) }); i > 0 {
			q.countedNoun = q.counted[:i]
		}
		if q.countsTimes() {
			// "How many times has Mido apologised?" counts apologies: "a
			// third apology", "its third meeting with the LSE".
			if k := slices.IndexFunc(q.Terms, func(t qterm) bool { return t.At > q.counted[0].At && verbForm(q.Toks[t.At]) }); k >= 0 {
				q.counted = append(q.counted, q.Terms[k])
			}
		}
		for i, t := range q.Toks {
			next := ""
			if i+1 < len(q.Toks) {
				next = q.Toks[i+1].Norm
			}
			// "At what age did Gilbert give up ballet?" asks an age as "How
			// old was Gilbert when...?" does.
			q.howOld = q.howOld || t.Norm == "how" && next == "old" || i == q.measureAt && ageWords[t.Norm]
			q.howOldNow = q.howOldNow || t.Norm == "old" && i > 0 && q.Toks[i-1].Norm == "how" && (t.Possessive || next == "is" || next == "are")
			q.howMuch = q.howMuch || t.Norm == "how" && next == "much"
			q.howOften = q.howOften || t.Norm == "how" && next == "often"
			q.howLong = q.howLong || t.Norm == "how" && next == "long"
			q.howSize = q.howSize || t.Norm == "how" && sizeWords[next]
		}
		q.change = q.asksChange()
		q.asksSum = q.howMuch && !q.change &&
			slices.ContainsFunc(q.Toks, func(t text.Token) bool {
				return wordnet.Marked(t.Norm, t.Stem, wordnet.Monetary) || wordnet.Marked(t.Norm, t.Stem, wordnet.Money)
			})
		if m := q.measureAt; m >= 0 && !q.change && wordnet.Marked(q.Toks[m].Norm, q.Toks[m].Stem, wordnet.Monetary) {
			q.asksSum = true // "At what price were the shares suspended?" asks a sum, as "How much...?" does
		}
	}
	if q.Type == askWhen {
		q.timeUnit = askedTimeUnit(q.Toks)
	}
	if q.howMuch || worth {
		q.markWorth()
	}
	q.speakers = q.speakersNamed()
	q.verbAt = q.mainVerb()
	q.markLight(ix)
	q.roleVerb = q.readVerbRoles()
	q.partWords = q.readPartWords()
	q.passive = q.isPassive()
	if hasSay {
		switch q.Type {
		case askWho:
			q.Type = askWhoSaid
		case askWhat:
			q.Type = askSay
		}
	}
	if (q.Type == askWho || q.Type == askWhat) && len(q.Terms) == 0 && len(q.Entities) == 1 && !hasSay && q.asksIdentity() {
		q.Type = askWhoIs
		q.Described = ix.MostCited(q.Entities[0].IDs)
	} else if id := q.titleAsks(ix); id != "" {
		q.Type = askWhoIs
		q.Described = id
	} else if id := q.titleAsked(ix); id != "" {
		q.Type = askWhoIs
		q.Described = id
	} else if id := q.jobAsked(ix); id != "" {
		q.Type = askWhoIs
		q.Described = id
	}
	if q.Type == askWho {
		q.readOwned()
	}
	if at := q.aboutAsked(); at >= 0 {
		q.Terms = append(q.Terms, qterm{Text: "about", Alts: []index.Alt{{Stem: "about", Weight: 1, Via: "what it is about"}}, Weight: aboutWeight, At: at, Light: true, About: true})
	}
	if at := q.contentsAsked(); at >= 0 {
		tm := term(ix, containStem, "contain", at)
		for i := range tm.Alts {
			// Whatever word of containing a fact uses ("includes",
			// "comprises"), it says what the thing holds.
			tm.Alts[i].Weight, tm.Alts[i].Via = 1, "what it holds"
		}
		q.Terms = append(q.Terms, tm)
	}
	if from, to := expansionAsked(q.Toks); from >= 0 {
		rs := []rune(q.Text)
		q.Type, q.expansionAt = askStands, from
		q.expansionOf = string(rs[q.Toks[from].Start:min(q.Toks[to-1].End, len(rs))])
	}
	q.specific = specifics(q)
	if len(q.specific) > 0 {
		q.figures = questionFigures(q.Text)
	}
	q.norms, q.stems = make(map[string]bool, len(q.Toks)), make(map[string]bool, len(q.Toks))
	for _, t := range q.Toks {
		q.norms[t.Norm], q.stems[t.Stem] = true, true
	}
	if q.Type == askYesNo {
		q.addOpposites(ix)
	}
	for _, m := range q.Entities {
		if q.roleOf(m) == "subject" {
			q.subjects = append(q.subjects, m)
		}
	}
	q.position = q.asksPosition()
	q.said = saidTermOf(q)
	q.madeAsked, q.workAsked = q.madeThing(), q.madeWork()
	return q
}

// contentsAsked is the place of the preposition of a what-question that asks
// what a named thing holds ("What is in the mini-manifesto?", "What's on the
// pre-masters?"), -1 for none: "what", a form of "be", "in" or "on", and
// no word but a name after. A fact answers it that says what the thing
// contains, in any of WordNet's words for containing ("includes").
func (q question) contentsAsked() int {
	at := whatAt(q.Toks)
	if q.Type != askWhat || at != 0 || len(q.Terms) > 0 || len(q.Entities) == 0 || len(q.Toks) < 4 ||
		!beForms[q.Toks[1].Norm] || q.Toks[2].Norm != "in" && q.Toks[2].Norm != "on" {
		return -1
	}
	return 2
}

// containStem is the word a question of what a thing holds asks for.
var containStem = text.Stem("contain")

// namedHead is where the head noun is of the phrase that starts at from,
// whose name a question asks ("the name of the Texas law firm representing
// Simonetti": firm), or -1: its last word before a preposition, a word that
// starts a clause ("who", "that"), a verb in -ing, a name after a word in lower
// case ("the constituency Ian Gibson represents"), or the question's end.
func namedHead(toks []text.Token, from int) int {
	head := -1
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if text.IsPreposition(t.Norm) || t.Norm == "who" || t.Norm == "that" || t.Norm == "which" || strings.HasSuffix(t.Norm, "ing") && verbForm(t) ||
			t.Upper && head >= 0 && !toks[head].Upper {
			break
		}
		if !text.IsStopword(t.Norm) && !t.Possessive {
			head = i
		}
	}
	return head
}

func questionType(toks []text.Token) string {
	w := func(i int) string {
		if i < len(toks) {
			return toks[i].Norm
		}
		return ""
	}
	start := 0
	for start < len(toks) && (w(start) == "and" || w(start) == "so" || w(start) == "but" || w(start) == "then") {
		start++
	}
	// "Since when...?", "For how many years...?", "In which year...?": a
	// preposition before the question word leaves the question's kind to it.
	if text.IsPreposition(w(start)) && text.IsQuestionWord(w(start+1)) {
		start++
	}
	switch first := w(start); {
	case first == "how" && (w(start+1) == "many" || w(start+1) == "much" || measureWords[w(start+1)]):
		return askHowMany
	case first == "who" || first == "whom" || first == "whose":
		return askWho
	case first == "what" && beForms[w(start+1)] && (w(start+2) == "the" && w(start+3) == "name" || w(start+2) == "name") && slices.Contains([]string{"of", "for"}, w(start+3+b2i(w(start+2) == "the"))):
		if head := namedHead(toks, start+4+b2i(w(start+2) == "the")); head >= 0 && !wordnet.Marked(toks[head].Norm, toks[head].Stem, wordnet.People) {
			return askWhat // "What is the name of the FAO report?" asks what it is called
		}
		return askWho // "What is the name of the spokesman?" asks who
	case first == "when" || (first == "what" || first == "which") && slices.Contains([]string{"year", "date", "day", "month", "time"}, w(start+1)):
		return askWhen
	case first == "where":
		return askWhere
	case first == "why":
		return askWhy
	case first == "which":
		return askWhich
	case first == "what" || first == "how":
		return askWhat
	case auxiliaries[first]:
		return askYesNo
	}
	return askWhat
}

// joinSplitNames writes as one word a name the knowledge base has as one
// that the question splits in two ("Di Caprio" for DiCaprio, "Mc Fadden"):
// each half alone is no name it knows.
func joinSplitNames(ix *index.Index, toks []text.Token) []text.Token {
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		joined := a.Norm + b.Norm
		if !a.Upper || !b.Upper || b.Start != a.End+1 || ix.IsNameWord(a.Norm) && ix.IsNameWord(b.Norm) || !ix.IsNameWord(joined) {
			continue
		}
		a.Norm, a.Stem, a.End, a.Possessive = joined, text.Stem(joined), b.End, b.Possessive
		toks = slices.Replace(slices.Clone(toks), i, i+2, a)
	}
	return toks
}

// correctTypos replaces words the knowledge base does not know with the closest
// known name or index term, so "statment" and "Charbono" still match.
func correctTypos(ix *index.Index, toks []text.Token) {
	// In a question typed all in lower case, a word beside a name may be the
	// rest of it misspelt, English word or not: "florian muller".
	lower := lowerCase(toks)
	// A name word that is also an English word ("union", "protesters", the
	// name of a group) says nothing of its neighbour being a name; nor does
	// a small word one starts with ("the name" is no slip of "The Game").
	properName := func(t text.Token) bool {
		return ix.IsNameWord(t.Norm) && !text.IsStopword(t.Norm) && (!index.KnownWord(t.Stem) || wordnet.IsName(t.Norm))
	}
	besideName := func(i int) bool {
		return i > 0 && properName(toks[i-1]) || i+1 < len(toks) && properName(toks[i+1])
	}
	for i := range toks {
		t := &toks[i]
		if ix.IsStop(t.Norm) || text.IsQuestionWord(t.Norm) || ix.DF(t.Stem) > 0 || ix.IsNameWord(t.Norm) || ix.HasSynonyms(t.Stem) {
			continue
		}
		if text.IsPreposition(t.Norm) || text.IsConjunction(t.Norm) {
			continue // grammar, no slip: "during" is not "suring"
		}
		if t.Norm[0] >= '0' && t.Norm[0] <= '9' {
			continue
		}
		if index.KnownWord(t.Stem) && !t.Upper && !(lower && besideName(i)) {
			// A slip may leave a stem English knows ("goverment" stems as
			// "governess" does): respelt as a word the knowledge base holds
			// when it is no word as written.
			if misspelt(t.Norm, t.Stem) {
				if w := ix.Respell(t.Norm); w != "" && index.Written(w) && ix.DF(text.Stem(w)) > 0 {
					t.Norm, t.Stem = w, text.Stem(w)
				}
			}
			continue // an English word the knowledge base lacks ("lending") is no typo of one it has ("Leeds")
		}
		if t.Upper {
			// A name misspelt by a doubled letter ("Jamie Fox" for Jamie
			// Foxx, "Hoffman" for Hoffmann), though the misspelling is a
			// word or a name itself.
			if c := ix.CorrectDoubled(t.Norm); c != "" {
				t.Norm, t.Stem = c, text.Stem(c)
				continue
			}
		}
		if t.Upper && wordnet.IsName(t.Norm) {
			continue // nor is a name WordNet knows ("Tory", "Dublin") a typo of a word ("try")
		}
		if c := ix.CorrectName(t.Norm); c != "" && !text.IsStopword(c) {
			// Not to a small word of a name ("All" of the All Blacks):
			// "Wall Street" is no slip of it.
			t.Norm, t.Stem = c, text.Stem(c)
		} else if c := ix.Correct(t.Stem); c != "" && !index.KnownWord(t.Stem) {
			// An English word is no typo of another word ("Shell" of
			// "sell", "fined" of "fire"): only of a name.
			t.Stem = c
		} else if w := ix.Respell(t.Norm); w != "" && !t.Upper && !index.KnownWord(t.Stem) {
			// A slip that took the stem away from its word's ("credibilti"
			// for "credibl"): the word is respelt, not the stem.
			t.Norm, t.Stem = w, text.Stem(w)
		}
	}
}

// misspelt reports whether a word whose stem English knows is still no word:
// not one as written nor a form of one ("brought"), and far from the word
// WordNet gives its stem ("goverment" is three slips from "governess"),
// where a British spelling is one ("summarise", "summarize").
func misspelt(norm, stem string) bool {
	if index.Written(norm) || irregularForm(norm) || norm == stem {
		// A word the stemmer leaves whole is its own stem, which WordNet
		// knows: "detect", though WordNet files the stem under "detective".
		return false
	}
	const far = 2
	return text.OSADistance(norm, wordnet.Word(stem), far) > far
}

// commonWordsUnnamed drops from mentions the entities a question names only
// by English words in lower case where every name and alias of theirs is
// written with a capital: "games" of "the games industry body" is no
// "Games", the Olympics. A question typed all in lower case keeps them, as
// its names are in lower case too; an alias recorded in lower case
// ("ministers") is the curator's word and is kept.
func commonWordsUnnamed(ix *index.Index, toks []text.Token, mentions []index.Mention) []index.Mention {
	if lowerCase(toks) {
		return mentions
	}
	out := mentions[:0]
	for _, m := range mentions {
		common := true
		for _, t := range toks[m.From:m.To] {
			common = common && !t.Upper && (text.IsStopword(t.Norm) || index.KnownWord(t.Stem) || index.KnownWord(t.Norm))
		}
		if common {
			m.IDs = slices.DeleteFunc(slices.Clone(m.IDs), func(id string) bool {
				e, _ := ix.Names.Entity(id)
				return !slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool {
					return text.NormPhrase(n) == m.Norm && strings.ToLower(n) == n
				})
			})
			if len(m.IDs) == 0 {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// lowerCase reports whether words were typed all in lower case (but for the
// first): their case says nothing of which are names.
func lowerCase(toks []text.Token) bool {
	return !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Upper && !t.First })
}

// lexiconPhrase finds the longest lexicon phrase starting at token i.
func lexiconPhrase(ix *index.Index, toks []text.Token, i int, covered []bool) (string, int) {
	for n := min(max(ix.MaxPhrase(), 4), len(toks)-i); n >= 2; n-- {
		parts := make([]string, 0, n)
		ok := true
		for k := range n {
			if covered[i+k] {
				ok = false
				break
			}
			parts = append(parts, toks[i+k].Stem)
		}
		if !ok {
			continue
		}
		p := strings.Join(parts, " ")
		if toks[i+n-1].Norm == "to" && i+n < len(toks) && bareVerb(toks[i+n]) {
			continue // "take to develop": "to" marks the verb after it, no phrase's
		}
		if strings.HasSuffix(toks[i].Norm, "ings") || i > 0 && (determiners[toks[i-1].Norm] || toks[i-1].Possessive) && wordnet.PartsOfSpeech(p) == wordnet.Verb {
			continue // "the takings for the film", "Mirza's win over Molik": a noun, no verb of a phrase ("take for", "win over")
		}
		if (toks[i+n-1].Norm == "in" || toks[i+n-1].Norm == "at" || toks[i+n-1].Norm == "from") && i+n < len(toks) && placeNamedAt(ix, toks, i+n) {
			continue // "cut in Britain", "escaped from Carstairs": "in" and "from" say where, no phrase's
		}
		if timePrepositions[toks[i+n-1].Norm] && i+n < len(toks) && timeAt(toks, i+n) {
			continue // "add in January": the preposition says when, no phrase's
		}
		if i > 0 && (beForms[toks[i-1].Norm] || auxiliaries[toks[i-1].Norm]) && strings.HasSuffix(toks[i].Norm, "ing") && text.IsPreposition(toks[i+n-1].Norm) && wordnet.PartsOfSpeech(p) == wordnet.Noun {
			continue // "was talking to": a verb and its preposition, not the noun "a talking to"
		}
		if ix.IsPhrase(p) {
			return p, n
		}
	}
	return "", 0
}

// timeAt reports whether the words at i say a time: a month or a day, a
// year, or a stretch of time placed by a word before it ("last week").
func timeAt(toks []text.Token, i int) bool {
	return monthWords[toks[i].Norm] || yearRE.MatchString(toks[i].Norm) || placesTime(toks, i)
}

// splitPhrasalVerb finds a phrasal verb WordNet knows whose particle stands
// after the verb's object ("pay the money back", "bring Stern's show back"):
// the phrase and the particle's token, or 0 when there is none. Between
// them stand one to three words of a noun phrase, ending in a noun or a
// name, and the particle ends the question or comes before a preposition:
// a particle before a noun phrase is a preposition of its own ("holds a
// majority in both houses").
func splitPhrasalVerb(ix *index.Index, toks []text.Token, i int, covered []bool) (string, int) {
	if !canBeVerb(toks[i]) {
		return "", 0
	}
	particle := func(t text.Token) bool {
		return text.IsPreposition(t.Norm) || wordnet.PartsOfSpeech(t.Stem)&wordnet.Adverb != 0
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		if covered[j] {
			continue
		}
		if j > i+1 && particle(t) {
			last := toks[j-1]
			if !covered[j-1] && wordnet.PartsOfSpeech(last.Stem)&wordnet.Noun == 0 {
				return "", 0
			}
			if j+1 < len(toks) && !text.IsPreposition(toks[j+1].Norm) {
				return "", 0
			}
			p := toks[i].Stem + " " + t.Stem
			if ix.IsPhrase(p) && wordnet.PartsOfSpeech(p)&wordnet.Verb != 0 {
				return p, j
			}
			return "", 0
		}
		if particle(t) && !determiners[t.Norm] || verbForm(t) { // a determiner may be an adverb too ("all")
			return "", 0
		}
	}
	return "", 0
}

// placeNamedAt reports whether the question's words from k name a place:
// a place's name WordNet knows ("Britain"), or an entity recorded as a
// place or a country.
func placeNamedAt(ix *index.Index, toks []text.Token, k int) bool {
	if toks[k].Upper && !toks[k].Caps && wordnet.IsPlace(toks[k].Stem) {
		return true
	}
	for _, m := range ix.Names.Find(toks[k:min(len(toks), k+ix.Names.MaxWords())]) {
		if m.From > 0 {
			break
		}
		for _, id := range m.IDs {
			if placeKind(ix.Names.Kind(id)) {
				return true
			}
		}
	}
	return false
}

// placeOfPeopleKnown reports whether a capitalised word names a place's
// people ("Brazilian") whose place the knowledge base holds ("Brazil's beer
// market"), by a derivation WordNet gives in any sense: the question asks of
// a place the knowledge base knows, not of an unknown name.
func placeOfPeopleKnown(ix *index.Index, t text.Token) bool {
	known := func(place string) bool {
		// "British" of a knowledge base that says "UK": the place by its
		// other name.
		return ix.DF(place) > 0 || slices.ContainsFunc(otherFormsOfName(place), func(f string) bool { return ix.DF(f) > 0 })
	}
	return wordnet.IsNationality(t.Norm, t.Stem) && slices.ContainsFunc(wordnet.Related(t.Stem), func(r wordnet.Relation) bool {
		return r.Kind == wordnet.Derivation && wordnet.IsPlace(r.Stem) && known(r.Stem)
	})
}

// term builds a question term with its synonyms and weight.
// adverbWeight is how much less a word that can only be an adverb weighs.
const adverbWeight = 0.25

// phrasalVerbCredit is what the verb alone earns for a phrasal verb.
const phrasalVerbCredit = 0.8

// mainSynonym is the weight WordNet gives a synonym in a word's main sense.
const mainSynonym = wordnet.MainSense

func term(ix *index.Index, stemmed, word string, at int) qterm {
	alts := append([]index.Alt{{Stem: stemmed, Weight: 1, Via: "word"}}, ix.Alternatives(stemmed)...)
	alts = spellingAlts(ix, word, stemmed, alts)
	if !strings.Contains(stemmed, " ") {
		if p := splitCompound(ix, word, stemmed); p != "" {
			alts = append(alts, index.Alt{Stem: p, Weight: apartCredit, Via: "its words apart"})
		}
	}
	if verb, _, ok := strings.Cut(stemmed, " "); ok && wordnet.PartsOfSpeech(stemmed)&wordnet.Verb != 0 {
		// A phrasal verb ("take in", "pull out") is its verb, mostly: "Alexander
		// has taken $21.6m" answers what it took in.
		alts = slices.DeleteFunc(alts, func(a index.Alt) bool { return a.Stem == verb })
		alts = append(alts, index.Alt{Stem: verb, Weight: phrasalVerbCredit, Via: "verb of the phrase"})
		// So are the verb's synonyms in its main sense, as far as the verb
		// counts: "thinking of selling" is "considering selling". Not its
		// rarer senses, forms or curated synonyms, which are seldom the
		// phrase's: "sign off" is not "endorse".
		for _, a := range ix.Alternatives(verb) {
			if a.Via != "synonym" || a.Weight < mainSynonym {
				continue
			}
			if w := a.Weight * phrasalVerbCredit; !slices.ContainsFunc(alts, func(b index.Alt) bool { return b.Stem == a.Stem && b.Weight >= w }) {
				alts = slices.DeleteFunc(alts, func(b index.Alt) bool { return b.Stem == a.Stem })
				alts = append(alts, index.Alt{Stem: a.Stem, Weight: w, Via: a.Via + " of the phrase's verb"})
			}
		}
	}
	if d := digitsOf(word); d != "" {
		// "top ten" is "top 10": a number word is its figure.
		alts = append(alts, index.Alt{Stem: d, Weight: 1, Via: "figure"})
	}
	var parts []string
	if strings.Contains(stemmed, " ") && wordnet.PartsOfSpeech(stemmed)&wordnet.Verb == 0 {
		// A compound noun: its words may be said apart, or spelt another way.
		parts = strings.Fields(stemmed)
		alts = append(alts, variantPhrases(ix, compoundParts(ix, parts), alts)...)
	}
	// How common the concept is: the word's own facts, and its alternatives'
	// as far as they count for it.
	df := 0.0
	for _, a := range alts {
		df += a.Weight * float64(ix.PhraseDF(a.Stem))
	}
	// Words common in all English ("go", "think", "take") say less about what is
	// asked than their rarity in the knowledge base alone suggests.
	w := ix.IDF(min(int(df+0.5), ix.Facts())) * (1 - 0.6*wordnet.Commonness(stemmed))
	adverb := wordnet.PartsOfSpeech(stemmed) == wordnet.Adverb
	if adverb {
		// A word that can only be an adverb ("so far", "altogether", "elsewhere")
		// says how, not what: a fact that answers seldom repeats it, and no
		// fact holding it says nothing of whether the answer is held.
		w *= adverbWeight
	}
	return qterm{Text: word, Alts: alts, Weight: w, At: at, Absent: df == 0 && !adverb, Parts: parts, Money: wordnet.Marked(word, stemmed, wordnet.Money), Ratio: ratioWord(stemmed), Currency: currencyWord(word, stemmed), Compares: comparesWord(stemmed)}
}

// digitsOf is a number word written in digits ("ten": "10"), or "" for any
// other word: a figure is indexed as its digits.
func digitsOf(word string) string {
	if word == "" || word[0] >= '0' && word[0] <= '9' || !claims.MayHoldFigure(word) {
		return ""
	}
	for _, cl := range claims.Extract(word) {
		if cl.Kind == claims.ClaimNumber && cl.Value == math.Trunc(cl.Value) && cl.Value > 0 {
			return formatFigure(cl.Value)
		}
	}
	return ""
}

// speakersNamed are the entities a question about what was said names as the
// ones speaking: those before "say" ("What did the EEOC say about Simonetti's
// complaint?" asks the EEOC, not Simonetti) and after "according to".
func (q question) speakersNamed() []string {
	var out []string
	for _, m := range q.Entities {
		before := q.sayAt >= 0 && m.To <= q.sayAt
		according := m.From >= 2 && q.Toks[m.From-2].Norm == "according" && q.Toks[m.From-1].Norm == "to"
		if before || according {
			out = append(out, m.IDs...)
		}
	}
	return out
}

// determiners make the word after them a noun: "the cut", "its offer".
var determiners = text.Set(`the a an its his her their our my your this that these those`)

// pastDeterminers is the place of the first word from i on that is no
// determiner: the head of "the Uefa Cup" from "the".
func pastDeterminers(toks []text.Token, i int) int {
	for i < len(toks) && determiners[toks[i].Norm] {
		i++
	}
	return i
}

// mainVerb finds the question's verb, to tell who acts from who is acted on:
// the first content word after the auxiliary and its subject that can be a verb
// and does not follow a determiner ("When did the Telegraph journalists meet?"
// is about meeting, not journalists) or a possessive name ("What is Ras
// Kwame's show called?" is about calling); else the first content word but
// what a how-many question counts (isCounted).
func (q question) mainVerb() int {
	if len(q.Terms) == 0 {
		return -1
	}
	start, bare := 0, false
	for i, t := range q.Toks {
		if i > 5 {
			break // "How many bus routes does the budget add?"
		}
		if auxiliaries[t.Norm] || beForms[t.Norm] {
			start, bare = i+1, bareInfinitiveAux[t.Norm]
			break
		}
	}
	for k, t := range q.Terms {
		if t.At < start || t.At > 0 && determiners[q.Toks[t.At-1].Norm] || q.focusBeforeVerb(t.At) || q.afterPossessor(t.At) {
			continue
		}
		if bare && q.subjectWord(k, start) {
			continue // "By how much did house sales drop?": the verb is drop
		}
		if wordnet.PartsOfSpeech(q.Toks[t.At].Stem)&wordnet.Verb != 0 {
			return t.At
		}
	}
	if k := slices.IndexFunc(q.Terms, func(t qterm) bool { return !q.isCounted(t.At) }); k >= 0 {
		return q.Terms[k].At
	}
	return q.Terms[0].At
}

// isCounted reports whether the word at i is of what a how-many question
// counts: "people" of "How many people with broadband have an MP3 player?"
// is no verb, though English can people a land.
func (q question) isCounted(i int) bool {
	return slices.ContainsFunc(q.counted, func(t qterm) bool { return t.At == i })
}

// afterPossessor reports whether the word at i follows a name with "'s"
// ("Ras Kwame's show"): it is what the name owns, a noun, as after "his".
func (q question) afterPossessor(i int) bool {
	_, ok := q.possessed[i]
	return ok
}

// possessedWords are the places of the words right after a name with "'s",
// and the name, read once a question.
func possessedWords(s string, toks []text.Token, entities []index.Mention) map[int]index.Mention {
	var out map[int]index.Mention
	for _, m := range entities {
		if m.To < len(toks) && possessor(s, toks, m) {
			if out == nil {
				out = map[int]index.Mention{}
			}
			out[m.To] = m
		}
	}
	return out
}

// ownedNoun reports whether the word at i is a noun a name owns ("What are
// O'Leary's ambitions?"): it follows the name with "'s", and no auxiliary
// whose verb comes bare stands before it, which would make it that verb
// ("What did McDonald's decide?").
func (q question) ownedNoun(i int) bool {
	return q.afterPossessor(i) && !slices.ContainsFunc(q.Toks[:i], func(t text.Token) bool { return bareInfinitiveAux[t.Norm] })
}

// bareAux reports whether the question opens with an auxiliary whose verb
// comes bare ("Did...?", "Will...?"): its verb is then one.
func (q question) bareAux() bool { return len(q.Toks) > 0 && bareInfinitiveAux[q.Toks[0].Norm] }

// bareInfinitiveAux are the auxiliaries whose verb comes bare: "did ...
// drop", "will ... grow", never "did ... drops" or "dropped".
var bareInfinitiveAux = text.Set(`do does did will would can could should shall may might must`)

// subjectWord reports whether the question's term k, after an auxiliary
// whose verb comes bare (start is just after it), is part of the subject
// rather than the verb: an inflected word ("sales", "delays"), which that
// verb cannot be, or the first word after the auxiliary, before any other
// subject, with another term right after it ("house" of "did house sales
// drop", "average" of "did average delays grow"), a noun before its head or
// its verb. After a name ("Did Zhang deny abuse claims?") the first word is
// the verb.
func (q question) subjectWord(k, start int) bool {
	t := q.Terms[k]
	tok := q.Toks[t.At]
	if tok.Norm != tok.Stem && (strings.HasSuffix(tok.Norm, "s") || strings.HasSuffix(tok.Norm, "ed") || strings.HasSuffix(tok.Norm, "ing")) {
		return !q.lastTerm(k)
	}
	first := !slices.ContainsFunc(q.Terms[:k], func(p qterm) bool { return p.At >= start }) && !q.subjectBetween(start, t.At)
	return first && !q.inEntity(t.At) && k+1 < len(q.Terms) && q.Terms[k+1].At == t.At+1 && !q.subjectAsked(start-1)
}

// subjectAsked reports whether the auxiliary at aux follows a which- or
// what-phrase and nothing else: "Which clubs will give evidence?" asks who
// acts, so the word after the auxiliary is the verb ("give"), not a noun of
// another subject.
func (q question) subjectAsked(aux int) bool {
	at := whatAt(q.Toks)
	if at != 0 || at+1 >= aux {
		return false // "By what percentage did research spending increase?" has a subject of its own
	}
	return !slices.ContainsFunc(q.Toks[at+1:aux], func(t text.Token) bool {
		return text.IsStopword(t.Norm) || text.IsPreposition(t.Norm) || t.Upper
	}) && !slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return m.From > at && m.From < aux })
}

// lastTerm reports whether term k is the question's last word: then it is
// the verb, if any word is.
func (q question) lastTerm(k int) bool { return k == len(q.Terms)-1 }

// focusBeforeVerb reports whether the word at i is the kind of thing a
// which- or what-question asks for, right before a word that may be the
// action ("Which court handed down...?", "Which channel airs...?"): the
// word after it is the verb, though "court" and "channel" may be verbs too.
func (q question) focusBeforeVerb(i int) bool {
	if i == 0 || q.Toks[i-1].Norm != "which" && q.Toks[i-1].Norm != "what" {
		return false
	}
	return slices.ContainsFunc(q.Terms, func(t qterm) bool {
		return t.At == i+1 && wordnet.PartsOfSpeech(q.Toks[t.At].Stem)&wordnet.Verb != 0
	})
}

// verbless reports whether the question's main word is no verb but a noun
// after "the" or "a" ("Who did Bellamy have the row with?", "Who wants the NAO
// to get a free hand?"): who acts on whom cannot be read around it.
func (q question) verbless() bool {
	return q.verbAt > 0 && determiners[q.Toks[q.verbAt-1].Norm]
}

// actionAt reports whether the question's verb is surely its action: a word
// that may be a verb, followed by no common word of the question's own, or
// only by a preposition ("Which country did Houllier manage before?").
// Before a noun, it most often qualifies it: in "When will the Olympics
// boycott vote take place?" the vote is what happens, not a boycott.
func (q question) actionAt() bool {
	if q.verbAt < 0 || q.verbless() {
		return false
	}
	next := q.verbAt + 1
	return next >= len(q.Toks) || q.termAt(next) == nil || text.IsPreposition(q.Toks[next].Norm)
}

// askedRoles are the role nouns a who-question asks the holder of ("Who is the
// chief executive?", "Who was the executive who resigned?", "What is the name
// of the spokesman?"), as stems: a form of "be" after "who" (or "the name of"),
// then role nouns not inside a named entity.
func (q question) askedRoles() []string {
	var out []string
	for i, t := range q.Toks {
		from := -1
		if t.Norm == "who" {
			from = whoAsksRole(q.Toks)
			if vr := q.verbRoles(); from < 0 && len(vr) > 0 {
				return vr
			}
			if from >= 0 && from < len(q.Toks) && verbForm(q.Toks[from]) && strings.HasSuffix(q.Toks[from].Norm, "ed") {
				// "Who was named top publisher?" asks who was given the
				// title, a company as well as a person: no role's holder.
				return nil
			}
			if from >= 0 && from+1 < len(q.Toks) && verbForm(q.Toks[from]) && strings.HasSuffix(q.Toks[from].Norm, "ing") && !text.IsRoleNoun(q.Toks[from+1].Norm) {
				// "Who is replacing Mohd-Saaid as CEO?" asks who does it,
				// the role being what they take ("Who is acting chief
				// executive?" asks its holder).
				return nil
			}
		} else if t.Norm == "name" && i+1 < len(q.Toks) && (q.Toks[i+1].Norm == "of" || q.Toks[i+1].Norm == "for") {
			from = i + 2
		}
		if from < 0 {
			continue
		}
		for k := from; k < len(q.Toks); k++ {
			if text.IsRoleNoun(q.Toks[k].Norm) && !q.inEntity(k) {
				out = append(out, q.Toks[k].Stem)
			}
		}
		break
	}
	return out
}

// verbRoles are the roles a who-question asks the holder of by its verb, as
// stems: "Who chairs the committee?" asks for its chairman (see roleOfVerb).
// None when the verb does not follow "who" ("Who did Marsh hire?"). Read
// once, when the question is parsed: WordNet's relations are not looked up
// again for every candidate fact.
func (q question) verbRoles() []string { return q.roleVerb }

// readVerbRoles reads verbRoles from the question's words.
func (q question) readVerbRoles() []string {
	if q.verbAt < 1 || q.Toks[q.verbAt-1].Norm != "who" {
		return nil
	}
	return roleOfVerb(q.Toks[q.verbAt].Stem)
}

// inEntity reports whether token k is part of a linked entity's name.
func (q question) inEntity(k int) bool {
	for _, m := range q.Entities {
		if k >= m.From && k < m.To {
			return true
		}
	}
	return false
}

// countedThing is the words or the entity right after "how many": what the
// number in an answer must count. The words run up to the next word that is
// neither one of the question's terms nor part of a name, so that "How many
// extra colour pages" is counted in pages (or colour pages), not only in extras.
func (q question) countedThing() ([]qterm, []string) {
	for i, t := range q.Toks {
		if t.Norm != "many" && t.Norm != "much" {
			continue
		}
		// The run goes over names too: "How many DWP jobs" counts jobs.
		var run []qterm
		for at := i + 1; at < len(q.Toks); at++ {
			if t := q.termAt(at); t != nil {
				if len(run) == 0 && at > i+1 && (wordnet.PartsOfSpeech(q.Toks[at].Stem)&wordnet.Noun == 0 || verbForm(q.Toks[at]) && !strings.HasSuffix(q.Toks[at].Norm, "ing")) {
					// "How many Americans own...?", "How many law lords
					// heard...?": a verb follows the name ("US monitoring
					// stations" has none).
					break
				}
				run = append(run, *t)
			} else if !q.inName(at) {
				break
			}
		}
		if len(run) > 0 {
			return run, nil
		}
		for _, m := range q.Entities {
			if m.From == i+1 {
				return nil, m.IDs
			}
		}
		break
	}
	return nil, nil
}

// countedQualifiers are the words that narrow what a how-many question
// counts, in a phrase a preposition opens after it: "broadband" of "How many
// people with broadband have an MP3 player?". A figure of people in general
// does not count them.
func (q question) countedQualifiers() []int {
	if len(q.counted) == 0 {
		return nil
	}
	j := q.counted[len(q.counted)-1].At + 1
	if j >= len(q.Toks) || !text.IsPreposition(q.Toks[j].Norm) {
		return nil
	}
	var out []int
	for at := j + 1; at < len(q.Toks); at++ {
		t := q.termAt(at)
		switch {
		case t != nil && !verbForm(q.Toks[at]):
			out = append(out, at)
		case t == nil && len(out) == 0 && text.IsStopword(q.Toks[at].Norm) && !text.IsPreposition(q.Toks[at].Norm):
			// "in their thirties"
		default:
			return out
		}
	}
	return out
}

// verbForm reports whether a word after a noun is a verb's: an inflected
// form ("responded", "going"), an irregular one ("went"), or a word English
// knows only as a verb.
func verbForm(t text.Token) bool {
	if strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") {
		return t.Stem != t.Norm
	}
	if _, ok := text.BaseForm(t.Norm); ok {
		return true
	}
	pos := wordnet.PartsOfSpeech(t.Stem)
	return pos != 0 && pos&^wordnet.Verb == 0
}

// inName reports whether the question's token i is a word of a name it
// gives, an entity's.
func (q question) inName(i int) bool {
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return m.From <= i && i < m.To })
}

// names reports whether the question names the entity id.
func (q question) names(id string) bool {
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return slices.Contains(m.IDs, id) })
}

// subjectBetween reports whether the question's words from..to (an auxiliary's
// and the main verb's) hold a subject: a name, or a word that can be a noun.
// "Which drugs did Collins take?" has one; in "Which projects are performing
// well?" and "Which areas will be particularly affected?" the thing asked for
// is the subject, as in "Which player was at the heart of Newcastle's play?",
// where a preposition comes first, and "Which start-ups are making hybrid
// devices?", where a participle does.
func (q question) subjectBetween(from, to int) bool {
	for i := from; i < to && i < len(q.Toks); i++ {
		t := q.Toks[i]
		if text.IsPreposition(t.Norm) {
			return false // what follows is its object, no subject
		}
		if verbForm(t) && (strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed")) {
			return false // "Which start-ups are making...?": a participle, the auxiliary's own
		}
		if q.inName(i) {
			return true
		}
		if text.IsStopword(t.Norm) && !text.IsSubjectPronoun(t.Norm) || auxiliaries[t.Norm] || beForms[t.Norm] {
			continue
		}
		if text.IsSubjectPronoun(t.Norm) || wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0 || !index.KnownWord(t.Stem) {
			return true
		}
	}
	return false
}

var beForms = text.Set(`is are was were been being be`)

// goingToFuture reports whether token i is the first word of a semi-modal,
// "be going to", "be due to", "be set to", before a verb: "Is Collins going
// to appeal?" is "Will Collins appeal?", "Who is Gazprom set to merge with?"
// asks who it will merge with, and a fact says it its own way ("is due to
// merge"). It is no going somewhere ("going to court") when a determiner
// follows "to". "Due" before a particle or preposition is expected too:
// "When are the protesters due in court?" asks when they will appear there
// ("will appear at Bow Street Magistrates' Court on 21 December").
func goingToFuture(toks []text.Token, i int) bool {
	if !semiModals[toks[i].Norm] || i+1 >= len(toks) {
		return false
	}
	var verbAfter bool
	switch {
	case toks[i+1].Norm == "to" && i+2 < len(toks) && !determiners[toks[i+2].Norm]:
		verbAfter = wordnet.PartsOfSpeech(toks[i+2].Stem)&wordnet.Verb != 0
	case toks[i].Norm == "due" && toks[i+1].Norm != "to" && (text.IsPreposition(toks[i+1].Norm) || toks[i+1].Norm == "out" || toks[i+1].Norm == "back"):
		// "due out", "due in court": expected to come out, to appear.
		verbAfter = true
	}
	if !verbAfter {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if beForms[toks[k].Norm] || toks[k].Norm == "am" {
			return true
		}
	}
	return false
}

// semiModals are the words of English's semi-modals of what is to come
// ("be going to", "be due to", "be set to", "be poised to", "be bound to",
// "be about to"; "about" is a stopword already): grammar, a closed class.
var semiModals = text.Set(`going due set poised bound`)

// measureWords follow "how" in questions that want a figure: "how far", "how long".
var measureWords = text.Set(`far long old big large tall high deep wide often fast heavy`)

// sizeWords are the measure words that ask a size, a weight or a speed,
// which no stretch of time gives: "How far away is the election?" may ask
// days, "How big was the coalition?" a count and "How high is Opec
// production?" a "25-year high", but "How tall is Asimo?" asks none of them.
var sizeWords = text.Set(`tall deep wide heavy fast`)

// titleAsked finds the entity whose recorded title is exactly what a "Who is ...?"
// question names: "Who is the king of Morocco?" for the entity titled "King of
// Morocco". It returns "" when no title matches.
func (q question) titleAsked(ix *index.Index) string {
	if q.Type != askWho && q.Type != askWhat {
		return ""
	}
	for i, t := range q.Toks {
		if !beForms[t.Norm] {
			continue
		}
		rest := q.Toks[i+1:]
		for len(rest) > 0 && (rest[0].Norm == "the" || rest[0].Norm == "a" || rest[0].Norm == "an") {
			rest = rest[1:]
		}
		parts := make([]string, len(rest))
		for k, r := range rest {
			parts[k] = r.Norm
		}
		if ids := ix.Names.Titled(strings.Join(parts, " ")); len(ids) > 0 {
			return ix.MostCited(ids)
		}
		return titledBySynonym(ix, rest, parts)
	}
	return ""
}

// titledBySynonym is the one person whose recorded title is the question's
// words after "is the" with its role noun put in a word the lexicon gives for
// it: "Who is the head of Gazprom?" asks for the "chief of Gazprom". "" when
// no one is titled so, or people under different words are: the head is
// the chief or the director, but not both.
func titledBySynonym(ix *index.Index, rest []text.Token, parts []string) string {
	if len(rest) == 0 || !text.IsRoleNoun(rest[0].Norm) {
		return ""
	}
	var found []string
	for _, s := range ix.Synonyms(rest[0].Stem) {
		if s == rest[0].Stem || strings.Contains(s, " ") {
			continue
		}
		words := append([]string{s}, parts[1:]...)
		for _, id := range ix.Names.Titled(strings.Join(words, " ")) {
			if !slices.Contains(found, id) {
				found = append(found, id)
			}
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// isPassive reports a passive question: a form of "be" before the first content
// word, which is a past participle ("accused", "held", "blamed").
func (q question) isPassive() bool {
	if q.verbAt < 0 {
		return false
	}
	v := q.Toks[q.verbAt].Norm
	if !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "en") && !irregularForm(v) {
		return false
	}
	for _, t := range q.Toks[:q.verbAt] {
		if beForms[t.Norm] {
			return true
		}
	}
	return false
}

// asksIdentity reports a question about what someone or something is ("Who is
// X?", "What are the camps?", "Tell me about X") rather than what they did.
func (q question) asksIdentity() bool {
	for i, t := range q.Toks {
		if beForms[t.Norm] && i+1 < len(q.Toks) && text.IsPreposition(q.Toks[i+1].Norm) {
			// "What is in the mini-manifesto?" asks what it holds, not
			// what it is.
			return false
		}
		if beForms[t.Norm] || (i == 0 && (t.Norm == "tell" || t.Norm == "describe" || t.Norm == "about")) {
			return true
		}
		if i == 0 && t.Possessive && text.IsQuestionWord(t.Norm) {
			return true // "Who's the England coach?", "whos the england coach"
		}
	}
	return len(q.Toks) > 0 && q.Entities[0].From == 0 // just a name: "Zhang Jun?"
}

// irregularForm reports whether a word is an irregular verb form ("held", "stood").
func irregularForm(w string) bool {
	_, ok := text.BaseForm(w)
	return ok
}

// widenNames takes into a name found in the question the capitalised words
// beside it that belong to the same name, misspelt or not: in "Germain Grear"
// the corrected "Greer" is found, and "Germain" is Germaine Greer's first name,
// not a word to look for in the facts.
func widenNames(ix *index.Index, toks []text.Token, found []index.Mention) []index.Mention {
	covered := coveredBy(len(toks), found)
	// A question typed all in lower case ("what did florian muller say") has
	// its names in lower case too.
	lower := lowerCase(toks)
	belongs := func(i int, ids []string) bool {
		if i < 0 || i >= len(toks) || covered[i] || !toks[i].Upper && !lower || text.IsStopword(toks[i].Norm) {
			return false
		}
		for _, id := range ids {
			e := ix.Names.Entities()[id]
			for _, w := range text.Tokenize(strings.Join(append([]string{e.Name}, e.Aliases...), " ")) {
				if w.Stem == toks[i].Stem || len(w.Norm) >= 5 && text.OSADistance(w.Norm, toks[i].Norm, 1) <= 1 {
					return true
				}
			}
		}
		return false
	}
	for k := range found {
		m := &found[k]
		for belongs(m.From-1, m.IDs) {
			m.From--
			covered[m.From] = true
		}
		for belongs(m.To, m.IDs) {
			covered[m.To] = true
			m.To++
		}
	}
	return found
}

// demonymMentions adds to the names found in a question its words for a
// people that WordNet derives from a country or place the knowledge base
// records, and no name of its own covers: "How many Mozambicans live below
// the poverty line?" asks about Mozambique, "the Russians" about Russia,
// though the curator aliased the country as "Russian" at most.
func demonymMentions(ix *index.Index, toks []text.Token, found []index.Mention) []index.Mention {
	covered := coveredBy(len(toks), found)
	var more []index.Mention
	for i, t := range toks {
		if covered[i] || !t.Upper || t.First && i == 0 || !wordnet.IsNationality(t.Norm, t.Stem) {
			continue
		}
		forms := nameForms(t.Stem, wordnet.Derivation)
		if len(forms) == 0 {
			continue
		}
		var ids []string
		for id, e := range ix.Names.Entities() {
			if placeKind(e.Kind) && slices.ContainsFunc(ix.Names.StemmedNames([]string{id}), func(s string) bool { return slices.Contains(forms, s) }) {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			slices.Sort(ids)
			more = append(more, index.Mention{IDs: ids, From: i, To: i + 1, Norm: t.Norm})
		}
	}
	return addMentions(found, more)
}

// whoAsksRole is where the role a who-question asks about begins ("Who is the
// chairman?", "Who will be the new chief executive?"): the word after "who"
// and the forms of "be" and its auxiliaries; -1 when "who" is not followed by
// them.
func whoAsksRole(toks []text.Token) int {
	for i, t := range toks {
		if t.Norm != "who" {
			continue
		}
		k := i + 1
		for k < len(toks) && (beForms[toks[k].Norm] || auxiliaries[toks[k].Norm] || toks[k].Norm == "be") {
			k++
		}
		if k == i+1 || k < len(toks) && !beForms[toks[k-1].Norm] && toks[k-1].Norm != "be" {
			return -1 // "Who did...": the question asks who acts
		}
		return k
	}
	return -1
}

// whichAsksRole is where the noun after "which" or "what" starts ("Which
// leader...?"), -1 when the question word has no noun after it.
func whichAsksRole(toks []text.Token) int {
	if i := whatAt(toks); i >= 0 && i+1 < len(toks) && !text.IsStopword(toks[i+1].Norm) {
		return i + 1
	}
	return -1
}

// whatAt is where a question's first "what" or "which" stands, -1 for none:
// the words after it name what is asked ("Which leader...?", "On what
// day...?").
func whatAt(toks []text.Token) int {
	return slices.IndexFunc(toks, func(t text.Token) bool { return t.Norm == "what" || t.Norm == "which" })
}

// asksDoer reports whether a what-question asks what did its verb: "What
// caused the smell of smoke?", the question word its subject.
func (q question) asksDoer() bool {
	return q.Type == askWhat && q.verbAt > 0 && q.Toks[q.verbAt-1].Norm == "what" && verbForm(q.Toks[q.verbAt])
}

// verbTerm is the term of the question's main verb, if it has one.
func (q question) verbTerm() *qterm { return q.termAt(q.verbAt) }

// termAt is the term of the question's word at token i, if it is one.
func (q question) termAt(i int) *qterm {
	if k := slices.IndexFunc(q.Terms, func(t qterm) bool { return t.At == i }); k >= 0 {
		return &q.Terms[k]
	}
	return nil
}

// roleOf is the role the question gives an entity: see clauseRole.
func (q question) roleOf(m index.Mention) string {
	if q.verbless() || q.owned != nil || m.To != q.verbAt && possessor(q.Text, q.Toks, m) {
		return ""
	}
	if slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(q.asRole, id) }) {
		return "subject" // "Who resigned as chief executive?": its holder resigned
	}
	if q.verbAt >= 0 && m.To != q.verbAt && wordnet.PartsOfSpeech(q.Toks[q.verbAt].Stem)&wordnet.Verb == 0 {
		// "Whose son is Otis Ferry?": the word read as its verb is none,
		// and no one acts; but the owner of an action said as a noun ("the
		// union's reaction") is the one acting.
		return ""
	}
	if q.Type == askWho && !q.passive && q.verbAt >= 0 && m.From > q.verbAt && q.Toks[m.From-1].Norm == "against" {
		// "Who scored Wales's tries against France?": France is played,
		// not the one who scored, which a fact where France scores is not.
		return "object"
	}
	return clauseRole(q.Toks, q.verbAt, q.passive, m.From)
}

// possessor reports whether a mention is followed by "'s" ("Who reported
// IBM's patent tally?"): it owns what the clause acts on or with, and is
// neither the one acting nor the one acted on; but the owner of the action
// itself ("What was the union's reaction?") is the one acting.
func possessor(s string, toks []text.Token, m index.Mention) bool {
	if m.To == 0 || m.To > len(toks) {
		return false
	}
	rs := []rune(s)
	last := toks[m.To-1]
	end := min(len(rs), last.End)
	word := strings.ReplaceAll(string(rs[last.Start:end]), "\u2019", "'")
	rest := strings.ReplaceAll(string(rs[end:]), "\u2019", "'")
	return strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "s'") || strings.HasPrefix(rest, "'")
}

// clauseRole is the role of the word at from in a clause whose verb is at
// verbAt: "subject" for the one who acts ("Zhang blamed...", "...was blamed by
// Zhang"), "object" for the one acted on ("...blamed Zhang", "Zhang was
// blamed"), "" when a preposition other than the passive's "by" puts it beside
// the action ("held in the camps").
func clauseRole(toks []text.Token, verbAt int, passive bool, from int) string {
	if verbAt < 0 {
		return ""
	}
	if from < verbAt {
		if passive {
			return "object"
		}
		return "subject"
	}
	prep := ""
	if from > 0 && text.IsPreposition(toks[from-1].Norm) {
		prep = toks[from-1].Norm
	} else if from > 1 && text.IsStopword(toks[from-1].Norm) && text.IsPreposition(toks[from-2].Norm) {
		prep = toks[from-2].Norm // "in the camps"
	}
	switch {
	case passive && prep == "by":
		return "subject"
	case prep != "" || passive:
		return ""
	}
	return "object"
}

// passiveAt reports whether the verb at i is in the passive: a form of "be"
// just before a past participle ("was delivered", "have been held"), or a
// past participle followed by "by" ("The strike, called by the union, ..."),
// also after a short phrase that says to whom or where ("steroids given to
// her by Victor Conte": the one after "by" gives, not the one before).
func passiveAt(toks []text.Token, i int) bool {
	v := toks[i].Norm
	if !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "en") && !irregularForm(v) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Norm == "by" || agentAfterPhrase(toks, i) {
		return true
	}
	for k := max(0, i-3); k < i; k++ {
		if beForms[toks[k].Norm] {
			return true
		}
	}
	return false
}

// agentAfterPhrase reports whether the participle at i is followed by a
// preposition, a word or two, then "by" and the one who acts ("given to her
// by Conte", "raised in October by Spitzer"): not a figure ("rose in value by
// 5%"), and with no form of "be" or auxiliary between, which would start
// another clause.
func agentAfterPhrase(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || !text.IsPreposition(toks[i+1].Norm) || toks[i+1].Norm == "by" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		if t.Norm == "by" {
			return k > i+2 && k+1 < len(toks) && !unicode.IsDigit([]rune(toks[k+1].Norm)[0])
		}
		if unicode.IsDigit([]rune(t.Norm)[0]) || beForms[t.Norm] || auxiliaries[t.Norm] {
			return false
		}
	}
	return false
}

// commonNoun reports whether a mention is a common noun the curator made an
// entity of ("the criticism", "the camps"): lower case and an English word. A
// reporter uses such words loosely, so a fact need not be about that entity to
// answer; a name ("Zhang", "NUJ", "Telegraph") must be matched.
func (q question) commonNoun(m index.Mention) bool {
	for _, t := range q.Toks[m.From:m.To] {
		if t.Caps && len(t.Norm) > 1 {
			return false // "US growth": a name in capitals, though "us" is a common word
		}
		if text.IsStopword(t.Norm) {
			continue
		}
		if t.Upper && !t.First || text.IsRoleNoun(t.Norm) || !index.KnownWord(t.Stem) && !index.KnownWord(t.Norm) {
			return false
		}
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// asksChange reports whether a question's words change an amount ("How much
// did the rate rise?", "By how much did sales grow?"): it asks by how much,
// in whatever figure.
func (q question) asksChange() bool {
	for i, t := range q.Toks {
		if wordnet.IsChange(t.Stem) || (t.Norm == "up" || t.Norm == "down") && i > 0 && q.Toks[i-1].Stem == goStem {
			return true // "How much did the shares go up?"
		}
	}
	return false
}

var goStem = text.Stem("go")

// hyphenJoined is the stem of the word that the question's words at i and
// i+1 make when a hyphen joins them (see index.JoinedByHyphen:
// "co-founder": "cofounder"), with the stems of the two apart ("co
// founder"); "" when they are not so joined, or are no such word.
func hyphenJoined(s string, toks []text.Token, i int) (one, apart string) {
	if i+1 >= len(toks) {
		return "", ""
	}
	if one = index.JoinedByHyphen([]rune(s), toks, i+1); one == "" {
		return "", ""
	}
	return one, toks[i].Stem + " " + toks[i+1].Stem
}

// hyphenedWord is the stem of the one word tokens make when a hyphen joins
// each to the next in the text s ("co-ordinator": "coordin"), "" when they
// stand apart.
func hyphenedWord(s string, toks []text.Token) string {
	rs := []rune(s)
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && !hyphenBetween(rs, toks[k-1], t) {
			return ""
		}
		b.WriteString(t.Norm)
	}
	return text.Stem(b.String())
}

// hyphenBetween reports whether a hyphen, and nothing else, joins two
// tokens of the text rs: "Paris-based", "week-long".
func hyphenBetween(rs []rune, a, b text.Token) bool {
	return b.Start == a.End+1 && a.End < len(rs) && rs[a.End] == '-'
}

// bareVerb reports whether a word can be a verb in its bare form, as after
// "to" marking an infinitive ("take to develop"): not inflected ("going",
// "goes", "gone" are no infinitive), nor a determiner.
func bareVerb(t text.Token) bool {
	n := t.Norm
	return canBeVerb(t) && !determiners[n] && !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") && !irregularForm(n)
}

// jobAsked is the person a question asks the job of ("What does Hazel
// Gilbert do for a living?", "What does Kimberly Quinn do?", "What is Tony
// Blair's title?", "What post does Lord Goldsmith hold?", "What does Nick
// Hazel do at Yahoo?"), when the knowledge base records their title: the title
// is the answer, as for "Who is...?". "" otherwise: "What did the actor
// do?" asks an act.
func (q question) jobAsked(ix *index.Index) string {
	toks := q.Toks
	if len(q.Entities) == 0 || len(q.Entities) > 2 || len(toks) < 4 || toks[0].Norm != "what" {
		return ""
	}
	m := q.Entities[0]
	owned := ownedAsked(toks, m)
	at := q.employerAsked()
	if len(q.Entities) == 2 && at == nil {
		return ""
	}
	switch {
	case roleHeldAsked(toks, m):
	case m.From != 2 || m.To >= len(toks):
		return ""
	case toks[1].Norm == "does" || toks[1].Norm == "do":
		// "What does Gilbert do?", "... do for a living?"
		if toks[m.To].Norm != "do" {
			return ""
		}
		switch rest := len(toks) - m.To - 1; {
		case rest == 0:
		case rest == 3 && toks[m.To+1].Norm == "for" && toks[m.To+2].Norm == "a" && toks[m.To+3].Norm == "living":
		case at != nil:
		default:
			return ""
		}
	case len(owned) > 0 && len(owned) <= 2:
		// "What is Tony Blair's title?", "... job?", "... job title?": the
		// word the knowledge base records it under, or words that ask
		// someone's job.
		for _, t := range owned {
			if t.Norm != "title" && !asksRoleOf(t.Stem) {
				return ""
			}
		}
	default:
		return ""
	}
	id := ix.MostCited(m.IDs)
	e, ok := ix.Names.Entity(id)
	if !ok || e.Kind != "person" || e.Title == "" {
		return ""
	}
	if at != nil && !titleNames(ix, id, at.IDs) {
		return "" // "What does Hazel do at Yahoo?" wants his job there, as his title gives it
	}
	return id
}

// ownedAsked are the words after the name of "What is Tony Blair's
// title?": what a what-question asks of the one it names as an owner,
// right after "what" and a form of "be"; nil for none.
func ownedAsked(toks []text.Token, m index.Mention) []text.Token {
	if m.From != 2 || m.To >= len(toks) || !beForms[toks[1].Norm] || !toks[m.To-1].Possessive {
		return nil
	}
	return toks[m.To:]
}

// employerAsked is the second name of "What does Nick Hazel do at Yahoo?",
// where someone does what is asked (after "do at" or "do for", ending the
// question); nil for none.
func (q question) employerAsked() *index.Mention {
	if len(q.Entities) != 2 {
		return nil
	}
	m, e := q.Entities[0], q.Entities[1]
	if e.To != len(q.Toks) || e.From != m.To+2 || q.Toks[m.To].Norm != "do" || q.Toks[m.To+1].Norm != "at" && q.Toks[m.To+1].Norm != "for" {
		return nil
	}
	return &q.Entities[1]
}

// holdingVerbs say someone holds a post: "What post does Lord Goldsmith
// hold?".
var holdingVerbs = text.Set(`hold have has occupy`)

// roleHeldAsked reports whether a question asks, by a word for a job or a
// title, which one someone holds or held: "What post does Lord Goldsmith
// hold?", "What title does Zhang Jun have?", "What job did Robin Cook used to
// have?" (the name m is its only other words).
func roleHeldAsked(toks []text.Token, m index.Mention) bool {
	if m.From != 3 || m.To >= len(toks) || !(toks[1].Norm == "title" || asksRoleOf(toks[1].Stem)) || toks[2].Norm != "does" && toks[2].Norm != "did" {
		return false
	}
	rest := toks[m.To:]
	if toks[2].Norm == "did" && len(rest) == 3 && (rest[0].Norm == "used" || rest[0].Norm == "use") && rest[1].Norm == "to" {
		rest = rest[2:] // "What job did Robin Cook used to have?"
	}
	return len(rest) == 1 && holdingVerbs[rest[0].Norm]
}

// timeStem is "time" as the index writes it: "How many times...?" counts
// occasions.
var timeStem = text.Stem("time")

// countsTimes reports whether a how-many question counts times ("How many
// times has Mido apologised?"); once read, its counted words also hold the
// act counted (see parseQuestion).
func (q question) countsTimes() bool {
	return len(q.counted) > 0 && q.counted[0].Alts[0].Stem == timeStem
}
