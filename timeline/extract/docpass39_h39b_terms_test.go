package extract

import "testing"

// TestTermDateLines39: an expiry among the labelled days of an
// agreement's term ("Commencement Date: ...", "Expiry Date: ...") is the
// term's end, an event like the others; a product's expiry stays none.
func TestTermDateLines39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "term", ref: "2025-11-18", text: "The lease was signed by both parties.\n\nCommencement Date: 1 April 2025\nExpiry Date: 31 March 2027\nReview Date: 1 October 2026",
			want: []brief{{"2025-04-01", "1 April 2025", "Commencement Date"}, {"2026-10-01", "1 October 2026", "Review Date"}, {"2027-03-31", "31 March 2027", "Expiry Date"}}},
		{name: "expiry first", ref: "2025-11-18", text: "Key dates of the licence.\n\nExpiry Date: 31 March 2027\nRenewal Date: 1 January 2027",
			want: []brief{{"2027-01-01", "1 January 2027", "Renewal Date"}, {"2027-03-31", "31 March 2027", "Expiry Date"}}},
		{name: "a product", ref: "2025-11-18", text: "Paracetamol 500mg tablets.\nBatch: K2231\nExpiry Date: 31 March 2027",
			want: []brief{}},
	})
}

// TestSignatureLine39: the signature line of an instrument ("Dated this
// 15th day of March 2022") is titled by the instrument it dates.
func TestSignatureLine39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "this Lease", ref: "2025-11-18", text: "The tenant agrees to the terms of this Lease.\n\nDated this 15th day of March 2022.",
			want: []brief{{"2022-03-15", "this 15th day of March 2022", "Lease dated"}}},
		{name: "this Services Agreement", ref: "2025-11-18", text: "This Services Agreement is made between the Council and the Contractor.\n\nSigned on 15 March 2025.",
			want: []brief{{"2025-03-15", "on 15 March 2025", "Services Agreement signed"}}},
	})
}
