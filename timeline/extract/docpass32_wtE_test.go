package extract

import "testing"

// TestWrappedClockNoSlot: a clock time opening a line is no programme's
// slot when the line before breaks off at a preposition ("at⏎8pm"): the
// sentence runs on, and its day is an event.
func TestWrappedClockNoSlot(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "at, then the clock on the next line", ref: "2025-03-02", text: "Our Lent course runs on Thursday evenings at\n8pm in the Vicarage, starting on 13 March.",
			want: []brief{{"2025-03-13", "on 13 March", "Our Lent course starts"}}},
	})
}
