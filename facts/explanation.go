package facts

import (
	"fmt"
	"strings"
)

// Explanation is how an answer was reached, as a tree of scored reasons: how
// the question was read (its type, entities and words, each with its weight)
// and how the best candidate facts scored. Curators read it to see why a
// question is or is not answered; it prints as indented lines and marshals as
// JSON.
type Explanation struct {
	Value    float64        `json:"value"`
	Message  string         `json:"message"`
	Children []*Explanation `json:"children,omitempty"`
}

// Add appends a child reason and returns it.
func (e *Explanation) Add(value float64, format string, args ...any) *Explanation {
	c := &Explanation{Value: value, Message: fmt.Sprintf(format, args...)}
	e.Children = append(e.Children, c)
	return c
}

// String writes the tree, one reason a line, children indented under their
// parent, values to two places.
func (e *Explanation) String() string {
	var b strings.Builder
	e.write(&b, 0)
	return b.String()
}

func (e *Explanation) write(b *strings.Builder, depth int) {
	fmt.Fprintf(b, "%s%s (%.2f)\n", strings.Repeat("  ", depth), e.Message, e.Value)
	for _, c := range e.Children {
		c.write(b, depth+1)
	}
}
