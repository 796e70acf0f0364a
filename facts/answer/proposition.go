package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A yes-no question is a statement turned round: "Is Sol Campbell signing a
// new contract?" asks whether "Sol Campbell is signing a new contract". The
// fact that settles it states that proposition, or its negation, of the same
// one: the one the question makes act is who acts or speaks in the fact, as
// curated ("Defender Sol Campbell is on the verge of signing a new deal",
// subject Sol Campbell), and the fact holds the question's verb. The other
// words of the question it may say otherwise ("deal" for "contract"). A fact
// that merely mentions the one asked about ("Shepherd said Bellamy had
// cheated the club") tells of someone else's act.
//
// A fact that has the one asked about do something else to the very things
// the question names settles it as well ("Has Feroz Abbasi received a
// letter?": "Feroz Abbasi has been sent an identical letter"; "Would the Lib
// Dems scrap top-up fees?": "...let the party get rid of tuition and top-up
// fees"): it says what became of them, and the answer is the fact alone.
//
// When the question's verb is one of telling or thinking ("Does the Pew
// director expect the market to keep growing?"), what its subject said is
// the proposition, in whatever words the fact has for saying it: "Rainie
// said further growth in the market was inevitable".

// states reports whether a fact states what a yes-no question asks of its
// subject, the question's verb one that may be a verb ("signing", not a noun
// the question was read round): the subject acts in it (see
// assertsOfSubject), and it holds the question's verb (verb is its credit for
// it), or every other word of the question as surely as a synonym would
// (rest is its credit for them), the act said otherwise ("get rid of" for
// "scrap", "reached" for "met"), or the verb is one of telling or thinking and
// the subject is the fact's speaker. A question that names no one before its
// verb ("Will developers have to pay IBM a licence fee?") has its subject in
// words: the fact holds them (heldAt, by the question's places) and the verb
// itself, not a word related to it, for nothing else ties it to what the
// question asks about.
func states(q question, c *index.Doc, verb, rest float64, heldAt []bool, ix *index.Index) bool {
	if q.Type != askYesNo || q.verbAt < 0 || !canBeVerb(q.Toks[q.verbAt]) {
		return false
	}
	if !slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return m.From < q.verbAt }) {
		return verb >= 1 && wordSubjectHeld(q, heldAt)
	}
	if !assertsOfSubject(q, c, ix) {
		return false
	}
	return verb >= verbHeld || rest >= verbHeld || wordnet.IsSpeechVerb(q.Toks[q.verbAt].Stem) && speaker(q, c)
}

// wordSubjectHeld reports whether the fact holds each of the question's words
// before its verb, and there is one, and each word after a preposition that
// qualifies the act ("Is the port cutting for its members?"): what the act is
// done to may be worded otherwise, but a qualifier the fact lacks is a
// proposition it does not state.
func wordSubjectHeld(q question, heldAt []bool) bool {
	n := 0
	for _, t := range q.Terms {
		if t.At > q.verbAt && clauseRole(q.Toks, q.verbAt, q.passive, t.At) == "" && !heldAt[t.At] {
			return false
		}
		if t.At < q.verbAt {
			if !heldAt[t.At] {
				return false
			}
			n++
		}
	}
	return n > 0
}

// speaker reports whether an entity the question makes act is the fact's
// speaker.
func speaker(q question, c *index.Doc) bool {
	return slices.ContainsFunc(q.subjects, func(m index.Mention) bool { return slices.Contains(m.IDs, c.Speaker) })
}

// assertsOfSubject reports whether every entity a yes-no question gives as the
// one who acts is who acts or speaks in the fact, as curated (its subject or
// speaker, or a person whose title makes them speak for it), and there is one.
func assertsOfSubject(q question, c *index.Doc, ix *index.Index) bool {
	found := false
	for _, m := range q.subjects {
		if !actsIn(c, m.IDs, ix) {
			return false
		}
		found = true
	}
	return found
}

// actsIn reports whether one of ids is the fact's curated subject or speaker,
// or the fact's speaker speaks for it ("a Delta spokesperson").
func actsIn(c *index.Doc, ids []string, ix *index.Index) bool {
	for _, id := range ids {
		if c.Speaker == id || c.Roles[id] == "subject" || c.Roles[id] == "speaker" {
			return true
		}
	}
	return c.Speaker != "" && speaksFor(ix, c.Speaker, setOf(ids))
}
