package extract

import "testing"

// TestCountedLimitGlossed: a time limit counted from a day ("within one
// month of the date of this letter") glossed by the day it comes to
// (", so by 3 December 2025") is one deadline, the day written; alone,
// the limit keeps its event.
func TestCountedLimitGlossed(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "so by the day", ref: "2025-11-03", text: "You must ask within one month of the date of this letter, so by 3 December 2025.",
			want: []brief{{"2025-12-03", "by 3 December 2025", "You must ask within one month of the date of this letter"}}},
		{name: "two weeks, so by the day", ref: "2025-11-03", text: "Please reply within two weeks of the date of this letter, so by 17 November 2025.",
			want: []brief{{"2025-11-17", "by 17 November 2025", "Please reply within two weeks of the date of this letter"}}},
		{name: "the limit alone", ref: "2025-11-03", text: "You must ask within one month of the date of this letter.",
			want: []brief{{"2025-12", "within one month of the date of this letter", "You must ask"}}},
	})
}
