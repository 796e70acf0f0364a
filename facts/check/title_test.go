package check_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// TestCheck_PartyShortForms: a party a title names in short ("SNP", "Lib
// Dem") is the one the recorded title names in full, where another party's
// name is another office.
func TestCheck_PartyShortForms(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "holyrood", Title: "Salmond on independence", Date: "2005-01-10"},
		Sources: []facts.Source{{ID: "wire", Title: "Salmond on independence", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "salmond", Name: "Alex Salmond", Kind: "person", Title: "Scottish National Party leader", Aliases: []string{"Salmond"}},
			{ID: "kennedy", Name: "Charles Kennedy", Kind: "person", Title: "Liberal Democrat leader", Aliases: []string{"Kennedy"}},
		},
		Facts: []facts.Fact{
			{ID: "referendum", Statement: "Alex Salmond said a referendum on independence would follow an election win.", Subject: "salmond", Predicate: "said", Source: "wire"},
			{ID: "kennedy-tax", Statement: "Charles Kennedy said a local income tax would replace the council tax.", Subject: "kennedy", Predicate: "said", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"SNP leader Alex Salmond said a referendum would follow an election win.", nil},
		{"Lib Dem leader Charles Kennedy said a local income tax would replace the council tax.", nil},
		{"Labour leader Alex Salmond said a referendum would follow an election win.", []findingWant{{"title", "Labour leader", "Scottish National Party leader"}}},
	})
}

// TestCheck_TitleHeadAnAdjectivesStemToo: a recorded title's head is what
// the person is, though WordNet's stem of it is an adjective's too
// ("evangelist", "evangelistic"): Intel's chief mobile technology evangelist
// is no chief technology officer, the chief before both heads
// notwithstanding (the real-news benchmark's dev32 stories).
func TestCheck_TitleHeadAnAdjectivesStemToo(t *testing.T) {
	checkPart(t, "dev32", []draftCase{
		{"Mike Trainor, Intel's chief technology officer, said fuel cells need to be shrunk.", []findingWant{{"title", "Intel's chief technology officer", "chief mobile technology evangelist for Intel"}}},
		{"Mike Trainor, Intel's chief mobile technology evangelist, said fuel cells need to be shrunk.", nil},
	})
}

// TestCheck_WholeNameAfterTitleWord: a person named in full after a
// capitalised word of a title is found ("Liberal Democrat Mark Oaten"), so
// words he never said are flagged; a word for a people between a title's
// first word and the name ("fellow Spaniard Guillermo Garcia-Lopez") leaves
// no title to check.
func TestCheck_WholeNameAfterTitleWord(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "policing", Title: "Police chiefs", Date: "2005-02-01"},
		Sources: []facts.Source{{ID: "wire", Title: "Police chiefs", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "berry", Name: "Jan Berry", Kind: "person", Title: "Police Federation chairman", Aliases: []string{"Berry"}},
			{ID: "oaten", Name: "Mark Oaten", Kind: "person", Title: "Liberal Democrat home affairs spokesman", Aliases: []string{"Oaten"}},
			{ID: "garcia-lopez", Name: "Guillermo Garcia-Lopez", Kind: "person", Title: "Spanish player ranked 106 in the world", Aliases: []string{"Garcia-Lopez"}},
		},
		Facts: []facts.Fact{
			{ID: "service", Statement: "Jan Berry said policing is a service that must not be kicked around.", Quote: "a service, not a political football", Speaker: "berry", Subject: "berry", Predicate: "said", Source: "wire"},
			{ID: "oaten-plan", Statement: "Mark Oaten said elected commissioners would be a mistake.", Subject: "oaten", Predicate: "said", Source: "wire"},
			{ID: "upset", Statement: "Guillermo Garcia-Lopez beat Carlos Moya in the first round.", Subject: "garcia-lopez", Predicate: "beat", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{`Liberal Democrat Mark Oaten warned that policing was "a service, not a political football".`, []findingWant{{"attribution", "Mark Oaten", "Jan Berry"}}},
		{"Carlos Moya lost in the first round to fellow Spaniard Guillermo Garcia-Lopez.", nil},
	})
}

