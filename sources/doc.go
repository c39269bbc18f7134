// Package sources reads what a report's author has — files, folders, standard
// input and web addresses, in plain text, Markdown, HTML, PDF, DOCX, subtitles
// (SubRip .srt and WebVTT .vtt, read by package text as transcripts) and
// event sheets — into documents whose sections each know their citation and
// reference date, and into events for the sheets.
//
// Read detects each input's format by content first and extension second
// (see Detect), decodes text from UTF-8, UTF-16 or Windows-1252 (a guess
// that Result.Notes tells the user about; a file in UTF-8 with bytes that
// are not is an error at the first bad byte), hands it
// to the reader of its format, and runs the shared analysis of package
// text on the result: headings, quote blocks, compilations of cited
// excerpts, datelines and "Published:" lines.
//
// Bad input is reported, never fatal: each input that cannot be read gives
// one line, FILE: reason, in the timeline.ErrorList Read returns, and the
// other inputs are read all the same.
//
// # Memory
//
// Each reads the inputs one at a time and hands over each document as
// soon as it is read, keeping none; Read is Each keeping them all. What
// memory reading takes then depends on the format, never on how many
// inputs there are:
//
//   - Text and Markdown larger than Options.PartBytes (text.PartBytes,
//     1 MiB) are read as a stream, from files, standard input and URLs
//     alike, in parts of about that size cut at paragraph breaks (see
//     text.ReadParts), each handed over as a Document of its own. They
//     have no size limit: reading holds one part at a time, about ten
//     times its size while it is parsed. Measured with extraction
//     (extract.Builder, as chronicle build runs it), the heap, garbage
//     included, peaks under 100 MiB whatever the size of the input: 37 MiB
//     for 16 MiB of text, 87 to 101 MiB for 256 MiB, 83 MiB for 1 GiB, 65
//     MiB for 1 GiB on a single line (the live heap between parts stays
//     under 8 MiB; the peak varies with what a part holds, not with the
//     input's size). To that add what the events found take, which are
//     the output: about 0.8 KiB each kept, some 2 KiB each at the peak
//     with the collector's headroom (533 to 565 MiB for the 250,000
//     events of 256 MiB of dense news). See BenchmarkStream and
//     BenchmarkSingleLine in timeline/extract/e2e.
//   - CSV and TSV event sheets larger than a part are read row by row
//     (sheet.ReadStream), decoded as they are read (text.Decoder): only
//     the first sheet.OrderRows rows are held, to decide the day-month
//     order of the sheet's numeric dates. Every row is an event, which is
//     the output: measured, a sheet peaks at 17 to 20 times its size,
//     nearly all of it its events (8 times the sheet's size once read,
//     twice that with the collector's headroom).
//   - HTML, PDF, DOCX and JSON sheets need all of their bytes at once (a
//     page's DOM, a PDF's cross-reference table at its end, a ZIP
//     archive's directory, a JSON document) and are read whole, each
//     bounded by Options.MaxBytes (DefaultMaxBytes, 64 MiB): one over it
//     is refused before it is read when its size is known (a file, a
//     Content-Length), else as soon as the limit is passed. Reading one
//     holds it several times over: measured, an HTML page peaks at 20 to
//     25 times its size, garbage included, some 1.5 GiB for a page at the
//     limit. A PDF or DOCX file larger than a part is read from the disk
//     by random access, not held in memory (from standard input or a URL
//     it is); the text drawn from it is, and its readers bound what a
//     page or a ZIP entry may inflate to (see packages pdf and docx).
//
// The figures are those of BenchmarkInputs (4 MiB of each) here and of
// BenchmarkStream and BenchmarkSingleLine in timeline/extract/e2e. Setting
// Options.MaxBytes bounds every input, streamed or not.
//
// A problem deep in a text read in parts (invalid UTF-8, a NUL byte, a
// limit set with Options.MaxBytes) ends it there: the parts before it are
// handed over and the error names its FILE:LINE:COL.
package sources
