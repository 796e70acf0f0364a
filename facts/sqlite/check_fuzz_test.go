package sqlite_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
)

// FuzzKB_Check: any text gets findings or a clear error, never a panic, within
// fuzzBudget; every finding's span lies within the text and is the text it
// quotes, anything left unchecked starts inside it, and the result is valid
// JSON. The seeds are the planted-error drafts and hostile text; crashers found
// by `go test -fuzz FuzzKB_Check` are kept in testdata/fuzz/FuzzKB_Check.
func FuzzKB_Check(f *testing.F) {
	data, err := os.ReadFile("../testdata/drafts/drafts.json")
	if err != nil {
		f.Fatal(err)
	}
	var set struct {
		Drafts []struct{ Text string } `json:"drafts"`
	}
	if err := json.Unmarshal(data, &set); err != nil {
		f.Fatal(err)
	}
	for _, d := range set.Drafts {
		f.Add(d.Text)
	}
	for _, s := range []string{
		"", " \n\t ", "\x00", "\xff\xfe", "a\u0301\u0301\u0301", "\u202e43 countries\u202c", "🙂 45 countries 🙂",
		`"`, `“`, `”“”“`, `"unbalanced quote, Zhang said`, `"" said`, `,"," said Zhang, said`,
		"99999999999999999999999999999999 countries signed.", "1e308 countries", "-0 countries", "$-0.00 million",
		"NaN countries", "0x45 countries", "4,5,,6 countries", "45-45-45-country coalition", "1/2 of 43 countries",
		"On Feb. 30, 2021, 43 countries signed.", "In Month 13 of 2021", "On Thursday, Thursday, Thursday",
		"Zhang Jun, China's foreign minister, China's foreign minister, said", "Nicholas de Riviere de Riviere",
		strings.Repeat("Zhang said: \"", 200), strings.Repeat("43 countries ", 100), strings.Repeat("a", facts.MaxDraftLen+1),
		strings.Repeat(".", 10000), "U.S.A.B.C.D.E. said 45.", "'; DROP TABLE facts; --", "\r\n\r\n\u2028\u2029",
		// Issue 16's shape: every clause names the same people and countries
		// and gives figures, over and over.
		strings.Repeat("Zhang, Jun and de Riviere of China said 45 countries and 62 countries backed Cuba in October 2021, with 39 nations. ", 40),
		strings.Repeat(`"We have seen an increasing number of reports," Zhang said of China, adding that 43 countries signed. `, 40),
	} {
		f.Add(s)
	}
	kb := mustOpenCheckKB(f)
	ctx := context.Background()
	kinds := map[string]bool{"number": true, "quote": true, "attribution": true, "name": true, "title": true, "date": true}
	f.Fuzz(func(t *testing.T, text string) {
		ctx, cancel := context.WithTimeout(ctx, fuzzBudget)
		defer cancel()
		start := time.Now()
		res, err := kb.Check(ctx, text, facts.CheckOptions{})
		if took := time.Since(start); took > fuzzBudget || errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Check(%q) took %v, over the %v a check of any input may take", text, took, fuzzBudget)
		}
		if err != nil {
			if code := facts.ErrorCode(err); code != facts.EINVALID && code != facts.ETOOLARGE {
				t.Fatalf("Check(%q): internal error %v", text, err)
			}
			if facts.ErrorMessage(err) == "" {
				t.Fatalf("Check(%q): an error with no message", text)
			}
			return
		}
		b, err := json.Marshal(res)
		if err != nil || !json.Valid(b) {
			t.Fatalf("Check(%q): invalid JSON: %v", text, err)
		}
		rs := []rune(text)
		for _, fd := range res.Findings {
			if fd.Start < 0 || fd.End > len(rs) || fd.Start >= fd.End {
				t.Fatalf("Check(%q): finding %q has span [%d,%d) outside the text's %d characters", text, fd.Text, fd.Start, fd.End, len(rs))
			}
			if string(rs[fd.Start:fd.End]) != fd.Text {
				t.Fatalf("Check(%q): finding %q points at %q", text, fd.Text, string(rs[fd.Start:fd.End]))
			}
			if !kinds[fd.Kind] || fd.Message == "" || !utf8.ValidString(fd.Message) {
				t.Fatalf("Check(%q): unclear finding %+v", text, fd)
			}
			// A misspelt name of an entity no fact is about cites no fact
			// (testdata/fuzz/FuzzKB_Check/deed03d0c2e95468); every other finding must.
			if fd.FactID == "" && fd.Kind != "name" {
				t.Fatalf("Check(%q): finding cites no fact: %+v", text, fd)
			}
		}
		// One claim may give several findings (a misquote that is also
		// misattributed: testdata/fuzz/FuzzKB_Check/059b4712495a922d), so findings
		// may outnumber the claims checked.
		if res.Checked < 0 || res.Unchecked < 0 {
			t.Fatalf("Check(%q): checked = %d, unchecked = %d", text, res.Checked, res.Unchecked)
		}
		if res.Unchecked > 0 && (res.UncheckedFrom < 0 || res.UncheckedFrom >= len(rs)) {
			t.Fatalf("Check(%q): unchecked from %d, outside the text's %d characters", text, res.UncheckedFrom, len(rs))
		}
	})
}

// fuzzBudget is how long one fuzzed check may take: far more than any
// draft up to the passage limit needs (issue 16's worst 4 KiB draft takes
// well under half a second against 20,000 facts; these inputs meet a few
// hundred), so an input that takes longer has found unbounded work. It is
// generous because the fuzzer's coverage instrumentation and other work on
// the machine slow every input down.
const fuzzBudget = 2 * time.Second
