package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"

	"slices"
	"sort"
	"strings"
)

// minCoverage is the share of a question's weighted words and entities a fact must
// match to answer it. Below it, "not in the knowledge base" is the honest reply.
const minCoverage = 0.55

// groupCredit is what a fact about a group earns for a question about one of its
// members (or the reverse): related, but not the same ("Eswatini's ambassador" is
// not the coalition's spokesman).
const groupCredit = 0.25

// roleBonus rewards a fact in which a question's entity plays the role the
// question gives it: the one who acts, or the one acted on.
const roleBonus = 0.08

// nearBonus rewards a fact that says a question's word right next to the entity it
// applies to, as the question does: "backing China" for "Who supports China?".
const nearBonus = 0.08

// absentPenalty multiplies the weight of question words that no fact holds.
const absentPenalty = 1.5

// ranked is a candidate with its score and whether it may answer at all.
type ranked struct {
	c        *index.Doc
	score    float64
	coverage float64
	fit      float64
	answers  bool
}

// rank scores candidates by how much of the question they cover (words weighted
// by rarity, entities by how few facts are about them), by how well they fit the
// kind of answer wanted, and by the roles entities play in them.
func rank(q question, cands []*index.Doc, ix *index.Index) []ranked {
	total := 0.0
	for _, t := range q.Terms {
		total += t.Weight
		if t.Absent {
			// A concept the knowledge base has never recorded, in any of its words,
			// is strong evidence the answer is not held: it weighs more.
			total += t.Weight * (absentPenalty - 1)
		}
	}
	entW := make([]float64, len(q.Entities))
	for i, m := range q.Entities {
		entW[i] = ix.EntityWeight(m.IDs)
		total += entW[i]
	}
	if total == 0 {
		return nil
	}
	out := make([]ranked, 0, len(cands))
	for _, c := range cands {
		got, bonus := 0.0, 0.0
		termsHit, entsHit := 0, 0
		for _, t := range q.Terms {
			if cr := termCredit(c, t); cr > 0 {
				got += cr * t.Weight
				termsHit++
			}
		}
		for i, m := range q.Entities {
			cr, role := entityCredit(c, m, ix)
			if cr == 0 {
				continue
			}
			got += cr * entW[i]
			entsHit++
			before := q.verbAt < 0 || m.From < q.verbAt
			if q.passive {
				before = !before
			}
			switch {
			case before && (role == "subject" || role == "speaker"):
				bonus += roleBonus
			case !before && role == "object":
				bonus += roleBonus
			}
		}
		bonus += nearBonus * float64(nearPairs(q, c, ix))
		bonus += predicateFit(q, c)
		cov := got / total
		fit := typeFit(q, c, ix)
		r := ranked{c: c, coverage: cov, fit: fit}
		r.score = cov + 0.25*fit + bonus + 0.02/float64(1+c.Position)
		r.answers = cov >= minCoverage && fit > 0 &&
			(len(q.Terms) == 0 || termsHit > 0) &&
			(len(q.Entities) == 0 || entsHit > 0 || cov >= 0.75)
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].answers != out[j].answers {
			return out[i].answers
		}
		return out[i].score > out[j].score
	})
	return out
}

// termCredit is 1 when the fact holds the word itself, less for a synonym.
func termCredit(c *index.Doc, t qterm) float64 { return termCreditIn(c.Terms, t) }

// termCreditIn is termCredit over padded index terms (" a b c ").
func termCreditIn(terms string, t qterm) float64 {
	for i, a := range t.Alts {
		if strings.Contains(terms, " "+a+" ") {
			if i == 0 {
				return 1
			}
			return 0.85
		}
	}
	return 0
}

// entityCredit is 1 when the fact is about the entity, less when it is about a group
// the entity belongs to (or a member of the group asked about).
func entityCredit(c *index.Doc, m index.Mention, ix *index.Index) (float64, string) {
	for _, id := range m.IDs {
		if role, ok := c.Roles[id]; ok {
			return 1, role
		}
	}
	for _, id := range m.IDs {
		for _, g := range ix.Names.GroupsOf(id) {
			if role, ok := c.Roles[g]; ok {
				return groupCredit, role
			}
		}
		for _, member := range ix.Names.Entities()[id].Members {
			if role, ok := c.Roles[member]; ok {
				return groupCredit, role
			}
		}
	}
	return 0, ""
}

