#!/usr/bin/env bash
# Fresh machine -> working gxkg: create .venv, install the package, validate the graph and summarise it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${GXKG_EXTRAS:-}"
.venv/bin/gxkg validate
.venv/bin/gxkg stats
echo
echo "Ready: .venv/bin/gxkg --help  (or: source .venv/bin/activate && gxkg --help)"
