package http

import (
	"context"
	"net/http"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// The editors' desk: browsing stories and facts (everyone), and curating them
// (editors signed in with a token that `factdesk editor add` printed, or an API
// client sending it as a bearer token).

// Desk is what the desk needs of the knowledge base. Each method returns
// ENOTFOUND for an unknown story or fact and EINVALID for a malformed id or a
// change the fact's state does not allow (see facts/sqlite for each).
type Desk interface {
	Stories(ctx context.Context) ([]facts.StoryInfo, error)
	StoryFile(ctx context.Context, id string) (*facts.StoryFile, error)
	StoryFacts(ctx context.Context, storyID string) ([]facts.FactView, error)
	FactView(ctx context.Context, fullID string) (facts.FactView, error)
	History(ctx context.Context, id string) ([]facts.Change, error)
	SearchFacts(ctx context.Context, q string, limit int) ([]facts.FactView, error)
	Review(ctx context.Context) (facts.Review, error)
	// Corrections lists corrections queued for and sent to chat (shown to
	// editors with each fact).
	Corrections(ctx context.Context, f facts.CorrectionFilter) ([]facts.Correction, error)

	// ApproveFact, RetractFact and Supersede (approved at once) also queue a
	// correction for each conversation in chat that was told a fact that no
	// longer stands, unless told not to, and say how many.
	ApproveFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error)
	RetractFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error)
	EditFact(ctx context.Context, actor facts.Actor, fullID string, edit facts.FactEdit) (facts.Fact, error)
	Supersede(ctx context.Context, actor facts.Actor, oldID string, edit facts.FactEdit, opt facts.SupersedeOptions) (facts.ChangeResult, error)
}

// Editors is how the desk signs editors in. EditorByToken and SignIn return
// EUNAUTHORIZED for a token that is no editor's and EFORBIDDEN for a removed
// editor's; Session returns EUNAUTHORIZED for a session id that is forged,
// signed out or expired.
type Editors interface {
	EditorByToken(ctx context.Context, token string) (facts.Editor, error)
	SignIn(ctx context.Context, token string, ttl time.Duration) (facts.Session, string, error)
	Session(ctx context.Context, id string) (facts.Session, error)
	SignOut(ctx context.Context, id string) error
}

// DeskOptions are the desk's settings.
type DeskOptions struct {
	// SessionTTL is how long a sign-in lasts; 0 means the knowledge base's
	// default (12 hours).
	SessionTTL time.Duration
	// TrustForwardedProto trusts a reverse proxy's X-Forwarded-Proto header to
	// say the browser connected over HTTPS, so the session cookie is marked
	// Secure. Set it only behind a proxy that sets the header itself.
	TrustForwardedProto bool
}

type deskConfig struct {
	desk    Desk
	editors Editors
	opt     DeskOptions
}

// EnableDesk serves the editors' desk over desk, signing editors in through
// editors; it also becomes the check every editor-only route goes through
// (the list of unanswered questions too). Call it before Register.
func (s *Server) EnableDesk(desk Desk, editors Editors, opt DeskOptions) {
	s.desk = &deskConfig{desk: desk, editors: editors, opt: opt}
	s.UseEditorCheck(s.checkEditor)
}

// Route is one route of the API: its method and path pattern.
type Route struct {
	Method, Pattern string
}

// deskRoute is a route of the desk, for everyone or for editors only.
type deskRoute struct {
	Route
	editors bool
	handle  func(s *Server, w http.ResponseWriter, r *http.Request, actor facts.Actor)
}

// deskRoutes is every route of the desk. Editor-only handlers run only after
// the editor check passed; the others get a zero actor.
var deskRoutes = []deskRoute{
	{Route{"GET", "/api/v1/stories"}, false, (*Server).listStories},
	{Route{"GET", "/api/v1/stories/{story}"}, false, (*Server).showStory},
	{Route{"GET", "/api/v1/facts/{story}/{fact}"}, false, (*Server).showFact},
	{Route{"GET", "/api/v1/search"}, false, (*Server).searchFacts},

	{Route{"GET", "/api/v1/review"}, true, (*Server).review},
	{Route{"PATCH", "/api/v1/facts/{story}/{fact}"}, true, (*Server).editFact},
	{Route{"POST", "/api/v1/facts/{story}/{fact}/approve"}, true, (*Server).approveFact},
	{Route{"POST", "/api/v1/facts/{story}/{fact}/retract"}, true, (*Server).retractFact},
	{Route{"POST", "/api/v1/facts/{story}/{fact}/supersede"}, true, (*Server).supersedeFact},
}

// EditorRoutes lists the routes only editors may use: the desk's curation
// routes and the list of unanswered questions. Tests walk it to show that
// none answers without an editor's sign-in.
func EditorRoutes() []Route {
	var out []Route
	for _, r := range deskRoutes {
		if r.editors {
			out = append(out, r.Route)
		}
	}
	return append(out, Route{"GET", "/api/v1/gaps"}, Route{"POST", "/api/v1/gaps/{key}/dismiss"})
}

func (s *Server) registerDesk(mux *http.ServeMux) {
	if s.desk == nil {
		return
	}
	for _, rt := range deskRoutes {
		mux.Handle(rt.Method+" "+rt.Pattern, s.deskHandler(rt))
	}
	mux.HandleFunc("GET /api/v1/session", s.getSession)
	mux.HandleFunc("POST /api/v1/session", s.signIn)
	mux.HandleFunc("DELETE /api/v1/session", s.signOut)
}

// deskHandler runs one route: for editors only, after the editor check.
// Nothing a desk route answers is cached: it changes as editors work, and
// editors' answers are theirs.
func (s *Server) deskHandler(rt deskRoute) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		var actor facts.Actor
		if rt.editors {
			a, err := s.checkEditor(r)
			if err != nil {
				s.authError(w, r, err)
				return
			}
			actor = a
		}
		rt.handle(s, w, r, actor)
	})
}
