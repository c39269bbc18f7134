package timeline

import "fmt"

// Precision is the granularity a date was written at, from millennium down
// to second. The zero Precision means "no date" (see Date.IsZero) or, on a
// Date with a Ref, a vague reference that has no place on the axis.
type Precision uint8

// The precisions, coarsest first. The order matters: Compare puts a coarser
// period before a finer one that starts at the same instant.
const (
	PrecisionNone Precision = iota
	Millennium
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	Hour
	Minute
	Second
)

var precisionNames = [...]string{
	PrecisionNone: "",
	Millennium:    "millennium",
	Century:       "century",
	Decade:        "decade",
	Year:          "year",
	Half:          "half",
	Quarter:       "quarter",
	Season:        "season",
	Month:         "month",
	Week:          "week",
	Day:           "day",
	Hour:          "hour",
	Minute:        "minute",
	Second:        "second",
}

// String returns the name used in events.csv ("month", "day", ...), or ""
// for PrecisionNone.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// ParsePrecision reads a precision name as String writes it. The empty
// string gives PrecisionNone.
func ParsePrecision(s string) (Precision, error) {
	for p, name := range precisionNames {
		if name == s {
			return Precision(p), nil
		}
	}
	return PrecisionNone, fmt.Errorf("unknown precision %q", s)
}

// Coarser reports whether p is a coarser granularity than q.
func (p Precision) Coarser(q Precision) bool { return p < q }
