"""Tables as sources: an official list (demonstration counties by batch year, Taobao villages by year, GI
products) or a table of figures, read by `gxkg ingest TABLE.csv` into the same reviewed draft as an article.
Each row becomes a dated designation or a figure, with the row itself, verbatim, as its evidence.

Columns (a header row first; one row a line):
- `name`: what the row is about; `township`, `county`, `prefecture` (optional) place it when the name is
  shared (白沙镇) or new (a village);
- a designation row: `designation` and `year` (the batch year);
- a figure row: `indicator`, `value` with its unit as written (3.6亿元, 120万件, 2300家) and `year`.
"""

from __future__ import annotations

import csv
import hashlib
import re

from ..errors import UsageError
from . import draft as drafts
from . import reference
from .figures import GXO, find_figures

GXR = "https://w3id.org/gxkg/resource/"
PLACE_COLUMNS = ("prefecture", "county", "township")


def rows_with_offsets(text: str):
    """(offset of the line, the line, its cells with their offsets) for each data row after the header."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    header = _header(lines)
    out = []
    for off, line in lines[1:]:
        if not line.strip():
            continue
        cells = next(csv.reader([line]))
        if len(cells) != len(header):
            raise UsageError(f"line {len(out) + 2}: {len(cells)} cells, the header has {len(header)}")
        out.append((off, line, _cell_spans(header, cells, line, off)))
    return out


def _header(lines: list[tuple[int, str]]) -> list[str]:
    """The header row's column names (lower case); a one-line error when it is missing or lacks a needed column."""
    if not lines or not lines[0][1].strip():
        raise UsageError("the table is empty: a header row is needed")
    header = next(csv.reader([lines[0][1]]))
    header = [h.strip().lower() for h in header]
    if "name" not in header or not ({"designation"} <= set(header) or {"indicator", "value"} <= set(header)):
        raise UsageError("a table needs the columns name and designation (with year), or name, indicator and value "
                         "(with its unit, as 3.6亿元; and year)")
    return header


def _cell_spans(header: list[str], cells: list[str], line: str, off: int) -> dict:
    """Each column's cell, stripped, with the offset in the text where its words start."""
    spans, at = {}, 0
    for h, c in zip(header, cells):
        i = line.find(c, at) if c else at
        spans[h] = (c.strip(), off + i + (len(c) - len(c.lstrip())) if c else off + at)
        at = i + len(c) if c else at
    return spans


def make_table_draft(lex, text: str, sid: str, title: str, date: str, publisher: str, url: str | None) -> dict:
    """The draft of a table: per row a mention of what it names, and its designation (a relation with the
    batch year) or its figure; the row is every item's quote."""
    table = _Table(lex, sid)
    for off, line, cells in rows_with_offsets(text):
        table.row(off, line, cells)
    return {"format": drafts.FORMAT,
            "source": {"id": sid, "iri": f"{GXR}source/{sid}", "file": f"{sid}.txt", "kind": "Dataset",
                       "title": title, "title_en": None, "url": url, "publisher": publisher, "publisher_en": None,
                       "date": date, "language": "zh-Hans"},
            "mentions": table.mentions, "indicators": table.indicators, "figures": table.figures,
            "relations": table.relations}


