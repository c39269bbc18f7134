package text

import "testing"

// TestDatelineClockZoneNote: a place-and-day line whose clock time
// carries its zone in brackets ("Brasilia, September 18, 2024, 6:30 pm
// (Brasilia time, UTC-3)") dates the document, as it does without them,
// alone or under a title.
func TestDatelineClockZoneNote(t *testing.T) {
	tests := []struct{ name, in string }{
		{"alone", "Brasilia, September 18, 2024, 6:30 pm (Brasilia time, UTC-3)\n\nThe Committee decided today to raise the Selic rate.\n"},
		{"under a title", "Copom statement\nBrasilia, September 18, 2024, 6:30 pm (Brasilia time, UTC-3)\n\nThe Committee decided today to raise the Selic rate.\n"},
		{"local time", "Frankfurt, 12 September 2024, 14:15 (local time)\n\nThe Governing Council decided today to lower the rate.\n"},
		{"UTC", "Ottawa, 4 June 2024, 09:45 (UTC-4)\n\nThe Bank lowered its policy rate today.\n"},
	}
	want := map[string]string{"alone": "2024-09-18", "under a title": "2024-09-18", "local time": "2024-09-12", "UTC": "2024-06-04"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			body := bodyOf(t, doc)
			if body.Citation.Date != date(t, want[tt.name]) {
				t.Errorf("ref = %s from %q, want %s\n%s", body.Citation.Date, body.RefFrom, want[tt.name], dump(doc))
			}
		})
	}
}
