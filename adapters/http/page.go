package http

import (
	"embed"
	"io/fs"
	"net/http"
)

// static holds the editor's page: plain HTML, CSS and JavaScript, served as they
// are, so there is no front-end build step.
//
//go:embed static
var static embed.FS

// pagePolicy lets the page load only its own files and call only its own API.
const pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// registerPage mounts the editor's page at / and its files under /static/.
func (s *Server) registerPage(mux *http.ServeMux) {
	files, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	fileServer := http.StripPrefix("/static/", http.FileServerFS(files))
	mux.Handle("GET /static/", securePage(fileServer))
	mux.Handle("GET /{$}", securePage(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, files, "index.html")
	})))
}

// securePage adds the headers every page response carries.
func securePage(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", pagePolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}
