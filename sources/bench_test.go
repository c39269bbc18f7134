package sources

import (
	"context"
	"os"
	"testing"
)

// BenchmarkReadFolder reads the test folder: a Markdown file, a text file,
// an event sheet, an HTML page and the files it skips.
func BenchmarkReadFolder(b *testing.B) {
	var size int64
	for _, p := range []string{"testdata/folder/a_report.md", "testdata/folder/b_notes.txt", "testdata/folder/sub/c_events.csv", "testdata/folder/sub/d_page.html"} {
		fi, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(context.Background(), []string{"testdata/folder"}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	data, err := os.ReadFile("testdata/folder/sub/d_page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Detect("page", data, "")
	}
}
