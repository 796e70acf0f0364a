package check_test

// The mutation benchmark: how often the draft check catches one planted change
// in a real news sentence, and how often it cries wolf on the sentence as
// published.
//
// The real-news stories (../eval/testdata/realnews) were curated from BBC
// articles. Each article sentence that some curated fact was taken from is a
// sentence the knowledge base vouches for: checked as it stands it must draw no
// finding, and with one figure, quoted word, name, title or date changed it
// should draw one over the change. Mutations are made by program, only where the
// sentence holds what its fact records, so the benchmark needs no hand-written
// drafts and grows with every story curated.
//
// The articles are read from the corpus at test time (../shared/corpus/bbc from
// the repository root): their text is never copied into the repository.

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/storyfile"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// The bars the development part must clear, as fractions. They were set to the
// values measured when the benchmark was written (found rounded down, false
// contradictions rounded up) and are raised as the check improves, so that a
// change that loses mutations or adds false alarms fails.
const (
	minMutationsFound      = 0.90
	maxFalseContradictions = 0.01
)

// Where the benchmark's inputs live, relative to this package.
const (
	realNewsDir = "../eval/testdata/realnews"
	corpusDir   = "../../../shared/corpus/bbc"
)

// Mutation kinds, in report order.
const (
	mutFigure       = "figure"
	mutQuote        = "quote"
	mutPerson       = "person"
	mutOrganisation = "organisation"
	mutTitle        = "title"
	mutDate         = "date"
)

var mutationKinds = []string{mutFigure, mutQuote, mutPerson, mutOrganisation, mutTitle, mutDate}

// TestMutations_Dev runs the benchmark on the development stories and holds the
// check to the bars above.
func TestMutations_Dev(t *testing.T) {
	r := runMutationBenchmark(t, "dev")
	if found := r.foundRate(); found < minMutationsFound {
		t.Errorf("dev: %.3f of mutations found, want at least %.2f", found, minMutationsFound)
	}
	if fc := r.falseRate(); fc > maxFalseContradictions {
		t.Errorf("dev: %.3f of original sentences falsely contradicted, want at most %.2f", fc, maxFalseContradictions)
	}
}

// TestMutations_Heldout runs the benchmark on the held-out stories and on the
// fresh ones (curated in stop 22, after the check was built), kept unseen while
// the check is tuned: only with FACTDESK_HELDOUT=1, and it only reports.
func TestMutations_Heldout(t *testing.T) {
	if os.Getenv("FACTDESK_HELDOUT") == "" {
		t.Skip("the held-out parts run with FACTDESK_HELDOUT=1")
	}
	for _, part := range []string{"heldout", "fresh", "fresh2"} {
		t.Run(part, func(t *testing.T) { runMutationBenchmark(t, part) })
	}
}

// ---------------------------------------------------------------------------
// Running and reporting

// mutationReport is what one run measured.
type mutationReport struct {
	covered, falseContradicted int
	outcomes                   []mutationOutcome
}

// mutationOutcome is how the check answered one mutation.
type mutationOutcome struct {
	mutation
	found         bool              // a new finding over the change (or, for a name, anywhere)
	rightKind     bool              // one of them is of the kind the change calls for (any, for a name)
	rightExpected bool              // one of them gives the original value
	noted         bool              // not found, but a new unsupported note is over the change
	via           string            // the kind of finding that found it; "KIND beside" when not over the change
	got           facts.CheckResult // everything the check said of the mutated sentence
}

func (r mutationReport) foundRate() float64 {
	n := 0
	for _, o := range r.outcomes {
		if o.found {
			n++
		}
	}
	return ratio(n, len(r.outcomes))
}

