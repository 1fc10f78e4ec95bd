"""Read-only SPARQL under limits, and the library of saved, parameterised queries (.rq files).

Queries run through the store (gxkg.store): embedded ones in a killable worker process with time and
memory limits, remote ones under the HTTP timeout. Parameter values are bound as RDF terms (pyoxigraph
substitutions, or a VALUES block of serialised terms for an endpoint), never pasted into query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from .errors import QueryError, UsageError
from .namespaces import PREFIX_MAP, XSD
from .store.base import Answer, Limits
from .store.sparql import expand_slash_curies as _expand
from .store.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from .store.sparql import query_form


def expand_slash_curies(text: str) -> str:
    """gxr:place/450721 -> <https://w3id.org/gxkg/resource/place/450721> outside strings, IRIs and comments."""
    return _expand(text, PREFIX_MAP)


def check_query(text: str) -> str:
    """The query's form (SELECT, ASK, CONSTRUCT, DESCRIBE); updates and SERVICE are refused."""
    return query_form(text)


def run_query(target, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              fmt: str = "json", graph_fmt: str = "turtle", memory_mb: int | None = DEFAULT_MEMORY_MB,
              max_rows: int | None = None, base_iri: str | None = None) -> Answer:
    """Run anyone's query against a KnowledgeGraph's store (or a store) under the limits."""
    store = getattr(target, "store", target)
    if len(text) > 1_000_000:
        raise QueryError("query text over 1 MB is refused")
    return store.run(expand_slash_curies(text), bindings=bindings, fmt=fmt, graph_fmt=graph_fmt, base_iri=base_iri,
                     limits=Limits(timeout=timeout, memory_mb=memory_mb, max_rows=max_rows))


# ---------------------------------------------------------------- saved queries
@dataclass
class Param:
    name: str
    kind: str  # entity | class | string | integer | year | yearmonth
    default: str | None
    help: str
    cls: str | None = None  # for an entity: the class its values come from ("entity:Event")


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
    """A parameter's text as an RDF term: entities and classes resolved by name, numbers and dates checked."""
    from .store.terms import iri, lit

    raw = raw.strip()
    if p.kind == "entity":
        from .namespaces import GXO

        return iri(kg.resolve(raw, types=[GXO[p.cls]] if p.cls else None))
    if p.kind == "class":
        return iri(kg.resolve_class(raw))
    if p.kind == "integer":
        if not re.fullmatch(r"-?\d{1,18}", raw):
            raise UsageError(f"parameter {p.name} takes a whole number, not {raw!r}")
        return lit(str(int(raw)), datatype=XSD.integer)
    if p.kind == "yearmonth":
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", raw):
            raise UsageError(f"parameter {p.name} takes a month as YYYY-MM, not {raw!r}")
        return lit(raw, datatype=XSD.gYearMonth)
    if p.kind == "year":
        if not re.fullmatch(r"\d{4}", raw):
            raise UsageError(f"parameter {p.name} takes a year as YYYY, not {raw!r}")
        return lit(raw, datatype=XSD.gYear)
    return lit(raw)


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
            kind, _, cls = parts[1].partition(":")
            params.append(Param(parts[0], kind, default, helptext.strip(), cls or None))
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


def run_saved(kg, name: str, values: dict[str, str] | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              fmt: str = "json", max_rows: int | None = None) -> Answer:
    sq = get_saved(name)
    return run_query(kg, sq.text, sq.bindings(kg, values or {}), timeout=timeout, fmt=fmt, max_rows=max_rows)


def param_values(kg, p: Param) -> list[str]:
    """Every value a parameter can take in this graph (as names a user would type): the instances of its
    class, every entity, every month a cumulative figure is counted to, every issuer's name."""
    from .namespaces import GXO

    if p.kind == "entity":
        return kg.instances(GXO[p.cls]) if p.cls else list(kg.entities)
    if p.kind == "yearmonth":
        rows = kg.store.select("SELECT DISTINCT ?m WHERE { ?o gxo:asOf ?m }")
        return sorted(r["m"].value for r in rows)
    if p.kind == "string":
        rows = kg.store.select("SELECT DISTINCT ?l WHERE { ?doc gxo:issuedBy ?i . ?i rdfs:label ?l }")
        return sorted(r["l"].value for r in rows)
    return [p.default] if p.default else []


def rows(answer: Answer) -> list[dict]:
    """SELECT results (serialised as JSON) as dicts of plain values: IRIs and literals as their text."""
    names, table = answer.solutions()
    return [{n: t.value for n, t in zip(names, row) if t is not None} for row in table]
