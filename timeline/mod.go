package timeline

import "fmt"

// Mod is a TIMEX3 modifier: how a date relates to the period its value
// names ("early 2017" is 2017 with Mod Start, "about 1450" is 1450 with Mod
// Approx, "before 1990" is 1990 with Mod Before).
type Mod uint8

// The TIMEX3 modifiers.
const (
	ModNone Mod = iota
	ModBefore
	ModAfter
	ModOnOrBefore
	ModOnOrAfter
	ModLessThan
	ModMoreThan
	ModEqualOrLess
	ModEqualOrMore
	ModStart
	ModMid
	ModEnd
	ModApprox
)

var modNames = [...]string{
	ModNone:        "",
	ModBefore:      "BEFORE",
	ModAfter:       "AFTER",
	ModOnOrBefore:  "ON_OR_BEFORE",
	ModOnOrAfter:   "ON_OR_AFTER",
	ModLessThan:    "LESS_THAN",
	ModMoreThan:    "MORE_THAN",
	ModEqualOrLess: "EQUAL_OR_LESS",
	ModEqualOrMore: "EQUAL_OR_MORE",
	ModStart:       "START",
	ModMid:         "MID",
	ModEnd:         "END",
	ModApprox:      "APPROX",
}

// String returns the TIMEX3 spelling ("START", "APPROX", ...), or "" for ModNone.
func (m Mod) String() string {
	if int(m) < len(modNames) {
		return modNames[m]
	}
	return fmt.Sprintf("Mod(%d)", m)
}

// ParseMod reads a TIMEX3 mod attribute. The empty string gives ModNone.
func ParseMod(s string) (Mod, error) {
	for m, name := range modNames {
		if name == s {
			return Mod(m), nil
		}
	}
	return ModNone, fmt.Errorf("unknown TIMEX3 mod %q", s)
}

// OpenEnded reports whether the mod leaves one side of the period open
// (before, after and their variants).
func (m Mod) OpenEnded() bool {
	switch m {
	case ModBefore, ModAfter, ModOnOrBefore, ModOnOrAfter:
		return true
	}
	return false
}
