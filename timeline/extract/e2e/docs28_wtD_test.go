package e2e_test

import "testing"

// TestDocs28D pins documents read whole, from session 28's blind passes:
// the document dates of header lines and their fields.
func TestDocs28D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "bold labelled fields on one line, the date of issue among them",
			file: "plan.md",
			text: "# Lift Plan\n\n**Revision:** C  **Date of issue:** 2 June 2025\n**Appointed person:** K. Lindqvist\n\nThe crane arrived on Monday.\n",
			want: []string{"2025-06-02 | The crane arrived"},
			not:  []string{"2025-06-02 | C Date of issue"},
		},
		{
			name: "labelled fields set apart by a bar",
			file: "memo.txt",
			text: "Site memo\n\nRef: SM-114 | Date: 9 May 2025\n\nThe scaffold was struck yesterday.\n",
			want: []string{"2025-05-08 | The scaffold was struck"},
		},
		{
			name: "a parcel notice opening with its delivery",
			file: "notice.txt",
			text: "Delivered on 6 November 2024.\n\nThe driver called the day before.\n",
			want: []string{"2024-11-06 | Delivered", "2024-11-05 | The driver called"},
		},
		{
			name: "a delivery line with what was done after its day and time",
			file: "tracking.txt",
			text: "Tracking 1Z999\n\nDelivered on Wednesday, 6 November 2024 at 10:47 AM, left at front door.\n",
			want: []string{"2024-11-06T10:47"},
		},
		{
			name: "a speech's delivered line under its title still dates it",
			file: "speech.txt",
			text: "Address to the port workers\nDelivered on 2 October 2016, Valletta\n\nToday we mark ten years of the new quay.\n",
			want: []string{"2016-10-02 | We mark ten years of the new quay"},
		},
		{
			name: "published on a list of days is what a register tells, not the page's date",
			file: "banns.txt",
			text: "Register of Banns, Hartington\n\nBanns between John Slack and Mary Goodwin.\nPublished 5, 12 and 19 March 1871.\nThey married at Easter.\n",
			want: []string{"1871-03-05", "1871-03-12", "1871-03-19"},
		},
		{
			name: "a capitals dateline under the issuer and the kind of release",
			file: "release.txt",
			text: "Corran Shipping Group\nASX Announcement\nPERTH, 14 February 2025\n\nCorran today announced a new chief executive.\n",
			want: []string{"2025-02-14 | Corran announced a new chief executive"},
			not:  []string{"2025-02-14 | ASX Announcement"},
		},
		{
			name: "a time line under the date line of a transcript's header",
			file: "call.txt",
			text: "Q3 FY2025 Results Call Transcript\nDate: 4 February 2025\nTime: 09:00 GMT\n\nWe thank everyone for joining.\n",
			want: []string{"2025-02-04T09:00Z | Q3 FY2025 Results Call Transcript"},
			not:  []string{"2025-02-04T09:00Z | Q3 FY2025 Results Call Transcript – Time"},
		},
		{
			name: "a range of days in a heading's brackets, after its verb",
			file: "inscriptions.txt",
			text: "Headstones of Tideswell Churchyard (recorded 4–5 June 2018)\n\nIn memory of Ann Froggatt, who died March 3rd 1862, aged 70 years.\n",
			want: []string{"2018-06-04/2018-06-05 | Headstones of Tideswell Churchyard (recorded)", "1862-03-03"},
		},
	})
}
