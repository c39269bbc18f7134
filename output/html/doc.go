// Package html writes a chronology as an interactive HTML timeline: a time
// axis with one lane per group, drawn with ECharts, above the same
// chronology as a plain, accessible, printable table.
//
// Each date is drawn at the precision it was written at: a day (or finer)
// is a point, a month, season, year, decade or range is a bar that covers
// the whole period, so "July 2017" covers July. Approximate dates ("about
// 1450", "early 2017") have dashed outlines, open-ended ones ("before 1990")
// a fading arrow; years before 1970 and BC years are placed from UTC
// milliseconds computed here, never parsed by the browser. Vague
// references ("recently") are listed apart, not drawn.
//
// The page is one self-contained file: ECharts is embedded (see the assets
// directory), the data travels as JSON in a non-executable script element,
// and a Content-Security-Policy allows only the page's own two scripts, by
// hash, and no network at all. Every string from a document is escaped
// where it lands: HTML text and attributes here, the tooltip with
// echarts.format.encodeHTML, labels drawn on the canvas; only http and
// https addresses become links.
//
// The page is written by this package rather than by go-echarts' page
// renderer, which inlines option JSON into a script unescaped and turns any
// "__f__" in the output into live code; go-echarts' option types are used
// for the static part of the chart's option.
//
// Output is deterministic: the same chronology and Options give the same
// bytes.
package html
