// Package http serves factdesk over HTTP: the JSON API, health check and the
// editor's page. Chat adapters mount their routes on the same mux.
package http

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// Engine is what the HTTP API needs of the knowledge base.
type Engine interface {
	Ask(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error)
	Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error)
	Ping(ctx context.Context) error
}

// Server holds the API's dependencies.
type Server struct {
	engine Engine
	logger *slog.Logger

	// The questions nobody could answer (gaps.go): nil when not enabled.
	gaps        Gaps
	gapLog      GapRecorder
	editorCheck EditorCheck // nil: editor-only routes answer 401

	desk *deskConfig // the editors' desk (desk.go): nil when not enabled

	sched *bot.Scheduler // shares the engine with chat (Schedule): nil runs every request at once
}

// Schedule runs the API's questions and checks through s, the scheduler the
// chat surfaces share: each waits for an engine slot of its kind (a question
// never waits behind a check), and one arriving when too many wait gets 503
// with Retry-After. Each client's own share is LimitClients's.
func (s *Server) Schedule(sched *bot.Scheduler) { s.sched = sched }

// slot waits for an engine slot for work, or answers the request itself and
// returns nil.
func (s *Server) slot(w http.ResponseWriter, r *http.Request, work bot.Work) (release func()) {
	if s.sched == nil {
		return func() {}
	}
	release, err := s.sched.Acquire(r.Context(), work, "")
	if errors.Is(err, bot.ErrBusy) {
		w.Header().Set("Retry-After", "1")
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": bot.BusyText, "code": "busy"})
		return nil
	}
	if err != nil {
		s.error(w, r, err)
		return nil
	}
	return release
}

// New builds the HTTP API over engine.
func New(engine Engine, logger *slog.Logger) *Server {
	if logger == nil {
		logger = slog.Default()
	}
	return &Server{engine: engine, logger: logger}
}

// Register mounts the API's routes on mux.
func (s *Server) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /api/v1/ask", s.ask)
	mux.HandleFunc("POST /api/v1/check", s.check)
	s.registerGaps(mux)
	s.registerDesk(mux)
	s.registerPage(mux)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.engine.Ping(r.Context()); err != nil {
		s.logger.Error("health check failed", "err", err)
		http.Error(w, "knowledge base unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	release := s.slot(w, r, bot.Cheap)
	if release == nil {
		return
	}
	defer release()
	ans, err := s.engine.Ask(r.Context(), r.URL.Query().Get("q"), facts.AskOptions{Story: r.URL.Query().Get("story")})
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.recordGap(r.Context(), ans)
	writeJSON(w, http.StatusOK, ans)
}

// statuses maps error codes to HTTP statuses; anything without a code is a 500.
var statuses = map[string]int{
	facts.EINVALID:      http.StatusBadRequest,
	facts.ENOTFOUND:     http.StatusNotFound,
	facts.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	facts.EUNAUTHORIZED: http.StatusUnauthorized,
	facts.EFORBIDDEN:    http.StatusForbidden,
}

func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil && errors.Is(err, r.Context().Err()) {
		if errors.Is(err, context.DeadlineExceeded) {
			// The request's deadline (Deadline) passed: the work stopped.
			s.logger.Info("request stopped at its deadline", "method", r.Method, "path", r.URL.Path)
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "That took too long and was stopped. Try again in a moment, or send less (a draft: check it in parts).", "code": "timeout"})
			return
		}
		// The client hung up or the server is shutting down: nobody to answer,
		// and nothing went wrong on our side.
		s.logger.Debug("request abandoned", "method", r.Method, "path", r.URL.Path)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "The request was cancelled.", "code": "cancelled"})
		return
	}
	code := facts.ErrorCode(err)
	status, ok := statuses[code]
	if !ok {
		status = http.StatusInternalServerError
		s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": facts.ErrorMessage(err), "code": code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
