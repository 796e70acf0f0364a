package facts

import (
	"github.com/factdesk/factdesk/facts/text"

	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// kbFile is one parsed knowledge-base file: a story or a lexicon. Lines are kept
// for every item so that cross-reference problems can be located.
type kbFile struct {
	Path     string
	Story    *StoryFile
	Lexicon  *Lexicon
	lines    map[string]int // "facts.ID.speaker" -> line, for later checks
	problems []Problem
}

// StoryFile is the whole content of one story file: the unit of import and export.
type StoryFile struct {
	Story    Story    `yaml:"story"`
	Sources  []Source `yaml:"sources"`
	Entities []Entity `yaml:"entities,omitempty"`
	Facts    []Fact   `yaml:"facts"`
}

// Lexicon is question vocabulary as data: groups of words and phrases that mean the
// same in a question, and extra words to ignore.
type Lexicon struct {
	ID        string     `yaml:"id"`
	Synonyms  [][]string `yaml:"synonyms"`
	Stopwords []string   `yaml:"stopwords,omitempty,flow"`
}

var (
	slugRE     = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	fullIDRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$`)
	storyKeys  = []string{"id", "title", "date", "summary", "tags"}
	sourceKeys = []string{"id", "title", "publisher", "url", "published"}
	entityKeys = []string{"id", "name", "kind", "title", "aliases", "members"}
	factKeys   = []string{"id", "statement", "subject", "predicate", "object", "value", "unit", "date", "place", "quote", "speaker", "source", "status", "supersedes", "keywords"}
)

// parseKBFile reads a story or lexicon file, checking everything that can be
// checked within the file itself.
func parseKBFile(path string, data []byte) *kbFile {
	f := &kbFile{Path: path, lines: map[string]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		f.addf(yamlErrorLine(err), "yaml", "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return f
	}
	if len(doc.Content) == 0 {
		f.addf(1, "file", "is empty")
		return f
	}
	root := doc.Content[0]
	if _, ok := f.mapping(root, "file", "lexicon", "story", "sources", "entities", "facts")["lexicon"]; ok {
		f.parseLexicon(root)
		return f
	}
	f.parseStory(root)
	return f
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

func (f *kbFile) addf(line int, field, format string, args ...any) {
	f.problems = append(f.problems, Problem{File: f.Path, Line: line, Field: field, What: fmt.Sprintf(format, args...)})
}

// mapping returns the keys of a mapping node, reporting unknown and repeated keys.
func (f *kbFile) mapping(n *yaml.Node, where string, allowed ...string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n.Kind != yaml.MappingNode {
		f.addf(n.Line, where, "must be a mapping of keys to values")
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			f.addf(k.Line, where, "keys must be plain names, not empty, lists or mappings")
			continue
		}
		field := k.Value
		if where != "file" {
			field = where + "." + k.Value
		}
		switch {
		case !slices.Contains(allowed, k.Value):
			f.addf(k.Line, field, "unknown key (expected one of: %s)", strings.Join(allowed, ", "))
		case out[k.Value] != nil:
			f.addf(k.Line, field, "appears twice")
		default:
			out[k.Value] = v
		}
	}
	return out
}

func (f *kbFile) str(m map[string]*yaml.Node, key, field string, required bool) string {
	n, ok := m[key]
	if !ok || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		if required {
			f.addf(f.lineOf(m), field, "is required")
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		f.addf(n.Line, field, "must be a single value, not a list or mapping")
		return ""
	}
	v := strings.TrimSpace(n.Value)
	if required && v == "" {
		f.addf(n.Line, field, "is required and must not be empty")
	}
	return v
}

func (f *kbFile) list(m map[string]*yaml.Node, key, field string) []string {
	n, ok := m[key]
	if !ok || n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.addf(n.Line, field, "must be a list, like [a, b]")
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || strings.TrimSpace(c.Value) == "" {
			f.addf(c.Line, field, "items must be non-empty single values")
			continue
		}
		out = append(out, strings.TrimSpace(c.Value))
	}
	return out
}

// lineOf gives the line of a mapping for a missing key: the line of its first key.
func (f *kbFile) lineOf(m map[string]*yaml.Node) int {
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

func (f *kbFile) seq(root map[string]*yaml.Node, key string, required bool) []*yaml.Node {
	n, ok := root[key]
	if !ok || n.Tag == "!!null" {
		if required {
			f.addf(1, key, "is required")
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.addf(n.Line, key, "must be a list")
		return nil
	}
	return n.Content
}

func (f *kbFile) parseStory(root *yaml.Node) {
	top := f.mapping(root, "file", "story", "sources", "entities", "facts")
	sf := &StoryFile{}
	f.Story = sf
	if n, ok := top["story"]; ok {
		m := f.mapping(n, "story", storyKeys...)
		sf.Story = Story{
			ID:      f.str(m, "id", "story.id", true),
			Title:   f.str(m, "title", "story.title", true),
			Date:    f.str(m, "date", "story.date", true),
			Summary: f.str(m, "summary", "story.summary", false),
			Tags:    f.list(m, "tags", "story.tags"),
		}
		if sf.Story.ID != "" && !slugRE.MatchString(sf.Story.ID) {
			f.addf(m["id"].Line, "story.id", "%q must be a slug: lower-case letters, digits, '-', '_' or '.'", sf.Story.ID)
		}
		if sf.Story.Date != "" && !validDate(sf.Story.Date, true) {
			f.addf(m["date"].Line, "story.date", "%q must be a date like 2021-10-21", sf.Story.Date)
		}
	} else {
		f.addf(1, "story", "is required")
	}

	for _, n := range f.seq(top, "sources", true) {
		m := f.mapping(n, "sources[]", sourceKeys...)
		s := Source{
			ID:        f.str(m, "id", "sources.id", true),
			Title:     f.str(m, "title", "sources.title", true),
			Publisher: f.str(m, "publisher", "sources.publisher", false),
			URL:       f.str(m, "url", "sources.url", false),
			Published: f.str(m, "published", "sources.published", false),
		}
		if s.ID == "" {
			continue
		}
		if !slugRE.MatchString(s.ID) {
			f.addf(m["id"].Line, "sources.id", "%q must be a slug", s.ID)
		}
		if slices.ContainsFunc(sf.Sources, func(o Source) bool { return o.ID == s.ID }) {
			f.addf(m["id"].Line, "sources.id", "duplicate source id %q", s.ID)
			continue
		}
		if s.URL != "" {
			if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				f.addf(m["url"].Line, "sources.url", "%q is not an http(s) URL", s.URL)
			}
		}
		if s.Published != "" && !validDate(s.Published, false) {
			f.addf(m["published"].Line, "sources.published", "%q must be a date like 2021-10-21", s.Published)
		}
		sf.Sources = append(sf.Sources, s)
	}
	if len(sf.Sources) == 0 && top["sources"] != nil {
		f.addf(top["sources"].Line, "sources", "needs at least one source")
	}

	for _, n := range f.seq(top, "entities", false) {
		m := f.mapping(n, "entities[]", entityKeys...)
		e := Entity{
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
		if !slugRE.MatchString(e.ID) {
			f.addf(m["id"].Line, "entities.id", "%q must be a slug", e.ID)
		}
		if e.Kind != "" && !slices.Contains(entityKinds, e.Kind) {
			f.addf(m["kind"].Line, "entities.kind", "%q is not one of %s", e.Kind, strings.Join(entityKinds, "|"))
		}
		if slices.ContainsFunc(sf.Entities, func(o Entity) bool { return o.ID == e.ID }) {
			f.addf(m["id"].Line, "entities.id", "duplicate entity id %q", e.ID)
			continue
		}
		f.lines["entities."+e.ID] = m["id"].Line
		if n := m["members"]; n != nil {
			f.lines["entities."+e.ID+".members"] = n.Line
		}
		sf.Entities = append(sf.Entities, e)
	}

	for _, n := range f.seq(top, "facts", true) {
		f.parseFact(sf, n)
	}
	for _, fa := range sf.Facts {
		if fa.Source != "" && !slices.ContainsFunc(sf.Sources, func(s Source) bool { return s.ID == fa.Source }) {
			f.addf(f.lines["facts."+fa.ID+".source"], "facts.source", "%q is not a source of this story", fa.Source)
		}
		if fa.Supersedes != "" && !strings.Contains(fa.Supersedes, "/") {
			if fa.Supersedes == fa.ID {
				f.addf(f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "a fact cannot supersede itself")
			} else if !slices.ContainsFunc(sf.Facts, func(o Fact) bool { return o.ID == fa.Supersedes }) {
				f.addf(f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "%q is not a fact of this story", fa.Supersedes)
			}
		}
	}
}

func (f *kbFile) parseFact(sf *StoryFile, n *yaml.Node) {
	m := f.mapping(n, "facts[]", factKeys...)
	fa := Fact{
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
		if err != nil {
			f.addf(m["value"].Line, "facts.value", "%q is not a number", v)
		} else {
			fa.Value = &x
		}
	}
	line := f.lineOf(m)
	if fa.ID == "" {
		return
	}
	if !slugRE.MatchString(fa.ID) {
		f.addf(m["id"].Line, "facts.id", "%q must be a slug", fa.ID)
	}
	if slices.ContainsFunc(sf.Facts, func(o Fact) bool { return o.ID == fa.ID }) {
		f.addf(m["id"].Line, "facts.id", "duplicate fact id %q", fa.ID)
		return
	}
	if fa.Status == "" {
		fa.Status = StatusApproved
	} else if fa.Status != StatusApproved && fa.Status != StatusPending && fa.Status != StatusRetracted {
		f.addf(m["status"].Line, "facts.status", "%q must be approved, pending or retracted", fa.Status)
	}
	if fa.Date != "" && !validDate(fa.Date, false) {
		f.addf(m["date"].Line, "facts.date", "%q must be YYYY, YYYY-MM or YYYY-MM-DD", fa.Date)
	}
	if fa.Quote != "" && fa.Speaker == "" {
		f.addf(m["quote"].Line, "facts.speaker", "a quote needs a speaker")
	}
	if fa.Supersedes != "" && strings.Contains(fa.Supersedes, "/") && !fullIDRE.MatchString(fa.Supersedes) {
		f.addf(m["supersedes"].Line, "facts.supersedes", "%q must be a fact id or story/fact", fa.Supersedes)
	}
	f.lines["facts."+fa.ID] = line
	for _, k := range []string{"subject", "speaker", "object", "source", "supersedes"} {
		if n := m[k]; n != nil {
			f.lines["facts."+fa.ID+"."+k] = n.Line
		}
	}
	sf.Facts = append(sf.Facts, fa)
}

func (f *kbFile) parseLexicon(root *yaml.Node) {
	top := f.mapping(root, "file", "lexicon")
	m := f.mapping(top["lexicon"], "lexicon", "id", "synonyms", "stopwords")
	lx := &Lexicon{ID: f.str(m, "id", "lexicon.id", false)}
	if lx.ID == "" {
		lx.ID = strings.TrimSuffix(filepath.Base(f.Path), filepath.Ext(f.Path))
	}
	if !slugRE.MatchString(lx.ID) {
		f.addf(f.lineOf(m), "lexicon.id", "%q must be a slug", lx.ID)
	}
	for _, n := range f.seq(m, "synonyms", true) {
		if n.Kind != yaml.SequenceNode {
			f.addf(n.Line, "lexicon.synonyms", "each group must be a list, like [sign, join, back]")
			continue
		}
		var group []string
		for _, w := range n.Content {
			if w.Kind != yaml.ScalarNode || text.NormPhrase(w.Value) == "" {
				f.addf(w.Line, "lexicon.synonyms", "words must be non-empty single values")
				continue
			}
			group = append(group, strings.TrimSpace(w.Value))
		}
		if len(group) < 2 {
			f.addf(n.Line, "lexicon.synonyms", "a group needs at least two words")
			continue
		}
		lx.Synonyms = append(lx.Synonyms, group)
	}
	lx.Stopwords = f.list(m, "stopwords", "lexicon.stopwords")
	slices.Sort(lx.Stopwords) // stored as a set; sorted so a round trip compares equal
	f.Lexicon = lx
}

// validDate accepts YYYY-MM-DD, and when partial is allowed also YYYY and YYYY-MM.
func validDate(s string, full bool) bool {
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
