//go:build !unix

package tempex

import "time"

// cpuTime is not measured on this system; the benchmark then reports
// wall-clock throughput only.
func cpuTime() time.Duration { return 0 }
