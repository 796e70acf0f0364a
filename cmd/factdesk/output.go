package main

import (
	"strings"

	"github.com/factdesk/factdesk/facts"
)

func citation(s facts.Source) string {
	parts := []string{s.Title}
	for _, p := range []string{s.Publisher, s.Published, s.URL} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}
