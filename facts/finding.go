package facts

// Verdicts of a claim in a draft.
const (
	// Contradicted: a fact about the same thing says otherwise. A finding.
	Contradicted = "contradicted"
	// Supported: a fact says the same; the claim cites it.
	Supported = "supported"
	// Unsupported: the claim names a known person or thing, or quotes a known
	// speaker, but no fact backs it. Shown apart, softer than a finding: the
	// knowledge base may simply not hold it.
	Unsupported = "unsupported"
)

// Finding is one claim in a draft with its verdict: a contradiction (in
// CheckResult.Findings), a claim no fact backs (Unsupported), or one a fact
// backs (Supported).
type Finding struct {
	Kind     string  `json:"kind"` // number|quote|attribution|name|title|date
	Verdict  string  `json:"verdict"`
	Text     string  `json:"text"`
	Start    int     `json:"start"` // offsets in Unicode code points, end exclusive
	End      int     `json:"end"`
	Expected string  `json:"expected"`
	FactID   string  `json:"fact_id"`
	Message  string  `json:"message"`
	Source   *Source `json:"source,omitempty"`
}

// CheckResult is the SPEC's `check --json` object, with the claims that are
// not contradicted beside the findings.
type CheckResult struct {
	Findings    []Finding `json:"findings"`    // contradicted claims
	Unsupported []Finding `json:"unsupported"` // claims about known people or things no fact backs
	Supported   []Finding `json:"supported"`   // claims a fact backs
	Checked     int       `json:"checked"`     // claims compared with a fact
	// Unchecked counts the claims a check left uncompared because its work
	// budget ran out (a draft too long and dense to check at once against a
	// large knowledge base), and UncheckedFrom is where, in code points, the
	// first of them starts: the passage from there on was not checked and
	// should be checked on its own. Both 0 when every claim was compared.
	Unchecked     int `json:"unchecked"`
	UncheckedFrom int `json:"unchecked_from"`
}

// NothingCheckable reports whether the passage held nothing the knowledge base
// speaks to: no claim was compared and none names anyone it knows. "No
// problems found" would then promise more than the check did.
func (r CheckResult) NothingCheckable() bool {
	return r.Checked == 0 && len(r.Findings) == 0 && len(r.Unsupported) == 0 && len(r.Supported) == 0 && r.Unchecked == 0
}

// CheckOptions narrow a draft check.
type CheckOptions struct {
	Story string
}
