"""The name index built with the store: normalised names, pinyin, codes and character n-grams in SQLite.

Looking up a name is an index probe, never a scan of every entity, and never imports pypinyin: the
pinyin of every CJK character is stored at build time, so a query's pinyin (for homophones such as
凭详 -> 凭祥) is read from the index as well.
"""

from __future__ import annotations

import re
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
CREATE VIRTUAL TABLE grams USING fts5(g, content='', columnsize=0, detail=none, tokenize='ascii');
CREATE TABLE charpy(ch TEXT PRIMARY KEY, py TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE words(word TEXT NOT NULL, node INTEGER NOT NULL, PRIMARY KEY (word, node)) WITHOUT ROWID;
CREATE TABLE t2s(ch TEXT PRIMARY KEY, simp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE name_words(word TEXT PRIMARY KEY, common INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE listing(type TEXT NOT NULL, zkey TEXT NOT NULL, ekey TEXT NOT NULL, node INTEGER NOT NULL,
                     PRIMARY KEY (type, zkey, node)) WITHOUT ROWID;
CREATE TABLE gram_df(token TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE word_edits(variant TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (variant, word)) WITHOUT ROWID;
"""
LISTING_INDEX = "CREATE INDEX listing_en ON listing(type, ekey, node);"
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_node ON names(node);
"""


def grams(form: str) -> set[str]:
    """Character bigrams of a normalised name, plus its single CJK characters (so 2-character names and
    1-character queries such as 茶 find candidates)."""
    out = {form[i:i + 2] for i in range(len(form) - 1)}
    if not form.isascii():  # pinyin and English forms have no CJK characters to add
        out.update(textmod.CJK.findall(form))
    if len(form) == 1:
        out.add(form)
    return out


STAGING = """
CREATE TEMP TABLE raw_types(iri TEXT NOT NULL, t TEXT NOT NULL);
CREATE TEMP TABLE raw_names(iri TEXT NOT NULL, p TEXT NOT NULL, v TEXT NOT NULL, lang TEXT);
CREATE TEMP TABLE raw_words(word TEXT NOT NULL, node INTEGER NOT NULL);
CREATE TEMP TABLE raw_blank_types(node TEXT NOT NULL, t TEXT NOT NULL);
CREATE TEMP TABLE raw_edges(s TEXT NOT NULL, p TEXT NOT NULL, o TEXT NOT NULL);
CREATE TEMP TABLE raw_sources(ev TEXT NOT NULL, src TEXT NOT NULL);
CREATE TEMP TABLE raw_name_words(word TEXT NOT NULL, common INTEGER NOT NULL);
"""
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
CHUNK = 10000  # rows handed to SQLite at a time
GRAM_BUDGET = 60000  # n-gram postings a search reads at most: its rarest n-grams first
MAX_SCORED = 300  # candidates a search scores at most: the likeliest by a cheap measure (the shipped graph's most is 246)
EDIT_MIN = 5  # name words this long or longer are found one edit away (noodels -> noodles)


def build_index(path: Path, store, lookup_classes: list[str]) -> Path:
    """Write names.sqlite beside the store from the names its lookup nodes carry (any backend).

    Two streaming reads of the store (the lookup nodes' classes, then every name and code literal) go
    into SQLite's temporary tables; SQLite joins, sorts and deduplicates them on disk, so memory stays flat
    as the graph grows. Python only normalises each name (key, pinyin, words); n-grams are cut by SQL."""
    con, tmp = _begin(path)
    classes = " ".join(f"<{c}>" for c in lookup_classes)
    _stage(con, "raw_types", ((e.value, t.value) for e, t in store.stream(
        f"SELECT ?e ?t WHERE {{ VALUES ?c {{ {classes} }} ?e a ?c . FILTER(isIRI(?e)) ?e a ?t }}", ("e", "t"))))
    props = " ".join(NAME_PROPS + CODE_PROPS)
    _stage(con, "raw_names", ((e.value, p.value, n.value, n.language) for e, p, n in store.stream(
        f"SELECT ?e ?p ?name WHERE {{ VALUES ?p {{ {props} }} ?e ?p ?name FILTER(isLiteral(?name) && isIRI(?e)) }}",
        ("e", "p", "name"))))
    return _finish(con, tmp, path)


def build_index_from_files(path: Path, files: list[tuple[Path, object, str]], counted=None) -> Path:
    """The index build_index writes from a store of these files, read from the files themselves
    ((path, pyoxigraph format, base IRI) each, as the store loads them): it runs beside the store's bulk
    load, on the other core, instead of after it. The lookup classes are the ontology's, as the files
    define them (gxo: terms and what they say of themselves). counted(con, vocabulary), if given, reads
    the staged rows first (every class, edge and source of the files: gxkg.summary's counts). A file that
    does not parse is a GraphParseError (file, line and column)."""
    from .errors import GraphParseError
    from .store.build import syntax_message
    from .vocab import from_triples

    con, tmp = _begin(path)
    ontology: list = []
    for k, (f, fmt, base) in enumerate(files):
        try:
            _stage_file(con, f, fmt, base, ontology, f"_:{k}:")
        except SyntaxError as e:
            con.close()
            tmp.unlink(missing_ok=True)
            raise GraphParseError(syntax_message(Path(f), e)) from None
    vocabulary = from_triples(ontology)
    con.execute("CREATE INDEX temp.raw_types_t ON raw_types(t, iri)")
    if counted:
        counted(con, vocabulary)
    classes = vocabulary.name_classes()
    con.execute(f"DELETE FROM raw_types WHERE iri NOT IN (SELECT iri FROM raw_types WHERE t IN ({','.join('?' * len(classes))}))",
                classes)
    return _finish(con, tmp, path)


def _stage_file(con, f: Path, fmt, base: str, ontology: list, blank: str) -> None:
    """Stage one file's rows: rdf:type of IRIs (raw_types) and of blank nodes (raw_blank_types), name and
    code literals of IRIs (raw_names), links between IRIs (raw_edges), dct:source (raw_sources); and keep
    its triples about ontology terms (gxo:) in `ontology`. A blank node is the file's own (the store keeps
    each file's apart): its label is written after `blank`, a prefix no other file has."""
    import pyoxigraph as ox

    from .namespaces import DCT, GXO_NS, RDF, expand

    named, literal = ox.NamedNode, ox.Literal
    kind = {**{expand(p): SKIP for p in NOT_RELATIONS}, str(RDF.type): TYPE, str(DCT.source): SOURCE,
            **{expand(p): NAME for p in NAME_PROPS + CODE_PROPS}}.get  # one look-up a triple: what its predicate is
    rows: dict[str, list] = {t: [] for t in STAGED}
    types, blank_types, names, edges, sources = (rows[t] for t in STAGED)
    for i, t in enumerate(ox.parse(path=str(f), format=fmt, base_iri=base)):
        s, p, o = t.subject, t.predicate.value, t.object
        k = kind(p)
        if type(s) is named:
            s = s.value
            if k is None:
                if type(o) is named:
                    edges.append((s, p, o.value))
            elif k is TYPE:
                types.append((s, o.value))
            elif k is NAME:
                if type(o) is literal:
                    names.append((s, p, o.value, o.language))
            elif k is SOURCE:
                sources.append((s, o.value))
            if s.startswith(GXO_NS):
                ontology.append(t)
        elif k is TYPE:
            blank_types.append((blank + s.value, o.value))
        elif k is SOURCE:
            sources.append((blank + s.value, o.value))
        if not i % CHUNK:
            _stage_rows(con, rows)
    _stage_rows(con, rows)


STAGED = ("raw_types", "raw_blank_types", "raw_names", "raw_edges", "raw_sources")
TYPE, NAME, SOURCE, SKIP = "type", "name", "source", "skip"  # what _stage_file does with a triple, by its predicate
# links that are never a relation between two entities (relations.rq leaves them out too): what a statement is
# about, and where a fact comes from
NOT_RELATIONS = ("rdf:subject", "rdf:predicate", "rdf:object", "prov:wasDerivedFrom", "dct:source")


def _stage_rows(con, rows: dict[str, list]) -> None:
    for table, chunk in rows.items():
        _stage(con, table, chunk)
        chunk.clear()


def start(files: list[tuple[Path, object, str]], store_dir: Path):
    """What a store carries beside it, read from its files in a child process (python -m gxkg.names) on the
    other core while the caller bulk-loads the same files: the name index and the summary counts (less the
    triples, which the loaded store counts). The child parses strictly, so the load may skip its own IRI
    checks; finished() waits for it and raises what the child found wrong with a file."""
    import json
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-m", "gxkg.names", str(store_dir)], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    child.stdin.write(json.dumps([[str(f), fmt.file_extension, base] for f, fmt, base in files]).encode())
    child.stdin.close()
    return child


SYNTAX_FILE = "syntax-error.txt"  # what start's child writes when a file does not parse: one line


def finished(child, store_dir: Path) -> bool:
    """Wait for start's child: True if it wrote the name index and the summary; a file that did not parse
    is a GraphParseError (file, line and column)."""
    from .errors import GraphParseError
    from .summary import SUMMARY_FILE

    child.wait()
    error = Path(store_dir) / SYNTAX_FILE
    if child.returncode != 0 and error.is_file():
        raise GraphParseError(error.read_text(encoding="utf-8").strip())
    return child.returncode == 0 and (Path(store_dir) / INDEX_FILE).is_file() and (Path(store_dir) / SUMMARY_FILE).is_file()


def check_syntax(files: list[tuple[Path, object, str]]) -> None:
    """Parse each file strictly (what start's child does on the way), raising a GraphParseError for the first
    that does not parse: for a build whose child died before it read every file."""
    import pyoxigraph as ox

    from .errors import GraphParseError
    from .store.build import syntax_message

    for f, fmt, base in files:
        try:
            for _ in ox.parse(path=str(f), format=fmt, base_iri=base):
                pass
        except SyntaxError as e:
            raise GraphParseError(syntax_message(Path(f), e)) from None


def _beside(store_dir: Path, files: list[tuple[Path, object, str]]) -> None:
    """start's child: the name index and the summary counts of the files, written into store_dir."""
    from . import summary
    from .errors import GraphParseError

    try:
        build_index_from_files(Path(store_dir) / INDEX_FILE, files,
                               counted=lambda con, vocabulary: summary.save(store_dir, summary.from_staging(con, vocabulary)))
    except GraphParseError as e:
        (Path(store_dir) / SYNTAX_FILE).write_text(str(e), encoding="utf-8")
        raise SystemExit(2) from None


def _begin(path: Path):
    """A new index file beside path (written aside, moved into place by _finish), with its staging tables."""
    from .namespaces import curie

    path = Path(path)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", "cache_size=-65536"):
        con.execute(f"PRAGMA {pragma}")
    con.executescript(SCHEMA + STAGING)
    con.create_function("norm", 1, textmod.normalize, deterministic=True)
    con.create_function("curie", 1, curie, deterministic=True)
    return con, tmp


def _finish(con, tmp: Path, path: Path) -> Path:
    """From the staged rows (raw_types: every class of each lookup node; raw_names: name and code literals)
    to the index's tables, then the index moved into place."""
    from .namespaces import expand

    con.execute("CREATE INDEX temp.raw_names_iri ON raw_names(iri)")
    _nodes(con)
    # the work of one process first (while the store may still be loading on the other core), the names'
    # work, in two processes, last
    con.execute("INSERT OR IGNORE INTO listing SELECT DISTINCT r.t, COALESCE(n.zh, n.iri), COALESCE(n.en, n.zh, n.iri), n.id "
                "FROM raw_types r JOIN nodes n ON n.iri = r.iri ORDER BY 1, 2, 4")
    codes = [expand(p) for p in CODE_PROPS]
    con.execute("INSERT INTO names SELECT norm(c), id, c, 'code' FROM ("
                "SELECT n.id AS id, r.v AS c FROM raw_names r JOIN nodes n ON n.iri = r.iri "
                f"WHERE r.p IN ({','.join('?' * len(codes))}) UNION SELECT id, curie(iri) FROM nodes) ORDER BY id, c", codes)
    _chars(con)
    con.executescript(LISTING_INDEX)
    names = [expand(p) for p in NAME_PROPS]
    _names(con, con.execute(
        f"SELECT DISTINCT n.id, r.v FROM raw_names r JOIN nodes n ON n.iri = r.iri "
        f"WHERE r.p IN ({','.join('?' * len(names))}) ORDER BY n.id, r.v", names))
    _name_words(con)
    con.executescript(INDEXES)
    con.execute("INSERT INTO meta SELECT 'nodes', COUNT(*) FROM nodes")
    con.execute("INSERT INTO meta SELECT 'longest', COALESCE(MAX(LENGTH(form)), 0) FROM names WHERE kind = 'name'")
    con.commit()
    con.close()
    tmp.replace(path)
    return path


def _stage(con, table: str, rows) -> None:
    """Copy a stream of rows (tuples) into a staging table, CHUNK rows at a time."""
    import itertools

    rows = iter(rows)
    while chunk := list(itertools.islice(rows, CHUNK)):
        con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(chunk[0]))})", chunk)


def _nodes(con) -> None:
    """One node per lookup IRI, numbered in IRI order, with its sorted classes and its first zh and en label."""
    import itertools

    cur = con.execute("SELECT DISTINCT iri, t FROM raw_types ORDER BY iri, t")
    ids = itertools.count(1)
    groups = itertools.groupby(cur, key=lambda r: r[0])
    while chunk := [(next(ids), iri, " ".join(t for _, t in rows)) for iri, rows in itertools.islice(groups, CHUNK)]:
        con.executemany("INSERT INTO nodes(id, iri, types) VALUES (?,?,?)", chunk)
    for lang in ("zh", "en"):  # the smallest label in each language: the same choice whatever the order
        con.execute(f"UPDATE nodes SET {lang} = l.v FROM (SELECT iri, MIN(v) AS v FROM raw_names "
                    f"WHERE p = ? AND lang = ? GROUP BY iri) AS l WHERE nodes.iri = l.iri", (LABEL, lang))


def _names(con, rows) -> None:
    """Each node's names (rows of (node, name) in node order) as normalised keys, the pinyin of Chinese names,
    the words of others, and one document of its n-grams (gram_token each) in the grams full-text index;
    worked out in two processes when the machine has two cores (the work is Python, per name)."""
    import itertools

    out = con.cursor()
    groups = ((i, [name for _, name in group]) for i, group in itertools.groupby(rows, key=lambda r: r[0]))
    for name_rows, word_rows, docs, form_words in _mapped(_node_rows, _chunked_nodes(groups)):
        out.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
        out.executemany("INSERT INTO temp.raw_words VALUES (?,?)", word_rows)
        out.executemany("INSERT INTO grams(rowid, g) VALUES (?,?)", docs)
        out.executemany("INSERT INTO temp.raw_name_words VALUES (?,?)", form_words)
    con.execute("INSERT INTO words SELECT word, node FROM raw_words ORDER BY word, node")
    con.execute("INSERT INTO grams(grams) VALUES ('optimize')")
    con.execute("CREATE VIRTUAL TABLE temp.gram_rows USING fts5vocab(main, grams, 'row')")
    con.execute("INSERT INTO gram_df SELECT term, doc FROM temp.gram_rows ORDER BY term")


def _chunked_nodes(groups):
    """(node, names) groups in lists of about CHUNK names."""
    chunk, size = [], 0
    for node, names in groups:
        chunk.append((node, names))
        size += len(names)
        if size >= CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


_TOKENS: dict[str, str] = {}  # n-grams repeat across names: each is encoded once (per process)


def _node_rows(nodes: list[tuple[int, list[str]]]) -> tuple[list, list, list, list]:
    """What the index holds of these nodes' names: (names rows, (word, node) rows, (node, n-gram document)
    rows, (name word, common) rows)."""
    name_rows, word_rows, docs = [], [], []
    for i, names in nodes:
        forms, words = set(), set()
        for name in names:
            key = textmod.normalize(name)
            name_rows.append((key, i, name, "name"))
            forms.add(key)
            if textmod.has_cjk(name):
                for short in _short_forms(name):  # 钦州保税港区 for 广西钦州保税港区, 东盟信息港电商论坛
                    name_rows.append((textmod.normalize(short), i, short, "name"))
                py = name_pinyin(name)
                name_rows.append((py, i, py, "pinyin"))
                forms.add(py)
            else:
                words.update(textmod.words(name))
                for short in _english_short_forms(name):  # Rong County for Rongxian County (容县)
                    name_rows.append((textmod.normalize(short), i, short, "name"))
                    forms.add(textmod.normalize(short))
        word_rows.extend((w, i) for w in words)
        gs = {g for f in forms for g in grams(f)}
        docs.append((i, " ".join([_TOKENS.get(g) or _TOKENS.setdefault(g, gram_token(g)) for g in gs])))
    if len(_TOKENS) > 500_000:
        _TOKENS.clear()
    common: dict[str, int] = {}  # each name word once per chunk, common if any name writes it in lower case
    for r in name_rows:
        if r[3] == "name":
            for w, c in _form_words(r[2]):
                common[w] = common.get(w, 0) | c
    return name_rows, word_rows, docs, list(common.items())


def _mapped(fn, chunks, ahead: int = 4):
    """fn over chunks, in order: in two worker processes (forked) with at most `ahead` chunks in flight, so
    memory stays flat; in this process for a single chunk, or where fork is not available or there is one core."""
    import multiprocessing
    import os
    from collections import deque

    import itertools

    chunks = iter(chunks)
    first = list(itertools.islice(chunks, 2))
    if len(first) < 2 or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, itertools.chain(first, chunks))  # one chunk (a small graph): no processes to start
        return
    chunks = itertools.chain(first, chunks)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


