"""Lookups: stats, search, list, figures, show, neighbors, path (parse, call the graph API, format)."""

from __future__ import annotations

import click

from ..errors import GxkgError
from ..output import plain
from .base import emit, main, output_options, settings, table


@main.command()
@output_options()
@click.pass_obj
def stats(obj, lang, fmt):
    """Entities per class, relations per property, observations, evidence, and the most-cited sources."""
    from ..stats import stats as compute

    lang, fmt = settings(obj, lang, fmt)
    s = compute(obj.kg, lang)
    if fmt == "json":
        emit(fmt, [], [], s)
        return
    rows = [["entities", k["label"], k["curie"], k["count"]] for k in s["classes"]]
    rows += [["relations", r["label"], r["curie"], r["count"]] for r in s["relations"]]
    rows += [["totals", k, "", v] for k, v in s["totals"].items()]
    rows += [["sources", src["title"], src["curie"], src["evidence"]] for src in s["sources"]]
    if s["sources_not_listed"]:
        rows.append(["sources", f"… {s['sources_not_listed']} more (gxkg sources lists them all)", "", ""])
    emit(fmt, ["section", "name", "term", "count"], rows, s)


@main.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--type", "-t", "types", multiple=True, help="Only entities of this class (e.g. County, 产品).")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True)
@output_options()
@click.pass_obj
def search(obj, text, types, limit, lang, fmt):
    """Find entities by name: zh/en label, alternative name, pinyin, substring or near miss."""
    from ..namespaces import curie

    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    text = " ".join(text)
    classes = [kg.resolve_class(t) for t in types]
    hits = kg.search(text, types=classes or None, limit=limit, lang=lang)
    data = [{"iri": h.iri, "label": h.label, "types": h.types, "score": h.score} for h in hits]
    rows = [[h.label, kg.kind(h.iri, lang), curie(h.iri), f"{h.score:.2f}"] for h in hits]
    if not hits and fmt == "table":
        raise GxkgError(f"nothing matches {text!r}")
    emit(fmt, ["label", "type", "curie", "score"], rows, data)


@main.command("list")
@click.option("--type", "-t", "cls", help="List the entities of this class (e.g. County, 产品); without it, the classes.")
@click.option("--limit", type=click.IntRange(0, 1_000_000), default=100, show_default=True,
              help="Entities per page (0: all of them).")
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many entities (the next page).")
@output_options()
@click.pass_obj
def list_cmd(obj, cls, limit, offset, lang, fmt):
    """Everything the graph holds: the classes with their counts, or every entity of one class."""
    from ..namespaces import curie

    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    if not cls:
        _list_classes(kg, lang, fmt)
        return
    c = kg.resolve_class(cls)
    total, ents = kg.instances_page(c, lang, limit, offset)
    kg.prefetch(ents)
    kg.prefetch_types(ents)
    data = [{"iri": e, "label": kg.label(e, lang), "types": kg.types(e)} for e in ents]
    emit(fmt, ["label", "type", "curie"], [[d["label"], kg.kind(d["iri"], lang), curie(d["iri"])] for d in data], data)
    _echo_page(offset, len(ents), total, fmt)


def _list_classes(kg, lang: str, fmt: str) -> None:
    """`gxkg list` without --type: every class with its count."""
    from ..namespaces import curie

    counts = kg.class_counts()
    data = [{"iri": c, "curie": curie(c), "label": kg.label(c, lang), "count": n} for c, n in counts]
    emit(fmt, ["class", "curie", "count"], [[d["label"], d["curie"], d["count"]] for d in data], data)


def _echo_page(offset: int, shown: int, total: int, fmt: str) -> None:
    """Which entities of how many a page shows, and the next page's --offset, when the list has more than one
    page (on stderr unless the output is a table)."""
    if offset + shown < total or offset:
        more = f"; the next page: --offset {offset + shown}" if offset + shown < total else ""
        click.echo(f"{offset + 1}-{offset + shown} of {total}{more}", err=fmt != "table")


