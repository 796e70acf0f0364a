package check

import (
	"slices"
	"sort"
	"strconv"

	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"

	"github.com/factdesk/factdesk/facts/text"

	"context"
	"fmt"
	"strings"
)

// checkFact is an approved, current fact prepared for comparison with a draft.
type checkFact struct {
	facts.Fact
	source       facts.Source
	stems        map[string]bool   // its words, stemmed, without stopwords or figures
	entities     map[string]string // entity id -> role in the fact
	pred         []string          // content stems of its predicate: what happened
	keys         []string          // content stems of its keywords: other words for it
	numbers      []factNumber
	stated       []claims.Claim // every figure its statement gives, as claims with their units (echoesFigure)
	scores       [][][2]int     // the results its statement gives ("2-1", "6-3 6-2")
	dates        []claims.Claim // the dates its statement writes (statementDates)
	datesRead    bool
	quote        []string     // the recorded quotation's words, normalised
	quoteToks    []text.Token // the same, as tokens, read once (writings); nil before
	year         int          // the year the fact is dated to, else 0
	story        int          // the year of its story, for "last year" and "this year"
	ix           *index.Index
	counted      bool            // numbers and figures are filled
	doc          *index.Doc      // as the store read it: its words are kept there between checks
	own          []string        // its statement's content words (statementStems)
	cal          map[string]bool // the months and days its statement names (calendar)
	actorNames   map[string]bool // the words of its subject's and speaker's names (actorName)
	partyNames   map[string]bool // the words of the names of every entity it is about (partyName)
	terms        map[string]bool // its index terms (indexTerms)
	ages         map[string]int  // the ages its statement gives people, by entity (ageOf)
	sayer        *string         // who it records saying its words, read once (checker.sayer); nil before
	speakerFirst *bool           // whether its statement opens with its speaker, read once (checker.speakerOpens); nil before
	runes        []rune          // its statement's characters, for the text between its tokens (statementGap)
	when         *factDate       // its date, read once (date); nil before
	dated        bool
}

// statementDates are the dates the fact's statement writes, read once: its
// date when the curator gave none (date), and what a draft's date may echo
// (writes).
func (cf *checkFact) statementDates() []claims.Claim {
	if !cf.datesRead {
		cf.datesRead = true
		if claims.MayHoldDate(cf.Statement) {
			cf.dates = claims.Dates(cf.Statement)
		}
	}
	return cf.dates
}

// date is the fact's date: its date field, or else the one date its
// statement gives.
func (cf *checkFact) date() (factDate, bool) {
	if cf.when == nil {
		fd, ok := parseFactDate(cf.Date)
		if !ok {
			fd, ok = writtenDate(cf.statementDates())
		}
		cf.when, cf.dated = &fd, ok
	}
	return *cf.when, cf.dated
}

// factNumber is a figure a fact states, with what it counts.
type factNumber struct {
	lo, hi float64
	unit   string // as written: "countries", "Uyghurs"
	text   string // how to show it: "43 countries", "hundreds of thousands"
	prep   string // the word before it in the statement: "to" in "to 17 cents a share from 34 cents"
	part   bool   // a part of what it counts: "22 of the 30 projects" (see claims.Claim.Part)
	place  bool   // a place in an order: "the 41st minute" (claims.Claim.Ordinal)
	// value and bound are the figure as written and how it is bounded
	// ("more than 20%": 20, "more"; see claims.QualifierKind).
	value float64
	bound string
	counted
}

// Candidate limits keep a check fast however large the knowledge base grows: a
// much-covered entity (a country across years of stories) brings its most recent
// facts, and a quotation its closest recorded ones.
const (
	maxFactsPerEntity = 2000
	maxFactsPerQuote  = 40
	// A sentence brings the few facts whose words are closest to its own,
	// and so does a figure.
	maxFactsPerSentence = 5
	maxFactsPerFigure   = 10
)

