package sources

import (
	"encoding/binary"
	"testing"
	"unicode/utf16"
)

// utf16Bytes writes s in UTF-16 with its byte-order mark, little or big
// endian, as Excel's "Unicode Text" and Notepad save it.
func utf16Bytes(s string, big bool) []byte {
	var order binary.AppendByteOrder = binary.LittleEndian
	out := []byte{0xFF, 0xFE}
	if big {
		order, out = binary.BigEndian, []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestDetectUTF16: a file in UTF-16 with its byte-order mark is told by
// the text it holds, as one in UTF-8 is: Excel's "Unicode Text" export of
// an event sheet, named .txt, is a sheet (was read as prose, each row's
// cells its text); prose stays text.
func TestDetectUTF16(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		big        bool
		want       Format
	}{
		{name: "a tab-separated sheet", text: "Date\tEvent\n13/12/2017\tVote\n", want: Sheet},
		{name: "big endian", text: "Date\tEvent\n13/12/2017\tVote\n", big: true, want: Sheet},
		{name: "prose", text: "The council voted on 13 December 2017.\n", want: Text},
		{name: "an HTML page", text: "<!DOCTYPE html><html><body><p>x</p></body></html>", want: HTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect("export.txt", utf16Bytes(tc.text, tc.big), ""); got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
}
