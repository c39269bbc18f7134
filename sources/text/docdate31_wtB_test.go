package text

import "testing"

// TestDocDate31B: the place and day heading a letter date it, the month
// written short with an apostrophe as old letters do ("Jan'y 3d 1849");
// a possessive after a month's name is no such month.
func TestDocDate31B(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Jan'y dateline", "Boston, Jan'y 3d 1849.\n\nDear Brother,\n\nYour favor of the 20th ult. came to hand on Monday.\n", "1849-01-03"},
		{"Dec’r dateline", "Salem, Dec’r 14th 1798.\n\nSir,\n\nThe brig came in on Tuesday.\n", "1798-12-14"},
		{"day first dateline", "London, 14th March 1851.\n\nMy dear Brother,\n\nThe ship left on Saturday last.\n", "1851-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			body := bodyOf(t, doc)
			got := body.Citation.Date.String()
			if body.Citation.Date.IsZero() {
				got = ""
			}
			if got != tt.want {
				t.Errorf("ref = %q from %q, want %q\n%s", got, body.RefFrom, tt.want, dump(doc))
			}
		})
	}
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
