package text

import "testing"

// TestDocDate31B: the place and day heading a letter date it, the month
// written short with an apostrophe as old letters do ("Jan'y 3d 1849");
// a possessive after a month's name is no such month.
func TestDocDate31B(t *testing.T) {
	tests := []docDateCase{
		{"Jan'y dateline", "Boston, Jan'y 3d 1849.\n\nDear Brother,\n\nYour favor of the 20th ult. came to hand on Monday.\n", "1849-01-03"},
		{"Dec’r dateline", "Salem, Dec’r 14th 1798.\n\nSir,\n\nThe brig came in on Tuesday.\n", "1798-12-14"},
		{"day first dateline", "London, 14th March 1851.\n\nMy dear Brother,\n\nThe ship left on Saturday last.\n", "1851-03-14"},
		// a masthead's parts set apart by dashes, each with its full stop
		{"dashed masthead", "THE WEEKLY COURIER. — SATURDAY, MAY 3, 1851. — PRICE SIXPENCE.\n\nOn Thursday last the Queen opened the Exhibition.\n", "1851-05-03"},
		{"dashed parts of a sentence", "The vote — held on Saturday, May 3, 1851. — passed. — So it was.\n\nOn Thursday last the Queen opened the Exhibition.\n", ""},
		// a day, then the hour its match starts
		{"kick-off after the day", "Friday 20 September 2019, kick-off 19:45 BST\n\nHe signed in January. The return leg is on 1 October.\n", "2019-09-20"},
		{"doors after the day", "Saturday, May 3, 2025, doors 7.30pm\n\nThe band last played here in March.\n", "2025-05-03"},
		{"a sentence after the day", "Friday 20 September 2019, the club met at 19:45 to vote on the new stand\n\nHe signed in January.\n", ""},
	}
	runDocDate(t, tests)
}

// TestApostropheMonth: "Jan'y" and "Sept’r" name their months; "May's"
// and "Mar'd" do not stretch the month's word.
func TestApostropheMonth(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"Jan'y 3d 1849", "1849-01-03"},
		{"the 4th Sept’r 1802", "1802-09-04"},
		{"May's 3 1849", ""},
	} {
		ds := findDates(tt.in, false)
		got := ""
		if len(ds) == 1 && !ds[0].noYear {
			got = ds[0].date.String()
		}
		if got != tt.want {
			t.Errorf("findDates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
