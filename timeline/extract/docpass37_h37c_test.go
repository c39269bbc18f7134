package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// boundCase37 is one sentence, told on ref, that must give one event of
// the value, mod and title wanted (title "" is not checked).
type boundCase37 struct {
	name, text, value, mod, title string
}

func runBoundCases37(t *testing.T, ref string, tests []boundCase37) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := oneSection("p.txt", tt.text, timeline.Citation{})
			evs := Events(doc, Options{Ref: day(t, ref)})
			if len(evs) != 1 {
				t.Fatalf("got %d events %q, want 1", len(evs), briefs(evs))
			}
			e := evs[0]
			if got := spanValue(e.Span); got != tt.value {
				t.Errorf("value %q, want %q", got, tt.value)
			}
			if got := e.Span.Start.Mod.String(); got != tt.mod {
				t.Errorf("mod %q, want %q", got, tt.mod)
			}
			if tt.title != "" && e.Title != tt.title {
				t.Errorf("title %q, want %q", e.Title, tt.title)
			}
		})
	}
}

// TestNegatedLimit37h37c: a limit whose negation stands before its verb
// ("The landlord may not apply for possession earlier than 6 April
// 2026", "Tenants must not be evicted before 1 June") bounds what the
// clause tells on the other side of the day: ON_OR_AFTER for "before"
// and "earlier than", ON_OR_BEFORE for "after" and "later than" (was no
// event at all, or BEFORE the day); the limits written whole ("no
// earlier than", "not later than", "on or after", "on or before") are
// as they were. A "before" that no negated verb governs stays BEFORE;
// "need not" sets no limit; a clause word or comma between the negation
// and the limit ends its reach.
func TestNegatedLimit37h37c(t *testing.T) {
	runBoundCases37(t, "2026-03-02", []boundCase37{
		{"may not earlier than", "The landlord may not apply for possession earlier than 6 April 2026.", "2026-04-06", "ON_OR_AFTER", "The landlord may not apply for possession"},
		{"must not earlier than", "The notice must not be served earlier than 14 April 2026.", "2026-04-14", "ON_OR_AFTER", "The notice must not be served"},
		{"cannot before", "The council cannot sell the land before 1 September 2026.", "2026-09-01", "ON_OR_AFTER", "The council cannot sell the land"},
		{"may not be before", "Tenants may not be evicted before 1 June 2026.", "2026-06-01", "ON_OR_AFTER", "Tenants may not be evicted"},
		{"a contraction", "The tenant can't leave the flat before 4 May 2026.", "2026-05-04", "ON_OR_AFTER", ""},
		{"must not after", "The hall must not be used after 10 June 2026.", "2026-06-10", "ON_OR_BEFORE", "The hall must not be used"},
		{"shall not later than", "The appeal shall not be lodged later than 20 May 2026.", "2026-05-20", "ON_OR_BEFORE", "The appeal shall not be lodged"},
		// the limits written whole: as before
		{"no earlier than", "The works must start no earlier than 4 May 2026.", "2026-05-04", "ON_OR_AFTER", "The works must start"},
		{"not before", "The council will decide not before 12 May 2026.", "2026-05-12", "ON_OR_AFTER", ""},
		{"no later than", "Objections must be lodged no later than 20 May 2026.", "2026-05-20", "ON_OR_BEFORE", "Objections must be lodged"},
		{"not later than", "The reply must arrive not later than 22 May 2026.", "2026-05-22", "ON_OR_BEFORE", "The reply must arrive"},
		{"on or after", "The licence takes effect on or after 1 June 2026.", "2026-06-01", "ON_OR_AFTER", "The licence takes effect"},
		{"on or before", "Claims must be made on or before 30 June 2026.", "2026-06-30", "ON_OR_BEFORE", "Claims must be made"},
		// no negated verb: unchanged
		{"a plain before", "The landlord applied for possession before 6 April 2025.", "2025-04-06", "BEFORE", ""},
		{"need not", "The hearing need not take place before 4 May 2026.", "2026-05-04", "BEFORE", ""},
		{"a clause word between", "It is not clear whether the mill was built before 1 May 1850.", "1850-05-01", "BEFORE", ""},
	})
}

