package answer

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// "What does FCC stand for?" asks for the words a short form is made of.
// The knowledge base holds them in one of two ways: as the name of an
// entity the curator gave the short form as an alias (Federal
// Communications Commission, alias FCC), or in a fact's own words, spelt
// out beside it ("the RSS (Really Simple Syndication) format", "BYODKM,
// meaning bring your own display, keyboard and mouse"). Either way the
// words must spell the short form, so a nickname ("the regulator") is no
// expansion, and the answer cites the fact it came from.

// expansionAsked finds the short form a question asks the expansion of:
// "What does X stand for?", "What is X short for?", "What is X an
// abbreviation of?". from and to are its tokens (to exclusive), and from
// is -1 when the question asks no such thing.
func expansionAsked(toks []text.Token) (from, to int) {
	n := len(toks)
	if n < 4 || toks[0].Norm != "what" {
		return -1, -1
	}
	last2 := toks[n-2].Norm + " " + toks[n-1].Norm
	switch {
	case auxiliaries[toks[1].Norm] && !beForms[toks[1].Norm] && last2 == "stand for":
		from, to = 2, n-2
	case beForms[toks[1].Norm] && last2 == "short for":
		from, to = 2, n-2
	case beForms[toks[1].Norm] && n >= 5 && toks[n-2].Stem == abbreviationStem && (toks[n-1].Norm == "of" || toks[n-1].Norm == "for"):
		from, to = 2, n-2
		if toks[to-1].Norm == "an" || toks[to-1].Norm == "a" {
			to--
		}
	default:
		return -1, -1
	}
	if from < to && determiners[toks[from].Norm] {
		from++
	}
	if from >= to {
		return -1, -1
	}
	return from, to
}

var abbreviationStem = text.Stem("abbreviation")

// standsFor reports whether words spell the short form: each of its letters
// in order begins a word or follows the letter before within the same word
// ("Balco": Bay Area Laboratory Co-operative), small words may be passed
// over ("Royal National Institute for Deaf People"), and the first word
// gives the first letter. When whole is set every word must be used; else
// words may follow the last one spelt (an entity's name may go on: "NEM"
// for "Networked & Electronic Media initiative").
func standsFor(short string, words []string, whole bool) bool {
	var letters []rune
	for _, r := range strings.ToLower(short) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	lw := make([][]rune, 0, len(words))
	for _, w := range words {
		var rs []rune
		for _, r := range strings.ToLower(w) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				rs = append(rs, r)
			}
		}
		if len(rs) > 0 {
			lw = append(lw, rs)
		}
	}
	if len(letters) < 2 || len(lw) < 2 {
		return false // one word is a short form of itself, not of words
	}
	var spell func(li, wi int) bool
	spell = func(li, wi int) bool {
		if li == len(letters) {
			// One word spelling it all is the short form itself, or a
			// name that begins with it ("RFID tags"), not its expansion.
			return wi >= 2 && (!whole || wi == len(lw))
		}
		if wi == len(lw) {
			return false
		}
		w := lw[wi]
		if wi > 0 && text.IsStopword(string(w)) && spell(li, wi+1) {
			return true
		}
		for k := 0; k < len(w) && li+k < len(letters) && w[k] == letters[li+k]; k++ {
			if spell(li+k+1, wi+1) {
				return true
			}
		}
		return false
	}
	return spell(0, 0)
}

// expand answers "What does X stand for?" from the name of an entity the
// short form is an alias of, citing a fact about it, or else from a fact
// that spells the short form out beside it.
func expand(ctx context.Context, st index.Store, ans facts.Answer, q question, ix *index.Index, opt facts.AskOptions) (facts.Answer, error) {
	short := q.expansionOf
	for _, m := range q.Entities {
		if q.expansionAt < m.From || q.expansionAt >= m.To {
			continue
		}
		for _, id := range m.IDs {
			e, ok := ix.Names.Entity(id)
			if !ok {
				continue
			}
			long := spelledName(short, e)
			if long == "" {
				continue
			}
			c, err := factAbout(ctx, st, ix, id, long, opt)
			if err != nil {
				return ans, err
			}
			if c == nil {
				continue
			}
			ans.Found, ans.Answer = true, fmt.Sprintf("%s stands for %s.", short, long)
			ans.Facts = append(ans.Facts, answerFact(c, ix))
			if ans.Explain != nil {
				ans.Explain.Add(1, "%q is an alias of %s, whose name %q spells it; cited: %s", short, e.ID, long, c.FullID())
			}
			return ans, nil
		}
	}
	cands, err := candidates(ctx, st, q, ix, opt)
	if err != nil {
		return ans, fmt.Errorf("ask: %w", err)
	}
	for _, c := range cands {
		if words := spelledBeside(c, short); words != "" {
			ans.Found, ans.Answer = true, fmt.Sprintf("%s stands for %s.", short, words)
			ans.Facts = append(ans.Facts, answerFact(c, ix))
			if ans.Explain != nil {
				ans.Explain.Add(1, "%s spells %q out beside it", c.FullID(), short)
			}
			return ans, nil
		}
	}
	return notFound(ans, fmt.Sprintf("What %s stands for is not in the knowledge base.", short), q, ix), nil
}

// spelledName is the entity's name, or else the first of its aliases, that
// spells the short form out: the curator may name a thing as readers know it
// ("RFID tags") and give the words it stands for as an alias ("radio
// frequency ID"). "" when none does.
func spelledName(short string, e facts.Entity) string {
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if !strings.EqualFold(name, short) && standsFor(short, strings.Fields(name), false) {
			return name
		}
	}
	return ""
}

// factAbout is an approved, current fact about an entity to cite for it,
// one that says its name in full if any does; nil when there is none.
func factAbout(ctx context.Context, st index.Store, ix *index.Index, id, name string, opt facts.AskOptions) (*index.Doc, error) {
	found, err := st.AboutEntities(ctx, index.EntityQuery{IDs: []string{id}, Limit: 100})
	if err != nil {
		return nil, fmt.Errorf("facts about %s: %w", id, err)
	}
	refs := map[int64]bool{}
	for _, r := range found {
		refs[r] = true
	}
	cands, err := load(ctx, st, ix, refs, opt)
	if err != nil || len(cands) == 0 {
		return nil, err
	}
	for _, c := range cands {
		if strings.Contains(strings.ToLower(c.Statement), strings.ToLower(name)) {
			return c, nil
		}
	}
	return cands[0], nil
}

// spelledBeside finds, in a fact's statement that says the short form, the
// words just before or just after it that spell it out (see standsFor), as
// the statement writes them; "" when there are none. After it, a word or
// two may come first ("meaning", "short for").
func spelledBeside(c *index.Doc, short string) string {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	norm := strings.ToLower(short)
	span := func(from, to int) (string, []string) {
		words := make([]string, 0, to-from)
		for _, t := range toks[from:to] {
			words = append(words, t.Norm)
		}
		return string(rs[toks[from].Start:min(toks[to-1].End, len(rs))]), words
	}
	letters := len([]rune(norm))
	if letters < minAcronym {
		return "" // two letters are spelt by too many pairs of words by chance
	}
	for i, t := range toks {
		if t.Norm != norm {
			continue
		}
		for n := 2; n <= 2*letters+2; n++ {
			if i-n >= 0 {
				if s, words := span(i-n, i); standsFor(short, words, true) {
					return s
				}
			}
			for at := i + 1; at <= i+3; at++ {
				if at+n <= len(toks) {
					if s, words := span(at, at+n); standsFor(short, words, true) {
						return s
					}
				}
			}
		}
	}
	return ""
}
