package synth

import (
	"regexp"
	"strings"
	"testing"
)

// TestQuestions: the questions are as hard as real ones: all distinct, some by
// a bare surname that other people share, about organisations that recur
// across stories, and some whose answer is absent; the same seed gives the
// same questions.
func TestQuestions(t *testing.T) {
	stories := Generate(Options{Stories: 500, Seed: 1})
	qs := Questions(stories, 300, 7)
	if len(qs) != 300 {
		t.Fatalf("%d questions, want 300", len(qs))
	}
	seen := map[string]bool{}
	for _, q := range qs {
		if seen[q] {
			t.Errorf("%q asked twice", q)
		}
		seen[q] = true
	}
	surnames := map[string]map[string]bool{} // surname -> the people who share it
	orgStories := map[string]int{}
	for _, sf := range stories {
		for _, e := range sf.Entities {
			switch e.Kind {
			case "person":
				if surnames[e.Aliases[0]] == nil {
					surnames[e.Aliases[0]] = map[string]bool{}
				}
				surnames[e.Aliases[0]][e.ID] = true
			case "organization":
				orgStories[e.Name]++
			}
		}
	}
	bare, orgs := 0, 0
	for _, q := range qs {
		for s, people := range surnames {
			if len(people) > 1 && (strings.Contains(q, " "+s+" say") || strings.Contains(q, "when "+s+" ")) {
				bare++
				break
			}
		}
		for o, n := range orgStories {
			if n > 10 && strings.Contains(q, o) {
				orgs++
				break
			}
		}
	}
	if bare < 30 || orgs < 30 {
		t.Errorf("%d questions by a shared bare surname and %d about a recurring organisation; want at least 30 of each", bare, orgs)
	}
	if again := Questions(stories, 300, 7); strings.Join(again, "|") != strings.Join(qs, "|") {
		t.Error("the same seed gave other questions")
	}
}

// TestHostileDraft: the worst-case draft fits its size, names people by the
// surnames the most people share, and gives figures every sentence; the same
// seed writes the same draft, another seed another.
func TestHostileDraft(t *testing.T) {
	stories := Generate(Options{Stories: 500, Seed: 1})
	d := HostileDraft(stories, 4096, 1)
	if len(d) > 4096 || len(d) < 3500 {
		t.Fatalf("draft of %d bytes, want nearly 4096", len(d))
	}
	sharers := map[string]map[string]bool{}
	for _, sf := range stories {
		for _, e := range sf.Entities {
			if e.Kind == "person" {
				if sharers[e.Aliases[0]] == nil {
					sharers[e.Aliases[0]] = map[string]bool{}
				}
				sharers[e.Aliases[0]][e.ID] = true
			}
		}
	}
	shared := 0
	for s, people := range sharers {
		if len(people) > 1 {
			shared += strings.Count(d, s+" ") + strings.Count(d, s+",")
		}
	}
	sentences := strings.Count(d, ". ") + 1
	figures := len(regexp.MustCompile(`\b\d+ [a-z]+`).FindAllString(d, -1))
	if shared < 2*sentences || figures < 2*sentences {
		t.Errorf("%d sentences, %d shared surnames named, %d figures: want several of each a sentence:\n%s", sentences, shared, figures, d)
	}
	if HostileDraft(stories, 4096, 1) != d || HostileDraft(stories, 4096, 2) == d {
		t.Error("the same seed wrote another draft, or another seed the same")
	}
}
