package claims_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts/claims"
)

// claimWant is what a test expects of one extracted claim; empty fields are not
// compared.
type claimWant struct {
	kind, text string
	value      float64
	low, high  float64
	unit       string
	speaker    string
	name       string
	title      string
	year       int
	month      int
	day        int
	weekday    string
}

func TestExtractClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{"Count", "A coalition of 43 countries denounced China.",
			[]claimWant{{kind: "number", text: "43 countries", value: 43, unit: "countries"}}},
		{"HyphenatedCount", "The 45-nation group met.",
			[]claimWant{{kind: "number", text: "45-nation", value: 45, unit: "nation"}}},
		{"WordsCount", "Forty-three countries and a dozen observers attended.",
			[]claimWant{{kind: "number", text: "Forty-three countries", value: 43, unit: "countries"}, {kind: "number", text: "a dozen observers", value: 12, unit: "observers"}}},
		{"VagueCount", "Hundreds of thousands of Uyghurs have been held.",
			[]claimWant{{kind: "number", text: "Hundreds of thousands of Uyghurs", low: 200000, high: 999000, unit: "Uyghurs"}}},
		{"HalfAScale", "More than half a million people have been moved, and half a dozen towns.",
			[]claimWant{{kind: "number", text: "More than half a million people", value: 500000, unit: "people"}, {kind: "number", text: "half a dozen towns", value: 6, unit: "towns"}}},
		{"AndAHalf", "The blogosphere doubles every five and a half months; 2 and a half million people read it.",
			[]claimWant{{kind: "number", text: "five and a half months", value: 5.5, unit: "months"}, {kind: "number", text: "2 and a half million people", value: 2.5e6, unit: "people"}}},
		{"Qualified", "More than 40 countries signed; nearly 60 nations did not.",
			[]claimWant{{kind: "number", text: "More than 40 countries", value: 40, unit: "countries"}, {kind: "number", text: "nearly 60 nations", low: 54, high: 60, unit: "nations"}}},
		{"Currency", "The council approved a $48 million wall.",
			[]claimWant{{kind: "number", text: "$48 million", value: 48e6, unit: "dollars"}}},
		{"Percent", "Turnout rose to 62% from 55 percent.",
			[]claimWant{{kind: "number", text: "62", value: 62, unit: "percent"}, {kind: "number", text: "55 percent", value: 55, unit: "percent"}}},
		{"YearIsNotACount", "In 2020, 39 nations signed.",
			[]claimWant{{kind: "date", text: "2020", year: 2020}, {kind: "number", text: "39 nations", value: 39}}},
		{"FullDate", "On Thursday, Oct. 21, 2021, the group spoke.",
			[]claimWant{{kind: "date", text: "Thursday, Oct. 21, 2021", year: 2021, month: 10, day: 21, weekday: "Thursday"}}},
		{"MonthOnly", "In May, Europe suspended the pact. It may resume.",
			[]claimWant{{kind: "date", text: "May", month: 5}}},
		{"QuoteThenSpeaker", "\"The days are long gone,\" Zhang said.",
			[]claimWant{{kind: "quote", text: "The days are long gone", speaker: "Zhang"}}},
		{"SpeakerThenQuote", "Zhang Jun said: \u201cThe days are long gone.\u201d",
			[]claimWant{{kind: "quote", text: "The days are long gone", speaker: "Zhang Jun"}}},
		{"VerbThenSpeaker", "\u201cWe will act,\u201d said Maria Okafor, the mayor.",
			[]claimWant{{kind: "quote", text: "We will act", speaker: "Maria Okafor"}}},
		{"AccordingTo", "\"We will act,\" according to the French ambassador.",
			[]claimWant{{kind: "quote", text: "We will act", speaker: "French ambassador"}}},
		{"PronounIsNoSpeaker", "\"We will act,\" he said.",
			[]claimWant{{kind: "quote", text: "We will act"}}},
		{"FullStopEndsQuote", "\"We will act.\" Critics said otherwise.",
			[]claimWant{{kind: "quote", text: "We will act"}}},
		{"AppositiveTitle", "Zhang Jun, China's foreign minister, spoke.",
			[]claimWant{{kind: "person", name: "Zhang Jun", title: "China's foreign minister"}}},
		{"TitleBeforeName", "French Ambassador Nicolas de Riviere read it.",
			[]claimWant{{kind: "person", name: "Nicolas de Riviere", title: "French Ambassador"}}},
		{"JobBeforeName", "O'Leary rebuked Villa goalkeeper Olof Mellberg; novelist Hugh Grant agreed.",
			[]claimWant{{kind: "person", name: "Olof Mellberg", title: "Villa goalkeeper"}, {kind: "person", name: "Hugh Grant", title: "novelist"}}},
		{"VerbIsNoJob", "Film star Robert Redford and Wasps back-rower Johnny O'Connor arrived.", nil},
		{"PortfolioBeforeTitle", "Liberal Democrat foreign affairs spokesman Mark Oaten spoke; the newly appointed spokesman Ed Davey agreed.",
			[]claimWant{{kind: "person", name: "Mark Oaten", title: "Liberal Democrat foreign affairs spokesman"}, {kind: "person", name: "Ed Davey", title: "spokesman"}}},
		{"TitleCommaName", "China's U.N. ambassador, Zhang Jun, spoke.",
			[]claimWant{{kind: "person", name: "Zhang Jun", title: "China's U.N. ambassador"}}},
		{"SpeakerWithOf", "The Ministry of Commerce said tax revenues rose sharply last year.",
			[]claimWant{{kind: "said", speaker: "Ministry of Commerce"}}},
		{"Score", "England wasted a 17-6 lead to lose 18-16, and Henman beat Nalbandian 6-1 7-6 (7-3) 6-4.",
			[]claimWant{{kind: "score", text: "17-6"}, {kind: "score", text: "18-16"}, {kind: "score", text: "6-1 7-6 (7-3) 6-4"}}},
		{"RelativeClauseIsNoTitle", "Zhang Jun, who met the ambassador, spoke.", nil},
		{"CapitalisedNameBeforeUnit", "IBM was granted 3,428 US patents in 2004.",
			[]claimWant{{kind: "number", text: "3,428 US patents", value: 3428, unit: "patents"}}},
		{"UnitOfTheNextFigure", "It needs to cut between 9,000 and 7,000 jobs.",
			[]claimWant{{kind: "number", text: "9,000", value: 9000, unit: "jobs"}}},
		{"UnitOfPartitive", "In all 104,000 jobs will go, around 6,000 of those in Wales.",
			[]claimWant{{kind: "number", text: "around 6,000", unit: "jobs"}}},
		{"UnitOfNumberOf", "The total number of jobs to go at the firm reaches 5,500.",
			[]claimWant{{kind: "number", text: "5,500", value: 5500, unit: "jobs"}}},
		{"VerbIsNoUnit", "Almost one in five Americans under 30 own an MP3 player.",
			[]claimWant{{kind: "number", text: "under 30", high: 30}}},
		{"PrepositionIsNoUnit", "Readers will choose a shortlist of five after the competition closes.",
			[]claimWant{{kind: "number", text: "five", value: 5}}},
		{"ConjunctionIsNoUnit", "Police numbers fell by 1,132 while he was home secretary.",
			[]claimWant{{kind: "number", text: "1,132", value: 1132}}},
		{"UnitBeforeOf", "Howard held the seat with a majority of 5,097 over the Lib Dems.",
			[]claimWant{{kind: "number", text: "5,097", value: 5097, unit: "majority"}}},
		{"UnitBeforeOfQualified", "Longbridge has a total workforce of 6,500.",
			[]claimWant{{kind: "name", text: "Longbridge"}, {kind: "number", text: "6,500", value: 6500, unit: "workforce"}}},
		{"PossessiveIsNoUnitsQualifier", "He won with a season's best of 7.95m.",
			[]claimWant{{kind: "number", text: "7.95m", value: 7950000}}},
		{"RateCountsWhatFollowsPer", "Sales fell to an average of 22 per surveyor.",
			[]claimWant{{kind: "number", text: "22 per surveyor", value: 22, unit: "surveyor"}}},
		{"DayBeforeMarch", "The Labs close on 1 March.",
			[]claimWant{{kind: "date", text: "1 March", month: 3, day: 1}}},
		{"TitleEndsAtPreposition", "Antony Burgmans, who becomes Unilever's chief executive under the new set-up, said so.",
			[]claimWant{{kind: "person", name: "Antony Burgmans", title: "Unilever's chief executive"}}},
		{"TitleCommaNameUnclosed", "The French ambassador, Nicolas de Riviere said so.",
			[]claimWant{{kind: "person", name: "Nicolas de Riviere", title: "French ambassador"}}},
		{"NameOpeningAClauseIsNoTitle", "Asked whether he trusted the prime minister, Mr Brown replied at once.", nil},
		{"Name", "Human Rights Watch's Louis Charbonneau spoke.",
			[]claimWant{{kind: "name", text: "Human Rights Watch's"}, {kind: "name", text: "Louis Charbonneau"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claims.Extract(tt.text)
			for _, w := range tt.want {
				if !hasClaim(got, w) {
					t.Errorf("no claim %+v in:\n%s", w, describeClaims(got))
				}
			}
			if tt.want == nil {
				for _, c := range got {
					if c.Kind == claims.ClaimPerson {
						t.Errorf("unexpected person claim %q (title %q)", c.Text, c.Title.Text)
					}
				}
			}
			for _, c := range got {
				rs := []rune(tt.text)
				if c.Start < 0 || c.End > len(rs) || string(rs[c.Start:c.End]) != c.Text {
					t.Errorf("claim %q: offsets [%d,%d) do not point at its text", c.Text, c.Start, c.End)
				}
			}
		})
	}
}

