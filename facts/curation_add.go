package facts

import (
	"context"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// AddOptions say where an added fact goes and whether it skips review.
type AddOptions struct {
	Story   string // the story the fact belongs to; it must exist
	Approve bool   // approve at once (the editor adding it has reviewed it)
}

// AddFact adds one fact, written as in a story file's facts: list, to an existing
// story. It is checked like an import (every problem as file:line: field: what) and
// changes nothing unless it is entirely right. Added facts are pending until an
// editor approves them, unless opt.Approve says the adder is that editor.
func (kb *KB) AddFact(ctx context.Context, actor Actor, in ImportInput, opt AddOptions) (Fact, error) {
	if len(in.Data) > MaxFileSize {
		return Fact{}, Errorf(ETOOLARGE, "%s: %d bytes is far too large for one fact", in.Name, len(in.Data))
	}
	if opt.Story == "" {
		return Fact{}, Errorf(EINVALID, "Say which story the fact belongs to (--story ID).")
	}
	sf, err := kb.StoryFile(ctx, opt.Story)
	if err != nil {
		return Fact{}, err
	}
	fa, problems, err := kb.parseAddedFact(ctx, in, sf, opt)
	if err != nil {
		return Fact{}, err
	}
	if len(problems) > 0 {
		return Fact{}, &ValidationError{Problems: problems}
	}
	err = kb.curate(ctx, actor, func(ctx context.Context, w *writer) error {
		if ok, err := kb.factExistsTx(ctx, w, fa.FullID()); err != nil || ok {
			if ok {
				return Errorf(EINVALID, "%s: facts.id: %s was added meanwhile; choose another id", in.Name, fa.FullID())
			}
			return err
		}
		var err error
		if w.aliases, err = loadAliasIndex(ctx, w.tx); err != nil {
			return err
		}
		var pos int
		if err := w.tx.QueryRowContext(ctx, `SELECT coalesce(max(position), -1) + 1 FROM facts WHERE story_id = ?`, fa.Story).Scan(&pos); err != nil {
			return err
		}
		if err := w.putFact(ctx, fa, pos, 0); err != nil {
			return err
		}
		if err := w.history(ctx, "create", fa.FullID(), nil, fa, "added with kb add"); err != nil {
			return err
		}
		return w.noteSupersede(ctx, fa)
	})
	if err != nil {
		return Fact{}, fmt.Errorf("add %s: %w", fa.FullID(), err)
	}
	return fa, nil
}

func (kb *KB) factExistsTx(ctx context.Context, w *writer, fullID string) (bool, error) {
	story, local, _ := strings.Cut(fullID, "/")
	var n int
	err := w.tx.QueryRowContext(ctx, `SELECT count(*) FROM facts WHERE story_id = ? AND id = ?`, story, local).Scan(&n)
	return n > 0, err
}

// parseAddedFact reads one fact (a mapping, or a list holding one) and checks it
// against its story and the knowledge base's entities.
func (kb *KB) parseAddedFact(ctx context.Context, in ImportInput, sf *StoryFile, opt AddOptions) (Fact, []Problem, error) {
	f := &kbFile{Path: in.Name, lines: map[string]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(in.Data, &doc); err != nil {
		f.addf(yamlErrorLine(err), "yaml", "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return Fact{}, f.problems, nil
	}
	if len(doc.Content) == 0 {
		f.addf(1, "file", "is empty: write one fact, with at least id, statement and source")
		return Fact{}, f.problems, nil
	}
	n := doc.Content[0]
	if n.Kind == yaml.SequenceNode {
		if len(n.Content) != 1 {
			f.addf(n.Line, "facts", "kb add takes one fact; this list has %d (use kb import for a whole story)", len(n.Content))
			return Fact{}, f.problems, nil
		}
		n = n.Content[0]
	}
	status := ""
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "status" {
				status = n.Content[i+1].Value
				if status != StatusPending && !(status == StatusApproved && opt.Approve) {
					f.addf(n.Content[i].Line, "facts.status", "added facts are pending until an editor approves them; leave status out, or use --approve")
				}
			}
		}
	}
	existing := len(sf.Facts)
	f.parseFact(sf, n)
	if len(sf.Facts) == existing {
		return Fact{}, f.problems, nil // no usable id: parseFact said why
	}
	fa := sf.Facts[existing]
	fa.Story = sf.Story.ID
	fa.Status = StatusPending
	if opt.Approve {
		fa.Status = StatusApproved
	}
	if fa.Source != "" && !hasSource(sf, fa.Source) {
		f.addf(f.lines["facts."+fa.ID+".source"], "facts.source", "%q is not a source of story %s", fa.Source, sf.Story.ID)
	}
	known, err := kb.entityIDs(ctx)
	if err != nil {
		return Fact{}, nil, err
	}
	for _, field := range []string{"subject", "speaker"} {
		id := fa.Subject
		if field == "speaker" {
			id = fa.Speaker
		}
		if id != "" && !known[id] {
			f.addf(f.lines["facts."+fa.ID+"."+field], "facts."+field, "%q is not an entity (import a story file that defines it first)", id)
		}
	}
	if sup := fa.Supersedes; sup != "" {
		full := sup
		if !strings.Contains(sup, "/") {
			full = fa.Story + "/" + sup
		}
		ok, err := kb.factExists(ctx, full)
		if err != nil {
			return Fact{}, nil, err
		}
		switch {
		case full == fa.FullID():
			f.addf(f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "a fact cannot supersede itself")
		case !ok:
			f.addf(f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "%q is not a fact in the knowledge base", sup)
		}
	}
	return fa, f.problems, nil
}

func hasSource(sf *StoryFile, id string) bool {
	for _, s := range sf.Sources {
		if s.ID == id {
			return true
		}
	}
	return false
}
