package facts

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// The rules every story, source, entity and fact obeys, wherever it comes from:
// a story file, a fact added in chat, a drafted story. Story files report a
// broken rule with its line; the Validate methods report it by field.

var (
	slugRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	fullIDRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$`)
)

// EntityKinds are the kinds of entity a story may declare.
var EntityKinds = []string{"person", "country", "organization", "group", "event", "document", "place", "other"}

// ValidSlug reports whether s may be an id: at most MaxIDLen lower-case letters,
// digits, '-', '_' or '.', starting with a letter or digit.
func ValidSlug(s string) bool { return len(s) <= MaxIDLen && slugRE.MatchString(s) }

// SlugProblem says why s may not be an id, or "" when it may. A long id is told
// by its length, not quoted: quoting ten thousand characters helps nobody.
func SlugProblem(s string) string {
	if n := utf8.RuneCountInString(s); n > MaxIDLen {
		return fmt.Sprintf("is %d characters long; an id has at most %d", n, MaxIDLen)
	}
	if !slugRE.MatchString(s) {
		return fmt.Sprintf("%q must be a slug: lower-case letters, digits, '-', '_' or '.'", s)
	}
	return ""
}

// ValidFullID reports whether s is a fact's full id: story-id/fact-id, each part
// at most MaxIDLen characters.
func ValidFullID(s string) bool {
	story, fact, _ := strings.Cut(s, "/")
	return len(story) <= MaxIDLen && len(fact) <= MaxIDLen && fullIDRE.MatchString(s)
}

// ValidValue reports whether v may be a fact's figure: a finite number. Infinity
// and NaN compare with nothing a draft can say, and JSON cannot carry them.
func ValidValue(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// ValidKind reports whether kind is one of EntityKinds.
func ValidKind(kind string) bool { return slices.Contains(EntityKinds, kind) }

// ValidStatus reports whether status is a fact status.
func ValidStatus(status string) bool {
	return status == StatusApproved || status == StatusPending || status == StatusRetracted
}

// ValidDate accepts YYYY-MM-DD, and unless full is required also YYYY and YYYY-MM.
func ValidDate(s string, full bool) bool {
	layouts := []string{"2006-01-02"}
	if !full {
		layouts = append(layouts, "2006-01", "2006")
	}
	for _, l := range layouts {
		if len(s) == len(l) {
			if _, err := time.Parse(l, s); err == nil {
				return true
			}
		}
	}
	return false
}

// ValidURL reports whether s is an absolute http(s) URL.
func ValidURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// problems collects broken rules by field.
type problems []Problem

func (p *problems) add(field, format string, args ...any) {
	*p = append(*p, Problem{Field: field, What: fmt.Sprintf(format, args...)})
}

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return &ValidationError{Problems: p}
}

// Validate checks a story's own fields. It returns a *ValidationError (code
// EINVALID) listing every broken rule, or nil.
func (s Story) Validate() error {
	var p problems
	switch {
	case s.ID == "":
		p.add("story.id", "is required")
	case !ValidSlug(s.ID):
		p.add("story.id", "%s", SlugProblem(s.ID))
	}
	if strings.TrimSpace(s.Title) == "" {
		p.add("story.title", "is required")
	}
	switch {
	case s.Date == "":
		p.add("story.date", "is required")
	case !ValidDate(s.Date, true):
		p.add("story.date", "%q must be a date like 2021-10-21", s.Date)
	}
	return p.err()
}

// Validate checks a source's own fields.
func (s Source) Validate() error {
	var p problems
	switch {
	case s.ID == "":
		p.add("sources.id", "is required")
	case !ValidSlug(s.ID):
		p.add("sources.id", "%s", SlugProblem(s.ID))
	}
	if strings.TrimSpace(s.Title) == "" {
		p.add("sources.title", "is required")
	}
	if s.URL != "" && !ValidURL(s.URL) {
		p.add("sources.url", "%q is not an http(s) URL", s.URL)
	}
	if s.Published != "" && !ValidDate(s.Published, false) {
		p.add("sources.published", "%q must be a date like 2021-10-21", s.Published)
	}
	return p.err()
}

// Validate checks an entity's own fields; whether its members exist is the
// knowledge base's to say.
func (e Entity) Validate() error {
	var p problems
	switch {
	case e.ID == "":
		p.add("entities.id", "is required")
	case !ValidSlug(e.ID):
		p.add("entities.id", "%s", SlugProblem(e.ID))
	}
	if strings.TrimSpace(e.Name) == "" {
		p.add("entities.name", "is required")
	}
	switch {
	case e.Kind == "":
		p.add("entities.kind", "is required")
	case !ValidKind(e.Kind):
		p.add("entities.kind", "%q is not one of %s", e.Kind, strings.Join(EntityKinds, "|"))
	}
	return p.err()
}

// Validate checks a fact's own fields; whether its speaker, subject, source and
// the fact it supersedes exist is for its story and the knowledge base to say.
func (f Fact) Validate() error {
	var p problems
	switch {
	case f.ID == "":
		p.add("facts.id", "is required")
	case !ValidSlug(f.ID):
		p.add("facts.id", "%s", SlugProblem(f.ID))
	}
	if f.Value != nil && !ValidValue(*f.Value) {
		p.add("facts.value", "%v is not a finite number", *f.Value)
	}
	if strings.TrimSpace(f.Statement) == "" {
		p.add("facts.statement", "is required")
	}
	if f.Source == "" {
		p.add("facts.source", "is required")
	}
	if f.Status != "" && !ValidStatus(f.Status) {
		p.add("facts.status", "%q must be approved, pending or retracted", f.Status)
	}
	if f.Date != "" && !ValidDate(f.Date, false) {
		p.add("facts.date", "%q must be YYYY, YYYY-MM or YYYY-MM-DD", f.Date)
	}
	if f.Quote != "" && f.Speaker == "" {
		p.add("facts.speaker", "a quote needs a speaker")
	}
	if strings.Contains(f.Supersedes, "/") && !ValidFullID(f.Supersedes) {
		p.add("facts.supersedes", "%q must be a fact id or story/fact", f.Supersedes)
	}
	if f.Supersedes != "" && (f.Supersedes == f.ID || f.Supersedes == f.FullID()) {
		p.add("facts.supersedes", "a fact cannot supersede itself")
	}
	return p.err()
}
