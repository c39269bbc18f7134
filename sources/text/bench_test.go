package text

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkParseSeed(b *testing.B) {
	src, err := os.ReadFile(seedPath(b))
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(s, "seed.txt", Options{})
	}
}

// BenchmarkParseLarge reads a 4 MiB Markdown compilation.
func BenchmarkParseLarge(b *testing.B) {
	unit, err := os.ReadFile("testdata/compilation_after.md")
	if err != nil {
		b.Fatal(err)
	}
	body := string(unit)[strings.Index(string(unit), "# "):]
	s := strings.Repeat(body+"\n", (4<<20)/len(body))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(s, "big.md", Options{Markdown: true})
	}
}

func BenchmarkDecodeLatin1(b *testing.B) {
	src := []byte(strings.Repeat("Caf\xe9 cr\xe8me, S\xe3o Paulo. ", 1<<15))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Decode(src, "x"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseProse reads 4 MiB of paragraphs of prose with no
// citations, the shape of a long report or a book.
func BenchmarkParseProse(b *testing.B) {
	const para = "The unrest has fueled a sweeping security crackdown there, including *mass rallies* by armed police, " +
		"and tough measures that rights advocates say restrict religious and cultural expression since July 2017.\n" +
		"Police are responsible for collecting pictures, fingerprints and household registration information.\n\n"
	s := strings.Repeat(para, (4<<20)/len(para))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(s, "prose.txt", Options{})
	}
}
