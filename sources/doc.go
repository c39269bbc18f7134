// Package sources reads what a report's author has — files, folders, standard
// input and web addresses, in plain text, Markdown, HTML, PDF, DOCX and event
// sheets — into documents whose sections each know their citation and
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
// other inputs are read all the same. Every input is bounded
// (Options.MaxBytes, 64 MiB by default) and read one at a time, so memory
// stays bounded whatever is thrown at it.
package sources
