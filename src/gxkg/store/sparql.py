"""SPARQL text handling that runs before any engine sees a query: its form, refusals, slash CURIEs, VALUES.

A small tokenizer skips strings, IRIs and comments, so keywords are found only where they are keywords.
"""

from __future__ import annotations

import re

from ..errors import QueryRefused as QueryError

_TOKENS = re.compile(
    r'("""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|([?$][\w]+)"
    r"|([A-Za-z][\w-]*)?:((?:[\w-]|\\/|/|\.(?=[\w-]))*[\w-])?"
    r"|([A-Za-z_]+)"
    r"|(\{)")

UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def _keywords(text: str):
    """(upper-case word, start, end) for every bare word outside strings, IRIs, comments and prefixed names."""
    for m in _TOKENS.finditer(text):
        if m.group(5):
            yield m.group(5).upper(), m.start(), m.end()
        elif m.group(6):
            yield "{", m.start(), m.end()


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; refuses updates and SERVICE with a one-line QueryError.

    The engine parses the query for real (inside the limits); this only decides how to answer and what to refuse.
    """
    form = None
    words = list(_keywords(text))
    for w, _, _ in words:
        if w in ("PREFIX", "BASE"):
            continue
        if w in FORMS:
            form = w
            break
        if w in UPDATE_WORDS:
            raise QueryError("updates (INSERT, DELETE, LOAD, CLEAR, ...) are refused: the graph is read-only")
    if any(w == "SERVICE" for w, _, _ in words):
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
    for m in _TOKENS.finditer(text):
        p, local = m.group(3), m.group(4)
        if p not in which or not local or "/" not in local or p not in prefixes:
            continue
        out.append(text[last:m.start()])
        out.append(f"<{prefixes[p]}{local.replace(chr(92) + '/', '/')}>")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def where_brace(text: str) -> int:
    """Offset just after the '{' that opens the query's outermost WHERE group."""
    words = list(_keywords(text))
    form = None
    for i, (w, s, e) in enumerate(words):
        if form is None and w in FORMS:
            form = w
            if w in ("SELECT", "ASK", "DESCRIBE"):
                nxt = next((x for x in words[i + 1:] if x[0] == "{"), None)
                if nxt:
                    return nxt[2]
        if form and w == "WHERE":
            nxt = next((x for x in words[i + 1:] if x[0] == "{"), None)
            if nxt:
                return nxt[2]
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
    toks = [m for m in _TOKENS.finditer(text)]
    for i, m in enumerate(toks):
        if (m.group(5) or "").upper() != "FROM":
            continue
        j, is_named = i + 1, False
        if j < len(toks) and (toks[j].group(5) or "").upper() == "NAMED":
            j, is_named = j + 1, True
        if j < len(toks):
            t = toks[j]
            val = t.group(1)[1:-1] if t.group(1) and t.group(1).startswith("<") else t.group(0)
            (named if is_named else default).append(val)
    return default, named


def check_dataset(text: str, graphs: list[str]) -> None:
    """FROM and FROM NAMED may choose among the store's own named graphs; nothing is ever loaded."""
    default, named = dataset_clauses(text)
    for g in default + named:
        if g not in graphs:
            known = ", ".join(f"<{x}>" for x in graphs) or "none"
            raise QueryError(f"FROM / FROM NAMED may only name this store's graphs, not <{g}> "
                             f"(graphs: {known}); no graph is ever loaded from a URL or file")
