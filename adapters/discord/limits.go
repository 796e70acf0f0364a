package discord

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
)

// Discord rejects a whole message when any part is over its limit, so every text
// the adapter sends is cut to fit first, with a visible note saying how much was
// left out. The numbers are Discord's documented limits.
const (
	maxContent          = 2000
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxEmbedFooter      = 2048
	maxEmbedTotal       = 6000
)

// size counts a text the way the strictest reading of Discord's limits does: in
// UTF-16 code units, so an emoji outside the Basic Multilingual Plane counts twice.
// Counting this way can only err on the short side.
func size(s string) int {
	n := 0
	for _, r := range s {
		if w := utf16.RuneLen(r); w > 0 {
			n += w
		} else {
			n++ // invalid UTF-8 becomes U+FFFD on the wire
		}
	}
	return n
}

// cut returns s unchanged when it fits in limit, else its beginning (ended at a word
// boundary where one is near) followed by "… (and N more characters)".
func cut(s string, limit int) string {
	if size(s) <= limit {
		return s
	}
	total := size(s)
	// The note's own length depends on N; a note sized for the whole text is
	// never shorter than the one we end up writing.
	room := limit - size(moreChars(total))
	if room <= 0 {
		return prefix(s, limit)
	}
	head := prefix(s, room)
	if i := strings.LastIndexFunc(head, unicode.IsSpace); i > len(head)*3/4 {
		head = head[:i]
	}
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	return head + moreChars(total-size(head))
}

func moreChars(n int) string {
	return fmt.Sprintf("\u2026 (and %d more characters)", n)
}

// prefix returns the longest beginning of s that fits in limit, whole runes only.
func prefix(s string, limit int) string {
	n := 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if w < 0 {
			w = 1
		}
		if n+w > limit {
			return s[:i]
		}
		n += w
	}
	return s
}

// joinLines joins whole lines with newlines while they fit in limit, and says how
// many were left out: "…and N more". A single line longer than limit is cut.
func joinLines(lines []string, limit int) string {
	if all := strings.Join(lines, "\n"); size(all) <= limit {
		return all
	}
	var kept []string
	used := 0
	for i, line := range lines {
		left := len(lines) - i - 1
		// Keep room for the note that would follow if a later line does not fit.
		reserve := 0
		if left > 0 {
			reserve = 1 + size(moreLines(left))
		}
		need := size(line)
		if len(kept) > 0 {
			need++
		}
		if used+need+reserve > limit {
			if len(kept) == 0 {
				// Nothing fits whole: show the first line cut, then the count.
				note := moreLines(len(lines) - 1)
				if len(lines) == 1 {
					return cut(line, limit)
				}
				return cut(line, limit-1-size(note)) + "\n" + note
			}
			return strings.Join(kept, "\n") + "\n" + moreLines(len(lines)-len(kept))
		}
		kept = append(kept, line)
		used += need
	}
	return strings.Join(kept, "\n")
}

func moreLines(n int) string {
	return fmt.Sprintf("\u2026and %d more", n)
}
