package e2e_test

import "testing"

// TestDocs28I pins documents read whole, from session 28's blind passes:
// header lines that date the document though they do not open with a
// label of their own (a leaflet's publication after its name, a book's
// edition, a judgment's sending), and header lines under a line of its
// maker's name or a form's fields.
func TestDocs28I(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a leaflet's publication line under its title",
			file: "walk.txt",
			text: "OLD TOWN HERITAGE WALK\nLeaflet published 2 April 2023\n\nOur 500th tour took place last Sunday.\n",
			want: []string{"2023-03-26 | Our 500th tour took place"},
			not:  []string{"2023-04-02"},
		},
		{
			name: "a leaflet's publication line first in the document",
			file: "walk.txt",
			text: "Leaflet published 2 April 2023\n\nOur 500th tour took place last Sunday.\n",
			want: []string{"2023-03-26 | Our 500th tour took place"},
			not:  []string{"2023-04-02"},
		},
		{
			name: "a publication told in a sentence is no header line",
			file: "walk.txt",
			text: "The leaflet was published 2 April 2023\n\nOur 500th tour took place last Sunday.\n",
			not:  []string{"2023-03-26"},
		},
		{
			name: "a guidebook's edition line",
			file: "guide.txt",
			text: "Third edition, July 2012\n\nThe bells were rehung last year.\n",
			want: []string{"2011 | The bells were rehung"},
		},
		{
			name: "an edition told in a sentence is no header line",
			file: "guide.txt",
			text: "The third edition, July 2012, sold out in a week.\n\nThe bells were rehung last year.\n",
			not:  []string{"2011"},
		},
		{
			name: "a judgment's line of its sending to the parties",
			file: "judgment.txt",
			text: "EMPLOYMENT TRIBUNALS\nRESERVED JUDGMENT\nSent to the parties on 30 September 2022\n\nThe respondent replied last month.\n",
			want: []string{"2022-09-30 | Sent to the parties", "2022-08 | The respondent replied"},
		},
		{
			name: "the sending line under a form's fields",
			file: "judgment.txt",
			text: "EMPLOYMENT TRIBUNALS\nClaimant: Ms R Okonjo\nRespondent: Harbour Bakeries Ltd\nHeard at: Hull (by video)   On: 12 and 13 June 2023\nBefore: Employment Judge Marsh\n\nRESERVED JUDGMENT\nSent to the parties on 4 July 2023\n\nREASONS\n1. The claim form was presented on 2 March 2023.\n2. The claimant found new work last month.\n",
			want: []string{"2023-07-04 | Sent to the parties", "2023-06 | The claimant found new work", "2023-03-02 | The claim form was presented"},
		},
		{
			name: "a decision date under a site visit line and the inspector's name",
			file: "appeal.txt",
			text: "Appeal Decision\nSite visit made on 11 October 2023\nby J Ferris\nDecision date: 2 November 2023\n\nHearings are expected next spring.\n",
			want: []string{"2024-SP | Hearings are expected"},
		},
		{
			name: "the inspector's name with letters and office after a comma",
			file: "appeal.txt",
			text: "Appeal Decision\nSite visit made on 5 March 2024\nby A Okafor BA(Hons) MRTPI, an Inspector appointed by the Secretary of State\nDecision date: 20 March 2024\n\nThe council adopted its plan last year.\n",
			want: []string{"2023 | The council adopted its plan"},
		},
		{
			name: "a judgment date line alone dates the document",
			file: "judgment.txt",
			text: "Judgment date: 22 July 2022.\n\nThe mother moved to Leeds last year.\n",
			want: []string{"2021 | The mother moved to Leeds"},
		},
	})
}
