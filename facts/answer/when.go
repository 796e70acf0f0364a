package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
)

// figureOfOtherTime reports whether a how-many question places its figure
// in a stretch of time ("this year", "last week") that a fact does not say,
// while the fact names years of its own: "It is only the 13th time the
// power has been used since 1947" counts since 1947, not this year.
func figureOfOtherTime(q question, c *index.Doc) bool {
	return slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.Time && termCredit(c, t) == 0 }) && yearRE.MatchString(c.Statement)
}
