"""The W3C Reconciliation Service API (v0.2) over the name index: match a spreadsheet's names to gxkg's IRIs.

Candidates come from the name index (an index probe per query, never a scan of the entities); a type
restricts them to a class and its subclasses; `properties` check a parent place (gxo:locatedIn, at any
depth) or a division code. A candidate is a `match` only when its name or short name (恭城 for
恭城瑶族自治县) equals the query, every property given agrees, and no other candidate does as well.
Entity ids are IRIs relative to the identifier space (place/450332), type and property ids local names
in the ontology namespace (County, locatedIn), as Wikidata's service does with Q42 and P31.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .errors import UsageError
from .namespaces import GXO_NS, GXR, curie, expand
from . import text as textmod

API_VERSION = "0.2"
IDENTIFIER_SPACE = str(GXR)
SCHEMA_SPACE = GXO_NS
DEFAULT_LIMIT, MAX_LIMIT = 5, 100
BATCH_SIZE = 200  # queries in one batch at most (the manifest's batchSize; more get 413)
PARENT, CODE = "locatedIn", "divisionCode"
PROPERTIES = {  # id -> (zh name, en name, what a value is compared with)
    PARENT: ("位于（任一级上级地点）", "located in (parent place at any level)", "place"),
    CODE: ("行政区划代码", "division code (12 digits, or the 6-digit GB/T 2260 code)", "code"),
    "gbCode": ("GB/T 2260 代码", "GB/T 2260 code (6 digits)", "code"),
}
PROPERTY_ALIASES = {"parent": PARENT, "locatedin": PARENT, "located in": PARENT, "divisioncode": CODE, "code": CODE,
                    "gbcode": "gbCode"}  # lower case, without a gxo: prefix or the ontology namespace
EXACT, SHORT = 100.0, 95.0  # the scores of a full name and of a short name that equals the query

_SUFFIX = re.compile(r"(?:自治县|自治区|自治州|自治旗|街道|[市县区镇乡旗])$")
_PEOPLE = re.compile(r"^(.{2,}?)(?:各族|[\u4e00-\u9fff]{1,3}族)$")


def short_forms(name: str) -> set[str]:
    """The short names a Chinese place name is commonly written with: 恭城瑶族自治县 -> 恭城, 恭城县;
    融安县 -> 融安; 广西壮族自治区 -> 广西 (gxkg.sources.build.short_names, the graph's own rule), and the core
    of the other division suffixes (街道, 旗, 自治州). Two-character names keep their suffix (横县 is never 横)."""
    from .sources.build import short_names

    if len(name) <= 2 or not textmod.has_cjk(name):
        return set()
    out = short_names(name) - {name}
    m = _SUFFIX.search(name)
    if m and not out:
        core = name[:m.start()]
        people = _PEOPLE.match(core) if m.group().startswith("自治") else None
        core = people.group(1) if people else core
        if len(core) >= 2:
            out.add(core)
    return out
    m = _SUFFIX.search(name)
    if not m:
        return out
    core = name[:m.start()]
    autonomous = m.group().startswith("自治")
    people = _PEOPLE.match(core) if autonomous else None
    if people:
        core = people.group(1)
    if len(core) >= 2:
        out.add(core)
        if autonomous and m.group() == "自治县":
            out.add(core + "县")
    return out


def _property(p) -> tuple[str, list]:
    """One {pid, v} object of a query as (property id, its usable values, at most 20); a UsageError if malformed."""
    if not isinstance(p, dict) or "pid" not in p or "v" not in p or not isinstance(p["pid"], str):
        raise UsageError("each property is an object {\"pid\": id, \"v\": value}")
    pid = p["pid"].strip()
    pid = pid if pid in PROPERTIES else PROPERTY_ALIASES.get(type_id(pid).lower().removeprefix("gxo:"))
    if pid is None:
        raise UsageError(f"unknown property {p['pid']!r}; properties: {', '.join(PROPERTIES)}")
    vals = (p["v"] if isinstance(p["v"], list) else [p["v"]])[:20]
    return pid, [c for c in map(_property_value, vals) if c is not None]


def _mark_match(scored: list[dict]) -> None:
    """`match` on the best candidate when it alone equals a name rather than resembles one."""
    clear = [c.pop("_clear") for c in scored]
    if clear[:1] == [True] and not any(clear[1:]):
        scored[0]["match"] = True


def _is_code(pid: str) -> bool:
    """Whether a property id is one of the codes (divisionCode, gbCode) rather than a place."""
    return PROPERTIES[pid][2] == "code"


def entity_id(iri: str) -> str:
    """The reconciliation id of an IRI: relative to the identifier space, else the IRI itself."""
    return iri[len(IDENTIFIER_SPACE):] if iri.startswith(IDENTIFIER_SPACE) else iri


def entity_iri(ident: str) -> str:
    """The IRI an entity id, a CURIE or a full IRI stands for."""
    ident = ident.strip()
    if ident.startswith(("http://", "https://")):
        return ident
    return expand(ident) or IDENTIFIER_SPACE + ident


def type_id(iri: str) -> str:
    return iri[len(SCHEMA_SPACE):] if iri.startswith(SCHEMA_SPACE) else iri


class Reconciler:
    """Answers reconciliation queries, suggestions and previews from a KnowledgeGraph's name index."""

    def __init__(self, kg, lang: str = "zh"):
        self.kg, self.lang = kg, lang
        self.ancestors = lru_cache(maxsize=4096)(self._ancestors)  # a place's ancestors: asked again and again

    # ---------------------------------------------------------------- the service manifest
    def manifest(self, base: str) -> dict:
        """The service manifest for a service whose endpoint is `base` + /reconcile (base: the server root)."""
        from . import __version__

        base = base.rstrip("/")
        svc = base + "/reconcile"
        return {
            "versions": [API_VERSION],
            "name": "gxkg: Guangxi e-commerce knowledge graph" if self.lang == "en" else "gxkg 广西电子商务知识图谱",
            "identifierSpace": IDENTIFIER_SPACE,
            "schemaSpace": SCHEMA_SPACE,
            "serviceVersion": __version__,
            "documentation": base + "/",
            "defaultTypes": [self.type_entry(c) for c in sorted(self.kg.entity_classes)],
            "view": {"url": base + "/resource/{{id}}"},
            "preview": {"url": svc + "/preview?id={{id}}", "width": 400, "height": 140},
            "suggest": {k: {"service_url": svc, "service_path": f"/suggest/{k}"} for k in ("entity", "type", "property")},
            "batchSize": BATCH_SIZE,
        }

    def type_entry(self, cls: str) -> dict:
        return {"id": type_id(cls), "name": self.kg.label(cls, self.lang)}

    # ---------------------------------------------------------------- queries
    def reconcile_batch(self, batch) -> dict:
        """{key: query} -> {key: {"result": [candidate, ...]}}; a malformed query is a UsageError naming its key."""
        if not isinstance(batch, dict):
            raise UsageError("`queries` is a JSON object of queries by key, e.g. {\"q0\": {\"query\": \"恭城\"}}")
        if len(batch) > BATCH_SIZE:
            raise UsageError(f"{len(batch)} queries in one batch: send at most {BATCH_SIZE}")
        out = {}
        for key, q in batch.items():
            try:
                out[key] = {"result": self.reconcile(q)}
            except UsageError as e:
                raise UsageError(f"query {key!r}: {e}") from None
        return out

    def reconcile(self, q) -> list[dict]:
        """The candidates for one query, best first; `match` on the one that clearly wins, if any."""
        if not isinstance(q, dict):
            raise UsageError("a query is a JSON object with `query` and optionally type, limit, properties")
        text = q.get("query", "")
        if not isinstance(text, str):
            raise UsageError("`query` is a string")
        text = text.strip()[:200]
        classes = self.classes(q.get("type"), q.get("type_strict", "any"))
        limit = _limit(q.get("limit", DEFAULT_LIMIT))
        props = self.properties(q.get("properties", []))
        if not text and not any(_is_code(p) for p, _ in props):
            raise UsageError("a query needs `query` (a name), or a divisionCode or gbCode property")
        scored = self.candidates(text, classes, props, max(limit, 20))
        _mark_match(scored)
        out = scored[:limit]
        parents = self.parents([entity_iri(c["id"]) for c in out])
        for c in out:
            c["description"] = self.description(entity_iri(c["id"]), parents)
        return out

    def classes(self, types, strict: str = "any") -> list[set[str]] | None:
        """The classes a candidate must have: one set per type asked (a class or any of its subclasses);
        with type_strict `all` it must be in each set, else in any."""
        if types is None or types == "" or types == []:
            return None
        if isinstance(types, str):
            types = [types]
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types) or len(types) > 20:
            raise UsageError("`type` is a type id or a list of at most 20")
        sets = [self.kg._class_closure([self._class_iri(t)]) for t in types]
        if strict == "all":
            return sets
        return [set().union(*sets)]

    def _class_iri(self, t: str) -> str:
        """The class a type id, CURIE, IRI, label or plural (县级行政区, counties) names; else a UsageError."""
        iri = t if t.startswith(("http://", "https://")) else (expand(t) or SCHEMA_SPACE + t)
        if iri not in self.kg.classes():
            iri = self.kg.resolve_class(t)
        return iri

    def properties(self, props) -> list[tuple[str, list]]:
        """[(property id, [values])] from the query's `properties` ({pid, v} objects)."""
        if not isinstance(props, list) or len(props) > 10:
            raise UsageError("`properties` is a list of at most 10 {\"pid\": ..., \"v\": ...} objects")
        out = []
        for p in props:
            pid, clean = _property(p)
            if clean:
                out.append((pid, clean))
        return out

    def candidates(self, text: str, classes, props, n: int) -> list[dict]:
        """Scored candidates: name hits from the index (and the entities a code names), each checked
        against the properties."""
        hits = self._name_hits(text, classes[0] if classes else None, n) if text else self._code_hits(props)
        meta = self._of_classes(hits, classes)
        if not meta:
            return []
        out = sorted(self._scored(text, meta, hits), key=lambda c: (-c["score"], c["id"]))[:n]
        # properties are checked on the best n by name only: a bounded number of lookups
        checks = self.check_properties([c["_iri"] for c in out], props)
        self.kg.prefetch([c["_iri"] for c in out])
        for c in out:
            self._finish(c, checks.get(c["_iri"], {}))
        out.sort(key=lambda c: (-c["score"], len(c["name"]), c["id"]))
        return out

    def _of_classes(self, hits, classes) -> dict[str, dict]:
        """IRI -> its entry in the name index, for the hits the index holds that are in every class set asked."""
        names = self.kg.names
        return {iri: m for iri, m in ((iri, names.node(iri)) for iri in hits) if m is not None
                and (not classes or all(s & set(m["types"]) for s in classes))}

    def _code_hits(self, props) -> dict[str, float]:
        """IRI -> 1.0 for the entities the code properties of a query without a name name."""
        hits: dict[str, float] = {}
        for pid, vals in props:
            if _is_code(pid):
                for v in vals:
                    for iri in self.kg.names.exact(v if isinstance(v, str) else v["id"]):
                        hits.setdefault(iri, 1.0)
        return hits

    def _name_hits(self, text: str, classes, n: int) -> dict[str, float]:
        """IRI -> name score of the entities the text names: search hits, exact names and ids (1.0), and the
        names that start with a short form of it (恭城县: 恭城 ...), a little lower."""
        names = self.kg.names
        hits = {h["iri"]: h["score"] for h in names.search(text, classes=classes, limit=n)}
        for iri in names.exact(text) + self.by_id(text):
            hits[iri] = max(hits.get(iri, 0.0), 1.0)
        for short in short_forms(names.simplified(text)):
            for h in names.search(short, classes=classes, limit=n):
                hits.setdefault(h["iri"], h["score"] * 0.9)
        return hits

    def _scored(self, text: str, meta: dict, hits: dict) -> list[dict]:
        """A candidate per entity, scored by how its name matches: an exact name, id or code is EXACT, a short
        form SHORT, else the name score; `_clear` when it equals a name rather than resembles one."""
        names = self.kg.names
        forms = names.forms([m["id"] for m in meta.values()])
        codes = names.codes(list(meta))
        q = textmod.normalize(names.simplified(text)) if text else ""
        out = []
        for iri, m in meta.items():
            how = self.name_match(q, iri, forms[m["id"]][0], codes.get(iri, ())) if text else "code"
            score = EXACT if how in ("exact", "id", "code") else SHORT if how == "short" else round(100 * hits[iri], 1)
            out.append({"id": entity_id(iri), "name": "", "score": score, "match": False, "types": m["types"],
                        "features": [{"id": "name", "value": round(score / 100, 3)}], "_clear": how is not None,
                        "_iri": iri})
        return out

    def _finish(self, c: dict, checks: dict[str, bool]) -> None:
        """A candidate's property features (a disagreeing property halves its score and makes it unclear), its
        name and types."""
        iri = c.pop("_iri")
        for pid, ok in checks.items():
            c["features"].append({"id": pid, "value": ok})
            if not ok:
                c["score"] = round(c["score"] * 0.5, 1)
                c["_clear"] = False
        c["name"] = self.kg.label(iri, self.lang)
        c["type"] = [self.type_entry(t) for t in c.pop("types")]

    def by_id(self, text: str) -> list[str]:
        """The entity an id, CURIE or IRI given as the query denotes (the spec asks that an id finds its entity)."""
        if not re.fullmatch(r"[\w:/#.%-]+", text) or textmod.has_cjk(text):
            return []
        iri = entity_iri(text)
        return [iri] if self.kg.names.node(iri) else []

    def name_match(self, q: str, iri: str, names: list[str], codes) -> str | None:
        """How the normalised query equals one of the candidate's names: exact, id (its id, IRI or a
        code), short (a short form of a Chinese name, or that form's pinyin); None when it only resembles one."""
        if any(textmod.normalize(n) == q for n in names):
            return "exact"
        ids = {entity_id(iri), iri, curie(iri), *codes}
        if q in {textmod.normalize(i) for i in ids}:
            return "id"
        return "short" if self._short_match(q, names) else None

    def _short_match(self, q: str, names: list[str]) -> bool:
        """Whether the normalised query is a short form of one of the names, or that form's pinyin
        (Gongcheng for 恭城)."""
        shorts = {s for n in names for s in short_forms(n)}
        if q in {textmod.normalize(s) for s in shorts}:
            return True
        return bool(not textmod.has_cjk(q) and shorts
                    and q in {self.kg.names.pinyin(s) for s in shorts if not s.endswith("县")})

    def check_properties(self, iris: list[str], props) -> dict[str, dict[str, bool]]:
        """IRI -> {property id: whether one of the values given agrees with the candidate}."""
        if not props:
            return {}
        out: dict[str, dict[str, bool]] = {iri: {} for iri in iris}
        codes = self.kg.names.codes(iris) if any(_is_code(p) for p, _ in props) else {}
        for pid, vals in props:
            if _is_code(pid):
                wanted = {textmod.normalize(v if isinstance(v, str) else v["id"]) for v in vals}
                for iri in iris:
                    out[iri][pid] = bool(wanted & {textmod.normalize(c) for c in codes.get(iri, ())})
            else:
                places = self._places(vals)
                for iri in iris:
                    out[iri][pid] = bool(self.ancestors(iri) & places)
        return out

    def _places(self, vals: list) -> set[str]:
        """The places a parent property's values name: an entity {id}, or a name, id, CURIE or IRI."""
        places = set()
        for v in vals:
            places.update([entity_iri(v["id"])] if isinstance(v, dict) else self.kg.names.exact(v) + self.by_id(v))
        return places

    def _ancestors(self, iri: str) -> frozenset[str]:
        from .store.terms import iri as node

        return frozenset(r["place"].value for r in self.kg.select("ask-ancestors", {"e": node(iri)}))

    def description(self, iri: str, parents: dict | None = None) -> str:
        """What disambiguates namesakes: the class, the direct parent place and the other-language name."""
        kg = self.kg
        bits = [kg.kind(iri, self.lang)]
        parent = (self.parents([iri]) if parents is None else parents).get(iri)
        if parent:
            bits.append(kg.label(parent, self.lang))
        other = kg.labels(iri).get("en" if self.lang == "zh" else "zh")
        if other:
            bits.append(other)
        return " · ".join(b for b in bits if b)

    def parents(self, iris: list[str]) -> dict[str, str]:
        """IRI -> its direct parent place (one query for them all)."""
        from .store.terms import iri as node

        if not iris:
            return {}
        rows = self.kg.select("reconcile-parents", values={"e": [node(i) for i in iris]})
        return {r["e"].value: r["parent"].value for r in rows}

    # ---------------------------------------------------------------- suggest and preview
    def suggest_entity(self, prefix: str, cursor: int = 0, types=None, n: int = 10) -> dict:
        classes = self.classes(types) if types else None
        hits = self.kg.names.search(prefix.strip()[:200], classes=classes[0] if classes else None, limit=cursor + n)
        hits = hits[cursor:cursor + n]
        self.kg.prefetch([h["iri"] for h in hits])
        parents = self.parents([h["iri"] for h in hits])
        return {"result": [{"id": entity_id(h["iri"]), "name": self.kg.label(h["iri"], self.lang),
                            "description": self.description(h["iri"], parents),
                            "notable": [self.type_entry(t) for t in h["types"]]} for h in hits]}

    def suggest_type(self, prefix: str, cursor: int = 0, n: int = 10) -> dict:
        """Classes whose local name or label starts with (else contains) the prefix; entity classes first."""
        q = textmod.normalize(prefix)
        ranked = []
        for c in self.kg.classes():
            forms = [textmod.normalize(type_id(c))] + [textmod.normalize(v) for v in self.kg.labels(c).values()]
            rank = 0 if any(f.startswith(q) for f in forms) else 1 if any(q in f for f in forms) else None
            if rank is not None:
                ranked.append((rank, c not in self.kg.entity_classes, type_id(c), c))
        ranked.sort()
        return {"result": [{**self.type_entry(c), "description": self.kg.label(c, "en" if self.lang == "zh" else "zh")}
                           for *_, c in ranked[cursor:cursor + n]]}

    def suggest_property(self, prefix: str, cursor: int = 0, n: int = 10) -> dict:
        q = textmod.normalize(prefix)
        out = []
        for pid, (zh, en, _) in PROPERTIES.items():
            if not q or any(q in textmod.normalize(f) for f in (pid, zh, en)):
                out.append({"id": pid, "name": zh if self.lang == "zh" else en, "description": en if self.lang == "zh" else zh})
        return {"result": out[cursor:cursor + n]}

    def preview(self, ident: str) -> dict | None:
        """What the preview shows of an entity: names, class, parent, codes and its page; None if unknown."""
        iri = entity_iri(ident)
        node = self.kg.names.node(iri)
        if node is None:
            return None
        kg = self.kg
        labels = kg.labels(iri)
        codes = sorted(c for c in self.kg.names.codes([iri]).get(iri, ()) if c != curie(iri))
        parent = self.parents([iri]).get(iri)
        return {"id": entity_id(iri), "iri": iri, "zh": labels.get("zh", ""), "en": labels.get("en", ""),
                "kind": kg.kind(iri, self.lang), "parent": kg.label(parent, self.lang) if parent else "",
                "codes": codes, "alt": kg.alt_labels(iri)}


def _limit(limit) -> int:
    """A query's `limit`: a positive number, at most MAX_LIMIT."""
    if not isinstance(limit, (int, float)) or isinstance(limit, bool) or not math.isfinite(limit) or limit < 1:
        raise UsageError("`limit` is a positive whole number")
    return min(int(limit), MAX_LIMIT)


def _property_value(v) -> dict | str | None:
    """A property value as given: an {"id"} object, or a non-empty string or number as text; None for the rest."""
    if isinstance(v, dict) and isinstance(v.get("id"), str):
        return {"id": v["id"]}
    if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
        return str(v).strip()[:200]
    return None