// TestDayCountedFromAnEvent37h37c: a day counted from an event whose day
// is written after it ("Documents must be filed the day before the
// hearing on 12 June") is that day, 11 June (was BEFORE 12 June); "two
// days before", "three weeks prior to", "the day after" count so many
// days, "the week after the trial on 20 July 2026" is the week after the
// trial's, and the words that count are the date's, out of the title.
// Working or clear days, which a calendar of holidays counts, and a
// "before" with no count keep the bound they had.
func TestDayCountedFromAnEvent37h37c(t *testing.T) {
	runBoundCases37(t, "2026-03-02", []boundCase37{
		{"the day before", "Documents must be filed the day before the hearing on 12 June.", "2026-06-11", "", "Documents must be filed"},
		{"two days before", "Bundles must be served two days before the hearing on 15 June 2026.", "2026-06-13", "", "Bundles must be served"},
		{"three weeks prior to", "Witness statements shall be exchanged three weeks prior to the trial listed for 20 July 2026.", "2026-06-29", "", "Witness statements shall be exchanged"},
		{"the day after", "The parties will file a note the day after the hearing on 30 April 2026.", "2026-05-01", "", "The parties will file a note"},
		{"the week after", "The parties will meet the week after the trial on 20 July 2026.", "2026-W31", "", "The parties will meet"},
		{"across a month's end", "The landlord must give keys back the day before the inspection on 1 July 2026.", "2026-06-30", "", ""},
		// no count from the event: as before
		{"before the hearing", "The Claimant shall file a bundle before the hearing on 12 June.", "2026-06-12", "BEFORE", "The Claimant shall file a bundle before the hearing"},
		{"working days", "Bundles must be lodged two working days before the hearing on 15 June 2026.", "2026-06-15", "BEFORE", ""},
		{"clear days", "Notice must be given seven clear days before the meeting on 15 June 2026.", "2026-06-15", "BEFORE", ""},
	})
}

// TestHearingListedForADay37h37c: a thing set for a day ("The hearing
// listed for 12 June 2026 is vacated") is titled by what the main verb
// says of it, as "The hearing on 12 June 2026 is vacated" is, not "The
// hearing was listed": it was listed before, for that day. A participle
// that tells when the thing was done ("A review published in May 2021
// recommended changes") keeps its title.
func TestHearingListedForADay37h37c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "listed for, vacated", ref: "2026-03-02", text: "The hearing listed for 12 June 2026 is vacated.",
			want: []brief{{"2026-06-12", "12 June 2026", "The hearing is vacated"}}},
		{name: "fixed for, adjourned", ref: "2026-03-02", text: "The trial fixed for 3 March 2026 has been adjourned.",
			want: []brief{{"2026-03-03", "3 March 2026", "The trial has been adjourned"}}},
		{name: "scheduled for, cancelled", ref: "2026-03-02", text: "The meeting scheduled for 4 May 2026 was cancelled.",
			want: []brief{{"2026-05-04", "4 May 2026", "The meeting was cancelled"}}},
		{name: "listed for, to come", ref: "2026-03-02", text: "The appeal listed for 9 July 2026 will be heard by three judges.",
			want: []brief{{"2026-07-09", "9 July 2026", "The appeal will be heard by three judges"}}},
		{name: "on the day: as before", ref: "2026-03-02", text: "The hearing on 12 June 2026 is vacated.",
			want: []brief{{"2026-06-12", "on 12 June 2026", "The hearing is vacated"}}},
		{name: "a participle of the doing keeps its title", ref: "2026-03-02", text: "A review published in May 2021 recommended changes.",
			want: []brief{{"2021-05", "in May 2021", "A review was published"}}},
	})
}
