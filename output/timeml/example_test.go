package timeml_test

import (
	"fmt"
	"os"

	"github.com/chronicle-project/chronicle/output/timeml"
)

// A TimeML reader gives the layout of TEXT; here it is written by hand for
// "<TEXT>on <EVENT>Friday</EVENT></TEXT>", whose plain text is "on Friday".
func ExampleRewrite() {
	doc := []byte(`<TEXT>on <EVENT eid="e1">Friday</EVENT></TEXT>`)
	src := timeml.Source{
		Bytes: doc,
		Pieces: []timeml.Piece{
			{Kind: timeml.Chars, Src: [2]int{6, 9}, Text: [2]int{0, 3}},
			{Kind: timeml.Markup, Src: [2]int{9, 25}, Text: [2]int{3, 3}, Name: "EVENT"},
			{Kind: timeml.Chars, Src: [2]int{25, 31}, Text: [2]int{3, 9}},
			{Kind: timeml.Markup, Src: [2]int{31, 39}, Text: [2]int{9, 9}, Name: "EVENT", Close: true},
		},
	}
	placed, err := timeml.Rewrite(os.Stdout, src, []timeml.Timex{
		{Start: 3, End: 9, Type: "DATE", Value: "2013-03-22"},
	})
	fmt.Println()
	fmt.Println(len(placed), err)
	// Output:
	// <TEXT>on <EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3></EVENT></TEXT>
	// 1 <nil>
}