@main.command()
@click.option("--entity", "-e", metavar="NAME", help="Only figures about this entity.")
@click.option("--indicator", "-i", metavar="TEXT", help="Only indicators whose name (zh or en) contains this text.")
@click.option("--year", "-y", type=click.IntRange(1900, 2100), help="Only figures of this year (or a period in it).")
@output_options()
@click.pass_obj
def figures(obj, entity, indicator, year, lang, fmt):
    """One tidy row per figure: entity, indicator, period, value, unit, qualifier, stated text, sentence, source."""
    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    about = kg.resolve(entity, lang=lang) if entity else None
    rows = kg.figures(about=about, indicator=indicator, year=year, lang=lang)
    headers = ["entity", "indicator", "period", "value", "min", "max", "unit", "qualifier", "stated", "evidence", "source"]
    table_rows = [_figure_row(r) for r in rows]
    if fmt == "table":
        if not rows:
            raise GxkgError("no figures match")
        click.echo(_figures_table(table_rows, rows, lang))
        return
    emit(fmt, headers, table_rows, rows)


def _figures_table(table_rows: list, rows: list, lang: str) -> str:
    """The figures as a short table: the value written with its qualifier and unit (or as a range), the source."""
    short = [[r[0], r[1], r[2], " ".join(x for x in (r[7], r[3] or f"{r[4]}–{r[5]}", _unit(f, lang)) if x), r[8], r[10]]
             for r, f in zip(table_rows, rows)]
    return table(["entity", "indicator", "period", "value", "stated", "source"], short, max_col=36)


def _figure_row(r: dict) -> list:
    """A figure as a row: entity, indicator, period, value, min, max, unit, qualifier, stated, evidence, source."""
    return [r["entity"]["label"], r["indicator"]["label"], r["period"], r["value"] or "", r["min"] or "",
            r["max"] or "", r["unit"]["label"], (r["qualifier"] or {}).get("label", ""), r["stated"],
            r["evidence"], r["source"]["title"] if r["source"] else ""]


def _unit(r: dict, lang: str) -> str:
    """How the table writes a figure's unit: its symbol in Chinese (元, 亩), else its label."""
    return (r["unit"]["symbol"] if lang == "zh" else "") or r["unit"]["label"]


@main.command()
@click.argument("name", nargs=-1, required=True)
@output_options()
@click.pass_obj
def show(obj, name, lang, fmt):
    """One entity: labels, types, every fact in and out, its figures, and the evidence sentences."""
    from ..views import entity_record

    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    rec = entity_record(kg, kg.resolve(" ".join(name), lang=lang), lang)
    if fmt == "json":
        emit(fmt, [], [], rec)
        return
    if fmt == "csv":
        rows = [[f["direction"], f["relation"]["label"], f.get("label", f.get("value")), f.get("iri", "")] for f in rec["facts"]]
        rows += [["figure", o["indicator"]["label"], o["display"], o["period"]["text"]] for o in rec["observations"]]
        emit(fmt, ["direction", "relation", "value", "iri"], rows, rec)
        return
    click.echo(render_show(rec, lang))


# the words of `gxkg show`'s text in each language
SHOW_WORDS = {"zh": {"type": "类型", "also": "别名", "facts": "事实", "figures": "数据", "evidence": "证据",
                     "derived": "推导：", "not stated": "（未说明）"},
              "en": {"type": "type", "also": "also", "facts": "Facts", "figures": "Figures", "evidence": "Evidence",
                     "derived": "derived: ", "not stated": "(not stated)"}}


def render_show(rec: dict, lang: str) -> str:
    """`gxkg show`'s text: names, types and IRI, then the facts, figures and evidence sections that have rows."""
    w = SHOW_WORDS["zh" if lang == "zh" else "en"]
    lines = [plain(f"{rec['labels'].get('zh', '')}  {rec['labels'].get('en', '')}".strip()),
             plain(f"{w['type']}: {', '.join(rec['type_labels'])}"), plain(f"IRI: {rec['iri']}")]
    if rec["alt_labels"]:
        lines.append(plain(f"{w['also']}: {', '.join(rec['alt_labels'])}"))
    for key, section in (("facts", _show_facts), ("observations", _show_figures), ("evidence", _show_evidence)):
        if rec[key]:
            lines += section(rec, lang, w)
    return "\n".join(lines)


