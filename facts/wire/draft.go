// Package wire drafts a story file from wire copy: a plain-text article becomes
// pending facts (quotes with speakers, counted figures, people with titles) for
// an editor to review. It reads prose with the same claim extraction as the
// draft check, and never asserts more than the article says.
package wire

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"

	"github.com/factdesk/factdesk/facts/text"

	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Options say what story a drafted file is for and what the knowledge base
// already knows.
type Options struct {
	Story string // story id, a slug; required
	Title string // default: the article's headline
	// Date is the story's date, YYYY-MM-DD; default: the dateline's, when it
	// gives one with its year. A draft is never dated by the clock.
	Date   string
	Source facts.Source // default: id "wire", the headline, the agency named in the dateline
	// Entities are the knowledge base's entities: people it already knows are
	// referred to, not redefined, so importing the draft never rewrites them.
	Entities []facts.Entity
}

// Draft reads a plain-text article (wire copy) and drafts a story file for an
// editor to review: every fact pending, each stating the sentence it came from —
// quotes verbatim with their speakers, numbers with what they count, people with
// their titles. It uses the draft check's claim extraction, so both read prose the
// same way. The draft never asserts more than the article: a quote whose speaker
// it cannot tell keeps its sentence but names no speaker.
func Draft(article string, opt Options) (*facts.StoryFile, error) {
	if !facts.ValidSlug(opt.Story) {
		return nil, facts.Errorf(facts.EINVALID, "%q is not a story id: use lower-case letters, digits and '-', like harbor-bridge-2024.", opt.Story)
	}
	if len(article) > facts.MaxDraftLen {
		return nil, facts.Errorf(facts.ETOOLARGE, "The article is %d bytes; the limit is %d.", len(article), facts.MaxDraftLen)
	}
	if !utf8.ValidString(article) || strings.ContainsRune(article, 0) {
		return nil, facts.Errorf(facts.EINVALID, "The article is not plain text.")
	}
	headline, agency, dateline, body := splitArticle(article)
	if strings.TrimSpace(body) == "" {
		return nil, facts.Errorf(facts.EINVALID, "The article has no text to draft from.")
	}
	if opt.Date == "" {
		d, ok := parseDatelineDate(dateline)
		if !ok || d.Year == 0 {
			return nil, facts.Errorf(facts.EINVALID, "No date for the story: the article's dateline gives none with its year; give the date (YYYY-MM-DD).")
		}
		opt.Date = d.Full()
	}
	if !facts.ValidDate(opt.Date, true) {
		return nil, facts.Errorf(facts.EINVALID, "%q is not a date like 2024-06-04.", opt.Date)
	}
	if opt.Title == "" {
		opt.Title = headline
	}
	cs := claims.Extract(body)
	if opt.Title == "" {
		for _, c := range cs {
			opt.Title = collapse(c.Sentence.Text)
			break
		}
	}
	src := opt.Source
	if src.ID == "" {
		src.ID = "wire"
	}
	if src.Title == "" {
		src.Title = opt.Title
	}
	if src.Publisher == "" {
		src.Publisher = agency
	}
	if src.Published == "" {
		src.Published = opt.Date
	}
	sf := &facts.StoryFile{Story: facts.Story{ID: opt.Story, Title: opt.Title, Date: opt.Date}, Sources: []facts.Source{src}}
	if lede := firstSentence(cs); lede != "" {
		sf.Story.Summary = lede
	}
	d := newDrafter(sf, opt.Entities, body)
	d.titledPeople(cs)
	d.facts(cs)
	d.sortFacts()
	sf.Entities = d.entities()
	return sf, nil
}

// datelineRE matches a wire dateline: "HARBOR CITY, June 4 (Coastline Wire) - ",
// capturing the place, what follows its comma (usually the date) and the agency.
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z .'’-]*[A-Z])(?:,([^()\n]{0,40}?))?\s*(?:\(([^)\n]{1,60})\))?\s*(?:-{1,2}|–|—)\s+`)

// splitArticle finds the headline (a first paragraph of one short line without a
// full stop) and the dateline, and returns the dateline's text after the place
// (usually its date) and the body with each paragraph's wrapped lines joined, so
// a name broken across two lines stays one name.
func splitArticle(article string) (headline, agency, dateline, body string) {
	article = strings.ReplaceAll(article, "\r\n", "\n")
	var paras []string
	for _, p := range regexp.MustCompile(`\n[ \t]*\n`).Split(article, -1) {
		if p = collapse(p); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) > 1 && !strings.ContainsAny(paras[0][len(paras[0])-1:], ".!?\"”") && len(strings.Fields(paras[0])) <= 25 {
		headline, paras = paras[0], paras[1:]
	}
	if len(paras) > 0 {
		if m := datelineRE.FindStringSubmatch(paras[0]); m != nil {
			dateline, agency = strings.TrimSpace(m[2]), strings.TrimSpace(m[3])
			paras[0] = strings.TrimSpace(paras[0][len(m[0]):])
		}
	}
	return headline, agency, dateline, strings.Join(paras, "\n\n")
}

// collapse joins a text's lines and runs of spaces into single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstSentence(cs []claims.Claim) string {
	if len(cs) == 0 {
		return ""
	}
	first := cs[0].Sentence
	for _, c := range cs {
		if c.Sentence.Start < first.Start {
			first = c.Sentence
		}
	}
	return collapse(first.Text)
}

// slugify turns a name into an id: "Nicolas de Rivière" -> "nicolas-de-riviere".
func slugify(s string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(text.NormPhrase(s)), "-") {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			b.WriteRune(r)
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		out = "x"
	}
	return out
}

// formatValue writes a number as an id part: 3500000, 2.5.
func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
