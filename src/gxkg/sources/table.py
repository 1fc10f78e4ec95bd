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
    if not lines or not lines[0][1].strip():
        raise UsageError("the table is empty: a header row is needed")
    header = next(csv.reader([lines[0][1]]))
    header = [h.strip().lower() for h in header]
    if "name" not in header or not ({"designation"} <= set(header) or {"indicator", "value"} <= set(header)):
        raise UsageError("a table needs the columns name and designation (with year), or name, indicator and value "
                         "(with its unit, as 3.6亿元; and year)")
    out = []
    for off, line in lines[1:]:
        if not line.strip():
            continue
        cells = next(csv.reader([line]))
        if len(cells) != len(header):
            raise UsageError(f"line {len(out) + 2}: {len(cells)} cells, the header has {len(header)}")
        spans, at = {}, 0
        for h, c in zip(header, cells):
            i = line.find(c, at) if c else at
            spans[h] = (c.strip(), off + i + (len(c) - len(c.lstrip())) if c else off + at)
            at = i + len(c) if c else at
        out.append((off, line, spans))
    return out


def make_table_draft(lex, text: str, sid: str, title: str, date: str, publisher: str, url: str | None) -> dict:
    """The draft of a table: per row a mention of what it names, and its designation (a relation with the
    batch year) or its figure; the row is every item's quote."""
    from .ingest import CLASS_PREFIX, english, slug

    mentions, figures, relations, indicators = [], [], [], []
    by_key: dict = {}

    def mention(name, start, quote, qs, cls_hint, within=None):
        iri, cls, cands = _resolve(lex, name, within)
        key = (name, iri or cls_hint)
        if key in by_key:
            return by_key[key]
        item = {"id": f"m{len(mentions) + 1}", "text": name, "start": start, "end": start + len(name), "iri": iri,
                "class": f"{GXO}{cls or cls_hint}", "quote": quote, "quote_start": qs, "status": "proposed",
                "candidates": cands if not iri else [], "note": ""}
        entry = lex.ref.get(iri) if iri else None
        if entry is not None and iri not in lex.known:
            item.update(iri=None, proposed_iri=iri, label={"zh": entry.name, "en": entry.name_en}, alt=[],
                        note=f"from the reference list {entry.file} (source: {entry.source})")
        elif iri is None and not cands:
            cls = cls or cls_hint
            new = f"{GXR}{CLASS_PREFIX.get(cls, 'entity')}/{slug(name)}"
            if within:  # a new village: its IRI names its township or county, so namesakes stay apart
                new = f"{GXR}place/{within[-1][1][:9]}-{slug(name)}" if cls in ("Village", "Township") else new
            item.update(proposed_iri=new, label={"zh": name, "en": english(name, cls)}, alt=[],
                        note="new entity: check the class, the IRI and the English label")
        elif cands:
            item["note"] = f"ambiguous: {len(cands)} places share this name; set iri to one of the candidates"
        by_key[key] = item
        mentions.append(item)
        return item

    for off, line, cells in rows_with_offsets(text):
        within = []
        for col in PLACE_COLUMNS:
            if cells.get(col, ("", 0))[0]:
                v, at = cells[col]
                m = mention(v, at, line, off, "Place", list(within))
                if m.get("iri") and lex.code_of_iri.get(m["iri"]):
                    within.append((m["iri"], lex.code_of_iri[m["iri"]]))
        name, at = cells["name"]
        guess = "Village" if name.endswith("村") else "Township" if name.endswith(("镇", "乡")) else "Product" \
            if "designation" in cells and "地理标志" in cells["designation"][0] else "Place"
        subj = mention(name, at, line, off, guess, within)
        s_iri = subj.get("iri") or subj.get("proposed_iri")
        year = cells.get("year", ("", 0))[0]
        if year and not re.fullmatch(r"(?:19|20)\d{2}", year):
            raise UsageError(f"line {line!r}: year {year!r} is not a year (YYYY)")
        if "designation" in cells:
            d, dat = cells["designation"]
            des = mention(d, dat, line, off, "Designation")
            o_iri = des.get("iri") or des.get("proposed_iri")
            if s_iri and o_iri:
                relations.append({"id": f"r{len(relations) + 1}", "subject": s_iri, "predicate": GXO + "hasDesignation",
                                  "object": o_iri, "year": year or None, "quote": line, "quote_start": off,
                                  "status": "proposed", "note": f"table row: {d}" + (f" ({year})" if year else "")})
            if within and subj.get("proposed_iri") and (guess, _level(lex, within[-1][1])) in (
                    ("Village", "Township"), ("Township", "County")):
                relations.append({"id": f"r{len(relations) + 1}", "subject": s_iri, "predicate": GXO + "locatedIn",
                                  "object": within[-1][0], "quote": line, "quote_start": off, "status": "proposed",
                                  "note": "table row: a new place in the place its row names"})
        else:
            v, vat = cells["value"]
            found = find_figures(v)
            if not found or found[0].stated != v:
                raise UsageError(f"line {line!r}: {v!r} is not a figure with a unit the ontology knows (write 3.6亿元)")
            f = found[0]
            ind_text, _ = cells["indicator"]
            concept = reference.concept_for(ind_text)
            ind = concept.iri if concept else f"{GXR}indicator/{slug(ind_text)}"
            if ind not in lex.known and not any(i["iri"] == ind for i in indicators):
                indicators.append({"id": f"i{len(indicators) + 1}", "iri": ind,
                                   "label": dict(concept.label) if concept else {"zh": ind_text, "en": english(ind_text, "")},
                                   "status": "proposed", "note": "from the indicator scheme" if concept else "new indicator"})
            key = hashlib.sha1(f"{s_iri}|{ind}|{v}|{vat}".encode()).hexdigest()[:8]
            figures.append({"id": f"f{len(figures) + 1}", "iri": f"{GXR}observation/{sid}/{key}", "about": s_iri,
                            "about_text": name, "indicator": ind, "indicator_text": ind_text,
                            "value": None if f.low is not None else str(f.value),
                            "min": str(f.low) if f.low is not None else None,
                            "max": str(f.high) if f.high is not None else None, "unit": f"{GXO}{f.unit}",
                            "qualifier": None, "period": {"year": year} if year else {}, "statedAs": v,
                            "stated_start": vat, "quote": line, "start": off, "status": "proposed", "note": "table row"})
    return {"format": drafts.FORMAT,
            "source": {"id": sid, "iri": f"{GXR}source/{sid}", "file": f"{sid}.txt", "kind": "Dataset",
                       "title": title, "title_en": None, "url": url, "publisher": publisher, "publisher_en": None,
                       "date": date, "language": "zh-Hans"},
            "mentions": mentions, "indicators": indicators, "figures": figures, "relations": relations}


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
