# Sourced by setup.sh and test.sh: make .venv (once) and install the package with the given extras.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".$1"
# Bytecode for the package, even where PYTHONDONTWRITEBYTECODE is set: every command would otherwise
# recompile its modules (about 20 ms a lookup).
.venv/bin/python -m compileall -q src >/dev/null
