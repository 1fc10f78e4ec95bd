"""SPARQL text handling that runs before any engine sees a query: its form, refusals, slash CURIEs, VALUES.

A small tokenizer skips strings, IRIs and comments, so keywords are found only where they are keywords.
"""

from __future__ import annotations

import re

from ..errors import QueryRefused as QueryError

# One pass, no backtracking that grows with the input: every alternative either fails at once or consumes
# what it scanned (an unclosed string runs to the end of its line, a long string to the end of the text),
# and a word is taken whole, so no run of word characters is rescanned from each of its positions.
_LOCAL = r"(?:[\w-]|\\/|/|\.(?=[\w-]))*[\w-]"
_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\[\s\S]?|"(?!""))*(?:"""|\Z)'
    r"|'''(?:[^'\\]|\\[\s\S]?|'(?!''))*(?:'''|\Z)"
    r'|"(?:[^"\\\n]|\\[\s\S]?)*(?:"|(?=\n)|\Z)'
    r"|'(?:[^'\\\n]|\\[\s\S]?)*(?:'|(?=\n)|\Z)"
    r'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|(?P<var>[?$]\w+)"
    r"|(?P<word>[^\W\d][\w-]*)(?P<colon>:(?P<local>" + _LOCAL + r")?)?"
    r"|(?P<colon0>:)(?P<local0>" + _LOCAL + r")?"
    r"|(?P<brace>\{)")
MAX_QUERY_CHARS = 1_000_000  # longer query texts are refused before any scan


def _tokens(text: str):
    """(kind, value, match) for each token, in one linear pass: kind is skip (a string, IRI or comment),
    var, pname (value: its prefix, '' for ':name'), word (value: upper case) or '{'."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query text over {MAX_QUERY_CHARS:,} characters is refused")
    for m in _TOKENS.finditer(text):
        if m.group("word") is not None:
            if m.group("colon") is not None:
                yield "pname", m.group("word"), m
            else:
                yield "word", m.group("word").upper(), m
        elif m.group("colon0") is not None:
            yield "pname", "", m
        elif m.group("brace") is not None:
            yield "{", "{", m
        elif m.group("var") is not None:
            yield "var", m.group(0), m
        else:
            yield "skip", m.group(0), m


def _local(m) -> str | None:
    return m.group("local") or m.group("local0")


UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def _keywords(text: str):
    """(upper-case word, start, end) for every bare word and '{' outside strings, IRIs, comments and names."""
    for kind, value, m in _tokens(text):
        if kind in ("word", "{"):
            yield value, m.start(), m.end()


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; refuses updates and SERVICE with a one-line QueryError.

    The engine parses the query for real (inside the limits); this only decides how to answer and what to refuse.
    """
    form = None
    for w, _, _ in _keywords(text):
        if form is None:
            if w in FORMS:
                form = w
            elif w in UPDATE_WORDS:
                raise QueryError("updates (INSERT, DELETE, LOAD, CLEAR, ...) are refused: the graph is read-only")
        if w == "SERVICE":
            raise QueryError("SERVICE is refused: queries may not reach other endpoints")
    if form is None:
        raise QueryError("SPARQL syntax error: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form


def expand_slash_curies(text: str, prefixes: dict[str, str], which: tuple[str, ...] = ("gxr",)) -> str:
    """Rewrite gxr: names whose local part has '/' (gxr:place/450721) as full IRIs.

    SPARQL forbids an unescaped '/' in a prefixed name, yet every gxkg instance IRI has one; elsewhere
    '/' is the property-path operator (dct:source/a), so only the listed prefixes are rewritten.
    """
    out, last = [], 0
    for kind, p, m in _tokens(text):
        if kind != "pname":
            continue
        local = _local(m)
        if p not in which or not local or "/" not in local or p not in prefixes:
            continue
        out.append(text[last:m.start()])
        out.append(f"<{prefixes[p]}{local.replace(chr(92) + '/', '/')}>")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def where_brace(text: str) -> int:
    """Offset just after the '{' that opens the query's outermost WHERE group (the first '{' after
    SELECT, ASK or DESCRIBE; after WHERE in a CONSTRUCT, whose template comes first)."""
    form, armed = None, False
    for w, _, e in _keywords(text):
        if w == "{":
            if armed:
                return e
        elif form is None:
            if w in FORMS:
                form, armed = w, w != "CONSTRUCT"
        elif w == "WHERE":
            armed = True
    raise QueryError("cannot bind values: the query has no WHERE group")


def values_block(var: str, terms) -> str:
    """'VALUES ?var { <a> "b"@zh }' from RDF terms, each written in its escaped N-Triples form (never raw text)."""
    if not re.fullmatch(r"\w+", var):
        raise QueryError(f"bad variable name {var!r}")
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"


def in_filter(var: str, terms) -> str:
    """'FILTER(?var IN (<a>, <b>))' from RDF terms in their escaped N-Triples form."""
    if not re.fullmatch(r"\w+", var):
        raise QueryError(f"bad variable name {var!r}")
    return f"FILTER(?{var} IN ({', '.join(str(t) for t in terms)}))"


def bind_values(text: str, bindings: dict) -> str:
    """The query with each binding joined at the top of its WHERE group: how values reach an endpoint that
    supports no pre-binding (the SPARQL protocol has none). Terms are serialised, never pasted as text."""
    if not bindings:
        return text
    at = where_brace(text)
    block = " ".join(values_block(k, [v]) for k, v in bindings.items())
    return text[:at] + " " + block + " " + text[at:]


def dataset_clauses(text: str) -> tuple[list[str], list[str]]:
    """The IRIs named by FROM and FROM NAMED (as written: <iri> or prefix:name)."""
    default, named = [], []
    state = None  # after FROM: "from"; after FROM NAMED: "named"
    for kind, value, m in _tokens(text):
        if state is None:
            state = "from" if kind == "word" and value == "FROM" else None
            continue
        if state == "from" and kind == "word" and value == "NAMED":
            state = "named"
            continue
        val = value[1:-1] if kind == "skip" and value.startswith("<") else m.group(0)
        (named if state == "named" else default).append(val)
        state = "from" if kind == "word" and value == "FROM" else None
    return default, named


def check_dataset(text: str, graphs: list[str]) -> None:
    """FROM and FROM NAMED may choose among the store's own named graphs; nothing is ever loaded."""
    default, named = dataset_clauses(text)
    for g in default + named:
        if g not in graphs:
            known = ", ".join(f"<{x}>" for x in graphs) or "none"
            g = g if len(g) <= 200 else g[:200] + "…"
            raise QueryError(f"FROM / FROM NAMED may only name this store's graphs, not <{g}> "
                             f"(graphs: {known}); no graph is ever loaded from a URL or file")
