package sources_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/chronicle-project/chronicle/sources"
)

func ExampleRead() {
	stdin := strings.NewReader("GENEVA, March 3, 2011 (Wire) — Aid agencies warned on Thursday that food stocks would run out.\n")
	res, err := sources.Read(context.Background(), []string{"-", "testdata/latin1.txt", "testdata/no-such-file.txt"}, sources.Options{Stdin: stdin})
	if err != nil {
		fmt.Println(err) // one line per input that could not be read
	}
	for _, in := range res.Inputs {
		fmt.Println(in.Name, in.Format, in.Encoding)
	}
	res.Explain(os.Stdout)
	// Output:
	// testdata/no-such-file.txt: no such file or directory
	// - text UTF-8
	// testdata/latin1.txt text Windows-1252
	// -: text (UTF-8), 1 sections
	//   -:1:1: body of "-": 2011-03-03 from the dateline at -:1:9
	// testdata/latin1.txt: text (Windows-1252), 3 sections
	//   testdata/latin1.txt:5:1: body of "Café Closes After Forty Years": 2018-02-02 from the Published/Updated line at testdata/latin1.txt:3:12
}
