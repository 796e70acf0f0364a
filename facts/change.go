package facts

// Change is one entry of the history: nothing curated is changed without one.
type Change struct {
	ID      int64  `json:"id"`
	At      string `json:"at"`
	Actor   string `json:"actor"`
	Surface string `json:"surface"`
	Action  string `json:"action"` // create, update, delete, retract, approve, flag, ...
	Target  string `json:"target"` // story/fact, story:ID, entity:ID, lexicon:ID
	Old     string `json:"old,omitempty"`
	New     string `json:"new,omitempty"`
	Note    string `json:"note,omitempty"`
}
