package tempex

import "testing"

// TestASCIILetters checks the letters word finds 8 bytes at a time
// against the scanner's byte classes, every byte at every place.
func TestASCIILetters(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			for _, fill := range []uint64{0, 0x2020202020202020, 0x6161616161616161, 0xffffffffffffffff} {
				x := fill&^(0xff<<(8*k)) | uint64(c)<<(8*k)
				got := asciiLetters(x)
				for j := 0; j < 8; j++ {
					b := byte(x >> (8 * j))
					if want := class[b] == cLetter; (got>>(8*j+7)&1 == 1) != want {
						t.Fatalf("asciiLetters(%#x): byte %d (%#x) letter %v", x, j, b, !want)
					}
				}
			}
		}
	}
}
