package text_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/sources/text"
)

// A subtitle file is read as a transcript: the cue numbers, the timing
// lines and the tags are not its text, the cues of one speaker are joined
// so that a sentence cut across cues is one, and every byte of the text
// still maps back to the cue line it came from.
func ExampleSubtitleStart() {
	const srt = `1
00:00:31,800 --> 00:00:35,000
ANA: <i>The Act received royal assent</i>

2
00:00:35,000 --> 00:00:38,400
on 5 July 1956.

3
00:00:38,400 --> 00:00:40,000
- Tomas: See you next week.
`
	fmt.Println(text.SubtitleStart(srt))
	fmt.Println(text.SubtitleStart("WEBVTT - Old Laws, New Questions\n"))
	fmt.Println(text.SubtitleStart("1. Parliament passed it on 5 July 1956.\n"))
	doc := text.Parse(srt, "episode.srt", text.Options{})
	s := doc.Sections[0]
	fmt.Printf("%q\n", s.Text)
	p := s.PosAt(strings.Index(s.Text, "on 5 July"))
	fmt.Printf("%q at %d:%d\n", "on 5 July", p.Line, p.Col)
	// Output:
	// true
	// true
	// false
	// "ANA: The Act received royal assent on 5 July 1956.\n\nTomas: See you next week."
	// "on 5 July" at 7:1
}
