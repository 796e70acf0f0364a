package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"

	"github.com/factdesk/factdesk/facts"
)

// ErrSnapshot is the error FromSnapshot wraps for bytes it will not read:
// made under another format, DeriveVersion or derivation code, or damaged.
// The caller builds the read model from storage instead.
var ErrSnapshot = errors.New("unusable read model snapshot")

// FromSnapshot builds the index of generation gen from a snapshot Snapshot
// wrote. Bytes written under another format, DeriveVersion or derivation
// code, or damaged in a way the checksum or the layout shows, give an error
// wrapping ErrSnapshot and no index: a snapshot is never trusted.
func FromSnapshot(gen int64, b []byte) (*Index, error) {
	d, err := decode(b)
	if err != nil {
		return nil, err
	}
	return Build(gen, d), nil
}

func decode(b []byte) (Data, error) {
	if len(b) < len(snapshotMagic)+4 || string(b[:len(snapshotMagic)]) != snapshotMagic {
		return Data{}, fmt.Errorf("%w: not a snapshot", ErrSnapshot)
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	d := &decoder{b: body, off: len(snapshotMagic)}
	if f := d.uvarint(); f != snapshotFormat {
		return Data{}, fmt.Errorf("%w: format %d, want %d", ErrSnapshot, f, snapshotFormat)
	}
	if v := d.uvarint(); v != DeriveVersion {
		return Data{}, fmt.Errorf("%w: indexing version %d, want %d", ErrSnapshot, v, DeriveVersion)
	}
	if d.off+4 > len(d.b) || binary.LittleEndian.Uint32(d.b[d.off:]) != derivation() {
		return Data{}, fmt.Errorf("%w: made by other indexing code", ErrSnapshot)
	}
	d.off += 4
	if crc32.Checksum(body, castagnoli) != sum {
		return Data{}, fmt.Errorf("%w: checksum mismatch", ErrSnapshot)
	}
	d.table()
	out := d.data()
	if d.err == nil && d.off != len(d.b) {
		d.fail("%d bytes left over", len(d.b)-d.off)
	}
	if d.err != nil {
		return Data{}, d.err
	}
	return out, nil
}

// decoder reads a snapshot, remembering the first thing wrong with it; every
// read after that gives zero values.
type decoder struct {
	b    []byte
	off  int
	err  error
	text []string // the string table
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: at byte %d: %s", ErrSnapshot, d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	if d.off < len(d.b) && d.b[d.off] < 0x80 {
		v := d.b[d.off]
		d.off++
		return uint64(v)
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail("bad number")
		return 0
	}
	d.off += n
	return v
}

// count reads how many items follow. Each takes a byte at least, so a count
// beyond the bytes left is damage, not a reason to allocate.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)-d.off) {
		d.fail("count %d beyond the end", v)
		return 0
	}
	return int(v)
}

// table reads the strings, as one string sliced: no copy per string.
func (d *decoder) table() {
	n := d.count()
	lens := make([]int, n)
	total := 0
	for i := range lens {
		l := d.uvarint()
		if l > uint64(len(d.b)-d.off) {
			d.fail("string length %d beyond the end", l)
			return
		}
		lens[i] = int(l)
		total += int(l)
	}
	if d.err != nil || total > len(d.b)-d.off {
		d.fail("strings beyond the end")
		return
	}
	all := string(d.b[d.off : d.off+total])
	d.off += total
	d.text = make([]string, n)
	at := 0
	for i, l := range lens {
		d.text[i] = all[at : at+l]
		at += l
	}
}

func (d *decoder) str() string {
	v := d.uvarint()
	if v >= uint64(len(d.text)) {
		d.fail("string %d of %d", v, len(d.text))
		return ""
	}
	return d.text[v]
}