SCOPE_PREFIXES = ("广西壮族自治区", "广西")  # the region the graph is about, often left out of a name


# the short forms people write Chinese names in: 电商 for 电子商务, and 中国- left out before 东盟
SHORTENINGS = (("电子商务", "电商"), ("中国-东盟", "东盟"), ("中国—东盟", "东盟"), ("综合试验区", "综试区"))


def _short_forms(name: str) -> list[str]:
    """The forms of a Chinese name with the usual shortenings, and without the region's name it begins with
    (four characters or more), in order."""
    if not _SHORTENABLE.search(name):  # most names: nothing to shorten, nothing to work out
        return []
    forms = _shortened(name)
    forms |= {x for f in forms if (x := _without_scope(f))}
    forms |= {x for f in forms if (x := _without_issuer(f))}
    forms |= {f[2:] for f in forms if f.startswith("关于") and len(f) >= 10 and f.endswith(ISSUED_ENDINGS)}  # 加快电子商务发展的若干意见
    forms |= {f[len(p):] for f in forms for p in PARTNER_PREFIXES if f.startswith(p) and len(f) - len(p) >= 6}
    return sorted(f for f in forms - {name} if len(f) >= 4)


# the partners a name begins with, which people leave out of a long name (中小企业贸易促进平台)
PARTNER_PREFIXES = ("中国-东盟", "中国—东盟")


