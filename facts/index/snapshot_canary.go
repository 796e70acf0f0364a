package index

import (
	"hash/crc32"
	"sync"

	"github.com/factdesk/factdesk/facts"
)

// derivation fingerprints the code that derives what a snapshot holds: the
// data FromStories makes of a fixed story, encoded. A snapshot holds Names'
// maps and the postings as they were derived, so a change to how they are
// derived (an acronym rule, stemming, a new kind of postings key) changes the
// fingerprint, and snapshots made by the older code are ignored without anyone
// remembering to bump snapshotFormat. It costs well under a millisecond, once.
var derivation = sync.OnceValue(func() uint32 {
	ix, _ := FromStories([]*facts.StoryFile{canaryStory()}, &facts.Lexicon{
		ID: "canary", Synonyms: [][]string{{"cut", "slash", "lay off"}}, Stopwords: []string{"reportedly"}})
	return crc32.Checksum(encodeData(ix.data).appendTo(nil), castagnoli)
})

// canaryStory exercises every derivation a snapshot stores: names with
// aliases, acronyms, titles and groups; facts with figures, dates, places,
// quotes, speakers and subjects; a correction, and facts not approved.
func canaryStory() *facts.StoryFile {
	jobs, share := 120.0, 4.5
	return &facts.StoryFile{
		Story:   facts.Story{ID: "canary", Title: "Bakers cut jobs", Date: "2024-03-05"},
		Sources: []facts.Source{{ID: "wire", Title: "Bakery cuts", Publisher: "Wire", URL: "https://example.com/wire", Published: "2024-03-05"}},
		Entities: []facts.Entity{
			{ID: "nbc", Name: "National Baking Company", Kind: "organization", Aliases: []string{"the bakery", "NBC Ltd"}},
			{ID: "union", Name: "the Bakers' Union", Kind: "organization", Members: []string{"ana"}},
			{ID: "ana", Name: "Ana María Ortiz", Kind: "person", Title: "chief executive of the National Baking Company", Aliases: []string{"Ortiz"}},
			{ID: "lee", Name: "Lee Chen", Kind: "person", Title: "union spokesperson"},
			{ID: "uk", Name: "United Kingdom", Kind: "country", Aliases: []string{"UK", "Britain"}},
		},
		Facts: []facts.Fact{
			{ID: "cut", Statement: "The National Baking Company cut 120 jobs at its Leeds bakery in March 2024.", Subject: "nbc",
				Predicate: "cut", Value: &jobs, Unit: "jobs", Date: "2024-03", Place: "Leeds", Source: "wire", Keywords: []string{"layoffs"}},
			{ID: "said", Statement: "Ortiz said the cuts were painful but necessary.", Quote: "These cuts are painful but necessary.",
				Speaker: "ana", Source: "wire"},
			{ID: "old-share", Statement: "The company's UK market share fell to 4 percent.", Source: "wire", Status: facts.StatusRetracted},
			{ID: "share", Statement: "The company's UK market share fell to 4.5 percent in 2023.", Value: &share, Unit: "percent",
				Subject: "nbc", Object: "uk", Source: "wire", Supersedes: "old-share"},
			{ID: "talks", Statement: "Lee Chen said the Bakers' Union would meet the company.", Speaker: "lee", Object: "nbc",
				Source: "wire", Status: facts.StatusPending},
		},
	}
}