class _Table:
    """The items of a table's draft, gathered row by row: each name mentioned once, and the relations,
    figures and new indicators the rows state."""

    def __init__(self, lex, sid: str):
        self.lex, self.sid = lex, sid
        self.mentions, self.figures, self.relations, self.indicators = [], [], [], []
        self.by_key: dict = {}

    def mention(self, name, start, quote, qs, cls_hint, within=None) -> dict:
        """The mention of a name (the same item for the same name and entity): linked, a reference row, new, or ambiguous."""
        lex = self.lex
        iri, cls, cands = _resolve(lex, name, within)
        key = (name, iri or cls_hint)
        if key in self.by_key:
            return self.by_key[key]
        item = {"id": f"m{len(self.mentions) + 1}", "text": name, "start": start, "end": start + len(name), "iri": iri,
                "class": f"{GXO}{cls or cls_hint}", "quote": quote, "quote_start": qs, "status": "proposed",
                "candidates": cands if not iri else [], "note": ""}
        entry = lex.ref.get(iri) if iri else None
        if entry is not None and iri not in lex.known:
            item.update(iri=None, proposed_iri=iri, label={"zh": entry.name, "en": entry.name_en}, alt=[],
                        note=f"from the reference list {entry.file} (source: {entry.source})")
        elif iri is None and not cands:
            item.update(_new_entity(name, cls or cls_hint, within))
        elif cands:
            item["note"] = f"ambiguous: {len(cands)} places share this name; set iri to one of the candidates"
        self.by_key[key] = item
        self.mentions.append(item)
        return item

    def row(self, off: int, line: str, cells: dict) -> None:
        """A row's mentions, then its designation or its figure."""
        within = self._places(off, line, cells)
        name, at = cells["name"]
        guess = "Village" if name.endswith("村") else "Township" if name.endswith(("镇", "乡")) else "Product" \
            if "designation" in cells and "地理标志" in cells["designation"][0] else "Place"
        subj = self.mention(name, at, line, off, guess, within)
        year = cells.get("year", ("", 0))[0]
        if year and not re.fullmatch(r"(?:19|20)\d{2}", year):
            raise UsageError(f"line {line!r}: year {year!r} is not a year (YYYY)")
        if "designation" in cells:
            self._designation(off, line, cells, subj, guess, within, year)
        else:
            self._figure(off, line, cells, subj, name, year)

    def _places(self, off: int, line: str, cells: dict) -> list[tuple[str, str]]:
        """The places the row names (prefecture, county, township), each within the one before: (iri, code) of
        those linked."""
        within = []
        for col in PLACE_COLUMNS:
            if cells.get(col, ("", 0))[0]:
                v, at = cells[col]
                m = self.mention(v, at, line, off, "Place", list(within))
                if m.get("iri") and self.lex.code_of_iri.get(m["iri"]):
                    within.append((m["iri"], self.lex.code_of_iri[m["iri"]]))
        return within

    def _designation(self, off: int, line: str, cells: dict, subj: dict, guess: str, within: list, year: str) -> None:
        """The row's designation with its batch year, and a new place's place in the one its row names."""
        s_iri = subj.get("iri") or subj.get("proposed_iri")
        d, dat = cells["designation"]
        des = self.mention(d, dat, line, off, "Designation")
        o_iri = des.get("iri") or des.get("proposed_iri")
        relations = self.relations
        if s_iri and o_iri:
            relations.append({"id": f"r{len(relations) + 1}", "subject": s_iri, "predicate": GXO + "hasDesignation",
                              "object": o_iri, "year": year or None, "quote": line, "quote_start": off,
                              "status": "proposed", "note": f"table row: {d}" + (f" ({year})" if year else "")})
        if within and subj.get("proposed_iri") and (guess, _level(self.lex, within[-1][1])) in (
                ("Village", "Township"), ("Township", "County")):
            relations.append({"id": f"r{len(relations) + 1}", "subject": s_iri, "predicate": GXO + "locatedIn",
                              "object": within[-1][0], "quote": line, "quote_start": off, "status": "proposed",
                              "note": "table row: a new place in the place its row names"})

    def _figure(self, off: int, line: str, cells: dict, subj: dict, name: str, year: str) -> None:
        """The row's figure, its value read with its unit as written."""
        s_iri = subj.get("iri") or subj.get("proposed_iri")
        v, vat = cells["value"]
        found = find_figures(v)
        if not found or found[0].stated != v:
            raise UsageError(f"line {line!r}: {v!r} is not a figure with a unit the ontology knows (write 3.6亿元)")
        f = found[0]
        ind_text, _ = cells["indicator"]
        ind = self._indicator(ind_text)
        key = hashlib.sha1(f"{s_iri}|{ind}|{v}|{vat}".encode()).hexdigest()[:8]
        self.figures.append({"id": f"f{len(self.figures) + 1}", "iri": f"{GXR}observation/{self.sid}/{key}", "about": s_iri,
                             "about_text": name, "indicator": ind, "indicator_text": ind_text,
                             "value": None if f.low is not None else str(f.value),
                             "min": str(f.low) if f.low is not None else None,
                             "max": str(f.high) if f.high is not None else None, "unit": f"{GXO}{f.unit}",
                             "qualifier": None, "period": {"year": year} if year else {}, "statedAs": v,
                             "stated_start": vat, "quote": line, "start": off, "status": "proposed", "note": "table row"})

    def _indicator(self, ind_text: str) -> str:
        """The indicator of a column's words: the scheme's concept, else a new one; proposed once when the graph lacks it."""
        from .ingest import english, slug

        concept = reference.concept_for(ind_text)
        ind = concept.iri if concept else f"{GXR}indicator/{slug(ind_text)}"
        if ind not in self.lex.known and not any(i["iri"] == ind for i in self.indicators):
            self.indicators.append({"id": f"i{len(self.indicators) + 1}", "iri": ind,
                                    "label": dict(concept.label) if concept else {"zh": ind_text, "en": english(ind_text, "")},
                                    "status": "proposed", "note": "from the indicator scheme" if concept else "new indicator"})
        return ind


def _new_entity(name: str, cls: str, within) -> dict:
    """A new entity's proposed IRI and labels; a new village's IRI names its township or county, so namesakes stay apart."""
    from .ingest import CLASS_PREFIX, english, slug

    new = f"{GXR}{CLASS_PREFIX.get(cls, 'entity')}/{slug(name)}"
    if within:
        new = f"{GXR}place/{within[-1][1][:9]}-{slug(name)}" if cls in ("Village", "Township") else new
    return dict(proposed_iri=new, label={"zh": name, "en": english(name, cls)}, alt=[],
                note="new entity: check the class, the IRI and the English label")


def _level(lex, code: str) -> str:
    from .ingest import LEVEL_CLASS

    return LEVEL_CLASS.get(lex.rows.get(code, {}).get("level", ""), "")


def _resolve(lex, name: str, within) -> tuple[str | None, str | None, list]:
    """(iri, class, candidates) for a name: one candidate, or the one under the places its row names."""
    cands = dict(lex.names.get(name) or {})
    if not cands and within:
        cands = dict(lex.bare.get(name) or {})
    if within:
        codes = {c for _, c in within}
        under = {i: v for i, v in cands.items() if v[1] and codes & set(lex.ancestors(v[1])[1:])}
        cands = under or ({} if any(v[1] for v in cands.values()) else cands)
    if len(cands) == 1:
        (iri, (cls, _)), = cands.items()
        return iri, cls, []
    return None, None, sorted(cands)
