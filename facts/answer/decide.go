package answer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// The decision to answer weighs several signals of how surely the best fact
// answers the question, not one cut-off: which of the question's entities it is
// about (all of them), how well it gives the kind of answer wanted (a figure, a
// date, a speaker, the holder of a role), how much of the question's words it
// holds, itself or in related words, whether a figure the question gives is
// missing from it, and, for a question about who did something, whether the
// entity the question acts on acts in it instead. The rules and their
// thresholds are data (decision.json), chosen on the development benchmark for
// no wrong answer there; so are the weights that rank the candidates, fitted on
// which facts answer its questions (go test ./facts/answer -run FitDecision,
// with FACTDESK_FIT=1).

// Features of a candidate fact as the answer to a question.
const (
	fCoverage       = iota // share of the question's weight (words and entities) the fact holds
	fTermCoverage          // share of the words' weight
	fEntityCoverage        // share of the entities' weight (1 when the question names none)
	fFit                   // how well it gives the kind of answer wanted (a figure, a date, a speaker)
	fMissingTerm           // the heaviest word of the question it lacks, against the heaviest word
	fMissingEntity         // 1 when it is not about an entity the question names
	fSpecificAbsent        // 1 when a figure or year of the question is not in it
	fWeakMatch             // how much of its match rests on related words rather than the words themselves
	fMargin                // its score ahead of the best other fact that could answer (negative behind it)
	fRole                  // 1 when an entity plays the role the question gives it
	fPredicate             // 1 when its curated predicate is the question's verb
	fVerb                  // how well it holds the question's verb
	fRoleClash             // 1 when an entity plays the opposite role to the one the question gives it
	fNear                  // 1 when it says a question's word right beside the entity it applies to
	fLede                  // how early in its story it comes: 1 first, 1/2 second, ...
	fYesNo                 // the question is a yes-no one: the most tempting to answer wrongly
	fWho                   // the question asks who
	fFigure                // the question asks how many, how much, how long...
	fWhen                  // the question asks when
	fSay                   // the question asks what someone said
	fCounts                // 1 when it gives a figure of the very thing a how-many question counts
	fAction                // how well it holds the question's verb, when the verb is surely one (see actionAt)
	fUncounted             // 1 when a how-many question names what it counts and the fact counts something else
	fNoWords               // 1 when the question has no word to hold but its names ("who makes Project Entropia?")
	fNoOwnWord             // 1 when the question names nothing and the fact holds none of its words, only related ones
	fRestCoverage          // share of the words' weight but the verb's
	fHeldCoverage          // term coverage, light words it lacks forgiven when it holds the rest (see lightForgiven)
	fDoerLacked            // 1 when the question asks what did something ("What caused...?") and it holds nothing of that verb
	fStates                // 1 when it states what a yes-no question asks of its subject (see states)
	fWhich                 // the question asks which one of a kind
	fWhy                   // the question asks why
	fWhere                 // the question asks where
	fHow                   // the question asks how something was done or went ("How did X react?"), not how many
	fFocusNamed            // 1 when it names a thing beside a which-question's focus noun (see focusNamed)
	fWhat                  // the question asks what, not how
	fRestWords             // 1 when the question has a verb, and a word to hold besides it that is no preposition
	fLeastCredit           // the least any of the question's words earns, but light words it may lack
	fOneWeak               // 1 when the question has two words or more and all but one are held as well as a main-sense synonym, that one no qualifier after a preposition
	fVerbSynonym           // 1 when the question's verb, read as a verb, is held only by a synonym in its main sense, not itself or a form
	nFeatures
)

var featureNames = [nFeatures]string{"coverage", "term coverage", "entity coverage", "answer-type fit", "missing word",
	"missing entity", "figure absent", "weak match", "margin", "role", "predicate", "verb", "role clash", "near", "lede", "yes-no", "who", "figure", "when", "said", "counts", "action", "uncounted", "no words", "no own word", "rest coverage", "held coverage", "doer lacked", "states it", "which", "why", "where", "how", "focus named", "what", "rest words", "least credit", "one weak", "verb synonym"}

