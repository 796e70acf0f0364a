package facts

import "strings"

// FactView is a fact as the editors' desk shows it: with its citation, the
// entities it is about and its review state (why it was retracted, what
// corrects it, the flags no editor has dealt with yet).
type FactView struct {
	FactRecord
	Entities  []FactEntity `json:"entities"`
	Reason    string       `json:"reason,omitempty"` // why it was retracted
	OpenFlags []Flag       `json:"open_flags"`
}

// FactEntity is an entity a fact is about, and how: subject, speaker, object,
// or mentioned by name.
type FactEntity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

// FactEdit is an editor's change to a fact's wording or fields: each field
// given replaces the fact's (an empty string clears an optional field, and
// ClearValue its number); a field left out (nil) is kept. A fact's id, story,
// status and the fact it supersedes are not changed by an edit.
type FactEdit struct {
	Statement  *string   `json:"statement,omitempty"`
	Subject    *string   `json:"subject,omitempty"`
	Predicate  *string   `json:"predicate,omitempty"`
	Object     *string   `json:"object,omitempty"`
	Value      *float64  `json:"value,omitempty"`
	ClearValue bool      `json:"clear_value,omitempty"`
	Unit       *string   `json:"unit,omitempty"`
	Date       *string   `json:"date,omitempty"`
	Place      *string   `json:"place,omitempty"`
	Quote      *string   `json:"quote,omitempty"`
	Speaker    *string   `json:"speaker,omitempty"`
	Source     *string   `json:"source,omitempty"`
	Keywords   *[]string `json:"keywords,omitempty"`
}

// Apply returns f with the edit's fields in place of its own, trimmed.
func (e FactEdit) Apply(f Fact) Fact {
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = strings.TrimSpace(*v)
		}
	}
	set(&f.Statement, e.Statement)
	set(&f.Subject, e.Subject)
	set(&f.Predicate, e.Predicate)
	set(&f.Object, e.Object)
	set(&f.Unit, e.Unit)
	set(&f.Date, e.Date)
	set(&f.Place, e.Place)
	set(&f.Quote, e.Quote)
	set(&f.Speaker, e.Speaker)
	set(&f.Source, e.Source)
	if e.ClearValue {
		f.Value = nil
	}
	if e.Value != nil {
		v := *e.Value
		f.Value = &v
	}
	if e.Keywords != nil {
		var kw []string
		for _, k := range *e.Keywords {
			if k = strings.TrimSpace(k); k != "" {
				kw = append(kw, k)
			}
		}
		f.Keywords = kw
	}
	return f
}

// SupersedeOptions name a correction, say whether it skips review, and, when
// it is approved at once, what the conversations in chat that were told the
// old fact hear (see ChangeOptions).
type SupersedeOptions struct {
	ID       string `json:"id,omitempty"`        // the correction's id in the story; default the old id with "-corrected"
	Approve  bool   `json:"approve,omitempty"`   // approve at once: the editor writing it has checked it
	Reason   string `json:"reason,omitempty"`    // why the fact is corrected, said with the correction
	NoNotice bool   `json:"no_notice,omitempty"` // queue no correction in chat
}
