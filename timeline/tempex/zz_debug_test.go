package tempex

import (
	"fmt"
	"os"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("TX")
	if txt == "" {
		t.Skip()
	}
	ref, _ := timeline.ParseDate(os.Getenv("REF"))
	m := Auto
	switch os.Getenv("MODE") {
	case "news":
		m = News
	case "narrative":
		m = Narrative
	}
	for _, x := range Tag(txt, Options{Ref: ref, Mode: m}) {
		fmt.Printf("%q %s %s %s\n", x.Text, x.Type, x.Value, x.Mod)
	}
}
