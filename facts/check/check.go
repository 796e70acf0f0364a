// Package check compares a draft with the knowledge base and reports what a
// copy editor would: figures, quotations, attributions, names, titles and dates
// that disagree with the curated facts, each with the expected value and the
// fact that gives it.
package check

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"

	"github.com/factdesk/factdesk/facts/text"

	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Check compares the claims in a draft passage with the knowledge base read
// through ix and st. Only claims the knowledge base speaks to are compared; a
// claim it says nothing about is not a finding. Each comparison errs towards
// silence: an editor loses trust in a checker that cries wolf faster than in one
// that misses a slip. It returns ETOOLARGE for a passage over facts.MaxDraftLen,
// EINVALID for one that is empty or not text, ENOTFOUND for an unknown
// opt.Story, and st's errors (ctx's among them: a check stops when ctx is done).
func Check(ctx context.Context, ix *index.Index, st index.Store, draft string, opt facts.CheckOptions) (facts.CheckResult, error) {
	res := facts.CheckResult{Findings: []facts.Finding{}, Unsupported: []facts.Finding{}, Supported: []facts.Finding{}}
	if len(draft) > facts.MaxDraftLen {
		return res, facts.Errorf(facts.ETOOLARGE, "The passage is %d bytes; the limit is %d. Check it in parts.", len(draft), facts.MaxDraftLen)
	}
	if !utf8.ValidString(draft) || strings.ContainsRune(draft, 0) {
		return res, facts.Errorf(facts.EINVALID, "The passage is not text (it has binary data). Paste plain text.")
	}
	if strings.TrimSpace(draft) == "" {
		return res, facts.Errorf(facts.EINVALID, "The passage is empty. Paste the text to check.")
	}
	if opt.Story != "" && !ix.HasStory(opt.Story) {
		return res, facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base; kb list shows the stories.", opt.Story)
	}
	ck := newChecker(ix, draft)
	ck.story = opt.Story
	if ck.perClaim = perClaim; opt.Story != "" {
		ck.perClaim *= 4
	}
	if err := ck.checkNames(ctx); err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	refs, stop, err := ck.gather(ctx, st)
	if err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	if ck.facts, err = load(ctx, st, ix, opt.Story, refs.refs); err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	// A sentence that restates none of the facts its names bring may restate
	// one about someone it does not name: its words find that fact.
	read := len(refs.refs)
	ck.search(refs, ck.sentenceTerms(), maxFactsPerSentence)
	ck.search(refs, ck.slipQueries(), maxNameFacts)
	more, err := load(ctx, st, ix, opt.Story, refs.refs[read:])
	if err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	ck.addFacts(more)
	ck.stopAt = stop
	if err := ck.run(ctx); err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	for _, f := range ck.findings { // else the empty lists: JSON [] rather than null
		switch f.Verdict {
		case facts.Supported:
			res.Supported = append(res.Supported, f)
		case facts.Unsupported:
			res.Unsupported = append(res.Unsupported, f)
		default:
			res.Findings = append(res.Findings, f)
		}
	}
	res.Checked = ck.checked
	res.Unchecked, res.UncheckedFrom = ck.unchecked, ck.uncheckedFrom
	return res, nil
}

// checker compares one draft with the knowledge base.
type checker struct {
	ix       *index.Index
	facts    []*checkFact
	d        *claims.Draft
	claims   []claims.Claim
	mentions []index.Mention // entities the draft names, exactly or misspelt
	names    map[int][]knownName
	// nameWords indexes the known names of two words or more by each
	// word: names[n][i] for each i of nameWords[n][word].
	nameWords map[int]map[string][]int
	findings  []facts.Finding
	checked   int
	// misspelt are the name findings waiting for a fact to cite, by entity.
	misspelt []misspelling
	// slips are names no entity's is close to, to compare with the names
	// statements write (see checkNameSlips).
	slips      []nameSlip
	byStem     map[string][]int       // loaded facts by the words of their statements (alignable)
	alignments map[int]aligned        // sentences' alignments, by first token (align)
	alts       map[string][]index.Alt // close alternatives of stems (relatedIn)
	// relatedCache keeps related's answers: a long draft asks the same pairs.
	relatedCache map[[2]string]bool
	affs         map[string]map[string]bool // affiliations, by entity
	fx           *factIndex                 // the loaded facts by what claims match (index)
	figuresIn    map[int][]claims.Claim     // clauseFigures, by claim
	// story is the story the check is confined to (--story), if any;
	// storiesNamed the stories whose people or things the draft names by
	// name (storyNamed).
	story        string
	storiesNamed map[string]bool
	// sents are the draft's sentences (token ranges); namesSomeone whether
	// it names anyone by name (namesAnyone): read once, asked of every claim.
	sents        [][2]int
	namesSomeone *bool

	// The budget (budget.go): comparisons made so far; the claim the check
	// must stop at, having read no facts for it and those after; and what it
	// left unchecked.
	spent         int
	stopAt        int
	perClaim      int // facts chosen for each claim (chooseFacts)
	unchecked     int
	uncheckedFrom int
}

