package wordnet

import (
	"runtime"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts/text"
)

// related reports whether WordNet relates word a to word b (as stems) by kind
// (any kind when 0), and with what weight.
func related(a, b string, kind Kind) (float64, bool) {
	sb := text.Stem(b)
	for _, r := range Related(text.Stem(a)) {
		if r.Stem == sb && (kind == 0 || r.Kind == kind) {
			return r.Weight, true
		}
	}
	return 0, false
}

func TestRelated(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		kind Kind
	}{
		{"resign", "quit", 0},
		{"decide", "decision", Derivation},
		{"respond", "response", Derivation},
		{"chair", "seat", Broader},
		{"journalist", "columnist", Narrower},
		{"cancel", "call off", Synonym},
		{"large", "big", 0},
		{"journalist", "writer", Broader},
		// Of "big"'s many similar adjectives the commonest are kept, not
		// the first by the alphabet ("brobdingnagian").
		{"big", "huge", Similar},
		{"big", "vast", Similar},
		// A verb's noun for its doer, in that noun's main sense, and the
		// noun's synonyms there: one who watches is a viewer.
		{"watch", "viewer", Derivation},
		// A common word's weaker relations are kept beside its many strong
		// ones: "the fires damaged Plaid's image" says they hurt it.
		{"hurt", "damage", Broader},
		// What an act entails is broader, the acts that entail it
		// narrower: one who buys pays.
		{"buy", "pay", Broader},
		{"pay", "buy", Narrower},
		// A noun and the adjectives of its values.
		{"size", "large", Similar},
	} {
		w, ok := related(tt.a, tt.b, tt.kind)
		if !ok {
			t.Errorf("%s -> %s (%v): not related", tt.a, tt.b, tt.kind)
			continue
		}
		if w <= 0 || w >= 1 {
			t.Errorf("%s -> %s weighs %.2f, want between 0 and 1", tt.a, tt.b, w)
		}
	}
	// Weights fall with each step and each rarer sense: strongest first.
	rs := Related(text.Stem("resign"))
	for i := 1; i < len(rs); i++ {
		if rs[i].Weight > rs[i-1].Weight {
			t.Fatalf("relations of resign not strongest first: %+v", rs)
		}
	}
	if rs := Related("qzxv"); rs != nil {
		t.Errorf("an unknown word has relations: %+v", rs)
	}
}

// TestAntonyms: opposites are listed apart, and never as a way of saying the
// word.
func TestAntonyms(t *testing.T) {
	for _, tt := range [][2]string{{"accept", "reject"}, {"admit", "deny"}, {"easy", "difficult"}, {"official", "unofficial"}, {"change", "stay"}} {
		a, b := text.Stem(tt[0]), text.Stem(tt[1])
		found := false
		for _, r := range Antonyms(a) {
			found = found || r.Stem == b && r.Kind == Antonym
		}
		if !found {
			t.Errorf("%s: %s not among its opposites %v", tt[0], tt[1], Antonyms(a))
		}
		if _, ok := related(tt[0], tt[1], 0); ok {
			t.Errorf("%s: %s listed among its related words", tt[0], tt[1])
		}
	}
}

func TestWords(t *testing.T) {
	if !Known(text.Stem("journalist")) || Known("qzxv") {
		t.Error("Known is wrong for journalist or qzxv")
	}
	if !Phrase(text.StemPhrase("write off")) || !Phrase(text.StemPhrase("take effect")) || Phrase(text.Stem("write")) {
		t.Error("Phrase is wrong for write off, take effect or write")
	}
	if PartsOfSpeech(text.Stem("meet"))&Verb == 0 || PartsOfSpeech(text.Stem("journalist"))&Noun == 0 {
		t.Error("parts of speech wrong for meet or journalist")
	}
	if Commonness(text.Stem("say")) <= Commonness(text.Stem("preside")) {
		t.Error("say should be commoner than preside")
	}
	if w := Word(text.Stem("journalists")); w != "journalist" {
		t.Errorf("Word(%q) = %q, want journalist", text.Stem("journalists"), w)
	}
}

