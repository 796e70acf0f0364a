package answer

import "testing"

// TestDecision_AheadNear: a fact far ahead of the rest that says a word of
// the question beside the entity asked about answers a which-, yes-no, how-,
// when-, why- or what-question holding less of its words than any other fact far
// ahead must (decision.json's min_term_coverage_ahead_near_for), a
// what-question that names a thing beside its noun as a which-question does;
// not a question of another kind, nor without the word beside the entity,
// nor with a role turned round. ("Will the band play new songs at the concert?": "Portishead
// will not play any new material at next month's concert", among nine other
// stories' facts.)
func TestDecision_AheadNear(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"yes-no", farAhead(0.67, fNear, fYesNo), true},
		{"which", farAhead(0.65, fNear, fWhich), true},
		{"how", farAhead(0.65, fNear, fHow), true},
		{"when", farAhead(0.76, fNear, fWhen), true},
		{"when, no word beside the entity", farAhead(0.76, fWhen), false},
		{"what", farAhead(0.81, fNear, fWhat), true},
		{"why", farAhead(0.71, fNear, fWhy).with(fFit, mayGiveCause), true},
		{"why holding less", farAhead(0.66, fNear, fWhy).with(fFit, mayGiveCause), false},
		{"what holding less", farAhead(0.78, fNear, fWhat), false},
		{"what naming a thing beside its noun", farAhead(0.65, fFocusNamed, fWhat), true},
		{"yes-no holding less", farAhead(0.6, fNear, fYesNo), false},
		{"who", farAhead(0.75, fNear, fWho), false},
		{"yes-no, no word beside the entity", farAhead(0.7, fNear, fYesNo).with(fNear, 0), false},
		{"yes-no, a role turned round", farAhead(0.7, fNear, fYesNo).with(fRoleClash, 1), false},
		{"yes-no, another fact close", farAhead(0.7, fNear, fYesNo).with(fMargin, 0.2), false},
	})
}

// decisionCase is a candidate's features and whether the decision should
// take it.
type decisionCase struct {
	name string
	f    features
	want bool
}

// checkDecisions asks the decision of each case.
func checkDecisions(t *testing.T, cases []decisionCase) {
	t.Helper()
	for _, tc := range cases {
		if got := decision.Rules.answers(tc.f); got != tc.want {
			t.Errorf("%s: answers %v, want %v", tc.name, got, tc.want)
		}
	}
}

// farAhead is a fact far ahead of the rest that gives the kind of answer
// wanted, about every entity asked about, holding the share held of the
// question's words, with the features marked set.
func farAhead(held float64, marked ...int) features {
	var f features
	f[fFit], f[fEntityCoverage], f[fMargin], f[fHeldCoverage] = 1, 1, 1, held
	for _, i := range marked {
		f[i] = 1
	}
	return f
}

// with is the features with one set to v.
func (f features) with(i int, v float64) features {
	f[i] = v
	return f
}

// TestShare_ExactAtTheThreshold: a word held by its main-sense synonym
// (0.85) is held at 0.85 whatever its weight, so that a rule asking 0.85
// takes it; a plain division falls just short for about one weight in
// twelve.
func TestShare_ExactAtTheThreshold(t *testing.T) {
	for i := 1; i < 2000; i++ {
		w := float64(i) / 97
		if got := share(mainSynonym*w, w); got < mainSynonym {
			t.Fatalf("share(%v × %v, %v) = %v, want %v", mainSynonym, w, w, got, mainSynonym)
		}
	}
}

// TestDecision_AheadWho: a who-question is answered by a fact far ahead of
// the rest only when it holds nearly all the question's words: a name is
// the whole answer, and one beside the others' words is too easily the wrong
// one ("Who took the best director award?": "Accepting his best dramatic
// actor award, DiCaprio praised director Martin Scorsese"). A what-question
// holding as much is answered.
func TestDecision_AheadWho(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"who holding 0.9", farAhead(0.9, fVerb, fWho), false},
		{"who holding 0.93", farAhead(0.93, fVerb, fWho), true},
		{"what holding 0.9", farAhead(0.9, fVerb), true},
	})
}

