//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputToADevice: writing to a file that is no regular file (a
// named pipe here, as /dev/null is a device) writes through it, twice,
// and never renames it nor keeps a checksum beside it.
func TestOutputToADevice(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "sink")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	in := filepath.Join("..", "..", "examples", "rome-lesson.md")
	for run := range 2 {
		// A reader that drains the pipe for this run only: one reader for
		// both could see the second write before the first's end, and
		// then wait for a third that never comes.
		done := make(chan int, 1)
		go func() {
			b, _ := os.ReadFile(fifo)
			done <- len(b)
		}()
		if code, _, stderr := runCLI(t, "", "extract", in, "-o", fifo); code != 0 {
			t.Fatalf("run %d: exit %d: %s", run+1, code, stderr)
		}
		if n := <-done; n == 0 {
			t.Errorf("run %d: nothing was written through the pipe", run+1)
		}
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "sink.edited")); err == nil {
		t.Error("the pipe was renamed as an edited file")
	}
	if _, err := os.Stat(filepath.Join(dir, ".chronicle-written.json")); err == nil {
		t.Error("a checksum was kept beside the pipe")
	}
}
