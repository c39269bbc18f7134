package e2e_test

import "testing"

// TestDocs29F pins documents read whole, from session 29's blind passes:
// report headers and datelines that date the document, and the header's
// date that is no event of the sentences under it.
func TestDocs29F(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "an accident's box of fields dates the report's times",
			file: "accident.txt",
			text: "Date & Time: March 3, 2022, 16:41 Local\nInjuries: 1 Serious, 3 Minor\n\nThe flight departed at 16:05 local time.\n",
			want: []string{"2022-03-03T16:05 | The flight departed"},
		},
		{
			name: "a dateline over the story, no blank line between",
			file: "story.txt",
			text: "Wellington, 15 October 2023\nNational's win in Saturday's general election was well signalled.\n",
			want: []string{"2023-10-14 | National's win in the general election"},
			not:  []string{"2023-10-15"},
		},
		{
			name: "minutes' day is no event of what had been done before it",
			file: "minutes.txt",
			text: "Minutes of Proceedings\nWednesday, 21 January 2026\n\nThe extension had been approved by the Assembly on 12 January.\n",
			want: []string{"2026-01-12 | The extension had been approved by the Assembly"},
			not:  []string{"2026-01-21"},
		},
		{
			name: "a name and its life's years heading the document",
			file: "obit.txt",
			text: "Daniel Mwangi (1979 – 2025)\n\nDaniel died on 29 June 2025.\n",
			want: []string{"1979/2025 | Life of Daniel Mwangi", "2025-06-29 | Daniel died"},
		},
		{
			name: "a name, its trade and its life's years, no brackets",
			file: "obit.txt",
			text: "Professor Ingrid Solberg, physicist, 1931-2023\n\nShe retired in 1996.\n",
			want: []string{"1931/2023 | Life of Professor Ingrid Solberg"},
		},
		{
			name: "a war's name and years is no life",
			file: "war.txt",
			text: "Spanish Civil War, 1936–1939\n\nThe war began in July 1936.\n",
			not:  []string{"1936/1939"},
		},
		{
			name: "a table's one dated row under a line is no dateline",
			file: "bill.html",
			text: "<html><body><p>Sponsor: Rep. Ana Ruiz [D-NM-3]</p>\n<table><tr><th>Date</th><th>Action</th></tr>\n<tr><td>03/18/2025</td><td>Introduced in House. Referred to the Committee on Energy and Commerce.</td></tr></table></body></html>\n",
			want: []string{"2025-03-18 | Introduced in House"},
		},
		{
			name: "a row's day in figures under a line of text is no dateline",
			file: "bill.txt",
			text: "Sponsor: Rep. Ana Ruiz\n\n03/18/2025 – Introduced in House. Referred to the Committee on Energy and Commerce.\n",
			want: []string{"2025-03-18 | Introduced in House"},
		},
		{
			name: "a table's row tells the day a field line dates too",
			file: "bill.html",
			text: "<html><body><p>Sponsor: Rep. Tomás Guerrero [D-NM-3] (Introduced 03/18/2025)</p>\n<table><tr><th>Date</th><th>Action</th></tr>\n<tr><td>03/18/2025</td><td>Introduced in House. Referred to the Committee on Energy and Commerce.</td></tr></table></body></html>\n",
			want: []string{"2025-03-18 | Introduced in House"},
			not:  []string{"2025-03-18 | Sponsor"},
		},
	})
}
