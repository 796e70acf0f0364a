package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Who a sentence restating a fact names, against whom the fact names: the
// actor or another party swapped for one of the same kind is an attribution
// finding, and a sentence naming only others is about them.

// actorName reports whether a stem is a word of the name (or an alias) of the
// fact's subject or speaker.
func (cf *checkFact) actorName(stem string) bool {
	if cf.actorNames == nil {
		cf.actorNames = nameStems(cf.ix.Names, []string{cf.Subject, cf.Speaker})
	}
	return cf.actorNames[stem]
}

// partyName reports whether a stem is a word of the name (or an alias) of any
// entity the fact is about.
func (cf *checkFact) partyName(stem string) bool {
	if cf.partyNames == nil {
		// The roles the index derived when it read the fact: computing them
		// anew (described) for every fact a sentence might restate is the
		// costliest part of a check.
		ids := make([]string, 0, len(cf.doc.Roles))
		for id := range cf.doc.Roles {
			ids = append(ids, id)
		}
		cf.partyNames = nameStems(cf.ix.Names, ids)
	}
	return cf.partyNames[stem]
}

// nameStems is the set of the stems of the names and aliases of entities, as
// the index keeps them (stemmed once, when the entity was read).
func nameStems(names *index.Names, ids []string) map[string]bool {
	out := map[string]bool{}
	for _, phrase := range names.StemmedNames(ids) {
		for _, s := range strings.Fields(phrase) {
			out[s] = true
		}
	}
	return out
}

// namesParty reports whether a sentence names, outside quotations, one of the
// people or bodies a fact is about.
func (ck *checker) namesParty(a aligned, cf *checkFact) bool {
	for _, m := range ck.mentions {
		if m.From >= a.from && m.From < a.to && !ck.d.InQuote(ck.d.Toks[m.From].Start) &&
			slices.ContainsFunc(m.IDs, func(id string) bool { return cf.doc.Roles[id] != "" }) {
			return true
		}
	}
	return false
}

// namesOther reports whether a sentence names, outside quotations, someone or
// something none of the facts it restates names: "Carlsberg's pre-tax profits
// fell to 456m euros" restates words of Unilever's results, not Unilever's.
func (ck *checker) namesOther(a aligned) bool {
	theirs := map[string]bool{}
	for _, cf := range a.facts {
		for s := range cf.described().stems {
			theirs[s] = true
		}
	}
	inMention := map[int]bool{}
	for _, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to {
			continue
		}
		ours := slices.ContainsFunc(a.facts, func(cf *checkFact) bool {
			return slices.ContainsFunc(m.IDs, func(id string) bool { return cf.described().entities[id] != "" })
		})
		for i := m.From; i < m.To; i++ {
			inMention[i] = true
		}
		if !ours && properMention(ck.ix.Names, ck.d.Toks, m) {
			return true
		}
	}
	for i := a.from; i < a.to; i++ {
		t := ck.d.Toks[i]
		if !inMention[i] && !theirs[t.Stem] && !ck.d.InQuote(t.Start) && properName([]text.Token{t}) && !claims.CalendarWord(t.Norm) {
			return true
		}
	}
	return false
}

// alignedActor: a sentence that restates what the fact's subject or speaker
// did, naming instead another of the same kind and not them, credits the act
// to the wrong one: "Gerald Krasner has completed his takeover of Leeds" for
// Ken Bates. It reports whether it found so.
func (ck *checker) alignedActor(a aligned) bool {
	cf := a.actorless[0]
	actor := cf.Speaker
	if actor == "" {
		actor = cf.Subject
	}
	ae, ok := ck.entity(actor)
	if !ok || ae.Kind == "document" || ae.Kind == "place" {
		return false
	}
	var others []int // mentions of another entity of the actor's kind
	linked := false  // a mention of the actor's body or of one of its people
	for k, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to || ck.d.InQuote(ck.d.Toks[m.From].Start) {
			continue
		}
		for _, id := range m.IDs {
			if id == actor || ck.memberLinked(id, actor) {
				return false // the sentence names the actor
			}
			linked = linked || ck.affiliated(actor, id) || ck.affiliated(id, actor)
		}
		for _, id := range m.IDs {
			if e, ok := ck.entity(id); ok && e.Kind == ae.Kind && cf.described().entities[id] == "" && !ck.affiliated(id, actor) && !ck.affiliated(actor, id) {
				others = append(others, k)
				break
			}
		}
	}
	// The actor's body or one of its people names it ("Cuba spoke for 64
	// countries" of Cuba's envoy), unless another of its kind is named:
	// "Noel Dempsey, BT's futurologist" is not BT's Ian Pearson.
	if len(others) != 1 || linked && ck.entityKindOf(ck.mentions[others[0]]) != "person" {
		return false
	}
	if ck.actLeftUnowned(a, cf, actor) {
		return false
	}
	m := ck.mentions[others[0]]
	sp := ck.d.TokSpan(m.From, m.To)
	ck.checked++
	msg := fmt.Sprintf("The knowledge base records this of %s, not %s: %s", ae.Name, sp.Text, cf.Statement)
	ck.add(cf.finding("attribution", sp, ae.Name, msg))
	return true
}

