"""The name index built with the store: normalised names, pinyin, codes and character n-grams in SQLite.

Looking up a name is an index probe, never a scan of every entity, and never imports pypinyin: the
pinyin of every CJK character is stored at build time, so a query's pinyin (for homophones such as
凭详 -> 凭祥) is read from the index as well.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from . import text as textmod

INDEX_FILE = "names.sqlite"
NAME_PROPS = ("rdfs:label", "skos:altLabel", "skos:hiddenLabel", "gxo:pinyin")
CODE_PROPS = ("gxo:divisionCode", "gxo:gbCode")

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE nodes(id INTEGER PRIMARY KEY, iri TEXT UNIQUE NOT NULL, zh TEXT, en TEXT, types TEXT NOT NULL);
CREATE TABLE names(key TEXT NOT NULL, node INTEGER NOT NULL, form TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE grams(gram TEXT NOT NULL, node INTEGER NOT NULL);
CREATE TABLE charpy(ch TEXT PRIMARY KEY, py TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE words(word TEXT NOT NULL, node INTEGER NOT NULL);
CREATE TABLE t2s(ch TEXT PRIMARY KEY, simp TEXT NOT NULL) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_node ON names(node);
CREATE UNIQUE INDEX grams_gram ON grams(gram, node);
CREATE UNIQUE INDEX words_word ON words(word, node);
"""


def grams(form: str) -> set[str]:
    """Character bigrams of a normalised name, plus its single CJK characters (so 2-character names and
    1-character queries such as 茶 find candidates)."""
    out = {form[i:i + 2] for i in range(len(form) - 1)}
    out.update(textmod.CJK.findall(form))
    if len(form) == 1:
        out.add(form)
    return out


BATCH = 2000  # entities read, indexed and written at a time: memory stays flat as the graph grows


def build_index(path: Path, store, lookup_classes: list[str]) -> Path:
    """Write names.sqlite beside the store from the names its lookup nodes carry (any backend).

    The entity IRIs are read first; their classes and names are then read, indexed and written BATCH
    entities at a time, so only one batch's rows are ever in memory."""
    from pypinyin.pinyin_dict import pinyin_dict

    from .namespaces import curie
    from .store.sparql import values_block
    from .store.terms import iri as node

    path = Path(path)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    classes = ", ".join(f"<{c}>" for c in lookup_classes)
    iris = sorted({row["e"].value for row in store.select(
        f"SELECT DISTINCT ?e WHERE {{ ?e a ?c . FILTER(?c IN ({classes})) FILTER(isIRI(?e)) }}")})
    props = ", ".join(NAME_PROPS + CODE_PROPS)
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    code_iris = {"https://w3id.org/gxkg/ontology#divisionCode", "https://w3id.org/gxkg/ontology#gbCode"}
    for start in range(0, len(iris), BATCH):
        batch = iris[start:start + BATCH]
        ids = {e: start + k for k, e in enumerate(batch, 1)}
        nodes = {e: {"types": set(), "zh": None, "en": None, "names": set(), "codes": set()} for e in batch}
        vals = values_block("e", [node(e) for e in batch])
        for row in store.select(f"SELECT ?e ?t WHERE {{ {vals} ?e a ?t }}"):
            nodes[row["e"].value]["types"].add(row["t"].value)
        for row in store.select(f"SELECT ?e ?p ?name WHERE {{ {vals} ?e ?p ?name "
                                f"FILTER(?p IN ({props}) && isLiteral(?name)) }}"):
            n, lit, p = nodes[row["e"].value], row["name"], row["p"].value
            if p == label and lit.language in ("zh", "en"):
                n[lit.language] = min(filter(None, (n[lit.language], lit.value)))  # the same choice in any order
            (n["codes"] if p in code_iris else n["names"]).add(lit.value)
        node_rows, name_rows, gram_rows, word_rows = [], [], set(), set()
        for e in batch:
            i, n = ids[e], nodes[e]
            node_rows.append((i, e, n["zh"], n["en"], " ".join(sorted(n["types"]))))
            forms = set()
            for name in sorted(n["names"]):
                key = textmod.normalize(name)
                name_rows.append((key, i, name, "name"))
                forms.add(key)
                if textmod.has_cjk(name):
                    py = name_pinyin(name)
                    name_rows.append((py, i, py, "pinyin"))
                    forms.add(py)
                else:
                    word_rows.update((w, i) for w in textmod.words(name))
            for code in n["codes"] | {curie(e)}:
                name_rows.append((textmod.normalize(code), i, code, "code"))
            for f in forms:
                gram_rows.update((g, i) for g in grams(f))
        con.executemany("INSERT INTO nodes VALUES (?,?,?,?,?)", node_rows)
        con.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
        con.executemany("INSERT INTO grams VALUES (?,?)", gram_rows)
        con.executemany("INSERT INTO words VALUES (?,?)", word_rows)
    con.executemany("INSERT OR IGNORE INTO t2s VALUES (?,?)", traditional_pairs())
    con.executemany("INSERT INTO charpy VALUES (?,?)",
                    ((chr(cp), textmod.normalize(textmod.strip_tones(py.split(",")[0])))
                     for cp, py in pinyin_dict.items() if 0x3400 <= cp <= 0x9FFF))
    con.executescript(INDEXES)
    con.execute("INSERT INTO meta VALUES ('nodes', ?)", (str(len(iris)),))
    con.commit()
    con.close()
    tmp.replace(path)
    return path


