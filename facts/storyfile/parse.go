// Package storyfile reads and writes the knowledge base's files: stories and
// lexicons in YAML. Reading checks everything a file can tell about itself and
// reports each problem as file:line: field: what; what needs the knowledge base
// (do speakers exist?) is checked by whoever imports the file.
package storyfile

import (
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"

	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// File is one parsed knowledge-base file: a story or a lexicon. Lines are kept
// for every item so that problems found later, against the knowledge base, can
// be located too.
type File struct {
	Path     string
	Story    *facts.StoryFile
	Lexicon  *facts.Lexicon
	Problems []facts.Problem
	lines    map[string]int // "facts.ID.speaker" -> line, for later checks
}

// Line is the line of an item or field of the file: "entities.ID",
// "entities.ID.members" (name, kind, title), "facts.ID", "facts.ID.speaker"
// (subject, object, source, supersedes). It is 0 once Forget was called, or for an unknown key.
func (f *File) Line(key string) int { return f.lines[key] }

// Forget lets go of the line of every item: only validation needs them, and a
// large import holds thousands of files.
func (f *File) Forget() { f.lines = nil }

// Addf records a problem at a line of the file.
func (f *File) Addf(line int, field, format string, args ...any) {
	f.Problems = append(f.Problems, facts.Problem{File: f.Path, Line: line, Field: field, What: fmt.Sprintf(format, args...)})
}

var (
	storyKeys  = []string{"id", "title", "date", "summary", "tags"}
	sourceKeys = []string{"id", "title", "publisher", "url", "published"}
	entityKeys = []string{"id", "name", "kind", "title", "aliases", "members"}
	factKeys   = append([]string{"id", "statement", "subject", "predicate", "object", "value", "unit", "date", "place", "quote", "speaker", "source", "status", "supersedes", "keywords"}, curationKeys...)
)

// Parse reads a story or lexicon file, checking everything that can be checked
// within the file itself. Problems are in f.Problems; nothing else fails.
func Parse(path string, data []byte) *File {
	f := &File{Path: path, lines: map[string]int{}}
	root, ok := f.document(data)
	if !ok {
		return f
	}
	if root == nil {
		f.Addf(1, "file", "is empty")
		return f
	}
	if hasKey(root, "lexicon") {
		f.parseLexicon(root)
		return f
	}
	f.parseStory(root)
	return f
}

// document reads the file's one YAML document and returns its root, nil for an
// empty file; ok is false when the file is no single YAML document, said in
// f.Problems. A second document is refused, not ignored: what it holds would
// otherwise silently never reach the knowledge base.
func (f *File) document(data []byte) (root *yaml.Node, ok bool) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, true
	} else if err != nil {
		f.Addf(yamlErrorLine(err), "yaml", "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return nil, false
	}
	for {
		var next yaml.Node
		err := dec.Decode(&next)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			f.Addf(yamlErrorLine(err), "yaml", "%s", strings.TrimPrefix(err.Error(), "yaml: "))
			return nil, false
		}
		if !emptyDocument(&next) {
			f.Addf(next.Line, "file", "holds a second YAML document (after a '---' line); a file holds one story, lexicon or fact")
			return nil, false
		}
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	return doc.Content[0], true
}

// hasKey reports whether n is a mapping with the key, without reporting
// anything: the parser that follows reports each problem once.
func hasKey(n *yaml.Node, key string) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// emptyDocument reports whether a document holds nothing: what a stray '---'
// at the end of a file starts.
func emptyDocument(doc *yaml.Node) bool {
	if len(doc.Content) == 0 {
		return true
	}
	n := doc.Content[0]
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == ""
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlErrorLine finds the line in a YAML syntax error. yaml.v3 reports parser
// errors ("did not find expected ...") with a 0-based line, scanner errors with a
// 1-based one; people count from 1.
func yamlErrorLine(err error) int {
	m := yamlLineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 1
	}
	n, _ := strconv.Atoi(m[1])
	if strings.Contains(err.Error(), "did not find expected") {
		n++
	}
	return n
}

