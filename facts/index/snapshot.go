package index

import (
	"cmp"
	"encoding/binary"
	"hash/crc32"
	"maps"
	"slices"
)

// A snapshot is the Data of one read model written out, so that a process
// answering one question can load it instead of reading every fact: at 100k
// facts, reading Data from storage costs most of a second, a snapshot a few
// milliseconds. Storage keeps it beside the data it was made from and decides
// when it is current. Build runs again on what FromSnapshot reads, so changes
// to Build never need a new format.
//
// Layout: the magic; the format and DeriveVersion (uvarints); the derivation
// fingerprint (4 bytes); a table of every string (count, each length, then the
// bytes), which the rest refers to by number; the body; then a CRC-32C of
// everything before it. Integer lists are uvarints: postings as gaps between
// ascending refs, so most take a byte or two.
const snapshotMagic = "FDRM"

// snapshotFormat names the layout and what Data holds: bump it with any
// change to either (a new kind of postings key, a new field), and older
// snapshots are ignored. Changes to how the data is derived (Names' maps,
// stored as they are because deriving them again would cost a hundred
// milliseconds at 5,000 entities; which keys postings get) are caught by the
// derivation fingerprint as well, as far as its story exercises them.
const snapshotFormat = 4

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Snapshot writes the data the index was built from, for FromSnapshot. Maps
// are written in key order, so equal data give equal bytes.
func (ix *Index) Snapshot() []byte { return encode(ix.data) }

func encode(d Data) []byte {
	e := encodeData(d)
	out := make([]byte, 0, len(e.body)+e.strBytes+2*len(e.table)+32)
	out = append(out, snapshotMagic...)
	out = binary.AppendUvarint(out, snapshotFormat)
	out = binary.AppendUvarint(out, DeriveVersion)
	out = binary.LittleEndian.AppendUint32(out, derivation())
	out = e.appendTo(out)
	return binary.LittleEndian.AppendUint32(out, crc32.Checksum(out, castagnoli))
}

// encodeData writes the body of a snapshot of d, gathering its strings.
func encodeData(d Data) *encoder {
	names := d.Names
	if names == nil {
		names = NewNames()
	}
	// Sized ahead: most postings take a byte or two, and most strings are
	// terms, entities and sources.
	refs := 0
	for _, m := range []map[string][]int32{d.Postings.Terms, d.Postings.Entities} {
		for _, l := range m {
			refs += len(l)
		}
	}
	strs := len(d.Postings.Terms) + 4*len(names.entities) + 4*len(d.Sources) + len(d.Stories)
	e := &encoder{ids: make(map[string]uint64, strs), table: make([]string, 0, strs), body: make([]byte, 0, 2*refs+8*strs)}
	e.uvarint(uint64(max(d.Facts, 0)))
	e.names(names)
	e.uvarint(uint64(len(d.Synonyms)))
	for _, g := range d.Synonyms {
		e.strs(g)
	}
	e.strs(d.Stopwords)
	e.uvarint(uint64(len(d.Sources)))
	for _, k := range sortedKeys(d.Sources) {
		s := d.Sources[k]
		e.str(k)
		e.str(s.ID)
		e.str(s.Title)
		e.str(s.Publisher)
		e.str(s.URL)
		e.str(s.Published)
	}
	e.uvarint(uint64(len(d.Stories)))
	for _, k := range sortedKeys(d.Stories) {
		e.str(k)
		e.str(d.Stories[k])
	}
	e.uvarint(uint64(len(d.Corrections)))
	for _, c := range d.Corrections {
		e.str(c.Fact)
		e.str(c.Supersedes)
		e.str(c.Recorded)
	}
	e.postings(d.Postings.Terms)
	e.postings(d.Postings.Entities)
	return e
}

// appendTo appends the string table (count, each length, then the bytes) and
// the body that refers to it.
func (e *encoder) appendTo(out []byte) []byte {
	out = binary.AppendUvarint(out, uint64(len(e.table)))
	for _, s := range e.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range e.table {
		out = append(out, s...)
	}
	return append(out, e.body...)
}

// encoder writes a snapshot's body and gathers its strings.
type encoder struct {
	body     []byte
	table    []string          // strings by number
	ids      map[string]uint64 // string -> number
	strBytes int
}

func (e *encoder) uvarint(v uint64) { e.body = binary.AppendUvarint(e.body, v) }

// str writes a string as its number in the table.
func (e *encoder) str(s string) {
	id, ok := e.ids[s]
	if !ok {
		id = uint64(len(e.table))
		e.ids[s] = id
		e.table = append(e.table, s)
		e.strBytes += len(s)
	}
	e.uvarint(id)
}

// strs writes a list of strings, keeping nil apart from empty, so that the
// data read back is equal, by reflect.DeepEqual, to the data written.
func (e *encoder) strs(ss []string) {
	if ss == nil {
		e.uvarint(0)
		return
	}
	e.uvarint(uint64(len(ss)) + 1)
	for _, s := range ss {
		e.str(s)
	}
}

// lists writes a map of string lists, keeping each list's order.
func (e *encoder) lists(m map[string][]string) {
	e.uvarint(uint64(len(m)))
	for _, k := range sortedKeys(m) {
		e.str(k)
		e.strs(m[k])
	}
}

func (e *encoder) names(n *Names) {
	e.uvarint(uint64(len(n.entities)))
	for _, id := range sortedKeys(n.entities) {
		en := n.entities[id]
		e.str(id)
		e.str(en.ID)
		e.str(en.Name)
		e.str(en.Kind)
		e.str(en.Title)
		e.strs(en.Aliases)
		e.strs(en.Members)
	}
	e.uvarint(uint64(n.maxWords))
	e.uvarint(uint64(len(n.longest)))
	for _, k := range sortedKeys(n.longest) {
		e.str(k)
		e.uvarint(uint64(max(n.longest[k], 0)))
	}
	for _, m := range n.lists() {
		e.lists(m)
	}
}

// postings writes lists of ascending refs as gaps, after the total count so
// that they can be read into one array.
func (e *encoder) postings(m map[string][]int32) {
	total := 0
	for _, l := range m {
		total += len(l)
	}
	e.uvarint(uint64(len(m)))
	e.uvarint(uint64(total))
	for _, k := range sortedKeys(m) {
		l := m[k]
		e.str(k)
		e.uvarint(uint64(len(l)))
		prev := int64(0)
		for _, r := range l {
			// Refs are ascending; a list that is not (never written by Add)
			// is kept sorted rather than written wrong.
			if int64(r) < prev {
				l = slices.Sorted(slices.Values(l))
				break
			}
			prev = int64(r)
		}
		prev = 0
		for _, r := range l {
			e.uvarint(uint64(int64(r) - prev))
			prev = int64(r)
		}
	}
}

// lists are the Names maps of string lists, in the order a snapshot holds them.
func (ix *Names) lists() []map[string][]string {
	return []map[string][]string{ix.byNorm, ix.byTitle, ix.memberOf, ix.stemmed, ix.acronyms, ix.titled, ix.titleAcr}
}

func sortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}
