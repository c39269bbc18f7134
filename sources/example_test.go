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
	//   -:1:1: body of "stdin": 2011-03-03 from the dateline at -:1:9
	// testdata/latin1.txt: text (Windows-1252), 3 sections
	//   testdata/latin1.txt:5:1: body of "Café Closes After Forty Years": 2018-02-02 from the Published/Updated line at testdata/latin1.txt:3:12
}

func ExampleResult_Notes() {
	res, _ := sources.Read(context.Background(), []string{"testdata/latin1.txt", "testdata/utf16le.txt"}, sources.Options{})
	for _, n := range res.Notes() {
		fmt.Println(n)
	}
	// Output:
	// testdata/latin1.txt: not UTF-8; read as Windows-1252 (Western European). Save it as UTF-8 if the accents look wrong.
}
