package e2e_test

import "testing"

// TestDocs27D pins documents read whole: a release's "Released on DATE."
// opening a paragraph that goes on is the release, an event, not the
// page's publication; a day on the first line over a sentence dates it as
// a diary's entry; an "Announced" header line dates the document.
func TestDocs27D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "release notes: released on, then what it fixes",
			file: "notes.md",
			text: "# Strata release notes\n\n_Last updated: 2024-11-05_\n\n## Strata 2024.10.2 (security release)\n\n" +
				"Released on 2024-11-05. This release fixes CVE-2024-52011, a stored cross-site scripting bug. All users should upgrade.\n\n" +
				"## Strata 2024.10.0\n\nReleased on 2024-10-01. Feature release, no security fixes.\n",
			want: []string{"2024-11-05 | Strata 2024.10.2", "2024-10-01 | Strata 2024.10.0"},
		},
		{
			name: "released on, a clause after the date",
			file: "notes.txt",
			text: "Released on November 5, 2024, this version fixes two bugs in the importer.\n",
			want: []string{"2024-11-05"},
		},
		{
			name: "first line day over a sentence",
			file: "log.txt",
			text: "Saturday 2 December 2023\nOn Thursday a tagged pup was found on the east beach.\n",
			want: []string{"2023-11-30 | A tagged pup was found"},
			not:  []string{"2023-12-02"},
		},
		{
			name: "announced line",
			file: "school.md",
			text: "# Summer School 2026\n\n*Announced 3 November 2025*\n\nThe first round of funding decisions was made last spring.\n",
			want: []string{"2025-SP | The first round of funding decisions was made"},
		},
	})
}

// TestInterviewStatement27D: an interview's statement event is no
// interviewer's prompt ("TB: Tell me about yourself.") and no habit the
// speaker tells ("I go to the Legion on Wednesdays"); what is said of a
// day stays.
func TestInterviewStatement27D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a prompt",
			file: "flood.txt",
			text: "Recorded at Greenville, Mississippi, August 1976\n\nTB: Tell me about yourself.\n",
			not:  []string{"1976-08"},
		},
		{
			name: "a habit",
			file: "strike.txt",
			text: "Interview date: June 14, 2003\n\nThe strike started July 15, 1959. We went back in November.\n\nI go to the Legion on Wednesdays.\n",
			want: []string{"1959-07-15 | The strike started", "1959-11 | We went back"},
			not:  []string{"2003-06-14"},
		},
		{
			name: "a statement stays",
			file: "speech.txt",
			text: "Transcript of remarks, delivered 14 June 2003\n\nThe plant will close, and every worker will be paid in full.\n",
			want: []string{"2003-06-14"},
		},
	})
}

// TestEditionsList27D: the items of an HTML list of a meeting's past
// editions ("EuroVisML 2023, Leipzig (12 June 2023)") are events of
// their days, no credit of the text above naming the page's source and
// date.
func TestEditionsList27D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "under a paragraph",
			file: "dates.html",
			text: "<html><head><title>EuroVisML 2025 – Important Dates</title></head><body>\n<p>Reviews are due on 4 April 2025.</p>\n" +
				"<ul><li>EuroVisML 2023, Leipzig (12 June 2023)</li></ul>\n</body></html>\n",
			want: []string{"2025-04-04 | Reviews are due", "2023-06-12 | EuroVisML 2023, Leipzig"},
		},
		{
			name: "under a heading, a weekday above",
			file: "page.html",
			text: "<html><body>\n<p>Day 1 (Monday) opens at 9:30 with a keynote by Dr. Lena Hoffmann.</p>\n<h2>Previous editions</h2>\n" +
				"<ul><li>EuroVisML 2024, Odense (27 May 2024)</li>\n<li>EuroVisML 2023, Leipzig (12 June 2023)</li></ul>\n</body></html>\n",
			want: []string{"2024-05-27", "2023-06-12"},
			not:  []string{"2023-06-12 | Day 1"},
		},
	})
}

// TestMinutesMeeting27D: the header line of a meeting's minutes that
// gives its day and hours is the meeting, titled by the name the title
// gives it; a header line of the day alone makes no such event.
func TestMinutesMeeting27D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "day and hours",
			file: "minutes.txt",
			text: "Minutes of the committee call\nTuesday 9 January 2024, 16:00–17:05 UTC\n\nThe CFP will go out by the end of this month.\n",
			want: []string{"2024-01-09T16:00Z/2024-01-09T17:05Z | Committee call", "2024-01 | The CFP will go out"},
		},
		{
			name: "the day alone",
			file: "minutes.txt",
			text: "Minutes of the committee call\nTuesday 9 January 2024\n\nThe CFP will go out by the end of this month.\n",
			want: []string{"2024-01 | The CFP will go out"},
			not:  []string{"2024-01-09T16:00", "2024-01-09 | Committee call"},
		},
	})
}

// TestWeekdayNoPlace27D: a table row of a deadline, "Friday, 7 March
// 2025 (AoE)", is no dateline (the weekday is no place): the page is
// dated by its "Page last updated" line.
func TestWeekdayNoPlace27D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a table of dates under an update line",
			file: "dates.html",
			text: "<html><head><title>W</title></head><body>\n<h1>W 2025</h1>\n<p>Page last updated: 12 February 2025</p>\n<h2>Important dates</h2>\n<table>\n" +
				"<tr><td>Paper submission</td><td>Friday, 7 March 2025 (AoE)</td></tr>\n<tr><td>Reviews due</td><td>4 April 2025</td></tr>\n</table>\n" +
				"<p>We met the reviewers last week.</p>\n</body></html>\n",
			want: []string{"2025-03-07", "2025-04-04", "2025-W06 | We met the reviewers"},
		},
	})
}
