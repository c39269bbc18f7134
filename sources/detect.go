package sources

import (
	"archive/zip"
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/sources/sheet"
	"github.com/chronicle-project/chronicle/sources/text"
)

// Format is what kind of input a file holds.
type Format string

// The formats Read understands.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	PDF      Format = "pdf"
	DOCX     Format = "docx"
	Sheet    Format = "sheet" // CSV, TSV or JSON events (TimelineJS too)
)

// unsupported lists extensions of formats Chronicle does not read, with
// advice; files found in folders with these are skipped, named ones are
// errors.
var unsupported = map[string]string{
	".doc": "old Word format; save it as DOCX", ".xls": "spreadsheet; save it as CSV",
	".xlsx": "spreadsheet; save it as CSV", ".ods": "spreadsheet; save it as CSV",
	".odt": "OpenDocument text; save it as DOCX", ".rtf": "RTF; save it as DOCX or text",
	".ppt": "presentation", ".pptx": "presentation", ".epub": "e-book",
	".ics": "iCalendar; export its events as CSV", ".ical": "iCalendar; export its events as CSV",
	".vcs": "vCalendar; export its events as CSV",
}

// binaryExt lists extensions of files that are never text; folders skip
// them without reading them.
var binaryExt = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`.png .jpg .jpeg .gif .bmp .tif .tiff .webp .ico .heic .svgz
		.zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .jar .war .apk .iso .dmg
		.exe .dll .so .dylib .o .a .lib .class .pyc .wasm .bin .dat .db .sqlite
		.mp3 .mp4 .m4a .wav .flac .ogg .avi .mov .mkv .webm .woff .woff2 .ttf .otf .eot .psd .ai`) {
		binaryExt[e] = true
	}
}

// Detect tells the format of an input from its content (the first bytes
// are enough except for ZIP files, where data should be the whole file) and
// its name's extension, content first: a PDF is a PDF whatever it is
// called. contentType is an HTTP Content-Type, or "".
func Detect(name string, data []byte, contentType string) Format {
	head := data[:min(len(data), 4096)]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		// UTF-16 with its byte-order mark, as Excel saves "Unicode
		// Text": what it holds is told from its text, not its bytes
		if s, _, err := text.Decode(head[:len(head)&^1], name); err == nil {
			head = []byte(s)
		}
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	ext := strings.ToLower(path.Ext(name))
	if i := strings.IndexAny(ext, "?#"); i >= 0 {
		ext = ext[:i]
	}
	ct := strings.ToLower(contentType)
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return PDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		if isDOCX(data) || ext == ".docx" {
			return DOCX
		}
		return ""
	}
	switch ext {
	case ".pdf":
		return PDF
	case ".docx":
		return DOCX
	case ".csv", ".tsv", ".tab", ".json":
		return Sheet
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx":
		return Markdown
	case ".srt", ".vtt":
		// Subtitles: read as a transcript by the text reader (see
		// text.SubtitleStart).
		return Text
	}
	switch {
	case strings.Contains(ct, "html"):
		return HTML
	case strings.Contains(ct, "pdf"):
		return PDF
	case strings.Contains(ct, "wordprocessingml"):
		return DOCX
	case strings.Contains(ct, "csv"), strings.Contains(ct, "tab-separated"), strings.Contains(ct, "json"):
		return Sheet
	case strings.Contains(ct, "markdown"):
		return Markdown
	}
	lower := bytes.ToLower(trimmed[:min(len(trimmed), 1024)])
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<head"))):
		return HTML
	case !textExt[ext] && looksHTMLFragment(trimmed):
		// "<table><tr><td>Wed 12 Nov</td>...", "<p>On the evening ...</p>"
		// piped in: a page's fragment, no <html> around it (a file
		// named .txt stays the text it says it is)
		return HTML
	case text.SubtitleStart(string(trimmed)):
		// "WEBVTT", or "1" over "00:00:01,000 --> 00:00:04,000": a
		// subtitle file, whatever it is called.
		return Text
	case text.ChatLine(firstLine(trimmed)):
		// "[12/03/2024, 09:15] Ana: ...": a chat exported as text, not a
		// JSON array.
		return Text
	case looksJSON(trimmed, textExt[ext]):
		return Sheet
	case sheet.LooksCSV(string(trimmed), len(data) <= 4096):
		return Sheet
	case looksMarkdown(trimmed):
		return Markdown
	}
	return Text
}

