package http_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
)

// TestServer_AskHostile: whatever a question holds (full-text search operators,
// quotes, SQL, control characters, invalid UTF-8), it is read as plain text over
// HTTP: a 200 with a valid JSON answer or not-found, never a 500, and never an
// answer from outside the knowledge base.
func TestServer_AskHostile(t *testing.T) {
	srv := MustServe(t)
	questions := []string{
		`who signed "the statement`,
		`statement OR china`,
		`NEAR(statement china, 2)`,
		`sign* AND NOT china`,
		`{statement} : ^china -russia +cuba`,
		`facts_fts MATCH 'x'`,
		`'; DROP TABLE facts; --`,
		`1 UNION SELECT statement FROM facts`,
		`who signed %' OR 1=1 --`,
		"who\x00signed\x01the\x1bstatement\x7f?",
		"who signed\r\n\tthe statement?",
		"\xff\xfe who signed \xc3",
		"\u202e\u200b\ufeff who signed?",
		`\\\"\'`,
		"*",
		`"`,
		"",
	}
	for _, q := range questions {
		t.Run(q, func(t *testing.T) {
			// Encode byte by byte, so invalid UTF-8 reaches the server as sent.
			var enc strings.Builder
			for i := 0; i < len(q); i++ {
				enc.WriteString("%" + strings.ToUpper(string("0123456789abcdef"[q[i]>>4])+string("0123456789abcdef"[q[i]&15])))
			}
			resp, err := http.Get(srv.URL + "/api/v1/ask?q=" + enc.String())
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusBadRequest {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if !json.Valid(body) || !utf8.Valid(body) {
				t.Fatalf("not valid JSON in UTF-8: %q", body)
			}
			if resp.StatusCode == http.StatusBadRequest {
				var e struct{ Error, Code string }
				json.Unmarshal(body, &e)
				if e.Error == "" || e.Code != facts.EINVALID {
					t.Errorf("400 without a clear error: %s", body)
				}
				return
			}
			var ans facts.Answer
			if err := json.Unmarshal(body, &ans); err != nil {
				t.Fatal(err)
			}
			if ans.Found != (len(ans.Facts) > 0) {
				t.Errorf("found = %v with %d facts", ans.Found, len(ans.Facts))
			}
			for _, f := range ans.Facts {
				if !strings.HasPrefix(f.ID, "un-xinjiang-2021/") {
					t.Errorf("answered with %q, which is not in the knowledge base", f.ID)
				}
			}
		})
	}
}
