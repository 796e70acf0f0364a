package http

import (
	"bytes"
	"fmt"
	"io"
	"net/http"

	"github.com/factdesk/factdesk/facts"
)

// MaxBody caps the body of any request to the server, on every route: the
// largest legitimate one is a draft sent as JSON (about 260 KB), and Slack's and
// Discord's payloads are a few kilobytes. Routes may hold bodies to less.
const MaxBody = 1 << 20

// LimitBodies answers 413 with a JSON error to any request whose body is over
// max, before the route's handler runs, so every POST route (the API, the Slack
// and Discord webhooks, and any added later) answers an oversized body the same
// way instead of each in its own (a webhook would otherwise call it a bad
// signature). A declared Content-Length is refused without reading the body; a
// chunked body of unknown length is read up to the limit first, which is why the
// limit is small.
func LimitBodies(next http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Body == nil || r.Body == http.NoBody:
		case r.ContentLength > max:
			tooLarge(w, max)
			return
		case r.ContentLength < 0:
			body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
			if err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": "Could not read the request body.", "code": facts.EINVALID})
				return
			}
			if int64(len(body)) > max {
				tooLarge(w, max)
				return
			}
			r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
		default:
			r.Body = http.MaxBytesReader(w, r.Body, max)
		}
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, max int64) {
	w.Header().Set("Connection", "close")
	writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{
		"error": fmt.Sprintf("The request body is over the %d-byte limit. Send less (a draft: check it in parts).", max),
		"code":  facts.ETOOLARGE,
	})
}
