package facts

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// FieldChange is one field of a change, before and after, written for people:
// numbers plainly, lists joined with ", ", an absent value as "".
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// fieldOrder is the order a fact's fields are read in; other fields follow,
// sorted.
var fieldOrder = []string{"statement", "quote", "speaker", "subject", "predicate", "object", "value", "unit",
	"date", "place", "source", "status", "supersedes", "keywords", "title", "name", "kind", "aliases", "members"}

// Fields lists what the change changed, field by field: each field of a value
// created or deleted, and each field that differs in a value updated. A change
// without values (a flag, a review) lists none.
func (c Change) Fields() []FieldChange {
	old, new := decodeFields(c.Old), decodeFields(c.New)
	if old == nil && new == nil {
		return nil
	}
	keys := map[string]bool{}
	for k := range old {
		keys[k] = true
	}
	for k := range new {
		keys[k] = true
	}
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		ia, ib := slices.Index(fieldOrder, a), slices.Index(fieldOrder, b)
		switch {
		case ia >= 0 && ib >= 0:
			return ia - ib
		case ia >= 0:
			return -1
		case ib >= 0:
			return 1
		}
		return strings.Compare(a, b)
	})
	var out []FieldChange
	for _, k := range names {
		o, n := fieldText(old[k]), fieldText(new[k])
		if o == n {
			continue
		}
		out = append(out, FieldChange{Field: k, Old: o, New: n})
	}
	return out
}

func decodeFields(s string) map[string]any {
	if s == "" {
		return nil
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return map[string]any{"value": s}
	}
	return m
}

func fieldText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, x := range v {
			parts = append(parts, fieldText(x))
		}
		return strings.Join(parts, ", ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
