package facts

// ImportSummary says what an import changed.
type ImportSummary struct {
	Files    int `json:"files"`
	Stories  int `json:"stories"`
	Lexicons int `json:"lexicons"`
	Entities int `json:"entities"`
	Created  int `json:"facts_created"`
	Updated  int `json:"facts_updated"`
	Removed  int `json:"facts_removed"`
	Facts    int `json:"facts"`
	// KeptRetracted counts facts the file lists as approved that an editor had
	// retracted: they stay retracted.
	KeptRetracted int `json:"kept_retracted,omitempty"`
	// Corrections counts the corrections queued for conversations in chat that
	// were told a fact the import retracted or superseded.
	Corrections int `json:"corrections_queued,omitempty"`
}

// ImportInput is one file's name and content, for imports from memory (embedded
// stories, chat uploads, tests).
type ImportInput struct {
	Name string
	Data []byte
}

// Progress reports how far a long operation (an import or export of thousands of
// files) has come, so a terminal can show a bar.
type Progress struct {
	Stage string // "reading", "writing", "exporting"
	Done  int
	Total int
}
