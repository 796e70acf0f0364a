package facts

import (
	"fmt"
	"strconv"
	"time"
)

// ParseSince reads a --since or ?since= value: a duration back from now ("90m",
// "24h", "7d", "2w": Go's durations with days and weeks added) or a date or
// time (2024-06-01, 2024-06-01T09:00:00Z). The error for anything else is a
// sentence for the person who typed it; callers give it their code.
func ParseSince(s string, now time.Time) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if s != "" {
		unit := map[byte]time.Duration{'d': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[len(s)-1]]
		if unit != 0 {
			if n, err := strconv.ParseFloat(s[:len(s)-1], 64); err == nil && n >= 0 {
				return now.Add(-time.Duration(n * float64(unit))), nil
			}
		} else if d, err := time.ParseDuration(s); err == nil && d >= 0 {
			return now.Add(-d), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is neither a duration like 24h, 7d or 2w nor a date like 2024-06-01", s)
}
