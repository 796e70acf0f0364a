package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts/storyfile"
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
func (kb *KB) AddFact(ctx context.Context, actor facts.Actor, in facts.ImportInput, opt AddOptions) (facts.Fact, error) {
	if len(in.Data) > facts.MaxFileSize {
		return facts.Fact{}, facts.Errorf(facts.ETOOLARGE, "%s: %d bytes is far too large for one fact", in.Name, len(in.Data))
	}
	if opt.Story == "" {
		return facts.Fact{}, facts.Errorf(facts.EINVALID, "Say which story the fact belongs to (--story ID).")
	}
	sf, err := kb.StoryFile(ctx, opt.Story)
	if err != nil {
		return facts.Fact{}, err
	}
	fa, problems, err := kb.parseAddedFact(ctx, in, sf, opt)
	if err != nil {
		return facts.Fact{}, err
	}
	if len(problems) > 0 {
		return facts.Fact{}, &facts.ValidationError{Problems: problems}
	}
	err = kb.curate(ctx, actor, func(ctx context.Context, w *writer) error {
		if ok, err := kb.factExistsTx(ctx, w, fa.FullID()); err != nil || ok {
			if ok {
				return facts.Errorf(facts.EINVALID, "%s: facts.id: %s was added meanwhile; choose another id", in.Name, fa.FullID())
			}
			return err
		}
		var err error
		if w.aliases, err = loadNames(ctx, w.tx); err != nil {
			return err
		}
		var pos int
		if err := w.tx.QueryRowContext(ctx, `SELECT coalesce(max(position), -1) + 1 FROM facts WHERE story_id = ?`, fa.Story).Scan(&pos); err != nil {
			return err
		}
		if err := w.putFact(ctx, fa, pos, 0); err != nil {
			return err
		}
		if err := w.noteApprover(ctx, fa); err != nil {
			return err
		}
		if err := w.history(ctx, "create", fa.FullID(), nil, fa, "added with kb add"); err != nil {
			return err
		}
		return w.noteSupersede(ctx, fa)
	})
	if err != nil {
		return facts.Fact{}, fmt.Errorf("add %s: %w", fa.FullID(), err)
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
func (kb *KB) parseAddedFact(ctx context.Context, in facts.ImportInput, sf *facts.StoryFile, opt AddOptions) (facts.Fact, []facts.Problem, error) {
	fa, f := storyfile.ParseFact(in.Name, in.Data, sf, opt.Approve)
	if fa.ID == "" {
		return facts.Fact{}, f.Problems, nil
	}
	known, err := kb.entityIDs(ctx)
	if err != nil {
		return facts.Fact{}, nil, err
	}
	for _, field := range []string{"subject", "speaker"} {
		id := fa.Subject
		if field == "speaker" {
			id = fa.Speaker
		}
		if id != "" && !known[id] {
			f.Addf(f.Line("facts."+fa.ID+"."+field), "facts."+field, "%q is not an entity (import a story file that defines it first)", id)
		}
	}
	if sup := fa.Supersedes; sup != "" {
		full := sup
		if !strings.Contains(sup, "/") {
			full = fa.Story + "/" + sup
		}
		ok, err := kb.factExists(ctx, full)
		if err != nil {
			return facts.Fact{}, nil, err
		}
		switch {
		case full == fa.FullID():
			f.Addf(f.Line("facts."+fa.ID+".supersedes"), "facts.supersedes", "a fact cannot supersede itself")
		case !ok:
			f.Addf(f.Line("facts."+fa.ID+".supersedes"), "facts.supersedes", "%q is not a fact in the knowledge base", sup)
		}
	}
	return fa, f.Problems, nil
}