// BenchmarkLoad measures what WordNet adds to start-up: the time to read the
// embedded data, and the memory it holds once read.
func BenchmarkLoad(b *testing.B) {
	var ms, mb float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		d, err := load(data)
		if err != nil {
			b.Fatal(err)
		}
		ms = float64(time.Since(start).Microseconds()) / 1000
		runtime.GC()
		runtime.ReadMemStats(&after)
		mb = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(d)
	}
	b.ReportMetric(ms, "load-ms")
	b.ReportMetric(mb, "heap-MB")
}

func TestIsName(t *testing.T) {
	for w, want := range map[string]bool{"german": true, "french": true, "paris": true, "general": false, "minister": false, "veteran": false} {
		if got := IsName(w); got != want {
			t.Errorf("IsName(%q) = %v, want %v", w, got, want)
		}
	}
}

// benchWords are the stems of a question's words, known to WordNet or not.
var benchWords = func() []string {
	var out []string
	for _, w := range []string{"who", "resigned", "chair", "journalist", "cut", "jobs", "telegraph", "backed", "statement", "okafor", "mirmark", "party", "said", "minister", "write off", "qzxv"} {
		out = append(out, text.StemPhrase(w))
	}
	return out
}()

// BenchmarkRelated is the cost of one call once the data is loaded.
func BenchmarkRelated(b *testing.B) {
	get()
	i := 0
	for b.Loop() {
		Related(benchWords[i%len(benchWords)])
		i++
	}
}

// BenchmarkKnown is the cost of one look-up once the data is loaded.
func BenchmarkKnown(b *testing.B) {
	get()
	i := 0
	for b.Loop() {
		Known(benchWords[i%len(benchWords)])
		i++
	}
}

// TestIsPlace: names of cities, states and countries are places; a writer's
// name, a common word and an organisation are not.
func TestIsPlace(t *testing.T) {
	for _, w := range []string{"Geneva", "Texas", "UK", "Rotterdam", "Sweden"} {
		if !IsPlace(text.Stem(text.Fold(w))) {
			t.Errorf("%s is not a place", w)
		}
	}
	if !IsPlace(text.Stem("new") + " " + text.Stem("york")) {
		t.Error("New York is not a place")
	}
	for _, w := range []string{"Farrell", "journalist", "IBM", "Oxfam", "qzxv"} {
		if IsPlace(text.Stem(text.Fold(w))) {
			t.Errorf("%s is a place", w)
		}
	}
}

// TestIsTimePeriod: words whose main sense is a stretch of time are; others are not.
func TestIsTimePeriod(t *testing.T) {
	for _, w := range []string{"week", "summer", "years", "decade", "weekend"} {
		if !IsTimePeriod(text.Stem(w)) {
			t.Errorf("%s is not a stretch of time", w)
		}
	}
	for _, w := range []string{"profit", "cut", "journalist", "qzxv"} {
		if IsTimePeriod(text.Stem(w)) {
			t.Errorf("%s is a stretch of time", w)
		}
	}
}

// TestIsSpeechVerb: verbs of telling and thinking are; verbs of doing are not.
func TestIsSpeechVerb(t *testing.T) {
	for _, w := range []string{"say", "respond", "react", "describe", "think", "criticised"} {
		if !IsSpeechVerb(text.Stem(w)) {
			t.Errorf("%s is not a verb of telling or thinking", w)
		}
	}
	for _, w := range []string{"cut", "sell", "buy", "qzxv"} {
		if IsSpeechVerb(text.Stem(w)) {
			t.Errorf("%s is a verb of telling or thinking", w)
		}
	}
}

