package extract

import "testing"

// TestActionTableRows38h38i: a row of a minutes' table of actions ("| Who
// | What | When |") is titled by its task, the owner's initials before it
// ("RM: Confirm plumber"), not by the initials alone; a date inside a
// cell's words ("Q4 figures", "2024 accounts") names what the task is
// about and is no event of its own beside the row's date cell.
func TestActionTableRows38h38i(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "who what when", ref: "2025-03-06",
			text: "| Who | What | When |\n| --- | --- | --- |\n| RM | Confirm plumber | 10 March |\n| KO | Q4 figures | 7 March |",
			want: []brief{{"2025-03-07", "7 March", "KO: Q4 figures"}, {"2025-03-10", "10 March", "RM: Confirm plumber"}}},
		{name: "action owner due", ref: "2025-03-06",
			text: "| Action | Owner | Due |\n|---|---|---|\n| Send 2024 accounts to auditor | Priya | 14 March 2025 |\n| Renew insurance | Tom | 31 March 2025 |",
			want: []brief{{"2025-03-14", "14 March 2025", "Priya: Send 2024 accounts to auditor"}, {"2025-03-31", "31 March 2025", "Tom: Renew insurance"}}},
		{name: "no outer bars", ref: "2025-03-06",
			text: "Owner | Task | Deadline\n--- | --- | ---\nJW | Draft the Q2 newsletter | 21 March",
			want: []brief{{"2025-03-21", "21 March", "JW: Draft the Q2 newsletter"}}},
		{name: "a date told in the task's words stays", ref: "2025-03-06",
			text: "| Who | What | When |\n| --- | --- | --- |\n| DB | Book the hall for 12 April | 7 March |",
			want: []brief{{"2025-03-07", "7 March", "DB: Book the hall for 12 April"}, {"2025-04-12", "12 April", "DB: Book the hall"}}},
		{name: "item lead due, no one named yet", ref: "2025-08-01",
			text: "| Item | Lead | Due | Notes |\n| --- | --- | --- | --- |\n| Publish 2025/26 season guide | Ana Ruiz | 15 August 2025 | draft done |\n| Kit order | TBC | 20 August 2025 | |",
			want: []brief{{"2025-08-15", "15 August 2025", "Ana Ruiz: Publish 2025/26 season guide"}, {"2025-08-20", "20 August 2025", "Kit order"}}},
		{name: "no owner left empty", ref: "2025-03-06",
			text: "| Who | What | When |\n| --- | --- | --- |\n| — | Circulate minutes | 13 March |",
			want: []brief{{"2025-03-13", "13 March", "Circulate minutes"}}},
	})
}

// TestOtherTableShapes38h38i: tables of other shapes keep their titles: a
// timeline's Date | Event, a treaty's two date columns, a fixture list, and
// a date in an event's words that tells its day within the row's year.
func TestOtherTableShapes38h38i(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "date event", ref: "2025-03-06",
			text: "| Date | Event |\n| --- | --- |\n| 1947 | The mill closes |\n| 1952 | The mill reopens as a museum |",
			want: []brief{{"1947", "1947", "The mill closes"}, {"1952", "1952", "The mill reopens as a museum"}}},
		{name: "two date columns", ref: "2025-03-06",
			text: "| Country | Signed | Ratified |\n|---|---|---|\n| Norway | 3 May 2018 | 9 Jan 2019 |",
			want: []brief{{"2018-05-03", "3 May 2018", "Norway – Signed"}, {"2019-01-09", "9 Jan 2019", "Norway – Ratified"}}},
		{name: "a day in the year's row", ref: "2025-03-06",
			text: "| Year | Event |\n| --- | --- |\n| 1889 | The tower opens on 31 March |",
			want: []brief{{"1889-03-31", "on 31 March", "The tower opens"}}},
		{name: "fixtures", ref: "2025-08-01",
			text: "| Date | Opponent | Venue |\n| --- | --- | --- |\n| Sat 9 August | Harrow Town | Home |\n| Tue 12 August | Ealing 2024 XI | Away |",
			want: []brief{{"2025-08-09", "Sat 9 August", "Harrow Town – Home"}, {"2025-08-12", "Tue 12 August", "Ealing 2024 XI – Away"}}},
		{name: "a day relative to another stays as told", ref: "2025-03-06",
			text: "| Year | Event |\n| --- | --- |\n| 1889 | The tower opens; the lift follows next June |",
			want: []brief{{"1889", "1889", "The tower opens"}}},
		{name: "a year in a name beside a day", ref: "2025-03-06",
			text: "| Date | Item |\n| --- | --- |\n| 12 May 2025 | Board approves the 2026 budget |",
			want: []brief{{"2025-05-12", "12 May 2025", "Board approves the 2026 budget"}}},
	})
}