# an English county name whose pinyin holds its 县 (Rongxian County, 容县): as people also write it (Rong County)
XIAN_COUNTY = re.compile(r"^([A-Z][a-z']+)xian County$")


def _english_short_forms(name: str) -> list[str]:
    m = XIAN_COUNTY.match(name)
    return [f"{m.group(1)} County"] if m else []


def _trigger(words) -> str:
    return "|".join(re.escape(w) for w in words)


# a name _short_forms can shorten holds one of these: a long form, the region's name first, 关于 (an issued document)
_SHORTENABLE = re.compile("|".join((_trigger(long_ for long_, _ in SHORTENINGS), "^(?:" + _trigger(SCOPE_PREFIXES) + ")", "关于")))


def _without_issuer(name: str) -> str | None:
    """A document's title less the body that issued it (自治区人民政府办公厅关于促进…的实施意见 → 关于促进…的实施意见):
    how people cite a document whose issuer the sentence has named already; eight characters or more are left."""
    at = name.find("关于")
    return name[at:] if at > 0 and len(name) - at >= 8 and name.endswith(ISSUED_ENDINGS) else None


# what the titles of official documents end in (意见, 通知, 批复, 规划, 方案, 计划, 决定, 办法)
ISSUED_ENDINGS = ("意见", "通知", "批复", "规划", "方案", "计划", "决定", "办法", "条例", "规定", "函")