type features [nFeatures]float64

// model is the fitted ranking and the rules of the decision.
type model struct {
	Features []string `json:"features"`
	// Ranking weighs the features into a candidate's score: the best answer
	// first. Fitted on which facts answer the benchmark's questions.
	Ranking []float64 `json:"ranking"`
	Rules   rules     `json:"rules"`
	Note    string    `json:"note,omitempty"` // what it was fitted on, and how it did
}

// rules say when the best candidate answers.
type rules struct {
	MinFit            float64 `json:"min_fit"`             // it gives the kind of answer wanted
	MinEntityCoverage float64 `json:"min_entity_coverage"` // it is about the entities asked about
	MinTermCoverage   float64 `json:"min_term_coverage"`   // it holds the question's words, or related ones
	// A fact well ahead of every other (MinMargin) may hold fewer of the
	// question's words (MinTermCoverageAhead): a reporter's paraphrase misses
	// a word, but only one fact is in the running.
	MinTermCoverageAhead float64 `json:"min_term_coverage_ahead"`
	// A fact far ahead of the rest answers some kinds of question wrongly
	// less often than others: a why- or where-question's paraphrase misses
	// a word ("sold off" for "sold"), where a who-question's names another
	// doer. The share a fact far ahead must hold, by the kind of question
	// (keyed by its feature's name: "why", "where"), where it differs from
	// MinTermCoverageAhead.
	MinTermCoverageAheadFor map[string]float64 `json:"min_term_coverage_ahead_for,omitempty"`
	aheadFor                [nFeatures]float64 // MinTermCoverageAheadFor by feature, 0 where not given
	// A why-question is answered by a fact far ahead of the rest that gives
	// a cause in words that give nothing else ("because", "due to": a fit
	// of 1) and holds this share of its words: "Why did the film open on a
	// Wednesday?" is "Because of the Thanksgiving holiday, Alexander opened
	// on a Wednesday", though "film" is not said. 0: no such rule.
	MinTermCoverageCause float64 `json:"min_term_coverage_cause,omitempty"`
	// A which-question asks for one of a kind, named beside what the
	// question says of it: a fact far ahead of the rest that says a word
	// of the question right beside an entity (see nearPairs: "Saab ...
	// competes head-on with BMW" for "Which brands does Saab say it
	// competes with?"), with no role turned round, may hold fewer of its
	// words. So may one for a yes-no question ("Will the band play new
	// songs at the concert?": "Portishead will not play any new material at
	// next month's concert"), or one that asks how something was done or
	// went ("How did Brussels react to the US complaint?"). The share, by
	// the kind of question (keyed by its feature's name: "which", "yes-no",
	// "how"); a kind not given has no such rule.
	MinTermCoverageAheadNearFor map[string]float64 `json:"min_term_coverage_ahead_near_for,omitempty"`
	aheadNearFor                [nFeatures]float64 // MinTermCoverageAheadNearFor by feature, 0 where not given
	// A question with no word but its names (the rest are words like "make",
	// "do", "want") holds nothing to tell one fact about them from another:
	// it is answered only by a fact ahead by MinMargin.
	MinMargin float64 `json:"min_margin"`
	// A how-many question is answered by a figure of the thing it counts
	// ("How many critical holes did the latest bulletin fix?": "fixed eight
	// critical holes"): a fact that gives one, about the entities asked,
	// with the figures and names the question gives, that holds the
	// question's verb (itself, a form or a main-sense synonym: "US firms
	// added 146,000 jobs" counts jobs, but tells nothing of how many were
	// lost), and ahead of every other by MinMarginCounted, needs no more of
	// the question's words. 0 turns the rule off.
	MinMarginCounted float64 `json:"min_margin_counted,omitempty"`
	// The counted rule still wants this much of the question's words but its
	// verb (which it asks for apart, above): "How many new drugs is Dr
	// Reddy's planning to launch next year?" is not answered by "patents on
	// several well-known drugs are due to expire".
	MinTermCoverageCounted float64 `json:"min_term_coverage_counted,omitempty"`
	// A fact that holds the very action asked about (the question's verb, or
	// a form or synonym of it; for "What did X say...?", X saying it) and is
	// ahead of every other by MinMarginVerb
	// may hold fewer of the rest of the question's words
	// (MinTermCoverageVerb): a reporter's paraphrase changes the words around
	// the action more than the action. Not for a how-many question whose
	// fact counts something other than what it names ("How many barristers
	// responded?": "146 respondents"); for a yes-no question, only a fact
	// that states the proposition of the one the question makes act, who
	// acts or speaks in it (see states): any other fact that holds the verb
	// tells of someone else's act, and the answer turns on who. Such a fact
	// may hold the words but the verb instead, the act said otherwise, when
	// they are more than prepositions (see fRestWords: "Will Wilkinson play
	// against Ireland?" asks of the playing, which "Wilkinson had targeted
	// the match against Ireland" does not say), or
	// what its subject said (see states): the share held is then of those,
	// and need be only MinTermCoverageStated, as for a when-question whose
	// verb the fact says otherwise (see verbSaidOtherwise): both rest on
	// who or what the fact is about, which the action alone does not.
	// 0 turns the rule off.
	MinTermCoverageVerb   float64 `json:"min_term_coverage_verb,omitempty"`
	MinTermCoverageStated float64 `json:"min_term_coverage_stated,omitempty"`
	MinMarginVerb         float64 `json:"min_margin_verb,omitempty"`
	NoFigureAbsent        bool    `json:"no_figure_absent"` // it gives the figures and years the question gives
	// A fact far ahead of the rest (MinMargin) that holds every word of
	// the question at least this well (a synonym in its main sense, 0.85)
	// answers, though those synonyms leave it short of MinTermCoverage:
	// "Who is the world's biggest carmaker?" is "General Motors, the
	// world's largest car maker". 0: no such rule.
	MinLeastCredit float64 `json:"min_least_credit,omitempty"`
	// A fact far ahead of the rest (MinMargin), fitting the answer wanted,
	// that holds all of the question's words but one as well as a synonym in
	// its main sense answers if it holds this share of them, by the kind of
	// question (keyed by its feature's name: "yes-no", "what", "how"); a
	// kind not given has no such rule.
	MinTermCoverageOneWeakFor map[string]float64 `json:"min_term_coverage_one_weak_for,omitempty"`
	oneWeakFor                [nFeatures]float64 // MinTermCoverageOneWeakFor by feature, 0 where not given
	// A fact that holds none of the question's own words, only related ones,
	// about no name the question gives, rests on nothing but inference: "Who
	// will prepare the report?" is not answered by a fact that says "set
	// up" (prepare) and "account" (report), each in another sense.
	NeedOwnWord bool `json:"need_own_word"`
	// A question of some kinds is answered only by a fact this far ahead
	// of every other that could answer it, however many of its words it
	// holds, by the kind of question (keyed by its feature's name:
	// "figure"), unless the fact gives a figure of the very thing counted
	// (see aheadForKind): of two facts nearly level, each with a figure
	// near what a how-many question asks, the better scored is as often the
	// wrong one, and a wrong figure is the worst answer a reporter can be
	// given. A kind not given has no such rule.
	MinMarginFor map[string]float64 `json:"min_margin_for,omitempty"`
	marginFor    [nFeatures]float64 // MinMarginFor by feature, 0 where not given
	// A fact that holds the question's verb only by a synonym ("quit" for
	// "resign") rests on one paraphrase already: for the kinds of question
	// keyed here by their feature's name ("what", "which"), it answers only if
	// it holds this share of the question's words, so that no rule for a
	// fact far ahead lets a second word go missing too. A kind not given has
	// no such rule.
	MinTermCoverageVerbSynonymFor map[string]float64 `json:"min_term_coverage_verb_synonym_for,omitempty"`
	verbSynonymFor                [nFeatures]float64 // MinTermCoverageVerbSynonymFor by feature, 0 where not given
	NoRoleClashForWho             bool               `json:"no_role_clash_for_who"`
	NoRoleClash                   bool               `json:"no_role_clash"` // for any question: it does not turn round who acts on whom
}