// entityKindOf is the kind of the first known entity a mention names.
func (ck *checker) entityKindOf(m index.Mention) string {
	for _, id := range m.IDs {
		if e, ok := ck.entity(id); ok {
			return e.Kind
		}
	}
	return ""
}

// alignedParty: a sentence that restates a fact but names, where the fact
// names one of its people or bodies, another of the same kind the fact does
// not name, and not that one, puts the wrong one in it: "Newcastle have fined
// their striker Freddy Shepherd" for Craig Bellamy, "Arsenal have fined ..."
// for Newcastle. Only one such swap is told: with two, there is no telling
// which name stands for which.
func (ck *checker) alignedParty(a aligned, cf *checkFact) {
	// The fact's parties are those it is about and those its statement names
	// by name: "the club", an alias some story gave its club, names no one.
	parties := map[string]string{}
	for id, role := range cf.described().entities {
		if role != "mention" {
			parties[id] = role
		}
	}
	ftoks := cf.doc.Tokens()
	for _, m := range cf.doc.Mentions(cf.ix.Names) {
		if properMention(cf.ix.Names, ftoks, m) {
			for _, id := range m.IDs {
				if _, ok := cf.described().entities[id]; ok {
					parties[id] = "mention"
				}
			}
		}
	}
	// A mention names a party when it is the party or its member or group;
	// failing that, when it is someone who speaks for a party not otherwise
	// named ("Newcastle chairman Freddy Shepherd" is not Newcastle where
	// Newcastle is named too).
	named := map[string]bool{}
	var loose []int
	for k, m := range ck.mentions {
		if m.From < a.from || m.From >= a.to {
			continue
		}
		ours := false
		for _, id := range m.IDs {
			for p := range parties {
				if id == p || ck.memberLinked(id, p) {
					named[p], ours = true, true
				}
			}
		}
		// A name inside a quotation names a party, but is never the wrong one:
		// the speaker's words are checked as a quotation.
		if !ours && properMention(ck.ix.Names, ck.d.Toks, m) && !ck.d.InQuote(ck.d.Toks[m.From].Start) {
			loose = append(loose, k)
		}
	}
	var others []int // mentions of a person or body the fact is not about
	for _, k := range loose {
		if kind := ck.entityKindOf(ck.mentions[k]); kind == "place" || kind == "document" || kind == "event" {
			continue // "their Welsh striker" names no one in Newcastle's place
		}
		ours := false
		for _, id := range ck.mentions[k].IDs {
			for p := range parties {
				if !named[p] && (ck.affiliated(id, p) || ck.affiliated(p, id)) {
					named[p], ours = true, true
				}
			}
		}
		if !ours {
			others = append(others, k)
		}
	}
	// A body is named by one of its people named in its stead ("Florian
	// Mueller, campaign manager of a group ..." names nosoftwarepatents.com).
	implied := func(p string) bool {
		for q := range named {
			if ck.affiliated(q, p) {
				return true
			}
		}
		return false
	}
	var missing []facts.Entity
	for p := range parties {
		e, ok := ck.entity(p)
		if !ok || named[p] || e.Kind == "document" || e.Kind == "place" || e.Kind == "event" {
			continue
		}
		// One of its people may name it, unless another of its kind stands
		// where the fact names it: "Arsenal have fined their striker Craig
		// Bellamy" does not name Newcastle by naming Bellamy.
		if implied(p) && (len(others) != 1 || !ck.inPlaceOf(a, cf, others[0], p)) {
			continue
		}
		missing = append(missing, e)
	}
	if len(missing) != 1 || len(others) != 1 {
		return
	}
	m := ck.mentions[others[0]]
	if !slices.ContainsFunc(m.IDs, func(id string) bool { e, ok := ck.entity(id); return ok && e.Kind == missing[0].Kind }) {
		return
	}
	// Another fact the sentence restates may be about the one it names ("the
	// report said ..., but the BBC must ..."), and a name made of the missing
	// one's words ("the audit office" for the National Audit Office) may well
	// be it.
	for _, other := range slices.Concat(a.facts, a.actorless, a.within) {
		if other != cf && slices.ContainsFunc(m.IDs, func(id string) bool { return other.described().entities[id] != "" }) {
			return
		}
	}
	sp := ck.d.TokSpan(m.From, m.To)
	if sharesNameWords(sp.Text, missing[0], ck) || ck.actLeftUnowned(a, cf, missing[0].ID) {
		return
	}
	ck.checked++
	msg := fmt.Sprintf("The knowledge base records this of %s, not %s: %s", missing[0].Name, sp.Text, cf.Statement)
	ck.add(cf.finding("attribution", sp, missing[0].Name, msg))
}

