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
	// MaxIDLen caps a story, source, entity, fact or lexicon id, in characters: an id
	// is a slug a person types and a file name on export, and file systems refuse
	// names much over 255 bytes.
	MaxIDLen = 128
	// MaxProblems caps the problems an error lists: past a hundred, the person has
	// the wrong file or format, and listing them all only costs time.
	MaxProblems = 100
)