def _show_facts(rec: dict, lang: str, w: dict) -> list[str]:
    """The facts table: relation with its direction, value (an English reader sees gxkg's translation), basis."""
    from ..output import table

    rows = []
    for f in rec["facts"]:
        value = f.get("label") or f.get("value", "")
        if lang != "zh" and f.get("translation"):
            value = f"{value} [translation by gxkg: {f['translation']}]"
        basis = w["derived"] + f["derived"]["label"] if f.get("derived") else ""
        rows.append([f"{'→' if f['direction'] == 'out' else '←'} {f['relation']['label']}", value, basis])
    return ["", w["facts"], table(["relation", "value", "stated or derived"], rows, max_col=70)]


def _show_figures(rec: dict, lang: str, w: dict) -> list[str]:
    """The figures: of an indicator, what each is about; of an entity, a time series per indicator with sources."""
    from ..output import table

    obs = rec["observations"]
    if any(o["about"]["iri"] != rec["iri"] for o in obs):
        rows = [[o["about"]["label"], o["display"], o["period"]["text"], o["stated_as"]] for o in obs]
        return ["", w["figures"], table(["about", "value", "period", "stated"], rows, max_col=50)]
    rows = [[o["indicator"]["label"], o["period"]["text"] or w["not stated"], o["display"], o["stated_as"],
             (o.get("source") or {}).get("title") or ""] for o in obs]
    return ["", w["figures"], table(["indicator", "period", "value", "stated", "source"], rows, max_col=40)]


def _show_evidence(rec: dict, lang: str, w: dict) -> list[str]:
    """Each quote with gxkg's translation for an English reader, then its source's title and address."""
    lines = ["", w["evidence"]]
    for ev in rec["evidence"]:
        src = ev["source"]
        lines.append(f"  “{ev['quote']}”")
        if lang != "zh" and ev.get("translation"):
            lines.append(f"      [translation by gxkg] {ev['translation']}")
        title = (src.get("title") if lang == "zh" else src.get("title_en") or src.get("title")) or ""
        lines.append(f"      — {title} {src.get('url') or src.get('file') or ''}".rstrip())
    return [plain(line) for line in lines]


@main.command()
@click.argument("name", nargs=-1, required=True)
@click.option("--depth", "-d", type=click.IntRange(1, 10), default=1, show_default=True)
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True)
@click.option("--relation", "-r", "relations", multiple=True, help="Only this relation (e.g. locatedIn, 位于); repeatable.")
@click.option("--type", "-t", "types", multiple=True, help="Only neighbours of this class; repeatable.")
@click.option("--limit", "-n", type=click.IntRange(1, 100000), default=None)
@click.option("--evidence", is_flag=True, help="Show the sentence that states each edge.")
@output_options()
@click.pass_obj
def neighbors(obj, name, depth, direction, relations, types, limit, evidence, lang, fmt):
    """The neighbourhood of an entity: each neighbour with relation, direction and depth."""
    from ..namespaces import curie

    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    e = kg.resolve(" ".join(name), lang=lang)
    rels = [kg.resolve_relation(r) for r in relations]
    classes = [kg.resolve_class(t) for t in types]
    edges = kg.neighbors(e, depth=depth, direction=direction, relations=rels or None, types=classes or None,
                         limit=limit, with_evidence=evidence)
    data = _neighbours_data(kg, e, edges, lang)
    rows = [_neighbour_row(kg, x, lang, evidence) for x in edges]
    if fmt == "table":
        click.echo(plain(f"{kg.label(e, lang)} ({curie(e)}): {len(edges)} neighbour(s)"))
        if evidence:
            _echo_with_evidence(edges, rows)
            return
    emit(fmt, ["depth", "relation", "dir", "neighbor", "type", "curie"] + (["evidence"] if evidence else []), rows, data)


