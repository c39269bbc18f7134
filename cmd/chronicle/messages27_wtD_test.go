package main

import (
	"strings"
	"testing"
)

// TestLeftOutAdvice27D pins the notes on expressions left undated where a
// reference date would not help: a clock time told again by a time of
// its day gets no note, and one the text's own date would place is not
// said to lack the document's date.
func TestLeftOutAdvice27D(t *testing.T) {
	cases := []struct {
		in       string
		want     string // in stderr; "" for no note at all
		notWants []string
	}{
		{"Deadline: 12:00 noon (GMT) on Monday 10 February 2025.\n", "", []string{"left out"}},
		{"Records from the 1950s suggest cuckoos were then heard around mid-April.\n", `"around mid-April" left out: the text does not tie it to one of its dates`, []string{"--ref-date"}},
		// (dated now, so no note: the clause's year, the day told before)
		{"I was eleven the summer my parents sent me to Camp Tamarack, in 1983.\n", "", []string{"left out"}},
		{"Count 3 was completed on 24 May 2022 at 04:35 BST. The first Spotted Flycatcher of the year was noted at 05:15.\n", "", []string{"left out"}},
		// a day counted from the writer's still asks for the reference date
		{"The board met last spring, in the hall built in 1983.\n", `"last spring" left out: the document does not give its own date`, nil},
		{"The bridge opened in 1983. On Thursday a pup was found.\n", `"On Thursday" left out: the document does not give its own date`, nil},
		// 24:00 ends the day it is written with: no weekday conflict
		{"The symposium takes place 10–12 May 2027. Bidding closes on Sunday 16 May 2027 at midnight.\n", "", []string{"not a Sunday"}},
	}
	for _, c := range cases {
		code, stdout, stderr := runCLI(t, c.in, "extract", "-")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if c.want != "" && !strings.Contains(stderr, c.want) {
			t.Errorf("%q: stderr %q, want %q\n%s", c.in, stderr, c.want, stdout)
		}
		for _, nw := range c.notWants {
			if strings.Contains(stderr, nw) {
				t.Errorf("%q: stderr %q holds %q", c.in, stderr, nw)
			}
		}
	}
}
