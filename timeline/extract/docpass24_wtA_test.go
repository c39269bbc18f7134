package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDayAndItsHourWithAMod: a day and a time of it later in its clause
// are one moment even when one of them carries a mod: a deadline's day
// and its hour ("by Friday, September 13, 2024, 5:00 p.m. PT") are one
// deadline, ON_OR_BEFORE that hour; "at around 07:30" after "On Friday 29
// March" is that day's, about then.
func TestDayAndItsHourWithAMod(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a deadline's day and hour", ref: "2024-08-01", text: "Submit the Intent to Graduate form by Friday, September 13, 2024, 5:00 p.m. PT.",
			want: []brief{{"2024-09-13T17:00-07:00", "by Friday, September 13, 2024, 5:00 p.m. PT", "Submit the Intent to Graduate form"}}},
		{name: "a day and its approximate hour", ref: "2024-03-14", text: "On Friday 29 March, the first trains will start later than usual, at around 07:30.",
			want: []brief{{"2024-03-29T07:30", "On Friday 29 March … at around 07:30", "The first trains will start later than usual"}}},
		{name: "the hour set off by commas leaves one", ref: "2024-03-14", text: "On Friday 29 March, the first trains will start later than usual, at 07:30, as rolling stock is returned to position.",
			want: []brief{{"2024-03-29T07:30", "On Friday 29 March … at 07:30", "The first trains will start later than usual, as rolling stock is returned to position"}}},
	})
}

// TestDayAndItsHourKeepsTheMod: the moment a day and its hour make keeps
// the mod either gave.
func TestDayAndItsHourKeepsTheMod(t *testing.T) {
	for _, tt := range []struct {
		text, ref string
		mod       timeline.Mod
	}{
		{"Submit the Intent to Graduate form by Friday, September 13, 2024, 5:00 p.m. PT.", "2024-08-01", timeline.ModOnOrBefore},
		{"On Friday 29 March, the first trains will start later than usual, at around 07:30.", "2024-03-14", timeline.ModApprox},
	} {
		evs := Events(oneSection("p.txt", tt.text, timeline.Citation{}), Options{Ref: day(t, tt.ref)})
		if len(evs) != 1 || evs[0].Span.Start.Mod != tt.mod {
			t.Errorf("%q: got %v, want one event with mod %v", tt.text, evs, tt.mod)
		}
	}
}

// TestBeginsAndEnds: "begins at X ... and ends at Y" in one clause is one
// span from X to Y, titled with what begins.
func TestBeginsAndEnds(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a strike's hours", ref: "2023-07-19", text: "The first strike begins at 04:00 BST on Saturday 5 August and ends at 04:00 BST on Sunday 6 August.",
			want: []brief{{"2023-08-05T04:00+01:00/2023-08-06T04:00+01:00", "at 04:00 BST on Saturday 5 August … at 04:00 BST on Sunday 6 August", "The first strike begins"}}},
		{name: "a festival's days", ref: "2025-01-10", text: "The festival will start on 3 June and end on 9 June.",
			want: []brief{{"2025-06-03/2025-06-09", "on 3 June … on 9 June", "The festival will start"}}},
		{name: "two things", ref: "2025-01-10", text: "The festival starts on 3 June, and the fair ends on 9 June.",
			want: []brief{{"2025-06-03", "on 3 June", "The festival starts"}, {"2025-06-09", "on 9 June", "The fair ends"}}},
	})
}

// TestGenericSeasons: a season or a month named alone in a sentence that
// tells what is usually so in it ("In winter the waves here can reach 25
// m", "in September the sea is usually calm") makes no event.
func TestGenericSeasons(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "what the sea does in a season", ref: "2026-09-15", text: "Coastal walk of 16 km. In winter the waves here can reach 25 m, but in September the sea is usually calm.",
			want: nil},
		{name: "a season to come", ref: "2026-09-15", text: "The new pier will open in winter.",
			want: []brief{{"2026-WI", "in winter", "The new pier will open"}}},
	})
}
