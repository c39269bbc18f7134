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
		{name: "a question heading", file: "faq.md",
			text: "# Outage\n\n## What happened on 7 March 2024\n\nThe power failed.\n",
			not:  []string{"2024-03-07 | What happened"}},
		{name: "a stamp heading", file: "page.md",
			text: "# Library hours\n\n## Updated 5 March 2024\n\nThe library opens at nine.\n",
			not:  []string{"2024-03-05 | Updated"}},
	})
}

// TestMonthIssueTitle: a month's issue ("October 2021 Newsletter",
// "Newsletter — October 2021") counts its "this year", "in July" and
// "next spring" from that month, each at the precision it is written.
func TestMonthIssueTitle(t *testing.T) {
	body := "\n\nOur club grew a lot this year. In July we held the summer fair. Next spring we will open the new hall.\n"
	want := []string{"2021 | Our club grew", "2021-07 | We held the summer fair", "2022-SP | We will open the new hall"}
	runDocCases(t, []docCase{
		{name: "month first", file: "news.txt", text: "October 2021 Newsletter" + body, want: want},
		{name: "month last", file: "news2.txt", text: "Newsletter — October 2021" + body, want: want},
	})
}

// TestSignoffSigner: a signature's date read as the document's own (a
// sign-off under "/s/ Jane Roe", a lone "Signed: ... Date: ..." line) is
// an event naming who signs.
func TestSignoffSigner(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a signed line alone", file: "signed.txt",
			text: "Signed: J. Harper  Date: 14 May 2025\n",
			want: []string{"2025-05-14 | J. Harper signs"}},
		{name: "an /s/ sign-off", file: "agreement.txt",
			text: "Agreement\n\nThe parties agree.\n\n/s/ Jane Roe\nDated: March 3, 2024\n",
			want: []string{"2024-03-03 | Jane Roe signs"}},
	})
}
