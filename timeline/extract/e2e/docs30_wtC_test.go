package e2e_test

import "testing"

// TestMarkdownPostStampHeading: a Markdown heading that is a time of day
// alone over its post's lines ("### 7.02pm ET") is the post's stamp, as
// the same line is in plain text: the post's time, on the page's day, and
// "now" in it is that time (no PRESENT_REF); a heading of words stays a
// heading.
func TestMarkdownPostStampHeading(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "stamp headings", file: "live.md",
			text: "# Count night: live\n\n5 November 2024\n\n### 6.45pm ET\nA polling station in Ohio stayed open for an extra hour.\n\n### 7.02pm ET\nPolls have now closed in Indiana and Kentucky.\n",
			want: []string{"2024-11-05T18:45-05:00 | A polling station in Ohio stayed open for an extra hour", "2024-11-05T19:02-05:00 | Polls have now closed in Indiana and Kentucky"},
			not:  []string{"PRESENT_REF"}},
	})
}