// mapping returns the keys of a mapping node, reporting unknown and repeated keys.
func (f *File) mapping(n *yaml.Node, where string, allowed ...string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n.Kind != yaml.MappingNode {
		f.Addf(n.Line, where, "must be a mapping of keys to values")
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			f.Addf(k.Line, where, "keys must be plain names, not empty, lists or mappings")
			continue
		}
		field := k.Value
		if where != "file" {
			field = where + "." + k.Value
		}
		switch {
		case !slices.Contains(allowed, k.Value):
			f.Addf(k.Line, field, "unknown key (expected one of: %s)", strings.Join(allowed, ", "))
		case out[k.Value] != nil:
			f.Addf(k.Line, field, "appears twice")
		default:
			out[k.Value] = v
		}
	}
	return out
}

func (f *File) str(m map[string]*yaml.Node, key, field string, required bool) string {
	n, ok := m[key]
	if !ok || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		if required {
			f.Addf(f.lineOf(m), field, "is required")
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		f.Addf(n.Line, field, "must be a single value, not a list or mapping")
		return ""
	}
	v := strings.TrimSpace(n.Value)
	if required && v == "" {
		f.Addf(n.Line, field, "is required and must not be empty")
	}
	return v
}

func (f *File) list(m map[string]*yaml.Node, key, field string) []string {
	n, ok := m[key]
	if !ok || n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.Addf(n.Line, field, "must be a list, like [a, b]")
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || strings.TrimSpace(c.Value) == "" {
			f.Addf(c.Line, field, "items must be non-empty single values")
			continue
		}
		out = append(out, strings.TrimSpace(c.Value))
	}
	return out
}

// lineOf gives the line of a mapping for a missing key: the line of its first key.
func (f *File) lineOf(m map[string]*yaml.Node) int {
	line := 0
	for _, n := range m {
		if line == 0 || n.Line < line {
			line = n.Line
		}
	}
	if line == 0 {
		return 1
	}
	return line
}

