// Package bundled holds the stories and lexicon every new knowledge base starts
// with, so that a fresh clone answers at once.
package bundled

import (
	"embed"
	"io/fs"

	"github.com/factdesk/factdesk/facts"
)

//go:embed *.yaml
var files embed.FS

// Files returns the bundled knowledge-base files, named bundled/FILE.
func Files() []facts.ImportInput {
	names, err := fs.Glob(files, "*.yaml")
	if err != nil {
		panic(err) // a constant pattern
	}
	out := make([]facts.ImportInput, 0, len(names))
	for _, n := range names {
		data, err := files.ReadFile(n)
		if err != nil {
			panic(err) // embedded at build time
		}
		out = append(out, facts.ImportInput{Name: "bundled/" + n, Data: data})
	}
	return out
}