func (r mutationReport) falseRate() float64 { return ratio(r.falseContradicted, r.covered) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// runMutationBenchmark loads one part of the real-news benchmark, checks every
// covered sentence as published and every mutation of it, and logs the results.
func runMutationBenchmark(t *testing.T, part string) mutationReport {
	ix, mem, arts := loadArticles(t, part)
	ctx := context.Background()
	run := func(s string) facts.CheckResult {
		res, err := check.Check(ctx, ix, mem, s, facts.CheckOptions{})
		if err != nil {
			t.Fatalf("check %q: %v", s, err)
		}
		return res
	}
	var r mutationReport
	sentences, nfacts := 0, 0
	for _, a := range arts {
		nfacts += len(a.story.Facts)
		sentences += len(a.sentences)
		for _, s := range a.sentences {
			cs := coverSentence(ix, a, s)
			if cs == nil {
				continue
			}
			r.covered++
			orig := run(cs.text)
			if len(orig.Findings) > 0 {
				r.falseContradicted++
				if testing.Verbose() {
					t.Logf("false contradiction [%s] %s\n    %q\n    got %s", a.story.Story.ID, cs.factIDs(), cs.text, describeFound(orig.Findings))
				}
			}
			for _, m := range generateMutations(ix, cs) {
				r.outcomes = append(r.outcomes, judge(m, orig, run(m.mutated)))
			}
		}
	}
	if testing.Verbose() {
		for _, k := range mutationKinds {
			for _, o := range ofKind(r.outcomes, k) {
				if o.found {
					continue
				}
				t.Logf("missed %s [%s/%s] %q -> %q\n    %q\n    got %s\n    over the change: %s", o.kind, o.story, o.factID, o.original, o.replacement,
					o.mutated, describeFound(o.got.Findings), o.overChange())
			}
		}
	}
	t.Logf("%s: %d stories, %d facts, %d article sentences, %d covered by a fact", part, len(arts), nfacts, sentences, r.covered)
	t.Logf("%s originals: %d of %d covered sentences falsely contradicted (%.1f%%)", part, r.falseContradicted, r.covered, 100*r.falseRate())
	logKinds(t, part, r.outcomes)
	return r
}

// logKinds reports, per mutation kind and overall, how many mutations were made
// and how many the check found, with the right kind and the right expected value.
func logKinds(t *testing.T, part string, outs []mutationOutcome) {
	t.Helper()
	line := func(label string, group []mutationOutcome) {
		var found, kind, exp, noted int
		via := map[string]int{}
		for _, o := range group {
			if o.found {
				found++
				via[o.via]++
			}
			if o.noted {
				noted++
			}
			if o.rightKind {
				kind++
			}
			if o.rightExpected {
				exp++
			}
		}
		n := len(group)
		t.Logf("%s %-12s %4d made, found %4d (%5.1f%%), right kind %4d (%5.1f%%), right expected %4d (%5.1f%%); "+
			"missed but noted unsupported %3d; found as %s",
			part, label, n, found, 100*ratio(found, n), kind, 100*ratio(kind, n), exp, 100*ratio(exp, n), noted, countsOf(via))
	}
	for _, k := range mutationKinds {
		line(k, ofKind(outs, k))
	}
	line("all", outs)
}

// ofKind returns the outcomes of one mutation kind, in sentence order.
func ofKind(outs []mutationOutcome, kind string) []mutationOutcome {
	var out []mutationOutcome
	for _, o := range outs {
		if o.kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// countsOf writes a tally in a stable order: "attribution 3, quote 1".
func countsOf(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}

// overChange says, for a missed mutation, what the check made of the changed
// words: the claim the claims package read there, if any, and the verdicts
// over it. "no claim read" points at claim extraction; "supported" at a
// comparison too lenient; "unsupported" at a fact not found.
func (o mutationOutcome) overChange() string {
	over := func(start, end int) bool { return start < o.end && o.start < end }
	var parts []string
	for _, c := range claims.Extract(o.mutated) {
		switch {
		case !over(c.Start, c.End):
		case c.Kind == claims.ClaimNumber:
			parts = append(parts, fmt.Sprintf("number claim %q counting %q", c.Text, c.Unit))
		default:
			parts = append(parts, fmt.Sprintf("%s claim %q", c.Kind, c.Text))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "no claim read")
	}
	for _, f := range o.got.Supported {
		if over(f.Start, f.End) {
			parts = append(parts, fmt.Sprintf("supported %s by %s", f.Kind, f.FactID))
		}
	}
	for _, f := range o.got.Unsupported {
		if over(f.Start, f.End) {
			parts = append(parts, fmt.Sprintf("unsupported %s (%s)", f.Kind, f.Message))
		}
	}
	return strings.Join(parts, "; ")
}

// describeFound writes findings for a log line.
func describeFound(fs []facts.Finding) string {
	if len(fs) == 0 {
		return "no findings"
	}
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s %q (expected %q)", f.Kind, f.Text, f.Expected))
	}
	return strings.Join(parts, "; ")
}

// judge decides whether the check found a mutation. Only a finding the original
// sentence did not draw counts: a false alarm that survives the change is no
// evidence the change was seen. It must overlap the changed words; a changed
// name may instead show in the claim it affects (a quotation now misattributed,
// a figure now credited to the wrong body), anywhere in the sentence.
func judge(m mutation, orig, got facts.CheckResult) mutationOutcome {
	o := mutationOutcome{mutation: m, got: got}
	for _, f := range got.Findings {
		if !isNewFinding(f, orig.Findings) {
			continue
		}
		over := f.Start < m.end && m.start < f.End
		if !over && m.kind != mutPerson && m.kind != mutOrganisation {
			continue
		}
		if !o.found || over && strings.HasSuffix(o.via, " beside") {
			o.via = f.Kind
			if !over {
				o.via = f.Kind + " beside"
			}
		}
		o.found = true
		o.rightKind = o.rightKind || m.wantKind == "" || f.Kind == m.wantKind
		o.rightExpected = o.rightExpected || m.expects(f)
	}
	// A softer signal: the changed claim, or for a name the claim it
	// affects, is now one no fact backs ("No fact gives the number of
	// percent ..."). It is shown apart from findings, so it is not found.
	for _, f := range got.Unsupported {
		over := f.Start < m.end && m.start < f.End
		newNote := !slices.ContainsFunc(orig.Unsupported, func(g facts.Finding) bool { return g.Kind == f.Kind && g.Text == f.Text })
		o.noted = o.noted || !o.found && newNote && (over || m.kind == mutPerson || m.kind == mutOrganisation)
	}
	return o
}

// isNewFinding reports whether a finding is not one the original sentence drew:
// the same kind, citing the same fact for the same expected value.
func isNewFinding(f facts.Finding, orig []facts.Finding) bool {
	for _, g := range orig {
		if g.Kind == f.Kind && g.FactID == f.FactID && g.Expected == f.Expected {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------
// Loading stories and articles

// article is one curated story with the article it was curated from.
type article struct {
	story     *facts.StoryFile
	sentences []string     // the article's sentences, headline left out
	toks      []text.Token // all its words, where quote mutations find replacements
}

// loadArticles indexes a part's stories with the bundled ones, in memory, and
// reads the article of each. A missing corpus fails the test: CI has it.
func loadArticles(t *testing.T, part string) (*index.Index, *index.Memory, []*article) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(realNewsDir, part, "stories", "*.yaml"))
	if len(paths) == 0 {
		t.Fatalf("no story files in %s", filepath.Join(realNewsDir, part, "stories"))
	}
	ix, mem := indextest.Bundled(t, paths...)
	var arts []*article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := storyfile.Parse(p, data)
		if f.Story == nil {
			t.Fatalf("%s: not a story file", p)
		}
		body := readArticle(t, f.Story.Story.ID)
		a := &article{story: f.Story, toks: text.Tokenize(body)}
		for _, sp := range claims.SplitSentences([]rune(body)) {
			a.sentences = append(a.sentences, strings.Join(strings.Fields(sp.Text), " "))
		}
		arts = append(arts, a)
	}
	return ix, mem, arts
}

// readArticle reads the body of the article a story id names: bbc-politics-101
// is politics/101.txt. The first line is the headline, left out: headlines are
// telegraphic, not the prose a draft is written in.
func readArticle(t *testing.T, id string) string {
	t.Helper()
	parts := strings.Split(id, "-")
	if len(parts) != 3 || parts[0] != "bbc" {
		t.Fatalf("story id %q does not name a BBC corpus article (bbc-SECTION-NNN)", id)
	}
	path := filepath.Join(corpusDir, parts[1], parts[2]+".txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the BBC corpus article for %s is missing (%v): the mutation benchmark reads ../shared/corpus/bbc "+
			"beside the repository (%s from this package); CI has it", id, err, path)
	}
	_, body, _ := strings.Cut(string(data), "\n")
	return body
}

// ---------------------------------------------------------------------------
// Which sentences a fact was curated from

// coveredSentence is an article sentence with the facts curated from it, read
// once for every comparison.
type coveredSentence struct {
	art      *article
	text     string
	toks     []text.Token
	stems    map[string]bool
	draft    *claims.Draft
	claims   []claims.Claim
	mentions []index.Mention // outside quotations
	entities map[string]bool
	figures  []figure
	facts    []facts.Fact
}

func (cs *coveredSentence) factIDs() string {
	ids := make([]string, len(cs.facts))
	for i, f := range cs.facts {
		ids[i] = f.ID
	}
	return strings.Join(ids, ",")
}

// minStatementShare is how much of a fact's statement, in content words, a
// sentence must hold to be the one it was curated from. Statements are in the
// curator's words, so a paraphrase keeps only part of the article's.
const minStatementShare = 0.6

// coverSentence returns the sentence with the facts curated from it, or nil
// when no fact of its story was.
func coverSentence(ix *index.Index, a *article, s string) *coveredSentence {
	cs := &coveredSentence{art: a, text: s, toks: text.Tokenize(s), stems: map[string]bool{}, entities: map[string]bool{}}
	cs.draft = claims.Parse(s)
	cs.claims = cs.draft.Claims()
	for _, t := range cs.toks {
		cs.stems[t.Stem] = true
	}
	for _, m := range ix.Names.Find(cs.toks) {
		if cs.draft.InQuote(cs.toks[m.From].Start) {
			continue
		}
		cs.mentions = append(cs.mentions, m)
		for _, id := range m.IDs {
			cs.entities[id] = true
		}
	}
	cs.figures = readFigures(s, cs.toks, cs.claims)
	for _, f := range a.story.Facts {
		if quoteFrom(f, cs) || statementFrom(ix, f, cs) {
			cs.facts = append(cs.facts, f)
		}
	}
	if len(cs.facts) == 0 {
		return nil
	}
	return cs
}

// quoteFrom reports whether a fact's recorded quotation is in the sentence, or a
// quotation of three words or more in the sentence is part of it (a quotation
// running over several sentences).
func quoteFrom(f facts.Fact, cs *coveredSentence) bool {
	if f.Quote == "" {
		return false
	}
	rec := normWords(f.Quote)
	if rec != "" && strings.Contains(" "+normWords(cs.text)+" ", " "+rec+" ") {
		return true
	}
	for _, c := range cs.claims {
		if c.Kind == claims.ClaimQuote && quoteMatches(c.Quote, f.Quote) {
			return true
		}
	}
	return false
}

// quoteMatches reports whether a quotation of three words or more is the
// recorded one, or a stretch of it, word for word.
func quoteMatches(quoted, recorded string) bool {
	q, r := normWords(quoted), normWords(recorded)
	if len(strings.Fields(q)) < 3 || r == "" {
		return false
	}
	return strings.Contains(" "+r+" ", " "+q+" ") || strings.Contains(" "+q+" ", " "+r+" ")
}

// normWords is a text's words, normalised and joined by single spaces.
func normWords(s string) string {
	toks := text.Tokenize(s)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Norm
	}
	return strings.Join(ws, " ")
}

