package facts

import "time"

// Gap is one question the knowledge base could not answer ("not in the
// knowledge base"), as a surface records it for the curators: what they should
// add next. Refusals and errors are not gaps.
type Gap struct {
	Question string
	Surface  string // "slack", "discord", "http", "cli"
	// Asker is who asked ("slack:U0123ABCD", a terminal's user name). It is
	// kept only when FACTDESK_LOG_ASKERS=1; otherwise it is blanked before
	// anything is stored (bot.GapLog does it for every surface).
	Asker string
	At    time.Time
}

// GapGroup is unanswered questions of similar wording, counted, with the facts
// nearest them: one line of `kb gaps` and of GET /api/v1/gaps.
type GapGroup struct {
	// Key names the group, to dismiss it: the normalised wording of its most
	// asked question (facts/gap.Key), stems joined by "-".
	Key string `json:"key"`
	// Question is how the group is shown: the latest wording of Key.
	Question string `json:"question"`
	// Count is how many times its questions were asked in the period listed,
	// since its last dismissal.
	Count int `json:"count"`
	// LastAsked is when, RFC 3339 in UTC.
	LastAsked string   `json:"last_asked"`
	Surfaces  []string `json:"surfaces"`
	// Nearest are the facts nearest its question, as the answer engine ranks
	// them: what a curator may correct or extend.
	Nearest []GapFact `json:"nearest"`
	// Wordings are the other questions merged into the group, one per key,
	// most asked first.
	Wordings []string `json:"wordings,omitempty"`
	// Keys are every normalised wording in the group, Key first; dismissing
	// the group dismisses them all.
	Keys []string `json:"keys"`
	// Askers are who asked, only when FACTDESK_LOG_ASKERS=1 was on when they did.
	Askers []string `json:"askers,omitempty"`
	// DismissedAt is set, with GapFilter.All, on a group dismissed and not
	// asked since.
	DismissedAt string `json:"dismissed_at,omitempty"`
	// Answered is set, with GapFilter.All, on a group whose question the
	// knowledge base answers now: a curator has added the fact.
	Answered bool `json:"answered,omitempty"`
}

// GapFact is a fact near an unanswered question.
type GapFact struct {
	ID        string `json:"id"`
	Statement string `json:"statement"`
}

// GapFilter says which unanswered questions to list.
type GapFilter struct {
	// Since keeps the questions asked at or after it; zero keeps all.
	Since time.Time
	// All also lists dismissed groups, and groups whose question the knowledge
	// base answers now.
	All bool
	// Limit caps the groups listed, most asked first; 0 lists all.
	Limit int
}

// GapList is the groups of unanswered questions: the `kb gaps --json` object
// and GET /api/v1/gaps.
type GapList struct {
	Groups []GapGroup `json:"groups"`
	// More says the limit left out groups.
	More bool `json:"more"`
}