func newChecker(ix *index.Index, draft string) *checker {
	d := claims.Parse(draft)
	ck := &checker{ix: ix, d: d, claims: d.Claims()}
	for _, m := range ix.Names.Find(d.Toks) {
		if !d.InQuote(d.Toks[m.From].Start) {
			ck.mentions = append(ck.mentions, m)
		}
	}
	return ck
}

// checkNames compares the draft's names with the known ones. It comes first: a
// misspelt name still tells the other comparisons who is meant, and which facts
// to load.
func (ck *checker) checkNames(ctx context.Context) error {
	for _, c := range ck.claims {
		if c.Kind == claims.ClaimName {
			if err := ctx.Err(); err != nil {
				return err
			}
			ck.checkName(c)
		}
	}
	return nil
}

// run compares every other claim with the loaded facts, and each sentence
// with the facts it restates, in the draft's order, until the budget is
// spent (see budget.go). It stops when ctx is done: a client that hung up or
// a server shutting down ends the work too.
func (ck *checker) run(ctx context.Context) error {
	ck.citeNames()
	ck.checkNameSlips()
	sents := ck.sentences()
	next := 0 // the next sentence to compare whole
	for i, c := range ck.claims {
		// The sentences before the claim's are done with, claim by claim.
		for next < len(sents) && sents[next][1] <= c.From && !ck.spentAll() {
			ck.alignSentence(sents[next])
			next++
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if i >= ck.stopAt || ck.spentAll() {
			ck.leave(i)
			break
		}
		switch c.Kind {
		case claims.ClaimNumber:
			if !ck.checkAge(c) {
				ck.checkNumber(c)
			}
		case claims.ClaimScore:
			ck.checkScore(c)
		case claims.ClaimQuote:
			ck.checkQuote(c)
		case claims.ClaimPerson:
			ck.checkTitle(c)
		case claims.ClaimDate:
			ck.checkDate(c)
		case claims.ClaimSaid:
			ck.checkSaid(c)
		}
	}
	for ; next < len(sents) && ck.unchecked == 0 && !ck.spentAll(); next++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		ck.alignSentence(sents[next])
	}
	ck.tidy()
	return nil
}

// entityIDs lists the entities the draft names, exactly or misspelt, and the
// people whose titles tie them to a country or organisation it names: a draft
// naming Cuba may be about what Cuba's envoy did.
func (ck *checker) entityIDs() []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, m := range ck.mentions {
		for _, id := range m.IDs {
			add(id)
			if k := ck.ix.Names.Kind(id); k == "country" || k == "organization" {
				for _, p := range ck.affiliatedPeople(id) {
					add(p)
				}
			}
		}
	}
	return out
}

// affiliatedPeople lists the people whose titles name a country or an
// organisation: every word of its name, or one of its one-word aliases
// ("Cuban"), is in their title.
func (ck *checker) affiliatedPeople(id string) []string {
	e, ok := ck.entity(id)
	if !ok {
		return nil
	}
	var cands []string
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		var common []string
		first := true
		for _, t := range text.Tokenize(name) {
			if ck.ix.IsStop(t.Norm) {
				continue
			}
			with := ck.ix.Names.WithTitleWord(t.Stem)
			if first {
				common, first = slices.Clone(with), false
			} else {
				common = slices.DeleteFunc(common, func(p string) bool { return !slices.Contains(with, p) })
			}
		}
		cands = append(cands, common...)
	}
	var out []string
	for _, p := range cands {
		if !slices.Contains(out, p) && ck.affiliated(p, id) {
			out = append(out, p)
		}
	}
	return out
}

