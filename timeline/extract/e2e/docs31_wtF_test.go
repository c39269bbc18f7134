package e2e_test

import "testing"

// TestDocs31F pins session 31's title fixes (helper F) on whole documents
// read as the command reads them.
func TestDocs31F(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a tribute's heading names the life",
			file: "tribute.txt",
			text: "Remembering Cal Brennan (1949–2021)\n\nCal Brennan died on 8 January 2021.\n",
			want: []string{"1949/2021 | Life of Cal Brennan", "2021-01-08 | Cal Brennan died"},
		},
	})
}

// TestFieldThenSentence31F: a field line without a full stop ends where a
// sentence of its own starts on the next line.
func TestFieldThenSentence31F(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a died field over a sentence",
			file: "bio.txt",
			text: "Died: 18 April 1955, Princeton\nShe published her thesis in 1905.\n",
			want: []string{"1905 | She published her thesis"},
			not:  []string{"1905 | Princeton"},
		},
	})
}

// TestTourRows31F: every row of a list of dated rows under a document's
// heading is titled alike, without the heading in front.
func TestTourRows31F(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "tour rows",
			file: "tour.txt",
			text: "HOLLOW PINES ANNOUNCE AUTUMN TOUR\n\nLEEDS, August 4, 2024 — Hollow Pines today announced a tour.\n\nTour dates:\nSeptember 3 – Leeds, Brudenell Social Club\nSeptember 9 – Bristol, Fleece\nSeptember 14 – Cardiff, Clwb Ifor Bach\n",
			want: []string{"2024-09-03 | Leeds, Brudenell Social Club", "2024-09-09 | Bristol, Fleece", "2024-09-14 | Cardiff, Clwb Ifor Bach"},
		},
	})
}