//go:embed decision.json
var decisionData []byte

var decision = func() model {
	var m model
	if err := json.Unmarshal(decisionData, &m); err != nil {
		panic(fmt.Sprintf("answer: decision.json: %v", err)) // embedded at build time
	}
	if len(m.Features) != nFeatures || len(m.Ranking) != nFeatures {
		panic(fmt.Sprintf("answer: decision.json has %d ranking weights for %d features", len(m.Ranking), nFeatures))
	}
	for i, n := range m.Features {
		if n != featureNames[i] {
			panic(fmt.Sprintf("answer: decision.json feature %d is %q, want %q", i, n, featureNames[i]))
		}
	}
	m.Rules.aheadFor = byFeature("min_term_coverage_ahead_for", m.Rules.MinTermCoverageAheadFor)
	m.Rules.aheadNearFor = byFeature("min_term_coverage_ahead_near_for", m.Rules.MinTermCoverageAheadNearFor)
	m.Rules.oneWeakFor = byFeature("min_term_coverage_one_weak_for", m.Rules.MinTermCoverageOneWeakFor)
	m.Rules.marginFor = byFeature("min_margin_for", m.Rules.MinMarginFor)
	m.Rules.verbSynonymFor = byFeature("min_term_coverage_verb_synonym_for", m.Rules.MinTermCoverageVerbSynonymFor)
	return m
}()

