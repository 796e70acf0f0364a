package check

import (
	"slices"
	"testing"
)

func TestTransposed(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want []float64
	}{
		{85, []float64{58}},
		{101.2e6, []float64{110.2e6, 102.1e6}}, // "$101.2m": never "011.2"
		{5196, []float64{1596, 5916, 5169}},
		{0.25, []float64{0.52}},
		{7000, nil}, // one significant digit: nothing to swap
		{55, nil},   // the same digits: no other figure
		{2005, []float64{2050}},
	} {
		if got := transposed(tt.v); !slices.Equal(got, tt.want) {
			t.Errorf("transposed(%v) = %v, want %v", tt.v, got, tt.want)
		}
	}
}
