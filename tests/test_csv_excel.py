"""CSV for Excel (issue 21 item 8): UTF-8 with a byte-order mark when written to a file, none on a pipe."""

import os
import subprocess
import sys

import pytest

BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize("args", [["-f", "csv", "search", "百色"], ["sparql", "-f", "csv", "SELECT ?c WHERE { ?c a gxo:Prefecture } LIMIT 2"],
                                  ["query", "place-ancestors", "-p", "place=融安县", "-f", "csv"]],
                         ids=["search", "sparql", "query"])
def test_csv_to_a_file_has_a_bom_and_a_pipe_none(tmp_path, kg, args):
    env = {k: v for k, v in os.environ.items() if k != "GXKG_CSV_BOM"}
    cmd = [sys.executable, "-m", "gxkg.cli", *args]
    out = tmp_path / "out.csv"
    with open(out, "wb") as fh:
        subprocess.run(cmd, stdout=fh, env=env, check=True, timeout=300)
    data = out.read_bytes()
    assert data.startswith(BOM) and data.count(BOM) == 1
    assert "百色" in data[3:].decode("utf-8") or "柳州" in data[3:].decode("utf-8") or "gxkg" in data[3:].decode("utf-8")
    piped = subprocess.run(cmd, capture_output=True, env=env, check=True, timeout=300).stdout
    assert not piped.startswith(BOM) and piped == data[3:]
    with open(out, "wb") as fh:
        subprocess.run(cmd, stdout=fh, env={**env, "GXKG_CSV_BOM": "0"}, check=True, timeout=300)
    assert out.read_bytes() == piped
    forced = subprocess.run(cmd, capture_output=True, env={**env, "GXKG_CSV_BOM": "1"}, check=True, timeout=300).stdout
    assert forced == BOM + piped
