"""From a name people write to the one entity, class or relation it denotes (the name index)."""

from __future__ import annotations

from pathlib import Path

from .. import text as textmod
from ..errors import Ambiguous, NotFound, UsageError
from ..namespaces import curie, expand, GXO_NS
from .common import CONFIDENT, lookup, Match


class Names:
    """KnowledgeGraph's name resolution and search (a mixin over its name index)."""

    @property
    def names(self):
        """The name index: beside an embedded store; for an endpoint, built from it once and cached."""
        if self._names is None:
            from ..names import INDEX_FILE, NameIndex

            path = getattr(self.store, "path", None)
            if path is not None:
                self._names = NameIndex(Path(path) / INDEX_FILE)
            elif self.store.kind == "remote":
                self._names = NameIndex(self._remote_index())
            else:  # an in-memory store: build an index in a temporary file
                import tempfile

                from ..names import build_index

                d = Path(tempfile.mkdtemp(prefix="gxkg-names-"))
                self._names = NameIndex(build_index(d / INDEX_FILE, self.store, self.vocabulary.name_classes()))
        return self._names

    def _remote_index(self) -> Path:
        import hashlib

        from ..names import INDEX_FILE, build_index

        from ..store.build import writable_cache

        from ..kg import cache_dir

        d = writable_cache(cache_dir()) / "remote" / hashlib.sha256(self.store.endpoint.encode()).hexdigest()[:24]
        fingerprint = str(int(self.store.select(lookup("label-count"))[0]["n"].value))
        stamp = d / "fingerprint"
        if not (d / INDEX_FILE).is_file() or not stamp.is_file() or stamp.read_text() != fingerprint:
            d.mkdir(parents=True, exist_ok=True)
            build_index(d / INDEX_FILE, self.store, self.vocabulary.name_classes())
            stamp.write_text(fingerprint)
        return d / INDEX_FILE

    def resolve(self, name: str, types: list | None = None, lang: str = "zh") -> str:
        """The one entity `name` denotes: IRI, CURIE, exact label/alt name/pinyin/code, or a confident match.
        `lang` is the language of the suggestions when it denotes none or several (an argument, never state:
        one graph serves requests in both languages at once)."""
        name = name.strip()
        if not name:
            raise UsageError("empty name")
        iri = expand(name) or (name if name.startswith(("http://", "https://")) else None)
        if iri and (self.names.node(iri) or self.exists(iri)):
            return iri
        exact = self._filter(self.names.exact(name), types)
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise Ambiguous(name, [(self.label(e, lang), self.kind(e, lang), curie(e)) for e in exact])
        return self._confident(name, self.search(name, types=types, limit=8, lang=lang), lang)

    def _confident(self, name: str, hits: list, lang: str) -> str:
        """The one confident search hit (芒果, mango, Liubao tea): a clear winner is taken; close good hits are
        ambiguous; a homophone or near miss is only suggested."""
        sure = [h for h in hits if h.how in CONFIDENT and h.score >= 0.6]
        if sure and (len(sure) == 1 or sure[1].score < sure[0].score - 0.1):
            return sure[0].iri
        if sure and sure[0].score >= 0.85:
            top = [h for h in sure if h.score >= sure[0].score - 0.1]
            raise Ambiguous(name, [(h.label, self.kind(h.iri, lang), curie(h.iri)) for h in top])
        raise NotFound(name, [(h.label, self.kind(h.iri, lang)) for h in hits[:5]])

    def exists(self, iri: str) -> bool:
        from ..store.terms import iri as node

        return self.store.ask(lookup("exists"), {"x": node(iri)})

    def search(self, query: str, types: list | None = None, limit: int = 10, lang: str = "zh") -> list[Match]:
        """Entities ranked by how well a name form matches: exact, pinyin, prefix, substring, near miss."""
        hits = self.names.search(query, classes=self._class_closure(types), limit=limit)
        out = []
        for h in hits:
            label = h.get(lang) or h.get("zh") or h.get("en") or curie(h["iri"])
            out.append(Match(h["iri"], label, h["types"], h["score"], h["matched"], h.get("how", "")))
        return out

    def resolve_class(self, name: str) -> str:
        """A class by local name, CURIE, zh/en label or English plural ('counties')."""
        key = textmod.normalize(name)
        for c in self.classes():
            forms = self._term_forms(c)
            if key in forms | {textmod.plural(f) for f in forms}:
                return c
        names = sorted(c.split("#")[-1] for c in self.classes() if c.startswith(GXO_NS))
        raise UsageError(f"unknown class {name!r}; known classes: {', '.join(names)}")

    def _term_forms(self, iri: str) -> set[str]:
        """The normalised forms a user may name an ontology term by: CURIE, local name, IRI, zh and en labels."""
        forms = {textmod.normalize(curie(iri)), textmod.normalize(iri.split("#")[-1]), textmod.normalize(iri)}
        return forms | {textmod.normalize(v) for v in self.labels(iri).values()}

    def resolve_relation(self, name: str) -> str:
        """A property by local name, CURIE, IRI or zh/en label."""
        key = textmod.normalize(name)
        for p in self.properties():
            if key in self._term_forms(p):
                return p
        names = sorted(p.split("#")[-1] for p in self.properties() if p.startswith(GXO_NS)
                       and "ObjectProperty" in " ".join(self._ontology["kinds"][p]))
        raise UsageError(f"unknown relation {name!r}; relations between entities: {', '.join(names)}")
