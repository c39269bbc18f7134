package tempex

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestGuessModeAside: a history with one aside that speaks from the
// writer's day ("Last week our class visited the museum") is still a
// history; a story that speaks from its day more often is news.
func TestGuessModeAside(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 3}
	essay := "The First World War (1914–1918) was long. It began after the assassination on 28 June 1914. " +
		"On 28 July 1914 Austria-Hungary declared war, and by early August most powers had joined. " +
		"After the Marne in September 1914 both sides dug in. The Somme began on 1 July 1916. " +
		"In 1917 the United States entered the war in April. The treaty was signed in March 1918. " +
		"The offensive of 1918 failed, and the armistice came on 11 November 1918.\n\n"
	tests := []struct {
		name string
		text string
		want Mode
	}{
		{"a history with one aside", essay + "Last week our class visited the museum.", Narrative},
		{"a history told from the writer's week", essay + "Last week our class visited the museum. Yesterday we wrote about it, and next week we sit the test.", News},
	}
	for _, tt := range tests {
		if got := GuessMode(tt.text, Options{Ref: ref}); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
