package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhoseThingItIs: "Whose film is The Passion of the Christ?" asks
// whose it is, which a possessive before its name says ("Mel Gibson's The
// Passion of the Christ", "Eric Clapton's 1991 hit Tears In Heaven"): not
// a fact that names someone else acting on it ("Newmarket Films released
// The Passion of the Christ"), though that one holds as much of the
// question. The word after "whose" need not be said: a hit is a song.
func TestAsk_WhoseThingItIs(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("passion-2005", "Passion recut", "2005-03-11", "Arts Desk",
		[]facts.Entity{
			{ID: "passion", Name: "The Passion of the Christ", Kind: "other"},
			{ID: "newmarket", Name: "Newmarket Films", Kind: "organization"},
			{ID: "tears", Name: "Tears in Heaven", Kind: "other"},
			{ID: "elton", Name: "Sir Elton John", Kind: "person", Aliases: []string{"Sir Elton"}},
		},
		deskFact("released", "Newmarket Films released The Passion of the Christ.", "newmarket"),
		deskFact("recut", "A recut version of Mel Gibson's The Passion of the Christ has less violence.", "passion"),
		deskFact("dvd", "The original version of The Passion of the Christ is on DVD.", "passion"),
		deskFact("version", "Sir Elton will record a version of Eric Clapton's 1991 hit Tears In Heaven.", "elton"),
	)))
	answersWith(t, ask, map[string]string{
		"Whose film is The Passion of the Christ?": "Mel Gibson",
		"Whose song is Tears in Heaven?":           "Eric Clapton",
	})
}

// TestAsk_WhoseByKindOf: "Whose mother is Jackie Stallone?" is answered by
// the fact that gives her as the mother of someone after her name ("Jackie
// Stallone, mother of actor Sylvester"), not by another that names her.
func TestAsk_WhoseByKindOf(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("evicted-2005", "Stallone evicted", "2005-01-14", "Arts Desk",
		[]facts.Entity{{ID: "jackie", Name: "Jackie Stallone", Kind: "person"}},
		deskFact("evicted", "Jackie Stallone, mother of actor Sylvester, became the first star to be evicted from the house.", "jackie"),
		deskFact("vote", "Jackie Stallone and John McCririck faced the public vote on Friday, and most viewers voted to keep him.", "jackie"),
		deskFact("age", "Jackie Stallone, 83, was the oldest of the housemates.", "jackie"),
	)))
	answersWith(t, ask, map[string]string{"Whose mother is Jackie Stallone?": "Sylvester"})
}
