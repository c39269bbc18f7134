package tempex_test

import (
	"fmt"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func ExampleTag() {
	ref, _ := timeline.ParseDate("2017-12-13")
	text := "Chinese authorities have collected DNA from the whole population of Xinjiang, " +
		"Human Rights Watch said on Wednesday. Hundreds of people have been killed there " +
		"in the past few years. According to a plan posted in July, all people between " +
		"the age of 12 and 65 are to give samples."
	for _, x := range tempex.Tag(text, tempex.Options{Ref: ref}) {
		fmt.Printf("%q %s %s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// "Wednesday" DATE 2017-12-13
	// "the past few years" DURATION PXY
	// "July" DATE 2017-07
}

func ExampleTag_tense() {
	ref, _ := timeline.ParseDate("2017-12-13") // a Wednesday
	for _, s := range []string{
		"The minister resigned on Friday.",
		"The minister will resign on Friday.",
	} {
		x := tempex.Tag(s, tempex.Options{Ref: ref})[0]
		fmt.Println(x.Text, x.Value)
	}
	// Output:
	// Friday 2017-12-08
	// Friday 2017-12-15
}

func ExampleTag_range() {
	ref, _ := timeline.ParseDate("2017-12-13")
	xs := tempex.Tag("The exhibition runs from July to December 2018.", tempex.Options{Ref: ref})
	for i, x := range xs {
		fmt.Println(i, x.Text, x.Value, x.RangeEnd)
	}
	// Output:
	// 0 July 2018-07 1
	// 1 December 2018 2018-12 -1
}

func ExampleTag_narrative() {
	text := "The siege began in March 1812. The following year the city fell, and two days later the king fled."
	for _, x := range tempex.Tag(text, tempex.Options{Mode: tempex.Narrative}) {
		fmt.Println(x.Text, x.Type, x.Value)
	}
	// Output:
	// March 1812 DATE 1812-03
	// The following year DATE 1813
	// two days later DATE 1813-XX-XX
}

func ExampleTagger() {
	ref, _ := timeline.ParseDate("2017-12-13")
	tg := tempex.New(tempex.Options{Ref: ref})
	var buf []tempex.Timex
	for _, s := range []string{"Shares fell 3% yesterday.", "The plant closed in the 1990s."} {
		buf = tg.Append(buf[:0], s)
		for _, x := range buf {
			fmt.Println(x.Text, x.Value, x.Date.Prec)
		}
	}
	// Output:
	// yesterday 2017-12-12 day
	// the 1990s 199 decade
}

func ExampleGuessMode() {
	ref := timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}
	history := "Rome was founded in 753 BC. The Republic began in 509 BC. Caesar died in 44 BC."
	news := "The ministry said on Wednesday that the plan, first posted in July, was legal."
	fmt.Println(tempex.GuessMode(history, tempex.Options{Ref: ref}))
	fmt.Println(tempex.GuessMode(news, tempex.Options{Ref: ref}))
	// Output:
	// narrative
	// news
}

// Days a contract defines by name anchor the amounts counted from them.
func ExampleDefinedDates() {
	text := `The lease starts on 1 April 2025 (the "Commencement Date"). ` +
		`The tenant shall pay the deposit within 14 days of the Commencement Date.`
	opt := tempex.Options{Ref: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 20}}
	opt.Anchors = tempex.DefinedDates(text, opt)
	for _, x := range tempex.Tag(text, opt) {
		if x.Mod != timeline.ModNone {
			fmt.Println(x.Text+":", x.Value, x.Mod)
		} else {
			fmt.Println(x.Text+":", x.Value)
		}
	}
	// Output:
	// 1 April 2025: 2025-04-01
	// 14 days of the Commencement Date: 2025-04-15 ON_OR_BEFORE
}
