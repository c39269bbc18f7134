package text

import "testing"

// TestBracketedSubtitle: a subtitle in brackets under a masthead
// ("RESERVE BANK OF INDIA¶[Under the Reserve Bank of India Act]") keeps
// the masthead the document's title; a section heading further down
// ("Assessment") does not take its place.
func TestBracketedSubtitle(t *testing.T) {
	body := "\n\nThe meeting was held during October 7 to 9, 2024.\n\nAssessment\n\nCPI inflation rose to 3.7 per cent in August.\n"
	tests := []struct{ name, in, title string }{
		{"square brackets", "RESERVE BANK OF INDIA\n[Under the Reserve Bank of India Act]" + body, "RESERVE BANK OF INDIA"},
		{"round brackets", "Harbour Trust Annual Report\n(Prepared under section 12 of the Harbours Act)" + body, "Harbour Trust Annual Report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q\n%s", doc.Title, tt.title, dump(doc))
			}
		})
	}
}
