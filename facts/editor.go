package facts

import "regexp"

// Editor is a person who may curate from the web desk or its API, signing in
// with a token that `factdesk editor add` printed once; only the token's hash
// is kept.
type Editor struct {
	Name      string `json:"name"`
	CreatedAt string `json:"created_at"`
	CreatedBy string `json:"created_by,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"` // the last sign-in or API call
	RemovedAt string `json:"removed_at,omitempty"`
}

// Session is an editor's signed-in browser: the cookie that names it is kept
// only as a hash, and every request that changes something must also carry its
// CSRF token.
type Session struct {
	Editor    string `json:"editor"`
	CSRFToken string `json:"csrf_token"`
	CreatedAt string `json:"created_at"`
	ExpiresAt string `json:"expires_at"`
}

var editorNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$`)

// ValidEditorName reports whether name may name an editor: up to 64 letters,
// digits, '.', '_', '@' or '-', starting with a letter or digit ("ana",
// "ana.lopez@example.org").
func ValidEditorName(name string) bool { return editorNameRE.MatchString(name) }