// quoteTerms lists, for each quotation long enough to compare, its words as
// index terms, to find recorded quotations by whoever the draft credits.
func (ck *checker) quoteTerms() [][]string {
	var out [][]string
	for _, c := range ck.claims {
		if c.Kind != claims.ClaimQuote || len(out) == maxQuoteSearches {
			continue
		}
		var terms []string
		for _, t := range text.Tokenize(c.Quote) {
			if !ck.ix.IsStop(t.Norm) {
				terms = append(terms, t.Stem)
			}
		}
		if len(quoteWords(c.Quote)) >= minWholeQuoteWords && len(terms) > 0 {
			out = append(out, terms)
		}
	}
	return out
}

// figureTerms lists, for each figure, its clause's words but for names as
// index terms: the facts that hold most of them may count the same thing,
// though the clause names no one they are about ("Last year, 40 countries
// signed a similar statement").
func (ck *checker) figureTerms() [][]string {
	var out [][]string
	// The names of a clause have brought their facts; a fact about no one it
	// names ("The total cost of the 20 projects is expected to reach £50bn"
	// beside "The NAO's report showed ...") is found by its other words.
	inName := map[int]bool{}
	for _, m := range ck.mentions {
		for i := m.From; i < m.To; i++ {
			inName[i] = true
		}
	}
	for _, c := range ck.claims {
		if c.Kind != claims.ClaimNumber || c.Unit == "" || len(out) == maxFigureSearches {
			continue
		}
		clause := ck.d.ClauseOf(c.From)
		// The words nearest the figure say most of what it counts: "a move
		// which should enable it to save $540m" after a long clause about
		// a dividend.
		var terms []string
		for _, i := range clause {
			if i < c.From-figureWindow || i >= c.To+figureWindow {
				continue
			}
			if t := ck.d.Toks[i]; !inName[i] && !ck.ix.IsStop(t.Norm) && !text.IsPreposition(t.Norm) && !isFigure(t.Norm) && ck.ix.DF(t.Stem) > 0 && !slices.Contains(terms, t.Stem) {
				terms = append(terms, t.Stem)
			}
		}
		// Another figure of the sentence is a term too, and a rare one; one
		// of three significant digits or more is enough by itself: "$21.6m
		// (£17.1m)" finds the fact giving $21.6m, but "$150m (£80m)" is too
		// round to tell one sum from another.
		echoed := false
		for _, o := range ck.otherFigures(c) {
			for _, t := range ck.d.Toks[o.From:o.To] {
				if isFigure(t.Norm) && ck.ix.DF(t.Stem) > 0 {
					terms = append(terms, t.Stem)
					echoed = echoed || significantDigits(o.Value) >= 3
				}
			}
		}
		if rare := ck.rarest(terms); (len(terms) >= 2 || echoed) && len(rare) > 0 && !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, rare) }) {
			out = append(out, rare)
		}
	}
	return out
}

// saidTerms lists, for each reported statement, its words as index terms: the
// facts that hold most of them may record who really said it.
func (ck *checker) saidTerms() [][]string {
	var out [][]string
	for _, c := range ck.claims {
		if c.Kind != claims.ClaimSaid || len(out) == maxFigureSearches {
			continue
		}
		var terms []string
		for w := range ck.contentStems(c.Content.Text) {
			if ck.ix.DF(w) > 0 {
				terms = append(terms, w)
			}
		}
		slices.Sort(terms)
		if rare := ck.rarest(terms); len(terms) >= minSaidCommon && len(rare) > 0 {
			out = append(out, rare)
		}
	}
	return out
}