// typeFit says how well a fact fits the kind of answer wanted: 0 rules it out.
func typeFit(q question, c *index.Doc, ix *index.Index) float64 {
	switch q.Type {
	case askHowMany:
		if !hasNumber(c) {
			return 0
		}
		switch {
		case q.counted != nil && !counts(c, *q.counted), q.countedE != nil && !countsEntity(c, q.countedE, ix):
			return 0.5
		}
		return 1
	case askWhen:
		return b2f(hasTime(c))
	case askWhere:
		if c.Place != "" {
			return 1
		}
		return 0.4
	case askWhoSaid:
		if c.Quote != "" {
			return 1
		}
		return 0.3
	case askSay:
		speakers := map[string]bool{}
		for _, m := range q.Entities {
			for _, id := range m.IDs {
				speakers[id] = true
			}
		}
		switch {
		case c.Quote != "" && speakers[c.Speaker]:
			return 1
		case speakers[c.Speaker] || speakers[c.Subject]:
			return 0.8
		case len(speakers) == 0 && c.Quote != "":
			return 1 // "What did residents say?": the quotes first
		case len(speakers) == 0:
			return 0.5
		case c.Quote != "" && speaksFor(ix, c.Speaker, speakers):
			return 0.9 // "What did Human Rights Watch say?": its director did
		case speaksFor(ix, c.Speaker, speakers) || speaksFor(ix, c.Subject, speakers):
			return 0.7
		}
		// A document "says" what its text says; anyone else must be the one speaking.
		for id := range speakers {
			if ix.Names.Entities()[id].Kind == "document" && c.Roles[id] != "" {
				return 0.6
			}
		}
		return 0
	case askWho:
		for id := range c.Roles {
			if isAgent(ix.Names.Entities()[id].Kind) && !slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return slices.Contains(m.IDs, id) }) {
				return 1
			}
		}
		return 0.5
	case askWhy:
		for _, w := range []string{" because ", " saying ", " due to ", " after ", " over ", " to ", " citing ", " amid "} {
			if strings.Contains(" "+strings.ToLower(c.Statement)+" ", w) {
				return 1
			}
		}
		return 0.6
	}
	return 1
}

// isAgent reports whether an entity of this kind can be the "who" of an answer.
func isAgent(kind string) bool {
	return kind == "person" || kind == "group" || kind == "organization" || kind == "country"
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// nearPairs counts the question's word-entity pairs, with no other content word
// between them, that the fact also says side by side in the same order.
func nearPairs(q question, c *index.Doc, ix *index.Index) int {
	n := 0
	for _, m := range q.Entities {
		for _, t := range q.Terms {
			switch {
			case t.At < m.From && !q.contentBetween(t.At+1, m.From):
				if nearInText(c.Terms, t.Alts, ix.Names.StemmedNames(m.IDs)) {
					n++
				}
			case t.At >= m.To && !q.contentBetween(m.To, t.At):
				if nearInText(c.Terms, ix.Names.StemmedNames(m.IDs), t.Alts) {
					n++
				}
			}
		}
	}
	return n
}

// contentBetween reports whether a content word or entity lies in tokens [from, to).
func (q question) contentBetween(from, to int) bool {
	for _, t := range q.Terms {
		if t.At >= from && t.At < to {
			return true
		}
	}
	for _, m := range q.Entities {
		if m.From >= from && m.From < to {
			return true
		}
	}
	return false
}

// nearInText reports whether one of firsts is followed, at most one word later, by
// one of seconds in the stemmed text.
func nearInText(text string, firsts, seconds []string) bool {
	for _, a := range firsts {
		for off := 0; ; {
			i := strings.Index(text[off:], " "+a+" ")
			if i < 0 {
				break
			}
			after := text[off+i+len(a)+1:] // starts with the space after a
			for _, b := range seconds {
				if strings.HasPrefix(after, " "+b+" ") {
					return true
				}
				if skip, rest, ok := strings.Cut(strings.TrimPrefix(after, " "), " "); ok && skip != index.PartBreak && strings.HasPrefix(" "+rest, " "+b+" ") {
					return true
				}
			}
			off += i + 1
		}
	}
	return false
}

// speaksFor reports whether the entity's recorded title names one of orgs: a
// director or spokesperson speaks for their organisation.
func speaksFor(ix *index.Index, id string, orgs map[string]bool) bool {
	e := ix.Names.Entities()[id]
	if e.Kind != "person" || e.Title == "" {
		return false
	}
	title := e.Title
	for _, m := range ix.Names.Find(text.Tokenize(title)) {
		for _, org := range m.IDs {
			if orgs[org] {
				return true
			}
		}
	}
	return false
}

// predicateBonus rewards a fact whose curated predicate is the question's verb:
// for "Who signed the statement?", the fact whose relation is "signed" is the
// answer, before one that merely says "joined" somewhere.
const predicateBonus = 0.06

func predicateFit(q question, c *index.Doc) float64 {
	if c.Predicate == "" {
		return 0
	}
	best := 0.0
	for _, t := range q.Terms {
		for i, a := range t.Alts {
			if strings.Contains(c.Pred, " "+a+" ") {
				if i == 0 {
					return predicateBonus
				}
				best = predicateBonus / 2
			}
		}
	}
	return best
}
