package answer

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// composeAnswer builds the reply from the best fact and the facts that belong with
// it: those that answer nearly as well (China's response through a Cuban envoy and
// through its own ambassador), never more than three.
func composeAnswer(ans facts.Answer, q question, rs []ranked, ix *index.Index) facts.Answer {
	best := rs[0]
	picked := []ranked{best}
	single := q.Type == askHowMany || q.Type == askWhen || q.Type == askWhere
	for _, r := range rs[1:] {
		if len(picked) == 3 || !r.answers {
			break
		}
		// "How many", "when" and "where" want one figure, date or place: a second
		// fact would offer a second, different one.
		close := 0.9
		if q.Type == askYesNo {
			close = 0.8 // a yes or no is better told with what bears on it
		}
		if single || r.score < best.score*close {
			break
		}
		picked = append(picked, r)
	}
	ans.Found = true
	var parts []string
	for _, r := range picked {
		parts = append(parts, r.c.Statement)
		ans.Facts = append(ans.Facts, answerFact(r.c, ix))
	}
	ans.Answer = strings.Join(parts, " ")
	if ans.Lead = lead(q, best.c, ix); ans.Lead != "" {
		ans.Answer = upperFirst(ans.Lead) + ". " + ans.Answer
	}
	if c := best.c; c.Supersedes != "" {
		ans.Answer += correctionNote(c.Fact, c.Cite, ix.CorrectedAt(c.FullID()))
	}
	return ans
}

// upperFirst starts a sentence with a capital: "six years earlier" leads as
// "Six years earlier".
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func answerFact(c *index.Doc, ix *index.Index) facts.AnswerFact {
	af := facts.AnswerFact{ID: c.FullID(), Statement: c.Statement, Quote: c.Quote, Date: c.Date, Source: c.Cite}
	if c.Speaker != "" {
		af.Speaker = ix.Names.Name(c.Speaker)
	}
	if c.Supersedes != "" {
		af.Corrects = c.Supersedes
		if !strings.Contains(af.Corrects, "/") {
			af.Corrects = c.Story + "/" + af.Corrects
		}
	}
	return af
}

// describe answers "Who is X?": the entity's recorded title, and the facts in which
// it acts or speaks.
func describe(ctx context.Context, st index.Store, ans facts.Answer, q question, ix *index.Index, opt facts.AskOptions) (facts.Answer, error) {
	e := ix.Names.Entities()[q.Described]
	if role := q.unnamedAsked(e, ix); role != "" {
		return notFound(ans, fmt.Sprintf("The knowledge base does not name %s.", role), q, ix), nil
	}
	found, err := st.AboutEntities(ctx, index.EntityQuery{IDs: []string{e.ID}, Limit: 100, ActorsFirst: true})
	if err != nil {
		return ans, fmt.Errorf("describe %s: %w", e.ID, err)
	}
	refs := map[int64]bool{}
	for _, r := range found {
		refs[r] = true
	}
	cands, err := load(ctx, st, ix, refs, opt)
	if err != nil {
		return ans, err
	}
	// Facts where the entity acts or speaks come first, then those that mention it;
	// within each, the story's own order (ledes first).
	weight := func(c *index.Doc) int {
		switch c.Roles[e.ID] {
		case "subject", "speaker":
			return 0
		case "object":
			return 1
		}
		return 2
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if weight(a) != weight(b) {
			return weight(a) < weight(b)
		}
		if a.Story != b.Story {
			return a.Story < b.Story
		}
		return a.Position < b.Position
	})
	for _, c := range cands {
		if len(ans.Facts) == 3 {
			break
		}
		ans.Facts = append(ans.Facts, answerFact(c, ix))
	}
	// Every answer cites an approved fact: an entity whose facts are all
	// pending has a curated title, but nothing approved vouches for it yet.
	if len(ans.Facts) == 0 {
		return notFound(ans, fmt.Sprintf("Who or what %s is, is not in the knowledge base yet: no fact about it has been approved.", e.Name), q, ix), nil
	}
	ans.Answer = ans.Facts[0].Statement
	if e.Title != "" {
		ans.Answer = describeTitle(e.Name, e.Title)
	}
	if q.asksOtherName() {
		// "What is the 7E7 also known as?" asks its other names, which
		// the curator recorded as its aliases: none, and the knowledge
		// base does not hold one.
		other := otherNames(e, q)
		if len(other) == 0 {
			return notFound(ans, fmt.Sprintf("No other name for %s is in the knowledge base.", e.Name), q, ix), nil
		}
		ans.Answer = e.Name + " is also known as " + strings.Join(other, ", ") + "."
	}
	ans.Found = true
	return ans, nil
}

