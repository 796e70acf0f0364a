package answer

import (
	"slices"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// roleMentions links the people a question names by their role rather than by
// name: "the Marsh boss", "Unilever's chief executive", "the chairman of
// Newcastle". A role word (or one WordNet makes its synonym: a boss is a chief)
// names the people whose recorded title holds it; an organisation next to it
// narrows them to those whose title names it. Without one, only a role that
// one person in the knowledge base holds is linked.
func roleMentions(ix *index.Index, toks []text.Token, found []index.Mention) []index.Mention {
	covered := coveredBy(len(toks), found)
	var out []index.Mention
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		if verbAfterSubject(toks, found, i) {
			continue // a verb, no one's role
		}
		people := withRole(ix, toks[i])
		if people == nil {
			continue
		}
		end := i + 1
		for end < len(toks) && !covered[end] {
			more := withRole(ix, toks[end]) // "chief executive", "general secretary"
			if more == nil {
				break
			}
			// The words follow each other in the title too: "general
			// secretary", not "head ... Office" of "head of the National
			// Audit Office" read into "head offices".
			both := titledWithRun(ix, intersect(people, more), toks[end-1:end+1])
			if len(both) == 0 {
				break
			}
			people = both
			end++
		}
		if end == i+1 && end < len(toks) && !covered[end] && !toks[i].Possessive && (qualifiesNoun(toks[end]) || modifiesNoun(toks, i)) {
			continue // "two head offices": the role noun qualifies the plural after it, and names no one
		}
		from := i
		people, from = titleBefore(ix, toks, covered, people, from, end)
		if org := nextTo(found, toks, from, end); len(org) > 0 {
			people = slices.DeleteFunc(slices.Clone(people), func(id string) bool { return !titleNames(ix, id, org) })
			people = heldAt(ix, toks, found, people, from, end)
		} else if len(people) > 1 {
			if end > i+1 {
				continue // "the chairman" of which of them?
			}
			if people = titledSynonym(ix, toks[i]); people == nil {
				continue
			}
		}
		if len(people) == 0 {
			continue
		}
		parts := make([]string, 0, end-from)
		for _, t := range toks[from:end] {
			parts = append(parts, t.Norm)
		}
		out = append(out, index.Mention{IDs: people, From: from, To: end, Norm: strings.Join(parts, " ")})
		i = end - 1
	}
	return out
}

// verbAfterSubject reports whether a word that can be a verb follows the
// subject of a question's verb, which makes it that verb rather than a role:
// a pronoun or a modal right before it ("can you captain from full-back?",
// "Who will captain England?"), or a name after "does", "did" or a modal
// ("Which company does Molyneux head?"), not a name that owns it
// ("Aston's boss").
func verbAfterSubject(toks []text.Token, found []index.Mention, i int) bool {
	if i == 0 || wordnet.PartsOfSpeech(toks[i].Stem)&wordnet.Verb == 0 {
		return false
	}
	if text.IsSubjectPronoun(toks[i-1].Norm) || modals[toks[i-1].Norm] {
		return true
	}
	return !toks[i-1].Possessive && slices.ContainsFunc(found, func(m index.Mention) bool {
		return m.To == i && m.From > 0 && (doForms[toks[m.From-1].Norm] || modals[toks[m.From-1].Norm])
	})
}

// doForms are the auxiliaries that put a subject before the verb of a
// question: "does Molyneux head".
var doForms = text.Set(`do does did`)

// titleBefore widens a role found at [from, end) over the words before it
// that stand before it in the title too: "the Capgemini security manager" is
// the "global security manager for Capgemini", so Capgemini stands next to
// the role and says whose it is, and "security" narrows the managers to him.
// It returns the people whose title holds the wider run, and where it starts.
func titleBefore(ix *index.Index, toks []text.Token, covered []bool, people []string, from, end int) ([]string, int) {
	for from > 0 && !covered[from-1] && !text.IsStopword(toks[from-1].Norm) && !toks[from-1].Possessive {
		keep := titledWithRun(ix, people, toks[from-1:end])
		if len(keep) == 0 {
			break
		}
		people, from = keep, from-1
	}
	return people, from
}

