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


WIDE = False  # set by `gxkg --wide`: no wrapping, one line per row whatever its length


def table(headers: list[str], rows: list[list], max_col: int = 60) -> str:
    """An aligned text table; a long cell wraps onto more lines (CJK-aware) so nothing is lost, or with
    --wide stays on one line."""
    cells = [[str("" if v is None else v).replace("\n", " ") for v in row] for row in rows]
    if WIDE:
        wrapped = [[[c] for c in r] for r in cells]
    else:
        wrapped = [[_wrap(c, max_col) for c in r] for r in cells]
    widths = [max([width(h)] + [width(part) for r in wrapped for part in r[i]]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for r in wrapped:
        for k in range(max(len(parts) for parts in r) if r else 0):
            lines.append("  ".join(pad(parts[k] if k < len(parts) else "", w) for parts, w in zip(r, widths)).rstrip())
    return "\n".join(lines)


def _wrap(s: str, n: int) -> list[str]:
    """s in pieces of at most n display columns (breaking at spaces where Latin text allows)."""
    if width(s) <= n:
        return [s]
    out, cur, w = [], "", 0
    for ch in s:
        cw = width(ch)
        if w + cw > n:
            if " " in cur and not ch.isspace() and cur.rsplit(" ", 1)[0]:
                head, tail = cur.rsplit(" ", 1)
                out.append(head)
                cur, w = tail, width(tail)
            else:
                out.append(cur)
                cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        out.append(cur.lstrip() if out else cur)
    return [x.strip() or x for x in out]


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
