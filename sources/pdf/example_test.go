package pdf_test

import (
	"fmt"
	"os"

	"github.com/chronicle-project/chronicle/sources/pdf"
)

func ExampleRead() {
	f, err := os.Open("report.pdf")
	if err != nil {
		fmt.Println("no report.pdf here")
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := pdf.Read(f, fi.Size(), "report.pdf")
	if err != nil {
		fmt.Println(err) // report.pdf: encrypted PDF (it needs a password), not supported
		return
	}
	for _, s := range doc.Sections { // one per page, in reading order
		fmt.Println(s.Pos.Line, s.Citation.Date, s.Text)
	}
	// Output: no report.pdf here
}