// heldAt narrows the people whose titles name the organisation before a
// role to those whose title gives the role at it in the question's words:
// "the Wales coach" is the one titled "Wales coach", not the "Blues coach,
// former Wales and Lions prop". When none is titled so, the people stay as
// they were.
func heldAt(ix *index.Index, toks []text.Token, found []index.Mention, people []string, from, end int) []string {
	at := slices.IndexFunc(found, func(m index.Mention) bool { return m.To == from })
	if at < 0 || len(people) < 2 {
		return people
	}
	if held := titledWithRun(ix, people, toks[found[at].From:end]); len(held) > 0 {
		return held
	}
	return people
}

// titledWithRun keeps the people whose title holds the words of toks one
// after another, as the question runs them (see titleHasRun).
func titledWithRun(ix *index.Index, people []string, toks []text.Token) []string {
	stems := make([]string, len(toks))
	for i, t := range toks {
		stems[i] = t.Stem
	}
	return slices.DeleteFunc(slices.Clone(people), func(p string) bool { return !titleHasRun(ix, p, stems) })
}

// withRole lists the people whose title holds a role word, or a word WordNet
// gives as its synonym; nil when the word is no role.
func withRole(ix *index.Index, t text.Token) []string {
	if text.IsStopword(t.Norm) {
		return nil
	}
	role := text.IsRoleNoun(t.Norm)
	people := ix.Names.WithTitleWord(t.Stem)
	if !role && wordnet.Marked(t.Norm, t.Stem, wordnet.People) {
		// A word that is no role noun may still name one: a boss is a chief. A
		// role noun stands for itself: a manager is not every director. Only
		// a word for a person: a bus is a coach in another sense.
		for _, r := range wordnet.Related(t.Stem) {
			if r.Weight >= 0.8 && r.Kind == wordnet.Synonym && isRoleStem(r.Stem) {
				role = true
				people = append(people, ix.Names.WithTitleWord(r.Stem)...)
			}
		}
	}
	if !role || len(people) == 0 {
		return nil
	}
	slices.Sort(people)
	return slices.Compact(people)
}

// titledSynonym lists the one person whose recorded title holds, word for
// word, a compound WordNet gives as a synonym of a role word: "the
// conductor" is the "music director" of "musical director of the Oscars",
// though many are titled "director". Nil unless exactly one person holds
// such a compound: "the conductor" of which of them?
func titledSynonym(ix *index.Index, t text.Token) []string {
	if len(ix.Names.WithTitleWord(t.Stem)) > 0 {
		return nil // "the director" is one of those titled so, not whoever is titled "film director"
	}
	var people []string
	for _, r := range wordnet.Related(t.Stem) {
		words := strings.Fields(r.Stem)
		if r.Kind != wordnet.Synonym || r.Weight < 0.8 || len(words) < 2 || !isRoleStem(words[len(words)-1]) {
			continue
		}
		for _, p := range titledWith(ix, words) {
			if !slices.Contains(people, p) {
				people = append(people, p)
			}
		}
	}
	if len(people) != 1 {
		return nil
	}
	return people
}

// holderFor reports whether a fact is about someone who holds a role the
// question asks about, beside their name or by their title, and their
// recorded title places the role at the entity: "Who is the PCS deputy
// general secretary?" is answered by "Hugh Lanning, deputy general secretary
// of the union", whose title is "deputy general secretary of the PCS union",
// and "Who manages the Republic of Ireland?" by "Kerr said...", his title
// "Republic of Ireland manager". The entity only says whose role it is; the
// role must be the one asked, word for word: a deputy general secretary is
// not the general secretary.
func holderFor(q question, c *index.Doc, m index.Mention, roles []string, ix *index.Index) bool {
	for id := range c.Roles {
		if ix.Names.Kind(id) == "person" && titleNames(ix, id, m.IDs) && holdsRole(ix, id, roles, c, nil) != roleNot && titleRoleAsked(q, ix.Names.Entities()[id].Title, roles) {
			return true
		}
	}
	return false
}

