#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a short time (FUZZTIME, default
# 3s each), so that `make test` exercises them on every run. Longer runs:
#   FUZZTIME=10m scripts/fuzz-short.sh            # every target
#   go test -run '^$' -fuzz '^FuzzTag$' -fuzztime 1h ./timeline/tempex
set -euo pipefail
fuzztime=${FUZZTIME:-3s}
cd "$(dirname "$0")/.."
pkgs=$(go list ./...)
count=0
for pkg in $pkgs; do
	targets=$(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true)
	for target in $targets; do
		echo "fuzz $pkg $target ($fuzztime)"
		go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$pkg" >/tmp/chronicle-fuzz.log 2>&1 || {
			cat /tmp/chronicle-fuzz.log
			echo "fuzz target $target in $pkg failed" >&2
			exit 1
		}
		count=$((count + 1))
	done
done
echo "fuzz: $count targets, $fuzztime each, no failure"
