package sqlite

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/answer"
	"github.com/factdesk/factdesk/facts/check"
)

// Ask answers a question from approved facts only, or says the knowledge base
// does not hold the answer. Recent answers are kept until the knowledge base
// changes. It returns EINVALID for an empty question, ETOOLARGE for one over
// facts.MaxQuestionLen, and ENOTFOUND when opt.Story names no story.
func (kb *KB) Ask(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error) {
	question, err := answer.Clean(question)
	if err != nil {
		return facts.Answer{Question: question, Facts: []facts.AnswerFact{}, Suggestions: []string{}}, err
	}
	ix, err := kb.index(ctx)
	if err != nil {
		return facts.Answer{Question: question, Facts: []facts.AnswerFact{}, Suggestions: []string{}}, fmt.Errorf("ask: %w", err)
	}
	if opt.Story != "" && !ix.HasStory(opt.Story) {
		return facts.Answer{Question: question, Facts: []facts.AnswerFact{}, Suggestions: []string{}},
			facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base; kb list shows the stories.", opt.Story)
	}
	st := snapshot{kb, ix}
	if opt.Explain || opt.Fresh {
		return answer.Ask(ctx, ix, st, question, opt)
	}
	key := cacheKey(question, opt)
	if cached, ok := kb.answers.get(ix.Gen, key); ok {
		cached.Question = question
		return cached, nil
	}
	ans, err := answer.Ask(ctx, ix, st, question, opt)
	if err == nil {
		kb.answers.put(ix.Gen, key, ans)
	}
	return ans, err
}

// Check compares the claims in a draft passage with the knowledge base; see
// check.Check for what it reports and the errors it returns.
func (kb *KB) Check(ctx context.Context, draft string, opt facts.CheckOptions) (facts.CheckResult, error) {
	ix, err := kb.index(ctx)
	if err != nil {
		return facts.CheckResult{Findings: []facts.Finding{}}, fmt.Errorf("check: %w", err)
	}
	return check.Check(ctx, ix, snapshot{kb, ix}, draft, opt)
}
