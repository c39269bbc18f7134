// Package timeline is Chronicle's domain: dates that keep the precision they
// were written at, spans and events with their citations, the documents
// events come from, and the chronology that orders them.
//
// A Date never invents what was not written. "July 2017" is the month
// 2017-07, not the first of July; "the 1990s" is the decade 199; "44 BC" is
// the year BC0044. Dates print and parse as TIMEX3 values (see ParseDate and
// Date.String), the same values TimeML annotators write, so that a
// chronology can be compared with a gold standard and re-read after a person
// has edited it in a spreadsheet.
//
// Ordering mixes precisions: see Compare for the rule.
//
// The package depends on the standard library only. The temporal tagger that
// finds dates in running text lives in the subpackage tempex.
package timeline
