package facts_test

import (
	"reflect"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

func TestChange_Fields(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []facts.FieldChange
	}{
		{"Flag", "", "", nil},
		{"Create", "", `{"story":"s","id":"f","statement":"A.","value":43,"keywords":["x","y"],"source":"wire","status":"pending"}`, []facts.FieldChange{
			{"statement", "", "A."}, {"value", "", "43"}, {"source", "", "wire"}, {"status", "", "pending"}, {"keywords", "", "x, y"}, {"id", "", "f"}, {"story", "", "s"}}},
		{"Retract", `{"id":"f","statement":"A.","status":"approved"}`, `{"id":"f","statement":"A.","status":"retracted"}`, []facts.FieldChange{
			{"status", "approved", "retracted"}}},
		{"Edit", `{"statement":"A.","value":2.5,"quote":"x"}`, `{"statement":"B.","value":2.75}`, []facts.FieldChange{
			{"statement", "A.", "B."}, {"quote", "x", ""}, {"value", "2.5", "2.75"}}},
		{"NotJSON", "", "plain", []facts.FieldChange{{"value", "", "plain"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := facts.Change{Old: tt.old, New: tt.new}.Fields()
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