// byFeature lays out shares keyed by a feature's name as an array by feature.
func byFeature(field string, shares map[string]float64) (out [nFeatures]float64) {
	for name, share := range shares {
		i := slices.Index(featureNames[:], name)
		if i < 0 {
			panic(fmt.Sprintf("answer: decision.json: %s names no feature %q", field, name))
		}
		out[i] = share
	}
	return out
}

// score weighs a candidate for ranking.
func (m model) score(f features) float64 {
	s := 0.0
	for i, v := range f {
		s += m.Ranking[i] * v
	}
	return s
}

// verdict is one rule of the decision as a candidate fares by it.
type verdict struct {
	rule  string
	value float64
	ok    bool
}

// nRules is how many rules the decision has: verdicts are an array, made
// without allocating, as the fit weighs every rule set of its grid on every
// question.
const nRules = 8

// verdicts lists each rule with whether the features satisfy it, in order.
func (r rules) verdicts(f features) [nRules]verdict {
	return [nRules]verdict{
		{"gives the kind of answer wanted", f[fFit], f[fFit] >= r.MinFit},
		{"is about every entity asked about", f[fEntityCoverage], f[fEntityCoverage] >= r.MinEntityCoverage},
		{"holds the question's words, or related ones, or is far ahead of the rest, or gives a figure of what is counted", f[fHeldCoverage], f[fHeldCoverage] >= r.MinTermCoverage && (f[fNoWords] == 0 || f[fMargin] >= r.MinMargin) ||
			r.MinMargin > 0 && f[fMargin] >= r.MinMargin && f[fHeldCoverage] >= r.aheadShare(f) && f[fDoerLacked] == 0 ||
			aheadNear(r, f) ||
			r.MinTermCoverageCause > 0 && f[fWhy] == 1 && f[fFit] == 1 && f[fMargin] >= r.MinMargin && f[fHeldCoverage] >= r.MinTermCoverageCause && f[fRoleClash] == 0 ||
			r.MinMarginCounted > 0 && f[fCounts] == 1 && f[fSpecificAbsent] == 0 && f[fMargin] >= r.MinMarginCounted && f[fRestCoverage] >= r.MinTermCoverageCounted && f[fVerb] >= verbHeld ||
			verbSaidOtherwise(r, f) ||
			r.MinLeastCredit > 0 && f[fLeastCredit] >= r.MinLeastCredit && f[fMargin] >= r.MinMargin && f[fDoerLacked] == 0 && f[fRoleClash] == 0 ||
			oneWeakAhead(r, f) ||
			r.MinTermCoverageVerb > 0 && f[fUncounted] == 0 && f[fMargin] >= r.MinMarginVerb &&
				(f[fYesNo] == 0 && f[fAction] >= verbHeld && f[fHeldCoverage] >= r.MinTermCoverageVerb ||
					f[fStates] == 1 && max(f[fHeldCoverage], f[fRestCoverage]*f[fRestWords]) >= r.MinTermCoverageStated)},
		{"gives the figures the question gives", 1 - f[fSpecificAbsent], !r.NoFigureAbsent || f[fSpecificAbsent] == 0},
		{"holds a word of the question itself, or a name it gives", 1 - f[fNoOwnWord], !r.NeedOwnWord || f[fNoOwnWord] == 0},
		{"does not turn round who acts on whom", 1 - f[fRoleClash], f[fRoleClash] == 0 || !r.NoRoleClash && (!r.NoRoleClashForWho || f[fWho] == 0)},
		{"is well ahead of every other fact that could answer, for its kind of question", f[fMargin], aheadForKind(r, f)},
		{"holds the question's verb itself, or, by a synonym, the rest of its words", 1 - f[fVerbSynonym], verbOrRest(r, f)},
	}
}

