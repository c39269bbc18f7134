package sources

import (
	"fmt"
	"path"
	"strings"
)

// matchGlob reports whether the slash-separated path name matches pattern:
// path.Match syntax for each segment, and "**" as a whole segment for any
// number of folders ("**/*.md", "drafts/**").
func matchGlob(pattern, name string) bool {
	return matchSegs(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchSegs(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegs(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// CheckGlobs reports the first malformed pattern ("[a-"), for a command
// line to refuse before reading anything.
func CheckGlobs(patterns []string) error {
	for _, p := range patterns {
		for _, seg := range strings.Split(p, "/") {
			if seg == "**" {
				continue
			}
			if _, err := path.Match(seg, ""); err != nil {
				return fmt.Errorf("pattern %q: %w", p, err)
			}
		}
	}
	return nil
}

func matchAny(patterns []string, base, rel string) bool {
	for _, p := range patterns {
		if matchGlob(p, base) || matchGlob(p, rel) {
			return true
		}
	}
	return false
}
