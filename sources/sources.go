package sources

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/sources/html"
	"github.com/chronicle-project/chronicle/sources/sheet"
	"github.com/chronicle-project/chronicle/sources/text"
	"github.com/chronicle-project/chronicle/timeline"
)

// The defaults of Options.
const (
	// DefaultMaxBytes bounds each input read whole — HTML, PDF, DOCX and
	// JSON sheets — when Options.MaxBytes is 0: 64 MiB. A larger one is
	// refused before it is read when its size is known, else as soon as
	// it passes the bound. Text, Markdown, CSV and TSV are not bounded by
	// it: one larger than a part is read as a stream (see the package
	// doc, "Memory"), in memory that does not grow with its size but for
	// the events found.
	DefaultMaxBytes = text.DefaultMaxBytes
	// DefaultTimeout bounds fetching one URL: 30 seconds.
	DefaultTimeout = 30 * time.Second
)

// The reasons an input is refused, for errors.Is. Reasons of the readers
// (text.ErrBinary, text.ErrEmpty, text.ErrInvalidUTF8, sheet.ErrNotSheet,
// ...) are wrapped as they are.
var (
	ErrTooLarge    = text.ErrTooLarge
	ErrBinary      = text.ErrBinary
	ErrEmpty       = text.ErrEmpty
	ErrUnsupported = errors.New("unsupported format")
	ErrFetch       = errors.New("cannot fetch")
)

// Options configure Read.
type Options struct {
	// RefDate is the reference date of documents, and sections, whose own
	// date cannot be found (--ref-date). A date the document states wins.
	RefDate timeline.Date
	// Include and Exclude are glob patterns that select the files read
	// from folders: a file is read if it matches some Include pattern (or
	// Include is empty) and no Exclude pattern. A pattern matches a file's
	// base name or its slash-separated path relative to the folder given,
	// in path.Match syntax segment by segment, with "**" standing for any
	// number of folders ("**/*.md", "drafts/**"); an Exclude pattern
	// matching a folder skips all of it. Files named on the command line
	// are always read. A malformed pattern is an error (see CheckGlobs).
	Include, Exclude []string
	// DayFirst sets the order of ambiguous numeric dates (03/04/2017):
	// true for day first, false for month first, nil to detect it (per
	// sheet, and per document for the dates of a document's header, as
	// text.Options describes).
	DayFirst *bool
	// Timeout bounds fetching each URL (DefaultTimeout when 0).
	Timeout time.Duration
	// MaxBytes bounds each input. When 0, inputs read whole (HTML, PDF,
	// DOCX, JSON sheets) are bounded by DefaultMaxBytes and those read as
	// a stream (text, Markdown, CSV and TSV sheets) are not bounded at all.
	MaxBytes int64
	// PartBytes is the size of the parts text and Markdown larger than it
	// are read in (text.PartBytes, 1 MiB, when 0); a CSV or TSV sheet
	// larger than it is read row by row.
	PartBytes int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Client fetches URLs; nil uses a client with Timeout.
	Client *http.Client
	// Skip, if set, is asked of every file met walking a folder (not of
	// the files named as inputs): a file for which it gives a reason, such
	// as a page the program itself wrote there, is not read.
	Skip func(path string) (reason string)
}

// Result is what Read or Each found.
type Result struct {
	// Documents are the documents Read read, in the order of the inputs;
	// a text larger than Options.PartBytes is read in parts, each a
	// Document (see Document.Part). Each leaves it empty: it hands the
	// documents to its function instead.
	Documents []*timeline.Document
	Events    []timeline.Event // from event sheets, in order
	// Inputs lists every input read, in order, with its format.
	Inputs []Input
	// Skipped lists the files of folders that were not read, and why.
	Skipped []Skip
	// Warnings are positioned remarks on inputs that were read whole, such
	// as a sheet column whose name was not recognised (its cells are kept
	// in the event text). They are not failures; Notes includes them.
	Warnings timeline.ErrorList

	each func(*timeline.Document) error // receives each document read; nil keeps them in Documents
	stop error                          // what each returned, which stops reading
	ctx  context.Context                // stops a text read in parts between parts
}