def _shortened(name: str) -> set[str]:
    """The name and its forms with each of the usual shortenings made or not."""
    forms = {name}
    for long_, short in SHORTENINGS:
        forms |= {f.replace(long_, short) for f in forms if long_ in f}
    return forms


def _without_scope(name: str) -> str | None:
    """A Chinese name less the region's name it begins with, when four characters or more are left."""
    p = next((p for p in SCOPE_PREFIXES if name.startswith(p)), None)
    rest = name[len(p):] if p else ""
    return rest if len(rest) >= 4 and textmod.has_cjk(rest[0]) else None


def _name_words(con) -> None:
    """The English words of names (staged by _names), lower-cased, marked common when a name writes them in
    lower case (banana, centre: common nouns, not proper ones), and a symmetric-deletion index of the long
    ones: what ask reads to correct a misspelt name word, a probe per question word instead of a read of
    every name."""
    out = con.cursor()
    con.execute("INSERT INTO name_words SELECT word, MAX(common) FROM raw_name_words GROUP BY word ORDER BY word")
    long_words = [w for (w,) in con.execute("SELECT word FROM name_words WHERE LENGTH(word) >= ?", (EDIT_MIN,))]
    for chunk in _chunks(long_words, CHUNK):
        out.executemany("INSERT OR IGNORE INTO word_edits VALUES (?,?)", [(v, w) for w in chunk for v in {w, *deletions(w)}])


