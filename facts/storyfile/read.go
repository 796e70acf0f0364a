package storyfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/factdesk/factdesk/facts"
)

// The readers below are how every file a person hands factdesk is read (story
// and lexicon files, a fact for kb add, wire copy for kb draft). A path can name
// something that is no file at all: /dev/zero or /dev/urandom never end, a named
// pipe blocks its reader until someone writes to it. So a file is opened without
// blocking (O_NONBLOCK, which a named pipe honours), the opened file itself is
// checked (so a link swapped in meanwhile changes nothing), and only a regular
// file of at most facts.MaxFileSize bytes is read.

// ReadFile reads the file at name, as a person named it: a symbolic link is
// followed, to a regular file only. A name that is no regular file, or one over
// facts.MaxFileSize bytes, gets a one-line error naming the file and why
// (EINVALID, or ETOOLARGE), and nothing of it is read.
func ReadFile(ctx context.Context, name string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	return readRegular(f, name)
}

// ReadFileIn reads a file found in the folder dir: name is its path, under dir,
// as filepath.WalkDir gives it. It refuses what ReadFile refuses and, besides,
// a name that leads out of dir, through a symbolic link or "..": a folder
// someone else filled must not make an import read, and quote back in its
// errors, files from elsewhere (/etc/passwd, a colleague's drafts).
func ReadFileIn(ctx context.Context, dir, name string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(dir, name)
	if err != nil || !filepath.IsLocal(rel) {
		return nil, facts.Errorf(facts.EINVALID, "%s: is not inside the folder %s; an import reads only the files inside the folders it is given.", name, dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, openError(dir, err)
	}
	defer root.Close()
	f, err := root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		if st, lerr := root.Lstat(rel); lerr == nil && st.Mode()&fs.ModeSymlink != 0 && !errors.Is(err, fs.ErrNotExist) {
			return nil, facts.Errorf(facts.EINVALID, "%s: is a link to a file outside the folder %s; an import reads only the files inside the folders it is given.", name, dir)
		}
		return nil, openError(name, err)
	}
	defer f.Close()
	return readRegular(f, name)
}

// readRegular reads an opened file if it is a regular file within the size limit.
func readRegular(f *os.File, name string) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, facts.Errorf(facts.EINVALID, "%s: cannot read: %v", name, unwrap(err))
	}
	if !st.Mode().IsRegular() {
		return nil, facts.Errorf(facts.EINVALID, "%s: is %s, not a regular file; factdesk reads only regular files.", name, kindOf(st.Mode()))
	}
	if st.Size() > facts.MaxFileSize {
		return nil, tooLarge(name)
	}
	// The limit holds again while reading: a file can grow after its size was read,
	// and some (in /proc) say they are empty and are not.
	data, err := io.ReadAll(io.LimitReader(f, facts.MaxFileSize+1))
	if err != nil {
		return nil, facts.Errorf(facts.EINVALID, "%s: cannot read: %v", name, unwrap(err))
	}
	if len(data) > facts.MaxFileSize {
		return nil, tooLarge(name)
	}
	return data, nil
}

func tooLarge(name string) error {
	return facts.Errorf(facts.ETOOLARGE, "%s: is over the %d-byte limit for one file (%d MiB).", name, facts.MaxFileSize, facts.MaxFileSize>>20)
}

// openError says in one line why a file could not be opened.
func openError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return facts.Errorf(facts.EINVALID, "%s: no such file.", name)
	case errors.Is(err, fs.ErrPermission):
		return facts.Errorf(facts.EINVALID, "%s: permission denied.", name)
	}
	return facts.Errorf(facts.EINVALID, "%s: cannot read: %v", name, unwrap(err))
}

// unwrap drops the operation and path of a *fs.PathError: the message names the
// file already.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// kindOf names what a file that is not a regular one is, for the person who
// named it.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return fmt.Sprintf("a special file (%v)", m.Type())
}
