#!/bin/sh
# Counts the machine instructions one tagging of the news benchmark text
# takes (BenchmarkTag's Append), with valgrind's callgrind: a figure that,
# unlike MB/s, does not move with what else the machine is doing, so two
# builds can be compared on a busy or virtual machine.
#
# It runs the benchmark 2 and 8 times and divides the difference by 6,
# which leaves out the start-up (the package's tables, the test binary).
# The garbage collector is off, so the count is the same from run to run.
# Go's runtime reads the clock with RDTSCP, which valgrind 3.19 does not
# know: cpu.rdtscp=off makes it use RDTSC, and asyncpreemptoff=1 spares
# callgrind the preemption signals it cannot follow.
#
# Usage: scripts/instructions.sh [package dir, default timeline/tempex]
set -eu
pkg=${1:-timeline/tempex}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/t.test" "./$pkg"
count() {
	(cd "$pkg" && GOGC=off GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 \
		valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1" \
		"$tmp/t.test" -test.run '^$' -test.bench '^BenchmarkTag$' -test.benchtime "${1}x" >/dev/null 2>&1)
	callgrind_annotate "$tmp/cg.$1" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
a=$(count 2)
b=$(count 8)
echo "$a $b" | awk '{ printf "%.2f million instructions a tagging of the benchmark text\n", ($2 - $1) / 6 / 1e6 }'
