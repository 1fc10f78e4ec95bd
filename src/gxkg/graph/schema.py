"""The ontology's classes and properties, and the classes of resources (cached per graph)."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from ..namespaces import GXO_NS


class Schema:
    """KnowledgeGraph's classes and properties (a mixin over its `select` and caches)."""

    @cached_property
    def _ontology(self) -> dict:
        labels: dict[str, dict[str, str]] = defaultdict(dict)
        kinds: dict[str, set[str]] = defaultdict(set)
        sup: dict[str, set[str]] = defaultdict(set)
        for row in self._ontology_rows():
            t = row["t"].value
            kinds[t].add(row["kind"].value)
            if "label" in row:
                labels[t].setdefault(row["label"].language or "", row["label"].value)
            if "super" in row:
                sup[t].add(row["super"].value)
        closed = {}
        for c in list(sup):
            seen, stack = set(), [c]
            while stack:
                for o in sup.get(stack.pop(), ()):
                    if o not in seen:
                        seen.add(o)
                        stack.append(o)
            closed[c] = seen
        for t, ls in labels.items():
            self._label_cache.setdefault(t, dict(ls))
        return {"kinds": kinds, "super": closed}

    @cached_property
    def vocabulary(self):
        """The graph's own ontology as a gxkg.vocab.Vocabulary: its classes, labels and how each is drawn."""
        from ..vocab import beside_triples, from_triples, of_store

        kept = beside_triples(getattr(self.store, "path", None), "ontology-vocabulary")
        return from_triples(kept) if kept is not None else of_store(self.store)

    def _ontology_rows(self) -> list[dict]:
        """ontology-terms' rows: from the triples a built store keeps beside it for that query (gxkg.vocab
        .save_beside: a few thousand, where the store's indexes cost more as the graph grows), else the store."""
        from ..vocab import beside_triples

        from .common import lookup

        kept = beside_triples(getattr(self.store, "path", None), "ontology-terms-triples")
        if kept is None:
            return self.select("ontology-terms")
        import pyoxigraph as ox

        from ..store.embedded import EmbeddedStore

        small = ox.Store()
        small.extend(ox.Quad(t.subject, t.predicate, t.object) for t in kept)
        return EmbeddedStore(small, prefixes=self.store.prefixes, union=False).select(lookup("ontology-terms"))

    @cached_property
    def entity_classes(self) -> set[str]:
        """The IRIs of the classes whose instances are the network's nodes, from the graph's ontology."""
        return {t.iri for t in self.vocabulary.entity_classes.values()}

    def superclasses(self, cls: str) -> set[str]:
        return self._ontology["super"].get(str(cls), set())

    def classes(self) -> list[str]:
        owl = "http://www.w3.org/2002/07/owl#Class"
        return sorted(t for t, k in self._ontology["kinds"].items() if owl in k)

    def properties(self) -> list[str]:
        owl = "http://www.w3.org/2002/07/owl#"
        return sorted(t for t, k in self._ontology["kinds"].items() if k & {owl + "ObjectProperty", owl + "DatatypeProperty",
                                                                       owl + "AnnotationProperty"})

    def types(self, iri) -> list[str]:
        iri = str(iri)
        hit = self._types_cache.get(iri)
        if hit is None:
            from ..store.terms import iri as node

            hit = self._types_cache[iri] = sorted(r["t"].value for r in self.select("types", {"s": node(iri)}))
        return hit

    def prefetch_types(self, iris) -> None:
        """Fetch the classes of many resources in one query per 400."""
        from ..store.terms import iri as node

        todo = sorted({str(i) for i in iris if str(i) not in self._types_cache})
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            got: dict[str, set] = {c: set() for c in chunk}
            for r in self.select("types", values={"s": [node(c) for c in chunk]}):
                got[r["s"].value].add(r["t"].value)
            for c, ts in got.items():
                self._types_cache[c] = sorted(ts)

    def is_a(self, iri, cls) -> bool:
        cls = str(cls)
        return any(t == cls or cls in self.superclasses(t) for t in self.types(iri))

    def is_entity(self, iri) -> bool:
        return bool(set(self.types(iri)) & self.entity_classes)

    def kind(self, iri, lang: str = "en") -> str:
        """Label of the most specific class of a resource (e.g. 'County-level division')."""
        types = [t for t in self.types(iri) if t.startswith(GXO_NS)] or self.types(iri)
        if not types:
            return ""
        types.sort(key=lambda t: -len(self.superclasses(t)))
        return self.label(types[0], lang)

    def _class_closure(self, types) -> set[str] | None:
        if not types:
            return None
        wanted = {str(t) for t in types}
        return {c for c in self._ontology["kinds"] if c in wanted or self.superclasses(c) & wanted}

    def _filter(self, iris, types):
        allowed = self._class_closure(types)
        if allowed is None:
            return list(iris)
        return [e for e in iris if allowed & set(self.types(e))]

    def comment(self, iri, lang: str = "zh") -> str:
        """rdfs:comment in lang, else in the other language, else any: the same choice from any store's row order."""
        from ..store.terms import iri as node

        rows = self.store.select("SELECT ?c WHERE { ?s rdfs:comment ?c }", {"s": node(str(iri))})
        by_lang = {}
        for r in sorted(rows, key=lambda r: r["c"].value):
            by_lang.setdefault(r["c"].language or "", r["c"].value)
        return by_lang.get(lang) or by_lang.get("zh") or by_lang.get("en") or next(iter(by_lang.values()), "")