// TestCheck_AliasTakesTheTitlesParty: a generic alias ("Senator Brownbeck")
// takes the recorded title's qualifier, a party's name among it: "a
// Democratic senator" is no Republican one, whichever form is read.
func TestCheck_AliasTakesTheTitlesParty(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "tv-fines", Title: "TV indecency fines", Date: "2005-01-26"},
		Sources: []facts.Source{{ID: "wire", Title: "TV indecency fines", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "brownback", Name: "Sam Brownback", Kind: "person", Title: "Republican senator from Kansas", Aliases: []string{"Brownback", "Senator Brownback"}},
		},
		Facts: []facts.Fact{
			{ID: "fine", Statement: "Sam Brownback, a Republican senator from Kansas, is set to call for a maximum fine for repeated violations.", Subject: "brownback", Predicate: "call", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"Sam Brownback, a Democratic senator from Kansas, will call for a maximum fine.", []findingWant{{"title", "Democratic senator", "Republican senator from Kansas"}}},
		{"Sam Brownback, a Republican senator, will call for a maximum fine.", nil},
		{"Senator Brownback will call for a maximum fine.", nil},
	})
}

// TestCheck_AgentNounHeadsATitle: a noun for the one who does what a verb
// says heads a recorded title though the verb shares its stem
// ("coordinator", stemmed as "coordinate" is), so "legal director" is no
// outreach coordinator; a part the draft says a person shares with another
// ("fellow speaker") is no title to hold to the recorded one.
func TestCheck_AgentNounHeadsATitle(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "autolink", Title: "Google's toolbar sparks concern", Date: "2005-02-24"},
		Sources: []facts.Source{{ID: "wire", Title: "Google's toolbar sparks concern", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "doctorow", Name: "Cory Doctorow", Kind: "person", Title: "European outreach coordinator for the Electronic Frontier Foundation", Aliases: []string{"Doctorow"}},
			{ID: "macmillan", Name: "James MacMillan", Kind: "person", Title: "classical composer", Aliases: []string{"MacMillan"}},
		},
		Facts: []facts.Fact{
			{ID: "not-penalised", Statement: "Cory Doctorow said Google should not be penalised for its market dominance.", Subject: "doctorow", Predicate: "said", Source: "wire"},
			{ID: "rediscover", Statement: "James MacMillan said we need to rediscover our ability to make music.", Subject: "macmillan", Predicate: "said", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"Cory Doctorow, the European legal director of the Electronic Frontier Foundation, said Google should not be penalised.", []findingWant{{"title", "European legal director of the Electronic Frontier Foundation", "European outreach coordinator for the Electronic Frontier Foundation"}}},
		{"Cory Doctorow, European outreach coordinator for the Electronic Frontier Foundation, said Google should not be penalised.", nil},
		{"Fellow speaker James MacMillan said we need to rediscover our ability to make music.", nil},
	})
}

// TestCheck_RoleWrittenShortByItsLastPart: a role noun written short by its
// last part ("keeper" for "goalkeeper") is the same role; another role is
// not.
func TestCheck_RoleWrittenShortByItsLastPart(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "lehmann", Title: "Arsenal hope after Munich", Date: "2005-02-23"},
		Sources: []facts.Source{{ID: "wire", Title: "Arsenal hope after Munich", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "lehmann", Name: "Jens Lehmann", Kind: "person", Title: "Arsenal goalkeeper", Aliases: []string{"Lehmann"}},
		},
		Facts: []facts.Fact{
			{ID: "possible", Statement: "Jens Lehmann said that with Toure's goal everything is now possible.", Subject: "lehmann", Predicate: "said", Source: "wire"},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	checkDrafts(t, ix, mem, []draftCase{
		{"Arsenal keeper Jens Lehmann said that with Toure's goal everything is now possible.", nil},
		{"Arsenal striker Jens Lehmann said that with Toure's goal everything is now possible.", []findingWant{{"title", "Arsenal striker", "Arsenal goalkeeper"}}},
	})
}

// TestCheck_TitleOfTwoOffices: a recorded title that joins two offices
// ("chair of the judges and Guardian literary editor") gives either one
// alone: "Guardian literary editor Claire Armistead" is right. The
// real-news benchmark's dev3 story.
func TestCheck_TitleOfTwoOffices(t *testing.T) {
	checkPart(t, "dev3", []draftCase{
		{"Guardian literary editor Claire Armistead said most of the panel found the book fascinating.", nil},
		{"Guardian deputy literary editor Claire Armistead said most of the panel found the book fascinating.", []findingWant{{"title", "Guardian deputy literary editor", "literary editor"}}},
	})
}