// statementFrom reports whether the sentence holds most of a fact's statement,
// in content words, and shares an entity or a figure with the fact: the words
// alone could be a neighbouring sentence's.
func statementFrom(ix *index.Index, f facts.Fact, cs *coveredSentence) bool {
	var content, held int
	seen := map[string]bool{}
	for _, t := range text.Tokenize(f.Statement) {
		if text.IsStopword(t.Norm) || isDigits(t.Norm) || seen[t.Stem] {
			continue
		}
		seen[t.Stem] = true
		content++
		if cs.stems[t.Stem] {
			held++
		}
	}
	if content == 0 || float64(held) < minStatementShare*float64(content) {
		return false
	}
	for _, id := range factEntities(ix, f) {
		if cs.entities[id] {
			return true
		}
	}
	for _, g := range cs.figures {
		if factHasFigure(f, g.value) {
			return true
		}
	}
	return false
}

// factEntities are the entities a fact is about: its roles and the names in its
// statement.
func factEntities(ix *index.Index, f facts.Fact) []string {
	out := []string{f.Subject, f.Object, f.Speaker}
	for _, m := range ix.Names.Find(text.Tokenize(f.Statement)) {
		out = append(out, m.IDs...)
	}
	return slices.DeleteFunc(out, func(id string) bool { return id == "" })
}

