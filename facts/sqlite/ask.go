package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/text"

	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidate is a fact considered for an answer, with what scoring needs.
type candidate struct {
	storedFact
	source   facts.Source
	position int
	text     string            // " stem stem ... ": the index terms, for word and phrase matching
	pred     string            // " stem ... ": the curated predicate, stemmed once when read
	entities map[string]string // entity -> role
}

// Ask answers a question from approved facts only, or says the knowledge base does
// not hold the answer.
func (kb *KB) Ask(ctx context.Context, text string, opt facts.AskOptions) (facts.Answer, error) {
	text = strings.TrimSpace(strings.ToValidUTF8(text, " "))
	ans := facts.Answer{Question: text, Facts: []facts.AnswerFact{}, Suggestions: []string{}}
	if text == "" {
		return ans, facts.Errorf(facts.EINVALID, "Ask a question, for example: factdesk ask \"Who signed the statement?\"")
	}
	if utf8.RuneCountInString(text) > facts.MaxQuestionLen {
		return ans, facts.Errorf(facts.ETOOLARGE, "That question is %d characters long; the limit is %d. To check a passage of a draft, use check.", utf8.RuneCountInString(text), facts.MaxQuestionLen)
	}
	ix, err := kb.index(ctx)
	if err != nil {
		return ans, fmt.Errorf("ask: %w", err)
	}
	if opt.Explain || opt.Fresh {
		return kb.answer(ctx, ans, ix, opt)
	}
	key := cacheKey(text, opt)
	if cached, ok := kb.answers.get(ix.gen, key); ok {
		cached.Question = text
		return cached, nil
	}
	ans, err = kb.answer(ctx, ans, ix, opt)
	if err == nil {
		kb.answers.put(ix.gen, key, ans)
	}
	return ans, err
}

// answer reads the question in ans and answers it from ix and the knowledge base.
func (kb *KB) answer(ctx context.Context, ans facts.Answer, ix *memIndex, opt facts.AskOptions) (facts.Answer, error) {
	text := ans.Question
	q := parseQuestion(text, ix)
	if opt.Explain {
		ans.Explain = append(ans.Explain, q.explain(ix)...)
	}
	if len(q.Unknown) > 0 {
		return notFound(ans, fmt.Sprintf("The knowledge base has nothing about %q.", strings.Join(q.Unknown, " ")), q, ix), nil
	}
	if q.Type == askWhoIs {
		return kb.describe(ctx, ans, q, ix, opt)
	}
	cands, err := kb.candidates(ctx, q, ix, opt)
	if err != nil {
		return ans, fmt.Errorf("ask: %w", err)
	}
	ranked := rank(q, cands, ix)
	if opt.Explain {
		for i, r := range ranked {
			if i == 5 {
				break
			}
			ans.Explain = append(ans.Explain, fmt.Sprintf("candidate %s: score %.2f coverage %.2f fit %.2f answers %v", r.c.FullID(), r.score, r.coverage, r.fit, r.answers))
		}
	}
	if len(ranked) == 0 || !ranked[0].answers {
		return notFoundNear(ans, q, ix, ranked), nil
	}
	return composeAnswer(ans, q, ranked, ix), nil
}

// collectRowids adds the rowids a query returns to into, and closes the rows.
func collectRowids(rows *sql.Rows, into map[int64]bool) error {
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		into[id] = true
	}
	return rows.Err()
}

