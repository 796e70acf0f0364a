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
	// Kept counts facts the knowledge base changed or added (kb add, chat,
	// approve, edit, retract) since the story's file was last imported or
	// exported, which the file did not change: they stay as the knowledge base
	// has them.
	Kept int `json:"facts_kept,omitempty"`
	// Resolved counts facts changed both in the file and in the knowledge base
	// that --theirs or --ours settled.
	Resolved int `json:"conflicts_resolved,omitempty"`
	// EntitiesChanged counts shared entities the import changed: aliases or
	// members added, or (with --update-entities) a name, kind or title replaced.
	EntitiesChanged int `json:"entities_changed,omitempty"`
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
