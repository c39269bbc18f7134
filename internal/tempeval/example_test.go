package tempeval_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/internal/tempeval"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func ExampleScore() {
	text := "Shares fell on Sunday morning and rose in 2016."
	gold := []tempeval.Span{
		{Start: 15, End: 29, Type: "TIME", Value: "2017-12-10TMO"}, // Sunday morning
		{Start: 42, End: 46, Type: "DATE", Value: "2016"},
	}
	system := []tempeval.Span{
		{Start: 15, End: 21, Type: "DATE", Value: "2017-12-10"}, // Sunday: relaxed match only
		{Start: 42, End: 46, Type: "DATE", Value: "2016"},
		{Start: 0, End: 6, Type: "DATE", Value: "XXXX"}, // a false alarm
	}
	r := tempeval.Score(text, gold, system)
	fmt.Printf("pairs %d, strict %d, misses %d, false alarms %d\n", len(r.Pairs), r.Strict, len(r.Misses), len(r.FalseAlarms))
	fmt.Printf("strict F1 %.3f, relaxed F1 %.3f, value F1 %.3f, type F1 %.3f\n",
		r.StrictF1(), r.RelaxedF1(), r.ValueF1(), r.TypeF1())
	// Output:
	// pairs 2, strict 1, misses 0, false alarms 1
	// strict F1 0.400, relaxed F1 0.800, value F1 0.400, type F1 0.400
}

func ExampleTagDocument() {
	src := []byte(`<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-12-13" functionInDocument="CREATION_TIME">Dec. 13, 2017</TIMEX3></DCT>
<TEXT>The talks <EVENT eid="e1">began</EVENT> on <TIMEX3 tid="t7" type="DATE" value="XXXX">13 November 2017</TIMEX3>.</TEXT>
</TimeML>`)
	var out strings.Builder
	tagged, err := tempeval.TagDocument(&out, "talks.tml", src, tempeval.TagOptions{Mode: tempex.News})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.String())
	fmt.Println(len(tagged.Doc.Timexes), "gold,", len(tagged.Placed), "ours")
	// Output:
	// <TimeML>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="2017-12-13" functionInDocument="CREATION_TIME">Dec. 13, 2017</TIMEX3></DCT>
	// <TEXT>The talks <EVENT eid="e1">began</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2017-11-13">13 November 2017</TIMEX3>.</TEXT>
	// </TimeML>
	// 1 gold, 1 ours
}