// Input is one input read.
type Input struct {
	Name     string `json:"name"`
	Format   Format `json:"format"`
	Encoding string `json:"encoding,omitempty"` // for text, Markdown and sheets: UTF-8, UTF-16LE, Windows-1252, ...
	Events   int    `json:"events,omitempty"`   // for sheets: how many events (rows) were read
	// Title is the title a sheet gives itself (TimelineJS's title slide, the
	// "title" of our JSON); "" when none.
	Title string `json:"title,omitempty"`
	// Note says how a sheet was read: its layout and the day-month order
	// of its numeric dates, and why.
	Note string `json:"note,omitempty"`
	// IDs reports whether a sheet gives its events' ids (chronicle's own
	// events.csv, a person's corrections to it).
	IDs bool `json:"ids,omitempty"`
}

// Skip is a file a folder held that Read left alone.
type Skip struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
	// Unexpected marks a file whose name promised a document that its
	// content is not (a .txt file of binary data): worth telling the user
	// even when the other skips (hidden files, images) go unsaid.
	Unexpected bool `json:"unexpected,omitempty"`
}

// maxBytes is the bound of an input read whole.
func (o *Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// dayOrder is Options.DayFirst for the text reader: day first, month
// first, or neither (decided per document).
func (o *Options) dayOrder() (dayFirst, monthFirst bool) {
	if o.DayFirst == nil {
		return false, false
	}
	return *o.DayFirst, !*o.DayFirst
}

func (o *Options) partBytes() int {
	if o.PartBytes > 0 {
		return o.PartBytes
	}
	return text.PartBytes
}

// Read reads every input: files, folders (recursively, in sorted order,
// skipping hidden files and folders and files that are plainly not
// documents), "-" for Options.Stdin, and http(s) URLs. Each is read by
// the reader for its format (see Detect) and then analysed for headings,
// excerpts, citations and reference dates (see package text).
//
// A problem with one input does not stop the others: the error returned
// is a timeline.ErrorList with one one-line error per input that could not
// be read (FILE: reason, or FILE:LINE:COL: reason), next to the result of
// the others. Reading stops early only when ctx is done.
//
// Read holds every document in Result.Documents; Each hands them over one
// at a time instead, so that memory does not grow with the inputs.
func Read(ctx context.Context, inputs []string, opt Options) (*Result, error) {
	return read(ctx, inputs, opt, nil)
}

// Each reads the inputs as Read does and calls fn with each document as
// soon as it is read, in the order of the inputs, without keeping it: a
// caller that keeps only what it draws from each document (extract.Builder)
// reads inputs of any size in bounded memory (see the package doc for the
// bounds). A text or Markdown input larger than Options.PartBytes is read
// as a stream and handed over in parts, one Document each
// (Document.Part counts them). The Result holds everything else Read
// gives: the inputs, the files skipped, the warnings and the events of
// event sheets; its Documents are left empty.
//
// The first error fn returns stops the reading; Each returns it as it is.
func Each(ctx context.Context, inputs []string, opt Options, fn func(doc *timeline.Document) error) (*Result, error) {
	if fn == nil {
		fn = func(*timeline.Document) error { return nil }
	}
	return read(ctx, inputs, opt, fn)
}

// read is Each, or Read when fn is nil.
func read(ctx context.Context, inputs []string, opt Options, fn func(doc *timeline.Document) error) (*Result, error) {
	res := &Result{each: fn, ctx: ctx}
	var errs timeline.ErrorList
	if err := CheckGlobs(append(opt.Include[:len(opt.Include):len(opt.Include)], opt.Exclude...)); err != nil {
		return res, timeline.ErrorList{err}
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			errs.Add(&timeline.Error{Pos: timeline.Position{File: in}, Err: err})
			break
		}
		var err error
		switch {
		case in == "-":
			err = res.readStdin(opt)
		case isURL(in):
			err = res.fetch(ctx, in, opt)
		default:
			fi, serr := os.Stat(in)
			switch {
			case serr != nil:
				err = osError(in, serr)
			case fi.IsDir():
				errs = append(errs, res.walk(ctx, in, opt)...)
			default:
				err = res.readFile(in, fi.Size(), opt, false)
			}
		}
		if res.stop != nil {
			return res, res.stop
		}
		addErr(&errs, err)
	}
	return res, errs.Err()
}

