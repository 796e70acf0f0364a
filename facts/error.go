package facts

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes, in the style of benbjohnson/wtf: adapters map them to statuses and
// show Message to users; anything without a code is an internal error.
const (
	ENOTFOUND = "not_found"
	EINVALID  = "invalid"
	ETOOLARGE = "too_large"
	EINTERNAL = "internal"
	// EUNAUTHORIZED: no credentials, or ones that name nobody (forged, expired,
	// signed out). EFORBIDDEN: credentials that name someone who may not do
	// this (a removed editor), or a request without its CSRF token.
	EUNAUTHORIZED = "unauthorized"
	EFORBIDDEN    = "forbidden"
)

// Error is a failure a user can be shown.
type Error struct {
	Code    string
	Message string
}

// Error writes the code with the message, for logs; users see ErrorMessage.
func (e *Error) Error() string { return fmt.Sprintf("code=%s message=%s", e.Code, e.Message) }

// Errorf builds an Error with a code and a user-safe message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, or EINTERNAL when it carries none.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	var v *ValidationError
	if errors.As(err, &v) {
		return EINVALID
	}
	if err == nil {
		return ""
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of err; internal details are hidden.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	var v *ValidationError
	if errors.As(err, &v) {
		return v.Error()
	}
	return "Internal error."
}

// Problem is one thing wrong in an input file, located for the person fixing it.
type Problem struct {
	File  string
	Line  int
	Field string
	What  string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Field, p.What)
}

// ValidationError lists every problem found in the input; nothing was changed.
type ValidationError struct {
	Problems []Problem
}

// Error lists the problems one a line, the first MaxProblems of them and then
// how many more there are.
func (v *ValidationError) Error() string {
	var b strings.Builder
	for i, p := range v.Problems {
		if i == MaxProblems {
			fmt.Fprintf(&b, "\nand %d more problems (fix these first)", len(v.Problems)-i)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}
