package facts

// StoryFile is the whole content of one story file: the unit of import and export.
type StoryFile struct {
	Story    Story    `yaml:"story"`
	Sources  []Source `yaml:"sources"`
	Entities []Entity `yaml:"entities,omitempty"`
	Facts    []Fact   `yaml:"facts"`
	// Curation is what editors did to facts, by fact id (local to the story);
	// a fact nobody curated has no entry. Written into each fact's entry in the
	// file (reason, approved_by, retracted_by, flags).
	Curation map[string]Curation `yaml:"-" json:"curation,omitempty"`
}

// Lexicon is question vocabulary as data: groups of words and phrases that mean the
// same in a question, and extra words to ignore.
type Lexicon struct {
	ID        string     `yaml:"id"`
	Synonyms  [][]string `yaml:"synonyms"`
	Stopwords []string   `yaml:"stopwords,omitempty,flow"`
}
