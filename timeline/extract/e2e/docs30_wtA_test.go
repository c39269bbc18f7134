package e2e_test

import "testing"

// TestDocs30AWarDiaries pins military war diaries (QA 168): a form's
// number ("Army Form C.2118") is no year and re-years no entry; a night
// written as two days with a slash ("the night of 5/6 June 1944", "13/14
// June:", "the night of the 12th/13th") is its first day; a day's line
// with a year in two digits ("6 Jun 44") is a day; a unit's ordinal
// before a bracketed word ("the 3rd (Reserve) Battalion") is no day; a
// day's line under a heading with dates of its own ("Period covered: 6-8
// June 1944") is titled by the line after it.
func TestDocs30AWarDiaries(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a form number is no year",
			file: "diary.txt",
			text: "WAR DIARY\n1st Battalion, Royal Wessex Fusiliers\nArmy Form C.2118\n",
			not:  []string{"2118"},
		},
		{
			name: "a form number does not re-year a diary's day",
			file: "diary.txt",
			text: "Army Form C.2118\n\n28.6.16  Battalion moved into assembly trenches.\n",
			not:  []string{"2116-06-28", "2118"},
		},
		{
			name: "the night of two days and a month",
			file: "para.txt",
			text: "On the night of 5/6 June 1944 the battalion dropped east of the Orne.\n",
			want: []string{"1944-06-05TNI | The battalion dropped east of the Orne"},
			not:  []string{"1944-06 "},
		},
		{
			name: "lines of nights in a log",
			file: "log.txt",
			text: "2 PARA log, 1982\n13/14 June: Attack on Wireless Ridge.\n11/12 June: Attack on Mount Longdon.\n",
			want: []string{"1982-06-13 | Attack on Wireless Ridge", "1982-06-11 | Attack on Mount Longdon"},
			not:  []string{"1982-06 ", "1982 | 2 PARA log, 13/14"},
		},
		{
			name: "the night of the 12th/13th in a dated letter",
			file: "letter.txt",
			text: "Headquarters, 2nd Battalion\n17th October 1917\n\nWe were relieved by the 1st Bn. on the night of the 12th/13th.\n",
			want: []string{"1917-10-12TNI | We were relieved"},
		},
		{
			name: "a day with a two-digit year",
			file: "diary.txt",
			text: "War diary, 3rd Battalion\n\nThe battalion landed on 6 Jun 44 at St Aubin. It moved inland on 7 Jun 44.\n",
			want: []string{"1944-06-06 | The battalion landed", "1944-06-07 | The battalion moved inland"},
		},
		{
			name: "a day's line under a dated heading: the line after it is the event",
			file: "diary.txt",
			text: "Period covered: 6-8 June 1944\n\n7 Jun 44\nAt dawn the battalion attacked the radar station at Douvres.\n",
			want: []string{"1944-06-07 | At dawn the battalion attacked the radar station"},
			not:  []string{"1944-06-07 | Period covered: 6-8 June 1944 – 44"},
		},
		{
			name: "a unit's ordinal before a bracketed word",
			file: "history.txt",
			text: "Published 4 August 2014.\n\nIn spring 1915 the battalion was rebuilt with drafts from the 3rd (Reserve) Battalion.\n",
			want: []string{"1915-SP | The battalion was rebuilt"},
			not:  []string{"2014-08-03"},
		},
	})
}
