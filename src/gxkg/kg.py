"""The domain API over a store: name resolution, labels, entity records, facts, figures, evidence,
neighbourhoods and paths. The CLI, the renderer, the server and the tests all read through it.

KnowledgeGraph opens a store and composes the concerns kept in gxkg/graph/: schema (classes and
properties), labels, names (resolution and search), evidence, records (facts and figures) and traverse
(neighbourhoods and paths, as pure functions with examples). It keeps the whole-graph views.

Every read is a SPARQL query (saved in lookups/*.rq) against the store, or a probe of the name index
built with it, so a lookup costs about the same on a million triples as on the shipped graph.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from .bounded import BoundedCache
from .errors import UsageError
from .graph.common import GRAPH_BASE, Edge, Match, lookup  # noqa: F401
from .graph.evidence import Evidence
from .graph.labels import Labels
from .graph.names import Names
from .graph.records import Records, _plain_decimal, format_value, period_text  # noqa: F401  (callers import them here)
from .graph.schema import Schema
from .graph.traverse import Traversal
from .namespaces import PREFIX_MAP


def data_dir() -> Path:
    """Where ontology/ and graph/ live: $GXKG_DATA, the installed wheel's _data, or the source tree."""
    env = os.environ.get("GXKG_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    if (here / "_data" / "graph").is_dir():
        return here / "_data"
    return here.parents[1]


def default_files(base: Path | None = None) -> list[Path]:
    base = Path(base) if base else data_dir()
    return [base / "ontology" / "gxkg.ttl", *sorted((base / "graph").glob("*.ttl"))]


def cache_dir() -> Path:
    """Where built stores live: $GXKG_CACHE_DIR, else $XDG_CACHE_HOME/gxkg or ~/.cache/gxkg."""
    if os.environ.get("GXKG_CACHE_DIR"):
        return Path(os.environ["GXKG_CACHE_DIR"])
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "gxkg"


def graph_iri(path: Path) -> str:
    """The named graph of one file: ontology/gxkg.ttl -> .../graph/gxkg, graph/relations.ttl -> .../graph/relations."""
    return GRAPH_BASE + Path(path).stem


class Beside:
    """What a freshly built store carries beside it: the name index and the graph's summary counts, read
    from the files in a child process on the other core while the store loads them (names.start)."""

    @staticmethod
    def start(files: list[tuple], store_dir: Path):
        from .names import start

        return start(files, store_dir), files

    @staticmethod
    def finish(store_dir: Path, ox_store, started, triples: int) -> None:
        """Wait for the child (a file it could not parse stops the build); if it failed otherwise (killed, out
        of memory), check the files' syntax and read both from the loaded store here. triples: the store's
        size, as the load counted it (a count is a scan of the whole store)."""
        from . import summary
        from .names import INDEX_FILE, build_index, check_syntax, finished
        from .store.embedded import EmbeddedStore
        from .vocab import of_store, save_beside

        child, files = started
        store = EmbeddedStore(ox_store, prefixes=PREFIX_MAP)
        save_beside(store_dir, store)
        if finished(child, store_dir):
            summary.add_triples(store_dir, triples)
            return
        check_syntax(files)
        summary.write(store_dir, KnowledgeGraph(store))
        build_index(Path(store_dir) / INDEX_FILE, store, of_store(store).name_classes())

    @staticmethod
    def stop(started) -> None:
        child = started[0] if started else None
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()


def build_store(files: list[Path], dest: Path, force: bool = False, quiet: bool = False, digest: str | None = None) -> dict:
    from .store.build import build

    return build(files, dest, graph_iri, beside=Beside, quiet=quiet, force=force, digest=digest)


CACHE_BYTES = 1 << 30  # each per-resource cache's bound unless the caller sets another


class KnowledgeGraph(Schema, Labels, Names, Evidence, Records, Traversal):
    """The ontology plus the instance graph, read through a store, with bilingual labels and name resolution."""

    def __init__(self, store, names=None):
        self.store = store
        self._names = names
        # per-resource caches, each bounded in bytes (least recently used out first): a one-shot command
        # keeps what it reads; a server lowers the bound to its share of --cache-mb (gxkg.web.site)
        self._label_cache: dict[str, dict[str, str]] = BoundedCache(CACHE_BYTES)
        self._types_cache: dict[str, list[str]] = BoundedCache(CACHE_BYTES)
        self._evidence_cache: dict[str, dict] = BoundedCache(CACHE_BYTES)
        self._stmt_cache: dict[str, dict] = BoundedCache(CACHE_BYTES)
        self._rule_cache: dict[str, dict] = BoundedCache(CACHE_BYTES)
        self._out_cache: dict[str, list] = BoundedCache(CACHE_BYTES)
        self._subject_stmt_cache: dict[str, dict] = BoundedCache(CACHE_BYTES)
        self._obs_cache: dict[str, list] = BoundedCache(CACHE_BYTES)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, data: Path | None = None, endpoint: str | None = None, store_dir: Path | None = None,
             files: list[Path] | None = None, quiet: bool = False, remote: dict | None = None) -> "KnowledgeGraph":
        """The shipped graph, a data directory, a built store directory, or a SPARQL endpoint."""
        from .namespaces import OUTPUT_PREFIXES, PREFIX_MAP

        if endpoint:
            from .store.remote import RemoteStore

            return cls(RemoteStore(endpoint, prefixes=PREFIX_MAP, output_prefixes=OUTPUT_PREFIXES, graph_base=GRAPH_BASE,
                                   **(remote or {})))  # remote: dialect, graphs
        from .store.build import hold, is_store, open_cached
        from .store.embedded import EmbeddedStore

        def opener(path):
            return EmbeddedStore.open_read_only(Path(path), prefixes=PREFIX_MAP, output_prefixes=OUTPUT_PREFIXES)

        if store_dir is None:  # the cache's store for these files: built, held in use, rebuilt if damaged
            files = [Path(f) for f in (files or default_files(data))]
            return cls(open_cached(files, cache_dir(), graph_iri, opener, beside=Beside, quiet=quiet))
        if not is_store(store_dir):
            raise UsageError(f"{store_dir} is not a gxkg store (build one with `gxkg store build --output DIR`)")
        hold(store_dir)  # a store in the cache opened by its path is in use too
        return cls(opener(store_dir))

    load = open  # the name earlier versions used

    # ------------------------------------------------------------------ querying helpers
    def select(self, name: str, bindings: dict | None = None, values: dict | None = None,
               among: dict | None = None, tail: str = "") -> list[dict]:
        """Run a packaged lookup: `bindings` bind single values; `values` a list of values for one variable
        (a VALUES block); `among` restricts variables to constant sets (FILTER IN: a second VALUES block
        makes Oxigraph join by scanning, which costs seconds on a million triples)."""
        from .store.sparql import in_filter, values_block, where_brace

        text = lookup(name)
        extra = [values_block(k, v) for k, v in (values or {}).items()]
        extra += [in_filter(k, v) for k, v in (among or {}).items()]
        if extra:
            at = where_brace(text)
            text = text[:at] + " " + " ".join(extra) + " " + text[at:]
        return self.store.select(text + tail, bindings)

    def _entity_values(self, var: str = "c") -> dict:
        """For `among`: var is one of the entity classes."""
        from .store.terms import iri

        return {var: [iri(c) for c in sorted(self.entity_classes)]}

    # ------------------------------------------------------------------ whole-graph views (render, analysis, stats)
    @cached_property
    def entities(self) -> list[str]:
        """Every entity IRI (what the network draws), sorted."""
        return sorted({r["e"].value for r in self.select("entities", among=self._entity_values())})

    @cached_property
    def relations(self) -> list[tuple[str, str, str]]:
        """Every (s, p, o) between two entities: the edges of the entity network."""
        vals = {**self._entity_values("c"), **self._entity_values("d")}
        return sorted({(r["s"].value, r["p"].value, r["o"].value) for r in self.select("relations", among=vals)})

    def coordinates(self) -> dict[str, tuple[float, float]]:
        """IRI -> (lat, long) of every place that has coordinates."""
        return {r["e"].value: (float(r["lat"].value), float(r["long"].value)) for r in self.select("coordinates")}

    @cached_property
    def summary(self) -> dict:
        """Whole-graph counts: kept beside a built store, else computed by aggregate queries (gxkg.summary)."""
        from . import summary

        path = getattr(self.store, "path", None)
        return summary.read(path) or summary.compute(self)

    def class_counts(self) -> list[tuple[str, int]]:
        """Entity classes with how many entities have each (largest first)."""
        n = {c: k for c, k in self.summary["classes"].items() if c in self.entity_classes}
        self.prefetch(list(n))
        return sorted(n.items(), key=lambda x: (-x[1], x[0]))

    def instances_page(self, cls, lang: str = "zh", limit: int = 100, offset: int = 0) -> tuple[int, list[str]]:
        """(how many resources the class and its subclasses have, one page of them ordered by name): the
        page costs what it shows, not what the class holds."""
        import pyoxigraph as ox

        from .store.terms import iri as node

        closure = sorted(self._class_closure([cls]))
        if set(closure) <= set(self.vocabulary.name_classes()):
            return self.names.page(closure, lang, limit, offset)  # the name index keeps each class in name order
        among = {"c": [node(c) for c in closure]}
        total = int(self.select("summary-entities", among=among)[0]["n"].value)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else f" OFFSET {int(offset)}"
        rows = self.select("instances-page", {"lang": ox.Literal(lang)}, among=among, tail=page)
        return total, [r["e"].value for r in rows]

    def instances(self, cls) -> list[str]:
        """The resources of a class or any of its subclasses (entities, indicators, ...), sorted."""
        from .store.terms import iri as node

        allowed = sorted(self._class_closure([cls]))
        rows = self.select("instances", among={"c": [node(c) for c in allowed]})
        return sorted({r["e"].value for r in rows})

    def close(self) -> None:
        """Let go of the store and the name index (a long-running caller opening many graphs needs this)."""
        if self._names is not None:
            self._names.close()
            self._names = None
        self.store.close()

    def describe(self, iri) -> list:
        """Triples (pyoxigraph) saying what the graph knows about a resource, for its RDF representations."""
        from .store.terms import iri as node

        return self.store.construct(lookup("describe"), {"x": node(str(iri))})


