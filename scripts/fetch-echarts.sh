#!/bin/sh
# fetch-echarts.sh: put the pinned ECharts build into output/html/assets/,
# taken from the official `echarts` npm package and checked against the
# SHA-256 recorded in the repository. Idempotent: does nothing when the file
# is already there with the right checksum.
#
#   scripts/fetch-echarts.sh                 fetch and verify
#   scripts/fetch-echarts.sh --print-sha256  fetch and print the checksum (to record a new version)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
assets="$root/output/html/assets"
version=$(tr -d ' \n' < "$assets/echarts.version")
want=$(cut -d' ' -f1 < "$assets/echarts.min.js.sha256")
dest="$assets/echarts.min.js"

sha256() { sha256sum "$1" | cut -d' ' -f1; }

if [ "${1:-}" != "--print-sha256" ] && [ -f "$dest" ] && [ "$(sha256 "$dest")" = "$want" ]; then
	exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "fetch-echarts: npm is needed to fetch echarts@$version (apt-get install npm)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# npm pack checks the tarball against the registry's integrity hash.
(cd "$tmp" && npm pack --silent "echarts@$version" >/dev/null)
tar -xzf "$tmp/echarts-$version.tgz" -C "$tmp" package/dist/echarts.min.js
got=$(sha256 "$tmp/package/dist/echarts.min.js")

if [ "${1:-}" = "--print-sha256" ]; then
	echo "$got  echarts.min.js"
	exit 0
fi
if [ "$got" != "$want" ]; then
	echo "fetch-echarts: echarts@$version dist/echarts.min.js has sha256 $got, want $want (output/html/assets/echarts.min.js.sha256); not installed" >&2
	exit 1
fi
cp "$tmp/package/dist/echarts.min.js" "$dest.tmp"
mv "$dest.tmp" "$dest"
echo "fetch-echarts: installed echarts@$version ($got)" >&2
