package extract

import "testing"

// TestConditionalDecision: a condition that is a body's decision still to
// be taken ("If approved by the Cabinet in November") dates when the
// decision is due; a condition of what may happen ("If it rains on
// Saturday") still dates nothing.
func TestConditionalDecision(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "if approved by the Cabinet", ref: "2025-09-08", text: "If approved by the Cabinet in November, works would start in January 2026.",
			want: []brief{{"2025-11", "in November", "If approved by the Cabinet"}, {"2026-01", "in January 2026", "Works would start"}}},
		{name: "if it rains", ref: "2025-09-08", text: "If it rains on Saturday, the fete will move to the church hall.",
			want: nil},
	})
}