// strs reads a list of strings: nil when it was written nil.
func (d *decoder) strs() []string {
	n := d.uvarint()
	if n == 0 {
		return nil
	}
	if n-1 > uint64(len(d.b)-d.off) {
		d.fail("count %d beyond the end", n-1)
		return nil
	}
	out := make([]string, n-1)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) lists() map[string][]string {
	n := d.count()
	m := make(map[string][]string, n)
	for range n {
		k := d.str()
		m[k] = d.strs()
	}
	return m
}

func (d *decoder) data() Data {
	out := Data{Facts: int(min(d.uvarint(), math.MaxInt32))}
	out.Names = d.names()
	if n := d.count(); n > 0 {
		out.Synonyms = make([][]string, n)
		for i := range out.Synonyms {
			out.Synonyms[i] = d.strs()
		}
	}
	out.Stopwords = d.strs()
	n := d.count()
	out.Sources = make(map[string]facts.Source, n)
	for range n {
		k := d.str()
		out.Sources[k] = facts.Source{ID: d.str(), Title: d.str(), Publisher: d.str(), URL: d.str(), Published: d.str()}
	}
	n = d.count()
	out.Stories = make(map[string]string, n)
	for range n {
		k := d.str()
		out.Stories[k] = d.str()
	}
	if n := d.count(); n > 0 {
		out.Corrections = make([]Correction, n)
		for i := range out.Corrections {
			out.Corrections[i] = Correction{Fact: d.str(), Supersedes: d.str(), Recorded: d.str()}
		}
	}
	out.Postings = Postings{Terms: d.postings(), Entities: d.postings()}
	out.TermDF, out.EntityDF = out.Postings.Frequencies()
	return out
}

func (d *decoder) names() *Names {
	n := NewNames()
	count := d.count()
	n.entities = make(map[string]facts.Entity, count)
	for range count {
		id := d.str()
		n.entities[id] = facts.Entity{ID: d.str(), Name: d.str(), Kind: d.str(), Title: d.str(), Aliases: d.strs(), Members: d.strs()}
	}
	n.maxWords = int(min(d.uvarint(), math.MaxInt32))
	count = d.count()
	n.longest = make(map[string]int, count)
	for range count {
		k := d.str()
		n.longest[k] = int(min(d.uvarint(), math.MaxInt32))
	}
	n.byNorm, n.byTitle, n.memberOf, n.stemmed, n.acronyms, n.titled, n.titleAcr = d.lists(), d.lists(), d.lists(), d.lists(), d.lists(), d.lists(), d.lists()
	return n
}

// postings reads lists of refs written as gaps into one array, checking that
// each list ascends as retrieval needs.
func (d *decoder) postings() map[string][]int32 {
	n := d.count()
	total := d.count()
	m := make(map[string][]int32, n)
	all := make([]int32, total)
	at := 0
	for range n {
		k := d.str()
		l := d.count()
		if l > total-at {
			d.fail("postings beyond their count")
			return m
		}
		list := all[at : at+l : at+l]
		at += l
		if !d.gaps(list) {
			d.fail("postings of %q damaged or not ascending", k)
			return m
		}
		m[k] = list
	}
	if at != total {
		d.fail("postings short of their count")
	}
	return m
}

// gaps reads ascending refs written as gaps into list, reporting false for
// bytes that end early or do not ascend. It is the bulk of reading a
// snapshot (millions of refs at 100k facts), so it reads gaps of one and two
// bytes in a loop of its own.
func (d *decoder) gaps(list []int32) bool {
	if d.err != nil {
		return false
	}
	b, off := d.b, d.off
	prev := uint64(0)
	for i := range list {
		var gap uint64
		if off < len(b) && b[off] < 0x80 {
			gap = uint64(b[off])
			off++
		} else if off+1 < len(b) && b[off+1] < 0x80 {
			gap = uint64(b[off]&0x7f) | uint64(b[off+1])<<7
			off += 2
		} else {
			v, n := binary.Uvarint(b[off:])
			if n <= 0 {
				return false
			}
			gap, off = v, off+n
		}
		if gap == 0 || gap > math.MaxInt32-prev {
			return false
		}
		prev += gap
		list[i] = int32(prev)
	}
	d.off = off
	return true
}
