package http

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// Gaps is what the list of questions nobody could answer needs of the knowledge
// base. Gaps returns the groups (see facts.GapFilter); DismissGap returns
// ENOTFOUND for a key no open group holds and EINVALID for one already dismissed.
type Gaps interface {
	Gaps(ctx context.Context, f facts.GapFilter) (facts.GapList, error)
	DismissGap(ctx context.Context, actor facts.Actor, key string) (facts.GapGroup, error)
}

// GapRecorder records a question the API could not answer; cmd/factdesk
// wires a *bot.GapLog, which applies FACTDESK_LOG_ASKERS and never blocks.
type GapRecorder interface {
	RecordGap(ctx context.Context, g facts.Gap) error
}

// EditorCheck is the hook every editor-only route goes through: it returns the
// signed-in editor who makes r (with Surface "http"), or an error coded
// EUNAUTHORIZED (no credentials, or ones that name nobody: 401) or EFORBIDDEN
// (credentials that may not do this, a state-changing request without its
// CSRF token: 403). The editors' sign-in (issue 14, part 2) sets it with
// UseEditorCheck; until one is set, every editor-only request gets 401.
type EditorCheck func(r *http.Request) (facts.Actor, error)

// UseEditorCheck sets the check of editor-only routes.
func (s *Server) UseEditorCheck(check EditorCheck) { s.editorCheck = check }

// EnableGaps serves the questions nobody could answer (GET /api/v1/gaps,
// POST /api/v1/gaps/{key}/dismiss, both for editors only: the questions show
// what reporters are working on) and records the ones the ask API cannot
// answer in rec (nil: not recorded). Call it before Register.
func (s *Server) EnableGaps(g Gaps, rec GapRecorder) {
	s.gaps, s.gapLog = g, rec
}

// Limits of GET /api/v1/gaps's limit: each group listed costs an answer.
const (
	defaultGapLimit = 100
	maxGapLimit     = 1000
)

func (s *Server) registerGaps(mux *http.ServeMux) {
	if s.gaps == nil {
		return
	}
	mux.HandleFunc("GET /api/v1/gaps", s.listGaps)
	mux.HandleFunc("POST /api/v1/gaps/{key}/dismiss", s.dismissGap)
}

// listGaps is GET /api/v1/gaps?since=7d[&all=1][&limit=N]: the kb gaps --json object.
func (s *Server) listGaps(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.gapEditor(w, r); !ok {
		return
	}
	f := facts.GapFilter{Limit: defaultGapLimit}
	q := r.URL.Query()
	if v := q.Get("since"); v != "" {
		t, err := facts.ParseSince(v, time.Now())
		if err != nil {
			s.error(w, r, facts.Errorf(facts.EINVALID, "since: %v", err))
			return
		}
		f.Since = t
	}
	if v := q.Get("all"); v != "" {
		all, err := strconv.ParseBool(v)
		if err != nil {
			s.error(w, r, facts.Errorf(facts.EINVALID, "all: %q is not true or false", v))
			return
		}
		f.All = all
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxGapLimit {
			s.error(w, r, facts.Errorf(facts.EINVALID, "limit: %q is not a whole number from 1 to %d", v, maxGapLimit))
			return
		}
		f.Limit = n
	}
	list, err := s.gaps.Gaps(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

// dismissGap is POST /api/v1/gaps/{key}/dismiss: {"dismissed": group}.
func (s *Server) dismissGap(w http.ResponseWriter, r *http.Request) {
	actor, ok := s.gapEditor(w, r)
	if !ok {
		return
	}
	g, err := s.gaps.DismissGap(r.Context(), actor, r.PathValue("key"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]facts.GapGroup{"dismissed": g})
}

// gapEditor runs the editor check on r; when it fails, it answers 401 or 403
// (authError) and reports false. Nothing it lets through is cached: the list
// is an editor's, and changes as questions come in.
func (s *Server) gapEditor(w http.ResponseWriter, r *http.Request) (facts.Actor, bool) {
	w.Header().Set("Cache-Control", "no-store")
	if s.editorCheck == nil {
		s.authError(w, r, facts.Errorf(facts.EUNAUTHORIZED, "Sign in as an editor."))
		return facts.Actor{}, false
	}
	a, err := s.editorCheck(r)
	if err != nil {
		s.authError(w, r, err)
		return facts.Actor{}, false
	}
	return a, true
}

// recordGap records a question the ask API could not answer. The API does not
// know who asks, so no asker is recorded, whatever FACTDESK_LOG_ASKERS says.
func (s *Server) recordGap(ctx context.Context, ans facts.Answer) {
	if s.gapLog == nil || ans.Found {
		return
	}
	if err := s.gapLog.RecordGap(ctx, facts.Gap{Question: ans.Question, Surface: "http"}); err != nil {
		s.logger.Error("unanswered question not recorded", "surface", "http", "err", err)
	}
}
