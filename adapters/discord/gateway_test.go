package discord

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// registeredOption is the part of a registered command the tests compare.
type registeredOption struct {
	Name     string             `json:"name"`
	Type     int                `json:"type"`
	Required bool               `json:"required"`
	Options  []registeredOption `json:"options"`
	Choices  []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
}

func TestRegisterCommands(t *testing.T) {
	want := []registeredOption{{Name: "fact", Type: 1, Options: []registeredOption{
		{Name: "ask", Type: 1, Options: []registeredOption{{Name: "question", Type: 3, Required: true}}},
		{Name: "check", Type: 1, Options: []registeredOption{{Name: "passage", Type: 3, Required: true}}},
		{Name: "source", Type: 1, Options: []registeredOption{{Name: "id", Type: 3, Required: true}}},
		{Name: "help", Type: 1, Options: []registeredOption{{Name: "topic", Type: 3}}},
	}}}
	for _, tt := range []struct {
		name, guild, path string
	}{
		{"Guild", "g-1", api + "/applications/app-1/guilds/g-1/commands"},
		{"Global", "", api + "/applications/app-1/commands"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFakeDiscord(t)
			a := MustNewAdapter(t, MustOpenKB(t), fake, Config{Token: "test-token", AppID: "app-1", GuildID: tt.guild})
			if err := a.RegisterCommands(context.Background()); err != nil {
				t.Fatalf("RegisterCommands: %v", err)
			}
			calls := fake.Calls()
			if len(calls) != 1 || calls[0].Method != http.MethodPut || calls[0].Path != tt.path {
				t.Fatalf("calls = %+v, want one PUT %s (a bulk overwrite)", calls, tt.path)
			}
			var got []registeredOption
			if err := json.Unmarshal([]byte(calls[0].Body), &got); err != nil {
				t.Fatalf("body: %v: %s", err, calls[0].Body)
			}
			// help's topic is picked from the subcommands.
			help := got[0].Options[len(got[0].Options)-1]
			var topics []string
			for _, c := range help.Options[0].Choices {
				topics = append(topics, c.Name+"="+c.Value)
			}
			if strings.Join(topics, " ") != "ask=ask check=check source=source help=help" {
				t.Errorf("help's topic choices = %q, want the subcommands", topics)
			}
			help.Options[0].Choices = nil
			if !reflect.DeepEqual(got, want) {
				t.Errorf("registered %+v\nwant %+v", got, want)
			}
		})
	}
	t.Run("CurationCommands", func(t *testing.T) {
		fake := newFakeDiscord(t)
		a := MustNewAdapter(t, MustOpenKB(t), fake, Config{Token: "test-token", AppID: "app-1"})
		registerRetract(a)
		if err := a.RegisterCommands(context.Background()); err != nil {
			t.Fatalf("RegisterCommands: %v", err)
		}
		var got []registeredOption
		if err := json.Unmarshal([]byte(fake.Calls()[0].Body), &got); err != nil {
			t.Fatal(err)
		}
		subs := got[0].Options
		last := subs[len(subs)-1]
		if len(subs) != 5 || last.Name != "retract" || len(last.Options) != 1 || last.Options[0].Name != "id" || !last.Options[0].Required {
			t.Errorf("subcommands = %+v, want the four built-ins then retract with its required id option", subs)
		}
	})
	t.Run("ErrNoAppID", func(t *testing.T) {
		fake := newFakeDiscord(t)
		a := MustNewAdapter(t, MustOpenKB(t), fake, Config{Token: "test-token"})
		if err := a.RegisterCommands(context.Background()); err == nil {
			t.Error("RegisterCommands without an application id succeeded")
		}
		if calls := fake.Calls(); len(calls) != 0 {
			t.Errorf("calls = %+v, want none", calls)
		}
	})
}

func TestRun_NoToken(t *testing.T) {
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{})
	if err := a.Run(context.Background()); err == nil {
		t.Error("Run without a token succeeded")
	}
}
