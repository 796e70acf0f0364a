package facts

// Actor says who made a change and through which surface, for the history.
type Actor struct {
	Name    string // "alice", "slack:U123", "import"
	Surface string // "cli", "slack", "discord", "http", "import:path/to/file.yaml"
}
