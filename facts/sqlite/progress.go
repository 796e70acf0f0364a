package sqlite

import "github.com/factdesk/factdesk/facts"

// ImportOptions tune an import of files.
type ImportOptions struct {
	// Progress, when set, is told how far the import has come, from the
	// import's goroutine; it must be quick.
	Progress func(facts.Progress)
	// NoNotice queues no correction in chat for the facts the import retracts
	// or supersedes.
	NoNotice bool
	// UpdateEntities lets a file replace a shared entity's name, kind or title
	// (--update-entities); without it, a file that gives them differently from
	// the knowledge base, or from another file of the import, is refused.
	UpdateEntities bool
	// Resolve settles facts changed both in their story file and in the
	// knowledge base since the file was last imported or exported (--theirs,
	// --ours); by default the import is refused, naming each.
	Resolve Resolution
}

// ExportOptions say what an export writes.
type ExportOptions struct {
	Story    string               // only this story (and no lexicon), when set
	Progress func(facts.Progress) // as in ImportOptions
	// Overwrite lets the export replace files in the folder that differ from
	// what it writes; without it, Export refuses them and writes nothing.
	Overwrite bool
}

// report tells a progress callback, if any, how far a stage has come.
func report(progress func(facts.Progress), stage string, done, total int) {
	if progress != nil {
		progress(facts.Progress{Stage: stage, Done: done, Total: total})
	}
}
