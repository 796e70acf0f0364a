// Package facts is factdesk's domain: stories, sources, entities and facts, the
// answers and draft findings made of them, curation's flags and history, the
// error codes every surface maps, the limits on input, and the rules a value
// obeys (its Validate method). It imports only the standard library; the engine
// (text, claims, index, answer, check, wire), the story files (storyfile) and
// the knowledge base on disk (sqlite) live in packages beneath it.
package facts

import "strings"

// Statuses a fact can have. Only approved facts answer questions.
const (
	StatusApproved  = "approved"
	StatusPending   = "pending"
	StatusRetracted = "retracted"
)

// Story is one news story: the unit a newsroom curates, imports and exports.
type Story struct {
	ID      string   `json:"id" yaml:"id"`
	Title   string   `json:"title" yaml:"title"`
	Date    string   `json:"date" yaml:"date"`
	Summary string   `json:"summary,omitempty" yaml:"summary,omitempty"`
	Tags    []string `json:"tags,omitempty" yaml:"tags,omitempty,flow"`
}

// Source is where a story's facts come from; every answer cites one.
type Source struct {
	ID        string `json:"id" yaml:"id"`
	Title     string `json:"title" yaml:"title"`
	Publisher string `json:"publisher" yaml:"publisher,omitempty"`
	URL       string `json:"url" yaml:"url,omitempty"`
	Published string `json:"published" yaml:"published,omitempty"`
}

// Entity is a person, country, organisation or thing that facts are about. Entities
// are shared by all stories: the same id is the same entity everywhere.
type Entity struct {
	ID      string   `json:"id" yaml:"id"`
	Name    string   `json:"name" yaml:"name"`
	Kind    string   `json:"kind" yaml:"kind"`
	Title   string   `json:"title,omitempty" yaml:"title,omitempty"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty,flow"`
	Members []string `json:"members,omitempty" yaml:"members,omitempty,flow"`
}

// Fact is one curated claim. ID is local to its story; FullID() is unique in the
// knowledge base.
type Fact struct {
	Story      string   `json:"story" yaml:"-"`
	ID         string   `json:"id" yaml:"id"`
	Statement  string   `json:"statement" yaml:"statement"`
	Subject    string   `json:"subject,omitempty" yaml:"subject,omitempty"`
	Predicate  string   `json:"predicate,omitempty" yaml:"predicate,omitempty"`
	Object     string   `json:"object,omitempty" yaml:"object,omitempty"`
	Value      *float64 `json:"value,omitempty" yaml:"value,omitempty"`
	Unit       string   `json:"unit,omitempty" yaml:"unit,omitempty"`
	Date       string   `json:"date,omitempty" yaml:"date,omitempty"`
	Place      string   `json:"place,omitempty" yaml:"place,omitempty"`
	Quote      string   `json:"quote,omitempty" yaml:"quote,omitempty"`
	Speaker    string   `json:"speaker,omitempty" yaml:"speaker,omitempty"`
	Source     string   `json:"source" yaml:"source"`
	Status     string   `json:"status" yaml:"status,omitempty"`
	Supersedes string   `json:"supersedes,omitempty" yaml:"supersedes,omitempty"`
	Keywords   []string `json:"keywords,omitempty" yaml:"keywords,omitempty,flow"`
}

// FullID is the fact's id in the whole knowledge base: story/fact.
func (f Fact) FullID() string { return f.Story + "/" + f.ID }

// FactRecord is a fact with everything needed to cite it.
type FactRecord struct {
	Fact
	SourceInfo   Source `json:"source_info"`
	SpeakerName  string `json:"speaker_name,omitempty"`
	SubjectName  string `json:"subject_name,omitempty"`
	StoryTitle   string `json:"story_title"`
	SupersededBy string `json:"superseded_by,omitempty"`
}

// FactStatus is a fact's review state: its status, why it has it, and the flags
// raised on it that no editor has dealt with yet.
type FactStatus struct {
	ID           string `json:"id"`
	Status       string `json:"status"`
	Reason       string `json:"reason,omitempty"`        // why it was retracted
	SupersededBy string `json:"superseded_by,omitempty"` // the approved correction that replaces it
	OpenFlags    []Flag `json:"open_flags,omitempty"`
}

// SupersededID is the full id (story/fact) of the fact f corrects, "" for none.
func SupersededID(f Fact) string {
	if f.Supersedes == "" || strings.Contains(f.Supersedes, "/") {
		return f.Supersedes
	}
	return f.Story + "/" + f.Supersedes
}
