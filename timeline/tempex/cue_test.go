package tempex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"sort"
	"strconv"
	"testing"
)

// cueNamedWords returns the words cue's rules compare token k itself
// with, read from its source (cue and cueRules): the words of is and isAny called at k, the
// words string(low) is compared with, and the keys of the sets it is
// looked up in.
func cueNamedWords(t *testing.T) map[string]bool {
	fset := gotoken.NewFileSet()
	af, err := parser.ParseFile(fset, "tagger.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]map[string]bool{"moveVerbs": moveVerbs}
	isLow := func(e ast.Expr) bool {
		c, ok := e.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			return false
		}
		f, ok1 := c.Fun.(*ast.Ident)
		a, ok2 := c.Args[0].(*ast.Ident)
		return ok1 && ok2 && f.Name == "string" && a.Name == "low"
	}
	words := map[string]bool{}
	lit := func(e ast.Expr) {
		if l, ok := e.(*ast.BasicLit); ok && l.Kind == gotoken.STRING {
			s, _ := strconv.Unquote(l.Value)
			words[s] = true
		} else {
			t.Errorf("%s: a word not written as a literal", fset.Position(e.Pos()))
		}
	}
	found := false
	for _, d := range af.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "cue" && fn.Name.Name != "cueRules" || fn.Recv == nil { // (cue, and the chain of rules it calls)
			continue
		}
		found = true
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "is" && sel.Sel.Name != "isAny" || len(n.Args) < 2 {
					return true
				}
				if id, ok := n.Args[0].(*ast.Ident); ok && id.Name == "k" {
					for _, a := range n.Args[1:] {
						lit(a)
					}
				}
			case *ast.BinaryExpr:
				if n.Op != gotoken.EQL && n.Op != gotoken.NEQ {
					return true
				}
				if isLow(n.X) {
					lit(n.Y)
				} else if isLow(n.Y) {
					lit(n.X)
				}
			case *ast.IndexExpr:
				if !isLow(n.Index) {
					return true
				}
				m, ok := n.X.(*ast.Ident)
				if !ok || sets[m.Name] == nil {
					t.Errorf("%s: string(low) looked up in a set the test does not know", fset.Position(n.Pos()))
					return true
				}
				for w := range sets[m.Name] {
					words[w] = true
				}
			}
			return true
		})
	}
	if !found {
		t.Fatal("no func cue in tagger.go")
	}
	return words
}

// TestCueWords checks that every word cue's rules compare the token
// itself with is marked in vocabCueWord, as its shortcut for the other
// words requires.
func TestCueWords(t *testing.T) {
	var missing []string
	for w := range cueNamedWords(t) {
		if !vocabCueWord[lookupWord(w)] {
			missing = append(missing, w)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("cue names words at k that are neither in cueWords nor in cueClass: %q", missing)
	}
}

// lookupWord returns the vocabulary id of the lower-case word s, or 0.
func lookupWord(s string) uint16 {
	var b wordBuf
	copy(b[:], s)
	return lookup(wordBits(&b, len(s)))
}

// TestCueMemo asks cue twice about every token of some sentences, for
// each token tense might ask about, and checks that the second answer,
// which comes from cueMemo for a word of the rules, is the first, with
// the same weakCue and undecided set.
func TestCueMemo(t *testing.T) {
	texts := []string{
		"The company said Tuesday it would cut 500 jobs, and union leaders met on Wednesday.",
		"The hearing was scheduled for 8 June but was postponed until Friday.",
		"Tickets bought before 17 May remain valid; the works will last until June.",
		"We're meeting them this weekend, and the decision announced on 19 December is final.",
	}
	for _, text := range texts {
		tg := New(Options{Ref: day("2025-11-18"), Mode: News})
		tg.Append(nil, text)
		for cueFor := 0; cueFor < len(tg.toks); cueFor++ {
			for k := 0; k < len(tg.toks); k++ {
				for _, left := range []bool{true, false} {
					tg.cueFor = cueFor
					tg.weakCue, tg.undecided = false, false
					c1, s1 := tg.cue(k, left)
					w1, u1 := tg.weakCue, tg.undecided
					tg.weakCue, tg.undecided = false, false
					c2, s2 := tg.cue(k, left)
					w2, u2 := tg.weakCue, tg.undecided
					if c1 != c2 || s1 != s2 || w1 != w2 || u1 != u2 {
						t.Errorf("%q: cue(%d, %v) for %d: %d %v %v %v, then %d %v %v %v", text, k, left, cueFor, c1, s1, w1, u1, c2, s2, w2, u2)
					}
				}
			}
		}
	}
}
