package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// textRoles is the role each entity plays in a fact around the question's
// verb. Where the statement holds that verb as its curated predicate, it is
// read from the statement: "A fire destroyed the mill" makes the mill the
// object whatever the curator recorded as the fact's subject; so it is where
// the statement holds the verb, as a verb, beside another curated predicate.
// Otherwise it is the curated role, turned round when the statement is
// passive ("The statement was delivered...").
func textRoles(q question, c *index.Doc, ix *index.Index) map[string]string {
	toks := c.Tokens()
	vi := -1
	if vt := q.verbTerm(); vt != nil {
		vi = slices.IndexFunc(toks, func(t text.Token) bool {
			return termCreditIn(" "+t.Stem+" ", *vt) > 0 && (strings.TrimSpace(c.Pred) == "" || strings.Contains(c.Pred, " "+t.Stem+" "))
		})
		if vi < 0 && q.Type == askWho {
			// "took steroids given to her by Victor Conte", curated as
			// White taking from Conte, for "Who supplied White...?": the
			// question's act is told in a passive clause of its own, which
			// names who did it after "by"; the roles a who-question turns
			// on are that clause's, not the curated predicate's.
			if at := vt.firstIn(toks, 0); at >= 0 && passiveAt(toks, at) {
				vi = at
			}
		}
		if vi < 0 {
			// "praised the Supreme Court for overruling the White House",
			// curated as the praising, for "Whom did the Supreme Court
			// overrule?": the curated roles are another act's, and the
			// statement tells this one's.
			if at := vt.firstIn(toks, verbHeld); at >= 0 && verbForm(toks[at]) {
				vi = at
			}
		}
	}
	out := map[string]string{}
	if q.asksAction() && (vi >= 0 && nounAt(toks, vi) || vi < 0 && actionAsNoun(q, c)) {
		// "Delta has agreed the terms of a $600m loan from American
		// Express" for "Who is lending Delta $600m?": a noun says nothing
		// of who does the lending, and the curated roles are those of
		// the agreeing.
		return out
	}
	if vi < 0 && q.Type == askWho && verbHeldOnlyAs(q, c, roleNounAt(q)) {
		// "British director Sean McAllister's The Liberace of Baghdad
		// won a special prize" for "Who directed The Liberace of
		// Baghdad?": the verb's role noun names who did it, and the
		// curated roles are those of the winning.
		return out
	}
	if vi < 0 {
		passive := passiveFact(c, toks)
		for id, role := range c.Roles {
			switch {
			case role == "speaker":
				role = "subject"
			case role == "mention":
				role = ""
			case passive:
				role = map[string]string{"subject": "object", "object": "subject"}[role]
			}
			out[id] = role
		}
		return out
	}
	mentions := c.Mentions(ix.Names)
	if titleBeforeName(toks, vi, mentions, ix) {
		return out
	}
	passive := passiveAt(toks, vi)
	// Before an infinitive ("visited Sue Essex to lobby"), the one named may
	// be acted on by the main verb: who does the infinitive is not told there.
	infinitive := vi > 0 && toks[vi-1].Norm == "to"
	for _, m := range mentions {
		role := clauseRole(toks, vi, passive, m.From)
		if infinitive && m.From < vi && !controls(toks, m, vi-1, mentions) || m.To <= vi && clauseBetween(toks, m.To, vi) {
			role = ""
		}
		for _, id := range m.IDs {
			if _, ok := out[id]; !ok {
				out[id] = role
			}
		}
	}
	// "His career breakthrough came in 1982, when he won first prize",
	// curated as Viotti's: the pronoun right before the verb is the
	// subject the statement names nowhere else.
	if _, named := out[c.Subject]; c.Subject != "" && !named && vi > 0 && subjectPronouns[toks[vi-1].Norm] {
		out[c.Subject] = map[bool]string{false: "subject", true: "object"}[passive]
	}
	return out
}

// roleNounAt reports, for verbHeldOnlyAs, whether the word at i is one of
// the role nouns the question's verb is the work of (see verbRoles), not
// held at a name the question does not give: "Evil Dead director Sam
// Raimi" directed Evil Dead, whatever else he did; "British director" says
// only whose country he is from.
func roleNounAt(q question) func(toks []text.Token, i int) bool {
	roles := q.verbRoles()
	return func(toks []text.Token, i int) bool {
		if !slices.Contains(roles, toks[i].Stem) {
			return false
		}
		prev := i - 1
		return prev < 0 || !toks[prev].Upper || toks[prev].First || q.norms[toks[prev].Norm] || wordnet.IsNationality(toks[prev].Norm, toks[prev].Stem)
	}
}

