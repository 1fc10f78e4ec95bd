"""Read-only SPARQL with a time limit, and the library of saved, parameterised queries (.rq files)."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from importlib import resources

from rdflib import Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate

from .errors import QueryError, QueryTimeout, UsageError
from .namespaces import PREFIXES, sparql_prologue

DEFAULT_TIMEOUT = 10.0


_TOKENS = re.compile(
    r'("""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|(?<![\w:])([A-Za-z][\w-]*):((?:[\w-]|\\/|/|\.(?=[\w-]))*[\w-])")


def expand_slash_curies(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Rewrite gxr: names whose local part has '/' (gxr:place/450721) as full IRIs.

    Only gxr: (instances): elsewhere '/' is the property-path operator (dct:source/a). SPARQL forbids an unescaped '/' in a prefixed name and rdflib mishandles the escaped form, yet
    every gxkg instance IRI has one. Strings, IRIs and comments are left alone. Returns the new text
    and (new_offset, old_offset) anchors for mapping error positions back.
    """
    out, anchors, last = [], [(0, 0)], 0
    new_len = 0
    for m in _TOKENS.finditer(text):
        if m.group(1) or m.group(2) != "gxr" or "/" not in m.group(3):
            continue
        iri = f"<{PREFIXES[m.group(2)]}{m.group(3).replace(chr(92) + '/', '/')}>"
        out.append(text[last:m.start()])
        new_len += m.start() - last
        out.append(iri)
        new_len += len(iri)
        last = m.end()
        anchors.append((new_len, m.end()))
    out.append(text[last:])
    return "".join(out), anchors


@lru_cache(maxsize=512)
def _prepare(full: str):
    """Parsing is the slow part of a small query (pyparsing); a prepared query can be run again."""
    return prepareQuery(full, initNs=PREFIXES)


def check_query(text: str):
    """Parse a query and refuse what a read-only, offline endpoint must not run.

    Returns the prepared query. Refused: updates (incl. LOAD), SERVICE, and FROM / FROM NAMED
    (rdflib would fetch those graphs from the web or the file system).
    """
    body, anchors = expand_slash_curies(text)
    prologue = sparql_prologue()
    full = prologue + body
    try:
        q = _prepare(full)
    except Exception as e:
        try:
            parseUpdate(full)
        except Exception:
            raise QueryError(f"SPARQL syntax error: {_parse_message(e, text, len(prologue), anchors)}") from None
        raise QueryError("updates (INSERT, DELETE, LOAD, CLEAR, ...) are refused: the graph is read-only") from None
    if _uses_service(q.algebra):
        raise QueryError("SERVICE is refused: queries may not reach other endpoints")
    if q.algebra.get("datasetClause"):
        raise QueryError("FROM / FROM NAMED are refused: queries run over the gxkg graph only and may not load other graphs")
    return q


def _uses_service(node) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            return True
        return any(_uses_service(v) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_uses_service(v) for v in node)
    return False


def _parse_message(e: Exception, user: str, offset: int, anchors: list[tuple[int, int]]) -> str:
    """pyparsing's message with the position given as line and column of the user's own text."""
    msg = str(e).splitlines()[0] if str(e) else type(e).__name__
    loc = getattr(e, "loc", None)
    if isinstance(loc, int):
        pos = max(loc - offset, 0)
        new0, old0 = max((a for a in anchors if a[0] <= pos), default=(0, 0))
        pos = min(old0 + (pos - new0), len(user))
        line = user.count("\n", 0, pos) + 1
        col = pos - (user.rfind("\n", 0, pos) + 1) + 1
        snippet = user[max(pos - 15, 0):pos + 15].replace("\n", " ")
        msg = re.sub(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)", "", msg)
        return f"{msg} at line {line}, column {col} (near {snippet!r})"
    return msg


def run_query(graph, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT):
    """Run a checked query over graph; QueryTimeout once it runs past `timeout` seconds.

    The graph's store (gxkg.deadline.TimedMemory) checks the deadline on every lookup, so the query
    stops in this thread; results are fully evaluated inside the limit.
    """
    from .deadline import DeadlineExceeded, deadline

    q = check_query(text)
    try:
        with deadline(timeout):
            res = graph.query(q, initBindings=bindings or {})
            if res.type == "SELECT":
                res.bindings = list(res.bindings)  # evaluate now, inside the time limit
            elif res.type in ("CONSTRUCT", "DESCRIBE"):
                len(res.graph)
    except DeadlineExceeded:
        raise QueryTimeout(f"query stopped at the {timeout:g} s time limit") from None
    except QueryError:
        raise
    except Exception as e:
        raise QueryError(f"query failed: {type(e).__name__}: {e}") from None
    return res


# ---------------------------------------------------------------- saved queries
@dataclass
class Param:
    name: str
    kind: str  # entity | string | integer | year | yearmonth
    default: str | None
    help: str


@dataclass
class SavedQuery:
    name: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)

    def bindings(self, kg, values: dict[str, str]) -> dict:
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise UsageError(f"query {self.name} has no parameter {', '.join(sorted(unknown))} (parameters: {known})")
        out = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None or raw == "":
                continue
            out[p.name] = convert_param(kg, p, raw)
        return out


def convert_param(kg, p: Param, raw: str):
    from rdflib.namespace import XSD

    if p.kind == "entity":
        return kg.resolve(raw)
    if p.kind == "class":
        return kg.resolve_class(raw)
    if p.kind == "integer":
        if not re.fullmatch(r"-?\d+", raw):
            raise UsageError(f"parameter {p.name} takes a whole number, not {raw!r}")
        return Literal(int(raw))
    if p.kind == "yearmonth":
        if not re.fullmatch(r"\d{4}-\d{2}", raw):
            raise UsageError(f"parameter {p.name} takes a month as YYYY-MM, not {raw!r}")
        return Literal(raw, datatype=XSD.gYearMonth)
    if p.kind == "year":
        if not re.fullmatch(r"\d{4}", raw):
            raise UsageError(f"parameter {p.name} takes a year as YYYY, not {raw!r}")
        return Literal(raw, datatype=XSD.gYear)
    return Literal(raw)


_HEADER = re.compile(r"^#\s*(description|param):\s*(.*)$")


def parse_saved(name: str, text: str) -> SavedQuery:
    """Read the '# description:' and '# param: NAME KIND [default=VALUE] -- help' header of an .rq file."""
    desc, params = "", []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            continue
        if m.group(1) == "description":
            desc = m.group(2).strip()
        else:
            spec, _, helptext = m.group(2).partition("--")
            parts = spec.split()
            default = next((x.split("=", 1)[1] for x in parts[2:] if x.startswith("default=")), None)
            params.append(Param(parts[0], parts[1], default, helptext.strip()))
    return SavedQuery(name, desc, text, params)


def saved_queries() -> dict[str, SavedQuery]:
    pkg = resources.files("gxkg.saved")
    out = {}
    for p in sorted(pkg.iterdir(), key=lambda p: p.name):
        if p.name.endswith(".rq"):
            name = p.name.removesuffix(".rq")
            out[name] = parse_saved(name, p.read_text(encoding="utf-8"))
    return out


def get_saved(name: str) -> SavedQuery:
    qs = saved_queries()
    if name in qs:
        return qs[name]
    import difflib

    close = difflib.get_close_matches(name, list(qs), n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `gxkg queries` lists them"
    raise UsageError(f"no saved query named {name!r}{hint}")


def run_saved(kg, name: str, values: dict[str, str] | None = None, timeout: float | None = DEFAULT_TIMEOUT):
    sq = get_saved(name)
    return run_query(kg.graph, sq.text, sq.bindings(kg, values or {}), timeout=timeout)


def rows(result) -> list[dict]:
    """SELECT results as dicts of rdflib terms (unbound variables omitted)."""
    return [{str(k): v for k, v in b.items()} for b in result.bindings]
