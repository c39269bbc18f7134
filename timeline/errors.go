package timeline

import (
	"fmt"
	"strings"
)

// Error is a problem found at a position in an input. It prints as
// FILE:LINE:COL: message, the form editors and the command line expect.
type Error struct {
	Pos Position
	Err error
}

func (e *Error) Error() string {
	switch {
	case e.Pos.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Pos.File, e.Pos.Line, e.Pos.Col, e.Err)
	case e.Pos.File != "":
		return fmt.Sprintf("%s: %v", e.Pos.File, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error at pos.
func Errorf(pos Position, format string, args ...any) *Error {
	return &Error{Pos: pos, Err: fmt.Errorf(format, args...)}
}

// ErrorList collects the problems of a run that keeps going after each.
type ErrorList []error

// Add appends err if it is not nil.
func (l *ErrorList) Add(err error) {
	if err != nil {
		*l = append(*l, err)
	}
}

// Err returns nil for an empty list, else the list itself.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.Is and errors.As look at every error in the list.
func (l ErrorList) Unwrap() []error { return l }

// PositionAt computes the 1-based line and column (in bytes) of offset in
// text, for error messages; base is the position text itself starts at.
func PositionAt(base Position, text string, offset int) Position {
	if offset > len(text) {
		offset = len(text)
	}
	p := base
	if p.Line == 0 {
		p.Line, p.Col = 1, 1
	}
	p.Offset += offset
	before := text[:offset]
	if nl := strings.Count(before, "\n"); nl > 0 {
		p.Line += nl
		p.Col = offset - strings.LastIndexByte(before, '\n')
	} else {
		p.Col += offset
	}
	return p
}