// TestIsMoney: the nouns whose main sense is a kind of money are known as
// such, and a word that only goes with money ("price") or whose money sense
// is not its main one is not.
func TestIsMoney(t *testing.T) {
	for _, w := range []string{"money", "cash", "funds", "currency", "budget"} {
		if !IsMoney(text.Stem(w)) {
			t.Errorf("IsMoney(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"price", "bank", "journalist", "pay", "qzxv"} {
		if IsMoney(text.Stem(w)) {
			t.Errorf("IsMoney(%q) = true, want false", w)
		}
	}
	// The mark shares its byte with commonness, which must not change.
	if c := Commonness(text.Stem("cash")); c <= 0 || c >= 1 {
		t.Errorf("Commonness(cash) = %.2f, want between 0 and 1", c)
	}
}

// TestIsMonetary: the nouns whose main sense is a sum of money (a price, a
// cost, revenue, money itself) are known as such; measures of anything else
// ("rate", "size", "number") are not, and the mark leaves the adverb mark in
// its byte alone.
func TestIsMonetary(t *testing.T) {
	for _, w := range []string{"price", "cost", "fee", "revenue", "profit", "gdp", "salary", "money", "budget"} {
		if !IsMonetary(text.Stem(w)) {
			t.Errorf("IsMonetary(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"rate", "size", "number", "proportion", "journalist", "now", "qzxv"} {
		if IsMonetary(text.Stem(w)) {
			t.Errorf("IsMonetary(%q) = true, want false", w)
		}
	}
	if !IsAdverbial(text.Stem("now")) || IsAdverbial(text.Stem("price")) {
		t.Errorf("IsAdverbial(now) = %v, IsAdverbial(price) = %v; want true, false", IsAdverbial(text.Stem("now")), IsAdverbial(text.Stem("price")))
	}
}

// TestIsCurrency: the units of money, whatever the country, are known as
// such; a word whose main sense is no money is not, though a currency shares
// its name ("pound", a weight first; "won").
func TestIsCurrency(t *testing.T) {
	for _, w := range []string{"euro", "euros", "yuan", "rupees", "dollar", "franc"} {
		if !IsCurrency(text.Stem(w)) {
			t.Errorf("IsCurrency(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"pound", "won", "metre", "price", "money", "qzxv"} {
		if IsCurrency(text.Stem(w)) {
			t.Errorf("IsCurrency(%q) = true, want false", w)
		}
	}
}

// TestIsChange: verbs that change an amount ("rise", "fall", "grow") are
// known as such; verbs of paying and costing are not.
func TestIsChange(t *testing.T) {
	for _, w := range []string{"rise", "fall", "grow", "increase", "drop", "climb", "soar"} {
		if !IsChange(text.Stem(w)) {
			t.Errorf("IsChange(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"cost", "pay", "spend", "say", "screen", "qzxv"} {
		if IsChange(text.Stem(w)) {
			t.Errorf("IsChange(%q) = true, want false", w)
		}
	}
}

// TestIsPosition: verbs of taking a place in an order ("finish" third, "rank"
// seventh, "come in" fifth) are known as such, phrases too; verbs of where
// something happens or comes from are not, and the mark leaves the other
// marks of its byte alone.
func TestIsPosition(t *testing.T) {
	for _, w := range []string{"finish", "rank", "come in", "place", "end up", "rate"} {
		if !IsPosition(text.Stem(w)) {
			t.Errorf("IsPosition(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"come", "hold", "stand", "win", "happen", "price", "now"} {
		if IsPosition(text.Stem(w)) {
			t.Errorf("IsPosition(%q) = true, want false", w)
		}
	}
	if !IsMonetary(text.Stem("price")) || !IsAdverbial(text.Stem("now")) {
		t.Errorf("IsMonetary(price) = %v, IsAdverbial(now) = %v; want both true", IsMonetary(text.Stem("price")), IsAdverbial(text.Stem("now")))
	}
}

// TestNounKinds: a noun's main sense says which kind of thing it names, as a
// curator records an entity's kind: a company or a union an organization, a
// city a region. Every region is a location; the top of something, or a
// studio (a workplace), is a location and no region. A word is not given
// another lemma's sense ("instrumentality", an agency, shares the stem of
// "instrument"), and a bank's main sense is the land beside a river.
func TestNounKinds(t *testing.T) {
	for w, want := range map[string]NounKind{
		"company": Organization, "union": Organization, "club": Organization,
		"city": Region | Location, "town": Region | Location, "area": Region | Location, "corner": Region | Location, "top": Location,
		"race": 0, "report": 0,
		"instrument": 0, "studio": Location, "bank": 0, "minister": 0, "price": 0,
	} {
		if got := NounKinds(text.Stem(w)); got != want {
			t.Errorf("NounKinds(%q) = %#x, want %#x", w, got, want)
		}
	}
}

// TestIsMeasure: the nouns whose main sense is a measure (a magnitude, a
// ratio, a value in money, a sum) are known as such, and so are attributes
// one of whose commoner senses is a quantity ("capacity", "age"); a quality
// ("importance"), an attribute whose quantity is a rare sense
// ("difference") and a word whose main sense is another ("score": a mark)
// are not.
func TestIsMeasure(t *testing.T) {
	for _, w := range []string{"number", "price", "cost", "gdp", "proportion", "percentage", "rate", "total", "profit", "size", "value", "capacity", "age", "distance"} {
		if !IsMeasure(text.Stem(w)) {
			t.Errorf("IsMeasure(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"importance", "score", "journalist", "week", "money", "difference", "advantage", "qzxv"} {
		if IsMeasure(text.Stem(w)) {
			t.Errorf("IsMeasure(%q) = true, want false", w)
		}
	}
	// The mark shares its byte with commonness, which must not change.
	if c := Commonness(text.Stem("number")); c <= 0 || c >= 1 {
		t.Errorf("Commonness(number) = %.2f, want between 0 and 1", c)
	}
}

// TestIsPeople: the nouns whose main sense is a person or people are known
// as such; a group of another kind ("staff", an organisation) and a thing
// are not.
func TestIsPeople(t *testing.T) {
	for _, w := range []string{"people", "person", "voters", "respondents", "surveyors"} {
		if !IsPeople(text.Stem(w)) {
			t.Errorf("IsPeople(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"jobs", "price", "password", "qzxv"} {
		if IsPeople(text.Stem(w)) {
			t.Errorf("IsPeople(%q) = true, want false", w)
		}
	}
	if c := Commonness(text.Stem("people")); c <= 0 || c >= 1 {
		t.Errorf("Commonness(people) = %.2f, want between 0 and 1", c)
	}
}

// TestIsRatio: the nouns whose main sense is a magnitude relation are known
// as such; other measures ("price", "number") are not.
func TestIsRatio(t *testing.T) {
	for _, w := range []string{"proportion", "percentage", "rate", "ratio"} {
		if !IsRatio(text.Stem(w)) {
			t.Errorf("IsRatio(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"price", "number", "people", "qzxv"} {
		if IsRatio(text.Stem(w)) {
			t.Errorf("IsRatio(%q) = true, want false", w)
		}
	}
	if c := Commonness(text.Stem("rate")); c <= 0 || c >= 1 {
		t.Errorf("Commonness(rate) = %.2f, want between 0 and 1", c)
	}
}

// TestIsMeasure_MostlyAVerb: a word English uses mostly as a verb is no
// measure, whatever its rare noun's main sense: "What is his take on it?"
func TestIsMeasure_MostlyAVerb(t *testing.T) {
	for _, w := range []string{"take", "pay", "raise"} {
		if IsMeasure(text.Stem(w)) {
			t.Errorf("IsMeasure(%q) = true, want false", w)
		}
	}
}

// TestIsAdverbial: a word used almost only as an adverb ("now", whose noun
// is seldom meant) is one; a word used as an adjective too ("far", "early")
// or never as an adverb ("strike") is not.
func TestIsAdverbial(t *testing.T) {
	for w, want := range map[string]bool{"now": true, "altogether": true, "so far": true, "almost": true,
		"far": false, "early": false, "strike": false} {
		s := text.Stem(w)
		if w == "so far" {
			s = w
		}
		if got := IsAdverbial(s); got != want {
			t.Errorf("%s: adverbial %v, want %v", w, got, want)
		}
	}
}

// TestMarked: a mark kept by stem is the written word's where the words of
// the stem disagree: "reporters" are people and "reports" are not, though
// both stem as "report"; "hospitals" are no stretch of time, though
// "hospitalization" is. Where they agree the stem's mark stands.
func TestMarked(t *testing.T) {
	for _, c := range []struct {
		word string
		mark Mark
		want bool
	}{
		{"reporters", People, true},
		{"reporter", People, true},
		{"reports", People, false},
		{"report", People, false},
		{"employers", People, true},
		{"employment", People, false},
		{"voters", People, true},
		{"hospitals", TimePeriod, false},
		{"hospitalization", TimePeriod, true},
		{"weeks", TimePeriod, true},
		{"cities", People, false},
	} {
		if got := Marked(c.word, text.Tokenize(c.word)[0].Stem, c.mark); got != c.want {
			t.Errorf("Marked(%q, %s) = %v, want %v", c.word, c.mark, got, c.want)
		}
	}
}
