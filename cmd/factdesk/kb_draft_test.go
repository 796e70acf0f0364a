package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKB_DraftDate: kb draft dates the story from the copy's dateline when it
// gives one, else from --date, and says which; a dateline without its year takes
// --date's; a conflict or no date at all is one line, never today's date.
func TestKB_DraftDate(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "list")
	const body = "\"We will not reopen a bridge that we cannot stand behind,\" said Mayor Rosa Delgado.\n"
	copyWith := func(dateline string) string { return "Harbor City shuts bridge\n\n" + dateline + body }

	for _, tt := range []struct {
		name, copy, date, wantDate, wantFrom string
	}{
		{"FullDateline", copyWith("HARBOR CITY, June 4, 2024 (Coastline Wire) - "), "", "2024-06-04", "from the dateline (June 4, 2024)"},
		{"FullDatelineAgrees", copyWith("HARBOR CITY, June 4, 2024 (Coastline Wire) - "), "2024-06-04", "2024-06-04", "from the dateline (June 4, 2024)"},
		{"YearFromFlag", copyWith("HARBOR CITY, June 4 (Coastline Wire) - "), "2024-06-04", "2024-06-04", "from the dateline (June 4) with the year from --date"},
		{"NoDateline", copyWith(""), "2023-02-01", "2023-02-01", "from --date (the copy's dateline gives no date)"},
		{"UndatedDateline", copyWith("HARBOR CITY (Coastline Wire) - "), "2023-02-01", "2023-02-01", "from --date"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"kb", "draft", "--story", "harbor", "-"}
			if tt.date != "" {
				args = append(args, "--date", tt.date)
			}
			out, errOut, code := run(t, db, tt.copy, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !yamlHas(out, "date", tt.wantDate) || !yamlHas(out, "published", tt.wantDate) {
				t.Errorf("the draft is not dated %s:\n%s", tt.wantDate, out)
			}
			if want := "factdesk: dated the story " + tt.wantDate + ", " + tt.wantFrom; !strings.HasPrefix(errOut, want) {
				t.Errorf("stderr = %q, want %q", errOut, want)
			}

			file := filepath.Join(t.TempDir(), "draft.yaml")
			out = mustRun(t, db, tt.copy, 0, append(args, "-o", file)...)
			if !strings.Contains(out, "Dated the story "+tt.wantDate+", "+tt.wantFrom) {
				t.Errorf("with -o, the summary does not say where the date came from:\n%s", out)
			}
			if data, _ := os.ReadFile(file); !yamlHas(string(data), "date", tt.wantDate) {
				t.Errorf("the file is not dated %s:\n%s", tt.wantDate, data)
			}
		})
	}

	for _, tt := range []struct {
		name, copy, date, want string
	}{
		{"NoDate", copyWith(""), "", "needs --date YYYY-MM-DD: the copy has no dateline with a date"},
		{"YearlessNoFlag", copyWith("HARBOR CITY, June 4 (Coastline Wire) - "), "", "needs --date YYYY-MM-DD: the dateline gives June 4 without the year"},
		{"YearlessOtherDay", copyWith("HARBOR CITY, June 4 (Coastline Wire) - "), "2024-06-05", "the dateline says June 4 but --date says 2024-06-05"},
		{"FullOtherDay", copyWith("HARBOR CITY, June 4, 2024 (Coastline Wire) - "), "2023-06-04", "the dateline says 2024-06-04 (June 4, 2024) but --date says 2023-06-04"},
		{"BadFlag", copyWith(""), "June 4", `--date "June 4" is not a date like 2024-06-04`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"kb", "draft", "--story", "harbor", "-"}
			if tt.date != "" {
				args = append(args, "--date", tt.date)
			}
			out, errOut, code := run(t, db, tt.copy, args...)
			oneLine(t, tt.name, errOut, code, "factdesk kb draft: "+tt.want)
			if out != "" {
				t.Errorf("a refused draft printed %q", out)
			}
		})
	}
}

// yamlHas reports whether a story file sets key to value, quoted or not.
func yamlHas(file, key, value string) bool {
	return strings.Contains(file, key+": "+value+"\n") || strings.Contains(file, key+": \""+value+"\"\n")
}
