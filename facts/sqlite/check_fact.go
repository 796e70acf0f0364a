package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"

	"github.com/factdesk/factdesk/facts/text"

	"context"
	"fmt"
	"strings"
)

// checkFact is an approved, current fact prepared for comparison with a draft.
type checkFact struct {
	facts.Fact
	source   facts.Source
	stems    map[string]bool   // its words, stemmed, without stopwords or figures
	entities map[string]string // entity id -> role in the fact
	pred     []string          // content stems of its predicate: what happened
	keys     []string          // content stems of its keywords: other words for it
	numbers  []factNumber
	figures  [][2]float64 // every figure its statement gives, counted noun or not
	quote    []string     // the recorded quotation's words, normalised
	year     int          // the year the fact is dated to, else 0
	story    int          // the year of its story, for "last year" and "this year"
	ix       *memIndex
	counted  bool // numbers and figures are filled
}

// factNumber is a figure a fact states, with what it counts.
type factNumber struct {
	lo, hi float64
	unit   string // as written: "countries", "Uyghurs"
	text   string // how to show it: "43 countries", "hundreds of thousands"
	counted
}

// Candidate limits keep a check fast however large the knowledge base grows: a
// much-covered entity (a country across years of stories) brings its most recent
// facts, and a quotation its closest recorded ones.
const (
	maxFactsPerEntity = 2000
	maxFactsPerQuote  = 40
)

// checkFacts loads the facts a draft can be compared with: the approved, current
// facts about the entities it names, and those whose words are closest to its
// quotations (a misattributed quotation's speaker is not named). Everything
// a comparison needs is prepared once per fact.
func (kb *KB) checkFacts(ctx context.Context, ix *memIndex, story string, entities []string, quotes [][]string) ([]*checkFact, error) {
	rowids := map[int64]bool{}
	for _, id := range entities {
		rows, err := kb.db.QueryContext(ctx, `SELECT DISTINCT fact_rowid FROM fact_entities WHERE entity_id = ? ORDER BY fact_rowid DESC LIMIT ?`, id, maxFactsPerEntity)
		if err != nil {
			return nil, fmt.Errorf("facts about %s: %w", id, err)
		}
		if err := collectRowids(rows, rowids); err != nil {
			return nil, fmt.Errorf("facts about %s: %w", id, err)
		}
	}
	for _, terms := range quotes {
		parts := make([]string, len(terms))
		for i, t := range terms {
			parts[i] = `"` + strings.ReplaceAll(t, `"`, "") + `"`
		}
		rows, err := kb.db.QueryContext(ctx, `SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY bm25(facts_fts) LIMIT ?`, strings.Join(parts, " OR "), maxFactsPerQuote)
		if err != nil {
			return nil, fmt.Errorf("facts near a quotation: %w", err)
		}
		if err := collectRowids(rows, rowids); err != nil {
			return nil, fmt.Errorf("facts near a quotation: %w", err)
		}
	}
	if len(rowids) == 0 {
		return nil, nil
	}
	args := make([]any, 0, len(rowids)+1)
	for id := range rowids {
		args = append(args, id)
	}
	query := `SELECT f.story_id, f.id, f.statement, f.subject, f.predicate, f.object, f.value, f.unit, f.date, f.place,
		f.quote, f.speaker, f.source_id, f.keywords, s.id, s.title, s.publisher, s.url, s.published, st.date
		FROM facts f JOIN sources s ON s.story_id = f.story_id AND s.id = f.source_id JOIN stories st ON st.id = f.story_id
		WHERE f.status = 'approved' AND f.rowid IN (` + placeholders(len(rowids)) + `)`
	if story != "" {
		query += ` AND f.story_id = ?`
		args = append(args, story)
	}
	rows, err := kb.db.QueryContext(ctx, query+` ORDER BY f.story_id, f.position`, args...)
	if err != nil {
		return nil, fmt.Errorf("load facts for check: %w", err)
	}
	defer rows.Close()
	var out []*checkFact
	for rows.Next() {
		cf := &checkFact{}
		var value nullFloat
		var kw, storyDate string
		if err := rows.Scan(&cf.Story, &cf.ID, &cf.Statement, &cf.Subject, &cf.Predicate, &cf.Object, &value, &cf.Unit, &cf.Date,
			&cf.Place, &cf.Quote, &cf.Speaker, &cf.Fact.Source, &kw,
			&cf.source.ID, &cf.source.Title, &cf.source.Publisher, &cf.source.URL, &cf.source.Published, &storyDate); err != nil {
			return nil, fmt.Errorf("load facts for check: %w", err)
		}
		cf.Value = value.ptr()
		cf.Status = facts.StatusApproved
		decodeList(kw, &cf.Keywords)
		if _, gone := ix.superseded[cf.FullID()]; gone {
			continue
		}
		if sd, ok := parseFactDate(storyDate); ok {
			cf.story = sd.year
		}
		cf.prepare(ix)
		out = append(out, cf)
	}
	return out, rows.Err()
}

// prepare computes the cheap things every comparison looks at. The costlier
// ones, the fact's words and entities and its figures, wait until a comparison
// asks (see described and counts): most loaded facts are ruled out before.
func (cf *checkFact) prepare(ix *memIndex) {
	cf.ix = ix
	for _, t := range text.Tokenize(cf.Predicate) {
		if !ix.isStop(t.Norm) && len(t.Norm) > 2 {
			cf.pred = append(cf.pred, t.Stem)
		}
	}
	for _, t := range text.Tokenize(strings.Join(cf.Keywords, " . ")) {
		if !ix.isStop(t.Norm) && len(t.Norm) > 2 {
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
	for _, t := range text.Tokenize(factText(cf.Fact, cf.ix.aliases)) {
		if !cf.ix.isStop(t.Norm) && !isFigure(t.Norm) {
			cf.stems[t.Stem] = true
		}
	}
	cf.entities = factEntities(cf.Fact, cf.ix.aliases)
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
	cf.numbers = factNumbers(cf.Fact, cs)
	for i := range cf.numbers {
		cf.numbers[i].counted = readCounted(cf.ix.aliases, cf.numbers[i].unit)
	}
	for _, c := range cs {
		if c.Kind == claims.ClaimNumber {
			cf.figures = append(cf.figures, [2]float64{c.Low, c.High})
		}
	}
	return cf
}

// factNumbers lists the figures a fact states: its value and unit, and figures in
// its statement ("hundreds of thousands of Uyghurs"), which often carry the unit
// the value lacks.
func factNumbers(fa facts.Fact, cs []claims.Claim) []factNumber {
	var out []factNumber
	var stated []claims.Claim
	for _, c := range cs {
		if c.Kind == claims.ClaimNumber && c.Unit != "" {
			stated = append(stated, c)
		}
	}
	if fa.Value != nil {
		unit := fa.Unit
		for _, c := range stated {
			if unit == "" && c.Value == *fa.Value {
				unit = c.Unit
			}
		}
		if unit != "" {
			out = append(out, factNumber{lo: *fa.Value, hi: *fa.Value, unit: unit, text: formatQuantity(*fa.Value, unit)})
		}
	}
	for _, c := range stated {
		dup := false
		for _, n := range out {
			if n.lo == c.Low && n.hi == c.High {
				dup = true
			}
		}
		if !dup {
			lo, hi := c.Low, c.High
			if hi == 0 && c.Qualifier == "" {
				hi = lo
			}
			out = append(out, factNumber{lo: lo, hi: hi, unit: c.Unit, text: c.Text})
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
