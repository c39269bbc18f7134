package main

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// TestJoinAdjacent: expressions left out for the same reason one space
// apart on a line ("on Saturday" and "9 August" of "on Saturday 9
// August") are one message; others stay apart.
func TestJoinAdjacent(t *testing.T) {
	at := func(off int, text string) extract.Unresolved {
		return extract.Unresolved{Pos: timeline.Position{File: "a.txt", Line: 1, Col: off + 1, Offset: off}, Text: text}
	}
	got := joinAdjacent([]extract.Unresolved{at(24, "on Saturday"), at(36, "9 August"), at(50, "on Friday"), at(61, "8 August")})
	if len(got) != 3 || got[0].Text != "on Saturday 9 August" || got[0].Pos.Col != 25 || got[1].Text != "on Friday" || got[2].Text != "8 August" {
		t.Errorf("got %+v", got)
	}
}
