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

// TestQuotationOpenedByItsDate: a title that is one quotation whose first
// words were its date loses the quotes its date left ('" the Ministry
// revoked the licence."'); a quotation kept whole stays one.
func TestQuotationOpenedByItsDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "straight quotes", text: `"On 14 February 2023 the Ministry revoked the licence."`,
			want: []brief{{"2023-02-14", "On 14 February 2023", "The Ministry revoked the licence"}}},
		{name: "curly quotes", text: "“In March 2023 the company appealed.”",
			want: []brief{{"2023-03", "In March 2023", "The company appealed"}}},
		{name: "after a colon", text: `She said: "On 2 May 2023 we filed."`,
			want: []brief{{"2023-05-02", "On 2 May 2023", "We filed"}}},
	})
}
