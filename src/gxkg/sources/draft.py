"""Drafts: one YAML file per source under `sources/`, the file a reviewer edits.

Each item (mention, indicator, figure, relation, translation) has an `id`, a `status` (proposed, accepted,
rejected) and a `note`. `docs/sources.md` documents the format.

A draft is untrusted input (it may come from anyone): it is read with libyaml's safe loader after a pass
over its events that refuses anchors, aliases, explicit tags and deep nesting (a billion-laughs file costs
nothing), then checked key by key against the format below, so a draft with an unknown key, a wrong type,
a path outside the project's data or a date that is not a real calendar date is refused with one line.
`accept` and `reject` edit the statuses in the text itself, under a lock, so every other byte (comments,
order, quoting, wrapping) stays as the reviewer left it and concurrent decisions are never lost.
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import json
import os
import re
import time
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import GxkgError, UsageError

SECTIONS = ("mentions", "indicators", "figures", "relations", "translations")
PREFIX = {"mentions": "m", "indicators": "i", "figures": "f", "relations": "r", "translations": "t"}
STATUSES = ("proposed", "accepted", "rejected", "deprecated")
# Why an accepted fact was deprecated (as Wikidata's deprecated rank): it stays in its draft, out of the graph.
REASONS = ("superseded", "wrong-in-source")
FORMAT = "gxkg-source 1"
MAX_BYTES = 32 * 1024 * 1024  # a draft of a very long article is a few MB
MAX_DEPTH = 16  # the format nests 5 deep
LOCK_WAIT = 60.0  # seconds a second writer waits for the first before giving up
ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}")
FILE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,120}")
IRI = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x20\x7f-\x9f]+")
# Characters that change what a title or label means when it is shown: line and paragraph separators,
# control characters, byte-order marks and bidirectional overrides.
HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# ------------------------------------------------------------------------------------------ the format
# Each key's kind: "text" (a string shown as a name, cleaned of HIDDEN characters), "verbatim" (a string
# that must equal the source text), "iri", "int", "bool", "number", "date" (YYYY-MM-DD), "period" (YYYY,
# YYYY-MM or YYYY-MM-DD), "status", "id", "file"; a dict is a nested mapping, a list a list of that kind.
# Every value may be null except where REQUIRED says otherwise. Add a key here to extend the format.
LABEL = {"zh": "text", "en": "text"}
ITEM = {"id": "item-id", "status": "status", "note": "text", "reason": "reason", "superseded_by": "text"}
SCHEMA = {
    "format": "text",
    "source": {"id": "id", "iri": "iri", "file": "file", "kind": "text", "title": "text", "title_en": "text",
               "url": "iri", "publisher": "text", "publisher_en": "text", "date": "date", "language": "text",
               "about": {"iri": "iri", "quote": "verbatim", "quote_start": "int", "note": "text"},
               "copies": [{"file": "file", "url": "iri", "publisher": "text", "date": "date", "title": "text",
                           "language": "text", "note": "text"}]},
    "mentions": [{**ITEM, "text": "verbatim", "start": "int", "end": "int", "iri": "iri", "class": "iri",
                  "quote": "verbatim", "quote_start": "int", "candidates": ["iri"], "proposed_iri": "iri",
                  "label": LABEL, "alt": ["text"]}],
    "indicators": [{**ITEM, "iri": "iri", "label": LABEL, "growth_of": "iri", "broader": "iri"}],
    "figures": [{**ITEM, "iri": "iri", "about": "iri", "about_text": "verbatim", "indicator": "iri",
                 "indicator_text": "verbatim", "value": "number", "min": "number", "max": "number", "unit": "iri",
                 "qualifier": "iri", "statedAs": "verbatim", "stated_start": "int", "quote": "verbatim",
                 "start": "int", "computed_from": ["iri"], "derivation": "iri",
                 "period": {"year": "period", "start": "period", "end": "period", "as_of": "period",
                            "date": "date", "cumulative": "bool", "compared_to": "text"}}],
    "relations": [{**ITEM, "subject": "iri", "predicate": "iri", "quote": "verbatim", "quote_start": "int",
                   "object": "object", "year": "period"}],
    "translations": [{**ITEM, "quote": "verbatim", "quote_start": "int", "en": "text"}],
}
OBJECT = {"value": "literal", "datatype": "iri", "lang": "text", "translation": "text"}
REQUIRED = {"source": ("id", "file"), "item": ("id", "status")}
KIND_WORDS = {"text": "text", "verbatim": "text", "literal": "a string or number", "iri": "an IRI (https://...)", "int": "a whole number",
              "bool": "true or false", "number": "a number", "date": "a real date YYYY-MM-DD",
              "period": "a real year, month or date (YYYY, YYYY-MM, YYYY-MM-DD)", "status": "|".join(STATUSES),
              "reason": "|".join(REASONS),
              "id": "a source id (lower-case letters, digits, '.', '_', '-')", "item-id": "an item id (m1, f2, ...)",
              "file": "a file name in graph/sources/ (no directories)", "object": "an IRI or {value, datatype | lang}"}


def is_date(text) -> bool:
    """A real calendar date written YYYY-MM-DD (2020-02-30 and 2019-13-45 are not)."""
    if isinstance(text, _dt.date):
        return True
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_period(text) -> bool:
    """YYYY, YYYY-MM (a real month) or a real YYYY-MM-DD."""
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if isinstance(text, str) and re.fullmatch(r"\d{4}", text):
        return True
    if isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}", text):
        return 1 <= int(text[5:]) <= 12
    return is_date(text)


def clean_text(text: str) -> str:
    """A name or title without the characters that would change how it reads: separators become spaces,
    control characters, byte-order marks and direction overrides go."""
    text = re.sub("[\n\r\t\x0b\x0c\x85\u2028\u2029]+", " ", text)
    return HIDDEN.sub("", text).strip()


class _Bad(Exception):
    pass


def _check_value(kind, value, where: str, key: str, clean: bool):
    """The value, checked against its kind (cleaned for text); raises _Bad with a one-line reason."""
    if value is None:
        return None
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            raise _Bad(f"{where}: `{key}` must be a mapping")
        return _check_map(kind, value, f"{where}.{key}" if where == "source" else where, clean)
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise _Bad(f"{where}: `{key}` must be a list")
        return [_check_value(kind[0], v, where, key, clean) for v in value]
    ok, value = _check_scalar(kind, value, where, clean)
    if not ok:
        shown = repr(value) if isinstance(value, (str, int, float)) else type(value).__name__
        raise _Bad(f"{where}: `{key}` must be {KIND_WORDS[kind]}, not {shown[:80]}")
    return value


def _is_number(value) -> bool:
    if not isinstance(value, (int, float, str)) or isinstance(value, bool):
        return False
    try:
        return Decimal(str(value)).is_finite()
    except InvalidOperation:
        return False


# kind -> whether a value is one (kinds whose value is also changed are in _check_scalar)
SCALAR_CHECKS = {
    "verbatim": lambda v: isinstance(v, str),
    "literal": lambda v: isinstance(v, (str, int, float, bool)),
    "iri": lambda v: isinstance(v, str) and bool(IRI.fullmatch(v)),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
    "bool": lambda v: isinstance(v, bool),
    "number": _is_number,
    "status": lambda v: v in STATUSES,
    "reason": lambda v: v in REASONS,
    "id": lambda v: isinstance(v, str) and bool(ID.fullmatch(v)),
    "item-id": lambda v: isinstance(v, str) and bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,60}", v)),
    "file": lambda v: isinstance(v, str) and bool(FILE.fullmatch(v)) and ".." not in v,
}


def _check_scalar(kind: str, value, where: str, clean: bool) -> tuple[bool, object]:
    """(whether value is of the kind, the value as kept: text cleaned, dates as text, an object's literal checked)."""
    if kind == "text":
        ok = isinstance(value, str)
        return ok, clean_text(value) if ok and clean else value
    if kind in ("date", "period"):
        ok = is_date(value) if kind == "date" else is_period(value)
        return ok, str(value) if ok else value
    if kind == "object":
        if isinstance(value, dict):
            value = _check_map(OBJECT, value, where, clean)
            return value.get("value") is not None, value
        return isinstance(value, str) and bool(IRI.fullmatch(value)), value
    check = SCALAR_CHECKS.get(kind)
    return (check(value) if check else True), value


def _check_map(spec: dict, value: dict, where: str, clean: bool) -> dict:
    for key in value:
        if key not in spec:
            raise _Bad(f"{where}: unknown key {str(key)[:40]!r} (known: {', '.join(spec)})")
    for key in list(value):
        value[key] = _check_value(spec[key], value[key], where, key, clean)
    return value


def _check_source(doc: dict, clean: bool) -> None:
    """The draft's top-level keys are known, and its source block has what it needs and nothing else."""
    for key in doc:
        if key not in SCHEMA:
            raise _Bad(f"unknown top-level key {str(key)[:40]!r} (known: {', '.join(SCHEMA)})")
    for key in REQUIRED["source"]:
        if not doc["source"].get(key):
            raise _Bad(f"source: `{key}` is missing")
    _check_map(SCHEMA["source"], doc["source"], "source", clean)


def _check_item(sec: str, n: int, item, seen: set, clean: bool) -> None:
    """Item n of a section: a mapping with an id no other item has, a status (a reason when deprecated), and
    only the keys its section knows; its id is added to seen."""
    if not isinstance(item, dict):
        raise _Bad(f"{sec} #{n}: each item must be a mapping")
    where = f"item {str(item.get('id'))[:40]}"
    for key in REQUIRED["item"]:
        if item.get(key) is None:
            if sec == "translations":  # drafts written before translations were reviewed items
                raise _Bad(f"translations #{n}: `{key}` is missing; translations are reviewed items now: "
                           f"give each an `id` (t1, t2, ...) and `status: accepted` to keep it in the graph")
            raise _Bad(f"{sec} #{n}: `{key}` is missing")
    if item["id"] in seen:
        raise _Bad(f"{where}: the id is used by two items")
    if item["status"] == "deprecated" and not item.get("reason"):
        raise _Bad(f"{where}: deprecated without a `reason` ({' or '.join(REASONS)})")
    seen.add(item["id"])
    _check_map(SCHEMA[sec][0], item, where, clean)


def check(doc, path: Path, clean: bool = True) -> dict:
    """The draft, checked against the format (names cleaned with clean); a one-line GxkgError otherwise."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("source"), dict):
        raise GxkgError(f"{path}: not a gxkg source draft (expected `format: {FORMAT}` and a `source:` block)")
    try:
        _check_source(doc, clean)
        seen = set()  # item ids are unique across sections: accept and reject name them alone
        for sec in SECTIONS:
            items_ = doc.get(sec)
            if items_ is None:
                doc[sec] = []
                continue
            if not isinstance(items_, list):
                raise _Bad(f"`{sec}` must be a list")
            for n, item in enumerate(items_, 1):
                _check_item(sec, n, item, seen, clean)
    except _Bad as e:
        raise GxkgError(f"{path}: {e}") from None
    stem = Path(path).stem
    if doc["source"]["id"] != stem:
        raise GxkgError(f"{path}: source id {doc['source']['id']!r} is not the file's name ({stem!r})")
    return doc


# ------------------------------------------------------------------------------------------ reading
def _loader():
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_text(path: Path) -> str:
    """The draft's text: bounded in size, UTF-8, and without raw line separators (YAML 1.1 reads U+0085,
    U+2028 and U+2029 as line breaks, so such a draft does not mean what it shows)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise UsageError(f"no draft {path}") from None
    except OSError as e:
        raise GxkgError(f"{path}: cannot read: {e.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise GxkgError(f"{path}: larger than {MAX_BYTES // 2**20} MB; not a draft")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GxkgError(f"{path}: not UTF-8 (byte {e.start})") from None
    m = re.search("[\x85\u2028\u2029\x00]", text)
    if m:
        line = text.count("\n", 0, m.start()) + 1
        raise GxkgError(f"{path}:{line}: a raw U+{ord(m.group()):04X} (a line separator or NUL); write it escaped "
                        f"in double quotes (\\N, \\L, \\P) or remove it")
    return text


def _event_depth(ev, depth: int, path: Path) -> int:
    """The nesting depth after one YAML event; refuses an anchor, an alias, an explicit tag or nesting deeper
    than MAX_DEPTH."""
    import yaml

    if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
        raise GxkgError(f"{path}:{ev.start_mark.line + 1}: anchors and aliases (& and *) are not allowed in a draft")
    if getattr(ev, "tag", None) and not (isinstance(ev, yaml.ScalarEvent) and ev.implicit[0]):
        raise GxkgError(f"{path}:{ev.start_mark.line + 1}: tags ({ev.tag}) are not allowed in a draft")
    if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
        depth += 1
        if depth > MAX_DEPTH:
            raise GxkgError(f"{path}:{ev.start_mark.line + 1}: nested deeper than {MAX_DEPTH} levels; not a draft")
    elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
        depth -= 1
    return depth


def parse(text: str, path: Path):
    """The composed YAML node tree of a draft, after refusing anchors, aliases, explicit tags and nesting
    deeper than MAX_DEPTH in one linear pass over the events (so no input expands in memory)."""
    import yaml

    loader = _loader()
    depth = 0
    try:
        for ev in yaml.parse(text, Loader=loader):
            depth = _event_depth(ev, depth, path)
        ldr = loader(text)
        try:
            node = ldr.get_single_node()
            doc = ldr.construct_document(node) if node is not None else None
        finally:
            ldr.dispose()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise GxkgError(f"{where}: YAML error: {problem}") from None
    return node, doc


def load(path: Path) -> dict:
    """A draft, read safely and checked against the format (see the module's docstring)."""
    _, doc = parse(read_text(path), path)
    return check(doc, path)


def all_drafts(base: Path) -> list[tuple[Path, dict]]:
    d = sources_dir(base)
    if not d.is_dir():
        return []
    return [(p, load(p)) for p in sorted(d.glob("*.yaml"))]


def sources_dir(base: Path) -> Path:
    return Path(base) / "sources"


def draft_path(base: Path, source_id: str) -> Path:
    if not ID.fullmatch(source_id or ""):
        raise UsageError(f"source id {source_id!r}: use lower-case letters, digits, '.', '_' and '-'")
    return sources_dir(base) / f"{source_id}.yaml"


def source_text_path(base: Path, doc: dict, path: Path | None = None) -> Path:
    """The draft's source text, which must be a file directly in graph/sources/ (no link out of it)."""
    d = (Path(base) / "graph" / "sources").resolve()
    name = doc["source"]["file"]
    p = d / name
    if not FILE.fullmatch(name) or os.path.realpath(p) != str(p):
        raise GxkgError(f"{path or doc['source']['id']}: source.file {name!r} is not a file in graph/sources/")
    return p


# ------------------------------------------------------------------------------------------ writing
@contextmanager
def locked(path: Path, wait: float | None = None):
    """Hold an exclusive lock on a draft (a lock file beside it) while reading, changing and writing it, so
    two writers never interleave; a second writer waits up to `wait` seconds, then gets a one-line error."""
    import fcntl

    path = Path(path)
    lock = path.with_name(f".{path.name}.lock")
    wait = LOCK_WAIT if wait is None else wait
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as e:
        raise GxkgError(f"cannot lock {lock}: {e.strerror}") from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise GxkgError(f"cannot lock {lock}: {e.strerror}") from None
                if time.monotonic() >= deadline:
                    raise GxkgError(f"{path} is being changed by another gxkg process (waited {wait:g} s for {lock}); "
                                    f"try again") from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _yaml_dumper():
    """A safe dumper that writes any string with a separator or control character double-quoted and escaped,
    so the draft reads back exactly (and a quote cannot open a new line in a file)."""
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class Dumper(base):
        pass

    def represent_str(dumper, data):
        style = '"' if HIDDEN.search(data) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def dump(doc: dict) -> str:
    import yaml

    return yaml.dump(doc, Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False, width=160)


def save(path: Path, doc: dict) -> None:
    """Write a whole draft (ingest), with a header that says how to review; atomic. Names are cleaned
    first, and the text is read back to make sure it means the same draft."""
    from ..files import atomic_write

    path = Path(path)
    check(doc, path)
    head = (f"# gxkg reviewed source: {clean_text(doc['source'].get('title') or doc['source']['id'])}\n"
            "# Review: set each item's status to accepted or rejected (or run `gxkg accept` / `gxkg reject`),\n"
            "# add a note if useful, then `gxkg build`. Quotes must stay verbatim. Format: docs/sources.md\n")
    text = head + dump(doc)
    if parse(text, path)[1] != doc:
        raise GxkgError(f"{path}: the draft would not read back as written; not saved")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text)


def _item_nodes(node):
    """(section, item id, mapping node) of every item in a composed draft."""
    for key, seq in node.value:
        if key.value in SECTIONS and seq.tag.endswith(":seq"):
            for item in seq.value:
                vals = {k.value: v for k, v in item.value}
                if "id" in vals:
                    yield key.value, vals["id"].value, item, vals


def set_statuses(path: Path, ids: list[str] | None, status: str) -> tuple[list[str], dict]:
    """Set the status of the named items (or of every proposed item when ids is None) in the draft's text,
    under the draft's lock: only the status values change (and a deprecated item's reason goes), every
    other byte stays. Returns (ids changed, the draft as now saved)."""
    done: list[str] = []

    def change(text, node, doc):
        known = {it["id"]: it for _, it in items(doc)}
        wanted = set(_wanted(doc, known, ids))
        edits = []
        for _, iid, item, vals in _item_nodes(node):
            if iid in wanted and known[iid]["status"] != status:
                v = vals["status"]
                edits.append((v.start_mark.index, v.end_mark.index, status))
                known[iid]["status"] = status
                for key in ("reason", "superseded_by"):  # an item no longer deprecated keeps no reason
                    if key in vals:
                        edits += _field_edits(text, item, {key: None})
                        known[iid].pop(key)
        done.extend(i for i in known if i in wanted)
        return _apply(text, edits), doc

    doc = _edit_and_write(path, change)
    return done, doc


def _apply(text: str, edits: list) -> str:
    """The text with (start, end, replacement) edits made (they do not overlap)."""
    for start, end, rep in sorted(edits, key=lambda x: (x[0], x[1]), reverse=True):
        text = text[:start] + rep + text[end:]
    return text


def _field_edits(text: str, item, changes: dict) -> list:
    """Edits that set (or, for None, remove) keys of an item mapping node in the text, leaving every other
    byte: a value is rewritten where it stands, a new key goes on the line after `status`."""
    keys = {k.value: (k, v) for k, v in item.value}
    col = keys["status"][0].start_mark.column
    out, added = [], ""
    for key, value in changes.items():
        if key in keys:
            k, v = keys[key]
            if value is None:
                line = text.rfind("\n", 0, k.start_mark.index) + 1
                if text[line:k.start_mark.index].strip():
                    raise GxkgError(f"cannot remove `{key}` in place: it shares its line with other text")
                out.append((line, _line_end(text, _end(v)), ""))
            else:
                end = _end(v)
                lines = dump({key: value}).rstrip("\n").split("\n")
                rep = "\n".join([lines[0], *(" " * col + ln for ln in lines[1:])])
                out.append((k.start_mark.index, end, rep + ("\n" if text[end - 1:end] == "\n" else "")))
        elif value is not None:
            added += "".join(" " * col + ln + "\n" for ln in dump({key: value}).rstrip("\n").split("\n"))
    if added:
        at = _line_end(text, _end(keys["status"][1]))
        out.append((at, at, added))
    return out


def deprecate(path: Path, ids: list[str], reason: str, note: str | None = None,
              superseded_by: str | None = None) -> tuple[list[str], dict]:
    """Deprecate accepted items (a fact found superseded, or wrong in its source): each keeps its place in
    the draft with status `deprecated`, its reason, what supersedes it (an item id of the draft or an IRI)
    and the note (added to its note), and leaves the graph at the next build. Edited in the text under the
    lock, as set_statuses. Returns (ids deprecated, the draft as now saved)."""
    if reason not in REASONS:
        raise UsageError(f"--reason is {' or '.join(REASONS)}, not {reason!r}")
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no draft {path}")
    done: list[str] = []

    def change(text, node, doc):
        known = {it["id"]: it for _, it in items(doc)}
        wanted = _wanted(doc, known, list(ids))
        for i in wanted:
            if known[i]["status"] not in ("accepted", "deprecated"):
                raise UsageError(f"item {i} is {known[i]['status']}, not accepted: only an accepted fact is deprecated "
                                 f"(reject a proposal instead)")
        by = clean_text(superseded_by) if superseded_by is not None else None
        if by is not None and by not in known and not IRI.fullmatch(by):
            raise UsageError(f"--by takes an item id of source {doc['source']['id']} or an IRI, not {by[:80]!r}")
        edits = []
        for _, iid, item, _ in _item_nodes(node):
            if iid in wanted:
                it = known[iid]
                changes = {"status": "deprecated", "reason": reason, "superseded_by": by or it.get("superseded_by")}
                if note:
                    extra = clean_text(note)
                    changes["note"] = f"{it['note']}; {extra}" if it.get("note") and extra not in it["note"] else extra
                edits += _field_edits(text, item, changes)
                it.update({k: v for k, v in changes.items() if v is not None})
        done.extend(wanted)
        return _apply(text, edits), doc

    doc = _edit_and_write(path, change)
    return done, doc


def _wanted(doc: dict, known: dict, ids: list[str] | None) -> list[str]:
    """The ids a decision applies to: the named ones (an unknown id is one line with suggestions), or every
    proposed item when ids is None."""
    if ids is None:
        return [i for i, it in known.items() if it["status"] == "proposed"]
    missing = [i for i in ids if i not in known]
    if missing:
        import difflib

        close = difflib.get_close_matches(missing[0], list(known), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"no item {missing[0]!r} in source {doc['source']['id']}{hint}")
    return list(ids)


# ------------------------------------------------------------------------------------------ reading items
def items(doc: dict):
    for sec in SECTIONS:
        for item in doc.get(sec) or []:
            yield sec, item


def set_status(doc: dict, ids: list[str] | None, status: str) -> list[str]:
    """Set the status of the named items of an in-memory draft (or of every proposed item when ids is None);
    returns the ids changed."""
    known = {item["id"]: item for _, item in items(doc)}
    targets = [known[i] for i in _wanted(doc, known, ids)]
    for it in targets:
        it["status"] = status
    return [it["id"] for it in targets]


def dependents(doc: dict, item_id: str) -> list[str]:
    """Accepted items of the draft that need the new entity or indicator item_id introduces (its relations
    and figures), for a warning when it is rejected."""
    iri = None
    for sec, x in items(doc):
        if x["id"] == item_id:
            iri = x.get("proposed_iri") if sec == "mentions" and not x.get("iri") else x.get("iri") if sec == "indicators" else None
    if not iri:
        return []
    return [x["id"] for _, x in items(doc) if x["status"] == "accepted" and x["id"] != item_id and iri in (
        x.get("subject"), x.get("object"), x.get("about"), x.get("indicator"), x.get("growth_of"))]


def counts(doc: dict) -> dict[str, int]:
    out = {s: 0 for s in STATUSES}
    for _, it in items(doc):
        out[it["status"]] += 1
    return out


# ------------------------------------------------------------------------------------------ stable ids
def item_key(sec: str, it: dict) -> tuple:
    """What makes a proposal the same one on another reading of the same text: its place in the text and
    what it reads there (an indicator, which has no place, by its IRI)."""
    if sec == "mentions":
        return it.get("text"), it.get("start"), it.get("end")
    if sec == "figures":
        return it.get("statedAs"), it.get("stated_start")
    if sec == "relations":
        o = it.get("object")
        return (it.get("subject"), it.get("predicate"),
                json.dumps(o, sort_keys=True, ensure_ascii=False) if isinstance(o, dict) else o, it.get("quote_start"))
    if sec == "indicators":
        return (it.get("iri"),)
    return it.get("quote_start"), it.get("quote")


def anchor(sec: str, it: dict):
    """Where an item is in the text (an indicator: its IRI): an id is only taken for the same item where
    the anchors agree, so a short id that two readings happen to share never joins two different items."""
    return it.get({"mentions": "start", "figures": "stated_start", "indicators": "iri"}.get(sec, "quote_start"))


def stable_id(sec: str, it: dict, taken) -> str:
    """An item's id from its content and place: the section's letter and the first 4 hex digits of a hash of
    item_key (m-3f2a), one digit longer while another item holds it (m-3f2a9), -2, -3 ... for a repeat."""
    import unicodedata

    parts = [sec, *("" if v is None else unicodedata.normalize("NFC", str(v)) for v in item_key(sec, it))]
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    p = PREFIX[sec]
    for n in range(4, len(h) + 1):
        if f"{p}-{h[:n]}" not in taken:
            return f"{p}-{h[:n]}"
    n = 2
    while f"{p}-{h[:4]}-{n}" in taken:
        n += 1
    return f"{p}-{h[:4]}-{n}"


def assign_ids(doc: dict, taken=()) -> dict:
    """Give every item of a new reading its stable id (in reading order, avoiding `taken`)."""
    used = set(taken)
    for sec, it in items(doc):
        it["id"] = stable_id(sec, it, used)
        used.add(it["id"])
    return doc


# ------------------------------------------------------------------------------------------ re-ingest
SOURCE_KEPT = ("title", "title_en", "url", "publisher", "publisher_en", "date", "language", "kind", "file", "iri")


def merge_plan(old: dict, new: dict) -> tuple[dict, set, list[tuple[str, dict]]]:
    """How a new reading joins a reviewed draft: {id: (sec, item)} of old items kept, {id} of old items
    dropped (proposals the new reading no longer makes, undecided and without a note), the new items to add
    (with ids that no kept item holds). An old item matching a new
    one (the same id at the same place, or the same item_key) stays as the reviewer left it: its id, status,
    note and edits; a rejected one is not proposed again."""
    by_id = {it["id"]: (sec, it) for sec, it in items(old)}
    matched, fresh = _match(by_id, new)
    kept = {i: (sec, it) for i, (sec, it) in by_id.items()
            if i in matched or it["status"] != "proposed" or it.get("note") and not _generated_note(it)}
    dropped = set(by_id) - set(kept)
    taken = set(kept)
    for sec, it in fresh:
        it["id"] = stable_id(sec, it, taken)
        taken.add(it["id"])
    return kept, dropped, fresh


def _match(by_id: dict, new: dict) -> tuple[set, list[tuple[str, dict]]]:
    """The ids of the old items (by_id: {id: (sec, item)}) that items of the new reading match (the same id at
    the same place, else the same item_key), and the new items that match none."""
    by_key: dict = {}
    for i, (sec, it) in by_id.items():
        by_key.setdefault((sec, item_key(sec, it)), i)
    matched, fresh = set(), []
    for sec, it in items(new):
        hit = by_id.get(it["id"])
        oid = it["id"] if hit and hit[0] == sec and anchor(sec, hit[1]) == anchor(sec, it) else by_key.get((sec, item_key(sec, it)))
        if oid is not None and oid not in matched:
            matched.add(oid)
        elif oid is None:
            fresh.append((sec, it))
    return matched, fresh


def _generated_note(it: dict) -> bool:
    """Whether a proposal's note is the one ingest wrote (not the reviewer's)."""
    return bool(re.match(r"(new entity|ambiguous:|from the |pattern:|new indicator|growth indicator|about:|period:|table row)",
                         it.get("note") or ""))


def _line_end(text: str, i: int) -> int:
    if i > 0 and text[i - 1] == "\n":
        return i
    j = text.find("\n", i)
    return len(text) if j < 0 else j + 1


def _item_span(text: str, node) -> tuple[int, int, int]:
    """(start of the item's line, end of its last line, the column of its '-')."""
    dash = node.start_mark.index - 1
    while dash >= 0 and text[dash] in " \n":
        dash -= 1
    if dash < 0 or text[dash] != "-":
        raise _Bad("an item is not written as a block list entry ('- key: value')")
    line = text.rfind("\n", 0, dash) + 1
    if text[line:dash].strip():
        raise _Bad("an item shares its line with other text")
    return line, _line_end(text, _end(node)), dash - line


def _section_edits(text: str, sec: str, seq, add: list[dict], dropped: set) -> list[tuple[int, int, str]]:
    """The edits to one section of a draft's text: its dropped items cut out, its new items added at its end
    (in the section's indentation), the section made when the draft has none."""
    entries = _entries(text, seq)
    col = entries[0][3] if entries else 0
    edits = [(start, end, "") for iid, start, end, _ in entries if iid in dropped]
    if not add:
        return edits
    block = "".join(" " * col + line + "\n" for line in dump(add).splitlines())
    edits.append(_add_edit(text, sec, seq, entries, block))
    return edits


def _entries(text: str, seq) -> list[tuple[str, int, int, int]]:
    """(id, start, end, column of its '-') of each item of a section's block list; none when it is not a list."""
    entries = []
    if seq is not None and seq.tag.endswith(":seq"):
        for item in seq.value:
            vals = {k.value: v for k, v in item.value}
            entries.append((vals["id"].value, *_item_span(text, item)))
    return entries


def _add_edit(text: str, sec: str, seq, entries: list, block: str) -> tuple[int, int, str]:
    """The edit that adds a block of new items to a section: after its last item, in place of its empty
    value, or as a new section at the end of the draft."""
    if entries:
        at = max(end for _, _, end, _ in entries)
        return at, at, block if text[at - 1:at] == "\n" or at == 0 else "\n" + block
    if seq is not None and (seq.tag.endswith(":seq") or seq.value in ("", "null", "~")):
        at = seq.start_mark.index
        while at > 0 and text[at - 1] == " ":
            at -= 1
        return at, seq.end_mark.index, "\n" + block.rstrip("\n")
    if seq is None:
        return len(text), len(text), ("" if text.endswith("\n") else "\n") + f"{sec}:\n" + block
    raise _Bad(f"`{sec}` is not a list")


def _source_edits(text: str, src, old: dict, new: dict, expected: dict) -> list[tuple[int, int, str]]:
    """The edits that fill the source's empty metadata from the new reading (never replacing what is there);
    `expected` gets the values filled."""
    edits = []
    svals = {k.value: (k, v) for k, v in src.value}
    for key in SOURCE_KEPT:
        value = new["source"].get(key)
        if old["source"].get(key) not in (None, "") or value in (None, ""):
            continue
        expected["source"][key] = value
        scalar = dump({key: value})[len(key) + 2:].rstrip("\n")
        if key in svals and svals[key][1].tag.endswith((":null", ":str")) and not isinstance(svals[key][1].value, list):
            v = svals[key][1]
            edits.append((v.start_mark.index, v.end_mark.index, scalar if v.end_mark.index > v.start_mark.index else " " + scalar))
        elif key not in svals and not src.flow_style:
            first = src.value[0][0]
            at = _line_end(text, _end(src))
            edits.append((at, at, " " * first.start_mark.column + f"{key}: {scalar}\n"))
        else:
            raise _Bad(f"source: cannot fill `{key}`")
    return edits

def _merge_edits(text: str, node, old: dict, new: dict, dropped: set, fresh: list, expected: dict) -> list:
    """The (start, end, replacement) edits, applied from the end, that merge a new reading into a draft's text:
    each section that loses or gains items, then the source's empty metadata."""
    edits = []
    sections = {k.value: v for k, v in node.value}
    for sec in SECTIONS:
        add = [it for s, it in fresh if s == sec]
        if add or any(it["id"] in dropped for it in old.get(sec) or []):  # else its layout does not matter
            edits += _section_edits(text, sec, sections.get(sec), add, dropped)
    edits += _source_edits(text, sections["source"], old, new, expected)
    return edits


def merge_into(path: Path, new: dict) -> dict:
    """Merge a new reading into the draft at path in its text, under the caller's lock: kept items and every
    comment stay byte for byte, dropped proposals are cut out, new items are added at the end of their
    section and empty metadata is filled; reviewed metadata is never replaced (see merge_plan). The result
    is read back and must be the merged draft, else nothing is written and the error says so in one line.
    Returns the draft as saved."""
    from ..files import atomic_write

    path = Path(path)
    text = read_text(path)
    node, old = parse(text, path)
    old = check(old, path)
    new = check(new, path)
    kept, dropped, fresh = merge_plan(old, new)
    expected = {**old, "source": dict(old["source"])}
    for sec in SECTIONS:
        expected[sec] = [it for it in old.get(sec) or [] if it["id"] in kept] + [it for s, it in fresh if s == sec]
    try:
        edits = _merge_edits(text, node, old, new, dropped, fresh, expected)
    except _Bad as e:
        raise GxkgError(f"{path}: cannot merge the new reading into the draft in place ({e}); edit the draft, or "
                        f"ingest with --force to replace it (and its decisions)") from None
    text = _apply(text, edits)
    if check(parse(text, path)[1], path) != check(expected, path):
        raise GxkgError(f"{path}: cannot merge the new reading into the draft in place (it would not read back as "
                        f"merged); edit the draft, or ingest with --force to replace it (and its decisions)")
    if edits:
        atomic_write(path, text)
    return expected


# ------------------------------------------------------------------------------------------ editing in place
# The review page's edits: a field of an item, or a new item, written into the draft's text under its lock.
# Only the edited value's characters (or the new item's lines) change; the result is read back and must be
# the draft with exactly that change, or nothing is written.
def _flow(value) -> str:
    """A value as one line of YAML (flow style, separators and control characters escaped)."""
    import yaml

    out = yaml.dump(value, Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False, default_flow_style=True,
                    width=2**30)
    return out.removesuffix("\n...\n").rstrip("\n")


def _end(node) -> int:
    """Where a node's own characters end (a block collection ends at its last scalar, before any comment)."""
    import yaml

    if isinstance(node, yaml.ScalarNode) or node.flow_style or not node.value:
        return node.end_mark.index
    last = node.value[-1]
    return _end(last[1] if isinstance(last, tuple) else last)


def _edit_and_write(path: Path, change) -> dict:
    """Under the lock: read the draft, let change(text, node, doc) return (new text, the doc it must read as),
    check that it does, write it atomically. Returns the draft as saved."""
    from ..files import atomic_write

    with locked(path):
        text = read_text(path)
        node, doc = parse(text, path)
        check(doc, path)
        new_text, expected = change(text, node, doc)
        expected = check(expected, path)
        if new_text != text:
            if check(parse(new_text, path)[1], path) != expected:
                raise GxkgError(f"{path}: could not make the change in place; not saved")
            atomic_write(path, new_text)
        return expected


def _change_target(found, item: dict, key: str, value):
    """Where one change (a key, or head.sub of a nested mapping) is written: (the mapping node, the key in it,
    the value to write there); item is changed too. A nested mapping not written as a block is rewritten whole."""
    head, _, sub = key.partition(".")
    pairs = {k.value: (k, v) for k, v in found.value}
    if not sub:
        item[head] = value
        return found, head, value
    if isinstance(item.get(head), dict) and head in pairs and pairs[head][1].tag.endswith(":map") \
            and not pairs[head][1].flow_style:
        item[head][sub] = value
        return pairs[head][1], sub, value
    value = item[head] = {**(item.get(head) or {}), sub: value}  # no such mapping yet: write the whole mapping
    return found, head, value


def _key_edit(text: str, mapping, last: str, value) -> tuple[int, int, str]:
    """The edit that sets a key of a mapping node to a value: where its value stands, or as a new key on a line
    after the mapping's last value, at its keys' indentation."""
    import yaml

    pair = dict((k.value, (k, v)) for k, v in mapping.value).get(last)
    if pair is not None:
        k, v = pair
        if isinstance(v, yaml.ScalarNode):
            return v.start_mark.index, v.end_mark.index, _flow(value)
        return k.end_mark.index, _end(v), ": " + _flow(value)
    at = _end(mapping)
    at = at if at and text[at - 1] == "\n" else (text.find("\n", at) + 1 or len(text))
    col = mapping.value[0][0].start_mark.column
    line = f"{' ' * col}{last}: {_flow(value)}\n"
    return at, at, line if text[at - 1:at] == "\n" else "\n" + line


def _set_in(text: str, found, item: dict, changes: dict) -> str:
    """The text with the changes made to one mapping (its node `found`, its value `item`, changed too)."""
    edits = []  # (start, end, new text)
    for key, value in changes.items():
        mapping, last, value = _change_target(found, item, key, value)
        edits.append(_key_edit(text, mapping, last, value))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def set_fields(path: Path, item_id: str, changes: dict) -> dict:
    """Set fields of one item ({"label.en": "Gongcheng County", "iri": ..., "status": ...}; a dotted key names a
    field inside a mapping) in the draft's text, every other byte kept. Returns the draft as saved."""
    import copy

    def change(text, node, doc):
        found = next((n for _, iid, n, _ in _item_nodes(node) if iid == item_id), None)
        if found is None:
            _wanted(doc, {it["id"]: it for _, it in items(doc)}, [item_id])  # one line with suggestions
        expected = copy.deepcopy(doc)
        item = next(it for _, it in items(expected) if it["id"] == item_id)
        return _set_in(text, found, item, changes), expected

    return _edit_and_write(path, change)


SOURCE_EDITABLE = ("title", "title_en", "url", "publisher", "publisher_en", "date", "language")


def set_source_fields(path: Path, changes: dict) -> dict:
    """Set the source's own fields (title_en, publisher_en, ...) in the draft's text, every other byte kept."""
    import copy

    bad = [k for k in changes if k not in SOURCE_EDITABLE]
    if bad:
        raise UsageError(f"source.{bad[0]} cannot be set here (fields: {', '.join(SOURCE_EDITABLE)})")

    def change(text, node, doc):
        found = next(v for k, v in node.value if k.value == "source")
        expected = copy.deepcopy(doc)
        return _set_in(text, found, expected["source"], changes), expected

    return _edit_and_write(path, change)


def add_item(path: Path, section: str, item: dict) -> dict:
    """Append an item to a section of the draft (its lines after the section's last item, in the layout
    `save` writes), every other byte kept. Returns the draft as saved."""
    import copy

    import yaml

    if section not in SECTIONS:
        raise UsageError(f"no section {section!r} (sections: {', '.join(SECTIONS)})")

    def change(text, node, doc):
        expected = copy.deepcopy(doc)
        expected.setdefault(section, [])
        expected[section] = list(expected[section] or []) + [copy.deepcopy(item)]
        pair = next(((k, v) for k, v in node.value if k.value == section), None)
        block = yaml.dump([item], Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False, width=160)
        if pair is None or (isinstance(pair[1], yaml.ScalarNode)) or pair[1].flow_style or not pair[1].value:
            if pair is None:
                sep = "" if text.endswith("\n") else "\n"
                return text + sep + f"{section}:\n" + block, expected
            k, v = pair
            return text[:k.end_mark.index] + ":\n" + block.rstrip("\n") + text[_end(v):], expected
        seq = pair[1]
        col = max(0, seq.start_mark.column)
        at = _end(seq)
        at = at if text[at - 1] == "\n" else (text.find("\n", at) + 1 or len(text))
        lines = "".join(" " * col + ln + "\n" for ln in block.splitlines())
        return text[:at] + ("" if text[at - 1:at] == "\n" else "\n") + lines + text[at:], expected

    return _edit_and_write(path, change)
