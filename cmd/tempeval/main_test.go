package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/tempeval"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func TestRun(t *testing.T) {
	mini := "../../internal/tempeval/testdata/mini"
	tests := []struct {
		name     string
		args     []string
		code     int
		out, err string
		notOut   string
	}{
		{"folder", []string{mini}, 0, "mini", "", "== "},
		{"verbose", []string{"-v", "-mode", "news", mini}, 0, "### " + mini, "", ""},
		{"bad mode", []string{"-mode", "poetry", mini}, 2, "", "unknown -mode", ""},
		{"bad flag", []string{"-x"}, 2, "", "flag provided but not defined", ""},
		{"help", []string{"-h"}, 0, "", "usage: tempeval", ""},
		{"missing folder", []string{"testdata/nothing"}, 1, "", "testdata/nothing", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.out) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tt.out)
			}
			if !strings.Contains(stderr.String(), tt.err) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.err)
			}
			if tt.notOut != "" && strings.Contains(stdout.String(), tt.notOut) {
				t.Errorf("stdout has %q without -v:\n%s", tt.notOut, stdout.String())
			}
			if tt.code == 0 && tt.out != "" {
				for _, col := range []string{"strict P", "relaxed P", "value F1", "type F1", "tag MB/s", "DATE"} {
					if !strings.Contains(stdout.String(), col) {
						t.Errorf("stdout lacks %q", col)
					}
				}
			}
		})
	}
}

func TestCorporaDefault(t *testing.T) {
	cs, err := corpora(&options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"tempeval3/train news", "tempeval3/test news", "wikiwars narrative"}
	if len(cs) != len(want) {
		t.Fatalf("%d corpora", len(cs))
	}
	for i, c := range cs {
		got := c.Name + " " + tempeval.ModeName(c.Mode)
		if got != want[i] || !strings.HasSuffix(c.Dir, filepath.FromSlash("shared/bench/"+c.Name)) {
			t.Errorf("corpus %d: %s in %s, want %s", i, got, c.Dir, want[i])
		}
	}
	cs, err = corpora(&options{mode: "auto"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Mode != tempex.Auto {
			t.Errorf("-mode auto: %s has mode %s", c.Name, tempeval.ModeName(c.Mode))
		}
	}
}