// addErr adds err to errs, the errors of a list one by one.
func addErr(errs *timeline.ErrorList, err error) {
	var l timeline.ErrorList
	if errors.As(err, &l) {
		*errs = append(*errs, l...)
		return
	}
	errs.Add(err)
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// osError turns an OS error into FILE: reason, without the operation and
// path the os package repeats.
func osError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
}

func tooLarge(name string, size, limit int64) error {
	what := ""
	if size > 0 {
		what = fmt.Sprintf(" (%s)", humanBytes(size))
	}
	return &timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("%w%s: the limit is %s", ErrTooLarge, what, text.FormatBytes(limit))}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// readAll reads r up to limit bytes, refusing more. size, when known
// (a file's size, a Content-Length), sizes the buffer once.
func readAll(r io.Reader, name string, limit, size int64) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	var b []byte
	var err error
	if size > 0 && size <= limit {
		b = make([]byte, size+1) // +1 to see that the input ends there
		var n int
		n, err = io.ReadFull(lr, b)
		b = b[:n]
		switch err {
		case io.ErrUnexpectedEOF, io.EOF:
			err = nil // shorter than announced
		case nil:
			var rest []byte // longer than announced (a growing file)
			rest, err = io.ReadAll(lr)
			b = append(b, rest...)
		}
	} else {
		b, err = io.ReadAll(lr)
	}
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(name, 0, limit)
	}
	return b, nil
}

func (res *Result) readFile(name string, size int64, opt Options, inFolder bool) error {
	ext := strings.ToLower(filepath.Ext(name))
	if why, ok := unsupported[ext]; ok {
		if inFolder {
			res.Skipped = append(res.Skipped, Skip{Name: name, Reason: "unsupported format: " + why})
			return nil
		}
		return &timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("%w (%s)", ErrUnsupported, why)}
	}
	if !streamed(Detect(name, nil, ""), name, nil, "", opt) && size > opt.maxBytes() {
		return tooLarge(name, size, opt.maxBytes()) // read whole, and too large for it
	}
	f, err := os.Open(name)
	if err != nil {
		return osError(name, err)
	}
	defer f.Close()
	n := len(res.Inputs)
	err = res.readInput(name, f, size, "", "", opt)
	switch {
	case !inFolder || len(res.Inputs) > n || res.stop != nil:
		// named on the command line, or read at least in part
	case errors.Is(err, ErrBinary):
		res.Skipped = append(res.Skipped, Skip{Name: name, Reason: "binary data, not a document", Unexpected: true})
		return nil
	case errors.Is(err, sheet.ErrNotSheet):
		// a folder's JSON or CSV file that holds no events (a config
		// file, a table of figures) is not a problem of the run
		res.Skipped = append(res.Skipped, Skip{Name: name, Reason: "not an event sheet"})
		return nil
	}
	return err
}

func (res *Result) readStdin(opt Options) error {
	if opt.Stdin == nil {
		return &timeline.Error{Pos: timeline.Position{File: "-"}, Err: errors.New("no standard input to read")}
	}
	return res.readInput("-", opt.Stdin, 0, "", "", opt)
}

