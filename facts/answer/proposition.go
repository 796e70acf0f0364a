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
// When the question's verb is one of telling or thinking ("Does the Pew
// director expect the market to keep growing?"), what its subject said is
// the proposition, in whatever words the fact has for saying it: "Rainie
// said further growth in the market was inevitable".

// states reports whether a fact states what a yes-no question asks of its
// subject: the subject acts in it (see assertsOfSubject) and it holds the
// question's verb (verb is its credit for it), or the verb is one of telling
// or thinking and the subject is the fact's speaker.
func states(q question, c *index.Doc, verb float64, ix *index.Index) bool {
	if !assertsOfSubject(q, c, ix) {
		return false
	}
	return verb >= verbHeld || wordnet.IsSpeechVerb(q.Toks[q.verbAt].Stem) && speaker(q, c)
}

// speaker reports whether an entity the question makes act is the fact's
// speaker.
func speaker(q question, c *index.Doc) bool {
	for _, m := range q.Entities {
		if q.roleOf(m) == "subject" && slices.Contains(m.IDs, c.Speaker) {
			return true
		}
	}
	return false
}

// assertsOfSubject reports whether every entity a yes-no question gives as the
// one who acts is who acts or speaks in the fact, as curated (its subject or
// speaker, or a person whose title makes them speak for it), and there is one;
// the question's verb must be one that may be a verb ("signing", not a noun
// the question was read round).
func assertsOfSubject(q question, c *index.Doc, ix *index.Index) bool {
	if q.Type != askYesNo || q.verbAt < 0 || !canBeVerb(q.Toks[q.verbAt]) {
		return false
	}
	found := false
	for _, m := range q.Entities {
		if q.roleOf(m) != "subject" {
			continue
		}
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