// verbOrRest reports whether a fact holds the question's verb itself or a
// form of it (see fVerbSynonym), or else as much of the question's words as
// its kind asks when the verb is only a synonym
// (MinTermCoverageVerbSynonymFor): "What was Marsh accused of in the
// lawsuit?" is not answered by "Marsh blamed the loss on an $850m payout to
// settle a price-rigging lawsuit", far ahead of the rest as it is. A fact
// whose curator named the question's verb as its predicate ("backed") holds
// the act as surely as the word itself.
func verbOrRest(r rules, f features) bool {
	share := kindShare(r.verbSynonymFor, f, 0)
	return share == 0 || f[fVerbSynonym] == 0 || f[fPredicate] == 1 || f[fHeldCoverage] >= share
}

// aheadForKind reports whether a fact is as far ahead of every other that
// could answer as its kind of question asks (MinMarginFor), when it asks
// and the fact does not give a figure of the very thing counted (see
// fCounts: "IBM holds more than 40,000 patents" for "How many patents does
// IBM hold?", whatever other figures of IBM's patents the story gives).
func aheadForKind(r rules, f features) bool {
	share := kindShare(r.marginFor, f, 0)
	return share == 0 || f[fCounts] == 1 || f[fMargin] >= share
}

// oneWeakAhead reports whether a fact far ahead of the rest that fits the
// answer wanted holds every word of the question but one as well as a
// synonym in its main sense, and the share given for the question's kind
// (MinTermCoverageOneWeakFor): "Will the slowdown have a big impact on
// retail prices?" is "the slowdown was unlikely to have any major impact on
// retail prices", "big" said otherwise. The word it lacks may not qualify
// the act after a preposition ("Is the port cutting jobs for its
// members?"): that is a proposition the fact does not state.
func oneWeakAhead(r rules, f features) bool {
	share := kindShare(r.oneWeakFor, f, 0)
	return share > 0 && f[fOneWeak] == 1 && f[fHeldCoverage] >= share && f[fFit] == 1 && f[fMargin] >= r.MinMargin && f[fDoerLacked] == 0 && f[fRoleClash] == 0
}

// aheadShare is the share of the question's words a fact far ahead of the
// rest must hold: MinTermCoverageAhead, or the share for the question's kind.
func (r rules) aheadShare(f features) float64 {
	return kindShare(r.aheadFor, f, r.MinTermCoverageAhead)
}

// aheadNear reports whether a fact far ahead of the rest says a word of the
// question beside an entity, or a name beside a which-question's focus noun
// (see focusNamed), turns no role round, and holds the share of the
// question's words given for its kind (MinTermCoverageAheadNearFor).
func aheadNear(r rules, f features) bool {
	share := kindShare(r.aheadNearFor, f, 0)
	if f[fFocusNamed] == 1 && (share == 0 || r.aheadNearFor[fWhich] < share) {
		share = r.aheadNearFor[fWhich] // "What agencies...?" asks which
	}
	return share > 0 && (f[fNear] == 1 || f[fFocusNamed] == 1) && f[fRoleClash] == 0 && f[fMargin] >= r.MinMargin && f[fHeldCoverage] >= share
}

