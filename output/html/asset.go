package html

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// assets always holds the committed README and the pinned version and
// checksum; echarts.min.js is there only when `make assets` put it there
// before the build.
//
//go:embed assets
var assets embed.FS

//go:embed static/app.js
var appJS string

//go:embed static/style.css
var styleCSS string

// ErrNoECharts is returned by Write when the binary was built without the
// ECharts asset and Options.CDN is not set.
var ErrNoECharts = errors.New("this build of chronicle has no embedded ECharts (run `make assets` before `go build`); " +
	"rebuild it, or ask for a page that loads ECharts from the official CDN (--cdn)")

// library is the ECharts build a page uses: its source when it is inlined,
// and the pinned version and checksum either way.
type library struct {
	version string
	sum     [sha256.Size]byte // of dist/echarts.min.js at version
	source  string            // empty when not embedded
}

// cdnURL is where the official CDN serves the pinned build (jsDelivr, the
// CDN ECharts' own documentation points to).
func (l *library) cdnURL() string {
	return "https://cdn.jsdelivr.net/npm/echarts@" + l.version + "/dist/echarts.min.js"
}

// integrity is the Subresource Integrity value of the pinned build, which
// is also its Content-Security-Policy hash.
func (l *library) integrity() string {
	return "sha256-" + base64.StdEncoding.EncodeToString(l.sum[:])
}

var (
	libOnce sync.Once
	lib     *library
	libErr  error
)

// embedded returns the ECharts library the binary was built with. Its
// source is empty when the asset is absent; an asset that does not match
// the recorded checksum is an error.
func embedded() (*library, error) {
	libOnce.Do(func() { lib, libErr = loadLibrary(assets) })
	return lib, libErr
}

func loadLibrary(fsys fs.FS) (*library, error) {
	v, err := fs.ReadFile(fsys, "assets/echarts.version")
	if err != nil {
		return nil, fmt.Errorf("html: reading the pinned ECharts version: %w", err)
	}
	s, err := fs.ReadFile(fsys, "assets/echarts.min.js.sha256")
	if err != nil {
		return nil, fmt.Errorf("html: reading the pinned ECharts checksum: %w", err)
	}
	l := &library{version: strings.TrimSpace(string(v))}
	fields := strings.Fields(string(s))
	if len(fields) == 0 {
		return nil, errors.New("html: assets/echarts.min.js.sha256 is empty")
	}
	if b, err := hex.DecodeString(fields[0]); err != nil || len(b) != sha256.Size {
		return nil, fmt.Errorf("html: assets/echarts.min.js.sha256: %q is not a SHA-256", fields[0])
	} else {
		copy(l.sum[:], b)
	}
	src, err := fs.ReadFile(fsys, "assets/echarts.min.js")
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		return nil, fmt.Errorf("html: reading the embedded ECharts: %w", err)
	}
	if got := sha256.Sum256(src); got != l.sum {
		return nil, fmt.Errorf("html: the embedded echarts.min.js has SHA-256 %x, but echarts@%s is pinned at %x; run scripts/fetch-echarts.sh and rebuild",
			got, l.version, l.sum)
	}
	l.source = string(src)
	return l, nil
}

// HasEmbeddedECharts reports whether the binary carries the ECharts
// library, so that Write can produce self-contained pages without Options.CDN.
// The command line uses it to warn early.
func HasEmbeddedECharts() bool {
	l, err := embedded()
	return err == nil && l.source != ""
}

// EChartsVersion is the pinned ECharts version pages are built with.
func EChartsVersion() string {
	l, err := embedded()
	if err != nil {
		return ""
	}
	return l.version
}
