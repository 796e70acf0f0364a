package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// speechVerb reports whether the question's verb is one of telling or
// thinking, or its word is a form or close synonym of one, in WordNet or the
// lexicon: "What was the assembly's reaction?" asks what it said, as "How did
// the assembly react?" does.
func speechVerb(q question, ix *index.Index) bool {
	stem := q.Toks[q.verbAt].Stem
	if wordnet.IsSpeechVerb(stem) || slices.ContainsFunc(ix.Synonyms(stem), wordnet.IsSpeechVerb) {
		return true
	}
	return formOrSynonymIs(stem, wordnet.IsSpeechVerb)
}

// formOrSynonymIs reports whether WordNet relates to a stem, as a form of it
// or a synonym in its main sense, a stem that is as asked: "reaction" is a
// form of "react", a verb of telling; "Kenyan" one of "Kenya", a place.
func formOrSynonymIs(stem string, is func(stem string) bool) bool {
	return slices.ContainsFunc(otherFormsOfName(stem), is)
}

// speaks reports whether a fact gives what the question's subject (the one
// who responds, describes, thinks) said: they are its speaker, or its subject
// and it has them telling or thinking something; named by a common noun in
// a how-question, the noun stands beside a reporting verb (see wordSays;
// in what-questions such a noun is as often no speaker: "What are MPs
// asking for the National Audit Office?").
func speaks(q question, c *index.Doc, ix *index.Index) bool {
	if len(q.subjects) == 0 && q.Toks[0].Norm == "how" && wordSays(q, c, q.verbAt, 4, false) {
		return true // "How did proponents describe the bill?": "Other proponents said..."
	}
	for _, m := range q.subjects {
		for _, id := range m.IDs {
			if c.Speaker == id || c.Roles[id] == "subject" && saysSomething(c) {
				return true
			}
		}
		// "How did Plaid react?": its spokesman said so.
		if c.Speaker != "" && speaksFor(ix, c.Speaker, setOf(m.IDs)) {
			return true
		}
	}
	return false
}

func setOf(ids []string) map[string]bool {
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out
}

// saysSomething reports whether a fact's statement has a verb of telling or
// thinking: "Shepherd called Bellamy's behaviour unacceptable". A noun of the
// same stem is none: "a reputation as a fierce critic" tells nothing.
func saysSomething(c *index.Doc) bool {
	return slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		return wordnet.IsSpeechVerb(t.Stem) && !t.Upper && (verbForm(t) || text.IsReportingVerb(t.Norm))
	})
}

// accordingToName reports whether a fact credits what it says to a name
// with "according to" ("According to BT, one person..."), as saysSomething
// reads a verb of telling: who is credited says it.
func accordingToName(c *index.Doc) bool {
	toks := c.Tokens()
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Norm == "according" && toks[i+1].Norm == "to" && toks[i+2].Upper {
			return true
		}
	}
	return false
}

// speaksFor reports whether the entity speaks for one of orgs: a person
// whose recorded title names it (a director or spokesperson speaks for
// their organisation), or a body within it (see bodyWithin). A person the
// title names is no body spoken for: the "mother of actor Sylvester
// Stallone" speaks for herself.
func speaksFor(ix *index.Index, id string, orgs map[string]bool) bool {
	e := ix.Names.Entities()[id]
	if e.Kind == "organization" || e.Kind == "group" {
		return bodyWithin(ix, id, orgs)
	}
	if e.Kind != "person" {
		return false
	}
	for _, m := range ix.Names.Find(text.Tokenize(e.Title)) {
		for _, org := range m.IDs {
			if orgs[org] && ix.Names.Kind(org) != "person" {
				return true
			}
		}
	}
	// By stems, in the title or in a name that is a role ("Department for
	// Media, Culture and Sport spokeswoman"): a "Liberal Democrat
	// spokesman" speaks for the Liberal Democrats.
	for _, own := range append([]string{e.Title, e.Name}, e.Aliases...) {
		own = " " + text.StemPhrase(own) + " "
		for org := range orgs {
			if ix.Names.Kind(org) == "person" {
				continue
			}
			for _, n := range ix.Names.StemmedNames([]string{org}) {
				if len(strings.Fields(n)) > 1 && strings.Contains(own, " "+n+" ") {
					return true
				}
			}
		}
	}
	return false
}

