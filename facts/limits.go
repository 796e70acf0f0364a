package facts

// Limits on what one request or file may hold: beyond them input is a mistake
// or abuse, and gets a clear error instead of unbounded work.
const (
	// MaxQuestionLen caps a question, in characters: a question is a sentence, and
	// anything longer is a pasted draft (use check) or abuse.
	MaxQuestionLen = 500
	// MaxDraftLen caps a checked passage, in bytes: about 20,000 words, far more than
	// any article, so larger input is a mistake or abuse.
	MaxDraftLen = 128 << 10
	// MaxNoteLen caps a flag's note or a retraction's reason: a few sentences.
	MaxNoteLen = 2000
	// MaxFileSize caps one knowledge-base file: a story is kilobytes, so anything this
	// large is a mistake, not a story.
	MaxFileSize = 16 << 20
)
