package main

import (
	"strings"
	"testing"
)

// TestCountFromDayWithoutYear: "two days later" after "on 9 June", both
// left out in an undated document, counts from a date the text gives to
// the day: what it lacks is the year, which --ref-date would give.
func TestCountFromDayWithoutYear(t *testing.T) {
	_, _, stderr := runCLI(t, "He took an overdose on 9 June and was seen by the liaison team two days later.\n", "extract", "-")
	if !strings.Contains(stderr, `"two days later" left out: it counts from "on 9 June", whose year the document does not give (use --ref-date)`) {
		t.Fatalf("stderr %q", stderr)
	}
}