// bodyWithin reports whether a body's name begins with the name of one of
// orgs, a body it is part of: "Google security team" speaks for Google, as
// its director would. Its name, not an alias: a "U.N. group" of nations is
// at the U.N., not of it; a product named after its maker ("Sony
// PlayStation Portable") is no body and speaks for no one.
func bodyWithin(ix *index.Index, id string, orgs map[string]bool) bool {
	own := text.StemPhrase(ix.Names.Name(id))
	for org := range orgs {
		if org == id || ix.Names.Kind(org) == "person" {
			continue
		}
		for _, name := range ix.Names.StemmedNames([]string{org}) {
			if strings.HasPrefix(own, name+" ") {
				return true
			}
		}
	}
	return false
}

// reportedBy reports whether a fact records the entity saying something: a
// reporting verb in its statement with the entity named just before it ("Bates
// said", "Shepherd, the chairman, told") or just after ("said Bates"), or a
// participle of saying after a comma, the entity before it: "Mbeki has
// attacked British imperialists, saying they treated Africans like savages"
// tells what Mbeki said.
func reportedBy(c *index.Doc, id string, ix *index.Index) bool {
	toks := c.Tokens()
	mentions := c.Mentions(ix.Names)
	for i, t := range toks {
		participle := i > 0 && strings.HasSuffix(t.Norm, "ing") && wordnet.IsSpeechVerb(t.Stem) && commaBetween([]rune(c.Statement), toks[i-1], t)
		if text.IsReportingVerb(t.Norm) || participle {
			for _, m := range mentions {
				if slices.Contains(m.IDs, id) && (m.To <= i && i-m.To <= 6 || !participle && m.From > i && m.From-i <= 2) {
					return true
				}
			}
			continue
		}
		// A verb of telling just after them says what they told: "Connors
		// strongly praised the work of...", "Davis welcomed the review";
		// right after them, a word in -s is the verb ("Laporte thinks his
		// players will be afraid"), though it could be a noun elsewhere. In the
		// passive they are told of, not telling: "Bardem was named best actor".
		if wordnet.IsSpeechVerb(t.Stem) && !passiveAt(toks, i) {
			for _, m := range mentions {
				if slices.Contains(m.IDs, id) && m.To <= i && (verbForm(t) && i-m.To <= 1 || i == m.To && strings.HasSuffix(t.Norm, "s")) {
					return true
				}
			}
		}
	}
	return false
}

// saysRightThere reports whether a fact names the entity right before a
// reporting verb ("Analysts said", "Fifa says"), where reportedBy allows a
// few words either side: a name right after the verb is as often what is
// told of, or to whom ("says Jason Robinson is...", "told Brown"), and one
// after a preposition is the object of another word ("a book about the
// chancellor claims").
func saysRightThere(c *index.Doc, id string, ix *index.Index) bool {
	toks := c.Tokens()
	for _, m := range c.Mentions(ix.Names) {
		if !slices.Contains(m.IDs, id) {
			continue
		}
		from := m.From
		if from > 0 && determiners[toks[from-1].Norm] {
			from--
		}
		if m.To < len(toks) && text.IsReportingVerb(toks[m.To].Norm) && (from == 0 || !text.IsPreposition(toks[from-1].Norm)) {
			return true
		}
	}
	return false
}

// saidByWord reports whether a fact reports someone saying something, named
// by a word the question names its speaker by, no entity of the knowledge
// base ("What did the official say?"): the word, or one the question's word
// matches well, stands just before a reporting verb ("the senior official
// said", "officials told") or just after one ("said the official"), and is
// not an owner's: in "Sands, a member of Cherie Blair's chambers, says"
// Blair says nothing.
func saidByWord(q question, c *index.Doc) bool {
	return q.sayAt >= 0 && wordSays(q, c, q.sayAt, 3, true)
}

