package facts

// Answer is what a question gets: the SPEC's `ask --json` object.
type Answer struct {
	Question string `json:"question"`
	Found    bool   `json:"found"`
	// Lead is what was asked, when the answer can say it first: the figure of
	// a how-many question, the date of a when-question, Yes or No. Answer
	// begins with it.
	Lead        string       `json:"lead,omitempty"`
	Answer      string       `json:"answer"`
	Facts       []AnswerFact `json:"facts"`
	Suggestions []string     `json:"suggestions"`
	// Explain shows how the question was read and scored, for curators tuning
	// stories and the lexicon (ask --explain).
	Explain *Explanation `json:"explain,omitempty"`
}

// AnswerFact is one fact behind an answer, with its citation.
type AnswerFact struct {
	ID        string `json:"id"`
	Statement string `json:"statement"`
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker"`
	Date      string `json:"date,omitempty"`
	Source    Source `json:"source"`
	// Corrects names the fact this one superseded, so readers see a correction.
	Corrects string `json:"corrects,omitempty"`
}

// AskOptions narrow a question.
type AskOptions struct {
	Story   string // only facts of this story, when set
	Explain bool   // fill Answer.Explain
	Fresh   bool   // work the answer out again even if a recent one is kept
}
