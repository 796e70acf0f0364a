package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"slices"
	"strings"
	"sync"
)

// answerCache keeps recent answers. A newsroom asks the same questions many times
// (every reporter on a story, every share of an answer), and an answer depends only
// on the question and the knowledge base's contents, so it is kept until the
// knowledge base changes (its generation moves).
type answerCache struct {
	mu      sync.Mutex
	gen     int64
	answers map[string]facts.Answer
}

// maxCachedAnswers bounds the cache; past it, it starts over.
const maxCachedAnswers = 4096

func cacheKey(question string, opt facts.AskOptions) string {
	return opt.Story + "\x00" + strings.Join(strings.Fields(strings.ToLower(question)), " ")
}

func (c *answerCache) get(gen int64, key string) (facts.Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return facts.Answer{}, false
	}
	a, ok := c.answers[key]
	return cloneAnswer(a), ok
}

func (c *answerCache) put(gen int64, key string, a facts.Answer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || c.answers == nil || len(c.answers) >= maxCachedAnswers {
		c.gen, c.answers = gen, map[string]facts.Answer{}
	}
	c.answers[key] = cloneAnswer(a)
}

// cloneAnswer copies an answer so callers may change theirs freely.
func cloneAnswer(a facts.Answer) facts.Answer {
	a.Facts = slices.Clone(a.Facts)
	a.Suggestions = slices.Clone(a.Suggestions)
	return a
}