// kindShare is the share given for the question's kind (the feature that
// is 1 and has a share), else otherwise.
func kindShare(shares [nFeatures]float64, f features, otherwise float64) float64 {
	for i, share := range shares {
		if share > 0 && f[i] == 1 {
			return share
		}
	}
	return otherwise
}

// verbSaidOtherwise reports whether a fact answers a when-, where- or
// how-many question whose verb it says in other words: it gives a time, a
// place or a figure (answer-type fit 1), holds every other word of the
// question, is about the entity asked in the role the question gives it or
// says a word of the question beside it ("Harlin's film was released" for
// "When did Harlin's film come out?"), and is ahead of every other fact as
// far as the verb rule asks (MinMarginVerb), holding as much of the words as
// a fact that states what a yes-no question asks (MinTermCoverageStated).
// "When will Conte go on trial?" is answered by "Conte faces a federal trial
// next year": such a question asks when, where or how much of its event, and
// a reporter's paraphrase changes the verb around the event ("go on",
// "face") more than the event. Not without an entity so tied to it: "When is
// the report due to be published?" names no one, and a fact that holds its
// words in another sense ("reported") is too easily ahead.
//
// A where- or how-many question must have a verb and words besides it
// ("Where does Reddy come from?" asks nothing but its verb): "Where will the
// Academy Awards ceremony be held?" is answered by "will take place in
// Hollywood". A how-many question's fact must be about the entity in the
// role the question gives it, a word beside it not enough: "Wippit has a
// catalogue of about 60,000 songs" says how many songs Wippit offers, but
// "Krasner said his board had since cut the debt to £25m" is not how much
// debt Leeds had when the board took over. A what-question's fact must also
// say a word of the question beside that entity ("Sweeteners Seifert
// reportedly discussed with Furse included..." for "What sweeteners did
// Seifert offer Furse?"): what it asks may be anything, and the fact must
// be of the very thing.
func verbSaidOtherwise(r rules, f features) bool {
	kind := f[fWhen] == 1 ||
		f[fWhere] == 1 && f[fRestWords] == 1 ||
		f[fFigure] == 1 && f[fRestWords] == 1 && f[fRole] == 1 ||
		f[fWhat] == 1 && f[fRestWords] == 1 && f[fRole] == 1 && f[fNear] == 1
	return r.MinTermCoverageVerb > 0 && kind && f[fFit] == 1 && (f[fRole] == 1 || f[fNear] == 1) && f[fMargin] >= r.MinMarginVerb &&
		f[fRestCoverage] >= 1 && f[fHeldCoverage] >= r.MinTermCoverageStated
}

// verbHeld is the least credit of a fact's word for the question's verb that
// counts as holding the action: the verb, a form or a main-sense synonym.
const verbHeld = 0.85

// answers reports whether a candidate with these features answers.
func (r rules) answers(f features) bool {
	for _, v := range r.verdicts(f) {
		if !v.ok {
			return false
		}
	}
	return true
}

// specifics are the figures and years a question gives ("in 2003", "number 6"):
// a fact that answers gives them too. A number that is a name ("Who has
// complained about 24?", the drama) is the entity's: a fact may name it
// otherwise ("the series").
func specifics(q question) []string {
	named := coveredBy(len(q.Toks), q.Entities)
	var out []string
	for i, t := range q.Toks {
		if r := []rune(t.Norm); len(r) > 0 && unicode.IsDigit(r[0]) && !named[i] {
			out = append(out, t.Norm)
		}
	}
	return out
}