// wordSays reports whether a word of the question before its word at upTo
// (its verb of saying, or of describing: "How did proponents describe the
// bill?") names someone a fact reports saying something, as saidByWord
// reads it: within reach words before a reporting verb, and after "said"
// too ("said the official") when after is set.
func wordSays(q question, c *index.Doc, upTo, reach int, after bool) bool {
	toks := c.Tokens()
	for _, t := range q.Terms {
		if t.At >= upTo {
			continue
		}
		for i, ft := range toks {
			if !text.IsReportingVerb(ft.Norm) {
				continue
			}
			to := i
			if after && (ft.Norm == "said" || ft.Norm == "says") {
				to = min(len(toks), i+3) // "said the official"; but "warned Tony Blair" is said to Blair
			}
			for k := max(0, i-reach); k < to; k++ {
				if k != i && !toks[k].Possessive && t.heldWellBy(toks[k]) {
					return true
				}
			}
		}
	}
	return false
}

// asksAddressee reports whether a which- or who-question asks whom its
// subject spoke to: its verb is one of telling, and it ends with "to" ("Which
// paper did Seaman talk to?", "Who did McIvor speak to?").
func (q question) asksAddressee(ix *index.Index) bool {
	n := len(q.Toks)
	return (q.Type == askWhich || q.Type == askWho) && q.verbAt >= 0 && n > 2 && q.Toks[n-1].Norm == "to" && speechVerb(q, ix)
}

// toldByAsked reports whether a fact has the one a question asks about (its
// subject, or its speaker) telling a named listener, as news copy credits an
// interview: "Seaman told the Daily Mail", "Cook told BBC Radio 4's Today
// programme", "Deutsche Boerse told news agency Reuters".
func toldByAsked(q question, c *index.Doc) bool {
	asked := slices.ContainsFunc(q.subjects, func(m index.Mention) bool {
		return slices.ContainsFunc(m.IDs, func(id string) bool { return c.Speaker == id || c.Roles[id] == "subject" })
	})
	return asked && tellsSomeoneNamed(c)
}

// tellsSomeoneNamed reports whether a fact has someone telling a named
// listener: "told" with a capitalised name in the next few words.
func tellsSomeoneNamed(c *index.Doc) bool {
	toks := c.Tokens()
	for i, t := range toks {
		if t.Stem != tellStem {
			continue
		}
		for k := i + 1; k < min(len(toks), i+4); k++ {
			if toks[k].Upper {
				return true
			}
		}
	}
	return false
}

var tellStem = text.Stem("told")

// speakerWordLacked reports whether the question names who spoke by a word
// just before its verb of saying ("What did parents' groups say...?") that
// the fact does not hold at all, as itself or a related word, in its words
// or the titles of those in it ("the president"): its quotation
// is someone else's ("Dr Andrew Burn ... sought to reassure anxious
// parents").
func speakerWordLacked(q question, c *index.Doc) bool {
	if q.sayAt < 1 {
		return false
	}
	k := slices.IndexFunc(q.Terms, func(t qterm) bool { return t.At == q.sayAt-1 })
	return k >= 0 && termCreditIn(c.Terms, q.Terms[k]) == 0
}

// topicLacked reports whether a say-question names what was said about,
// after its verb of saying and "about" ("What did Tony Blair say about the
// terror bill?"), and a fact holds none of it: no name, no word of it. What
// he said of something else does not answer.
func topicLacked(q question, c *index.Doc) bool {
	if q.sayAt < 0 {
		return false
	}
	at := slices.IndexFunc(q.Toks[q.sayAt:], func(t text.Token) bool { return t.Norm == "about" })
	if at < 0 {
		return false
	}
	at += q.sayAt
	if slices.ContainsFunc(q.Toks[q.sayAt+1:at], func(t text.Token) bool { return beForms[t.Norm] || auxiliaries[t.Norm] }) {
		return false // "What does Johnson say athletics is all about?": a clause's "about"
	}
	topic := false
	for _, m := range q.Entities {
		if m.From <= at {
			continue
		}
		topic = true
		if slices.ContainsFunc(m.IDs, func(id string) bool { _, ok := c.Roles[id]; return ok }) {
			return false // its roles hold every name its words give (see index.Roles)
		}
	}
	for _, t := range q.Terms {
		if t.At <= at {
			continue
		}
		topic = true
		if termCredit(c, t) > 0 {
			return false
		}
	}
	toks := c.Tokens()
	for _, w := range q.Toks[at+1:] {
		if !text.IsStopword(w.Norm) && slices.ContainsFunc(toks, func(t text.Token) bool { return t.Stem == w.Stem }) {
			return false
		}
	}
	return topic
}
