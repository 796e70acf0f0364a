package check_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/check"
)

// The other articles of the corpus are copy about other events, or other days
// of the same ones: checked against the development stories, nearly every
// contradiction they raise is a false alarm (a business page's "sold for
// $27.5bn" beside a story's $156m sale; "Boris Johnson" taken for Martin
// Johnson). The bar is the rate measured when the test was written, rounded
// up, and is lowered as the check improves.
const maxOtherArticleFindings = 3.2 // contradictions per 100 articles (9.4 before the bar was set; 3.0 in the quarter and 3.1 over all at the end of stop 50)

// otherArticleStride checks every n-th other article: all 2,100 take longer
// than a test should; FACTDESK_CORPUS=1 checks every one.
const otherArticleStride = 4

// TestCorpus_OtherArticles checks the corpus's articles other than the ones
// the development stories were curated from against those stories, and holds
// the contradictions they raise to the bar.
func TestCorpus_OtherArticles(t *testing.T) {
	ix, mem, arts := loadArticles(t, "dev")
	curated := map[string]bool{}
	for _, a := range arts {
		parts := strings.Split(a.story.Story.ID, "-")
		curated[filepath.Join(parts[1], parts[2]+".txt")] = true
	}
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if len(paths) == 0 {
		t.Fatalf("no articles under %s: the test reads ../shared/corpus/bbc beside the repository; CI has it", corpusDir)
	}
	stride := otherArticleStride
	if os.Getenv("FACTDESK_CORPUS") != "" {
		stride = 1
	}
	checked, found := 0, 0
	for i, p := range paths {
		rel, _ := filepath.Rel(corpusDir, p)
		if i%stride != 0 || curated[rel] {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := strings.Cut(string(data), "\n")
		res, err := check.Check(context.Background(), ix, mem, body, facts.CheckOptions{})
		if err != nil {
			continue // not text the check takes (a stray byte): not this test's concern
		}
		checked++
		for _, f := range res.Findings {
			found++
			t.Logf("%s: %s %q: %s", rel, f.Kind, f.Text, f.Message)
		}
	}
	rate := 100 * float64(found) / float64(checked)
	t.Logf("%d other articles checked: %d contradictions (%.1f per 100)", checked, found, rate)
	if rate > maxOtherArticleFindings {
		t.Errorf("%.1f contradictions per 100 other articles, want at most %.1f", rate, maxOtherArticleFindings)
	}
}

// TestCorpus_BodyOfAFormerRole: a clause naming Chelsea is not about Ken
// Bates, whose recorded title is "former Chelsea chairman": a report's "69%
// in Kensington and Chelsea" (politics/246) is no figure of his 50% stake in
// Leeds United, as it was read when a body of a past role tied him to it.
func TestCorpus_BodyOfAFormerRole(t *testing.T) {
	ix, mem, _ := loadArticles(t, "dev")
	data, err := os.ReadFile(filepath.Join(corpusDir, "politics", "246.txt"))
	if err != nil {
		t.Fatalf("read the article: %v (the test reads ../shared/corpus/bbc beside the repository; CI has it)", err)
	}
	_, body, _ := strings.Cut(string(data), "\n")
	res, err := check.Check(context.Background(), ix, mem, body, facts.CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		t.Errorf("false alarm: %s %q: %s", f.Kind, f.Text, f.Message)
	}
}