// TestExtractClaims_Offsets checks that offsets count code points, not bytes,
// in text with accents and curly quotes.
func TestExtractClaims_Offsets(t *testing.T) {
	text := "Nicolas de Rivière said: \u201cSurveillance continues to target Uyghurs.\u201d Then 43 countries signed."
	for _, c := range claims.Extract(text) {
		if c.Kind != claims.ClaimNumber {
			continue
		}
		wantStart := utf8.RuneCountInString(text[:strings.Index(text, "43 countries")])
		if c.Start != wantStart || c.End != wantStart+len("43 countries") {
			t.Errorf("number at [%d,%d), want [%d,%d)", c.Start, c.End, wantStart, wantStart+12)
		}
		return
	}
	t.Fatal("no number claim found")
}

func hasClaim(got []claims.Claim, w claimWant) bool {
	for _, c := range got {
		if c.Kind != w.kind || w.text != "" && c.Text != w.text {
			continue
		}
		if w.value != 0 && c.Value != w.value || w.low != 0 && c.Low != w.low || w.high != 0 && c.High != w.high {
			continue
		}
		if w.unit != "" && c.Unit != w.unit {
			continue
		}
		if w.kind == "quote" && (w.speaker == "") != (c.Speaker == nil) || c.Speaker != nil && w.speaker != "" && c.Speaker.Text != w.speaker {
			continue
		}
		if w.name != "" && (c.Name == nil || c.Name.Text != w.name) || w.title != "" && (c.Title == nil || c.Title.Text != w.title) {
			continue
		}
		if w.year != c.Year && w.year != 0 || w.month != c.Month && w.month != 0 || w.day != c.Day && w.day != 0 || w.weekday != "" && c.Weekday != w.weekday {
			continue
		}
		return true
	}
	return false
}

