package eval_test

import (
	"context"
	"math"
	"sort"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
)

// bm25 is the baseline the engine must beat: a plain BM25 search over the
// facts' statements and quotes that answers with the best match, whenever any
// word matches.
type bm25 struct {
	docs  []facts.Fact
	terms []map[string]int
	lens  []int
	df    map[string]int
	avg   float64
}

func newBM25(stories []*facts.StoryFile) *bm25 {
	b := &bm25{df: map[string]int{}}
	total := 0
	for _, sf := range stories {
		for _, fa := range sf.Facts {
			if fa.Status != "" && fa.Status != facts.StatusApproved {
				continue
			}
			fa.Story = sf.Story.ID
			tf := map[string]int{}
			n := 0
			for _, t := range text.Tokenize(fa.Statement + " " + fa.Quote) {
				if !text.IsStopword(t.Norm) {
					tf[t.Stem]++
					n++
				}
			}
			for t := range tf {
				b.df[t]++
			}
			b.docs = append(b.docs, fa)
			b.terms = append(b.terms, tf)
			b.lens = append(b.lens, n)
			total += n
		}
	}
	b.avg = float64(total) / float64(max(1, len(b.docs)))
	return b
}

func (b *bm25) Ask(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error) {
	const k1, bb = 1.2, 0.75
	ans := facts.Answer{Question: question}
	var qs []string
	for _, t := range text.Tokenize(question) {
		if !text.IsStopword(t.Norm) {
			qs = append(qs, t.Stem)
		}
	}
	n := float64(len(b.docs))
	best, bestScore := -1, 0.0
	scores := make([]float64, len(b.docs))
	for i, tf := range b.terms {
		s := 0.0
		for _, q := range qs {
			f := float64(tf[q])
			if f == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(b.df[q])+0.5)/(float64(b.df[q])+0.5))
			s += idf * f * (k1 + 1) / (f + k1*(1-bb+bb*float64(b.lens[i])/b.avg))
		}
		scores[i] = s
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return ans, nil
	}
	order := make([]int, len(b.docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	fa := b.docs[best]
	ans.Found, ans.Answer = true, fa.Statement
	ans.Facts = []facts.AnswerFact{{ID: fa.FullID(), Statement: fa.Statement, Quote: fa.Quote}}
	return ans, nil
}