// titleRoleAsked reports whether every word of a role the title gives, before
// the body it is held at ("deputy general secretary" of "... of the PCS
// union"), is in the question, or is a role it asks (roles: "Who chairs the
// committee?" asks its chairman). A title may give several roles, comma
// apart ("MP, chairman of the Public Accounts Committee"): one is enough.
func titleRoleAsked(q question, title string, roles []string) bool {
	asked := map[string]bool{}
	for _, t := range q.Toks {
		asked[t.Stem] = true
	}
	for _, r := range roles {
		asked[r] = true
	}
	for _, part := range strings.Split(title, ",") {
		words, all := 0, true
		for _, t := range text.Tokenize(part) {
			if text.IsPreposition(t.Norm) {
				break
			}
			if text.IsStopword(t.Norm) {
				continue
			}
			words++
			all = all && asked[t.Stem]
		}
		if words > 0 && all {
			return true
		}
	}
	return false
}

// roleStemSet holds the stems of the role nouns.
var roleStemSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ambassador envoy minister president premier chancellor secretary spokesman spokeswoman
spokesperson director chief head chairman chairwoman chair governor mayor senator official executive officer editor
manager coach leader founder owner analyst commissioner judge lawyer prosecutor`) {
		m[text.Stem(w)] = true
	}
	return m
}()

func isRoleStem(stem string) bool { return roleStemSet[stem] }

// nextTo returns the entities named right beside tokens [from, to): just before
// ("the Marsh boss", "Unilever's chief") or after "of", "at" or "for".
func nextTo(found []index.Mention, toks []text.Token, from, to int) []string {
	var out []string
	for _, m := range found {
		switch {
		case m.To == from || m.To == from-1 && toks[from-1].Norm == "the":
			out = append(out, m.IDs...)
		case m.From == to+1 && to < len(toks) && (toks[to].Norm == "of" || toks[to].Norm == "at" || toks[to].Norm == "for"),
			m.From == to+2 && to+1 < len(toks) && toks[to+1].Norm == "the" && (toks[to].Norm == "of" || toks[to].Norm == "at" || toks[to].Norm == "for"):
			out = append(out, m.IDs...)
		}
	}
	return out
}

// titleHasRun reports whether a person's recorded title holds the stems one
// after the other: "general secretary", not "head ... Office" of "head of
// the National Audit Office".
func titleHasRun(ix *index.Index, person string, stems []string) bool {
	e, ok := ix.Names.Entity(person)
	if !ok {
		return false
	}
	toks := text.Tokenize(e.Title)
	for at := 0; at+len(stems) <= len(toks); at++ {
		if slices.EqualFunc(toks[at:at+len(stems)], stems, func(t text.Token, s string) bool { return t.Stem == s }) {
			return true
		}
	}
	return false
}

// absorbQualifiers drops from found the organisations that only say whose a
// role is: in "What did the Newcastle chairman say?" Newcastle picks out the
// chairman, and a fact need not name the club when it names him.
func absorbQualifiers(ix *index.Index, toks []text.Token, found, roles []index.Mention) []index.Mention {
	return slices.DeleteFunc(slices.Clone(found), func(m index.Mention) bool {
		for _, r := range roles {
			if len(nextTo([]index.Mention{m}, toks, r.From, r.To)) == 0 {
				continue
			}
			if slices.ContainsFunc(r.IDs, func(p string) bool { return titleNames(ix, p, m.IDs) }) {
				return true
			}
		}
		return false
	})
}

// titleNames reports whether a person's title (or aliases) names one of orgs.
func titleNames(ix *index.Index, person string, orgs []string) bool {
	e, ok := ix.Names.Entity(person)
	if !ok {
		return false
	}
	for _, m := range ix.Names.Find(text.Tokenize(strings.Join(append([]string{e.Title}, e.Aliases...), " . "))) {
		for _, id := range m.IDs {
			if slices.Contains(orgs, id) {
				return true
			}
		}
	}
	// A name in another form of its word: "Conservative co-chairman" names
	// the Conservatives.
	title := " " + text.StemPhrase(e.Title) + " "
	return slices.ContainsFunc(ix.Names.StemmedNames(orgs), func(s string) bool { return strings.Contains(title, " "+s+" ") })
}

// actsByTitle reports whether a fact's subject or speaker is a person
// whose recorded title names a body the question asks about: "What did the
// Telegraph exec say?" is about the Telegraph, and "MacLennan said..." is
// said for it when MacLennan is its executive. Not for who-questions, which
// ask for the person (see holderFor).
//
// The answer to whether a person's title names the body is kept in titled,
// by person, for the one mention: a question's candidates share their
// speakers.
func actsByTitle(c *index.Doc, m index.Mention, ix *index.Index, titled map[string]bool) bool {
	if !slices.ContainsFunc(m.IDs, func(id string) bool { k := ix.Names.Kind(id); return k == "organization" || k == "group" }) {
		return false // a body speaks through its people; a country, an event or a person does not
	}
	for id, role := range c.Roles {
		if role != "subject" && role != "speaker" || ix.Names.Kind(id) != "person" {
			continue
		}
		named, ok := titled[id]
		if !ok {
			named = titleNames(ix, id, m.IDs)
			titled[id] = named
		}
		if named {
			return true
		}
	}
	return false
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// addMentions merges more mentions into found, in token order.
func addMentions(found, more []index.Mention) []index.Mention {
	out := append(slices.Clone(found), more...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out
}

// qualifiesNoun reports whether a word after a role noun makes it qualify a
// noun rather than name someone: a plural in lower case ("head offices",
// "union members"), which no verb of a question's clause is.
func qualifiesNoun(t text.Token) bool {
	return !t.Upper && !text.IsStopword(t.Norm) && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") && t.Stem != t.Norm &&
		wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0
}

// modifiesNoun reports whether a role word that also qualifies roles
// ("general", "chief", "executive") at i is an adjective of the word after
// it: in lower case, with no determiner or owner before it, before a word in
// lower case ("regulating general insurance"). A person named by a role comes
// with one ("the general", "Marsh's chief"), and a role of two words ("chief
// executive") never gets here. "When did the FSA start regulating general
// insurance?" names no attorney general.
func modifiesNoun(toks []text.Token, i int) bool {
	role := toks[i]
	if !text.IsRoleModifier(role.Norm) || role.Upper || i+1 >= len(toks) {
		return false
	}
	if i > 0 && (determiners[toks[i-1].Norm] || toks[i-1].Possessive) {
		return false
	}
	next := toks[i+1]
	return !next.Upper && !text.IsStopword(next.Norm) && wordnet.PartsOfSpeech(next.Stem)&wordnet.Noun != 0
}

// actionAsNoun reports whether a fact holds the question's verb, or a form or
// synonym of it, only as a noun (see nounAt).
func actionAsNoun(q question, c *index.Doc) bool { return verbHeldOnlyAs(q, c, nounAt) }

// verbHeldOnlyAs reports whether a fact holds the question's verb, or a form
// or synonym of it, and every word of it that does is as asked (is, given
// the fact's words and where the word stands).
func verbHeldOnlyAs(q question, c *index.Doc, is func(toks []text.Token, i int) bool) bool {
	vt := q.verbTerm()
	if vt == nil || termCredit(c, *vt) == 0 {
		return false // most facts hold no form of the verb: not worth reading word by word
	}
	toks := c.Tokens()
	found := false
	for i, t := range toks {
		if !vt.heldBy(t) {
			continue
		}
		if !is(toks, i) {
			return false
		}
		found = true
	}
	return found
}

// asksAction reports whether the question's main word is a verb it asks
// about ("Who is lending Delta $600m?"), not a noun after a determiner or an
// owner read as its main word for want of one ("What is Cescau's
// objective?"), which a fact's noun answers with the roles of its own verb.
func (q question) asksAction() bool {
	return q.verbAt >= 0 && !q.verbless() && !(q.verbAt > 0 && q.Toks[q.verbAt-1].Possessive) &&
		wordnet.PartsOfSpeech(q.Toks[q.verbAt].Stem)&wordnet.Verb != 0
}

// nounAt reports whether the word at i is a noun by its place: after a
// determiner, over any figures and adjectives ("a $600m loan", "the cuts",
// "an outstanding manager"). Who acts on whom cannot be read around a noun
// as around a verb.
func nounAt(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && (quantity(toks[k]) || adjectiveOnly(toks[k].Stem)) {
		k--
	}
	return k >= 0 && determiners[toks[k].Norm]
}

// roleOfVerb lists the role nouns a verb is the work of, as stems: the verb
// itself when it is one ("Who chairs the committee?" asks for its chair),
// and the role nouns WordNet gives as its forms or synonyms ("Who leads the
// party?" its leader, "Who founded the lab?" its founder). "Who <verb>s X?"
// then asks for the holder of that role at X, as "Who is X's <role>?" does.
func roleOfVerb(stem string) []string {
	if wordnet.PartsOfSpeech(stem)&wordnet.Verb == 0 {
		return nil
	}
	var out []string
	if isRoleStem(stem) {
		out = append(out, stem)
	}
	for _, r := range wordnet.Related(stem) {
		if (r.Kind == wordnet.Derivation || r.Kind == wordnet.Synonym) && r.Weight >= roleOfVerbWeight && isRoleStem(r.Stem) && !slices.Contains(out, r.Stem) {
			out = append(out, r.Stem)
		}
	}
	return out
}

// roleOfVerbWeight is the least weight of WordNet's relation between a verb
// and the role noun it names the work of: "chairman" is a synonym of "chair"
// at 0.43.
const roleOfVerbWeight = 0.4

// coveredBy marks the n tokens of a question that mentions cover: a word of
// a name is no word of its own.
func coveredBy(n int, mentions []index.Mention) []bool {
	covered := make([]bool, n)
	for _, m := range mentions {
		for i := m.From; i < m.To; i++ {
			covered[i] = true
		}
	}
	return covered
}

// holdsRole says whether a person holds one of the roles (stems): the fact's
// statement says so beside their name ("Hugh Lanning, deputy general
// secretary", "spokesman Hugh Lanning", "chairman and chief executive
// Philip Knight", "Cescau ... is to be made chief executive"), or only their
// recorded title does. A role said right after the name of an entity that
// elsewhere is true of is that entity's ("Ireland captain Brian
// O'Driscoll"), not the one a question asks about ("Who is the Scotland
// captain?"); elsewhere may be nil.
func holdsRole(ix *index.Index, id string, roles []string, c *index.Doc, elsewhere func(id string) bool) roleHeld {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	mentions := c.Mentions(ix.Names)
	heldElsewhere := func(k int) bool {
		if elsewhere == nil {
			return false
		}
		// "chief executive of Broadreach": the body after the role's words
		// and "of" or "at".
		after := k
		for after < len(toks) && slices.Contains(roles, toks[after].Stem) {
			after++
		}
		if after+1 < len(toks) && (toks[after].Norm == "of" || toks[after].Norm == "at") {
			after++
			if toks[after].Norm == "the" {
				after++
			}
			if slices.ContainsFunc(mentions, func(o index.Mention) bool {
				return o.From == after && !slices.ContainsFunc(o.IDs, func(id string) bool { return !elsewhere(id) })
			}) {
				return true
			}
		}
		for k > 0 && slices.Contains(roles, toks[k-1].Stem) {
			k-- // "LSE chief executive": the role's first word
		}
		// Not across a comma: "compensation from Bosch, chief executive
		// Helmut Panke said" is BMW's chief executive, not Bosch's.
		if slices.ContainsFunc(mentions, func(o index.Mention) bool {
			return o.To == k && slices.ContainsFunc(o.IDs, elsewhere) && !commaBetween(rs, toks[k-1], toks[k])
		}) {
			return true
		}
		// "Foster's chief executive Trevor O'Hoy" may be found whole, as
		// his alias: the role is still the owner's before "'s". So it is
		// with a word or two between ("Ukraine's new president"), and
		// whether or not the owner is an entity.
		for n := 0; n < 2 && k > 1 && !toks[k-1].Possessive && !toks[k-1].Upper && !text.IsStopword(toks[k-1].Norm); n++ {
			k--
		}
		if k == 0 || !toks[k-1].Possessive {
			return false
		}
		if toks[k-1].Upper && !slices.ContainsFunc(mentions, func(o index.Mention) bool { return o.From <= k-1 && k-1 < o.To }) {
			return true
		}
		for j := max(0, k-maxOwnerWords); j < k; j++ {
			for _, o := range ix.Names.Find(toks[j:k]) {
				if o.From == 0 && o.To == k-j && slices.ContainsFunc(o.IDs, elsewhere) {
					return true
				}
			}
		}
		return false
	}
	// A person whose recorded title names only bodies the question does not
	// ("Chief executive of Northwind", asked of Contoso) holds their role
	// there, wherever the fact says it without naming its body.
	e, _ := ix.Names.Entity(id)
	var titledAsked bool
	if elsewhere != nil {
		asked, other := titleBodies(ix, e.Title, elsewhere)
		if other && !asked {
			return roleNot
		}
		titledAsked = asked
	}
	for _, m := range mentions {
		if !slices.Contains(m.IDs, id) {
			continue
		}
		start := max(0, m.From-3)
		for j := m.From - 1; j >= max(0, m.From-4); j-- {
			if toks[j].Norm == "and" {
				start = max(0, j-2) // "Chairman and chief executive Philip Knight"
			}
		}
		for k := start; k < min(len(toks), m.To+8); k++ {
			if slices.Contains(roles, toks[k].Stem) && !heldElsewhere(k) {
				return roleStated
			}
		}
	}
	// A title that holds the role holds it at the body the question names,
	// when it names one: "Foster's chief executive" is not Southcorp's.
	if elsewhere != nil && !titledAsked {
		return roleNot
	}
	for _, t := range text.Tokenize(e.Title) {
		if slices.Contains(roles, t.Stem) {
			return roleTitled
		}
	}
	return roleNot
}

// titleBodies reports whether a recorded title names a body the question
// names (asked: one elsewhere does not hold) and one it does not (other).
func titleBodies(ix *index.Index, title string, elsewhere func(id string) bool) (asked, other bool) {
	for _, m := range ix.Names.Find(text.Tokenize(title)) {
		for _, id := range m.IDs {
			if ix.Names.Kind(id) == "person" {
				continue
			}
			if elsewhere(id) {
				other = true
			} else {
				asked = true
			}
		}
	}
	return asked, other
}

// maxOwnerWords is how many words the name of a role's owner may have
// ("Royal Bank of Scotland's chief executive").
const maxOwnerWords = 4

// roleHeld says how a fact shows a person holding a role.
type roleHeld int

const (
	roleNot    roleHeld = iota
	roleTitled          // their recorded title holds it
	roleStated          // the fact's statement says so beside their name
)

// roleOfAsked is the person a yes-no question asks whether they hold a role,
// and the role's stems ("Is Joe Pasquale a comedian?", "Was Smith the
// chief executive?"): a form of "be", one person's name, "a", "an" or "the",
// and the role's words to the end. "" when the question is no such one.
func (q question) roleOfAsked(ix *index.Index) (string, []string) {
	if len(q.Toks) < 4 || !beForms[q.Toks[0].Norm] || len(q.Entities) != 1 || q.Entities[0].From != 1 {
		return "", nil
	}
	m := q.Entities[0]
	if m.To >= len(q.Toks)-1 || !determiners[q.Toks[m.To].Norm] {
		return "", nil
	}
	var roles []string
	for i, t := range q.Toks[m.To+1:] {
		if text.IsStopword(t.Norm) || wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun == 0 {
			return "", nil
		}
		roles = append(roles, t.Stem)
		if tm := q.termAt(m.To + 1 + i); tm != nil {
			for _, a := range tm.Alts {
				if a.Weight >= mainSynonym && !strings.Contains(a.Stem, " ") {
					roles = append(roles, a.Stem) // "a comedian": "comic Joe Pasquale"
				}
			}
		}
	}
	for _, id := range m.IDs {
		if ix.Names.Kind(id) == "person" {
			return id, roles
		}
	}
	return "", nil
}