// passiveFact reports whether a fact's statement puts its curated predicate in
// the passive ("was delivered"), so that its subject is acted on.
func passiveFact(c *index.Doc, toks []text.Token) bool {
	pred := strings.Fields(c.Pred)
	if len(pred) == 0 {
		return false
	}
	i := slices.IndexFunc(toks, func(t text.Token) bool { return t.Stem == pred[0] })
	return i >= 0 && passiveAt(toks, i)
}

// roleIn is the role of the first of ids in roles.
func roleIn(roles map[string]string, ids []string) string {
	for _, id := range ids {
		if r, ok := roles[id]; ok {
			return r
		}
	}
	return ""
}

// clauseOpeners open a clause of their own, as the relative pronouns do: a
// name before one is not the doer of a verb after it ("Wolverton Mountain
// ... sold 10 million copies when Claude King recorded it"; "Houllier has
// praised Benitez, who succeeded him").
var clauseOpeners = text.Set(`whom that when while after before because since although though whereas unless until if as`)

// subjectPronouns stand for a name said before them: "Brentford's best cup
// run since they reached the quarter-finals" tells of Brentford reaching.
var subjectPronouns = text.Set(`he she they it we`)

// clauseBetween reports whether a word opening another clause stands
// between a name ending at from and the verb at vi, other than a relative
// pronoun right after the name, whose clause tells of it ("Benitez, who
// succeeded him": Benitez succeeded), or a clause whose doer is a pronoun
// standing for a name before it.
func clauseBetween(toks []text.Token, from, vi int) bool {
	opened := false
	for k := from; k < vi; k++ {
		switch {
		case clauseOpeners[toks[k].Norm] || relativePronouns[toks[k].Norm] && k != from:
			opened = true
		case opened && subjectPronouns[toks[k].Norm]:
			opened = false
		}
	}
	return opened
}

// titleBeforeName reports whether the word read as the question's verb is
// a role noun standing as a person's title before their name ("Final Wars
// producer Shogo Tomiyama", "Tory leader Michael Howard"): a noun, and the
// name before it is the one the role is held at, not the one who acts.
func titleBeforeName(toks []text.Token, vi int, mentions []index.Mention, ix *index.Index) bool {
	if vi+1 >= len(toks) || !isRoleStem(toks[vi].Stem) && !wordnet.Marked(toks[vi].Norm, toks[vi].Stem, wordnet.People) {
		return false
	}
	return slices.ContainsFunc(mentions, func(m index.Mention) bool {
		return m.From == vi+1 && slices.ContainsFunc(m.IDs, func(id string) bool { return ix.Names.Kind(id) == "person" })
	})
}

// controls reports whether a name is the doer of the infinitive whose "to"
// is at inf, the verb before it its own and nothing it acts on between:
// "Michael Owen is set to replace Gareth Thomas", "Yukos has agreed to sell":
// the few words between are forms of "be", auxiliaries or "not", at least
// one of them (a participle alone may open a clause of its own: "schools
// invited to take part"), and a last one that can be a verb or an adjective
// ("set", "agreed", "likely"). A name after a preposition is not the
// clause's subject ("The studios behind The Aviator failed to cut"), and
// "visited Sue Essex to lobby", "urged ministers to act" name another.
func controls(toks []text.Token, m index.Mention, inf int, mentions []index.Mention) bool {
	if inf-m.To < 2 || inf-m.To > 4 || m.From > 0 && text.IsPreposition(toks[m.From-1].Norm) {
		return false
	}
	for _, o := range mentions {
		if o.From >= m.To && o.From < inf {
			return false
		}
	}
	for k := m.To; k < inf-1; k++ {
		if n := toks[k].Norm; !beForms[n] && !auxiliaries[n] && n != "not" {
			return false
		}
	}
	last := toks[inf-1]
	if text.IsStopword(last.Norm) {
		return false
	}
	return wordnet.PartsOfSpeech(last.Stem)&(wordnet.Verb|wordnet.Adjective) != 0
}
