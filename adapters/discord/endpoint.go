package discord

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// maxSignatureAge is how old a signed request may be. discordgo.VerifyInteraction
// checks the signature but not the time, so without this a captured request could
// be replayed forever.
const maxSignatureAge = 5 * time.Minute

// maxInteractionBody bounds what an unauthenticated caller can make us read.
const maxInteractionBody = 1 << 20

// Register mounts the HTTP interactions endpoint, POST /discord/interactions, on
// mux. Set its public URL as the Interactions Endpoint URL in the developer portal.
func (a *Adapter) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /discord/interactions", a.serveInteractions)
}

// serveInteractions answers Discord's HTTP interactions: it verifies the request,
// answers PING with PONG, and answers /fact in the HTTP response itself. Anything
// unverified gets 401 before it is even parsed.
func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxInteractionBody)
	if !a.verified(r, time.Now()) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.NewDecoder(r.Body).Decode(&i); err != nil {
		http.Error(w, "interaction is not valid JSON", http.StatusBadRequest)
		return
	}
	switch i.Type {
	case discordgo.InteractionPing:
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		a.answer(r.Context(), &i, func(resp *discordgo.InteractionResponse) error {
			writeJSON(w, resp)
			return nil
		})
	default:
		a.logger.Warn("interaction type not handled", "type", i.Type.String(), "interaction", i.ID)
		http.Error(w, "interaction type not handled", http.StatusBadRequest)
	}
}

// verified reports whether r carries a valid signature by the application's key
// over a timestamp within maxSignatureAge of now.
func (a *Adapter) verified(r *http.Request, now time.Time) bool {
	if a.publicKey == nil {
		return false
	}
	sec, err := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil {
		return false
	}
	if age := now.Sub(time.Unix(sec, 0)); age > maxSignatureAge || age < -maxSignatureAge {
		return false
	}
	return discordgo.VerifyInteraction(r, a.publicKey)
}

func writeJSON(w http.ResponseWriter, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode response", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}
