#!/bin/sh
# ensure-chromium.sh: make sure a headless Chromium is available for the
# browser tests and the screenshot target. Uses $CHROMIUM if set, else
# /usr/bin/chromium; installs Debian's `chromium` package when it is missing
# (needs root and apt-get). Prints the browser's path.
set -eu

bin=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$bin" ]; then
	echo "$bin"
	exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "ensure-chromium: $bin not found and apt-get is not available; install Chromium and set CHROMIUM=/path/to/chromium" >&2
	exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null 2>&1 || { echo "ensure-chromium: need root (or sudo) to apt-get install chromium" >&2; exit 1; }
	sudo=sudo
fi
echo "ensure-chromium: installing Debian's chromium package" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
[ -x "$bin" ] || { echo "ensure-chromium: chromium installed but $bin is missing" >&2; exit 1; }
echo "$bin"
