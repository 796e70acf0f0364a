package http

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// maxCheckBody caps a check request's body. The passage limit
// (facts.MaxDraftLen) counts the passage as decoded, in UTF-8 bytes, and a
// JSON body may escape every one of them: a Cyrillic letter (2 bytes) as
// \u0439 (6), a control character (1 byte) as \u0001 (6). So the body gets
// six times the passage limit, and a little for the JSON around it; the
// check then holds the decoded passage to its limit.
const maxCheckBody = 6*facts.MaxDraftLen + 4096

// checkRequest is the JSON form of a check: {"text": "...", "story": "..."}.
type checkRequest struct {
	Text  string `json:"text"`
	Story string `json:"story"`
}

// check answers POST /api/v1/check with the `check --json` object. The body is
// the draft as text/plain, or JSON {"text": "..."}; too large a body is 413,
// empty or binary text is 400.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxCheckBody)
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.error(w, r, facts.Errorf(facts.ETOOLARGE, "The passage is over the %d-byte limit. Check it in parts.", facts.MaxDraftLen))
			return
		}
		s.error(w, r, facts.Errorf(facts.EINVALID, "Could not read the request body."))
		return
	}
	req := checkRequest{Story: r.URL.Query().Get("story")}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "application/json" || mt == "" && looksLikeJSON(body) {
		dec := json.NewDecoder(strings.NewReader(string(body)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			s.error(w, r, facts.Errorf(facts.EINVALID, `The body is not valid JSON of the form {"text": "..."}: %v`, err))
			return
		}
	} else {
		req.Text = string(body)
	}
	release := s.slot(w, r, bot.Costly)
	if release == nil {
		return
	}
	defer release()
	res, err := s.engine.Check(r.Context(), req.Text, facts.CheckOptions{Story: req.Story})
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// looksLikeJSON guesses the format of a body sent without a Content-Type.
func looksLikeJSON(body []byte) bool {
	t := strings.TrimSpace(string(body))
	return strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") && json.Valid([]byte(t))
}
