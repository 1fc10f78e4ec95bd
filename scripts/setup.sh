#!/usr/bin/env bash
# Fresh machine -> working gxkg: create .venv, install the package, validate the graph and summarise it.
set -euo pipefail
source "$(dirname "$0")/_venv.sh" ""
.venv/bin/gxkg validate
.venv/bin/gxkg stats
echo
echo "Ready: .venv/bin/gxkg --help  (or: source .venv/bin/activate && gxkg --help)"