func (f *File) seq(root map[string]*yaml.Node, key string, required bool) []*yaml.Node {
	n, ok := root[key]
	if !ok || n.Tag == "!!null" {
		if required {
			f.Addf(1, key, "is required")
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.Addf(n.Line, key, "must be a list")
		return nil
	}
	return n.Content
}

func (f *File) parseStory(root *yaml.Node) {
	top := f.mapping(root, "file", "story", "sources", "entities", "facts")
	sf := &facts.StoryFile{}
	f.Story = sf
	if n, ok := top["story"]; ok {
		m := f.mapping(n, "story", storyKeys...)
		sf.Story = facts.Story{
			ID:      f.str(m, "id", "story.id", true),
			Title:   f.str(m, "title", "story.title", true),
			Date:    f.str(m, "date", "story.date", true),
			Summary: f.str(m, "summary", "story.summary", false),
			Tags:    f.list(m, "tags", "story.tags"),
		}
		if sf.Story.ID != "" && !facts.ValidSlug(sf.Story.ID) {
			f.Addf(m["id"].Line, "story.id", "%s", facts.SlugProblem(sf.Story.ID))
		}
		if sf.Story.Date != "" && !facts.ValidDate(sf.Story.Date, true) {
			f.Addf(m["date"].Line, "story.date", "%q must be a date like 2021-10-21", sf.Story.Date)
		}
	} else {
		f.Addf(1, "story", "is required")
	}

	for _, n := range f.seq(top, "sources", true) {
		m := f.mapping(n, "sources[]", sourceKeys...)
		s := facts.Source{
			ID:        f.str(m, "id", "sources.id", true),
			Title:     f.str(m, "title", "sources.title", true),
			Publisher: f.str(m, "publisher", "sources.publisher", false),
			URL:       f.str(m, "url", "sources.url", false),
			Published: f.str(m, "published", "sources.published", false),
		}
		if s.ID == "" {
			continue
		}
		if !facts.ValidSlug(s.ID) {
			f.Addf(m["id"].Line, "sources.id", "%s", facts.SlugProblem(s.ID))
		}
		if slices.ContainsFunc(sf.Sources, func(o facts.Source) bool { return o.ID == s.ID }) {
			f.Addf(m["id"].Line, "sources.id", "duplicate source id %q", s.ID)
			continue
		}
		if s.URL != "" {
			if !facts.ValidURL(s.URL) {
				f.Addf(m["url"].Line, "sources.url", "%q is not an http(s) URL", s.URL)
			}
		}
		if s.Published != "" && !facts.ValidDate(s.Published, false) {
			f.Addf(m["published"].Line, "sources.published", "%q must be a date like 2021-10-21", s.Published)
		}
		sf.Sources = append(sf.Sources, s)
	}
	if len(sf.Sources) == 0 && top["sources"] != nil {
		f.Addf(top["sources"].Line, "sources", "needs at least one source")
	}

	for _, n := range f.seq(top, "entities", false) {
		m := f.mapping(n, "entities[]", entityKeys...)
		e := facts.Entity{
			ID:      f.str(m, "id", "entities.id", true),
			Name:    f.str(m, "name", "entities.name", true),
			Kind:    f.str(m, "kind", "entities.kind", true),
			Title:   f.str(m, "title", "entities.title", false),
			Aliases: f.list(m, "aliases", "entities.aliases"),
			Members: f.list(m, "members", "entities.members"),
		}
		if e.ID == "" {
			continue
		}
		if !facts.ValidSlug(e.ID) {
			f.Addf(m["id"].Line, "entities.id", "%s", facts.SlugProblem(e.ID))
		}
		if e.Kind != "" && !facts.ValidKind(e.Kind) {
			f.Addf(m["kind"].Line, "entities.kind", "%q is not one of %s", e.Kind, strings.Join(facts.EntityKinds, "|"))
		}
		if slices.ContainsFunc(sf.Entities, func(o facts.Entity) bool { return o.ID == e.ID }) {
			f.Addf(m["id"].Line, "entities.id", "duplicate entity id %q", e.ID)
			continue
		}
		f.lines["entities."+e.ID] = m["id"].Line
		for _, k := range []string{"name", "kind", "title", "members"} {
			if n := m[k]; n != nil {
				f.lines["entities."+e.ID+"."+k] = n.Line
			}
		}
		sf.Entities = append(sf.Entities, e)
	}

	for _, n := range f.seq(top, "facts", true) {
		f.parseFact(sf, n)
	}
	for _, fa := range sf.Facts {
		if fa.Source != "" && !slices.ContainsFunc(sf.Sources, func(s facts.Source) bool { return s.ID == fa.Source }) {
			f.Addf(f.lines["facts."+fa.ID+".source"], "facts.source", "%q is not a source of this story", fa.Source)
		}
		if fa.Supersedes != "" && !strings.Contains(fa.Supersedes, "/") {
			if fa.Supersedes == fa.ID {
				f.Addf(f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "a fact cannot supersede itself")
			} else if !slices.ContainsFunc(sf.Facts, func(o facts.Fact) bool { return o.ID == fa.Supersedes }) {
				f.Addf(f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "%q is not a fact of this story", fa.Supersedes)
			}
		}
	}
}

func (f *File) parseFact(sf *facts.StoryFile, n *yaml.Node) {
	m := f.mapping(n, "facts[]", factKeys...)
	fa := facts.Fact{
		Story:      sf.Story.ID,
		ID:         f.str(m, "id", "facts.id", true),
		Statement:  f.str(m, "statement", "facts.statement", true),
		Subject:    f.str(m, "subject", "facts.subject", false),
		Predicate:  f.str(m, "predicate", "facts.predicate", false),
		Object:     f.str(m, "object", "facts.object", false),
		Unit:       f.str(m, "unit", "facts.unit", false),
		Date:       f.str(m, "date", "facts.date", false),
		Place:      f.str(m, "place", "facts.place", false),
		Quote:      f.str(m, "quote", "facts.quote", false),
		Speaker:    f.str(m, "speaker", "facts.speaker", false),
		Source:     f.str(m, "source", "facts.source", true),
		Status:     f.str(m, "status", "facts.status", false),
		Supersedes: f.str(m, "supersedes", "facts.supersedes", false),
		Keywords:   f.list(m, "keywords", "facts.keywords"),
	}
	if v := f.str(m, "value", "facts.value", false); v != "" {
		x, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", ""), 64)
		switch {
		case m["value"].Tag == "!!float" && err != nil, errors.Is(err, strconv.ErrRange), err == nil && !facts.ValidValue(x):
			// YAML's .inf and .nan, figures too large for a float64, inf and NaN.
			f.Addf(m["value"].Line, "facts.value", "%q is not a finite number", v)
		case err != nil:
			f.Addf(m["value"].Line, "facts.value", "%q is not a number", v)
		default:
			fa.Value = &x
		}
	}
	line := f.lineOf(m)
	if fa.ID == "" {
		return
	}
	if !facts.ValidSlug(fa.ID) {
		f.Addf(m["id"].Line, "facts.id", "%s", facts.SlugProblem(fa.ID))
	}
	if slices.ContainsFunc(sf.Facts, func(o facts.Fact) bool { return o.ID == fa.ID }) {
		f.Addf(m["id"].Line, "facts.id", "duplicate fact id %q", fa.ID)
		return
	}
	if fa.Status == "" {
		fa.Status = facts.StatusApproved
	} else if !facts.ValidStatus(fa.Status) {
		f.Addf(m["status"].Line, "facts.status", "%q must be approved, pending or retracted", fa.Status)
	}
	if fa.Date != "" && !facts.ValidDate(fa.Date, false) {
		f.Addf(m["date"].Line, "facts.date", "%q must be YYYY, YYYY-MM or YYYY-MM-DD", fa.Date)
	}
	if fa.Quote != "" && fa.Speaker == "" {
		f.Addf(m["quote"].Line, "facts.speaker", "a quote needs a speaker")
	}
	if fa.Supersedes != "" && strings.Contains(fa.Supersedes, "/") && !facts.ValidFullID(fa.Supersedes) {
		f.Addf(m["supersedes"].Line, "facts.supersedes", "%q must be a fact id or story/fact", fa.Supersedes)
	}
	f.lines["facts."+fa.ID] = line
	for _, k := range []string{"subject", "speaker", "object", "source", "supersedes"} {
		if n := m[k]; n != nil {
			f.lines["facts."+fa.ID+"."+k] = n.Line
		}
	}
	sf.Facts = append(sf.Facts, fa)
	f.parseCuration(sf, m, fa)
}

func (f *File) parseLexicon(root *yaml.Node) {
	top := f.mapping(root, "file", "lexicon")
	m := f.mapping(top["lexicon"], "lexicon", "id", "synonyms", "stopwords")
	lx := &facts.Lexicon{ID: f.str(m, "id", "lexicon.id", false)}
	if lx.ID == "" {
		lx.ID = strings.TrimSuffix(filepath.Base(f.Path), filepath.Ext(f.Path))
	}
	if !facts.ValidSlug(lx.ID) {
		f.Addf(f.lineOf(m), "lexicon.id", "%s", facts.SlugProblem(lx.ID))
	}
	for _, n := range f.seq(m, "synonyms", true) {
		if n.Kind != yaml.SequenceNode {
			f.Addf(n.Line, "lexicon.synonyms", "each group must be a list, like [sign, join, back]")
			continue
		}
		var group []string
		for _, w := range n.Content {
			if w.Kind != yaml.ScalarNode || text.NormPhrase(w.Value) == "" {
				f.Addf(w.Line, "lexicon.synonyms", "words must be non-empty single values")
				continue
			}
			group = append(group, strings.TrimSpace(w.Value))
		}
		if len(group) < 2 {
			f.Addf(n.Line, "lexicon.synonyms", "a group needs at least two words")
			continue
		}
		lx.Synonyms = append(lx.Synonyms, group)
	}
	lx.Stopwords = f.list(m, "stopwords", "lexicon.stopwords")
	slices.Sort(lx.Stopwords) // stored as a set; sorted so a round trip compares equal
	f.Lexicon = lx
}
