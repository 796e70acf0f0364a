package answer

import (
	"slices"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// namesVenue reports whether a fact names where something is, happens or
// goes by a name after a preposition of place: "goes to the annual
// Governor's Ball", "raise the matter in Parliament", "signed from Celta
// Vigo". Such a name is seldom a place WordNet or the curator knows (a ball,
// a parliament, a club), but the preposition before it makes it one: "Where
// does Conti go after the ceremony?" is answered by where he goes. The name
// is not one the question gives, nor that of a person, a document or another
// thing no one is at (by its curated kind), nor a month or a weekday ("in
// January" says when).
func namesVenue(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	kinds := make([]string, len(toks)) // the curated kind of the entity each token names, "" for none
	named := make([]bool, len(toks))
	for _, m := range c.Mentions(ix.Names) {
		for i := m.From; i < m.To; i++ {
			named[i] = true
			for _, id := range m.IDs {
				if k := ix.Names.Kind(id); k != "" {
					kinds[i] = k
				}
			}
		}
	}
	end := whatWasSaid(q, toks)
	// Where an event the question's verb tells of is played or held is a
	// place, never another event: "in the Champions League" is not where
	// the Carling Cup final is played. An event the question names after
	// its verb is no such event, and another may be where one goes ("Where
	// does Conti go after the ceremony?": "to the annual Governor's Ball").
	asksEvent := slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
		return m.To <= q.verbAt && slices.ContainsFunc(m.IDs, func(id string) bool { return ix.Names.Kind(id) == "event" })
	})
	for i, t := range toks[:end] {
		// "of" after a word for a person: "chief conductor of the Turin
		// Opera" says where one holds a post.
		ofPost := t.Norm == "of" && i > 0 && (text.IsRoleNoun(toks[i-1].Norm) || wordnet.Marked(toks[i-1].Norm, toks[i-1].Stem, wordnet.People)) && !asksOrigin(q)
		if !venuePrepositions[t.Norm] && !ofPost || t.Norm == "at" && asksOrigin(q) {
			continue // "at Ibrox" is where Auxerre played, not where they are from
		}
		k := i + 1
		for k < len(toks) && k <= i+3 && !toks[k].Upper && (determiners[toks[k].Norm] || adjectiveOnly(toks[k].Stem)) {
			k++ // "to the annual Governor's Ball"
		}
		if k >= len(toks) {
			continue
		}
		n := toks[k]
		if !n.Upper || n.First || q.stems[n.Stem] || monthWords[n.Norm] || named[k] && !venueKinds[kinds[k]] {
			continue
		}
		if named[k] && kinds[k] == "organization" && !atPrepositions[t.Norm] && !ofPost {
			continue // "sold to GM" gives a buyer, "signed from Celta Vigo" a club
		}
		if named[k] && kinds[k] == "event" && asksEvent {
			continue // "in the Champions League" is no place the Carling Cup final is played
		}
		return true
	}
	return false
}

// adjectiveOnly reports whether WordNet knows a word as an adjective and not
// as a verb ("annual", "old"; not "meet"): it describes the name after it.
func adjectiveOnly(stem string) bool {
	pos := wordnet.PartsOfSpeech(stem)
	return pos&wordnet.Adjective != 0 && pos&wordnet.Verb == 0
}

// venuePrepositions say where something is, comes from or goes.
var venuePrepositions = text.Set(`at in to from into inside within outside near`)

// atPrepositions say where something is or comes from: after them an
// organisation or an event is where ("at Microsoft", "from Celta Vigo"),
// while after "to" it is mostly who is given or sold something.
var atPrepositions = text.Set(`at in from inside within`)

// venueKinds are the entity kinds of names one is at, in or goes to: places,
// organisations and events. A person, a group, a document or another thing is
// none ("spoke to Brown", "in the report").
var venueKinds = text.Set(`place country organization event`)

// namesSpot reports whether a fact says where by a common noun for a place
// after a preposition of place: "in the left corner", "on shareware sites",
// "at the top of the table" (a noun whose main sense is a location in
// WordNet), not one the question gives.
func namesSpot(q question, c *index.Doc) bool {
	toks := c.Tokens()
	end := whatWasSaid(q, toks)
	for i, t := range toks[:end] {
		if !venuePrepositions[t.Norm] && t.Norm != "on" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			n := toks[k]
			if wordnet.NounKinds(n.Stem)&wordnet.Location != 0 && !q.stems[n.Stem] && !n.Upper && !verbForm(n) {
				return true
			}
			if !determiners[n.Norm] && text.IsStopword(n.Norm) {
				break
			}
		}
	}
	return false
}

// namesEndpoint reports whether a fact says where the question's act goes
// or comes from, in words of its own after a preposition of motion past the
// act's verb, in its clause: "Where will the money come from?" is answered
// by "will come from a new £500m fund", "Where does the ticket money go?"
// by "going to charity", though neither is a place on a map. A name there
// is namesVenue's to read ("sold the rights to Northwind" gives a buyer).
func namesEndpoint(q question, c *index.Doc) bool {
	vt := q.verbTerm()
	if vt == nil || q.verbless() || q.said != nil && q.said.At == vt.At {
		// One speaks to the one told: "speak to the board" is no place.
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for v, t := range toks {
		if !vt.heldWellBy(t) || v > 0 && (determiners[toks[v-1].Norm] || possessives[toks[v-1].Norm]) {
			continue // not the act, a thing: "his death has been put down to"
		}
		for i := v + 1; i < len(toks) && i <= v+endpointReach; i++ {
			if clauseEnd(rs, toks[i-1].End) {
				break
			}
			if !motionPrepositions[toks[i].Norm] {
				continue
			}
			for k := i + 1; k < len(toks) && k <= i+3; k++ {
				n := toks[k]
				if determiners[n.Norm] || possessives[n.Norm] || quantity(n) || unicode.IsDigit([]rune(n.Norm)[0]) || !q.stems[n.Stem] && adjectiveOnly(n.Stem) {
					continue
				}
				if !q.stems[n.Stem] && !n.Upper && !text.IsStopword(n.Norm) && !verbForm(n) && wordnet.PartsOfSpeech(n.Stem)&wordnet.Noun != 0 {
					return true
				}
				break
			}
		}
	}
	return false
}

// endpointReach is how many words after the act's verb its endpoint may
// stand: past its object ("drive information and entries from blogs to the
// portals").
const endpointReach = 8

// motionPrepositions say where a thing goes or comes from.
var motionPrepositions = text.Set(`to from into onto towards`)
