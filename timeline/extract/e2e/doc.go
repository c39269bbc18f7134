// Package e2e holds the end-to-end tests of extraction: documents read by
// the real readers (sources) and turned into events by extract. It lives
// apart from extract so that a reader in the making cannot break the
// extractor's own tests. It has no code of its own.
package e2e
