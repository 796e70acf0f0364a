package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/eval"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// realNews runs one part of the real-news benchmark (testdata/realnews/PART):
// its stories imported into a knowledge base with the bundled ones, every
// question and draft run through eval, and the same questions put to a plain
// BM25 search over the same facts, side by side.
func realNews(t *testing.T, part string) (kb, baseline eval.Report) {
	t.Helper()
	dir := filepath.Join("testdata", "realnews", part)
	db := sqlitetest.Open(t, filepath.Join(dir, "stories"))
	files, err := eval.Load(filepath.Join(dir, "questions"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if kb, err = eval.Run(ctx, files, db, db); err != nil {
		t.Fatal(err)
	}
	if baseline, err = eval.Run(ctx, files, newBM25(stories(t, filepath.Join(dir, "stories"))), nil); err != nil {
		t.Fatal(err)
	}
	for _, q := range kb.Questions {
		if q.Verdict != eval.Pass {
			t.Logf("%s %s %q: %s | %s | %s", q.Verdict, filepath.Base(q.File), q.Question.Q, q.Why, q.Answer.Answer, eval.Explained(q.Answer.Explain))
		}
	}
	for _, d := range kb.Drafts {
		for _, p := range d.Missed {
			t.Logf("missed %s %s %q", d.Draft.ID, p.Kind, p.Text)
		}
		for _, f := range d.Spurious {
			t.Logf("false alarm %s %s %q: %s", d.Draft.ID, f.Kind, f.Text, f.Message)
		}
	}
	report := func(name string, r eval.Report) {
		pass, fail, wrong := r.Counts()
		n := len(r.Questions)
		t.Logf("%s %s: %d/%d right (%.1f%%), %d failed, %d wrong (%.1f%%)", part, name, pass, n, 100*float64(pass)/float64(n), fail, wrong, 100*float64(wrong)/float64(n))
	}
	report("factdesk", kb)
	report("BM25", baseline)
	if len(kb.Drafts) > 0 {
		r, p := kb.RecallPrecision()
		t.Logf("%s drafts: %d, recall %.2f, precision %.2f", part, len(kb.Drafts), r, p)
	}
	return kb, baseline
}

// stories reads the bundled stories and the story files of dir, for the baseline.
func stories(t *testing.T, dir string) []*facts.StoryFile {
	t.Helper()
	inputs := bundled.Files()
	names, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, facts.ImportInput{Name: n, Data: data})
	}
	var out []*facts.StoryFile
	for _, in := range inputs {
		if f := storyfile.Parse(in.Name, in.Data); f.Story != nil {
			out = append(out, f.Story)
		}
	}
	return out
}

// TestRealNews_Dev: each development part of the benchmark answers at least as
// well as it did when last measured, and never wrongly more often. dev is the
// first fifteen articles; dev2 and dev3 were curated blind in stop 22, dev4
// in stop 23, dev8 to dev13 in stop 24, dev14 to dev17 in stop 25, dev18 and
// dev19 in stop 26, dev20 to dev23 in stop 27, dev24 and dev25 in stop 28,
// dev26 in stop 29, dev27 in stop 30, dev28 in stop 31, dev29 in stop 32,
// dev30 in stop 33, dev31 in stop 34, dev32 in stop 35, dev33 in stop 36, dev34 in stop 37, dev35 in stop 38, dev36 in stop 39, dev37 in stop 40, dev38 in stop 41, dev39 in stop 42, dev40 in stop 43, dev41 in stop 44, dev42 in stop 45, dev43 in stop 46, dev44 in stop 47, dev45 in stop 48, dev46 and dev47 in stop 49, dev48 and dev49 in stop 50, dev50 and dev51 in stop 51, dev52 and dev53 in stop 52, dev54 and dev55 in stop 53, dev56 and dev57 in stop 54, dev58 and dev59 in stop 55, dev60 and dev61 in stop 56, dev62 and dev63 in stop 57, dev64 and dev65 in stop 58, dev66 and dev67 in stop 59, dev68 and dev69 in stop 60, dev70 and dev71 in stop 61, dev72 and dev73 in stop 62, dev74 and dev75 in stop 63, dev76 and dev77 in stop 64, dev78 and dev79 in stop 65, dev80 and dev81 in stop 66 (their questions written before the engine was run on
// them), and are developed on beside it, each in a knowledge base of its own.
func TestRealNews_Dev(t *testing.T) {
	for _, part := range []string{"dev", "dev2", "dev3", "dev4", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81"} {
		t.Run(part, func(t *testing.T) {
			bar := devBars[part]
			kb, _ := realNews(t, part)
			pass, _, wrong := kb.Counts()
			if pass < bar.minPass || wrong > bar.maxWrong {
				t.Errorf("%s: %d right, %d wrong; want at least %d right and at most %d wrong", part, pass, wrong, bar.minPass, bar.maxWrong)
			}
			if len(kb.Drafts) == 0 || bar.minDraftRecall == 0 {
				return
			}
			if r, p := kb.RecallPrecision(); r < bar.minDraftRecall || p < bar.minDraftPrecision {
				t.Errorf("%s drafts: recall %.2f, precision %.2f; want at least %.2f and %.2f", part, r, p, bar.minDraftRecall, bar.minDraftPrecision)
			}
		})
	}
}

