"""Labels in Chinese and English, notations and every name form of a resource (cached per graph)."""

from __future__ import annotations

from ..namespaces import curie
from .common import LANGS, RDFS_LABEL, SKOS


def _add_name(d: dict, p: str, lit) -> None:
    """One name of a resource into its label set: the first rdfs:label per language, its skos:notation, and
    every other name form (alternative names also kept apart)."""
    if p == RDFS_LABEL:
        d.setdefault(lit.language or "", lit.value)
    elif p == SKOS + "notation":
        d.setdefault("#notation", lit.value)
    else:
        d.setdefault("#names", [])
        d["#names"].append(lit.value)
        if p == SKOS + "altLabel":
            d.setdefault("#alt", []).append(lit.value)


class Labels:
    """KnowledgeGraph's labels and name forms (a mixin over its `select` and label cache)."""

    def prefetch(self, iris) -> None:
        """Fetch the labels of many resources in one query."""
        from ..store.terms import iri as node

        self._ontology  # ontology labels first
        todo = sorted({str(i) for i in iris if i is not None and str(i) not in self._label_cache
                       and not str(i).startswith("_:")})
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            got: dict[str, dict] = {c: {} for c in chunk}  # filled, then cached whole (the cache sizes what it stores)
            for row in self.select("labels", values={"s": [node(c) for c in chunk]}):
                _add_name(got[row["s"].value], row["p"].value, row["l"])
            self._label_cache.update(got)

    def _labelset(self, iri) -> dict:
        iri = str(iri)
        hit = self._label_cache.get(iri)
        if hit is None:
            self.prefetch([iri])
            hit = self._label_cache.get(iri)
        return {} if hit is None else hit

    def label(self, iri, lang: str = "zh") -> str:
        """rdfs:label in lang, else in the other language, else the CURIE."""
        if iri is None:
            return ""
        labels = {k: v for k, v in self._labelset(iri).items() if not k.startswith("#")}
        if labels:
            return labels.get(lang) or labels.get("zh") or labels.get("en") or next(iter(labels.values()))
        return curie(str(iri))

    def labels(self, iri) -> dict[str, str]:
        return {k: v for k, v in self._labelset(iri).items() if k in LANGS}

    def notation(self, iri) -> str:
        return self._labelset(iri).get("#notation", "")

    def alt_labels(self, iri) -> list[str]:
        return sorted(set(self._labelset(iri).get("#alt", [])))

    def names_of(self, iri) -> list[str]:
        """Every name form of an entity: labels, alternative names and pinyin."""
        ls = self._labelset(iri)
        names = [v for k, v in ls.items() if not k.startswith("#")] + list(ls.get("#names", []))
        return sorted(set(names))
