package facts

// Flag is a request, from anyone, that an editor look at a fact again.
type Flag struct {
	ID         int64  `json:"id"`
	Fact       string `json:"fact"` // story/fact
	Statement  string `json:"statement,omitempty"`
	Note       string `json:"note"`
	Actor      string `json:"actor"`
	Surface    string `json:"surface"`
	At         string `json:"at"`
	ClosedAt   string `json:"closed_at,omitempty"`
	ClosedBy   string `json:"closed_by,omitempty"`
	Resolution string `json:"resolution,omitempty"`
}

// Review is an editor's queue: facts awaiting approval and flags awaiting a look.
type Review struct {
	Pending []PendingFact `json:"pending"`
	Flags   []Flag        `json:"flags"`
}

// PendingFact is a fact awaiting review, with who last changed it and when.
type PendingFact struct {
	Fact
	At      string `json:"at,omitempty"`
	Actor   string `json:"actor,omitempty"`
	Surface string `json:"surface,omitempty"`
}
