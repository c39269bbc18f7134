package text

import "testing"

// TestProductLabelTitle: a first line naming only the kind of message
// ("BULLETIN", "URGENT - IMMEDIATE BROADCAST REQUESTED") is not the
// document's title when a title line follows it; alone over a sentence it
// still is.
func TestProductLabelTitle(t *testing.T) {
	tests := []struct{ name, in, title string }{
		{"a bulletin over its advisory", "BULLETIN\nHurricane Delia Advisory Number 14\nNWS National Hurricane Center Miami FL       AL062025\n1100 PM EDT Sun Sep 14 2025\n\nThe Hurricane Watch was upgraded to a Hurricane Warning at 500 PM EDT.\n", "Hurricane Delia Advisory Number 14"},
		{"an urgent line over a warning", "URGENT - IMMEDIATE BROADCAST REQUESTED\nTornado Warning\nNational Weather Service Norman OK\n512 PM CDT Tue May 6 2025\n\nThe warning expires at 600 PM CDT.\n", "Tornado Warning"},
		{"a heading that names a thing stays the title", "Harbour Bulletin\nSpring edition\n\nThe tug was repaired last week.\n", "Harbour Bulletin"},
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