_CJK_RUN = None


def name_pinyin(name: str) -> str:
    """textmod.pinyin(name), with the pinyin of each run of Chinese characters cached: names that differ
    only in their other characters (柳州螺蛳粉 2, 柳州螺蛳粉 3) share the work."""
    global _CJK_RUN
    if _CJK_RUN is None:
        import re

        _CJK_RUN = re.compile(r"([\u3400-\u9fff]+)")
    return textmod.normalize("".join(_run_pinyin(part) if k % 2 else part
                                     for k, part in enumerate(_CJK_RUN.split(name))))


@lru_cache(maxsize=50000)
def _run_pinyin(run: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(run, style=Style.NORMAL, v_to_u=False))


def traditional_pairs():
    """(traditional, simplified) characters from OpenCC's table, as the opencc-python-reimplemented wheel
    ships it; read at build time so that a lookup converts 廣西 to 广西 without importing anything."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1]:
            yield parts[0], parts[1]


class NameIndex:
    """Read-only lookups in names.sqlite."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)

    def simplified(self, s: str) -> str:
        """Traditional characters as simplified ones (廣西 -> 广西, 柳州螺螄粉 -> 柳州螺蛳粉), from the stored table."""
        chars = sorted({ch for ch in s if textmod.has_cjk(ch)})
        if not chars:
            return s
        found = dict(self.con.execute(f"SELECT ch, simp FROM t2s WHERE ch IN ({','.join('?' * len(chars))})", chars))
        return "".join(found.get(ch, ch) for ch in s) if found else s

    def exact(self, name: str) -> list[str]:
        name = self.simplified(name)
        key = textmod.normalize(name)
        rows = self.con.execute("SELECT DISTINCT nodes.iri FROM names JOIN nodes ON nodes.id = names.node "
                                "WHERE names.key = ? AND names.kind != 'pinyin'", (key,)).fetchall()
        if not rows:  # a pinyin spelling (baise mangguo) is exact too
            rows = self.con.execute("SELECT DISTINCT nodes.iri FROM names JOIN nodes ON nodes.id = names.node "
                                    "WHERE names.key = ?", (key,)).fetchall()
        return sorted(r[0] for r in rows)

    def pinyin(self, s: str) -> str:
        """Toneless pinyin of a string from the stored character table (characters without one are kept)."""
        chars = sorted({ch for ch in s if textmod.has_cjk(ch)})
        if not chars:
            return textmod.normalize(s)
        found = dict(self.con.execute(f"SELECT ch, py FROM charpy WHERE ch IN ({','.join('?' * len(chars))})", chars))
        return textmod.normalize("".join(found.get(ch, ch) for ch in s))

    def node(self, iri: str) -> dict | None:
        r = self.con.execute("SELECT id, iri, zh, en, types FROM nodes WHERE iri = ?", (iri,)).fetchone()
        return None if r is None else {"id": r[0], "iri": r[1], "zh": r[2], "en": r[3], "types": r[4].split()}

    def stored_pinyin(self, iris: list[str]) -> dict[str, set[str]]:
        """IRI -> the pinyin of its Chinese names, as stored at build time (no pypinyin import)."""
        return self._stored(iris, "pinyin")

    def codes(self, iris: list[str]) -> dict[str, set[str]]:
        """IRI -> its codes as stored (division code, GB code, CURIE), for matching a code a user gives."""
        return self._stored(iris, "code")

    def _stored(self, iris: list[str], kind: str) -> dict[str, set[str]]:
        """IRI -> its stored forms of one kind, in chunks that stay under SQLite's bound-parameter limit."""
        out: dict[str, set[str]] = {}
        for chunk in _chunks(list(iris), 500):
            for iri, form in self.con.execute(
                    "SELECT nodes.iri, names.form FROM names JOIN nodes ON nodes.id = names.node "
                    f"WHERE nodes.iri IN ({','.join('?' * len(chunk))}) AND names.kind = ?", [*chunk, kind]):
                out.setdefault(iri, set()).add(form)
        return out

    def forms(self, node_ids: list[int]) -> dict[int, tuple[list[str], list[str]]]:
        out: dict[int, tuple[list[str], list[str]]] = {i: ([], []) for i in node_ids}
        for chunk in _chunks(node_ids, 500):
            for node, form, kind in self.con.execute(
                    f"SELECT node, form, kind FROM names WHERE node IN ({','.join('?' * len(chunk))}) AND kind != 'code'", chunk):
                out[node][1 if kind == "pinyin" else 0].append(form)
        return out

    def search(self, query: str, classes: set[str] | None = None, limit: int = 10, max_candidates: int = 400) -> list[dict]:
        """Nodes ranked by textmod.score over candidates found through the index (exact keys, prefixes,
        shared n-grams, same pinyin)."""
        query = self.simplified(query)
        q = textmod.normalize(query)
        if not q:
            return []
        cand: set[int] = set()
        ex = self.con.execute
        qws = textmod.words(query) if not textmod.has_cjk(query) else []
        if qws:  # English names by their words: the nodes that have the rarest query word
            counts = [(ex("SELECT COUNT(*) FROM words WHERE word = ?", (w,)).fetchone()[0], w) for w in qws]
            counts.sort()
            for _, w in counts[:2]:
                cand.update(r[0] for r in ex("SELECT node FROM words WHERE word >= ? AND word < ? LIMIT ?",
                                             (w if len(w) >= 4 else w, (w + "\U0010ffff") if len(w) >= 4 else w + "\x00",
                                              max_candidates)))
        cand.update(r[0] for r in ex("SELECT node FROM names WHERE key = ?", (q,)))
        cand.update(r[0] for r in ex("SELECT node FROM names WHERE key >= ? AND key < ? LIMIT ?", (q, q + "\U0010ffff", max_candidates)))
        qpy = None
        if textmod.has_cjk(q):
            qpy = self.pinyin(query)
            cand.update(r[0] for r in ex("SELECT node FROM names WHERE key = ? AND kind = 'pinyin'", (qpy,)))
        gs = sorted(grams(q))
        if gs:
            cand.update(r[0] for r in ex(
                f"SELECT node FROM grams WHERE gram IN ({','.join('?' * len(gs))}) GROUP BY node "
                f"ORDER BY COUNT(*) DESC, node LIMIT ?", (*gs, max_candidates)))
        if not cand:
            return []
        ids = sorted(cand)
        meta = {}
        for chunk in _chunks(ids, 500):
            for r in ex(f"SELECT id, iri, zh, en, types FROM nodes WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                meta[r[0]] = {"iri": r[1], "zh": r[2], "en": r[3], "types": r[4].split()}
        if classes:
            ids = [i for i in ids if classes & set(meta[i]["types"])]
        forms = self.forms(ids)
        scored = []
        for i in ids:
            names, pys = forms[i]
            best, matched, how = textmod.score(query, names, pys, query_pinyin=qpy)
            if best > 0:
                scored.append({**meta[i], "score": round(best, 3), "matched": matched, "how": how})
        scored.sort(key=lambda m: (-m["score"], len(m["zh"] or m["en"] or m["iri"]), m["iri"]))
        if scored:  # near misses far below the best hit are noise
            floor = max(0.4, scored[0]["score"] * 0.5)
            scored = [m for m in scored if m["score"] >= floor]
        return scored[:limit]

    def count(self) -> int:
        return int(self.con.execute("SELECT value FROM meta WHERE key = 'nodes'").fetchone()[0])

    def close(self) -> None:
        self.con.close()


def _chunks(xs: list, n: int):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
