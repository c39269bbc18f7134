package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestPassiveByRelativeClause: a passive's "by" phrase whose noun has a
// relative clause ("founded by immigrants who had been worshipping")
// keeps the sentence's own verb when a long title is shortened; the
// relative clause's auxiliary is not spliced onto the subject.
func TestPassiveByRelativeClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "founded by immigrants who had", ref: "2024-01-01",
			text: "Holy Trinity was founded in 1887 by German and Irish immigrants who had been worshipping in a rented hall above a hardware store.",
			want: []brief{{"1887", "in 1887", "Holy Trinity was founded by German and Irish immigrants"}}},
		{name: "a participle phrase before the verb still goes", ref: "2024-01-01",
			text: "Security officers employed by the contractor AeroGuard at Brightwater Regional Airport will stage a walkout on 3 May over pay.",
			want: []brief{{"2024-05-03", "on 3 May", "Security officers will stage a walkout over pay"}}},
	})
}

// TestCaptionOnItsOwnLine: a verbless phrase after a sentence of its
// paragraph ("Masses at 8:00 a.m.") goes on that paragraph; only a line
// of its own under a heading is a caption the heading names.
func TestCaptionOnItsOwnLine(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []brief
	}{
		{"a second sentence", "The Immaculate Conception falls on Friday, December 8. Masses at 8:00 a.m. and 7:00 p.m.",
			[]brief{{"2023-12-08", "on Friday, December 8", "The Immaculate Conception falls"}, {"2023-12-08T08:00", "at 8:00 a.m.", "Masses"}, {"2023-12-08T19:00", "7:00 p.m.", "Masses"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "p.txt", Sections: []timeline.Section{{Kind: timeline.Body, Heading: "ADVENT AT SAINT BRIGID'S, 2023", Text: tt.text}}}
			if got := briefs(Events(doc, Options{Ref: day(t, "2023-12-01")})); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
