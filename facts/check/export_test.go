package check

// SetBudget sets a check's comparison budget for a test, and returns how to
// put it back.
func SetBudget(n int) (restore func()) {
	old := maxComparisons
	maxComparisons = n
	return func() { maxComparisons = old }
}
