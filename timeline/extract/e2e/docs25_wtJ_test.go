package e2e_test

import "testing"

// TestBulletinDates25J pins how parish bulletins and minutes are dated:
// a masthead naming the parish and "bulletin for <day>" dates the
// document to that day; a first line that is a sentence telling what
// falls on its day is an event, no dateline; in an undated text, a day
// told in the future after a day told in the present is of its year.
func TestBulletinDates25J(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a parish's name over the day its bulletin is for",
			file: "bulletin.txt",
			text: "Church of the Holy Redeemer — bulletin for Sunday, April 13, 2025\n\nChoir rehearsal is Tuesday at 7 p.m.\n",
			want: []string{"2025-04-15T19:00 | Choir rehearsal"},
		},
		{
			name: "a bulletin insert for a named Sunday, under a heading",
			file: "insert.md",
			text: "# Holy Week Schedule\n\n*Church of the Holy Redeemer — bulletin insert for Palm Sunday, April 13, 2025*\n\nLast year the flower fund raised $3,150.\n\nChoir rehearsal is Tuesday at 7 p.m. in Room 12.\n",
			want: []string{"2024 | The flower fund raised", "2025-04-15T19:00 | Choir rehearsal"},
		},
		{
			name: "a newsletter for a month, after the society's name",
			file: "newsletter.txt",
			text: "Kesworth Civic Society - newsletter for March 2024\n\nThe hall was repainted last month.\n",
			want: []string{"2024-02 | The hall was repainted"},
		},
		{
			name: "a first line that tells an event on its day",
			file: "advent.txt",
			text: "The year begins on the First Sunday of Advent, December 3, 2023.\n",
			want: []string{"2023-12-03 | The year begins"},
		},
		{
			name: "a first sentence dates no sentence under it",
			file: "advent.txt",
			text: "The new church year opens with the First Sunday of Advent, December 3, 2023.\nThe choir met yesterday.\n",
			want: []string{"2023-12-03 | The new church year opens"},
			not:  []string{"2023-12-02"},
		},
		{
			name: "a title ending with its day still dates the document",
			file: "diary.txt",
			text: "Holy Redeemer site diary — 3 March 2025\n\nThe roofers arrived yesterday.\n",
			want: []string{"2025-03-02 | The roofers arrived"},
		},
		{
			name: "an undated text's later paragraph told in the future",
			file: "advent.txt",
			text: "The year begins on December 3, 2023.\n\nThe service will be held on December 18.\n",
			want: []string{"2023-12-18 | The service will be held"},
		},
	})
}