// sentenceTerms lists, for each sentence that restates none of the facts
// already read, its rarest words as index terms: it may restate a fact about
// someone it does not name (it names another in their place), and only its
// words find that fact.
func (ck *checker) sentenceTerms() [][]string {
	var out [][]string
	for _, st := range ck.sentences() {
		if len(out) == maxSentenceSearches {
			break
		}
		if a := ck.align(st[0], st[1]); len(a.facts) > 0 || len(a.actorless) > 0 {
			continue // it restates a fact already read
		}
		// The names it gives have brought their facts already: the fact it
		// may restate is found by its other words.
		seen := map[string]bool{}
		for _, m := range ck.mentions {
			if m.From >= st[0] && m.From < st[1] {
				for _, t := range ck.d.Toks[m.From:min(m.To, st[1])] {
					seen[t.Stem] = true
				}
			}
		}
		var terms []string
		for _, t := range ck.d.Toks[st[0]:st[1]] {
			if !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) && !seen[t.Stem] && ck.ix.DF(t.Stem) > 0 {
				seen[t.Stem] = true
				terms = append(terms, t.Stem)
			}
		}
		if len(terms) < minAlignCommon {
			continue
		}
		// The rarest few are enough to find the facts it restates, and
		// common words would make the search rank much of the knowledge base.
		if rare := ck.rarest(terms); len(rare) > 0 {
			out = append(out, rare)
		}
	}
	return out
}

// A word is rare enough to search a sentence's facts by when at most one fact
// in rareShare holds it (and never fewer than minRareDF may).
const (
	rareShare = 300
	minRareDF = 30
)

// sentences are the draft's sentences as token ranges, read once.
func (ck *checker) sentences() [][2]int {
	if ck.sents == nil {
		ck.sents = ck.d.SentenceTokens()
	}
	return ck.sents
}

// sentenceAt is the index in sentences of the sentence holding token i, -1
// for none.
func (ck *checker) sentenceAt(i int) int {
	sts := ck.sentences()
	k, _ := slices.BinarySearchFunc(sts, i, func(st [2]int, i int) int {
		switch {
		case i < st[0]:
			return 1
		case i >= st[1]:
			return -1
		}
		return 0
	})
	if k == len(sts) || i < sts[k][0] || i >= sts[k][1] {
		return -1
	}
	return k
}

// storyNamed reports whether the draft is about a fact's story, as far as it
// tells: the check is confined to that story, or the draft names by name one
// of the people or things some loaded fact of that story is about. A figure in
// a clause that names nothing of the fact is held to it only then: a business
// page's "sold for $27.5bn" is not about a story whose people it never names.
func (ck *checker) storyNamed(cf *checkFact) bool {
	if ck.story != "" {
		return cf.Story == ck.story
	}
	if ck.storiesNamed == nil {
		named := map[string]bool{}
		for _, m := range ck.mentions {
			if properMention(ck.ix.Names, ck.d.Toks, m) {
				for _, id := range m.IDs {
					named[id] = true
				}
			}
		}
		ck.storiesNamed = map[string]bool{}
		for _, f := range ck.facts {
			for id := range f.doc.Roles {
				if named[id] {
					ck.storiesNamed[f.Story] = true
				}
			}
		}
	}
	return ck.storiesNamed[cf.Story]
}

// addFacts adds facts read later to those loaded, once each.
func (ck *checker) addFacts(more []*checkFact) {
	have := map[string]bool{}
	for _, cf := range ck.facts {
		have[cf.FullID()] = true
	}
	for _, cf := range more {
		if !have[cf.FullID()] {
			ck.facts = append(ck.facts, cf)
		}
	}
	ck.byStem, ck.alignments = nil, nil // built over the facts loaded before
}

// rarest keeps the few rarest of terms, those rare enough to search by: the
// rarest words find the facts a passage is about, and common words would make
// a search rank much of the knowledge base.
func (ck *checker) rarest(terms []string) []string {
	terms = slices.Clone(terms)
	slices.SortStableFunc(terms, func(a, b string) int { return ck.ix.DF(a) - ck.ix.DF(b) })
	rare := max(minRareDF, ck.ix.Facts()/rareShare)
	n := 0
	for n < len(terms) && n < sentenceSearchTerms && ck.ix.DF(terms[n]) <= rare {
		n++
	}
	return terms[:n]
}

// sentenceSearchTerms is how many of a sentence's rarest words its search uses.
const sentenceSearchTerms = 3

// figureWindow is how many words either side of a figure its search reads.
const figureWindow = 8

// maxSentenceSearches bounds the text searches a long draft's sentences make.
const maxSentenceSearches = 200

