package answer_test

import (
	"testing"
)

// TestAsk_NamedBeforeAndOther: "ringtones, wallpapers, screensavers and
// other phone extras" names which phone extras, as "such as" would.
func TestAsk_NamedBeforeAndOther(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("gadgets-2004", "Phone extras boom", "2004-12-20", "Tech Desk",
		nil,
		deskFact("extras", "Over the last couple of years ringtones, wallpapers, screensavers and other phone extras have become popular.", ""),
		deskFact("ipod", "Stuff has drawn up a list of the top 10 gadgets of 2004, with the iPod at number one.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"Which phone extras have become popular?": "ringtones",
	})
}
