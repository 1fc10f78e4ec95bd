"""An entity's records: its facts in and out, and its figures (observations) with unit, period and quote."""

from __future__ import annotations

import re
from collections import defaultdict

from ..namespaces import GXO_NS
from .common import HIDDEN, PROV_DERIVED


# the optional columns of a figures row, and the period's columns with the names a period has
FIGURE_OPTIONAL = {"value", "min", "max", "year", "start", "end", "asof", "date", "qualifier", "source", "quote"}
PERIOD_KEYS = (("year", "year"), ("start", "start"), ("end", "end"), ("asof", "as_of"), ("date", "date"))


def _distinct_figures(rows: list):
    """(the row's values by column, its period) for the first row of each figure."""
    seen = set()
    for r in rows:
        if r["ob"].value in seen:
            continue
        seen.add(r["ob"].value)
        v = {k: (r[k].value if k in r else None) for k in r.keys() | FIGURE_OPTIONAL}
        yield v, {k2: v[k] for k, k2 in PERIOD_KEYS if v[k]}


def _in_year(period: dict, year: int | None) -> bool:
    """Whether a figure's period is in the year asked (any period when none is)."""
    return year is None or any(str(x).startswith(str(year)) for x in period.values())


class Records:
    """KnowledgeGraph's facts and figures of an entity (a mixin over its `select` and caches)."""

    def article_titles(self) -> list[tuple[str, str]]:
        """(article, title) for each title of each article the graph holds, read once."""
        if getattr(self, "_titles", None) is None:
            self._titles = [(r["article"].value, r["title"].value) for r in self.select("article-titles")]
        return self._titles

    def figures(self, about=None, indicator: str | None = None, year: int | None = None, lang: str = "zh") -> list[dict]:
        """Tidy rows, one per figure, optionally about one entity, for indicators whose name contains text, in a year."""
        from ..store.terms import iri as node

        rows = self.select("figures", {"about": node(str(about))} if about else None)
        self.prefetch({r[k].value for r in rows for k in ("about", "indicator", "unit", "qualifier", "source") if k in r})
        named = self._indicator_filter(rows, indicator)
        out = [self._figure_row(v, period, lang) for v, period in _distinct_figures(rows)
               if named(v["indicator"]) and _in_year(period, year)]
        out.sort(key=lambda x: (x["entity"]["label"], x["indicator"]["label"], x["period"], x["iri"]))
        return out

    def _indicator_filter(self, rows: list, indicator: str | None):
        """Whether a figure's indicator is the one asked: an indicator named exactly is that one; otherwise every
        indicator whose name contains the text (any indicator when none is asked)."""
        if not indicator:
            return lambda ind: True
        text = indicator.casefold()
        exact = {r["indicator"].value for r in rows if text in {v.casefold() for v in self.labels(r["indicator"].value).values()}}
        if exact:
            return lambda ind: ind in exact
        return lambda ind: text in " ".join(self.labels(ind).values()).casefold()

    def _figure_row(self, v: dict, period: dict, lang: str) -> dict:
        """One figure as a tidy row: entity, indicator, period, value or range, unit, qualifier, stated form, quote, source."""
        ind, unit, qual, src = v["indicator"], v["unit"], v["qualifier"], v["source"]
        return {"iri": v["ob"], "entity": {"iri": v["about"], "label": self.label(v["about"], lang)},
                "indicator": {"iri": ind, "label": self.label(ind, lang)},
                "period": period_text(period, lang), "period_detail": period,
                "value": _num(v["value"]), "min": _num(v["min"]), "max": _num(v["max"]),
                "unit": {"iri": unit, "label": self.label(unit, lang), "symbol": self.notation(unit)},
                "qualifier": {"iri": qual, "label": self.label(qual, lang)} if qual else None,
                "stated": v["stated"], "evidence": v["quote"] or "",
                "source": {"iri": src, "title": self.label(src, lang)} if src else None}

    def _out(self, iri) -> list[tuple[str, object]]:
        from ..store.terms import iri as node

        hit = self._out_cache.get(str(iri))
        if hit is not None:
            return hit
        return [(r["p"].value, r["o"]) for r in self.select("out", {"s": node(str(iri))})]

    def prefetch_details(self, iris) -> None:
        """Statements and observations of many resources in a few queries (whole-graph pages draw thousands)."""
        from ..store.terms import iri as node

        todo = sorted({str(i) for i in iris} - set(self._out_cache))
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            nodes = [node(c) for c in chunk]
            self._out_cache.update(self._out_many(chunk, nodes))
            self._obs_cache.update(self._observations_many(chunk, nodes))
            self._subject_stmt_cache.update(self._statements_many(chunk, nodes))

    def _out_many(self, chunk: list[str], nodes: list) -> dict[str, list]:
        """IRI -> its (predicate, object) statements, for each IRI of the chunk."""
        out: dict[str, list] = {c: [] for c in chunk}
        for r in self.select("out-many", values={"s": nodes}):
            out[r["s"].value].append((r["p"].value, r["o"]))
        return out

    def _observations_many(self, chunk: list[str], nodes: list) -> dict[str, list]:
        """IRI -> the observations about it, for each IRI of the chunk."""
        obs: dict[str, list] = {c: [] for c in chunk}
        for r in self.select("observations-of-many", values={"e": nodes}):
            obs[r["e"].value].append(r["ob"].value)
        return obs

    def _statements_many(self, chunk: list[str], nodes: list) -> dict[str, dict]:
        """IRI -> {(s, p, o): evidence IRIs} of the statements it is the subject of, for each IRI of the chunk."""
        st: dict[str, dict] = {c: {} for c in chunk}
        for r in self.select("statement-evidence-many", values={"s": nodes}):
            st[r["s"].value].setdefault((r["s"].value, r["p"].value, r["o"].value), []).append(r["ev"].value)
        return st

    def facts(self, iri, lang: str = "zh") -> list[dict]:
        """Every statement about an entity, out and in, except labels, types and bookkeeping."""
        import pyoxigraph as ox

        e = str(iri)
        out_rows = sorted(((p, o) for p, o in self._out(e) if p not in HIDDEN), key=lambda x: (x[0], str(x[1])))
        in_rows = self._in_rows(e)
        ev = self.statement_evidence(e)
        self.prefetch([p for p, _ in out_rows] + [o.value for _, o in out_rows if isinstance(o, ox.NamedNode)]
                      + [s for s, _ in in_rows] + [p for _, p in in_rows])
        self.evidence_records([x for v in ev.values() for x in v])
        facts = [self._out_fact(e, p, o, ev, lang) for p, o in out_rows]
        facts += [self._in_fact(e, s, p, ev, lang) for s, p in in_rows]
        return facts

    def _in_rows(self, e: str) -> list[tuple[str, str]]:
        """(subject, predicate) of the statements from other entities to this one, sorted, without bookkeeping."""
        from ..store.terms import iri as node

        return sorted((r["s"].value, r["p"].value) for r in
                      self.select("in-from-entities", {"o": node(e)}, among=self._entity_values())
                      if r["p"].value not in HIDDEN)

    def _in_fact(self, e: str, s: str, p: str, ev: dict, lang: str) -> dict:
        """One statement from another entity to this one, its evidence and the rule that derived it."""
        return {"relation": {"iri": p, "label": self.label(p, lang)}, "direction": "in", "iri": s,
                "label": self.label(s, lang), "evidence": self.evidence_records(ev.get((s, p, e), [])),
                "derived": self.derivation(s, p, e, lang)}

    def _out_fact(self, e: str, p: str, o, ev: dict, lang: str) -> dict:
        """One statement from the entity: its value (a literal with language or datatype, and the project's
        translation of a Chinese one) or the entity it points to, its evidence and the rule that derived it."""
        import pyoxigraph as ox

        f = {"relation": {"iri": p, "label": self.label(p, lang)}, "direction": "out"}
        if isinstance(o, ox.Literal):
            f.update(self._literal(e, p, o))
        else:
            f["iri"] = o.value
            f["label"] = self.label(o.value, lang)
        f["evidence"] = self.evidence_records(ev.get((e, p, o.value), []))
        f["derived"] = self.derivation(e, p, o.value, lang) if isinstance(o, ox.NamedNode) else None
        return f

    def _literal(self, e: str, p: str, o) -> dict:
        """A literal value with its language (and the project's translation, not the source's words) or datatype."""
        from ..store.terms import iri as node

        if not o.language:
            return {"value": o.value, "datatype": o.datatype.value}
        f = {"value": o.value, "lang": o.language}
        tr = self.store.select("SELECT ?t WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
                               "gxo:translation ?t }", {"s": node(e), "p": node(p), "o": o})
        if tr:
            f["translation"] = tr[0]["t"].value
        return f

    def literal_facts(self, iri, lang: str = "zh") -> list[tuple[str, str]]:
        """(relation label, value) of an entity's literal-valued facts, without evidence: cheap, for pages."""
        import pyoxigraph as ox

        rows = sorted((p, o.value) for p, o in self._out(iri) if isinstance(o, ox.Literal) and p not in HIDDEN)
        return [(self.label(p, lang), v) for p, v in rows]

    def observations(self, iri, lang: str = "zh") -> list[dict]:
        """The figures stated about an entity (or measured by an indicator), with unit, period and quote."""
        from ..store.terms import iri as node

        cached = self._obs_cache.get(str(iri))
        if cached is not None:
            obs = sorted(cached)
        else:
            obs = sorted(r["ob"].value for r in self.select("observations-of", {"e": node(str(iri))}))
        rows = self.observations_by_iri(obs, lang)
        rows.sort(key=lambda r: (r["indicator"]["label"], r["period"]["sort"], r["iri"]))
        return rows

    def observations_by_iri(self, obs: list[str], lang: str = "zh") -> list[dict]:
        from ..store.terms import iri as node

        props: dict[str, dict[str, list]] = {o: defaultdict(list) for o in obs}
        for i in range(0, len(obs), 200):
            for r in self.select("describe-values", values={"ob": [node(o) for o in obs[i:i + 200]]}):
                props[r["ob"].value][_local(r["p"].value)].append(r["o"])
        linked = {t.value for d in props.values() for k in ("about", "indicator", "unit", "qualifier") for t in d.get(k, [])}
        self.prefetch(linked)
        evs = [t.value for d in props.values() for t in d.get(PROV_DERIVED, [])]
        self.evidence_records(evs)
        return [self._observation(o, props[o], lang) for o in obs]

    def observation(self, ob, lang: str = "zh") -> dict:
        return self.observations_by_iri([str(ob)], lang)[0]

    def _observation(self, ob: str, d: dict, lang: str) -> dict:
        """One figure from its predicates' objects: about, indicator, value or range, unit, qualifier, the text as
        stated, period, what it is computed from, its evidence and first source."""
        def one(k):
            v = d.get(k)
            return v[0].value if v else None

        unit, qual, ind, about = one("unit"), one("qualifier"), one("indicator"), one("about")
        ev = self.evidence_records(sorted(t.value for t in d.get(PROV_DERIVED, [])))
        return {
            "iri": ob,
            "about": {"iri": about, "label": self.label(about, lang)},
            "indicator": {"iri": ind, "label": self.label(ind, lang)},
            "value": _num(one("value")),
            "min": _num(one("minValue")),
            "max": _num(one("maxValue")),
            "unit": {"iri": unit, "label": self.label(unit, lang), "symbol": self.notation(unit)} if unit else None,
            "qualifier": {"iri": qual, "label": self.label(qual, lang)} if qual else None,
            "stated_as": one("statedAs"),
            "period": _period(one, lang),
            "computed_from": sorted(t.value for t in d.get("computedFrom", [])),
            "derivation": one("derivation"),
            "evidence": ev,
            "source": ({"iri": ev[0]["source"]["iri"], "title": ev[0]["source"]["title"]} if ev and ev[0].get("source")
                       else None),
        }


