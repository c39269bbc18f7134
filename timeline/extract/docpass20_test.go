package extract

import "testing"

// TestGoesOnUntil: what opens on one day and goes on until another is
// one event over the span between them, the words between being the
// event's.
func TestGoesOnUntil(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "runs until, said while it runs", ref: "2026-10-01", text: "The exhibition opens on 14 June and runs until 2 November.",
			want: []brief{{"2026-06-14/2026-11-02", "on 14 June … until 2 November", "The exhibition opens and runs"}}},
		{name: "ran until, said after it", ref: "2026-10-01", text: "The exhibition opened on 14 June and ran until 2 November.",
			want: []brief{{"2025-06-14/2025-11-02", "on 14 June … until 2 November", "The exhibition opened and ran"}}},
		{name: "a range told directly keeps its words", ref: "2026-10-01", text: "The exhibition runs from 14 June to 2 November.",
			want: []brief{{"2026-06-14/2026-11-02", "from 14 June to 2 November", "The exhibition runs"}}},
	})
}
