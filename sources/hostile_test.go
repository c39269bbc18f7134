package sources

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestHostileInputs reads inputs built to exhaust a reader, each next to a
// good one: each gives one line naming it (or a bounded result), quickly,
// and the good input is read all the same.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A DOCX whose document.xml inflates to 80 MiB from a few hundred KiB.
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 80 {
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	deep := strings.Repeat("<div>", 100_000) + "<p>Buried text.</p>" + strings.Repeat("</div>", 100_000)

	tests := []struct {
		name    string
		file    string
		data    []byte
		wantErr string // a prefix of the one error, after the file name; "" for none
	}{
		{name: "zip bomb docx", file: "bomb.docx", data: bomb.Bytes(), wantErr: "document too large"},
		{name: "html nested 100000 deep", file: "deep.html", data: []byte("<!DOCTYPE html><html><body>" + deep + "</body></html>")},
		{name: "truncated pdf", file: "cut.pdf", data: []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), wantErr: "not a readable PDF"},
		{name: "control bytes", file: "ctl.txt", data: bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), wantErr: "binary file, not read"},
		{name: "json that is not a sheet", file: "x.json", data: []byte(`{"hello": "world"}`), wantErr: "not an event sheet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(tt.file, tt.data)
			start := time.Now()
			res, err := Read(context.Background(), []string{p, "text/testdata/published.txt"}, Options{})
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v", d)
			}
			if len(res.Documents) == 0 || res.Documents[len(res.Documents)-1].Name != "text/testdata/published.txt" {
				t.Errorf("the good input was not read")
			}
			var list timeline.ErrorList
			errors.As(err, &list)
			for _, e := range list {
				if strings.Contains(e.Error(), "\n") || !strings.HasPrefix(e.Error(), p) {
					t.Errorf("error %q is not one line naming the file", e)
				}
			}
			switch {
			case tt.wantErr != "" && (len(list) != 1 || !strings.Contains(list[0].Error(), ": "+tt.wantErr)):
				t.Errorf("err = %v, want %s: %s...", err, p, tt.wantErr)
			case tt.wantErr == "" && err != nil:
				t.Errorf("err = %v", err)
			}
		})
	}
}
