package e2e_test

import "testing"

// TestContractDateFields: a contract's header field of the day it was
// made ("Date of agreement:", "Date of this Lease:", "Dated:" under the
// contract's title) dates the document and is an event of it; "Dated:"
// under another title (a memo's) only dates it.
func TestContractDateFields(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "date of agreement", file: "agreement.txt",
			text: "SUPPLY AGREEMENT\n\nDate of agreement: 18 April 2025\n\nDeliveries start on 2 May 2025.\n",
			want: []string{"2025-04-18 | Date of agreement", "2025-05-02 | Deliveries start"}},
		{name: "date of this lease", file: "lease.txt",
			text: "LEASE\n\nDate of this Lease: 3 June 2019\n\nThe term starts on 24 June 2019.\n",
			want: []string{"2019-06-03 | Date of this Lease", "2019-06-24 | The term starts"}},
		{name: "dated under the contract's title", file: "tenancy.txt",
			text: "TENANCY AGREEMENT\n\nDated: 14 February 2022\n\nThe Landlord agrees to let the flat to the Tenant.\n\nThe tenancy commences on 1 March 2022.\n",
			want: []string{"2022-02-14 | Tenancy Agreement dated", "2022-03-01 | The tenancy commences"}},
		{name: "dated under a memo's title", file: "memo.txt",
			text: "Memo to staff\n\nDated: 14 February 2022\n\nThe office closes on 1 March 2022.\n",
			want: []string{"2022-03-01 | The office closes"}, not: []string{"2022-02-14"}},
	})
}
