#!/usr/bin/env bash
# Install what the tests need (test extras; Debian's Chromium for the browser tests) and run them all.
set -euo pipefail
source "$(dirname "$0")/_venv.sh" "[test]"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium not found and cannot be installed here: browser tests will be skipped" >&2
  fi
fi
# pytest exits 5 when it collects no tests: that is a failure here too.
exec .venv/bin/python -m pytest "$@"
