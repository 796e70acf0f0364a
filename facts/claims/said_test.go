package claims

import "testing"

func TestSaidClaims(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string // "" speaker: no reported speech
	}{
		{"Human Rights Watch's Kenneth Roth said the statement was significant.", "Kenneth Roth", "the statement was significant"},
		{"The statement was significant because all groups joined, said Roth.", "Roth", "The statement was significant because all groups joined"},
		{"Stone, honoured with an award in Stockholm, said Europeans see him differently.", "Stone", "Europeans see him differently"},
		{"Exports drove the expansion, the Bank of Israel said, while tourism bounced back.", "Bank of Israel", "Exports drove the expansion"}, // set off by commas, after what was said
		{"Exports drove the expansion, the Bank of Israel said.", "Bank of Israel", "Exports drove the expansion"},
		{"He said the statement was significant.", "", ""},                       // a pronoun names no one
		{"Zhang blamed the United States for pressuring other nations.", "", ""}, // "States" is no verb
		{"Roth said \"the statement was significant\".", "", ""},                 // a quotation's claim covers it
	} {
		var got []Claim
		for _, c := range Extract(tt.text) {
			if c.Kind == ClaimSaid {
				got = append(got, c)
			}
		}
		if tt.speaker == "" {
			if len(got) != 0 {
				t.Errorf("%q: reported speech %q by %q, want none", tt.text, got[0].Content.Text, got[0].Speaker.Text)
			}
			continue
		}
		if len(got) != 1 || got[0].Speaker.Text != tt.speaker || got[0].Content.Text != tt.content {
			t.Errorf("%q: got %+v, want %q saying %q", tt.text, got, tt.speaker, tt.content)
		}
	}
}
