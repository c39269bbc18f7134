package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHeadline feeds headline and Actors any sentence with any date span:
// no panic, and what they return is one line, without empty brackets, a
// leading list dash or, for actors, a figure or a line break.
func FuzzHeadline(f *testing.F) {
	seeds := []struct {
		s      string
		ds, de int
	}{
		{"He fought in the war (1939-45) with the navy.", 21, 28},
		{"Ms Olsen, 47, joined Northwind in 2012.", 31, 38},
		{"Last week I found postcards from 1936, the year the library burned down.", 28, 46},
		{`"This is a new chapter," said the curator, who has run the gallery since 2016.`, 67, 77},
		{"A Paris gallery on Monday returned 40 carvings taken from the island in 1868, one of the largest returns.", 69, 76},
		{"OTTAWA (Reuters) - The talks stalled on Tuesday over fishing rights.", 36, 46},
		{"The high court said on Wednesday it would hear the appeal next month.", 20, 32},
		{"4 May 2018 – The council raises fares by 20%.", 0, 10},
		{"NEW YORK (AP) — The Federal Reserve raised its rate.", 0, 0},
	}
	for _, sd := range seeds {
		f.Add(sd.s, sd.ds, sd.de)
	}
	f.Fuzz(func(t *testing.T, s string, ds, de int) {
		if !utf8.ValidString(s) || len(s) > 2000 {
			return
		}
		if ds < 0 || de < ds || de > len(s) || ds < len(s) && !utf8.RuneStart(s[ds]) || de < len(s) && !utf8.RuneStart(s[de]) {
			return
		}
		h := headline(s, ds, de, nil, nil)
		if strings.ContainsAny(h.title, "\n\r") {
			t.Errorf("headline(%q, %d, %d) = %q: a line break", s, ds, de, h.title)
		}
		if strings.HasPrefix(h.title, "– ") || strings.HasPrefix(h.title, "- ") {
			t.Errorf("headline(%q, %d, %d) = %q: a list dash", s, ds, de, h.title)
		}
		for _, a := range Actors(s) {
			if strings.ContainsAny(a, "\n\r0123456789") {
				t.Errorf("Actors(%q) holds %q", s, a)
			}
		}
	})
}
