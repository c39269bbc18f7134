package e2e_test

import "testing"

// TestRowTitles: the titles of events read from table rows, list lines and
// label lines, through the real readers.
func TestRowTitles(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a programme table's numbered phases are titled by their activity",
			file: "programme.md",
			text: "# Solar Farm Programme\n\nDate: April 2025\n\n| Phase | Activity | Indicative timing | Duration |\n|-------|----------|-------------------|----------|\n| 1 | Site set-up and access track | Q4 2025 | 6 weeks |\n| 5 | Commissioning and energisation | Summer 2026 | 4 weeks |\n",
			want: []string{"2025-Q4 | Site set-up and access track", "2026-SU | Commissioning and energisation"},
		},
		{
			name: "a version history's rows are titled by their summary",
			file: "terms.md",
			text: "# Terms of Service\n\n## Version history\n\n| Version | Date | Summary |\n|---|---|---|\n| 3.2 | 9 Aug 2023 | Data retention extended from 60 to 90 days |\n| 3.1 | 2 Nov 2022 | Added EU data residency option |\n",
			want: []string{"2022-11-02 | Version 3.1: Added EU data residency option", "2023-08-09 | Version 3.2: Data retention extended"},
		},
		{
			name: "a paragraph's lead-in label is no event",
			file: "season.md",
			text: "# Season review 2022-23\n\n*Westbrook Gazette, 30 May 2023*\n\n**January.** The club signed striker Mateo Ruiz for £4.5m on 27 January.\n\nThe 1960s and the electronic era. Bob Hayes equalled the world record at Tokyo 1964.\n\nThe society's records begin in 1772. Entries are checked against the archive each year in January.\n",
			want: []string{"2023-01-27 | The club signed striker Mateo Ruiz", "1772 | The society's records begin"},
			not:  []string{"2023-01 | ", "196 | "},
		},
		{
			name: "the days of a life under an obituary's name",
			file: "obituary.html",
			text: `<html><head><title>Robert Kessler Obituary</title>
<meta property="article:published_time" content="2022-11-28T09:15:00-05:00"></head>
<body><article><h1>Robert "Bob" Kessler</h1>
<p class="dates">March 2, 1941 – November 25, 2022</p>
<p>Bob married Judith Ann Novak on August 13, 1966.</p>
</article></body></html>`,
			want: []string{"1941-03-02/2022-11-25 | Life of Robert Kessler", "1966-08-13 | Bob married"},
		},
		{
			name: "an inscription's lines parted by slashes",
			file: "stones.txt",
			text: "Stories from the Stones, October 2021\n\n1. Pvt. Elias W. Thayer\nInscription: \"ELIAS W. THAYER / Co. K, 14th N.H. Vols. / b. Apr. 3, 1842 / d. Sept. 19, 1864 / Aged 22 y. 5 m. 16 d.\"\n",
			want: []string{"1842-04-03 | Elias W. Thayer is born", "1864-09-19 | Elias W. Thayer dies"},
		},
		{
			name: "a signature's date names who signs",
			file: "supply.txt",
			text: "SUPPLY AGREEMENT\n\nThis Agreement commences on 1 July 2023 and continues for 24 months.\n\nSigned for Greenfield Mills: R. Patel, 5 June 2023\nSigned for Ashby Bakeries Ltd: H. Moore, 7 June 2023\n\nOAKRIDGE ANALYTICAL SERVICES LLC\nBy: /s/ Michael Brandt\nName: Michael Brandt, Managing Member\nDate: June 9, 2023\n",
			want: []string{"2023-06-05 | Greenfield Mills signs (R. Patel)", "2023-06-07 | Ashby Bakeries Ltd signs (H. Moore)", "2023-06-09 | Oakridge Analytical Services LLC signs (Michael Brandt)", "2023-07-01 | This Agreement commences"},
		},
		{
			name: "a date alone as a line's lead-in is titled by the sentence after it",
			file: "diary.md",
			text: "# Season review\n\n*Westbrook Gazette, 30 May 2023*\n\n**January.** The club struggled with injuries all month.\n\nEntry 112. 3 January 1731/2. Mary, dau. of John & Elizabeth Storm, of Haggerlythe.\n",
			want: []string{"2023-01 | The club struggled with injuries", "1732-01-03 | Mary, dau. of John"},
		},
	})
}
