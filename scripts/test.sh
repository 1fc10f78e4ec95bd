#!/usr/bin/env bash
# Install what the tests need (test extras; Debian's Chromium for the browser tests) and run them all.
set -euo pipefail
source "$(dirname "$0")/_venv.sh" "[test]"
# Browser tests need Debian's chromium, and a CJK font (fonts-noto-cjk) so that Chinese labels are glyphs, not boxes.
need=""
command -v chromium >/dev/null 2>&1 || need="chromium"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
# Engine tests run gxkg on Virtuoso open source: virtuoso-t from virtuoso-opensource-7-bin (the server binary of
# Debian's virtuoso-opensource, without its system service); the tests start it on loopback ports themselves.
command -v virtuoso-t >/dev/null 2>&1 || need="$need virtuoso-opensource-7-bin"
# The OWL 2 reasoner test runs HermiT (shipped in owlready2) on a Java runtime.
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's $need for the browser and engine tests..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  else
    echo "$need not found and cannot be installed here: browser or Virtuoso tests will be skipped" >&2
  fi
fi
# pytest exits 5 when it collects no tests: that is a failure here too.
exec .venv/bin/python -m pytest "$@"
