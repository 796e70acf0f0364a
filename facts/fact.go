// Package facts is the factdesk domain: stories, sources, entities and facts held
// in a SQLite knowledge base, the question answering over them, and draft checks.
// It knows nothing of chat platforms.
package facts

// Statuses a fact can have. Only approved facts answer questions.
const (
	StatusApproved  = "approved"
	StatusPending   = "pending"
	StatusRetracted = "retracted"
)

// Entity kinds accepted in story files.
var entityKinds = []string{"person", "country", "organization", "group", "event", "document", "place", "other"}

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
