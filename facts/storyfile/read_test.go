package storyfile_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// TestReadFile_Refuses: what is no regular file, or too large, is refused with
// one line naming it and why, without reading it: a link to /dev/zero or
// /dev/urandom (which never end), a named pipe (which would block the reader
// until someone writes to it), a folder, a file over the limit.
func TestReadFile_Refuses(t *testing.T) {
	dir := t.TempDir()
	link := func(name, target string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte(strings.Repeat("# padding\n", facts.MaxFileSize/10+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, path, code, why string
	}{
		{"LinkToDevZero", link("zero.yaml", "/dev/zero"), facts.EINVALID, "is a device, not a regular file"},
		{"LinkToDevURandom", link("random.yaml", "/dev/urandom"), facts.EINVALID, "is a device, not a regular file"},
		{"DevZero", "/dev/zero", facts.EINVALID, "is a device, not a regular file"},
		{"NamedPipe", fifo, facts.EINVALID, "is a named pipe, not a regular file"},
		{"LinkToNamedPipe", link("pipe-link.yaml", fifo), facts.EINVALID, "is a named pipe, not a regular file"},
		{"Folder", dir, facts.EINVALID, "is a folder, not a regular file"},
		{"TooLarge", big, facts.ETOOLARGE, "over the 16777216-byte limit"},
		{"Missing", filepath.Join(dir, "nope.yaml"), facts.EINVALID, "no such file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, err := storyfile.ReadFile(context.Background(), c.path)
			if data != nil || facts.ErrorCode(err) != c.code {
				t.Fatalf("ReadFile(%s) = %d bytes, %v; want nothing and code %s", c.path, len(data), err, c.code)
			}
			msg := facts.ErrorMessage(err)
			if !strings.HasPrefix(msg, c.path+": ") || !strings.Contains(msg, c.why) || strings.Contains(msg, "\n") {
				t.Errorf("message %q, want one line naming %s and saying %q", msg, c.path, c.why)
			}
		})
	}
}

// TestReadFile_Regular: a regular file, or a link to one, is read whole.
func TestReadFile_Regular(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "story.yaml")
	if err := os.WriteFile(p, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	l := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(p, l); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{p, l} {
		if data, err := storyfile.ReadFile(context.Background(), name); err != nil || string(data) != story {
			t.Errorf("ReadFile(%s) = %q, %v; want the story", name, data, err)
		}
	}
}

// TestReadFileIn_StaysInTheFolder: a file found in an import folder is read
// when it is in the folder, or links to a file in it; a link leading out of the
// folder is refused without a word of what it leads to.
func TestReadFileIn_StaysInTheFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("hunter2: the-password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(in, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	for link, target := range map[string]string{
		filepath.Join(dir, "b.yaml"):  "a.yaml",
		filepath.Join(sub, "c.yaml"):  "../a.yaml",
		filepath.Join(dir, "x.yaml"):  outside,
		filepath.Join(sub, "y.yaml"):  "../../" + filepath.Base(filepath.Dir(outside)) + "/secret.txt",
		filepath.Join(dir, "z.yaml"):  "/dev/zero",
		filepath.Join(dir, "up.yaml"): "..",
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	for _, name := range []string{"a.yaml", "b.yaml", "sub/c.yaml"} {
		if data, err := storyfile.ReadFileIn(ctx, dir, filepath.Join(dir, name)); err != nil || string(data) != story {
			t.Errorf("ReadFileIn(%s) = %q, %v; want the story", name, data, err)
		}
	}
	for _, name := range []string{"x.yaml", "sub/y.yaml", "z.yaml", "up.yaml", "../" + filepath.Base(dir) + "-elsewhere/a.yaml"} {
		path := filepath.Join(dir, name)
		data, err := storyfile.ReadFileIn(ctx, dir, path)
		if data != nil || facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("ReadFileIn(%s) = %q, %v; want refused", name, data, err)
			continue
		}
		if msg := facts.ErrorMessage(err); !strings.HasPrefix(msg, path+": ") || strings.Contains(msg, "hunter2") || strings.Contains(msg, "\n") {
			t.Errorf("ReadFileIn(%s): message %q, want one line naming the file and nothing of what it leads to", name, msg)
		}
	}
}

// TestReadFile_Cancelled: a cancelled import reads no further file.
func TestReadFile_Cancelled(t *testing.T) {
	p := filepath.Join(t.TempDir(), "story.yaml")
	os.WriteFile(p, []byte(story), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if data, err := storyfile.ReadFile(ctx, p); data != nil || err != context.Canceled {
		t.Errorf("ReadFile after cancel = %d bytes, %v; want context.Canceled", len(data), err)
	}
}