// looksJSON reports whether b opens a JSON array or object: a bracket,
// then what a JSON value or member opens with ("[{", "{\"", "[1"), not a
// transcription's bracketed dateline ("[Weymouth, 18 June 1775]"). Of a
// file named as text (text), only an array of objects or strings.
func looksJSON(b []byte, text bool) bool {
	if len(b) == 0 || b[0] != '[' && b[0] != '{' {
		return false
	}
	rest := bytes.TrimLeft(b[1:], " \t\r\n")
	if len(rest) == 0 {
		return true
	}
	c := rest[0]
	if b[0] == '{' {
		return c == '"' || c == '}'
	}
	if text {
		return c == '{' || c == '"' // a file named .txt: "[1775]" opening it is an editor's bracket
	}
	return c == '{' || c == '[' || c == '"' || c == ']' || c == '-' || c >= '0' && c <= '9' ||
		bytes.HasPrefix(rest, []byte("true")) || bytes.HasPrefix(rest, []byte("false")) || bytes.HasPrefix(rest, []byte("null"))
}

// textExt are the extensions of plain text: what such a file holds is
// read as text, tags and all.
var textExt = map[string]bool{".txt": true, ".text": true, ".log": true}

// blockTags are the elements a fragment of a page opens with or is made
// of.
var blockTags = map[string]bool{
	"p": true, "div": true, "table": true, "thead": true, "tbody": true, "tr": true, "td": true, "th": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "article": true, "section": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true, "header": true,
	"footer": true, "main": true, "nav": true, "aside": true, "figure": true, "pre": true, "caption": true,
}

// tagRe is an element's opening or closing tag: its slash and its name.
var tagRe = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>`)

// looksHTMLFragment reports whether b, text without a telling extension,
// is a fragment of a page: after comments, it opens with a block element
// and closes one somewhere, or it holds three block elements each opened
// and closed. Text that names a tag in a sentence ("use <p> for
// paragraphs") or Markdown with an inline <br> is not one.
func looksHTMLFragment(b []byte) bool {
	s := string(b[:min(len(b), 4096)])
	for strings.HasPrefix(s, "<!--") {
		end := strings.Index(s, "-->")
		if end < 0 {
			return false
		}
		s = strings.TrimSpace(s[end+3:])
	}
	open, closed := map[string]int{}, map[string]int{}
	first := true
	opens := false
	for _, m := range tagRe.FindAllStringSubmatchIndex(s, -1) {
		name := strings.ToLower(s[m[4]:m[5]])
		if !blockTags[name] {
			first = false
			continue
		}
		if first && m[0] == 0 && m[3] == m[2] {
			opens = true
		}
		first = false
		if m[3] > m[2] {
			closed[name]++
		} else {
			open[name]++
		}
	}
	pairs := 0
	for name, n := range open {
		pairs += min(n, closed[name])
	}
	return opens && pairs >= 1 || pairs >= 3
}

// isDOCX reports whether data is a ZIP archive holding word/document.xml.
func isDOCX(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

// looksMarkdown reports whether text without a telling extension uses
// Markdown's block syntax: front matter, "#" headings, fenced code or
// links.
func looksMarkdown(b []byte) bool {
	s := string(b[:min(len(b), 4096)])
	if strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n") {
		return true
	}
	var signs int
	for line := range strings.Lines(s) {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "# "), strings.HasPrefix(t, "## "), strings.HasPrefix(t, "### "),
			strings.HasPrefix(t, "```"):
			signs += 2
		case strings.Contains(t, "]("):
			signs++
		}
	}
	return signs >= 2
}

// firstLine is the first line of b, at most 512 bytes of it.
func firstLine(b []byte) string {
	line, _, _ := bytes.Cut(b[:min(len(b), 512)], []byte("\n"))
	return string(bytes.TrimRight(line, "\r"))
}