// ---------------------------------------------------------------------------
// Figures

// figure is a number written in a sentence: the numeral to change and its value.
type figure struct {
	value      float64
	start, end int    // code points of the numeral ("3.2bn", "17", "three")
	raw        string // the numeral as written
}

// numeralRE reads a numeral in digits with a scale written onto it: "3.2bn",
// "150m", "2,500", "16.4".
var numeralRE = regexp.MustCompile(`^(\d[\d,]*(?:\.\d+)?)(bn|m|k)?$`)

// scales are the scale words and suffixes news copy writes after a figure.
var scales = map[string]float64{"bn": 1e9, "m": 1e6, "k": 1e3, "billion": 1e9, "million": 1e6, "thousand": 1e3, "trillion": 1e12}

// numberNames are the number words a figure mutation can change, by value.
var numberNames = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// readFigures finds the figures of a sentence: numerals in digits, read here
// rather than by the claims package so figures it does not read ("£3.2bn") are
// mutated too, and number words it reads as counts ("three homes"). Years are
// left out (they are dates), and so are numbers that are part of a name ("BBC
// Three", "Type 45", "C-17") or the second half of odds or a score ("5-2").
func readFigures(s string, toks []text.Token, cs []claims.Claim) []figure {
	rs := []rune(s)
	var out []figure
	for i, t := range toks {
		raw := string(rs[t.Start:t.End])
		v, ok := numeralValue(raw)
		if !ok || partOfName(rs, toks, i) {
			continue
		}
		scaled := v
		if i+1 < len(toks) && scales[toks[i+1].Norm] > 0 {
			scaled *= scales[toks[i+1].Norm]
		}
		if isYear(raw) && scaled == v && !(t.End < len(rs) && rs[t.End] == '%') {
			continue
		}
		out = append(out, figure{value: scaled, start: t.Start, end: t.End, raw: raw})
	}
	for _, c := range cs {
		if c.Kind != claims.ClaimNumber {
			continue
		}
		for i, t := range toks {
			if t.Start < c.Start || t.End > c.End || float64(slices.Index(numberNames, t.Norm)) != c.Value || partOfName(rs, toks, i) {
				continue
			}
			// "one" is mostly a pronoun ("one of the"); only "one in three" is a figure.
			if t.Norm == "one" && (i+1 >= len(toks) || toks[i+1].Norm != "in") {
				continue
			}
			out = append(out, figure{value: c.Value, start: t.Start, end: t.End, raw: string(rs[t.Start:t.End])})
		}
	}
	return out
}

// partOfName reports whether token i, a number, is part of a name or a pair
// rather than a figure of its own: written with a capital inside a sentence
// ("BBC Three"), after a capitalised word ("Type 45", "C-17") unless a currency
// sign comes between ("US$10.6"), or after a number and a hyphen ("5-2").
func partOfName(rs []rune, toks []text.Token, i int) bool {
	t := toks[i]
	if t.Upper && !t.First && !isDigits(t.Norm) {
		return true
	}
	if i == 0 || t.Start == 0 {
		return false
	}
	prev, before := toks[i-1], rs[t.Start-1]
	if strings.ContainsRune("$\u00a3\u20ac\u00a5", before) {
		return false
	}
	gap := string(rs[prev.End:t.Start])
	if (gap == " " || gap == "-") && (prev.Upper || prev.Caps) && !prev.First && !isDigits(prev.Norm) {
		return true
	}
	return gap == "-" && isDigits(prev.Norm)
}

// numeralValue reads a numeral in digits with its scale suffix.
func numeralValue(raw string) (float64, bool) {
	m := numeralRE.FindStringSubmatch(strings.ToLower(raw))
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil {
		return 0, false
	}
	if m[2] != "" {
		v *= scales[m[2]]
	}
	return v, true
}

// isYear reports whether a bare numeral reads as a year: 1900 to 2100, no comma.
func isYear(raw string) bool {
	n, err := strconv.Atoi(raw)
	return err == nil && n >= 1900 && n <= 2100
}

