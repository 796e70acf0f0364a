package facts

import (
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
	answers map[string]Answer
}

// maxCachedAnswers bounds the cache; past it, it starts over.
const maxCachedAnswers = 4096

func cacheKey(question string, opt AskOptions) string {
	return opt.Story + "\x00" + strings.Join(strings.Fields(strings.ToLower(question)), " ")
}

func (c *answerCache) get(gen int64, key string) (Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return Answer{}, false
	}
	a, ok := c.answers[key]
	return a.clone(), ok
}

func (c *answerCache) put(gen int64, key string, a Answer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || c.answers == nil || len(c.answers) >= maxCachedAnswers {
		c.gen, c.answers = gen, map[string]Answer{}
	}
	c.answers[key] = a.clone()
}

// clone copies an answer so callers may change theirs freely.
func (a Answer) clone() Answer {
	a.Facts = slices.Clone(a.Facts)
	a.Suggestions = slices.Clone(a.Suggestions)
	a.Explain = slices.Clone(a.Explain)
	return a
}