def _neighbours_data(kg, e, edges, lang: str) -> dict:
    """The neighbourhood as JSON: the entity, then each neighbour."""
    return {"entity": {"iri": str(e), "label": kg.label(e, lang), "types": [str(t) for t in kg.types(e)]},
            "neighbors": [_neighbour_record(kg, x, lang) for x in edges]}


def _neighbour_record(kg, x, lang: str) -> dict:
    """One neighbour as JSON: who, through which relation and direction, at what depth, stated or derived."""
    return {"iri": str(x.other), "label": kg.label(x.other, lang), "types": [str(t) for t in kg.types(x.other)],
            "relation": {"iri": str(x.relation), "label": kg.label(x.relation, lang)},
            "direction": x.direction, "depth": x.depth, "via": str(x.source), "stated": x.rule is None,
            "rule": {"iri": x.rule, "label": kg.label(x.rule, lang)} if x.rule else None,
            "evidence": [ev["quote"] for ev in x.evidence]}


def _neighbour_row(kg, x, lang: str, evidence: bool) -> list:
    """One neighbour as a table row (a derived relation says so), with its quotes when asked."""
    from ..namespaces import curie

    rel = kg.label(x.relation, lang) + (("（推导）" if lang == "zh" else " (derived)") if x.rule else "")
    row = [x.depth, rel, x.direction, kg.label(x.other, lang), kg.kind(x.other, lang), curie(x.other)]
    return row + [" | ".join(ev["quote"] for ev in x.evidence)] if evidence else row


def _echo_with_evidence(edges, rows) -> None:
    """The neighbours as arrows, each followed by the sentences that state its edge."""
    for x, row in zip(edges, rows):
        out = x.direction == "out"
        click.echo(plain(f"  [{x.depth}] {'—' if out else '←'}{row[1]}{'→' if out else '—'} {row[3]} ({row[4]})"))
        for ev in x.evidence:
            click.echo(plain(f"        “{ev['quote']}”"))


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--max-length", type=click.IntRange(1, 20), default=6, show_default=True)
@click.option("--all", "all_paths", is_flag=True, help="Every shortest path, not just one.")
@click.option("--exclude-relation", "-x", "excluded", multiple=True, metavar="RELATION",
              help="Leave out this relation (e.g. locatedIn, 位于: no administrative links); repeatable.")
@output_options()
@click.pass_obj
def path(obj, a, b, max_length, all_paths, excluded, lang, fmt):
    """The shortest relationship path(s) between two entities, told in words."""
    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    ea, eb = kg.resolve(a, lang=lang), kg.resolve(b, lang=lang)
    skip = [kg.resolve_relation(r) for r in excluded]
    paths = kg.paths(ea, eb, max_length=max_length, all_paths=all_paths, exclude=skip)
    if not paths:
        raise _no_path(kg, ea, eb, max_length, skip, lang)
    data = {"paths": [[_path_part(kg, x, lang) for x in p] for p in paths]}
    sentences = [kg.describe_path(p, lang) for p in paths]
    if fmt == "table":
        for s in sentences:
            click.echo(plain(s))
    else:
        emit(fmt, ["length", "path"], [[len(p) // 2, s] for p, s in zip(paths, sentences)], data)


def _no_path(kg, ea, eb, max_length: int, skip: list, lang: str) -> GxkgError:
    """The error of two entities with no path between them, naming the relations left out."""
    without = f" without {', '.join(kg.label(r, lang) for r in skip)}" if skip else ""
    return GxkgError(f"no path between {kg.label(ea, lang)} and {kg.label(eb, lang)} within {max_length} steps{without}")


def _path_part(kg, x, lang: str) -> dict:
    """A part of a path as JSON: a step (relation and direction) or an entity."""
    if isinstance(x, tuple):
        return {"relation": {"iri": str(x[0]), "label": kg.label(x[0], lang)}, "direction": x[1]}
    return {"iri": str(x), "label": kg.label(x, lang)}
