package sqlite

import "database/sql"

// nullFloat scans a nullable REAL into an optional number.
type nullFloat struct{ sql.NullFloat64 }

func (n nullFloat) ptr() *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}
