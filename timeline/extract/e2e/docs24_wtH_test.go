package e2e_test

import "testing"

// TestHappeningLabels: a header line whose label names something done to
// the matter ("Date first listed:", "Listing date:", "Date of
// decision:") is an event titled by its label; a page's own stamp
// ("Published:") stays no event.
func TestHappeningLabels(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a register's notice", file: "notice.txt",
			text: "HERITAGE REGISTER NOTICE\n\nProperty: Old Mill House\nDate first listed: 12 March 1972\nListing date: 3 April 1980\nDate of decision: 9 May 2023\n",
			want: []string{"1972-03-12 | Date first listed", "1980-04-03 | Listing date", "2023-05-09 | Date of decision"}},
		{name: "a decision date alone", file: "decision.txt",
			text: "PLANNING NOTICE\n\nDecision Date: 14 June 2023\n",
			want: []string{"2023-06-14 | Decision Date"}},
		{name: "a page's stamp", file: "page.txt",
			text: "Council news\n\nPublished: 3 May 2023\n\nThe library reopens next week.\n",
			not:  []string{"2023-05-03"}},
	})
}

// TestToldDateHeading: a Markdown heading that tells what happened on a
// day written inside it dates an event titled by the heading; a page's
// stamp heading ("## Updated 5 March 2024") makes none.
func TestToldDateHeading(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "an order's headings", file: "orders.md",
			text: "# Order history\n\n## Order #4471 placed Mar 3, 2024\n\nTwo items.\n\n### Shipped 5 March 2024 via DHL\n\nTracking provided.\n",
			want: []string{"2024-03-03 | Order #4471 placed", "2024-03-05 | Shipped via DHL"}},
		{name: "a stamp heading", file: "page.md",
			text: "# Library hours\n\n## Updated 5 March 2024\n\nThe library opens at nine.\n",
			not:  []string{"2024-03-05 | Updated"}},
	})
}
