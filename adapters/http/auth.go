package http

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// Signing in. The page sends an editor's token once (POST /api/v1/session) and
// gets a session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) and a
// CSRF token, which every request that changes something must carry in the
// X-CSRF-Token header. An API client may instead send the token itself with
// every request (Authorization: Bearer ...): no cookie is involved, so no
// CSRF token is needed.

const (
	// sessionCookie names the session cookie.
	sessionCookie = "factdesk_session"
	// csrfHeader carries a session's CSRF token.
	csrfHeader = "X-CSRF-Token"
)

var (
	errNotSignedIn = facts.Errorf(facts.EUNAUTHORIZED, "Sign in as an editor: on the page with your editor token, or from an API client with Authorization: Bearer <token>.")
	errBadAuth     = facts.Errorf(facts.EUNAUTHORIZED, "The Authorization header must be Bearer followed by an editor token.")
	errNoCSRF      = facts.Errorf(facts.EFORBIDDEN, "This request lacks a valid CSRF token (X-CSRF-Token): reload the page and try again.")
)

// checkEditor is the check every editor-only route goes through: it returns the
// editor who makes r, or an error coded EUNAUTHORIZED (no credentials, or ones
// that name nobody: forged, expired, signed out) or EFORBIDDEN (a removed
// editor's token, or a state-changing request signed in by cookie without its
// CSRF token).
func (s *Server) checkEditor(r *http.Request) (facts.Actor, error) {
	if s.desk == nil {
		return facts.Actor{}, errNotSignedIn
	}
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, token, ok := strings.Cut(strings.TrimSpace(h), " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
			return facts.Actor{}, errBadAuth
		}
		ed, err := s.desk.editors.EditorByToken(r.Context(), strings.TrimSpace(token))
		if err != nil {
			return facts.Actor{}, err
		}
		return facts.Actor{Name: ed.Name, Surface: "http"}, nil
	}
	sess, _, err := s.session(r)
	if err != nil {
		return facts.Actor{}, err
	}
	if !safeMethod(r.Method) && !validCSRF(sess, r.Header.Get(csrfHeader)) {
		return facts.Actor{}, errNoCSRF
	}
	return facts.Actor{Name: sess.Editor, Surface: "http"}, nil
}

// session returns the live session r's cookie names, with its id.
func (s *Server) session(r *http.Request) (facts.Session, string, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return facts.Session{}, "", errNotSignedIn
	}
	sess, err := s.desk.editors.Session(r.Context(), c.Value)
	if err != nil {
		return facts.Session{}, "", err
	}
	return sess, c.Value, nil
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// validCSRF compares a request's CSRF token with its session's in constant time.
func validCSRF(s facts.Session, token string) bool {
	token = strings.TrimSpace(token)
	return token != "" && s.CSRFToken != "" && subtle.ConstantTimeCompare([]byte(s.CSRFToken), []byte(token)) == 1
}

// authError answers a failed editor check: 401 with a WWW-Authenticate
// challenge, or 403.
func (s *Server) authError(w http.ResponseWriter, r *http.Request, err error) {
	if facts.ErrorCode(err) == facts.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="factdesk"`)
	}
	s.error(w, r, err)
}

// secure reports whether the browser reached the server over HTTPS: directly,
// or through a trusted proxy that says so.
func (s *Server) secure(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	if !s.desk.opt.TrustForwardedProto {
		return false
	}
	proto, _, _ := strings.Cut(r.Header.Get("X-Forwarded-Proto"), ",")
	return strings.EqualFold(strings.TrimSpace(proto), "https")
}

// sessionReply is what the session routes answer: who is signed in, until
// when, and the CSRF token the page sends back.
type sessionReply struct {
	Editor    string `json:"editor"`
	CSRFToken string `json:"csrf_token"`
	ExpiresAt string `json:"expires_at"`
}

// getSession is GET /api/v1/session: the signed-in editor and their CSRF token,
// or 401. The page asks on load, to know who is signed in.
func (s *Server) getSession(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	sess, _, err := s.session(r)
	if err != nil {
		s.authError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sessionReply{sess.Editor, sess.CSRFToken, sess.ExpiresAt})
}

// signIn is POST /api/v1/session with {"token": "..."}: an editor's token
// exchanged for a session cookie. The body must be JSON, which a form on
// another site cannot send, so no other site can sign a browser in.
func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	var body struct {
		Token string `json:"token"`
	}
	if err := decodeJSON(r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	if strings.TrimSpace(body.Token) == "" {
		s.error(w, r, facts.Errorf(facts.EINVALID, "Paste your editor token to sign in."))
		return
	}
	sess, id, err := s.desk.editors.SignIn(r.Context(), body.Token, s.desk.opt.SessionTTL)
	if err != nil {
		if c := facts.ErrorCode(err); c == facts.EUNAUTHORIZED || c == facts.EFORBIDDEN {
			s.logger.Warn("editor sign-in refused", "code", c, "remote", r.RemoteAddr) // never the token
		}
		s.authError(w, r, err)
		return
	}
	maxAge := 0
	if exp, err := time.Parse(time.RFC3339, sess.ExpiresAt); err == nil {
		maxAge = int(time.Until(exp).Seconds())
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: id, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: s.secure(r),
	})
	s.logger.Info("editor signed in", "editor", sess.Editor)
	writeJSON(w, http.StatusOK, sessionReply{sess.Editor, sess.CSRFToken, sess.ExpiresAt})
}

// signOut is DELETE /api/v1/session: the session ends, and the cookie is
// cleared. It needs the session's CSRF token, so no other site can sign an
// editor out.
func (s *Server) signOut(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	sess, id, err := s.session(r)
	if err != nil {
		s.authError(w, r, err)
		return
	}
	if !validCSRF(sess, r.Header.Get(csrfHeader)) {
		s.error(w, r, errNoCSRF)
		return
	}
	if err := s.desk.editors.SignOut(r.Context(), id); err != nil {
		s.error(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: s.secure(r),
	})
	writeJSON(w, http.StatusOK, map[string]string{"signed_out": sess.Editor})
}

// decodeJSON reads a JSON request body into v. The body must be declared
// application/json: a form posted from another site cannot be.
func decodeJSON(r *http.Request, v any) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		return facts.Errorf(facts.EINVALID, "Send the request body as JSON (Content-Type: application/json).")
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return facts.Errorf(facts.ETOOLARGE, "The request body is too large.")
		}
		return facts.Errorf(facts.EINVALID, "The request body is not the JSON expected: %s.", strings.TrimPrefix(err.Error(), "json: "))
	}
	return nil
}
