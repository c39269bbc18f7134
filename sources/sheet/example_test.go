package sheet_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/sources/sheet"
)

func ExampleRead() {
	const csv = `When,Event,Outlet
Jul 2017,Collection begins,The Himalayan Times
13/12/2017,Statement,The Himalayan Times
1939-1945,The Second World War,
sometime,Unreadable,
`
	events, err := sheet.Read(strings.NewReader(csv), "notes.csv", sheet.Options{})
	for _, e := range events {
		fmt.Printf("%-10s %-5s %-7s %s (%s)\n", e.Span.Start, e.Span.End, e.Span.Precision(), e.Title, e.Source().Name())
	}
	fmt.Println(err)
	// Output:
	// 2017-07          month   Collection begins (The Himalayan Times)
	// 2017-12-13       day     Statement (The Himalayan Times)
	// 1939       1945  year    The Second World War (notes.csv)
	//                          Unreadable (notes.csv)
	// notes.csv:5:1: When "sometime": cannot read date "sometime"
}
