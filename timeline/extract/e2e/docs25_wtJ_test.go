package e2e_test

import "testing"

// TestBulletinDates25J pins how parish bulletins and minutes are dated:
// a masthead naming the parish and "bulletin for <day>" dates the
// document to that day.
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
	})
}
