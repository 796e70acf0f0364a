package main

import (
	"os"
	"os/user"

	"github.com/factdesk/factdesk/facts"
)

// actor names the person at the terminal for the history.
func actor() facts.Actor {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && name == "" {
		name = u.Username
	}
	if name == "" {
		name = "cli"
	}
	return facts.Actor{Name: name}
}
