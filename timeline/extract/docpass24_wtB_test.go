package extract

import "testing"

// TestWeekOneOfASyllabus: a document that says which week it numbers 1
// ("Week 1 is the week of August 25, 2025") dates its "Week 3" two weeks
// on, and "Friday of Week 3" that week's Friday; without such a
// statement a "Week 3" dates nothing, nor does its Friday.
func TestWeekOneOfASyllabus(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "week one stated", text: "Week 1 is the week of August 25, 2025.\nWeek 3: Sugar and slavery. Response paper 1 is due on Friday of Week 3.",
			want: []brief{{"2025-W35", "Week 1", "Week 1 is the week of August 25, 2025"}, {"2025-W37", "Week 3", "Sugar and slavery"}, {"2025-09-12", "on Friday of Week 3", "Response paper 1 is due"}}},
		{name: "teaching week one begins", text: "Teaching week 1 begins on Monday 30 September 2024.\nWeek 6 is reading week.",
			want: []brief{{"2024-09-30", "on Monday 30 September 2024", "Teaching week 1 begins"}, {"2024-W45", "Week 6", "Week 6 is reading week"}}},
		{name: "no week one", ref: "2025-08-20", text: "Week 3: Sugar and slavery. Response paper 1 is due on Friday of Week 3.",
			want: nil},
	})
}