// asksOtherName reports whether a question asks what else a thing is
// called: it ends with "also known as" ("What is the 7E7 also known as?").
// Without "also" it may ask what the thing is known for being ("What was
// Ralph Miliband known as?": a leftwing academic), which its description
// says.
func (q question) asksOtherName() bool {
	n := len(q.Toks)
	return n > 3 && q.Toks[n-3].Norm == "also" && q.Toks[n-2].Norm == "known" && q.Toks[n-1].Norm == "as"
}

// otherNames are an entity's recorded aliases that say something its name
// and the question do not: "Abu Mazen" for Mahmoud Abbas, not "Mr Abbas".
func otherNames(e facts.Entity, q question) []string {
	own := map[string]bool{}
	for _, t := range text.Tokenize(e.Name) {
		own[t.Norm] = true
	}
	var out []string
	for _, a := range e.Aliases {
		if slices.ContainsFunc(text.Tokenize(a), func(t text.Token) bool {
			return !own[t.Norm] && !q.norms[t.Norm] && !text.IsStopword(t.Norm) && !text.IsHonorific(t.Norm)
		}) {
			out = append(out, a)
		}
	}
	return out
}

// describeTitle turns an entity's recorded role into a sentence: "Zhang Jun is
// China's ambassador ...", "Ana Ortiz is the mayor of Riverton", and, for a
// role written like a label ("Region in western China", "1999 film directed by
// Sam Mendes"), "Xinjiang: Region ...".
func describeTitle(name, title string) string {
	first := strings.Fields(title)[0]
	lower := strings.ToLower(first)
	switch {
	case lower == "the" || lower == "a" || lower == "an":
		return name + " is " + title + "."
	case title[0] >= 'a' && title[0] <= 'z':
		return name + " is the " + title + "."
	case unicode.IsDigit([]rune(first)[0]):
		// "1999 film directed by Sam Mendes" wants an article English
		// cannot tell ("a 1999 film", "the 2005 champion"): a label.
	case strings.Contains(first, "'") || strings.Contains(first, "’") || strings.Contains(first, ".") || strings.ToUpper(first) == first:
		return name + " is " + title + "."
	}
	return name + ": " + title + "."
}

// notFound is the honest reply, with questions the knowledge base can answer.
func notFound(ans facts.Answer, why string, q question, ix *index.Index) facts.Answer {
	ans.Found = false
	ans.Answer = "That is not in the knowledge base."
	if why != "" {
		ans.Answer = why // it says why the knowledge base cannot answer: once is enough
	}
	asked := sameQuestion(q.Text)
	for _, m := range q.Entities {
		id := ix.MostCited(m.IDs)
		for _, s := range suggestionsFor(ix.Names.Name(id), ix.Names.Kind(id)) {
			if sameQuestion(s) != asked && !slices.Contains(ans.Suggestions, s) {
				ans.Suggestions = append(ans.Suggestions, s)
			}
		}
		if len(ans.Suggestions) >= 4 {
			break
		}
	}
	return ans
}

// sameQuestion writes a question so that two spellings of it compare equal:
// "Who is Zhang Jun" and "who is zhang jun?".
func sameQuestion(s string) string {
	var words []string
	for _, t := range text.Tokenize(s) {
		words = append(words, t.Norm)
	}
	return strings.Join(words, " ")
}

// suggestionsFor are the questions to offer about an entity, as its kind
// allows: "Who is" of a person, "What is" of anything else; "What did ...
// say" of those who speak (people, organisations, countries, groups) and of
// documents, which say things too.
func suggestionsFor(name, kind string) []string {
	switch kind {
	case "person":
		return []string{"Who is " + name + "?", "What did " + name + " say?"}
	case "organization", "country", "group":
		return []string{"What is " + name + "?", "What did " + name + " say?"}
	case "document":
		return []string{"What did " + name + " say?"}
	}
	return []string{"What is " + name + "?"}
}

// notFoundNear says the answer is not held and offers the nearest facts.
func notFoundNear(ans facts.Answer, q question, ix *index.Index, rs []ranked) facts.Answer {
	ans = notFound(ans, "", q, ix)
	for i, r := range rs {
		if i == 2 || r.coverage == 0 {
			break
		}
		ans.Suggestions = append(ans.Suggestions, "Nearest fact ("+r.c.FullID()+"): "+r.c.Statement)
	}
	return ans
}

// correctionNote tells readers that an answer's fact corrects an earlier one, and
// when: the day the correction entered the knowledge base (from the history),
// else the date the correcting source was published, else the fact's own date.
func correctionNote(f facts.Fact, src facts.Source, recorded string) string {
	if recorded != "" {
		return " (This is a correction of an earlier fact, recorded on " + recorded + ".)"
	}
	when := src.Published
	if when == "" {
		when = f.Date
	}
	if when == "" {
		return " (This is a correction of an earlier fact.)"
	}
	return " (This is a correction of an earlier fact, published " + when + ".)"
}
