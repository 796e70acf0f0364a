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
	res := facts.CheckResult{Findings: []facts.Finding{}}
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
	ck.checkNames()
	fs, err := load(ctx, st, ix, opt.Story, ck.entityIDs(), ck.quoteTerms())
	if err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	ck.facts = fs
	if err := ck.run(ctx); err != nil {
		return res, fmt.Errorf("check: %w", err)
	}
	if len(ck.findings) > 0 {
		res.Findings = ck.findings // else the empty list: JSON [] rather than null
	}
	res.Checked = ck.checked
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
	findings []facts.Finding
	checked  int
	// misspelt are the name findings waiting for a fact to cite, by entity.
	misspelt []misspelling
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
func (ck *checker) checkNames() {
	for _, c := range ck.claims {
		if c.Kind == claims.ClaimName {
			ck.checkName(c)
		}
	}
}

// run compares every other claim with the loaded facts. It stops when ctx is
// done: a client that hung up or a server shutting down ends the work too.
func (ck *checker) run(ctx context.Context) error {
	ck.citeNames()
	for i, c := range ck.claims {
		if i%32 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		switch c.Kind {
		case claims.ClaimNumber:
			ck.checkNumber(c)
		case claims.ClaimQuote:
			ck.checkQuote(c)
		case claims.ClaimPerson:
			ck.checkTitle(c)
		case claims.ClaimDate:
			ck.checkDate(c)
		}
	}
	ck.tidy()
	return nil
}

// entityIDs lists the entities the draft names, exactly or misspelt.
func (ck *checker) entityIDs() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ck.mentions {
		for _, id := range m.IDs {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// quoteTerms lists, for each quotation long enough to compare, its words as
// index terms, to find recorded quotations by whoever the draft credits.
func (ck *checker) quoteTerms() [][]string {
	var out [][]string
	for _, c := range ck.claims {
		if c.Kind != claims.ClaimQuote {
			continue
		}
		var terms []string
		for _, t := range text.Tokenize(c.Quote) {
			if !ck.ix.IsStop(t.Norm) {
				terms = append(terms, t.Stem)
			}
		}
		if len(quoteWords(c.Quote)) >= minQuoteWords && len(terms) > 0 {
			out = append(out, terms)
		}
	}
	return out
}

// add records a finding.
func (ck *checker) add(f facts.Finding) { ck.findings = append(ck.findings, f) }

// tidy orders findings by position and drops repeats of one kind over one span.
func (ck *checker) tidy() {
	sort.SliceStable(ck.findings, func(i, j int) bool { return ck.findings[i].Start < ck.findings[j].Start })
	out := ck.findings[:0]
	seen := map[string]bool{}
	for _, f := range ck.findings {
		key := fmt.Sprintf("%s %d %d", f.Kind, f.Start, f.End)
		if seen[key] {
			continue
		}
		seen[key] = true
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
