package tempex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPatternWords checks that every word the patterns compare a token
// with is in the vocabulary, since is and isAny take a word out of it for
// none of them: the words written in calls of is, isAny and prepBetween,
// those in functions that pass other strings to them or compare words
// otherwise (cue), and the names of zones.
func TestPatternWords(t *testing.T) {
	inVocab := map[string]bool{}
	for _, k := range vocab {
		inVocab[k] = true
	}
	check := func(s, where string) {
		if s == "" {
			t.Errorf("%s: the empty word", where)
		}
		for i := 0; i < len(s); i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return // no token's word (a word is letters only, compared in lower case)
			}
		}
		if !inVocab[s] {
			t.Errorf("%s: %q is not in the vocabulary: add it to patternWords", where, s)
		}
	}
	for _, z := range namedZones {
		for _, w := range z.words {
			check(w, "namedZones")
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			passesOthers := false // the function passes is or isAny a string not written in the call
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if sw, ok := n.(*ast.SwitchStmt); ok && isKeyCall(sw.Tag) {
					// switch t.key(k) { case "will", "shall": ... }: the
					// cases are words compared with, as isAny's are
					for _, st := range sw.Body.List {
						for _, e := range st.(*ast.CaseClause).List {
							if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
								s, _ := strconv.Unquote(lit.Value)
								check(s, fset.Position(lit.Pos()).String())
							}
						}
					}
					return true
				}
				c, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := c.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				first := 0
				switch sel.Sel.Name {
				case "is", "isAny":
					first = 1
				case "prepBetween":
					first = 2
				default:
					return true
				}
				for _, a := range c.Args[min(first, len(c.Args)):] {
					if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
						s, _ := strconv.Unquote(lit.Value)
						check(s, fset.Position(lit.Pos()).String())
					} else if fn.Name.Name != "prepBetween" && fn.Name.Name != "zoneAt" {
						// (prepBetween's words are checked where it is
						// called, and zoneAt's are namedZones)
						passesOthers = true
					}
				}
				return true
			})
			if passesOthers || fn.Name.Name == "cue" || fn.Name.Name == "cueRules" {
				// every word the function writes may reach is or isAny
				// (and cue takes a word out of the vocabulary for none
				// its rules, cueRules, compare with)
				ast.Inspect(fn.Body, func(n ast.Node) bool {
					if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
						s, _ := strconv.Unquote(lit.Value)
						if s != "" {
							check(s, fset.Position(lit.Pos()).String())
						}
					}
					return true
				})
			}
		}
	}
}

// isKeyCall reports whether e is a call of the Tagger's key method
// (t.key(k)), whose word a switch compares with its cases.
func isKeyCall(e ast.Expr) bool {
	c, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "key"
}
