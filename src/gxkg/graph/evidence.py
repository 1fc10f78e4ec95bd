"""The sentences behind statements and entities, and the rules behind derived statements."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from .common import _v, PROV_DERIVED


class Evidence:
    """KnowledgeGraph's evidence and derivations (a mixin over its `select` and caches)."""

    def statement_evidence(self, iri) -> dict[tuple[str, str, str], list[str]]:
        """(s, p, o) -> evidence IRIs, for every reified statement with iri as subject or object (cached)."""
        from ..store.terms import iri as node

        hit = self._stmt_cache.get(str(iri))
        if hit is not None:
            return hit
        out: dict[tuple, list[str]] = defaultdict(list)
        for r in self.select("statement-evidence", {"x": node(str(iri))}):
            out[(r["s"].value, r["p"].value, r["o"].value)].append(r["ev"].value)
        for v in out.values():
            v.sort()
        self._stmt_cache[str(iri)] = out
        return out

    def statement_rules(self, iri) -> dict[tuple[str, str, str], str]:
        """(s, p, o) -> the rule of each derived statement with iri as subject or object (cached)."""
        from ..store.terms import iri as node

        hit = self._rule_cache.get(str(iri))
        if hit is None:
            hit = self._rule_cache[str(iri)] = {(r["s"].value, r["p"].value, r["o"].value): r["rule"].value
                                                for r in self.select("statement-derivations", {"x": node(str(iri))})}
        return hit

    @cached_property
    def derived_edges(self) -> dict[tuple[str, str, str], str]:
        """(s, p, o) -> rule, for every derived statement (for whole-graph views)."""
        return {(r["s"].value, r["p"].value, r["o"].value): r["rule"].value for r in self.select("derived-statements")}

    def derivation(self, s, p, o, lang: str = "zh") -> dict | None:
        """None for a stated fact; for a derived one its rule: {"iri", "label", "comment"}."""
        rule = self.statement_rules(s).get((str(s), str(p), str(o)))
        if rule is None:
            return None
        self.prefetch([rule])
        return {"iri": rule, "label": self.label(rule, lang), "comment": self.comment(rule, lang)}

    def edge_evidence_iris(self, s, p, o) -> list[str]:
        by_subject = self._subject_stmt_cache.get(str(s))
        if by_subject is not None:
            return sorted(by_subject.get((str(s), str(p), str(o)), []))
        return self.statement_evidence(s).get((str(s), str(p), str(o)), [])

    def edge_evidence(self, s, p, o) -> list[dict]:
        return self.evidence_records(self.edge_evidence_iris(s, p, o))

    def evidence_records(self, evs) -> list[dict]:
        """Quote, offset and source of each evidence resource (cached: many edges share a sentence)."""
        from ..store.terms import iri as node

        evs = [str(e) for e in evs]
        todo = sorted({e for e in evs if e not in self._evidence_cache})
        for i in range(0, len(todo), 400):
            rows = self.select("evidence", values={"ev": [node(e) for e in todo[i:i + 400]]})
            self.prefetch({r["src"].value for r in rows if "src" in r})
            for r in rows:
                self._evidence_cache[r["ev"].value] = self._evidence_row(r)
        found = [self._evidence_cache.get(e) for e in evs]
        return [dict(r) for r in found if r is not None]

    def _evidence_row(self, r: dict) -> dict:
        """One evidence record: its quote, the project's translation, its offset, and its source's titles and address."""
        src = _v(r.get("src"))
        return {"iri": r["ev"].value, "quote": r["quote"].value, "translation": _v(r.get("translation")),
                "offset": int(r["offset"].value) if "offset" in r else None,
                "source": {"iri": src, "title": self.label(src) if src else None,
                           "title_en": self.label(src, "en") if src else None,
                           "url": _v(r.get("url")), "file": _v(r.get("file"))}}

    def evidence_record(self, ev) -> dict:
        recs = self.evidence_records([ev])
        return recs[0] if recs else {"iri": str(ev), "quote": "", "offset": None, "source": {}}

    def evidence_dict(self, ev) -> dict:
        return self.evidence_record(ev)

    def entity_evidence_iris(self, iri) -> list[str]:
        return sorted(o.value for p, o in self._out(iri) if p == PROV_DERIVED)

    def entity_evidence(self, iri) -> list[dict]:
        return self.evidence_records(self.entity_evidence_iris(iri))