// namedWords are the words of a name the question gives that the knowledge
// base knows as no entity ("How many jobs will go at Companies House?"),
// nor WordNet as a phrase: a fact that answers says them too, as it gives
// the question's figures.
func namedWords(q question, ix *index.Index) (words []namedWord) {
	named := make([]bool, len(q.Toks))
	for _, m := range append(ix.Names.Find(q.Toks), q.Entities...) {
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
	}
	// A name WordNet knows as a phrase ("Academy Award") is a word of the
	// question with its synonyms ("Oscar"), held as any word is.
	for _, t := range q.Terms {
		if stem := t.Alts[0].Stem; wordnet.Phrase(stem) {
			for i := t.At; i < min(len(named), t.At+len(strings.Fields(stem))); i++ {
				named[i] = true
			}
		}
	}
	rs := []rune(q.Text)
	for i, t := range q.Toks {
		if t.Upper && !t.First && !named[i] && !text.IsStopword(t.Norm) && !text.IsQuestionWord(t.Norm) &&
			!strings.ContainsFunc(t.Norm, func(r rune) bool { return !unicode.IsLetter(r) }) {
			word := string(rs[t.Start:min(t.End, len(rs))])
			words = append(words, namedWord{stem: t.Stem, norm: t.Norm, acronym: !strings.ContainsFunc(word, unicode.IsLower), forms: otherFormsOfName(t.Stem)})
		}
	}
	return words
}

// namedWord is a word of a name the question gives (see namedWords).
type namedWord struct {
	stem, norm string
	acronym    bool     // written all in capitals ("DRM"): it may stand for words
	forms      []string // the same name in other forms (see otherFormsOfName)
}

// namesAbsent reports whether any of the question's named words is missing
// from the fact's words, itself in capitals (a name: "missed its target" is
// no Target), in another form (see otherFormsOfName) or spelt out (see
// spellsOut), and from the recorded titles of the entities it is about
// (titleTerms gives one as padded stems).
func namesAbsent(names []namedWord, c *index.Doc, titleTerms func(id string) string) bool {
	toks := c.Tokens()
	for _, n := range names {
		if slices.ContainsFunc(toks, func(t text.Token) bool { return t.Upper && (t.Stem == n.stem || slices.Contains(n.forms, t.Stem)) }) || n.acronym && spellsOut(toks, n.norm) {
			continue
		}
		// "The Holby City actor" names Jeremy Edwards by his title: a fact
		// about him gives the name the question gives.
		titled := false
		for id := range c.Roles {
			titled = titled || strings.Contains(titleTerms(id), " "+n.stem+" ")
		}
		if !titled {
			return true
		}
	}
	return false
}

// minAcronym is the fewest letters of a name read as an acronym: two
// letters spell out too many pairs of words by chance.
const minAcronym = 3

// spellsOut reports whether a fact says a name the question gives as an
// acronym ("DRM") in the words it stands for ("digital rights
// management"): consecutive words whose first letters are the acronym's,
// in order.
func spellsOut(toks []text.Token, acronym string) bool {
	n := len(acronym)
	if n < minAcronym || !text.IsLowerLetters(acronym) {
		return false
	}
	for i := 0; i+n <= len(toks); i++ {
		ok := true
		for k := range n {
			if w := toks[i+k].Norm; w == "" || w[0] != acronym[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// specificAbsent reports whether any of the question's figures is missing from
// the fact's words, value and date.
func specificAbsent(spec []string, c *index.Doc) bool {
	if len(spec) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, t := range text.Tokenize(c.Statement + " " + c.Quote + " " + c.Date + " " + c.Unit + " " + c.Place) {
		have[t.Norm] = true
	}
	if c.Value != nil {
		have[strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%f", *c.Value), "0"), ".")] = true
	}
	for _, s := range spec {
		if !have[s] {
			return true
		}
	}
	return false
}

// otherFormsOfName lists the stems of the same name in other forms WordNet
// gives in its main sense: "Wales" for "Welsh", "Oscar" for "Academy
// Award", "Italy" for "Italians". A fact says the name when it says one
// of them with its capital.
func otherFormsOfName(stem string) []string {
	return nameForms(stem, wordnet.Synonym, wordnet.Derivation)
}

// nameForms lists the stems WordNet relates to a name's stem in its main
// sense by one of the kinds of relation given.
func nameForms(stem string, kinds ...wordnet.Kind) []string {
	var out []string
	for _, r := range wordnet.Related(stem) {
		if slices.Contains(kinds, r.Kind) && r.Weight >= mainSynonym {
			out = append(out, r.Stem)
		}
	}
	return out
}
