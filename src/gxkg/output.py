"""Plain-text tables (CJK-aware widths), CSV and JSON writers shared by CLI commands, and the guard that
keeps text from the graph or an article from controlling the terminal it is printed on."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from contextlib import contextmanager

# What must not reach a terminal raw: C0 controls but tab and newline (ESC starts colour, cursor, title
# and clipboard sequences; CR overwrites a line), DEL, C1 controls (CSI U+009B and OSC U+009D act like ESC
# sequences in some terminals), bidirectional marks, embeddings, overrides and isolates (they reorder
# what follows them: a table row, a file name), and the line and paragraph separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def escape(s: str) -> str:
    """s with every UNSAFE character written as a \\uXXXX escape, which is also what JSON, Turtle and
    N-Triples would read back as the same character."""
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", s)


def plain(s: str) -> str:
    """s for a plain-text page or table: a backslash written twice, so the `\\uXXXX` the terminal guard writes
    for an unsafe character is never mistaken for text that holds a backslash (JSON and Turtle have their own
    escapes and are not passed through this)."""
    return s.replace("\\", "\\\\")


class TerminalStream:
    """A text stream that writes to another with UNSAFE characters escaped, unless `raw` (CSV, TSV, XML:
    formats that have no escapes, written as data into a file or a pipe). It reports no terminal (isatty is False), so no library
    colours what it writes (uvicorn's log, click) only to see its colour codes escaped; everything else
    (encoding, buffer, fileno) is the other stream's, so click and binary writers see what they expect."""

    def __init__(self, inner):
        self._inner = inner
        self.raw = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._inner.write(s if self.raw else escape(s))
        return len(s)

    def isatty(self):
        return False

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._inner, name)


@contextmanager
def terminal_guard():
    """Standard output and error escape UNSAFE characters while the block runs (a CLI command)."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None and not isinstance(sys.stdout, TerminalStream):
        sys.stdout = TerminalStream(sys.stdout)
    if sys.stderr is not None and not isinstance(sys.stderr, TerminalStream):
        sys.stderr = TerminalStream(sys.stderr)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, TerminalStream):
                try:
                    stream.flush()
                except BrokenPipeError:  # `gxkg … | head`: the reader has gone
                    stdout_gone()
        sys.stdout, sys.stderr = saved


def stdout_gone() -> None:
    """The reader of standard output has gone (`| head`): what is still buffered goes to /dev/null, so the
    exit is quiet (not an error printed at shutdown). Standard error stays open for real errors."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def data_format(fmt: str | None) -> None:
    """Standard output carries data in fmt: CSV, TSV and XML pass as they are into a file or a pipe (they have
    no escapes; JSON, Turtle and tables are escaped, to the same data where the format has escapes). On a
    terminal they are escaped too: there the bytes would be read by the terminal, not kept as data."""
    if isinstance(sys.stdout, TerminalStream):
        sys.stdout.raw = fmt in ("csv", "tsv", "xml") and not _on_a_terminal(sys.stdout)


def _on_a_terminal(stream: TerminalStream) -> bool:
    """The stream under the guard writes to a terminal (the guard itself says it does not, for libraries)."""
    try:
        return bool(stream._inner.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - width(s), 0)


WIDE = False  # set by `gxkg --wide`: no wrapping, one line per row whatever its length


def table(headers: list[str], rows: list[list], max_col: int = 60) -> str:
    """An aligned text table; a long cell wraps onto more lines (CJK-aware) so nothing is lost, or with
    --wide stays on one line."""
    headers = [escape(plain(str(h))) for h in headers]
    split = (lambda c: [c]) if WIDE else (lambda c: _wrap(c, max_col))
    wrapped = [[split(escape(plain(str("" if v is None else v)).replace("\n", " "))) for v in row] for row in rows]
    widths = [max([width(h)] + [width(part) for r in wrapped for part in r[i]]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    return "\n".join(lines + [line for r in wrapped for line in _row_lines(r, widths)])


def _row_lines(r: list[list[str]], widths: list[int]) -> list[str]:
    """The text lines of one row whose cells are wrapped into pieces: as many lines as its longest cell."""
    height = max((len(parts) for parts in r), default=0)
    return ["  ".join(pad(parts[k] if k < len(parts) else "", w) for parts, w in zip(r, widths)).rstrip()
            for k in range(height)]


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
    """Indented JSON, non-ASCII text in clear but UNSAFE characters escaped (the same data)."""
    return escape(json.dumps(data, ensure_ascii=False, indent=2))