// readInput reads one input from r; size is its size when known (a
// file's, a Content-Length), else 0. An input no larger than a part is
// read whole, as are inputs of the formats that need all of their bytes
// (HTML, PDF, DOCX, sheets), up to Options.MaxBytes; a larger text or
// Markdown input is read as a stream, in parts. The format is told from
// the first part.
func (res *Result) readInput(name string, r io.Reader, size int64, contentType, fetched string, opt Options) error {
	part := opt.partBytes()
	headSize := part + 1 // one more byte tells that the input goes on
	if size > 0 && size < int64(part) {
		headSize = int(size) + 1
	}
	head := make([]byte, headSize)
	n, err := io.ReadFull(r, head)
	head = head[:n]
	switch err {
	case nil, io.EOF, io.ErrUnexpectedEOF:
	default:
		return &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	if n <= part {
		if int64(n) > opt.maxBytes() {
			return tooLarge(name, 0, opt.maxBytes())
		}
		return res.read(name, head, contentType, fetched, opt)
	}
	format := Detect(name, head, contentType)
	switch {
	case format == Text || format == Markdown:
		return res.stream(name, io.MultiReader(bytes.NewReader(head), r), format, fetched, opt)
	case streamed(format, name, head, contentType, opt):
		return res.streamSheet(name, io.MultiReader(bytes.NewReader(head), r), opt)
	}
	if size > opt.maxBytes() {
		return tooLarge(name, size, opt.maxBytes())
	}
	if ra, ok := r.(io.ReaderAt); ok && size > 0 && (format == PDF || format == DOCX) {
		// A file: its readers take what they need from the disk, and
		// the file is not held in memory.
		return res.readDoc(name, format, ra, size, fetched, opt)
	}
	// The part read already, then the rest, into one buffer of the
	// input's size when it is known.
	data, err := readAll(io.MultiReader(bytes.NewReader(head), r), name, opt.maxBytes(), size)
	if err != nil {
		return err
	}
	return res.read(name, data, contentType, fetched, opt)
}

// streamed reports whether an input of the format, larger than a part, is
// read as a stream: text, Markdown, and CSV and TSV sheets unless
// Options.MaxBytes bounds them. head is its first bytes, or nil when only
// its name and Content-Type are known.
func streamed(format Format, name string, head []byte, contentType string, opt Options) bool {
	switch format {
	case Text, Markdown:
		return true
	case Sheet:
		return opt.MaxBytes == 0 && !jsonSheet(name, head, contentType)
	}
	return false
}

// jsonSheet reports whether a sheet is JSON, by its name, Content-Type or
// first character (past a byte-order mark and the NULs of UTF-16).
func jsonSheet(name string, head []byte, contentType string) bool {
	ext := strings.ToLower(path.Ext(name))
	if i := strings.IndexAny(ext, "?#"); i >= 0 {
		ext = ext[:i]
	}
	if ext == ".json" || strings.Contains(strings.ToLower(contentType), "json") {
		return true
	}
	for _, c := range head[:min(len(head), 1024)] {
		switch c {
		case 0, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, ' ', '\t', '\r', '\n':
			continue
		case '[', '{':
			return true
		}
		return false
	}
	return false
}

// streamSheet reads a large CSV or TSV sheet row by row: its events are
// kept (they are the output), its rows are not.
func (res *Result) streamSheet(name string, r io.Reader, opt Options) error {
	dec := text.NewDecoder(r, name)
	in := Input{Name: name, Format: Sheet}
	sh, err := sheet.ReadStream(dec, name, sheet.Options{DayFirst: opt.DayFirst}, func(e timeline.Event) error {
		res.Events = append(res.Events, e)
		in.Events++
		return nil
	})
	if sh != nil {
		in.Encoding = dec.Encoding()
		in.Note = fmt.Sprintf("%s; numeric dates %s (%s)", sh.Format, sh.Order, sh.OrderFrom)
		in.Title = sh.Title
		in.IDs = sh.IDs
		res.Inputs = append(res.Inputs, in)
		res.Warnings = append(res.Warnings, sh.Warnings...)
	}
	return err
}

// stream reads a large text or Markdown input in parts.
func (res *Result) stream(name string, r io.Reader, format Format, fetched string, opt Options) error {
	dayFirst, monthFirst := opt.dayOrder()
	topt := text.Options{RefDate: opt.RefDate, DayFirst: dayFirst, MonthFirst: monthFirst, MaxBytes: opt.MaxBytes, URL: fetched,
		Markdown: format == Markdown, PartBytes: opt.partBytes()}
	at := -1
	enc, err := text.ReadParts(r, name, topt, func(d *timeline.Document) error {
		if res.ctx != nil {
			if err := res.ctx.Err(); err != nil {
				pos := timeline.Position{File: name}
				if len(d.Sections) > 0 {
					pos = d.Sections[0].Pos // where reading stopped
				}
				return &timeline.Error{Pos: pos, Err: err}
			}
		}
		if at < 0 {
			at = len(res.Inputs)
			res.Inputs = append(res.Inputs, Input{Name: name, Format: format})
		}
		return res.emit(d)
	})
	if at >= 0 {
		res.Inputs[at].Encoding = enc
	}
	if res.stop != nil {
		return nil
	}
	if errors.Is(err, ErrTooLarge) && opt.MaxBytes > 0 {
		return tooLarge(name, 0, opt.MaxBytes)
	}
	return err
}

// fetch reads an http(s) URL.
func (res *Result) fetch(ctx context.Context, u string, opt Options) error {
	fail := func(err error) error {
		return &timeline.Error{Pos: timeline.Position{File: u}, Err: err}
	}
	if _, err := url.Parse(u); err != nil {
		return fail(fmt.Errorf("%w: %v", ErrFetch, unwrapURLError(err)))
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fail(fmt.Errorf("%w: %v", ErrFetch, unwrapURLError(err)))
	}
	req.Header.Set("User-Agent", "chronicle (+https://github.com/chronicle-project/chronicle)")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain, text/markdown, text/csv, application/json, application/pdf, */*;q=0.5")
	client := opt.Client
	if client == nil {
		client = &http.Client{Timeout: timeout}
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fail(fmt.Errorf("%w: no answer within %s", ErrFetch, timeout))
		}
		return fail(fmt.Errorf("%w: %v", ErrFetch, unwrapURLError(err)))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fail(fmt.Errorf("%w: HTTP %s", ErrFetch, resp.Status))
	}
	ct := resp.Header.Get("Content-Type")
	if !streamed(Detect(u, nil, ct), u, nil, ct, opt) && resp.ContentLength > opt.maxBytes() {
		return tooLarge(u, resp.ContentLength, opt.maxBytes()) // read whole, and too large for it
	}
	final := u
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	err = res.readInput(u, resp.Body, max(resp.ContentLength, 0), ct, final, opt)
	if err != nil && ctx.Err() == context.DeadlineExceeded {
		return fail(fmt.Errorf("%w: the download took over %s", ErrFetch, timeout))
	}
	return err
}

// unwrapURLError drops the `Get "URL":` that net/http puts before the
// reason; the error names the URL already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// walk reads the files of a folder, recursively, in lexical order.
func (res *Result) walk(ctx context.Context, root string, opt Options) timeline.ErrorList {
	var errs timeline.ErrorList
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// A folder named through a link: walk what it points to (a
		// trailing separator makes the walk follow it), under its name.
		root += string(filepath.Separator)
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs.Add(osError(p, err))
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		base := d.Name()
		if p == root {
			return nil
		}
		if strings.HasPrefix(base, ".") {
			res.Skipped = append(res.Skipped, Skip{Name: p, Reason: "hidden"})
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if matchAny(opt.Exclude, base, rel) {
				res.Skipped = append(res.Skipped, Skip{Name: p, Reason: "excluded"})
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			if d.Type()&fs.ModeSymlink == 0 {
				res.Skipped = append(res.Skipped, Skip{Name: p, Reason: "not a regular file"})
				return nil
			}
			fi, err := os.Stat(p) // a link to a file is read; to a folder, not followed
			if err != nil || !fi.Mode().IsRegular() {
				res.Skipped = append(res.Skipped, Skip{Name: p, Reason: "link not followed"})
				return nil
			}
		}
		if len(opt.Include) > 0 && !matchAny(opt.Include, base, rel) || matchAny(opt.Exclude, base, rel) {
			return nil // not selected: not worth a report
		}
		if opt.Skip != nil {
			if why := opt.Skip(p); why != "" {
				res.Skipped = append(res.Skipped, Skip{Name: p, Reason: why})
				return nil
			}
		}
		if binaryExt[strings.ToLower(filepath.Ext(base))] {
			res.Skipped = append(res.Skipped, Skip{Name: p, Reason: "binary file"})
			return nil
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs.Add(osError(p, err))
			return nil
		}
		addErr(&errs, res.readFile(p, fi.Size(), opt, true))
		if res.stop != nil {
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		errs.Add(&timeline.Error{Pos: timeline.Position{File: root}, Err: err})
	}
	return errs
}

// read reads one input's bytes with the reader for its format.
func (res *Result) read(name string, data []byte, contentType, fetched string, opt Options) error {
	fail := func(err error) error {
		return &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	if len(data) == 0 {
		return fail(ErrEmpty)
	}
	format := Detect(name, data, contentType)
	dayFirst, monthFirst := opt.dayOrder()
	topt := text.Options{RefDate: opt.RefDate, DayFirst: dayFirst, MonthFirst: monthFirst, MaxBytes: opt.maxBytes(), URL: fetched}
	in := Input{Name: name, Format: format}
	var doc *timeline.Document
	switch format {
	case Text, Markdown:
		src, enc, err := text.Decode(data, name)
		if err != nil {
			return err
		}
		topt.Markdown = format == Markdown
		doc = text.Parse(src, name, topt)
		in.Encoding = enc
	case HTML:
		d, err := html.Read(bytes.NewReader(data), name, html.Options{URL: fetched, ContentType: contentType, MaxBytes: opt.maxBytes()})
		if d == nil {
			return err
		}
		topt.HeadingsMarked = true // (<h1> to <h6>)
		text.Analyze(d, topt)
		res.add(d, in, opt)
		return err
	case PDF, DOCX:
		return res.readDoc(name, format, bytes.NewReader(data), int64(len(data)), fetched, opt)
	case Sheet:
		src, enc, err := text.Decode(data, name)
		if err != nil {
			return err
		}
		in.Encoding = enc
		sh, err := sheet.ReadSheet(strings.NewReader(src), name, sheet.Options{DayFirst: opt.DayFirst, MaxBytes: opt.maxBytes()})
		if sh != nil {
			res.Events = append(res.Events, sh.Events...)
			in.Events = len(sh.Events)
			in.Note = fmt.Sprintf("%s; numeric dates %s (%s)", sh.Format, sh.Order, sh.OrderFrom)
			in.Title = sh.Title
			in.IDs = sh.IDs
			res.Inputs = append(res.Inputs, in)
			res.Warnings = append(res.Warnings, sh.Warnings...)
		}
		return err
	default:
		return fail(fmt.Errorf("%w: a ZIP archive that is not a DOCX document", ErrUnsupported))
	}
	res.add(doc, in, opt)
	return nil
}

// readDoc reads a PDF or DOCX document from random access.
func (res *Result) readDoc(name string, format Format, r io.ReaderAt, size int64, fetched string, opt Options) error {
	read := docReaders[format]
	if read == nil {
		return &timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("%w: no %s reader in this build", ErrUnsupported, strings.ToUpper(string(format)))}
	}
	d, err := read(r, size, name)
	if d == nil {
		return err
	}
	// A reader may return what it could read with the problems of the
	// rest (a PDF page that cannot be read): keep both.
	dayFirst, monthFirst := opt.dayOrder()
	text.Analyze(d, text.Options{RefDate: opt.RefDate, DayFirst: dayFirst, MonthFirst: monthFirst, MaxBytes: opt.maxBytes(), URL: fetched})
	res.add(d, Input{Name: name, Format: format}, opt)
	return err
}

func (res *Result) add(doc *timeline.Document, in Input, opt Options) {
	if doc.Name == "" {
		doc.Name = in.Name
	}
	if opt.DayFirst == nil {
		// 03/04/2024 with nothing to say which order: say how it was read
		if w := text.OrderWarning(doc); w != nil {
			res.Warnings = append(res.Warnings, w)
		}
	} else if w := text.ChosenOrderWarning(doc, *opt.DayFirst); w != nil {
		// --month-first over a document that writes 13/06/2023
		res.Warnings = append(res.Warnings, w)
	}
	res.Inputs = append(res.Inputs, in)
	res.emit(doc)
}

// emit hands a document to the function of Each; what it returns stops
// the reading.
func (res *Result) emit(doc *timeline.Document) error {
	switch {
	case res.each == nil:
		res.Documents = append(res.Documents, doc) // Read
	case res.stop == nil:
		res.stop = res.each(doc)
	}
	return res.stop
}

// docReaders are the readers of formats read from random access: PDF and
// DOCX. They are registered by the files that import them.
var docReaders = map[Format]func(r io.ReaderAt, size int64, name string) (*timeline.Document, error){}