// TestRealNews_Heldout runs the parts kept unseen while the engine was tuned,
// only with FACTDESK_HELDOUT=1: the held-out third, and the fresh parts,
// curated and questioned in stop 22 by curators who never ran the engine
// (fresh at its start, fresh2 at its end).
func TestRealNews_Heldout(t *testing.T) {
	if os.Getenv("FACTDESK_HELDOUT") == "" {
		t.Skip("the held-out parts run with FACTDESK_HELDOUT=1")
	}
	for _, part := range heldoutParts {
		t.Run(part, func(t *testing.T) { realNews(t, part) })
	}
}

// heldoutParts are the parts of the benchmark scored only, never tuned on.
// dev5, dev6 and dev7, curated blind in stop 23, were its validation: scored
// through it to choose which changes carried to unseen copy, never read;
// val1 and val2, curated blind at the start of stop 45, joined them, val3
// at the start of stop 46, val4 at the start of stop 47 and val5 and val6
// early in it, val7 and val8 early in stop 48, val9 early in stop 49, val10 at the
// start of stop 50, val11 at the start of stop 51, val12 at the start of stop 52, val13 at the start of stop 53, val14 at the start of stop 54, val15 at the start of stop 55, val16 at the start of stop 56, val17 at the start of stop 57, val18 at the start of stop 58, val19 at the start of stop 59, val20 at the start of stop 60, val21 at the start of stop 61, val22 at the start of stop 62, val23 at the start of stop 63, val24 at the start of stop 64, val25 at the start of stop 65, val26 at the start of stop 66.
// fresh3 was curated blind in stop 30, fresh4 in stop 31, fresh5 in stop 32,
// fresh6 in stop 33, fresh7 in stop 34, fresh8 in stop 35, fresh9 in stop 36, fresh10 in stop 37, fresh11 in stop 38, fresh12 in stop 39, fresh13 in stop 40, fresh14 in stop 41, fresh15 in stop 42, fresh16 and fresh17 in stop 43 (fresh17 near its end), fresh18 in stop 44, fresh19 in stop 45, fresh20 in stop 46, fresh21 in stop 47, fresh22 in stop 48, fresh23 in stop 49, fresh24 in stop 50, fresh25 in stop 51, fresh26 in stop 52, fresh27 in stop 53, fresh28 in stop 54, fresh29 in stop 55, fresh30 in stop 56, fresh31 in stop 57, fresh32 in stop 58, fresh33 in stop 59, fresh34 in stop 60, fresh35 in stop 61, fresh36 in stop 62, fresh37 in stop 63, fresh38 in stop 64, fresh39 in stop 65, fresh40 in stop 66, each scored
// with its stop's first and last engines only.
var heldoutParts = []string{"heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "dev5", "dev6", "dev7", "val1", "val2", "val3", "val4", "val5", "val6", "val7", "val8", "val9", "val10", "val11", "val12", "val13", "val14", "val15", "val16", "val17", "val18", "val19", "val20", "val21", "val22", "val23", "val24", "val25", "val26"}

// devBars are the bars each development part must clear, raised as the
// engine improves: answers right and wrong, and the check's recall and
// precision on the part's drafts (0: not held; from stop 49 every part's,
// at its figures floored to two decimals). A right answer bar comes down
// only when a change trades right answers for fewer wrong ones (in stop 24,
// the verb rule's share, see decision.json's note, verbs of telling read only
// as verbs, and names in capitals; in stop 26, dev11's when a question that
// names its speakers by a word took them for the words' speakers; in stop
// 27, dev4's, dev10's and dev17's when English words stopped being read as
// other words the knowledge base holds: "wording" as "work" had answered by
// luck, and "celeb" and "goverment", which stem as the words "Celebes" and
// "governess", are no longer corrected; and most parts' when the rule for
// yes-no questions far ahead, which had raised them, was taken out on the
// evidence of dev22; in stop 28, most parts' when the verb, counted and
// far-ahead rules were made stricter and the counted rule then switched off,
// which also lowered most parts' wrong answer bars; in stop 32, several
// parts' when a who-question's fact far ahead was asked to hold more of its
// words). In stop 32 dev10's wrong answer bar went up by one, when a
// how-long question's common verb came to be held by any stretch of time
// ("How long did the show last?" answered with another show's four days),
// a wrong answer swapped for one dev28 no longer gives. In stop 33 dev26's
// right answer bar came down by one, when a who-question came to ask the
// doer after auxiliaries, so that a fact telling the act in the passive
// with no "by" no longer answers ("Who should replace British troops?":
// "should be replaced with forces from other countries"), and a wrong
// answer of dev30's went; and dev17's, when a how-long question came to
// want a stretch of time, not a count of things ("How long is the TUC's
// submission?": "runs to 36 pages"), two wrong answers going with it. Both
// rose past their old bars with the stop's later changes. In stop 34 the
// right answer bars of dev20, dev24, dev26 and dev30 came down by one each,
// when a why-question came to want a fact that gives a cause, if only in a
// word that may ("for", "since", "by"): a fact that tells only the event no
// longer answers ("Why is the sheriff angry?": "The video angered a
// sheriff"), three wrong answers going with it; in stop 35, a yes-no
// question's fact that says the act otherwise came to need more of the rest
// than a preposition ("Will Wilkinson play against Ireland?" is not settled
// by the match against Ireland he targeted), two right answers in dev2 and
// dev11 ("Is Marsh cooperating with the SEC?") going with a wrong one;
// and a who-question's act held only as an infinitive after a word of
// prospect ("favourite to win") came to be no answer, one right answer in
// dev2 going with a wrong one ("Jade Johnson beat her rival with her final
// jump to win the AAAs long jump title" is read as a prospect). In stop 42
// dev24's came down by one, when only a body named in a person's title came
// to make them speak for it: "what did Eavis's daughter say" had been
// answered by taking Emily Eavis, "daughter of Michael Eavis", to speak for
// her father, and a wrong answer of dev39 went ("What did Sylvester
// Stallone say about his mother's eviction?", answered with his mother's).
// In stop 43 dev13's came down by one, when a figure narrowed by a
// nationality the question does not give came to count only a part of what
// is asked: "How many newspapers were sent his views?" had been answered by
// "two Scottish newspapers", and a wrong answer of dev40 went ("How many
// authors are on the shortlist?", answered with "three British authors").
// Later in stop 43 dev12's and dev36's came down by one each, when the one
// saying, before what is said, came to name nothing a which-question asks
// for: "Which colour of the mini is being dropped?" ("Apple said the gold
// coloured version...") and dev12's "What absorbs the light inside the
// silicon?" went, with dev35's "Which rival exchange operator may also bid
// for the LSE?" (Euronext, telling of itself) and dev40's "Which users
// naively assume they are safe online?", and a wrong answer of dev34
// went ("Which men are in the greatest men's field ever?", answered with
// "David Bedford said that after announcing the greatest men's field ever").
// In stop 45 dev36's came down by one when "added" came to stem as "add", not
// "ad" (an advertisement): "What has been added to the iPod Photo range?"
// reads "added to" as WordNet's "add to" now, held by "added to the iPod Photo
// family" but "range" not, while development as a whole gained two right
// answers and lost two wrong ones. Later in stop 45 dev12's came down by one
// when a time said of the act asked only after "if" came to answer no
// when-question: "By when must all staff make concessions?" ("may need to
// start liquidating assets if it does not get concessions from all staff by
// the middle of this month") went with dev21's wrong answer to "When will
// the next general election be held?" ("Voters must register by 11 March if
// the next general election is held on 5 May as expected"). In stop 46
// dev36's and dev39's came down by one each when a noun whose main sense is
// an attribute and one of whose next senses is a quantity came to ask a
// figure: "what was the capacity of the old mini?" ("can hold 6GB, compared
// with 4GB for the previous model", no longer sure enough as a how-much
// question) and "Over what distances can UWB stream data?" ("over short
// distances", no figure) went with dev28's and dev42's wrong answers to
// "What is Murrayfield's capacity?" and "At what age can council workers
// currently claim their pensions?". In stop 47 dev4's came down by one when
// the thing a which-question asks for came to be held by no recorded title
// alone: "Which film won Bill Conti an Oscar?" had been held through his
// title "musical director of the Oscars", and dev10's wrong answer to
// "Which songs did Sir Elton play in Paris?" (through "British singer")
// went; and dev44's came down by one (from its arrival, 206), when a body
// or a place before a noun came to name no thing a name-asking question
// asks for: "What is the name of the police spokesman?" had been answered
// through "Miami Beach police" (its "spokesman" taken for another story's
// entity), and its wrong answer to "What is the project called?" ("the EU
// project") went. Later in stop 47 the bars of dev9 (2), dev11, dev16,
// dev18 (2), dev19, dev31, dev33, dev34 (3), dev35 (2) and dev39 (2) came
// down, 16 right answers in all, when a how-many question came to be
// answered only by a fact 0.8 ahead of every other that could answer,
// unless it counts the very thing asked (decision.json's min_margin_for):
// of two facts nearly level, each with a figure, the better scored was
// too often the wrong one, and wrong answers of dev8, dev10 and dev32
// went ("How big is the console?", answered with "the first million PSPs
// sold"), with a net one of validation's (three right answers there went
// with it). Then dev11's wrong answer bar went up by one, when a fact that
// names a thing beside a which-question's focus noun came to weigh in the
// ranking: "Which book won the first novel award?" is answered with "her
// book Small Island won novel of the year", while dev35's wrong answer to
// "Which artists are taking part in Fonetography?" went and dev9 and
// dev37 gained a right one each (validation one more). In stop 50 the
// what- and which-questions whose verb a fact holds only by a synonym came
// to need the rest of their words (see decision.json's note): 30 right
// answers and 6 wrong ones fewer over the development parts. In stop 55
// four decision rules were made a step stricter (see decision.json's note):
// the right answer bars of 22 parts came down, by one or two, 23 right
// answers and 9 wrong ones fewer over the development parts (validation 10
// and 2), among them "Who did Agassi beat in the first round?" answered
// with whom he faces in the next.
var devBars = map[string]struct {
	minPass, maxWrong                 int
	minDraftRecall, minDraftPrecision float64
}{
	"dev":   {minPass: 337, maxWrong: 2, minDraftRecall: 0.95, minDraftPrecision: 1.00},
	"dev2":  {minPass: 182, maxWrong: 2, minDraftRecall: 0.77, minDraftPrecision: 0.95},
	"dev3":  {minPass: 170, maxWrong: 8, minDraftRecall: 0.88, minDraftPrecision: 1.00},
	"dev4":  {minPass: 179, maxWrong: 3, minDraftRecall: 0.80, minDraftPrecision: 1.00},
	"dev8":  {minPass: 213, maxWrong: 1, minDraftRecall: 0.86, minDraftPrecision: 0.96},
	"dev9":  {minPass: 188, maxWrong: 1, minDraftRecall: 0.76, minDraftPrecision: 0.96},
	"dev10": {minPass: 199, maxWrong: 2, minDraftRecall: 0.76, minDraftPrecision: 0.96},
	"dev11": {minPass: 198, maxWrong: 5, minDraftRecall: 0.83, minDraftPrecision: 0.93},
	"dev12": {minPass: 188, maxWrong: 2, minDraftRecall: 0.63, minDraftPrecision: 0.95},
	"dev13": {minPass: 201, maxWrong: 2, minDraftRecall: 0.70, minDraftPrecision: 0.95},
	"dev14": {minPass: 198, maxWrong: 3, minDraftRecall: 0.70, minDraftPrecision: 0.96},
	"dev15": {minPass: 196, maxWrong: 3, minDraftRecall: 0.96, minDraftPrecision: 0.93},
	"dev16": {minPass: 184, maxWrong: 4, minDraftRecall: 0.80, minDraftPrecision: 0.96},
	"dev17": {minPass: 188, maxWrong: 1, minDraftRecall: 0.83, minDraftPrecision: 1.00},
	"dev18": {minPass: 178, maxWrong: 3, minDraftRecall: 0.80, minDraftPrecision: 0.96},
	"dev19": {minPass: 191, maxWrong: 3, minDraftRecall: 0.83, minDraftPrecision: 0.96},
	"dev20": {minPass: 209, maxWrong: 3, minDraftRecall: 0.90, minDraftPrecision: 0.96},
	"dev21": {minPass: 173, maxWrong: 4, minDraftRecall: 0.73, minDraftPrecision: 1.00},
	"dev22": {minPass: 189, maxWrong: 2, minDraftRecall: 0.76, minDraftPrecision: 1.00},
	"dev23": {minPass: 199, maxWrong: 5, minDraftRecall: 0.80, minDraftPrecision: 1.00},
	"dev24": {minPass: 200, maxWrong: 4, minDraftRecall: 0.80, minDraftPrecision: 1.00},
	"dev25": {minPass: 198, maxWrong: 4, minDraftRecall: 0.76, minDraftPrecision: 0.89},
	"dev26": {minPass: 265, maxWrong: 2, minDraftRecall: 0.85, minDraftPrecision: 0.96},
	"dev27": {minPass: 235, maxWrong: 4, minDraftRecall: 0.84, minDraftPrecision: 0.97},
	"dev28": {minPass: 231, maxWrong: 8, minDraftRecall: 0.88, minDraftPrecision: 0.96},
	"dev29": {minPass: 242, maxWrong: 5, minDraftRecall: 0.80, minDraftPrecision: 0.97},
	"dev30": {minPass: 257, maxWrong: 3, minDraftRecall: 0.98, minDraftPrecision: 0.98},
	"dev31": {minPass: 225, maxWrong: 3, minDraftRecall: 0.82, minDraftPrecision: 1.00},
	"dev32": {minPass: 242, maxWrong: 3, minDraftRecall: 0.72, minDraftPrecision: 1.00},
	"dev33": {minPass: 222, maxWrong: 6, minDraftRecall: 0.78, minDraftPrecision: 1.00},
	"dev34": {minPass: 255, maxWrong: 3, minDraftRecall: 0.92, minDraftPrecision: 0.98},
	"dev35": {minPass: 272, maxWrong: 1, minDraftRecall: 0.85, minDraftPrecision: 1.00},
	"dev36": {minPass: 263, maxWrong: 3, minDraftRecall: 0.86, minDraftPrecision: 0.97},
	"dev37": {minPass: 237, maxWrong: 9, minDraftRecall: 0.84, minDraftPrecision: 0.97},
	"dev38": {minPass: 226, maxWrong: 3, minDraftRecall: 0.89, minDraftPrecision: 0.95},
	"dev39": {minPass: 204, maxWrong: 4, minDraftRecall: 0.76, minDraftPrecision: 1.00},
	"dev40": {minPass: 195, maxWrong: 0, minDraftRecall: 0.93, minDraftPrecision: 0.93},
	"dev41": {minPass: 184, maxWrong: 4, minDraftRecall: 0.90, minDraftPrecision: 0.96},
	"dev42": {minPass: 183, maxWrong: 10, minDraftRecall: 0.90, minDraftPrecision: 0.96},
	"dev43": {minPass: 210, maxWrong: 4, minDraftRecall: 0.83, minDraftPrecision: 1.00},
	"dev44": {minPass: 204, maxWrong: 4, minDraftRecall: 0.90, minDraftPrecision: 1.00},
	"dev45": {minPass: 194, maxWrong: 4, minDraftRecall: 0.86, minDraftPrecision: 0.96},
	"dev46": {minPass: 186, maxWrong: 14, minDraftRecall: 0.93, minDraftPrecision: 0.96},
	"dev47": {minPass: 196, maxWrong: 5, minDraftRecall: 0.93, minDraftPrecision: 0.93},
	"dev48": {minPass: 179, maxWrong: 3, minDraftRecall: 0.86, minDraftPrecision: 0.96},
	"dev49": {minPass: 203, maxWrong: 7, minDraftRecall: 0.93, minDraftPrecision: 0.96},
	"dev50": {minPass: 208, maxWrong: 8, minDraftRecall: 0.93, minDraftPrecision: 0.96},
	"dev51": {minPass: 204, maxWrong: 7, minDraftRecall: 0.90, minDraftPrecision: 1.00},
	"dev52": {minPass: 203, maxWrong: 11, minDraftRecall: 0.86, minDraftPrecision: 1.00},
	"dev53": {minPass: 196, maxWrong: 3, minDraftRecall: 0.80, minDraftPrecision: 1.00},
	"dev54": {minPass: 186, maxWrong: 3, minDraftRecall: 0.86, minDraftPrecision: 0.96},
	"dev55": {minPass: 193, maxWrong: 5, minDraftRecall: 0.96, minDraftPrecision: 0.96},
	"dev56": {minPass: 190, maxWrong: 7, minDraftRecall: 0.76, minDraftPrecision: 0.95},
	"dev57": {minPass: 197, maxWrong: 2, minDraftRecall: 0.83, minDraftPrecision: 0.96},
	"dev58": {minPass: 195, maxWrong: 4, minDraftRecall: 0.86, minDraftPrecision: 1.00},
	"dev59": {minPass: 174, maxWrong: 4, minDraftRecall: 0.86, minDraftPrecision: 1.00},
	"dev60": {minPass: 190, maxWrong: 3, minDraftRecall: 0.86, minDraftPrecision: 1.00},
	"dev61": {minPass: 197, maxWrong: 7, minDraftRecall: 0.76, minDraftPrecision: 1.00},
	"dev62": {minPass: 204, maxWrong: 7, minDraftRecall: 1.00, minDraftPrecision: 1.00},
	"dev63": {minPass: 183, maxWrong: 7, minDraftRecall: 0.83, minDraftPrecision: 0.96},
	"dev64": {minPass: 197, maxWrong: 5, minDraftRecall: 0.70, minDraftPrecision: 0.95},
	"dev65": {minPass: 190, maxWrong: 1, minDraftRecall: 0.90, minDraftPrecision: 1.00},
	"dev66": {minPass: 211, maxWrong: 10, minDraftRecall: 0.76, minDraftPrecision: 0.92},
	"dev67": {minPass: 196, maxWrong: 9, minDraftRecall: 0.83, minDraftPrecision: 0.93},
	"dev68": {minPass: 189, maxWrong: 13, minDraftRecall: 0.83, minDraftPrecision: 0.96},
	"dev69": {minPass: 218, maxWrong: 8, minDraftRecall: 0.86, minDraftPrecision: 1.00},
	"dev70": {minPass: 192, maxWrong: 10, minDraftRecall: 0.80, minDraftPrecision: 1.00},
	"dev71": {minPass: 211, maxWrong: 6, minDraftRecall: 0.96, minDraftPrecision: 0.97},
	"dev72": {minPass: 203, maxWrong: 8, minDraftRecall: 0.83, minDraftPrecision: 0.93},
	"dev73": {minPass: 200, maxWrong: 8, minDraftRecall: 0.90, minDraftPrecision: 1.00},
	"dev74": {minPass: 203, maxWrong: 10, minDraftRecall: 0.86, minDraftPrecision: 0.93},
	"dev75": {minPass: 183, maxWrong: 10, minDraftRecall: 0.90, minDraftPrecision: 0.93},
	"dev76": {minPass: 211, maxWrong: 5, minDraftRecall: 0.90, minDraftPrecision: 0.96},
	"dev77": {minPass: 211, maxWrong: 5, minDraftRecall: 0.70, minDraftPrecision: 0.91},
	"dev78": {minPass: 218, maxWrong: 7, minDraftRecall: 0.93, minDraftPrecision: 0.96},
	"dev79": {minPass: 201, maxWrong: 7, minDraftRecall: 0.83, minDraftPrecision: 0.93},
	"dev80": {minPass: 210, maxWrong: 4, minDraftRecall: 0.83, minDraftPrecision: 1.00},
	"dev81": {minPass: 223, maxWrong: 13, minDraftRecall: 0.70, minDraftPrecision: 1.00},
}
