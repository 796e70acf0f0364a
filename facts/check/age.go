package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
)

// A person's age is the figure copy gets wrong most and counts nothing: "Bellamy,
// 25,", "the 27-year-old Bellamy", "Bates, aged 73,", "Bellamy is 25." It is
// read beside the person's name, in the draft and in the facts alike, and held
// to the age the facts give that person.

// ageFigure reads a figure that may be an age: a bare figure ("25") or one
// of years ("27-year" before "old"), of at most 120.
func ageFigure(d *claims.Draft, c claims.Claim) (int, bool) {
	if c.Kind != claims.ClaimNumber || c.To-c.From > 2 || c.To-c.From == 2 && d.Toks[c.From+1].Norm != "year" && d.Toks[c.From+1].Norm != "years" {
		return 0, false
	}
	age, err := strconv.Atoi(d.Toks[c.From].Norm)
	if err != nil || age <= 0 || age > 120 {
		return 0, false
	}
	return age, true
}

// ageOf reads an age a figure gives someone named beside it: the person's
// entity ids and the age, or ok false when the figure is no one's age.
func ageOf(d *claims.Draft, mentions []index.Mention, names *index.Names, c claims.Claim) (ids []string, age int, ok bool) {
	age, ok = ageFigure(d, c)
	if !ok {
		return nil, 0, false
	}
	gap := func(i int) string { // the text between tokens i-1 and i
		if i <= 0 || i >= len(d.Toks) {
			return ""
		}
		return d.Span(d.Toks[i-1].End, d.Toks[i].Start).Text
	}
	word := func(i int) string {
		if i < 0 || i >= len(d.Toks) {
			return ""
		}
		return d.Toks[i].Norm
	}
	person := func(m index.Mention) []string {
		var out []string
		for _, id := range m.IDs {
			if names.Kind(id) == "person" {
				out = append(out, id)
			}
		}
		return out
	}
	yearOld := c.Unit == "year" && word(c.To) == "old"
	// "Merle Kilgore ... has died aged 70", "... died at the age of 72":
	// the age of the sentence's first person, its subject, wherever in it.
	// So is "McIlroy is 28 years old." and "Lucy, his daughter, is 36.".
	ends := !d.SameSentence(c.To-1, c.To) // the figure closes its sentence
	isAge := (word(c.From-1) == "is" || word(c.From-1) == "was") && (c.Unit == "" && ends || (c.Unit == "year" || c.Unit == "years") && word(c.To) == "old")
	aged := c.Unit == "" && (word(c.From-1) == "aged" || word(c.From-4) == "at" && word(c.From-3) == "the" && word(c.From-2) == "age" && word(c.From-1) == "of") || isAge
	if aged {
		for _, m := range mentions {
			if m.To > c.From {
				break
			}
			if p := person(m); len(p) > 0 && d.SameSentence(m.From, c.From) {
				return p, age, true
			}
		}
	}
	for _, m := range mentions {
		p := person(m)
		if len(p) == 0 {
			continue
		}
		switch {
		case yearOld && m.From > c.To && m.From <= c.To+3:
			return p, age, true // "the 27-year-old Bellamy", "the 27-year-old striker Bellamy"
		case c.Unit != "":
		case m.To == c.From && strings.Contains(gap(c.From), ",") && (c.To >= len(d.Toks) || strings.ContainsAny(gap(c.To), ",)")):
			return p, age, true // "Bellamy, 25, was fined"
		case m.To == c.From-1 && word(c.From-1) == "aged":
			return p, age, true // "Bates, aged 73"
		case m.To == c.From-1 && (word(c.From-1) == "is" || word(c.From-1) == "was") && (c.To >= len(d.Toks) || strings.Contains(gap(c.To), ".")):
			return p, age, true // "Bellamy is 25."
		}
	}
	return nil, 0, false
}

// checkAge holds a figure that gives someone's age to the age a fact about
// them gives. It reports whether the figure was an age the facts give (backed
// or contradicted), so that it is not compared again as a count.
func (ck *checker) checkAge(c claims.Claim) bool {
	ids, age, ok := ageOf(ck.d, ck.mentions, ck.ix.Names, c)
	if !ok {
		ids, age, ok = ck.unnamedAge(c)
	}
	if !ok {
		return false
	}
	for _, cf := range ck.facts {
		for _, id := range ids {
			if cf.doc.Roles[id] == "" {
				continue
			}
			given, ok := cf.ageOf(id)
			if !ok {
				continue
			}
			ck.checked++
			if given == age {
				ck.support("number", c.Span, cf)
				return true
			}
			exp := strconv.Itoa(given)
			msg := fmt.Sprintf("The knowledge base gives %s's age as %s, not %d: %s", ck.ix.Names.Name(id), exp, age, cf.Statement)
			ck.add(cf.finding("number", c.Span, exp, msg))
			return true
		}
	}
	return false
}

// unnamedAge reads the age of a sentence that opens with it and names no one
// after it ("The 26-year-old Dragons number eight is set to take the
// armband"): the age of the one person the facts the sentence restates are
// about, when they are about one.
func (ck *checker) unnamedAge(c claims.Claim) (ids []string, age int, ok bool) {
	d := ck.d
	if c.Unit != "year" || c.To-c.From != 2 || c.To >= len(d.Toks) || d.Toks[c.To].Norm != "old" {
		return nil, 0, false
	}
	age, ok = ageFigure(d, c)
	if !ok {
		return nil, 0, false
	}
	for _, m := range ck.mentions {
		if m.From > c.To && m.From <= c.To+3 && slices.ContainsFunc(m.IDs, func(id string) bool { return ck.ix.Names.Kind(id) == "person" }) {
			return nil, 0, false // "the 27-year-old Bellamy": ageOf's
		}
	}
	if k := ck.sentenceAt(c.From); k >= 0 {
		st := ck.sentences()[k]
		first := st[0]
		if first < c.From && d.Toks[first].Norm == "the" {
			first++
		}
		if first != c.From {
			return nil, 0, false
		}
		a := ck.align(st[0], st[1])
		var people []string
		for _, cf := range slices.Concat(a.facts, a.actorless, a.within) {
			if ck.ix.Names.Kind(cf.Subject) == "person" && !slices.Contains(people, cf.Subject) {
				people = append(people, cf.Subject)
			}
		}
		if len(people) != 1 {
			return nil, 0, false
		}
		return people, age, true
	}
	return nil, 0, false
}

// ageOf is the age a fact's statement gives a person, read as in a draft,
// once per fact: a person in the news has many facts, and a draft may give
// their age more than once.
func (cf *checkFact) ageOf(id string) (int, bool) {
	if cf.ages == nil {
		cf.ages = map[string]int{}
		if claims.MayHoldFigure(cf.Statement) {
			d := claims.Parse(cf.Statement)
			mentions := cf.ix.Names.Find(d.Toks)
			for _, c := range claims.Extract(cf.Statement) {
				if ids, age, ok := ageOf(d, mentions, cf.ix.Names, c); ok {
					for _, p := range ids {
						cf.ages[p] = age
					}
				}
			}
		}
	}
	age, ok := cf.ages[id]
	return age, ok
}
