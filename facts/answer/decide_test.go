package answer

import "testing"

// TestDecision_AheadNear: a fact far ahead of the rest that says a word of
// the question beside the entity asked about answers a which-, yes-no or
// how-question holding less of its words than any other fact far ahead must
// (decision.json's min_term_coverage_ahead_near_for); not a question of
// another kind, nor without the word beside the entity, nor with a role
// turned round. ("Will the band play new songs at the concert?": "Portishead
// will not play any new material at next month's concert", among nine other
// stories' facts.)
func TestDecision_AheadNear(t *testing.T) {
	base := func(kind int, held float64) features {
		var f features
		f[fFit], f[fEntityCoverage], f[fMargin], f[fNear], f[fHeldCoverage] = 1, 1, 1, 1, held
		f[kind] = 1
		return f
	}
	for _, tc := range []struct {
		name string
		f    features
		want bool
	}{
		{"yes-no", base(fYesNo, 0.75), true},
		{"which", base(fWhich, 0.65), true},
		{"how", base(fHow, 0.65), true},
		{"yes-no holding less", base(fYesNo, 0.65), false},
		{"who", base(fWho, 0.75), false},
		{"yes-no, no word beside the entity", func() features { f := base(fYesNo, 0.75); f[fNear] = 0; return f }(), false},
		{"yes-no, a role turned round", func() features { f := base(fYesNo, 0.75); f[fRoleClash] = 1; return f }(), false},
		{"yes-no, another fact close", func() features { f := base(fYesNo, 0.75); f[fMargin] = 0.2; return f }(), false},
	} {
		if got := decision.Rules.answers(tc.f); got != tc.want {
			t.Errorf("%s: answers %v, want %v", tc.name, got, tc.want)
		}
	}
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
	base := func(who bool, held float64) features {
		var f features
		f[fFit], f[fEntityCoverage], f[fMargin], f[fVerb], f[fHeldCoverage] = 1, 1, 1, 1, held
		if who {
			f[fWho] = 1
		}
		return f
	}
	for _, tc := range []struct {
		name string
		f    features
		want bool
	}{
		{"who holding 0.9", base(true, 0.9), false},
		{"who holding 0.95", base(true, 0.95), true},
		{"what holding 0.9", base(false, 0.9), true},
	} {
		if got := decision.Rules.answers(tc.f); got != tc.want {
			t.Errorf("%s: answers %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDecision_AheadCause: a why-question is answered by a fact far ahead of
// the rest that gives a cause in words that give nothing else (a fit of 1:
// "because", "due to") holding less of its words than another fact far ahead
// must; not by one whose words may or may not give a cause ("after", "to").
func TestDecision_AheadCause(t *testing.T) {
	base := func(fit, held float64) features {
		var f features
		f[fFit], f[fEntityCoverage], f[fMargin], f[fVerb], f[fHeldCoverage], f[fWhy] = fit, 1, 1, 1, held, 1
		return f
	}
	for _, tc := range []struct {
		name string
		f    features
		want bool
	}{
		{"because, holding 0.65", base(1, 0.65), true},
		{"after, holding 0.65", base(mayGiveCause, 0.65), false},
		{"because, holding 0.5", base(1, 0.5), false},
	} {
		if got := decision.Rules.answers(tc.f); got != tc.want {
			t.Errorf("%s: answers %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDecision_AheadSaid: a question of what someone said, or of where, is
// answered by a fact far ahead of the rest holding 0.7 of its words ("What
// did Ferguson say about the missed opportunity?": what Ferguson said, in
// his words); a question of another kind, as a who-question, is not.
func TestDecision_AheadSaid(t *testing.T) {
	base := func(kind int, held float64) features {
		var f features
		f[fFit], f[fEntityCoverage], f[fMargin], f[fVerb], f[fHeldCoverage] = 1, 1, 1, 1, held
		f[kind] = 1
		return f
	}
	for _, tc := range []struct {
		name string
		f    features
		want bool
	}{
		{"said, holding 0.72", base(fSay, 0.72), true},
		{"said, holding 0.65", base(fSay, 0.65), false},
		{"where, holding 0.72", base(fWhere, 0.72), true},
		{"who, holding 0.72", base(fWho, 0.72), false},
	} {
		if got := decision.Rules.answers(tc.f); got != tc.want {
			t.Errorf("%s: answers %v, want %v", tc.name, got, tc.want)
		}
	}
}