// gather lists the facts a draft can be compared with: the approved, current
// facts about the entities it names (or, when they are about too many, those
// each claim is most likely about: chooseFacts), then those whose words are
// closest to its quotations (a misattributed quotation's speaker is not
// named), its figures and its reported speech, at most
// maxLoadedFacts in all. It returns the index of the first claim it could not
// gather facts for (len(ck.claims) when none).
func (ck *checker) gather(ctx context.Context, st index.Store) (*refSet, int, error) {
	refs := newRefSet(maxLoadedFacts)
	stop := len(ck.claims)
	var err error
	ids := ck.entityIDs()
	if ck.ix.EntityFacts(ids) <= maxLoadedFacts/2 {
		for _, id := range ids {
			found, err := st.AboutEntities(ctx, index.EntityQuery{IDs: []string{id}, Limit: maxFactsPerEntity})
			if err != nil {
				return nil, 0, fmt.Errorf("facts about %s: %w", id, err)
			}
			for _, r := range found {
				refs.add(r)
			}
		}
	} else {
		var chosen []int64
		if chosen, stop, err = ck.chooseFacts(ctx); err != nil {
			return nil, 0, err
		}
		for _, r := range chosen {
			refs.add(r)
		}
	}
	ck.search(refs, append(ck.quoteTerms(), ck.saidTerms()...), maxFactsPerQuote)
	ck.search(refs, ck.figureTerms(), maxFactsPerFigure)
	return refs, stop, nil
}

// search adds to refs the facts holding most of each list of terms (the
// rarer the more), at most limit each, while refs has room. It reads the
// read model's postings, as chooseFacts does, rather than ranking every fact
// holding a common word.
func (ck *checker) search(refs *refSet, queries [][]string, limit int) {
	for _, terms := range queries {
		if refs.room() == 0 {
			return
		}
		var groups []index.Group
		for _, t := range terms {
			if l := ck.ix.TermPostings(t); len(l) > 0 {
				groups = append(groups, index.Group{Weight: ck.ix.IDF(len(l)), Lists: []index.List{{Refs: l, Credit: 1}}})
			}
		}
		for _, r := range topRefs(groups, limit) {
			refs.add(int64(r))
		}
	}
}

// load reads the approved, current facts among refs, in story order.
// Everything a comparison needs is prepared once per fact.
func load(ctx context.Context, st index.Store, ix *index.Index, story string, refs []int64) ([]*checkFact, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	ids := slices.Clone(refs)
	slices.Sort(ids)
	docs, err := st.Docs(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load facts for check: %w", err)
	}
	docs = slices.DeleteFunc(docs, func(d *index.Doc) bool {
		return (story != "" && d.Story != story) || ix.SupersededBy(d.FullID()) != ""
	})
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].Story != docs[j].Story {
			return docs[i].Story < docs[j].Story
		}
		return docs[i].Position < docs[j].Position
	})
	out := make([]*checkFact, len(docs))
	for i, d := range docs {
		cf := &checkFact{Fact: d.Fact, source: d.Cite, doc: d}
		if sd, ok := parseFactDate(ix.StoryDate(d.Story)); ok {
			cf.story = sd.year
		}
		cf.prepare(ix)
		out[i] = cf
	}
	return out, nil
}

// prepare computes the cheap things every comparison looks at. The costlier
// ones, the fact's words and entities and its figures, wait until a comparison
// asks (see described and counts): most loaded facts are ruled out before.
func (cf *checkFact) prepare(ix *index.Index) {
	cf.ix = ix
	for _, t := range text.Tokenize(cf.Predicate) {
		if !ix.IsStop(t.Norm) && len(t.Norm) > 2 {
			cf.pred = append(cf.pred, t.Stem)
		}
	}
	for _, t := range text.Tokenize(strings.Join(cf.Keywords, " . ")) {
		if !ix.IsStop(t.Norm) && len(t.Norm) > 2 {
			cf.keys = append(cf.keys, t.Stem)
		}
	}
	for _, t := range text.Tokenize(cf.Quote) {
		cf.quote = append(cf.quote, t.Norm)
	}
	if fd, ok := parseFactDate(cf.Date); ok {
		cf.year = fd.year
	}
}

// described fills the fact's words and entities, once.
func (cf *checkFact) described() *checkFact {
	if cf.stems != nil {
		return cf
	}
	cf.stems = map[string]bool{}
	for _, t := range text.Tokenize(index.Text(cf.Fact, cf.ix.Names)) {
		if !cf.ix.IsStop(t.Norm) && !isFigure(t.Norm) {
			cf.stems[t.Stem] = true
		}
	}
	cf.entities = index.Roles(cf.Fact, cf.ix.Names)
	return cf
}

