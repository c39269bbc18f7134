package sources_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
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

func ExampleEach() {
	// A long text on standard input: past PartBytes it comes in parts,
	// each dated by the dateline of the first.
	var sb strings.Builder
	sb.WriteString("GENEVA, March 3, 2011 (Wire) — Aid agencies warned on Thursday that food stocks would run out.\n\n")
	for sb.Len() < 100<<10 {
		sb.WriteString("Convoys waited at the border for a second week, and the talks went on.\n\n")
	}
	opt := sources.Options{Stdin: strings.NewReader(sb.String()), PartBytes: 32 << 10}
	res, err := sources.Each(context.Background(), []string{"-"}, opt, func(doc *timeline.Document) error {
		sec := &doc.Sections[0]
		fmt.Printf("part %d: %s\n", doc.Part, sources.Explain(doc, sec))
		return nil // doc is not kept
	})
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(res.Inputs[0].Name, res.Inputs[0].Format, res.Inputs[0].Encoding, len(res.Documents))
	// Output:
	// part 0: -:1:1: body of "stdin": 2011-03-03 from the dateline at -:1:9
	// part 1: -:909:1: body of "stdin": 2011-03-03 from the dateline at -:1:9
	// part 2: -:1819:1: body of "stdin": 2011-03-03 from the dateline at -:1:9
	// part 3: -:2729:1: body of "stdin": 2011-03-03 from the dateline at -:1:9
	// - text UTF-8 0
}
