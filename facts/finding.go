package facts

// Finding is one claim in a draft that disagrees with the knowledge base.
type Finding struct {
	Kind     string  `json:"kind"` // number|quote|attribution|name|title|date
	Text     string  `json:"text"`
	Start    int     `json:"start"` // offsets in Unicode code points, end exclusive
	End      int     `json:"end"`
	Expected string  `json:"expected"`
	FactID   string  `json:"fact_id"`
	Message  string  `json:"message"`
	Source   *Source `json:"source,omitempty"`
}

// CheckResult is the SPEC's `check --json` object.
type CheckResult struct {
	Findings []Finding `json:"findings"`
	Checked  int       `json:"checked"`
}

// CheckOptions narrow a draft check.
type CheckOptions struct {
	Story string
}
