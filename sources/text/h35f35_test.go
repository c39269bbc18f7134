package text

import (
	"strings"
	"testing"
)

// TestFootnoteMarks35h35f: the mark of a Markdown footnote ("[^1]",
// "[^note]"), which Markdown shows as a raised number, is no text of the
// sentence it follows; its definition ("[^1]: ...") keeps its mark, and
// plain text keeps what it wrote.
func TestFootnoteMarks35h35f(t *testing.T) {
	for _, tc := range []struct {
		name, file, in, want, not string
	}{
		{"a numbered mark", "h.md", "# Inventions\n\nJames Hargreaves invents the spinning jenny.[^1] It spreads fast.\n\n[^1]: Some books give 1765.\n", "invents the spinning jenny. It spreads fast.", "jenny.[^1]"},
		{"a named mark", "h.md", "# Inventions\n\nThe mule was built in 1779.[^mule]\n\n[^mule]: Crompton never patented it.\n", "The mule was built in 1779.\n", "1779.[^mule]"},
		{"plain text keeps it", "h.txt", "Inventions\n\nThe mule was built in 1779.[^mule]\n", "The mule was built in 1779.[^mule]", ""},
		{"a definition keeps its mark", "h.md", "# Inventions\n\nThe mule was built in 1779.[^mule]\n\n[^mule]: Crompton never patented it.\n", "[^mule]: Crompton", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var all []string
			for _, s := range Parse(tc.in, tc.file, Options{Markdown: strings.HasSuffix(tc.file, ".md")}).Sections {
				all = append(all, s.Text)
			}
			text := strings.Join(all, "\n")
			if !strings.Contains(text, tc.want) || tc.not != "" && strings.Contains(text, tc.not) {
				t.Errorf("text %q: want %q, not %q", text, tc.want, tc.not)
			}
		})
	}
}