// inPlaceOf reports whether the sentence's mention k stands where the fact
// names party p: as many of the names the sentence and the fact share come
// before it as come before p in the fact.
func (ck *checker) inPlaceOf(a aligned, cf *checkFact, k int, p string) bool {
	ftoks := cf.doc.Tokens()
	var order []string // the fact's parties, as its statement names them
	for _, m := range cf.doc.Mentions(cf.ix.Names) {
		if properMention(cf.ix.Names, ftoks, m) && len(m.IDs) > 0 && !slices.Contains(order, m.IDs[0]) {
			order = append(order, m.IDs[0])
		}
	}
	at := slices.Index(order, p)
	if at < 0 {
		return false
	}
	before := 0
	for _, m := range ck.mentions {
		if m.From >= a.from && m.From < ck.mentions[k].From && slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(order, id) }) {
			before++
		}
	}
	return before == at
}

// properMention reports whether a mention names someone by name: written as a
// name (properName), or, opening a sentence where any word is capitalised,
// written as one of its entities' capitalised names ("Arsenal have fined",
// though "arsenal" is an English word; not "The club").
func properMention(names *index.Names, toks []text.Token, m index.Mention) bool {
	written := toks[m.From:m.To]
	if properName(written) {
		return true
	}
	if !written[0].First || !written[0].Upper {
		return false
	}
	var ws []string
	for _, t := range written {
		ws = append(ws, t.Norm)
	}
	form := strings.Join(ws, " ")
	for _, id := range m.IDs {
		e, ok := names.Entities()[id]
		if !ok {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if r, _ := utf8.DecodeRuneInString(n); unicode.IsUpper(r) && normalised(n) == form {
				return true
			}
		}
	}
	return false
}

// normalised is a name's words as tokens' Norm, joined by spaces.
func normalised(name string) string {
	var ws []string
	for _, t := range text.Tokenize(name) {
		ws = append(ws, t.Norm)
	}
	return strings.Join(ws, " ")
}

// properName reports whether words are written as a name: a capitalised word
// that is not a common word capitalised to open a sentence ("The club").
func properName(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool {
		return t.Upper && !text.IsStopword(t.Norm) && (!t.First || t.Caps || wordnet.IsName(t.Norm) || !wordnet.Known(t.Stem))
	})
}

// sharesNameWords reports whether a name written in a draft has a content word
// of an entity's name or aliases.
func sharesNameWords(written string, e facts.Entity, ck *checker) bool {
	words := map[string]bool{}
	for _, t := range text.Tokenize(strings.Join(append([]string{e.Name}, e.Aliases...), " ")) {
		if !ck.ix.IsStop(t.Norm) {
			words[t.Stem] = true
		}
	}
	return slices.ContainsFunc(text.Tokenize(written), func(t text.Token) bool { return words[t.Stem] })
}

// actLeftUnowned reports whether the fact names the party only as the owner
// of a word right after its name ("government plans to raise the pension
// age") and the sentence says that word after a preposition, owned by no
// one ("balloting its members over plans to raise their pension age"): it
// leaves out whose the act is, and names no one else as its doer.
func (ck *checker) actLeftUnowned(a aligned, cf *checkFact, party string) bool {
	ftoks := cf.doc.Tokens()
	rs := []rune(cf.Statement)
	words := nameStems(cf.ix.Names, []string{party})
	for i := 0; i+1 < len(ftoks); i++ {
		name, next := ftoks[i], ftoks[i+1]
		if !words[name.Stem] || words[next.Stem] || next.Upper || text.IsStopword(next.Norm) || text.IsStopword(name.Norm) ||
			strings.TrimSpace(string(rs[name.End:next.Start])) != "" || wordnet.PartsOfSpeech(next.Stem)&wordnet.Noun == 0 || text.IsPastForm(next) {
			continue // "Yvonne Todd, formerly...", "Hantuchova said": no word the name owns
		}
		if i > 0 && !text.IsStopword(ftoks[i-1].Norm) && !text.IsPreposition(ftoks[i-1].Norm) && !words[ftoks[i-1].Stem] {
			continue // the name itself qualified ("the Labour government plans"): not alone its owner
		}
		for k := a.from + 1; k < a.to; k++ {
			t, before := ck.d.Toks[k], ck.d.Toks[k-1]
			if t.Stem == next.Stem && text.IsPreposition(before.Norm) && strings.TrimSpace(ck.d.Span(before.End, t.Start).Text) == "" {
				return true
			}
		}
	}
	return false
}
