package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// built is the factdesk binary the tests that run a real process share, built
// once per test run and removed by TestMain.
var built struct {
	once sync.Once
	dir  string
	path string
	err  error
	out  []byte
}

// factdeskBinary builds the command once and returns its path; in -short mode
// the test is skipped instead.
func factdeskBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "factdesk-test-bin-")
		if built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "factdesk")
		built.out, built.err = exec.Command("go", "build", "-o", built.path, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}
