package sqlite

import (
	"context"
	"hash/maphash"
	"runtime"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// source is an import's files, read on demand.
type source struct {
	names []string
	read  func(i int) ([]byte, error)
}

// parsed is one file of an import, read and parsed, and with names given, its
// facts indexed.
type parsed struct {
	file    *storyfile.File
	derived map[string]index.Derived
	sum     uint64 // of the file's bytes: the second reading must find what the first validated
	canon   []byte // the story's base to keep (base.go), on the second reading
	err     error
}

// fileSeed makes the sums of one process comparable.
var fileSeed = maphash.MakeSeed()

// parseInOrder reads and parses src's files on every core, a bounded window
// ahead, and hands them to each in order on the caller's goroutine. With names,
// workers also derive each fact's index rows: the single writer then only
// writes. It stops at the first error, from reading or from each.
func parseInOrder(ctx context.Context, src source, names *index.Names, each func(i int, p parsed) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := len(src.names)
	workers := runtime.GOMAXPROCS(0)
	window := 4 * workers
	// Result i goes to slot i%window; job i+window is handed out only once
	// result i was taken, so a slot never holds two results.
	slots := make([]chan parsed, window)
	for k := range slots {
		slots[k] = make(chan parsed, 1)
	}
	free := make(chan struct{}, window)
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case free <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				slots[i%window] <- parseOne(src, i, names)
			}
		}()
	}
	for i := range n {
		var p parsed
		select {
		case p = <-slots[i%window]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-free
		if p.err != nil {
			return p.err
		}
		if err := each(i, p); err != nil {
			return err
		}
	}
	return nil
}

func parseOne(src source, i int, names *index.Names) parsed {
	data, err := src.read(i)
	if err != nil {
		return parsed{err: err}
	}
	p := parsed{file: storyfile.Parse(src.names[i], data), sum: maphash.Bytes(fileSeed, data)}
	if names != nil && p.file.Story != nil && len(p.file.Problems) == 0 {
		p.derived = make(map[string]index.Derived, len(p.file.Story.Facts))
		for _, fa := range p.file.Story.Facts {
			fa.Story = p.file.Story.Story.ID
			p.derived[fa.FullID()] = index.Derive(fa, names)
		}
		if p.canon, err = canonical(p.file.Story); err != nil {
			return parsed{err: err}
		}
	}
	return p
}