// counts fills the fact's figures, once.
func (cf *checkFact) counts() *checkFact {
	if cf.counted {
		return cf
	}
	cf.counted = true
	if cf.Value == nil && !claims.MayHoldFigure(cf.Statement) {
		return cf
	}
	cs := claims.Extract(cf.Statement)
	cf.numbers = factNumbers(cf.Fact, cs, cf.doc.Tokens())
	for i := range cf.numbers {
		cf.numbers[i].counted = readCounted(cf.ix.Names, cf.numbers[i].unit)
	}
	for _, c := range cs {
		switch c.Kind {
		case claims.ClaimNumber:
			cf.stated = append(cf.stated, c)
		case claims.ClaimScore:
			cf.scores = append(cf.scores, c.Scores)
		}
	}
	return cf
}

// factNumbers lists the figures a fact states: its value and unit, and figures in
// its statement ("hundreds of thousands of Uyghurs"), which often carry the unit
// the value lacks.
func factNumbers(fa facts.Fact, cs []claims.Claim, toks []text.Token) []factNumber {
	var out []factNumber
	var stated []claims.Claim
	for _, c := range cs {
		if c.Kind == claims.ClaimNumber && c.Unit != "" {
			stated = append(stated, c)
		}
	}
	prep := func(c claims.Claim) string {
		if c.From > 0 && c.From <= len(toks) {
			return toks[c.From-1].Norm
		}
		return ""
	}
	if fa.Value != nil {
		value, unit := claims.Scaled(*fa.Value, fa.Unit)
		before, part, place, bound := "", false, false, ""
		lo, hi := value, value
		for _, c := range stated {
			if c.Value == value {
				// A curated unit is the curator's reading: 13 "times" of
				// "the 13th time it has been used" is a count, 17 "minute"
				// of "the 17th minute" a place.
				before, part, place = prep(c), c.Part, c.Ordinal && (fa.Unit == "" || fa.Unit == c.Unit)
				bound = claims.QualifierKind(c.Qualifier)
				if unit == "" {
					unit = c.Unit
				}
				// The curated value is the statement's figure, bounded as
				// the statement bounds it: "up to £138m" allows no more.
				if c.Qualifier != "" {
					lo, hi = c.Low, c.High
				}
			}
		}
		if unit != "" {
			text := formatQuantity(value, unit)
			if place {
				text = formatPlace(value, unit)
			}
			out = append(out, factNumber{lo: lo, hi: hi, unit: unit, text: text, prep: before, part: part, place: place, value: value, bound: bound})
		}
	}
	for _, c := range stated {
		dup := false
		for _, n := range out {
			// The same figure in the same unit; "17 cents" stays beside the
			// curated "17 cents a share", which counts shares.
			if n.lo == c.Low && n.hi == c.High && lastStem(n.unit) == lastStem(c.Unit) {
				dup = true
			}
		}
		if !dup {
			lo, hi := c.Low, c.High
			if hi == 0 && c.Qualifier == "" {
				hi = lo
			}
			out = append(out, factNumber{lo: lo, hi: hi, unit: c.Unit, text: c.Text, prep: prep(c), part: c.Part, place: c.Ordinal, value: c.Value, bound: claims.QualifierKind(c.Qualifier)})
		}
	}
	return out
}

// isFigure reports whether a normalised word is a number written in digits.
func isFigure(n string) bool { return n != "" && n[0] >= '0' && n[0] <= '9' }

// formatQuantity writes a figure with its unit as a newsroom would: "43
// countries", "$48 million", "3,200 homes".
func formatQuantity(v float64, unit string) string {
	n := formatNumber(v)
	if sign := claims.CurrencySign(unit); sign != "" {
		return sign + n
	}
	return strings.TrimSpace(n + " " + unit)
}

// formatPlace writes a place in an order: "87th minute", "15th".
func formatPlace(v float64, unit string) string {
	n := strconv.Itoa(int(v))
	n += claims.OrdinalSuffix(n)
	if unit == "" || unit == "place" {
		return n
	}
	return n + " " + unit
}

// formatNumber writes a figure as a newsroom would: 43, 2.5, 200,000, 48 million.
func formatNumber(v float64) string {
	for _, sc := range []struct {
		v    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if v >= sc.v && v/sc.v*100 == float64(int64(v/sc.v*100)) {
			return formatNumber(v/sc.v) + " " + sc.name
		}
	}
	if v != float64(int64(v)) || v < 1000 {
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
	}
	s := fmt.Sprintf("%d", int64(v))
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// finding builds a finding citing fact cf.
func (cf *checkFact) finding(kind string, sp claims.Span, expected, message string) facts.Finding {
	src := cf.source
	return facts.Finding{Kind: kind, Text: sp.Text, Start: sp.Start, End: sp.End, Expected: expected, FactID: cf.FullID(), Message: message, Source: &src}
}