func isDigits(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// factHasFigure reports whether a fact records value: as its value, or as a
// figure of its statement.
func factHasFigure(f facts.Fact, v float64) bool {
	if f.Value != nil && sameValue(*f.Value, v) {
		return true
	}
	toks := text.Tokenize(f.Statement)
	for _, g := range readFigures(f.Statement, toks, claims.Extract(f.Statement)) {
		if sameValue(g.value, v) {
			return true
		}
	}
	return false
}

func sameValue(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// numeralPartsRE splits a numeral into its whole part, its decimals and its
// scale suffix.
var numeralPartsRE = regexp.MustCompile(`^(\d[\d,]*)(?:\.(\d+))?(.*)$`)

// changeNumeral writes a different figure in the numeral's own style: small
// whole numbers go up by one, others by half, rounded to the numeral's own
// precision; commas, scale suffixes and number words are kept.
func changeNumeral(raw string) (string, bool) {
	if i := slices.Index(numberNames, strings.ToLower(raw)); i >= 0 {
		if i+1 >= len(numberNames) {
			return "", false
		}
		return matchCase(numberNames[i+1], raw), true
	}
	m := numeralPartsRE.FindStringSubmatch(raw)
	if m == nil {
		return "", false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "")+"."+m[2]+"0", 64)
	if err != nil {
		return "", false
	}
	decimals := len(m[2])
	var nv float64
	if decimals == 0 && v < 10 {
		nv = v + 1
	} else {
		p := math.Pow(10, float64(decimals))
		nv = math.Round(v*1.5*p) / p
	}
	if nv == v {
		nv = v + 1
	}
	s := strconv.FormatFloat(nv, 'f', decimals, 64)
	if strings.Contains(m[1], ",") {
		s = withCommas(s)
	}
	return s + m[3], true
}

// withCommas groups the whole part of a number by thousands.
func withCommas(s string) string {
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		return b.String() + "." + frac
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Mutations

// mutation is one planted change in a covered sentence.
type mutation struct {
	kind        string
	story       string
	factID      string
	mutated     string // the sentence with the change
	original    string // the words replaced
	replacement string
	start, end  int      // code points of the replacement in mutated
	wantKind    string   // the finding kind the change calls for; "" any
	expect      []string // the original value, any of these forms
	expectValue float64  // for a figure, its value
}

// expects reports whether a finding gives the original value in its expected
// value or message.
func (m mutation) expects(f facts.Finding) bool {
	said := text.Fold(f.Expected + " \u0000 " + f.Message)
	for _, e := range m.expect {
		if e != "" && strings.Contains(said, text.Fold(e)) {
			return true
		}
	}
	if m.kind == mutFigure {
		for _, s := range []string{f.Expected, f.Message} {
			toks := text.Tokenize(s)
			for _, g := range readFigures(s, toks, claims.Extract(s)) {
				if sameValue(g.value, m.expectValue) {
					return true
				}
			}
		}
	}
	return false
}

// replace returns a mutation of the sentence with code points start..end
// replaced; the replacement must differ from the original.
func (cs *coveredSentence) replace(kind string, f facts.Fact, start, end int, repl string) (mutation, bool) {
	rs := []rune(cs.text)
	orig := string(rs[start:end])
	if repl == "" || repl == orig {
		return mutation{}, false
	}
	mutated := string(rs[:start]) + repl + string(rs[end:])
	return mutation{kind: kind, story: cs.art.story.Story.ID, factID: f.ID, mutated: mutated,
		original: orig, replacement: repl, start: start, end: start + utf8.RuneCountInString(repl)}, true
}

// generateMutations makes every mutation of a covered sentence, one change at a
// time, in sentence order; a change two facts call for is made once.
func generateMutations(ix *index.Index, cs *coveredSentence) []mutation {
	var out []mutation
	seen := map[string]bool{}
	add := func(ms ...mutation) {
		for _, m := range ms {
			key := fmt.Sprintf("%s %d %s", m.kind, m.start, m.replacement)
			if !seen[key] {
				seen[key] = true
				out = append(out, m)
			}
		}
	}
	for _, f := range cs.facts {
		add(figureMutations(cs, f)...)
		add(quoteMutations(ix, cs, f)...)
		add(entityMutations(ix, cs, f, "person", mutPerson)...)
		add(entityMutations(ix, cs, f, "organization", mutOrganisation)...)
		add(titleMutations(ix, cs, f)...)
		add(dateMutations(cs, f)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// figureMutations change each figure of the sentence that the fact records.
func figureMutations(cs *coveredSentence, f facts.Fact) []mutation {
	var out []mutation
	for _, g := range cs.figures {
		// A figure inside a quotation is the quotation's words; a day of the
		// month is a date's.
		if !factHasFigure(f, g.value) || cs.draft.InQuote(g.start) || cs.inClaim(claims.ClaimDate, g.start) {
			continue
		}
		repl, ok := changeNumeral(g.raw)
		if !ok {
			continue
		}
		if m, ok := cs.replace(mutFigure, f, g.start, g.end, repl); ok {
			m.wantKind = "number"
			m.expect = []string{g.raw}
			m.expectValue = g.value
			out = append(out, m)
		}
	}
	return out
}

// quoteMutations change one word of each quotation of the sentence that is the
// fact's recorded one: the content word nearest its middle, replaced by a word
// of the same form from elsewhere in the article.
func quoteMutations(ix *index.Index, cs *coveredSentence, f facts.Fact) []mutation {
	if f.Quote == "" {
		return nil
	}
	var out []mutation
	for _, c := range cs.claims {
		if c.Kind != claims.ClaimQuote || !quoteMatches(c.Quote, f.Quote) {
			continue
		}
		var inQuote []text.Token
		stems := map[string]bool{}
		for _, t := range cs.toks {
			if t.Start >= c.Start && t.End <= c.End {
				inQuote = append(inQuote, t)
				stems[t.Stem] = true
			}
		}
		w, ok := middleContentWord(recordedPart(inQuote, f.Quote))
		if !ok {
			continue
		}
		repl, ok := similarWord(ix, cs.art, w, stems)
		if !ok {
			continue
		}
		rs := []rune(cs.text)
		if m, ok := cs.replace(mutQuote, f, w.Start, w.End, matchCase(repl, string(rs[w.Start:w.End]))); ok {
			m.wantKind = "quote"
			m.expect = []string{m.original}
			out = append(out, m)
		}
	}
	return out
}

// recordedPart is the stretch of a quotation's words that the fact records:
// the article often quotes more than the curator kept, and a word changed
// outside the recorded part is one the knowledge base cannot know.
func recordedPart(quoted []text.Token, recorded string) []text.Token {
	rec := text.Tokenize(recorded)
	same := func(a []text.Token, b []text.Token) bool {
		for i := range b {
			if a[i].Norm != b[i].Norm {
				return false
			}
		}
		return true
	}
	for i := 0; i+len(rec) <= len(quoted); i++ {
		if same(quoted[i:], rec) {
			return quoted[i : i+len(rec)]
		}
	}
	for i := 0; i+len(quoted) <= len(rec); i++ {
		if same(rec[i:], quoted) {
			return quoted
		}
	}
	return nil
}

// middleContentWord picks the quotation's word to change: a lower-case content
// word of four letters or more (not a name), the one nearest the middle, where
// a change cannot pass for a quotation cut short.
func middleContentWord(toks []text.Token) (text.Token, bool) {
	best, bestDist := -1, 0
	for i, t := range toks {
		if !isContentWord(t) || t.Upper {
			continue
		}
		d := abs(2*i - (len(toks) - 1))
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return text.Token{}, false
	}
	return toks[best], true
}

// isContentWord reports whether a token is a word of four letters or more that
// is not a stopword.
func isContentWord(t text.Token) bool {
	if len(t.Norm) < 4 || text.IsStopword(t.Norm) {
		return false
	}
	for _, r := range t.Norm {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// similarWord finds a replacement for a quoted word: a lower-case content word
// of the article outside the quotation, not a form or lexicon synonym of it,
// and as like it as the article allows: the same parts of speech in WordNet,
// the same ending (a verb stays a verb, a plural a plural), about as common and
// as long; the first in the article on a tie. A role noun is passed over: it
// would make the change a title's.
func similarWord(ix *index.Index, a *article, w text.Token, quoted map[string]bool) (string, bool) {
	best, bestScore := "", math.Inf(1)
	for _, t := range a.toks {
		if !isContentWord(t) || t.Upper || quoted[t.Stem] || text.IsRoleNoun(t.Norm) || ix.SameConcept(t.Stem, w.Stem) {
			continue
		}
		if score := unlikeness(w, t); score < bestScore {
			best, bestScore = t.Norm, score
		}
	}
	return best, best != ""
}

// unlikeness scores how unlike two words are in kind: parts of speech weigh
// most, then the ending, then commonness and length.
func unlikeness(a, b text.Token) float64 {
	score := 0.0
	pa, pb := wordnet.PartsOfSpeech(a.Stem), wordnet.PartsOfSpeech(b.Stem)
	switch {
	case pa == 0 || pb == 0:
		score += 200 // not an English word WordNet knows: a name, a typo
	case pa&pb == 0:
		score += 100
	case pa != pb:
		score += 20
	}
	if wordEnding(a.Norm) != wordEnding(b.Norm) {
		score += 30
	}
	score += 10 * math.Abs(wordnet.Commonness(a.Stem)-wordnet.Commonness(b.Stem))
	return score + float64(abs(len(a.Norm)-len(b.Norm)))
}

// wordEnding is the inflection or suffix a word ends in.
func wordEnding(w string) string {
	for _, e := range []string{"ing", "ed", "ly", "tion", "ness", "ment", "ous", "able", "ible", "al", "ive", "ful", "er", "est", "s"} {
		if strings.HasSuffix(w, e) {
			return e
		}
	}
	return ""
}

// honorifics may precede a surname; a changed name replaces them too.
var honorifics = text.Set(`mr mrs ms miss dr sir lord lady`)

// entityMutations replace each mention of the fact's subject or speaker, if an
// entity of the given kind, with the full name of another entity of that kind
// in the same story. Only proper names are changed, not descriptions ("the
// corporation"), nor part of a longer name (see partOfLongerName).
func entityMutations(ix *index.Index, cs *coveredSentence, f facts.Fact, entityKind, kind string) []mutation {
	var out []mutation
	for _, m := range cs.mentions {
		id := ""
		for _, x := range m.IDs {
			if (x == f.Subject || x == f.Speaker) && ix.Names.Kind(x) == entityKind {
				id = x
			}
		}
		if id == "" || !properName(cs.toks[m.From:m.To]) || cs.partOfLongerName(m) {
			continue
		}
		other, ok := otherEntity(cs, id, entityKind)
		if !ok {
			continue
		}
		start, end, poss := cs.mentionSpan(m)
		repl := strings.TrimPrefix(other.Name, "The ")
		if poss == "'" && !strings.HasSuffix(repl, "s") {
			poss = "'s" // "Collins' ban" becomes "Lloyd's ban"
		}
		mu, ok := cs.replace(kind, f, start, end, repl+poss)
		if !ok {
			continue
		}
		e, _ := ix.Names.Entity(id)
		mu.expect = append([]string{e.Name, mu.original}, e.Aliases...)
		out = append(out, mu)
	}
	return out
}

// properName reports whether a mention is a name rather than a description:
// one of its words (articles aside) is capitalised.
func properName(toks []text.Token) bool {
	for _, t := range toks {
		if (t.Upper || t.Caps) && t.Norm != "the" {
			return true
		}
	}
	return false
}

// partOfLongerName reports whether a mention is only part of a name: in
// parentheses or followed by them (the same name twice, spelt out and
// shortened), or followed by another capitalised word ("The Telegraph Group").
func (cs *coveredSentence) partOfLongerName(m index.Mention) bool {
	rs := []rune(cs.text)
	start, end := cs.toks[m.From].Start, cs.toks[m.To-1].End
	before := strings.TrimRight(string(rs[:start]), " ")
	after := strings.TrimLeft(string(rs[end:]), " ")
	if m.To < len(cs.toks) && string(rs[end:cs.toks[m.To].Start]) == " " && cs.toks[m.To].Upper {
		return true
	}
	return strings.HasSuffix(before, "(") || strings.HasPrefix(after, "(")
}

// mentionSpan is the code-point span to replace for a mention, and the
// possessive that ends it ("'s", or "'" after an s). The span takes in an
// honorific before ("Mr Wellington") and the possessive, and leaves out a
// leading article: "The Telegraph" becomes "The Hollinger International".
func (cs *coveredSentence) mentionSpan(m index.Mention) (start, end int, poss string) {
	rs := []rune(cs.text)
	first := m.From
	if cs.toks[first].Norm == "the" && first+1 < m.To {
		first++
	}
	start, end = cs.toks[first].Start, cs.toks[m.To-1].End
	if first > 0 && first == m.From && honorifics[cs.toks[first-1].Norm] {
		start = cs.toks[first-1].Start
	}
	if poss = possessive(string(rs[start:end])); poss == "" && end < len(rs) && (rs[end] == '\'' || rs[end] == '\u2019') &&
		(end+1 == len(rs) || !unicode.IsLetter(rs[end+1])) {
		poss = string(rs[end])
		end++
	}
	return start, end, poss
}

// possessive returns the possessive ending of a word, if any.
func possessive(w string) string {
	for _, suf := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(w, suf) {
			return suf
		}
	}
	return ""
}

// otherEntity picks the stand-in for an entity: the next entity of the same
// kind in the story's order (wrapping round) with a proper name, that the
// sentence does not name and that shares no word of its name.
func otherEntity(cs *coveredSentence, id, kind string) (facts.Entity, bool) {
	var same []facts.Entity
	at := -1
	for _, e := range cs.art.story.Entities {
		if e.Kind != kind {
			continue
		}
		if e.ID == id {
			at = len(same)
		}
		same = append(same, e)
	}
	if at < 0 {
		return facts.Entity{}, false
	}
	orig := map[string]bool{}
	for _, t := range text.Tokenize(same[at].Name) {
		orig[t.Norm] = true
	}
	for k := 1; k < len(same); k++ {
		e := same[(at+k)%len(same)]
		toks := text.Tokenize(e.Name)
		if cs.entities[e.ID] || !properName(toks) {
			continue
		}
		shares := false
		for _, t := range toks {
			shares = shares || orig[t.Norm] && !text.IsStopword(t.Norm)
		}
		if !shares {
			return e, true
		}
	}
	return facts.Entity{}, false
}

// otherRoles are the role nouns a title mutation puts in place of the original.
var otherRoles = []string{"chairman", "director", "spokesman", "minister", "secretary", "executive"}

// titleMutations change the role noun of each person-with-title claim in the
// sentence whose person the story knows with a recorded title holding that
// role: "finance spokesman" becomes "finance chairman".
func titleMutations(ix *index.Index, cs *coveredSentence, f facts.Fact) []mutation {
	var out []mutation
	for _, c := range cs.claims {
		if c.Kind != claims.ClaimPerson || c.Name == nil || c.Title == nil {
			continue
		}
		e, ok := titledPerson(ix, cs, *c.Name)
		if !ok {
			continue
		}
		recorded := map[string]bool{}
		for _, s := range append([]string{e.Title}, e.Aliases...) {
			for _, t := range text.Tokenize(s) {
				if text.IsRoleNoun(t.Norm) {
					recorded[t.Stem] = true
				}
			}
		}
		var role text.Token
		for _, t := range cs.toks {
			if t.Start >= c.Title.Start && t.End <= c.Title.End && text.IsRoleNoun(t.Norm) && recorded[t.Stem] {
				role = t
			}
		}
		if role.Norm == "" {
			continue
		}
		for _, r := range otherRoles {
			if recorded[text.Stem(r)] || r == role.Norm || ix.SameConcept(text.Stem(r), role.Stem) {
				continue
			}
			rs := []rune(cs.text)
			if m, ok := cs.replace(mutTitle, f, role.Start, role.End, matchCase(r, string(rs[role.Start:role.End]))); ok {
				m.wantKind = "title"
				m.expect = []string{m.original}
				out = append(out, m)
			}
			break
		}
	}
	return out
}

// titledPerson is the story's person, with a recorded title, a name span names.
func titledPerson(ix *index.Index, cs *coveredSentence, name claims.Span) (facts.Entity, bool) {
	for _, m := range cs.mentions {
		if cs.toks[m.From].Start >= name.End || cs.toks[m.To-1].End <= name.Start {
			continue
		}
		for _, id := range m.IDs {
			for _, e := range cs.art.story.Entities {
				if e.ID == id && e.Kind == "person" && e.Title != "" {
					return e, true
				}
			}
		}
	}
	return facts.Entity{}, false
}

// monthNames and weekdayNames index English month and day names.
var (
	monthNames   = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// factDates are the weekdays, months and years a fact dates its event to: by
// its date, and by day and month names and years in its statement.
type factDates struct {
	weekdays map[string]bool
	months   map[int]bool
	years    map[int]bool
}

func datesOf(f facts.Fact) factDates {
	d := factDates{weekdays: map[string]bool{}, months: map[int]bool{}, years: map[int]bool{}}
	if t, err := time.Parse("2006-01-02", f.Date); err == nil {
		d.weekdays[t.Weekday().String()] = true
		d.months[int(t.Month())] = true
		d.years[t.Year()] = true
	} else if t, err := time.Parse("2006-01", f.Date); err == nil {
		d.months[int(t.Month())] = true
		d.years[t.Year()] = true
	} else if y, err := strconv.Atoi(f.Date); err == nil {
		d.years[y] = true
	}
	for _, c := range claims.Extract(f.Statement) {
		if c.Kind != claims.ClaimDate {
			continue
		}
		if c.Weekday != "" {
			d.weekdays[c.Weekday] = true
		}
		if c.Month > 0 {
			d.months[c.Month] = true
		}
		if c.Year > 0 {
			d.years[c.Year] = true
		}
	}
	return d
}

// dateMutations change one part of each date in the sentence that agrees with
// the fact's: the weekday to the next day, else the month to the next month,
// else the year to the next year.
func dateMutations(cs *coveredSentence, f facts.Fact) []mutation {
	fd := datesOf(f)
	var out []mutation
	for _, c := range cs.claims {
		// A day name inside a name ("Sunday Telegraph") is no date.
		if c.Kind != claims.ClaimDate || cs.inMention(c.Start) {
			continue
		}
		var word, repl string
		switch {
		case c.Weekday != "" && fd.weekdays[c.Weekday]:
			i := slices.Index(weekdayNames, c.Weekday)
			word, repl = c.Weekday, weekdayNames[(i+1)%7]
		case c.Month > 0 && fd.months[c.Month]:
			word, repl = monthNames[c.Month], monthNames[c.Month%12+1]
		case c.Year > 0 && fd.years[c.Year]:
			word, repl = strconv.Itoa(c.Year), strconv.Itoa(c.Year+1)
		default:
			continue
		}
		for _, t := range cs.toks {
			end := t.End - utf8.RuneCountInString(possessive(string([]rune(cs.text)[t.Start:t.End])))
			full := t.Norm == strings.ToLower(word)
			// An abbreviated name ("Dec", "Sept") is changed to an abbreviation.
			short := len(t.Norm) >= 3 && !isDigits(t.Norm) && strings.HasPrefix(strings.ToLower(word), t.Norm)
			if t.Start < c.Start || t.End > c.End || !full && !short {
				continue
			}
			r := repl
			if !full {
				r = repl[:3]
			}
			if m, ok := cs.replace(mutDate, f, t.Start, end, r); ok {
				m.wantKind = "date"
				m.expect = []string{word}
				out = append(out, m)
			}
			break
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// Small helpers

// inClaim reports whether code point at lies inside a claim of the kind.
func (cs *coveredSentence) inClaim(kind string, at int) bool {
	for _, c := range cs.claims {
		if c.Kind == kind && at >= c.Start && at < c.End {
			return true
		}
	}
	return false
}

// inMention reports whether code point at lies inside a named entity.
func (cs *coveredSentence) inMention(at int) bool {
	for _, m := range cs.mentions {
		if at >= cs.toks[m.From].Start && at < cs.toks[m.To-1].End {
			return true
		}
	}
	return false
}

// matchCase writes w with the capitalisation of like: "Chairman" for
// "Spokesman", "chairman" for "spokesman".
func matchCase(w, like string) string {
	r, _ := utf8.DecodeRuneInString(like)
	if unicode.IsUpper(r) {
		f, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(f)) + w[n:]
	}
	return strings.ToLower(w)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
