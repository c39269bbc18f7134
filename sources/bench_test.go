package sources

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
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

// peakHeap samples the heap while run runs and returns its peak over what
// was live before, after a collection.
func peakHeap(run func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	run()
	close(done)
	wg.Wait()
	return peak - min(peak, base)
}

// BenchmarkInputs reads 4 MiB of each kind of input, from a file: peak-x
// is the heap's peak (garbage included) over the input's size, the figure
// the package doc states. A page is read whole, a sheet row by row, a text
// in parts (and whole, for comparison, with a part larger than it).
func BenchmarkInputs(b *testing.B) {
	var page, sheet, text strings.Builder
	page.WriteString("<!doctype html><html><head><title>Log</title><meta property=\"article:published_time\" content=\"2014-06-04\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Log</h1>\n")
	for page.Len() < 4<<20 {
		page.WriteString("<p>The ferry left at dawn on Wednesday and came back late, as it did on <b>5 May 2010</b>; the crew said little.</p>\n")
	}
	page.WriteString("</article><footer>© Harbour Gazette</footer></body></html>\n")
	sheet.WriteString("date,headline,text,source\n")
	for i := 0; sheet.Len() < 4<<20; i++ {
		fmt.Fprintf(&sheet, "%d May 2010,Ferry %d late,\"The ferry left at dawn, and came back late.\",Harbour Gazette\n", i%28+1, i)
	}
	for text.Len() < 4<<20 {
		text.WriteString("The ferry left at dawn on Wednesday and came back late, as it did on 5 May 2010.\n\n")
	}
	tests := []struct {
		name, file, data string
		opt              Options
	}{
		{name: "html", file: "page.html", data: page.String()},
		{name: "sheet", file: "events.csv", data: sheet.String()},
		{name: "text-whole", file: "log.txt", data: text.String(), opt: Options{PartBytes: 8 << 20}},
		{name: "text-parts", file: "log.txt", data: text.String()},
	}
	dir := b.TempDir()
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			p := filepath.Join(dir, tt.file)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(tt.data)))
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				peak = peakHeap(func() {
					if _, err := Each(context.Background(), []string{p}, tt.opt, func(*timeline.Document) error { return nil }); err != nil {
						b.Fatal(err)
					}
				})
			}
			b.ReportMetric(float64(peak)/float64(len(tt.data)), "peak-x")
		})
	}
}