func describeClaims(cs []claims.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("  " + c.Kind + " " + c.Text)
		if c.Unit != "" {
			b.WriteString(" unit=" + c.Unit)
		}
		if c.Speaker != nil {
			b.WriteString(" speaker=" + c.Speaker.Text)
		}
		if c.Title != nil {
			b.WriteString(" name=" + c.Name.Text + " title=" + c.Title.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestExtractClaims_NumberWordInName: a capitalised number word inside a
// sentence, before another capitalised word, is part of a name, not a figure;
// the same word opening a sentence or in lower case is a figure.
func TestExtractClaims_NumberWordInName(t *testing.T) {
	for _, tt := range []struct {
		text    string
		figures int
	}{
		{"It could be the most open Six Nations Championship for a decade.", 0},
		{"Six nations signed the statement.", 1},
		{"The six nations signed the statement.", 1},
	} {
		if n := figures(tt.text); n != tt.figures {
			t.Errorf("%q: %d figures, want %d", tt.text, n, tt.figures)
		}
	}
}

// TestExtractClaims_NumberWordInWord: a number word hyphened into a word of
// its own ("one-time", "one-off", "two-way") counts nothing; hyphened to a
// unit ("one-day") it is a figure.
func TestExtractClaims_NumberWordInWord(t *testing.T) {
	for _, tt := range []struct {
		text    string
		figures int
	}{
		{"Customers pay monthly for a one-time passcode service.", 0},
		{"The firm took a one-off charge and began two-way talks.", 0},
		{"Staff held a one-day strike over pay.", 1},
	} {
		if n := figures(tt.text); n != tt.figures {
			t.Errorf("%q: %d figures, want %d", tt.text, n, tt.figures)
		}
	}
}

// TestExtractClaims_ScaleInAnAdjective: a scale alone hyphened to a word
// ("million-pound", "billion-dollar") makes an adjective and counts nothing;
// with a figure before it, or written apart, it is a figure's scale.
func TestExtractClaims_ScaleInAnAdjective(t *testing.T) {
	for _, tt := range []struct {
		text    string
		figures int
	}{
		{"Fewer million-pound homes were sold in London.", 0},
		{"It is a billion-dollar business.", 0},
		{"A million people watched the final.", 1},
		{"The homes sold for £2 million each.", 1},
	} {
		if n := figures(tt.text); n != tt.figures {
			t.Errorf("%q: %d figures, want %d", tt.text, n, tt.figures)
		}
	}
}

// TestExtractClaims_Multiples: a multiple written as one word ("tenfold",
// "threefold") or hyphened ("10-fold") is a figure in times; "manifold" is
// no number.
func TestExtractClaims_Multiples(t *testing.T) {
	for text, want := range map[string]float64{
		"Sales of legal downloads rose more than tenfold in 2004.": 10,
		"Profits grew threefold.":                                  3,
		"The site saw a 10-fold rise in visits.":                   10,
		"The problems are manifold.":                               0,
	} {
		var got float64
		for _, c := range claims.Extract(text) {
			if c.Kind == claims.ClaimNumber && c.Unit == "times" {
				got = c.Value
			}
		}
		if got != want {
			t.Errorf("%q: multiple %v, want %v", text, got, want)
		}
	}
}

// figures counts the figures a text is read to hold.
func figures(text string) int {
	n := 0
	for _, c := range claims.Extract(text) {
		if c.Kind == claims.ClaimNumber {
			n++
		}
	}
	return n
}

// TestExtractClaims_OwnerIsNoMonth: a month's name written with "'s" is a
// person's ("June's younger sister"), not a date.
func TestExtractClaims_OwnerIsNoMonth(t *testing.T) {
	for _, c := range claims.Extract("The song was first recorded by June's younger sister, Anita Carter, in May.") {
		if c.Kind == claims.ClaimDate && c.Text != "May" {
			t.Errorf("date claim %q; want only May", c.Text)
		}
	}
}

// TestIsMoney: a figure is a sum of money when a sign stands before it or
// its unit is a currency's name, whichever currency, or its unit is written
// onto it ("270.25p"); not when it measures anything else.
// TestExtractClaims_RangeIsNoScore: two numbers joined by a hyphen that
// count something ("2-3 days", "10-15%"), a year's span or a formation are
// no result.
func TestExtractClaims_RangeIsNoScore(t *testing.T) {
	for _, s := range []string{"The work takes 2-3 days.", "It costs 10-15% more.", "They play 4-4-2 away.", "In 1990-95 it grew.", "He asked for $2-3m."} {
		for _, c := range claims.Extract(s) {
			if c.Kind == claims.ClaimScore {
				t.Errorf("%q: read %q as a score", s, c.Text)
			}
		}
	}
}

// TestExtractClaims_PartOfAWhole: a figure before "of" and a determiner
// counts a part of what the next figure counts ("23 of the 30 projects",
// "three of their last 10 league games"); the whole is counted as before.
func TestExtractClaims_PartOfAWhole(t *testing.T) {
	for _, tc := range []struct {
		text, figure, unit string
		part               bool
	}{
		{"Just 23 of the 30 projects have obeyed the order.", "23", "projects", true},
		{"Just 23 of the 30 projects have obeyed the order.", "30 projects", "projects", false},
		{"Chester have won three of their last 10 league games.", "three", "games", true},
		{"About 25 million players were sold, 12 million of them iPods.", "About 25 million players", "players", false},
	} {
		found := false
		for _, c := range claims.Extract(tc.text) {
			if c.Kind == claims.ClaimNumber && c.Text == tc.figure {
				found = true
				if c.Unit != tc.unit || c.Part != tc.part {
					t.Errorf("%q: %q counts %q (part %v), want %q (part %v)", tc.text, c.Text, c.Unit, c.Part, tc.unit, tc.part)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.text, tc.figure)
		}
	}
}

// TestExtractClaims_Place: a place in an order written in digits is a
// figure counting what follows it, or a place ("67th in the rankings"), and
// marked as a place.
func TestExtractClaims_Place(t *testing.T) {
	for _, tc := range []struct {
		text, figure, unit string
		value              float64
	}{
		{"Smith gave United the lead in the 38th minute.", "38th minute", "minute", 38},
		{"Scotland have slumped to 67th in the Fifa rankings.", "67th", "place", 67},
		{"It is only the 13th time the power has been used.", "13th time", "time", 13},
	} {
		found := false
		for _, c := range claims.Extract(tc.text) {
			if c.Kind == claims.ClaimNumber && c.Text == tc.figure {
				found = true
				if !c.Ordinal || c.Unit != tc.unit || c.Value != tc.value {
					t.Errorf("%q: %q = %v %q (ordinal %v), want %v %q", tc.text, c.Text, c.Value, c.Unit, c.Ordinal, tc.value, tc.unit)
				}
			}
		}
		if !found {
			t.Errorf("%q: no place %q", tc.text, tc.figure)
		}
	}
	for _, n := range []string{"1", "2", "3", "4", "11", "12", "13", "21", "22", "43", "111", "112"} {
		want := map[string]string{"1": "st", "2": "nd", "3": "rd", "4": "th", "11": "th", "12": "th", "13": "th", "21": "st", "22": "nd", "43": "rd", "111": "th", "112": "th"}[n]
		if got := claims.OrdinalSuffix(n); got != want {
			t.Errorf("OrdinalSuffix(%s) = %q, want %q", n, got, want)
		}
	}
}

// TestScaled: a curated unit opening with a scale counts what follows it.
func TestScaled(t *testing.T) {
	for _, tc := range []struct {
		v, want  float64
		unit, to string
	}{
		{805.9, 805.9e6, "million dollars", "dollars"},
		{24.2, 24.2e12, "trillion pesos", "pesos"},
		{43, 43, "countries", "countries"},
		{3, 3, "million", "million"},
	} {
		if v, u := claims.Scaled(tc.v, tc.unit); v != tc.want || u != tc.to {
			t.Errorf("Scaled(%v, %q) = %v %q, want %v %q", tc.v, tc.unit, v, u, tc.want, tc.to)
		}
	}
}

func TestIsMoney(t *testing.T) {
	for s, want := range map[string]bool{
		"The recall cost $48 million.":              true,
		"Corvo took a 475m euro hit.":               true,
		"Rebates totalled 420bn yuan.":              true,
		"The ticket costs 2,000 rupees.":            true,
		"Some 12 trillion won of debt was swapped.": true, // a currency, not "win"
		"She won the 30,000 pound painting prize.":  true, // the currency's name in the singular
		"BA's shares closed up at 274.5 pence.":     true, // an irregular plural, read by its singular
		"United shares closed at 270.25p.":          true, // pence written onto the figure
		"A share fetched 1500p in 1999.":            true, // no year, with its unit written on
		"It showed a 2.6 metre screen.":             false,
		"The firm cut 90 jobs.":                     false,
		"The rate went up 1.25 percentage points.":  false,
	} {
		var figure *claims.Claim
		for _, c := range claims.Extract(s) {
			if c.Kind == claims.ClaimNumber {
				figure = &c
				break
			}
		}
		if figure == nil {
			t.Errorf("%q: no figure", s)
			continue
		}
		if got := claims.IsMoney(figure.Unit); got != want {
			t.Errorf("%q: IsMoney(%q) = %v, want %v", s, figure.Unit, got, want)
		}
	}
}

// TestExtractClaims_QualifiedSum: a sum of money is bounded by the words
// before its currency sign as a count is by those before its digits: "more
// than £80,000" allows any sum above 80,000 pounds, and its span holds them.
func TestExtractClaims_QualifiedSum(t *testing.T) {
	for _, tt := range []struct {
		text, span, qualifier string
		low, high             float64
	}{
		{"The car is priced under £80,000.", "under £80,000", "under", 0, 80000},
		{"The deal saves more than $375m a year.", "more than $375m", "more than", 375e6, 0},
		{"The car is priced at just under £80,000.", "just under £80,000", "just under", 0, 80000},
		{"The cost would rise to $5m.", "$5m", "", 5e6, 5e6},
		{"The deal saves $375m a year.", "$375m", "", 375e6, 375e6},
	} {
		cs := claims.Extract(tt.text)
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims, want 1", tt.text, len(cs))
		}
		c := cs[0]
		if c.Span.Text != tt.span || c.Qualifier != tt.qualifier || math.Abs(c.Low-tt.low) > 1 || c.High != tt.high {
			t.Errorf("%q: span %q, qualifier %q, %v to %v; want %q, %q, %v to %v", tt.text, c.Span.Text, c.Qualifier, c.Low, c.High, tt.span, tt.qualifier, tt.low, tt.high)
		}
	}
}