func anySlice[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// loadCandidates reads the approved, current facts among rowids.
func (kb *KB) loadCandidates(ctx context.Context, rowids map[int64]bool, ix *memIndex, opt facts.AskOptions) ([]*candidate, error) {
	if len(rowids) == 0 {
		return nil, nil
	}
	var out []*candidate
	keep := func(c *candidate) {
		if c == nil || (opt.Story != "" && c.Story != opt.Story) {
			return
		}
		if _, gone := ix.superseded[c.FullID()]; gone {
			return
		}
		out = append(out, c)
	}
	missing := kb.facts.lookup(ix.gen, rowids, keep)
	if len(missing) == 0 {
		return out, nil
	}
	ids := make([]any, len(missing))
	for i, id := range missing {
		ids[i] = id
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT f.rowid, f.story_id, f.id, f.statement, f.subject, f.predicate, f.object, f.value, f.unit, f.date, f.place, f.quote, f.speaker, f.source_id, f.status, f.supersedes, f.keywords,
		f.position, f.terms, f.entity_roles
		FROM facts f
		WHERE f.status = 'approved' AND f.rowid IN (`+placeholders(len(ids))+`)`, ids...)
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	defer rows.Close()
	loaded := make(map[int64]*candidate, len(missing))
	for rows.Next() {
		c := &candidate{}
		var kw, terms, roles string
		var value nullFloat
		if err := rows.Scan(&c.rowid, &c.Story, &c.ID, &c.Statement, &c.Subject, &c.Predicate, &c.Object, &value, &c.Unit, &c.Date, &c.Place,
			&c.Quote, &c.Speaker, &c.Fact.Source, &c.Status, &c.Supersedes, &kw, &c.position, &terms, &roles); err != nil {
			return nil, err
		}
		c.Value = value.ptr()
		decodeList(kw, &c.Keywords)
		c.text = " " + terms + " "
		c.pred = " " + text.StemPhrase(c.Predicate) + " "
		c.entities = decodeRoles(roles)
		c.source = ix.sources[c.Story+"/"+c.Fact.Source]
		loaded[c.rowid] = c
		keep(c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	kb.facts.store(ix.gen, missing, loaded)
	return out, nil
}

// hasNumber reports whether a fact states a quantity, in its value or its words.
func (c *candidate) hasNumber() bool {
	if c.Value != nil || strings.ContainsAny(c.Statement, "0123456789") {
		return true
	}
	return containsAny(c.text, quantityStems)
}

// hasTime reports whether a fact says when: its date, or a month or year in its words.
func (c *candidate) hasTime() bool {
	if c.Date != "" {
		return true
	}
	return yearRE.MatchString(c.Statement) || containsAny(c.text, monthStems)
}

// counts reports whether the fact's number counts the thing asked about: its unit,
// or a word just after a number in its statement.
func (c *candidate) counts(t qterm) bool {
	if c.Unit != "" && termCredit(&candidate{text: " " + text.StemPhrase(c.Unit) + " "}, t) > 0 {
		return true
	}
	toks := text.Tokenize(c.Statement)
	for i, tok := range toks {
		if !unicode.IsDigit(rune(tok.Norm[0])) && !quantityWords[tok.Norm] {
			continue
		}
		var next []string
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			next = append(next, toks[k].Stem)
		}
		window := strings.Join(next, " ")
		if termCredit(&candidate{text: " " + window + " "}, t) > 0 {
			return true
		}
	}
	return false
}

// countsEntity reports whether a number in the fact's statement counts one of ids:
// "hundreds of thousands of Uyghurs".
func (c *candidate) countsEntity(ids []string, ix *memIndex) bool {
	toks := text.Tokenize(c.Statement)
	for i, tok := range toks {
		if !unicode.IsDigit(rune(tok.Norm[0])) && !quantityWords[tok.Norm] {
			continue
		}
		for _, m := range ix.aliases.find(toks[i+1 : min(len(toks), i+5)]) {
			for _, id := range m.IDs {
				if slices.Contains(ids, id) {
					return true
				}
			}
		}
	}
	return false
}

var quantityWords = text.Set(`dozens hundreds thousands millions billions dozen hundred thousand million billion
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty half several`)

// quantityStems and monthStems are the index-term forms of those words, to look
// for in a candidate's terms without tokenizing its statement again.
var (
	quantityStems = stemsOf(quantityWords)
	monthStems    = stemsOf(monthWords)
	yearRE        = regexp.MustCompile(`\b(19|20)\d\d\b`)
)

func stemsOf(words map[string]bool) []string {
	var out []string
	for w := range words {
		out = append(out, " "+text.Stem(w)+" ")
	}
	return out
}

// containsAny reports whether text (" a b c ") holds any of words (" w ").
func containsAny(text string, words []string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

var monthWords = text.Set(`january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday yesterday today`)