// maxFigureSearches bounds the text searches a draft's figures make,
// and maxQuoteSearches those its quotations make.
const (
	maxFigureSearches = 20
	maxQuoteSearches  = 50
)

// add records a finding: a contradiction.
func (ck *checker) add(f facts.Finding) {
	f.Verdict = facts.Contradicted
	ck.findings = append(ck.findings, f)
}

// support records that fact cf backs a claim.
func (ck *checker) support(kind string, sp claims.Span, cf *checkFact) {
	f := cf.finding(kind, sp, "", "Agrees with the knowledge base: "+cf.Statement)
	f.Verdict = facts.Supported
	ck.findings = append(ck.findings, f)
}

// supportedAt reports whether a claim of a kind over a span is already
// backed by a fact.
func (ck *checker) supportedAt(kind string, sp claims.Span) bool {
	return slices.ContainsFunc(ck.findings, func(f facts.Finding) bool {
		return f.Verdict == facts.Supported && f.Kind == kind && f.Start == sp.Start && f.End == sp.End
	})
}

// unsupported records a claim about a known person or thing that no fact
// backs, and why.
func (ck *checker) unsupported(kind string, sp claims.Span, message string) {
	ck.findings = append(ck.findings, facts.Finding{Kind: kind, Verdict: facts.Unsupported, Text: sp.Text, Start: sp.Start, End: sp.End, Message: message})
}

// tidy orders findings by position and drops repeats of one kind over one
// span; a claim contradicted is not also supported or unsupported, and one
// supported is not also unsupported.
func (ck *checker) tidy() {
	rank := map[string]int{facts.Contradicted: 0, facts.Supported: 1, facts.Unsupported: 2}
	sort.SliceStable(ck.findings, func(i, j int) bool {
		a, b := ck.findings[i], ck.findings[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return rank[a.Verdict] < rank[b.Verdict]
	})
	out := ck.findings[:0]
	seen := map[string]bool{}
	var contradicted []facts.Finding
	for _, f := range ck.findings {
		key := fmt.Sprintf("%s %d %d", f.Kind, f.Start, f.End)
		if seen[key] {
			continue
		}
		if f.Verdict != facts.Contradicted && slices.ContainsFunc(contradicted, func(c facts.Finding) bool { return c.Start < f.End && f.Start < c.End }) {
			continue
		}
		seen[key] = true
		if f.Verdict == facts.Contradicted {
			contradicted = append(contradicted, f)
		}
		out = append(out, f)
	}
	ck.findings = out
}

// entitiesIn returns the entities named by the draft over a span: mentions
// inside it or overlapping it ("The group" of "The group of 43").
func (ck *checker) entitiesIn(sp claims.Span) []string {
	var out []string
	for _, m := range ck.mentions {
		if ck.d.Toks[m.From].Start < sp.End && ck.d.Toks[m.To-1].End > sp.Start {
			out = append(out, m.IDs...)
		}
	}
	return out
}

// entity returns a known entity by id.
func (ck *checker) entity(id string) (facts.Entity, bool) {
	e, ok := ck.ix.Names.Entities()[id]
	return e, ok
}

// trimPossessive drops a trailing 's from a span: "China's" names China.
func trimPossessive(sp claims.Span) claims.Span {
	for _, suf := range []string{"'s", "\u2019s", "'"} {
		if strings.HasSuffix(sp.Text, suf) {
			n := utf8.RuneCountInString(suf)
			sp.Text = strings.TrimSuffix(sp.Text, suf)
			sp.End -= n
			return sp
		}
	}
	return sp
}

// inSentenceOf lists the claims in claim c's sentence, c among them: claims
// are in text order, so they are found by halving rather than by reading
// every claim of a long draft.
func (ck *checker) inSentenceOf(c claims.Claim) []claims.Claim {
	return ck.claimsBetween(c.Sentence.Start, c.Sentence.End)
}

// claimsBetween lists the claims starting between two offsets (end exclusive).
func (ck *checker) claimsBetween(start, end int) []claims.Claim {
	lo := sort.Search(len(ck.claims), func(i int) bool { return ck.claims[i].Start >= start })
	hi := lo
	for hi < len(ck.claims) && ck.claims[hi].Start < end {
		hi++
	}
	return ck.claims[lo:hi]
}