// TestDecision_AheadCause: a why-question is answered by a fact far ahead of
// the rest that gives a cause in words that give nothing else (a fit of 1:
// "because", "due to") holding less of its words than another fact far ahead
// must; one whose words may or may not give a cause ("after", "to") must
// hold 0.825 of them.
func TestDecision_AheadCause(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"because, holding 0.65", farAhead(0.65, fVerb, fWhy), true},
		{"after, holding 0.65", farAhead(0.65, fVerb, fWhy).with(fFit, mayGiveCause), false},
		{"because, holding 0.56", farAhead(0.56, fVerb, fWhy), true},
		{"because, holding 0.5", farAhead(0.5, fVerb, fWhy), false},
		{"after, holding 0.83", farAhead(0.83, fVerb, fWhy).with(fFit, mayGiveCause), true},
		{"after, holding 0.81", farAhead(0.81, fVerb, fWhy).with(fFit, mayGiveCause), false},
	})
}

// TestDecision_AheadSaid: a question of what someone said is answered by a
// fact far ahead of the rest holding 0.675 of its words ("What did Ferguson
// say about the missed opportunity?": what Ferguson said, in his words), a
// question of where by one holding 0.725; a question of another kind, as a
// who-question, is not.
func TestDecision_AheadSaid(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"said, holding 0.68", farAhead(0.68, fVerb, fSay), true},
		{"said, holding 0.65", farAhead(0.65, fVerb, fSay), false},
		{"where, holding 0.73", farAhead(0.73, fVerb, fWhere), true},
		{"where, holding 0.71", farAhead(0.71, fVerb, fWhere), false},
		{"who, holding 0.72", farAhead(0.72, fVerb, fWho), false},
	})
}

// TestDecision_AheadWhat: a what-question, asking a thing rather than a
// figure or a yes or no, is answered by a fact far ahead of the rest holding
// a little less of its words (0.825: "What did BT work on with the labs?":
// "BT worked with the Labs on RFID tag developments") than a how-many or a
// yes-no question must (0.85).
func TestDecision_AheadWhat(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"what, holding 0.83", farAhead(0.83, fVerb), true},
		{"what, holding 0.8", farAhead(0.8, fVerb), false},
		{"how many, holding 0.83", farAhead(0.83, fVerb, fFigure), false},
		{"yes-no, holding 0.83", farAhead(0.83, fVerb, fYesNo), false},
		{"how many, holding 0.85", farAhead(0.85, fVerb, fFigure), true},
	})
}

// TestDecision_VerbSaidOtherwise: a fact that holds every word of the
// question but its verb, far ahead, answers a when-question; a where- or
// how-many question only when it has words besides its verb (rest words), a
// how-many question only with its entity in the role asked, and a
// what-question only with a word of the question beside that entity too;
// never a who-question.
func TestDecision_VerbSaidOtherwise(t *testing.T) {
	verbless := func(marked ...int) features {
		f := farAhead(0.6, marked...)
		f[fRestCoverage] = 1
		return f
	}
	checkDecisions(t, []decisionCase{
		{"when", verbless(fWhen, fRole), true},
		{"where", verbless(fWhere, fNear, fRestWords), true},
		{"where, its verb alone", verbless(fWhere, fNear), false},
		{"how many", verbless(fFigure, fRole, fRestWords), true},
		{"how many, a word beside it only", verbless(fFigure, fNear, fRestWords), false},
		{"what", verbless(fWhat, fRole, fNear, fRestWords), true},
		{"what, in its role only", verbless(fWhat, fRole, fRestWords), false},
		{"who", verbless(fWho, fRole, fNear, fRestWords), false},
		{"when, another word lacked", verbless(fWhen, fRole).with(fRestCoverage, 0.9), false},
		{"when, holding 0.48", verbless(fWhen, fRole).with(fHeldCoverage, 0.48), true},
		{"when, holding 0.45", verbless(fWhen, fRole).with(fHeldCoverage, 0.45), false},
	})
}

// TestDecision_FigureWellAhead: a how-many question is answered only by a
// fact well ahead of every other that could answer (decision.json's
// min_margin_for), though it holds all the question's words, unless its
// figure counts the very thing asked ("IBM holds more than 40,000 patents"
// beside IBM's other figures of patents); other kinds of question need no
// such lead.
func TestDecision_FigureWellAhead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"figure, far ahead", farAhead(1, fFigure), true},
		{"figure, another fact close", farAhead(1, fFigure).with(fMargin, 0.5), false},
		{"figure counting the thing asked, another fact close", farAhead(1, fFigure, fCounts).with(fMargin, 0.5), true},
		{"what, another fact close", farAhead(1, fWhat).with(fMargin, 0.5), true},
	})
}
