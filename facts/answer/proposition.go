package answer

import "github.com/factdesk/factdesk/facts/index"

// A yes-no question is a statement turned round: "Is Sol Campbell signing a
// new contract?" asks whether "Sol Campbell is signing a new contract". The
// fact that settles it states that proposition, or its negation, of the same
// one: the one the question makes act is who acts or speaks in the fact, as
// curated ("Defender Sol Campbell is on the verge of signing a new deal",
// subject Sol Campbell), and the fact holds the question's verb. The other
// words of the question it may say otherwise ("deal" for "contract"). A fact
// that merely mentions the one asked about ("Shepherd said Bellamy had
// cheated the club") tells of someone else's act.

// assertsOfSubject reports whether every entity a yes-no question gives as the
// one who acts is who acts or speaks in the fact, as curated (its subject or
// speaker, or a person whose title makes them speak for it), and there is one.
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
