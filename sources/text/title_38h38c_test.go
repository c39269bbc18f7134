package text

import "testing"

// TestNumberedSectionHeading38h38c: a numbered heading of section words
// ("1. ACTION", "2.1 Background") names a section, not the document, which
// the lines in capitals over it name ("1. ACTION" was the title).
func TestNumberedSectionHeading38h38c(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"final notice", "FINANCIAL CONDUCT REGULATOR\nFINAL NOTICE\n\nTo: Brightwater Payments Limited\nDate: 22 April 2024\n\n1. ACTION\n\n1.1. The Authority imposes a penalty on the firm.\n\n2. SUMMARY OF REASONS\n\n2.1. On 15 October 2020 the Authority wrote to the firm.\n",
			"FINANCIAL CONDUCT REGULATOR"},
		{"decimal number", "WENDMOOR COUNCIL\nAUDIT COMMITTEE\n\n2.1 Background\n\nThe committee met on 4 March 2024 to review the accounts.\n",
			"WENDMOOR COUNCIL"},
		{"a heading not made of section words is left as it was", "FINANCIAL CONDUCT REGULATOR\nFINAL NOTICE\n\n1. Brightwater Payments Limited\n\nThe Authority imposed a penalty on 22 April 2024.\n",
			"1. Brightwater Payments Limited"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			if doc.Title != tt.want {
				t.Errorf("title = %q, want %q\n%s", doc.Title, tt.want, dump(doc))
			}
		})
	}
}