def _local(p: str) -> str:
    """An ontology property by its local name (gxo:unit as unit), any other by its IRI."""
    return p.split("#")[-1] if p.startswith(GXO_NS) else p


def _period(one, lang: str) -> dict:
    """A figure's period from its year, start and end, as-of and date (one(predicate) reads each): those it has,
    whether it is cumulative, its text and the key it sorts by."""
    period = {k: one(p) for k, p in (("year", "year"), ("start", "periodStart"), ("end", "periodEnd"),
                                     ("as_of", "asOf"), ("date", "date"))}
    period = {k: v for k, v in period.items() if v}
    if one("cumulative") == "true":
        period["cumulative"] = True
    period["text"] = period_text(period, lang)
    period["sort"] = period.get("year") or period.get("start") or period.get("as_of") or period.get("date") or ""
    return period


def period_text(period: dict, lang: str = "zh") -> str:
    if "as_of" in period:
        return f"截至{period['as_of']}（累计）" if lang == "zh" else f"cumulative, as of {period['as_of']}"
    if "start" in period:
        return f"{period['start']}至{period['end']}" if lang == "zh" else f"{period['start']} to {period['end']}"
    if "year" in period:
        return f"{period['year']}年" if lang == "zh" else period["year"]
    if "date" in period:
        return period["date"]
    return ""


def format_value(ob: dict, lang: str = "zh") -> str:
    """'> 8000000000 元' style: qualifier, value (or range) and unit symbol."""
    sym = (ob["unit"] or {}).get("symbol", "") if lang == "zh" else (ob["unit"] or {}).get("label", "")
    if ob["value"] is not None:
        v = _plain_decimal(ob["value"])
    else:
        v = f"{_plain_decimal(ob['min'])}–{_plain_decimal(ob['max'])}"
    q = (ob["qualifier"] or {}).get("label", "")
    return " ".join(x for x in (q, v, sym) if x)


def _num(v: str | None) -> str | None:
    return None if v is None else _plain_decimal(v)


def _plain_decimal(v: str) -> str:
    s = str(v)
    if re.fullmatch(r"-?\d+\.0+", s):
        s = s.split(".")[0]
    return s
