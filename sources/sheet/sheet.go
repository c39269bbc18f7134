package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"sort"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// DefaultMaxBytes is the largest sheet Read accepts when Options.MaxBytes
// is zero. Read holds a sheet in memory while it reads it (the day-month
// order is decided from all its cells before any is parsed): measured,
// the heap peaks at about 35 times the sheet's size, its events included.
// ReadStream has no limit: it holds the rows that decide the order only.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is wrapped by the error for a sheet over the size limit.
var ErrTooLarge = errors.New("sheet too large")

// ErrNotSheet is wrapped when an input has no column Read recognises.
var ErrNotSheet = errors.New("not an event sheet")

// Options configure Read.
type Options struct {
	// DayFirst sets the order of ambiguous numeric dates (03/04/2017): true
	// for day first, false for month first. nil detects it per sheet: a
	// cell whose first number is over 12 makes the sheet day first, one
	// whose second number is over 12 month first; with no such cell, the
	// dates written with a month name decide ("12 May 1958" day first,
	// "May 12, 1958" month first); with none, day first in a sheet whose
	// column names are Spanish, French, German, Portuguese, Italian or
	// Dutch (Fecha, Datum), else month first.
	DayFirst *bool
	// Format is "csv", "tsv", "json" or "jsonl" (JSON Lines: one event
	// object a line); empty decides from the name's extension, then from
	// the content. JSON whose first line is a whole event object is read
	// as JSON Lines, whatever its name.
	Format string
	// Comma is the CSV field separator; 0 detects ',', ';' or tab from the
	// header line (an Excel "sep=;" first line is honoured).
	Comma rune
	// MaxBytes limits the sheet's size; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Sheet is what ReadSheet makes of an event sheet.
type Sheet struct {
	// Title is the chronology's title: the "title" of our JSON, or the
	// headline of a TimelineJS title slide (a row of Type "title"), which
	// is not an event.
	Title  string
	Events []timeline.Event
	// IDs reports whether the sheet gives its events' ids (an id column:
	// chronicle's own events.csv, or a person's corrections to it).
	IDs bool
	// Format is "csv", "tsv", "json", "jsonl" or "timelinejs-json".
	Format string
	// Order is the day-month order ambiguous numeric dates were read in,
	// and OrderFrom why: "option", "cells" (a cell decided it),
	// "dots" (no cell did, and the ambiguous ones are dotted, 11.04.1892,
	// as the day-first countries write them),
	// "written" (no cell did, but the dates written with a month name put
	// the day first, "12 May 1958", or the month, "May 12, 1958"),
	// "language" (no cell did, and the column names are in a language
	// that writes the day first: Fecha, Datum, Date de début) or
	// "default".
	Order     Order
	OrderFrom string
	// Ignored lists the columns that were not recognised, as written (JSON
	// keys are folded to lower case, nested ones joined with '.'). Their
	// cells are not lost: each non-empty one is appended to its event's
	// text on a line of its own, "Column: value".
	Ignored []string
	// Warnings report, once per sheet and at the column's header cell,
	// what was read but not the way its column name suggests: a column
	// not recognised, or a second column for something only one can give
	// (two date columns). Nothing is lost: those cells are kept in the
	// text. They are not errors, the sheet was read; a caller should show
	// them (FILE:LINE:COL: message) without failing.
	Warnings timeline.ErrorList
}

// Read reads an event sheet: CSV, TSV or JSON typed by people, our own
// events.csv, or a TimelineJS spreadsheet or JSON file. name is used in
// positions and as the events' source file.
//
// Every row becomes an event, in order, except a CSV row with no date
// and no title under one that made an event: it continues that event (a
// second line of notes, a second source; see the package doc), and is
// reported. A cell that cannot be read is reported in the error, a
// timeline.ErrorList of *timeline.Error at
// FILE:LINE:COL (the line of the CSV record, the byte column of the cell),
// and its row is still returned with that part left empty. An error that
// stops reading (a sheet over the size limit, JSON that does not parse, no
// recognised column) is returned alone or at the end of the list.
func Read(r io.Reader, name string, opt Options) ([]timeline.Event, error) {
	s, err := ReadSheet(r, name, opt)
	if s == nil {
		return nil, err
	}
	return s.Events, err
}

// ReadSheet is Read, returning the sheet's title and how it was read too.
func ReadSheet(r io.Reader, name string, opt Options) (*Sheet, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	if int64(len(data)) > max {
		return nil, &timeline.Error{Pos: timeline.Position{File: name},
			Err: fmt.Errorf("%w: over the %d-byte limit", ErrTooLarge, max)}
	}
	text, err := decode(data)
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	format := detectFormat(name, text, opt.Format)
	var t *table
	switch format {
	case "json", "jsonl":
		t, err = readJSON(text, name, format == "jsonl" || looksJSONLines(text))
	default:
		t, err = readCSV(text, name, opt.Comma, format == "tsv")
	}
	if t == nil {
		return nil, err
	}
	var errs timeline.ErrorList
	if el, ok := err.(timeline.ErrorList); ok {
		errs = el
	} else {
		errs.Add(err)
	}
	s := t.build(opt.DayFirst, &errs)
	s.Format = t.format
	s.Warnings = t.warnings
	sortErrors(errs)
	return s, errs.Err()
}

// sortErrors puts errors in the order of the places they report, those
// with no line (an error that stopped the reading) last.
func sortErrors(errs timeline.ErrorList) {
	line := func(e error) (int, int) {
		var te *timeline.Error
		if errors.As(e, &te) && te.Pos.Line > 0 {
			return te.Pos.Line, te.Pos.Col
		}
		return math.MaxInt, 0
	}
	sort.SliceStable(errs, func(i, j int) bool {
		li, ci := line(errs[i])
		lj, cj := line(errs[j])
		return li < lj || li == lj && ci < cj
	})
}

// decode returns the sheet as UTF-8: a UTF-8 byte-order mark is dropped,
// UTF-16 with a byte-order mark is converted, and text that is not valid
// UTF-8 is read as Windows-1252 (what Excel writes on Windows).
func decode(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		le := b[0] == 0xFF
		b = b[2:]
		if len(b)%2 != 0 {
			return "", errors.New("truncated UTF-16 text")
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			if le {
				u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
			} else {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			}
		}
		return string(utf16.Decode(u)), nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", errors.New("binary data, not a sheet")
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		if c >= 0x80 && c < 0xA0 {
			sb.WriteRune(cp1252[c-0x80])
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String(), nil
}

// cp1252 maps the bytes 0x80-0x9F of Windows-1252; the other bytes are
// Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func detectFormat(name, text, forced string) string {
	if forced != "" {
		return strings.ToLower(forced)
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".json":
		return "json"
	case ".tsv", ".tab":
		return "tsv"
	case ".csv":
		return "csv"
	}
	if t := strings.TrimLeft(text, " \t\r\n"); strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{") {
		return "json"
	}
	return "csv"
}

// cell is one value of a row and where it stands.
type cell struct {
	text   string
	pos    timeline.Position
	column string // the column's name as written
	// list holds the items of a JSON array of strings (actors, tags) as
	// they were written; text has them joined with "; ".
	list []string
}

// citeField is what a member of a JSON citation object holds.
type citeField uint8

const (
	cName   citeField = iota // timeline.Citation.Name: the outlet, else the title, else the file
	cTitle                   // the cited piece's title
	cOutlet                  // the outlet
	cURL
	cDate
	cFile
	numCiteFields
)

// citeCells are the members of one citation of a JSON sheet's "sources".
type citeCells struct {
	pos   timeline.Position
	cells [numCiteFields]*cell
}

// posCells are the members of a JSON sheet's "position" object: file,
// line, col and offset.
type posCells struct {
	pos   timeline.Position
	cells [4]*cell
}

// row is one record of a sheet, its cells by what they hold.
type row struct {
	pos   timeline.Position
	cells [numFields]*cell
	// extra are the cells of columns not read as a field (unrecognised,
	// or a second title or text column), in column order; they are kept
	// in the event's text.
	extra []*cell
	// cites are the citations of a JSON sheet's "sources" array, in
	// order; nil when it has none (a CSV sheet's sources cell is a cell).
	cites []citeCells
	// posObj is a JSON sheet's "position" object; nil when it has none.
	posObj *posCells
	// paired are a JSON object's "from" and "to" until the whole object
	// is read and says what they hold (see pairedColumns).
	paired [2]*cell
	// weak is a JSON object's "name" or "label" until the whole sheet is
	// read and says whether it is a headline (see weakNames).
	weak *cell
	// local are a JSON object's members whose names mean one thing in
	// English and another in the language of the object's other keys
	// ("data", "fine"), until the whole object is read (see settleLocal).
	local []*cell
	// dates are the cells of the columns named for what happened then
	// (Made, Acquired), until settleDates says what they hold; also are
	// those that date an event of their own beside the row's.
	dates, also []*cell
	// wrapper is where a JSON record's wrapper object ("fields": see
	// recordWrappers) stands, from its '{' to past its '}'; zero when the
	// record has none.
	wrapper [2]int
}

// blank reports whether the row holds nothing.
func (r *row) blank() bool {
	for _, c := range append(append(append(r.cells[:], r.extra...), r.local...), r.dates...) {
		if c != nil && strings.TrimSpace(c.text) != "" {
			return false
		}
	}
	return len(r.cites) == 0 && r.posObj == nil && (r.weak == nil || strings.TrimSpace(r.weak.text) == "")
}

func (r *row) get(f field) string {
	if c := r.cells[f]; c != nil {
		return c.text
	}
	return ""
}

func (r *row) trimmed(f field) string { return strings.TrimSpace(r.get(f)) }

// table is a sheet read into rows, before its cells are interpreted.
type table struct {
	name     string
	format   string
	title    string          // the chronology's title, from a JSON sheet's "title"
	has      [numFields]bool // the sheet has this column
	rows     []row
	ignored  []string
	warnings timeline.ErrorList
	// header are a CSV sheet's column names, folded by normalizeName;
	// nil for JSON.
	header []string
	// leadNames says whether the cells of the sheet's first column name
	// its rows' events (see leadName): 0 not yet asked, 1 yes, -1 no.
	leadNames int8
	// eventDates are the sheet's columns named for what happened then,
	// in order (see settleDates); alsoDates says some date events of
	// their own beside the row's.
	eventDates []*eventDateCol
	alsoDates  bool
	// needDate says the sheet has no date column unless one of
	// eventDates holds dates; headerPos is where to say so.
	needDate  bool
	headerPos timeline.Position
	// writtenDay and writtenMonth are the first date cells that write a
	// month name after the day ("12 May 1958") and before it ("May 12,
	// 1958"), for the warning of a cell that reads either way.
	writtenDay, writtenMonth string
	// orderTie says the sheet has as many date cells that can only be
	// day first as month first (see detectOrder)
	orderTie bool
	// noteOrder is the day-month order a header's note gives ("Date
	// (dd/mm/yyyy)": see noteOrder); OrderUnknown when none does.
	noteOrder Order
	// indexColumn is the name of the column that numbers the rows, left
	// out of the text (see settleIndex); "" when none does.
	indexColumn string
	// lastDay is the day (or finer) the last dated row began on: a row
	// that writes a day without its year ("Mon 12 Jan" under "Fri 19
	// Dec 2025") takes the year that puts it nearest (see yearFromRows).
	lastDay     timeline.Date
	yearWarned  bool // the warning of a year taken from the rows around is given
	shortWarned bool // the warning of a short number read as a year is given
	// serialWarned says the note of a spreadsheet's serial day number
	// read as its date (45292, see noteSerial) is given
	serialWarned bool
	// sciWarned says the note of an id in scientific notation
	// ("1.23457E+11") is given
	sciWarned bool
	// yearAbove is the Year cell of the last row that wrote one, which a
	// row under it whose Year cell is blank shares (a merged cell), in a
	// CSV sheet; aboveWarned says that is said
	yearAbove   string
	aboveWarned bool
	// lastStart is the start of the last dated row; ups and downs count
	// the rows dated later and earlier than the row before them: only a
	// sheet in order of date lends its years to the rows that write none
	lastStart  time.Time
	ups, downs int
}
