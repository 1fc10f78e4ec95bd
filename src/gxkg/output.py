"""Plain-text tables (CJK-aware widths), CSV and JSON writers shared by CLI commands."""

from __future__ import annotations

import csv
import io
import json
import unicodedata


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - width(s), 0)


def table(headers: list[str], rows: list[list], max_col: int = 60) -> str:
    """An aligned text table; long cells are cut with '…' so rows stay on one line."""
    cells = [[_cut(str("" if v is None else v), max_col) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _cut(s: str, n: int) -> str:
    s = s.replace("\n", " ")
    if width(s) <= n:
        return s
    out, w = "", 0
    for ch in s:
        cw = width(ch)
        if w + cw > n - 1:
            break
        out += ch
        w += cw
    return out + "…"


def to_csv(headers: list[str], rows: list[list], delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(headers)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue().rstrip("\n")


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators in clear."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