def _form_words(form: str) -> list[tuple[str, int]]:
    """(word in lower case, 1 if the name writes it in lower case) for each English word of a name."""
    found = _LATIN_WORD.findall(form)
    if not found:
        return []
    common = set(_LOWER_WORD.findall(form))
    return [(w.lower(), int(w in common)) for w in found]


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+")


def deletions(w: str) -> set[str]:
    """w with one letter left out, in each place."""
    return {w[:i] + w[i + 1:] for i in range(len(w))}


def gram_token(gram: str) -> str:
    """An n-gram as one token of the grams index (its UTF-8 in hex: the ASCII tokenizer never splits it)."""
    return gram.encode("utf-8").hex()


def _chars(con) -> None:
    """The character tables a lookup reads instead of importing anything: traditional -> simplified, pinyin."""
    from pypinyin.pinyin_dict import pinyin_dict

    con.executemany("INSERT OR IGNORE INTO t2s VALUES (?,?)", traditional_pairs())
    con.executemany("INSERT INTO charpy VALUES (?,?)",
                    ((chr(cp), textmod.normalize(textmod.strip_tones(py.split(",")[0])))
                     for cp, py in pinyin_dict.items() if 0x3400 <= cp <= 0x9FFF))


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

    def names_in(self, text: str) -> list[tuple[int, tuple[str, list[str]]]]:
        """(end index, (form, IRIs)) of every name of two or more characters, one at least Chinese, that occurs in text
        (each occurrence once, overlapping ones too): probes of the index for text's substrings, no longer
        than the longest such name, so a question costs the same whatever the graph holds."""
        r = self.con.execute("SELECT value FROM meta WHERE key = 'longest'").fetchone()
        longest = int(r[0]) if r else 64
        spans = {text[s:e] for s in range(len(text)) for e in range(s + 2, min(len(text), s + longest) + 1)}
        spans = {x for x in spans if textmod.has_cjk(x)}
        found: dict[str, set[str]] = {}
        for chunk in _chunks(sorted(spans), 400):
            keys = sorted({textmod.normalize(x) for x in chunk})
            for form, iri in self.con.execute(
                    f"SELECT names.form, nodes.iri FROM names JOIN nodes ON nodes.id = names.node WHERE names.key IN "
                    f"({','.join('?' * len(keys))}) AND names.kind = 'name'", keys):
                if form in spans:
                    found.setdefault(form, set()).add(iri)
        out = []
        for s in range(len(text)):
            for e in range(s + 2, min(len(text), s + longest) + 1):
                if text[s:e] in found:
                    out.append((e - 1, (text[s:e], sorted(found[text[s:e]]))))
        return out

    def pinyin(self, s: str) -> str:
        """Toneless pinyin of a string from the stored character table (characters without one are kept)."""
        return self.pinyin_many([s])[0]

    def pinyin_many(self, strings: list[str]) -> list[str]:
        """The pinyin of each string, the characters of all of them read in one query."""
        chars = sorted({ch for s in strings for ch in s if textmod.has_cjk(ch)})
        found = dict(self.con.execute(f"SELECT ch, py FROM charpy WHERE ch IN ({','.join('?' * len(chars))})",
                                      chars)) if chars else {}
        return [textmod.normalize("".join(found.get(ch, ch) for ch in s)) for s in strings]

    def known_words(self, words, common: bool = False) -> set[str]:
        """Those of words (lower case) that a name in the index has; with common, only those a name writes
        in lower case."""
        words = sorted(set(words))
        if not words:
            return set()
        cond = " AND common = 1" if common else ""
        return {w for (w,) in self.con.execute(
            f"SELECT word FROM name_words WHERE word IN ({','.join('?' * len(words))}){cond}", words)}

    def one_edit_candidates(self, w: str) -> set[str]:
        """The name words (EDIT_MIN letters or more) sharing w or one of its one-letter deletions with one of
        theirs: every name word one edit from w is among them."""
        vs = sorted({w, *deletions(w)})
        return {x for (x,) in self.con.execute(
            f"SELECT DISTINCT word FROM word_edits WHERE variant IN ({','.join('?' * len(vs))})", vs)}

    def page(self, classes, lang: str, limit: int, offset: int) -> tuple[int, list[str]]:
        """(how many nodes have one of classes, one page of their IRIs ordered by the name in lang, else the
        Chinese name, else the IRI): each class's first offset+limit rows in index order, merged, so the first
        pages cost the same whatever the classes hold."""
        classes = sorted(set(classes))
        if not classes:
            return 0, []
        marks = ",".join("?" * len(classes))
        total = self.con.execute(f"SELECT COUNT(DISTINCT node) FROM listing WHERE type IN ({marks})", classes).fetchone()[0]
        ids = self._first_ids(classes, "zkey" if lang == "zh" else "ekey", offset, offset + limit if limit else None)
        iris = dict(self.con.execute(f"SELECT id, iri FROM nodes WHERE id IN ({','.join('?' * len(ids))})", ids)) if ids else {}
        return total, [iris[i] for i in ids]

    def _first_ids(self, classes: list[str], key: str, offset: int, want: int | None) -> list[int]:
        """Node ids offset..want of the classes' instances in key order: each class's first rows, merged."""
        import heapq
        import itertools

        tail = f" LIMIT {int(want)}" if want else ""
        runs = [self.con.execute(f"SELECT {key}, node FROM listing WHERE type = ? ORDER BY {key}, node{tail}", (c,)) for c in classes]
        seen: set[int] = set()
        ordered = (n for _, n in heapq.merge(*runs) if not (n in seen or seen.add(n)))
        return list(itertools.islice(ordered, offset, want))

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
        qpy = self.pinyin(query) if textmod.has_cjk(q) else None
        ids = sorted(self._candidates(query, q, qpy, max_candidates))
        if not ids:
            return []
        meta = self._nodes(ids)
        if classes:
            ids = [i for i in ids if classes & set(meta[i]["types"])]
        forms = self.forms(ids)
        ids = _likeliest(q, ids, forms)
        scored = []
        for i in ids:
            best, matched, how = textmod.score(query, *forms[i], query_pinyin=qpy)
            if best > 0:
                scored.append({**meta[i], "score": round(best, 3), "matched": matched, "how": how})
        scored.sort(key=lambda m: (-m["score"], len(m["zh"] or m["en"] or m["iri"]), m["iri"]))
        if scored:  # near misses far below the best hit are noise
            floor = max(0.4, scored[0]["score"] * 0.5)
            scored = [m for m in scored if m["score"] >= floor]
        return scored[:limit]

    def _candidates(self, query: str, q: str, qpy: str | None, max_candidates: int) -> set[int]:
        """The nodes worth scoring: by the query's rarest English words, its exact key, keys it starts, the same
        pinyin, and the most shared n-grams."""
        ex = self.con.execute
        cand = self._word_candidates(query, max_candidates)
        cand.update(r[0] for r in ex("SELECT node FROM names WHERE key = ?", (q,)))
        cand.update(r[0] for r in ex("SELECT node FROM names WHERE key >= ? AND key < ? LIMIT ?", (q, q + "\U0010ffff", max_candidates)))
        if qpy is not None:
            cand.update(r[0] for r in ex("SELECT node FROM names WHERE key = ? AND kind = 'pinyin'", (qpy,)))
        tokens = self._rare_grams(grams(q))
        if tokens:
            each = " UNION ALL ".join(["SELECT rowid AS node FROM grams WHERE grams MATCH ?"] * len(tokens))
            cand.update(r[0] for r in ex(f"SELECT node FROM ({each}) GROUP BY node ORDER BY COUNT(*) DESC, node LIMIT ?",
                                         (*(f'"{t}"' for t in tokens), max_candidates)))
        return cand

    def _rare_grams(self, gs: set[str]) -> list[str]:
        """The tokens of the n-grams worth reading: the rarest first, while their postings stay within
        GRAM_BUDGET (the rarest one always), so a query of common n-grams costs the same on any graph."""
        tokens = sorted(gram_token(g) for g in gs)
        if not tokens:
            return []
        df = sorted((n, t) for t, n in self.con.execute(
            f"SELECT token, n FROM gram_df WHERE token IN ({','.join('?' * len(tokens))})", tokens))
        out, total = [], 0
        for n, t in df:
            if out and total + n > GRAM_BUDGET:
                break
            out.append(t)
            total += n
        return out

    def _word_candidates(self, query: str, max_candidates: int) -> set[int]:
        """English names by their words: the nodes that have one of the query's two rarest words (a word of four
        letters or more also as the start of a longer one)."""
        ex = self.con.execute
        qws = textmod.words(query) if not textmod.has_cjk(query) else []
        counts = sorted((ex("SELECT COUNT(*) FROM words WHERE word = ?", (w,)).fetchone()[0], w) for w in qws)
        cand: set[int] = set()
        for _, w in counts[:2]:
            end = (w + "\U0010ffff") if len(w) >= 4 else w + "\x00"
            cand.update(r[0] for r in ex("SELECT node FROM words WHERE word >= ? AND word < ? LIMIT ?", (w, end, max_candidates)))
        return cand

    def _nodes(self, ids: list[int]) -> dict[int, dict]:
        """Node id -> its IRI, Chinese and English label and classes."""
        meta = {}
        for chunk in _chunks(ids, 500):
            for r in self.con.execute(f"SELECT id, iri, zh, en, types FROM nodes WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                meta[r[0]] = {"iri": r[1], "zh": r[2], "en": r[3], "types": r[4].split()}
        return meta

    def count(self) -> int:
        return int(self.con.execute("SELECT value FROM meta WHERE key = 'nodes'").fetchone()[0])

    def close(self) -> None:
        self.con.close()


def _likeliest(q: str, ids: list[int], forms: dict) -> list[int]:
    """At most MAX_SCORED of the candidates, those whose names are likeliest to match (the same, holding the query,
    sharing most of its letter pairs, nearest in length), so a search of a large graph scores as many as a small one's."""
    if len(ids) <= MAX_SCORED:
        return ids
    import heapq

    pairs = {q[i:i + 2] for i in range(len(q) - 1)} or {q}

    def key(i: int) -> tuple:
        best = (False, False, 0, -len(q))
        for f in forms[i][0] + forms[i][1]:
            nf = textmod.normalize(f)
            shared = sum(1 for j in range(max(1, len(nf) - 1)) if nf[j:j + 2] in pairs)  # one letter: itself
            best = max(best, (nf == q, q in nf, shared, -abs(len(nf) - len(q))))
        return best

    return sorted(heapq.nlargest(MAX_SCORED, ids, key=key))


def _chunks(xs: list, n: int):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


if __name__ == "__main__":  # start's child: python -m gxkg.names STORE_DIR, the files as JSON on stdin
    import json
    import sys

    import pyoxigraph as ox

    _beside(Path(sys.argv[1]), [(Path(f), ox.RdfFormat.from_extension(ext), base) for f, ext, base in json.loads(sys.stdin.read())])
