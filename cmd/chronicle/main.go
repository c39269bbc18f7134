// Command chronicle turns documents into a chronology: it finds the dated
// events in articles, reports, transcripts and event sheets, normalizes each
// date at its true precision, and writes an interactive HTML timeline, CSV
// and other formats. Run `chronicle --help` for the commands.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
}
