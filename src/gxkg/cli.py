"""The `gxkg` command line: parses arguments, calls the library, formats output.

Heavy modules (rdflib, networkx, pyvis, pyshacl) are imported inside the commands that need them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import GxkgError
from .settings import Number
from .store.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

LANGS = click.Choice(["zh", "en"])
DIALECT_NAMES = ["generic", "oxigraph", "virtuoso", "qlever", "fuseki", "graphdb"]  # gxkg.store.dialects.DIALECTS
FORMATS = ["table", "json", "csv"]


class Ctx:
    def __init__(self, lang="zh", fmt="table", data=None, endpoint=None, store=None, remote=None):
        self.lang, self.fmt, self.data, self.endpoint, self.store = lang, fmt, data, endpoint, store
        self.remote = remote or {}  # --dialect and --graph for an endpoint
        self._kg = None

    @property
    def kg(self):
        if self._kg is None:
            from .kg import KnowledgeGraph

            self._kg = KnowledgeGraph.open(data=Path(self.data) if self.data else None, endpoint=self.endpoint,
                                           store_dir=Path(self.store) if self.store else None, remote=self.remote)
        return self._kg


    def close(self):
        if self._kg is not None:
            self._kg.close()
            self._kg = None


TIMEOUT = Number(0.1, 3600)
MEMORY = Number(160, 65536, integer=True)


def where_options(*names):
    """The group's options for where the graph comes from, as gxkg.settings declares them."""
    from .settings import SERVE, options

    return options(tuple(s for s in SERVE if s.name in names))


class GxkgGroup(click.Group):
    """Turns every domain error into a one-line message and its exit code; never a traceback."""

    def invoke(self, ctx):
        from .output import terminal_guard

        with terminal_guard():  # text from the graph or an article cannot drive the terminal
            return self._invoke(ctx)

    def _invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GxkgError as e:
            click.echo(f"Error: {e}", err=True)
            ctx.exit(e.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: still one line for the user, the traceback with GXKG_DEBUG=1
            import os

            if os.environ.get("GXKG_DEBUG"):
                raise
            click.echo(f"Error: internal error ({type(e).__name__}: {e}); rerun with GXKG_DEBUG=1 for details", err=True)
            ctx.exit(1)


def echo_csv(text: str) -> None:
    """CSV on standard output, led by a UTF-8 byte-order mark when written to a file (`> out.csv`), so Excel
    on a Chinese Windows reads UTF-8, not GBK; never on a terminal or pipe. GXKG_CSV_BOM=1 always, =0 never."""
    import os
    import stat

    want = os.environ.get("GXKG_CSV_BOM", "")
    if want not in ("0", "1"):
        try:
            want = "1" if stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode) else "0"
        except (OSError, ValueError, AttributeError):  # no real file descriptor (a test runner's buffer)
            want = "0"
    click.echo(("\ufeff" if want == "1" else "") + text)


def output_options(formats=FORMATS):
    """--lang and --format on a subcommand, overriding the group's."""

    def deco(f):
        f = click.option("--format", "-f", "fmt", type=click.Choice(formats), default=None,
                         help=f"Output format ({', '.join(formats)}).")(f)
        f = click.option("--lang", type=LANGS, default=None, help="Language of labels (zh or en).")(f)
        return f

    return deco


def settings(obj: Ctx, lang, fmt):
    from .output import data_format

    lang = lang or obj.lang
    obj.lang = lang
    data_format(fmt or obj.fmt)
    return lang, fmt or obj.fmt


def table(headers, rows, max_col=60):
    from .output import table as t

    return t(headers, rows, max_col=max_col)


def emit(fmt, headers, rows, data):
    from .output import table, to_csv, to_json

    if fmt == "json":
        click.echo(to_json(data))
    elif fmt == "csv":
        echo_csv(to_csv(headers, rows))
    elif fmt == "tsv":
        click.echo(to_csv(headers, rows, delimiter="\t"))
    else:
        click.echo(table(headers, rows) if rows else "(no results)")


@click.group(cls=GxkgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", "-V", prog_name="gxkg")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="Language of labels in output.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format of commands that print results.")
@where_options("data", "endpoint")
@click.option("--dialect", type=click.Choice(DIALECT_NAMES, case_sensitive=False), envvar="GXKG_DIALECT",
              help="The engine behind --endpoint (default: detected from its answers). Env: GXKG_DIALECT.")
@click.option("--graph", "graphs", multiple=True, metavar="IRI", envvar="GXKG_GRAPH",
              help="With --endpoint: read only this named graph (repeatable; default: gxkg's graphs found there, "
                   "else the endpoint's default graph). Env: GXKG_GRAPH (space-separated).")
@where_options("store_dir")
@click.option("--wide", is_flag=True, help="Tables keep every row on one line instead of wrapping long cells.")
@click.pass_context
def main(ctx, lang, fmt, data, endpoint, dialect, graphs, store_dir, wide):
    """Explore the knowledge graph of Guangxi's e-commerce ecosystem.

    Names may be given in Chinese, English or pinyin (融安, Rong'an, rongan), or as a CURIE
    (gxr:place/450224) or IRI. Shell completion: eval "$(_GXKG_COMPLETE=bash_source gxkg)".
    """
    chosen = {n for n, v in (("data", data), ("endpoint", endpoint), ("store_dir", store_dir)) if v}
    typed = {n for n in chosen if ctx.get_parameter_source(n) != click.core.ParameterSource.ENVIRONMENT}
    if len(chosen) > 1 and len(typed) == 1:  # one given on the command line outranks the others' variables
        data, endpoint, store_dir = (v if n in typed else None for n, v in (("data", data), ("endpoint", endpoint),
                                                                            ("store_dir", store_dir)))
    elif len(chosen) > 1:
        raise click.UsageError("give at most one of --data, --endpoint and --store")
    if (dialect or graphs) and not endpoint:
        raise click.UsageError("--dialect and --graph apply to --endpoint only")
    if wide:
        from . import output

        output.WIDE = True
    ctx.obj = Ctx(lang, fmt, data, endpoint, store_dir, {"dialect": dialect, "graphs": list(graphs) or None})
    ctx.call_on_close(ctx.obj.close)


# ------------------------------------------------------------------------------ validate / stats
@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default=None, help="Report format.")
@click.option("--store", "served", is_flag=True,
              help="Check what the store serves (the built store of the files, --store DIR or --endpoint URL), "
                   "not the files; implied by --store DIR and --endpoint.")
@click.pass_obj
def validate(obj, fmt, served):
    """Check the graph: SHACL shapes, *-violation.rq queries, provenance of every quote and figure."""
    from .validate import validate as run

    served = served or bool(obj.store or obj.endpoint)
    report, kg = run(base=Path(obj.data) if obj.data else None, store=obj.kg.store if served else None)
    if (fmt or obj.fmt) == "json":
        from .output import to_json

        click.echo(to_json({"ok": report.ok, "counts": report.counts, "notes": report.notes, "conflicts": report.conflicts,
                            "violations": [v.__dict__ for v in report.violations], "deprecated": report.deprecated}))
        sys.exit(0 if report.ok else 1)
    c = report.counts
    where = "graphs served by " + ("the endpoint" if obj.endpoint else "the store") if served else "files"
    click.echo(f"Validated {c['triples']} triples in {c['files']} {where}: {c['evidence']} evidence quotes, "
               f"{c['check_queries']} check queries.")
    click.echo(f"  SHACL shapes:      {c['shacl']} violation(s) ({c['shacl_nodes']} nodes: {c['shacl_validated']} "
               f"validated, {c['shacl_cached']} unchanged since the last validate)")
    click.echo(f"  SPARQL checks:     {c['checks']} violation(s)")
    click.echo(f"  Provenance checks: {c['provenance']} violation(s)")
    for v in report.violations:
        click.echo(f"  [{v.check}] {v.node}: {v.message}")
    if report.deprecated:
        click.echo("Deprecated (kept in their sources, out of the graph):")
        for d in report.deprecated:
            by = f" by {d['superseded_by']}" if d["superseded_by"] else ""
            click.echo(f"  {d['source']} {d['id']} ({d['what']}): {d['reason']}{by}" + (f"; {d['note']}" if d["note"] else ""))
    if report.notes:
        click.echo("Derived figures (stated as the source states them; recomputed for comparison):")
        for n in report.notes:
            click.echo(f"  {n}")
    if not report.ok:
        click.echo(f"{len(report.violations)} violation(s).", err=True)
        sys.exit(1)
    click.echo("0 violations.")


@main.command()
@output_options()
@click.pass_obj
def stats(obj, lang, fmt):
    """Entities per class, relations per property, observations, evidence and sources."""
    from .stats import stats as compute

    lang, fmt = settings(obj, lang, fmt)
    s = compute(obj.kg, lang)
    if fmt == "json":
        emit(fmt, [], [], s)
        return
    rows = [["entities", k["label"], k["curie"], k["count"]] for k in s["classes"]]
    rows += [["relations", r["label"], r["curie"], r["count"]] for r in s["relations"]]
    rows += [["totals", k, "", v] for k, v in s["totals"].items()]
    rows += [["sources", src["title"], src["curie"], src["evidence"]] for src in s["sources"]]
    emit(fmt, ["section", "name", "term", "count"], rows, s)


# ------------------------------------------------------------------------------ lookups
@main.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--type", "-t", "types", multiple=True, help="Only entities of this class (e.g. County, 产品).")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True)
@output_options()
@click.pass_obj
def search(obj, text, types, limit, lang, fmt):
    """Find entities by name: zh/en label, alternative name, pinyin, substring or near miss."""
    from .namespaces import curie

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
    from .namespaces import curie

    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    if not cls:
        counts = kg.class_counts()
        data = [{"iri": c, "curie": curie(c), "label": kg.label(c, lang), "count": n} for c, n in counts]
        emit(fmt, ["class", "curie", "count"], [[d["label"], d["curie"], d["count"]] for d in data], data)
        return
    c = kg.resolve_class(cls)
    total, ents = kg.instances_page(c, lang, limit, offset)
    kg.prefetch(ents)
    kg.prefetch_types(ents)
    data = [{"iri": e, "label": kg.label(e, lang), "types": kg.types(e)} for e in ents]
    emit(fmt, ["label", "type", "curie"], [[d["label"], kg.kind(d["iri"], lang), curie(d["iri"])] for d in data], data)
    if offset + len(ents) < total or offset:
        more = f"; the next page: --offset {offset + len(ents)}" if offset + len(ents) < total else ""
        click.echo(f"{offset + 1}-{offset + len(ents)} of {total}{more}", err=fmt != "table")


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
    table_rows = [[r["entity"]["label"], r["indicator"]["label"], r["period"], r["value"] or "", r["min"] or "",
                   r["max"] or "", r["unit"]["label"], (r["qualifier"] or {}).get("label", ""), r["stated"],
                   r["evidence"], r["source"]["title"] if r["source"] else ""] for r in rows]
    if fmt == "table":
        if not rows:
            raise GxkgError("no figures match")
        unit = [(r["unit"]["symbol"] if lang == "zh" else "") or r["unit"]["label"] for r in rows]
        short = [[r[0], r[1], r[2], " ".join(x for x in (r[7], r[3] or f"{r[4]}–{r[5]}", u) if x), r[8], r[10]]
                 for r, u in zip(table_rows, unit)]
        click.echo(table(["entity", "indicator", "period", "value", "stated", "source"], short, max_col=36))
        return
    emit(fmt, headers, table_rows, rows)


@main.command()
@click.argument("name", nargs=-1, required=True)
@output_options()
@click.pass_obj
def show(obj, name, lang, fmt):
    """One entity: labels, types, every fact in and out, its figures, and the evidence sentences."""
    from .views import entity_record

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


def render_show(rec: dict, lang: str) -> str:
    from .output import table

    zh = lang == "zh"
    lines = [f"{rec['labels'].get('zh', '')}  {rec['labels'].get('en', '')}".strip(),
             f"{'类型' if zh else 'type'}: {', '.join(rec['type_labels'])}",
             f"IRI: {rec['iri']}"]
    if rec["alt_labels"]:
        lines.append(f"{'别名' if zh else 'also'}: {', '.join(rec['alt_labels'])}")
    if rec["facts"]:
        lines += ["", "事实" if zh else "Facts"]
        rows = []
        for f in rec["facts"]:
            arrow = "→" if f["direction"] == "out" else "←"
            basis = ""
            if f.get("derived"):
                basis = f"推导：{f['derived']['label']}" if zh else f"derived: {f['derived']['label']}"
            value = f.get("label") or f.get("value", "")
            if not zh and f.get("translation"):
                value = f"{value} [translation by gxkg: {f['translation']}]"
            rows.append([f"{arrow} {f['relation']['label']}", value, basis])
        lines.append(table(["relation", "value", "stated or derived"], rows, max_col=70))
    if rec["observations"]:
        lines += ["", "数据" if zh else "Figures"]
        if any(o["about"]["iri"] != rec["iri"] for o in rec["observations"]):  # an indicator: say what each is about
            rows = [[o["about"]["label"], o["display"], o["period"]["text"], o["stated_as"]] for o in rec["observations"]]
            lines.append(table(["about", "value", "period", "stated"], rows, max_col=50))
        else:  # a time series per indicator, each point with its source
            rows = [[o["indicator"]["label"], o["period"]["text"] or ("（未说明）" if zh else "(not stated)"), o["display"],
                     o["stated_as"], (o.get("source") or {}).get("title") or ""] for o in rec["observations"]]
            lines.append(table(["indicator", "period", "value", "stated", "source"], rows, max_col=40))
    if rec["evidence"]:
        lines += ["", "证据" if zh else "Evidence"]
        for ev in rec["evidence"]:
            src = ev["source"]
            where = src.get("url") or src.get("file") or ""
            lines.append(f"  “{ev['quote']}”")
            if not zh and ev.get("translation"):
                lines.append(f"      [translation by gxkg] {ev['translation']}")
            title = (src.get("title") if zh else src.get("title_en") or src.get("title")) or ""
            lines.append(f"      — {title} {where}".rstrip())
    return "\n".join(lines)


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
    from .namespaces import curie

    lang, fmt = settings(obj, lang, fmt)
    kg = obj.kg
    e = kg.resolve(" ".join(name), lang=lang)
    rels = [kg.resolve_relation(r) for r in relations]
    classes = [kg.resolve_class(t) for t in types]
    edges = kg.neighbors(e, depth=depth, direction=direction, relations=rels or None, types=classes or None,
                         limit=limit, with_evidence=evidence)
    data = {"entity": {"iri": str(e), "label": kg.label(e, lang), "types": [str(t) for t in kg.types(e)]},
            "neighbors": [{"iri": str(x.other), "label": kg.label(x.other, lang), "types": [str(t) for t in kg.types(x.other)],
                           "relation": {"iri": str(x.relation), "label": kg.label(x.relation, lang)},
                           "direction": x.direction, "depth": x.depth, "via": str(x.source),
                           "stated": x.rule is None,
                           "rule": {"iri": x.rule, "label": kg.label(x.rule, lang)} if x.rule else None,
                           "evidence": [ev["quote"] for ev in x.evidence]} for x in edges]}
    headers = ["depth", "relation", "dir", "neighbor", "type", "curie"] + (["evidence"] if evidence else [])
    rows = []
    for x in edges:
        rel = kg.label(x.relation, lang) + (("（推导）" if lang == "zh" else " (derived)") if x.rule else "")
        row = [x.depth, rel, x.direction, kg.label(x.other, lang), kg.kind(x.other, lang), curie(x.other)]
        if evidence:
            row.append(" | ".join(ev["quote"] for ev in x.evidence))
        rows.append(row)
    if fmt == "table":
        click.echo(f"{kg.label(e, lang)} ({curie(e)}): {len(edges)} neighbour(s)")
        if evidence:
            for x, row in zip(edges, rows):
                click.echo(f"  [{x.depth}] {'—' if x.direction == 'out' else '←'}{row[1]}{'→' if x.direction == 'out' else '—'} "
                           f"{row[3]} ({row[4]})")
                for ev in x.evidence:
                    click.echo(f"        “{ev['quote']}”")
            return
    emit(fmt, headers, rows, data)


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
        without = f" without {', '.join(kg.label(r, lang) for r in skip)}" if skip else ""
        raise GxkgError(f"no path between {kg.label(ea, lang)} and {kg.label(eb, lang)} within {max_length} steps{without}")
    data = {"paths": [[({"relation": {"iri": str(x[0]), "label": kg.label(x[0], lang)}, "direction": x[1]}
                        if isinstance(x, tuple) else {"iri": str(x), "label": kg.label(x, lang)}) for x in p] for p in paths]}
    sentences = [kg.describe_path(p, lang) for p in paths]
    if fmt == "table":
        for s in sentences:
            click.echo(s)
    else:
        emit(fmt, ["length", "path"], [[len(p) // 2, s] for p, s in zip(paths, sentences)], data)


@main.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--show-query", is_flag=True, help="Print the SPARQL that produced the answer.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default=None)
@click.pass_obj
def ask(obj, question, show_query, fmt):
    """Ask in Chinese or English: 柳州螺蛳粉2017年销售额是多少？ / Which county is Hantang Village in?

    The answer comes in the question's language with the sentence and source behind it, and says which
    facts are derived or computed. A question it cannot answer (exit 2, in every format) says what it
    understood, what not, and a question to try."""
    from .ask import ask as run
    from .ask.messages import msg
    from .errors import UsageError
    from .store.limits import MAX_QUESTION_CHARS

    text = " ".join(question)
    if len(text) > MAX_QUESTION_CHARS:
        raise UsageError(f"question over {MAX_QUESTION_CHARS} characters ({len(text)}): ask a shorter one")
    a = run(obj.kg, text)
    if (fmt or obj.fmt) == "json":
        from .output import to_json

        click.echo(to_json(a.as_json()))
        raise SystemExit(a.exit_code)
    lang = a.language
    if show_query and a.sparql:
        click.echo(a.sparql.rstrip())
        click.echo()
    if a.refused:
        sep = msg("sep", lang)
        known = sep.join(e["label"] for e in a.entities)
        parts = [msg("understood", lang, names=known) if known else msg("no_entity", lang)] + a.unrecognised + a.notes
        text = ("；" if lang == "zh" else "; ").join(parts)
        raise AskRefused(f"{msg('refused', lang)}（{text}）。{a.suggestion}" if lang == "zh"
                         else f"{msg('refused', lang)} ({text}). {a.suggestion}")
    for x in a.answers:
        click.echo(x["label"] + (f"  [{x['period']}]" if x.get("period") and x["period"] not in x["label"] else ""))
    for n in a.notes:
        click.echo(("  （" + n + "）") if lang == "zh" else f"  ({n})")
    if a.evidence:
        click.echo()
        click.echo(msg("evidence", lang) + ("：" if lang == "zh" else ":"))
        for q in a.evidence:
            click.echo(f"  “{q}”")
        for s in a.sources:
            click.echo("  — " + msg("source_line", lang, title=s["title"], publisher=s["publisher"], date=s["date"], url=s["url"]))


class AskRefused(GxkgError):
    """A question ask cannot answer: exit 2, as with -f json."""

    exit_code = 2


# ------------------------------------------------------------------------------ SPARQL
SPARQL_FORMATS = ["table", "json", "csv", "tsv", "xml", "turtle", "nt", "jsonld", "trig"]


@main.command()
@click.argument("query")
@click.option("--data", "data_files", multiple=True, type=click.Path(exists=True),
              help="Query these RDF files (Turtle, N-Triples, RDF/XML, TriG, ...) instead of the graph; repeatable. "
                   "A directory holding ontology/ and graph/ is taken as a gxkg data directory.")
@click.option("--timeout", type=TIMEOUT, default=DEFAULT_TIMEOUT, show_default=True, help="Time limit in seconds (0.1-3600).")
@click.option("--memory", type=MEMORY, default=DEFAULT_MEMORY_MB, show_default=True, help="Memory limit of the query in MB.")
@click.option("--base", metavar="IRI", help="Base IRI for relative IRIs (default: the query file, else the working directory).")
@output_options(SPARQL_FORMATS)
@click.pass_obj
def sparql(obj, query, data_files, timeout, memory, base, lang, fmt):
    """Run a read-only SPARQL query given as text, a file, or - for standard input.

    Prefixes gxo, gxr, rdf, rdfs, owl, xsd, skos, prov, dct, dcat, schema, geo are predeclared.
    json/xml/csv/tsv are the standard SPARQL 1.1 results formats; turtle/nt/jsonld/xml for CONSTRUCT and DESCRIBE.
    Every query stops at the time and memory limits; Ctrl-C stops it at once.
    """
    from .queries import run_query

    lang, fmt = settings(obj, lang, fmt)
    text, source = read_query_arg(query)
    kg = _data_kg(data_files) if data_files else obj.kg
    base = base or (source.resolve().as_uri() if source else Path.cwd().resolve().as_uri() + "/")
    answer = run_query(kg, text, timeout=timeout, memory_mb=memory, base_iri=base, **answer_formats(fmt))
    print_answer(kg, answer, fmt, lang)


def _data_kg(paths):
    """A KnowledgeGraph over --data files (an in-memory store) or over a data directory."""
    from .kg import KnowledgeGraph

    dirs = [Path(p) for p in paths if Path(p).is_dir()]
    if dirs:
        if len(paths) > 1 or not (dirs[0] / "graph").is_dir():
            raise GxkgError("--data takes RDF files, or one directory holding ontology/ and graph/")
        return KnowledgeGraph.open(data=dirs[0], quiet=True)
    from .namespaces import OUTPUT_PREFIXES, PREFIX_MAP
    from .store.embedded import memory_store

    return KnowledgeGraph(memory_store([Path(p) for p in paths], PREFIX_MAP, OUTPUT_PREFIXES))


def answer_formats(fmt: str) -> dict:
    """What to ask the engine for: results in fmt (table: JSON to lay out), graphs in fmt (table: Turtle)."""
    results = fmt if fmt in ("json", "xml", "csv", "tsv") else "json"
    graph = {"table": "turtle", "json": "jsonld"}.get(fmt, fmt)
    return {"fmt": results, "graph_fmt": graph if graph in ("turtle", "nt", "jsonld", "xml", "trig") else "turtle"}


def read_query_arg(query: str) -> tuple[str, Path | None]:
    """'-' is standard input; an existing file (or a name ending .rq/.sparql) is read; anything else is the query."""
    if query == "-":
        return sys.stdin.read(), None
    if len(query) < 4096 and "\n" not in query and "{" not in query:
        p = Path(query)
        if p.is_file():
            try:
                return p.read_text(encoding="utf-8"), p
            except (OSError, UnicodeDecodeError) as e:
                raise GxkgError(f"cannot read query file {query}: {e}") from None
        if p.suffix in (".rq", ".sparql"):
            raise GxkgError(f"query file {query} not found")
    return query, None


def print_answer(kg, answer, fmt, lang):
    """An answer in the asked format; `table` lays SELECT rows out with labels beside IRIs."""
    if answer.form in ("CONSTRUCT", "DESCRIBE"):
        if fmt in ("csv", "tsv"):
            raise GxkgError(f"--format {fmt} is for SELECT/ASK results; use turtle, nt, jsonld or xml")
        click.echo(answer.body.decode("utf-8").rstrip("\n"))
        return
    if fmt in ("turtle", "nt", "jsonld", "trig"):
        raise GxkgError(f"--format {fmt} is for CONSTRUCT/DESCRIBE results; use table, json, xml, csv or tsv")
    if fmt != "table":
        text = answer.body.decode("utf-8").rstrip("\r\n")
        echo_csv(text) if fmt == "csv" else click.echo(text)
        return
    if answer.form == "ASK":
        click.echo("true" if answer.boolean() else "false")
        return
    from .views import result_table

    headers, rows = result_table(kg, answer, lang)
    emit("table", headers, rows, None)


@main.command("queries")
@output_options()
@click.pass_obj
def list_queries(obj, lang, fmt):
    """The saved queries, each with a one-line description and its parameters."""
    from .queries import saved_queries

    lang, fmt = settings(obj, lang, fmt)
    qs = saved_queries()
    data = [{"name": q.name, "description": q.description,
             "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help} for p in q.params]}
            for q in qs.values()]
    rows = [[q.name, " ".join(f"{p.name}={p.default or '*'}" for p in q.params), q.description] for q in qs.values()]
    for d, q in zip(data, qs.values()):
        for pd, p in zip(d["params"], q.params):
            pd["class"] = p.cls
    emit(fmt, ["name", "params", "description"], rows, data)


@main.command("query")
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Set a parameter; repeatable.")
@click.option("--show", is_flag=True, help="Print the query's SPARQL instead of running it.")
@click.option("--timeout", type=TIMEOUT, default=DEFAULT_TIMEOUT, show_default=True, help="Time limit in seconds.")
@output_options(["table", "json", "csv", "tsv", "xml"])
@click.pass_obj
def run_saved_query(obj, name, params, show, timeout, lang, fmt):
    """Run a saved query by name, with --param KEY=VALUE (names in zh or en resolve to entities)."""
    from .queries import get_saved, run_query

    lang, fmt = settings(obj, lang, fmt)
    sq = get_saved(name)
    if show:
        click.echo(sq.text.rstrip("\n"))
        return
    values = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        values[k.strip()] = v.strip()
    kg = obj.kg
    labelled = fmt in ("csv", "json") and sq.text.lstrip().upper().find("SELECT") != -1
    answer = run_query(kg, sq.text, sq.bindings(kg, values), timeout=timeout,
                       **answer_formats("json" if labelled else fmt))
    if labelled and answer.form == "SELECT":
        _labelled_answer(kg, answer, fmt, lang)
        return
    print_answer(kg, answer, fmt, lang)


def _labelled_answer(kg, answer, fmt, lang):
    """A saved query's rows with each IRI's label beside it: a `<var>_label` column in CSV; in the SPARQL
    JSON results, a "label" member on each IRI binding (readers of the standard format ignore it)."""
    import json as _json

    import pyoxigraph as ox

    from .output import to_csv, to_json

    names, table_ = answer.solutions()
    kg.prefetch({t.value for row in table_ for t in row if isinstance(t, ox.NamedNode)})
    if fmt == "json":
        doc = _json.loads(answer.body)
        for b in doc["results"]["bindings"]:
            for v in b.values():
                if v.get("type") == "uri":
                    v["label"] = kg.label(v["value"], lang)
        click.echo(to_json(doc))
        return
    uri_vars = [n for i, n in enumerate(names) if any(isinstance(r[i], ox.NamedNode) for r in table_)]
    headers = []
    for n in names:
        headers += [n] + ([f"{n}_label"] if n in uri_vars else [])
    rows = []
    for r in table_:
        row = []
        for n, t in zip(names, r):
            row.append("" if t is None else t.value)
            if n in uri_vars:
                row.append(kg.label(t.value, lang) if isinstance(t, ox.NamedNode) else "")
        rows.append(row)
    echo_csv(to_csv(headers, rows))


# ------------------------------------------------------------------------------ analyses / export
def _analyze_help() -> str:
    from .analysis_help import MEASURES

    return "Network analyses of the entity network (entities as nodes, relations as edges).\n\n\b\n" + "\n".join(
        f"{k}: {v}" for k, v in MEASURES.items())


@main.command(help=_analyze_help())
@click.argument("measure", type=click.Choice(["centrality", "communities", "bridges", "components"]))
@click.option("--top", "-n", type=click.IntRange(1, 10000), default=10, show_default=True)
@click.option("--exclude-relation", "-x", "exclude", multiple=True, metavar="RELATION",
              help="Leave these relations out (e.g. locatedIn, 位于), so administrative edges do not dominate; repeatable.")
@output_options()
@click.pass_obj
def analyze(obj, measure, top, exclude, lang, fmt):
    from . import analysis

    lang, fmt = settings(obj, lang, fmt)
    skip = {obj.kg.resolve_relation(r) for r in exclude}
    notes: list[str] = []
    res = analysis.run(obj.kg, measure, top=top, lang=lang, exclude=skip, notes=notes)
    for n in notes:
        click.echo(f"Note: {n}", err=True)
    if measure == "centrality":
        headers = ["label", "degree", "degree_centrality", "betweenness"]
        rows = [[r["label"], r["degree"], r["degree_centrality"], r["betweenness"]] for r in res]
    elif measure == "bridges":
        headers = ["source", "relation", "target", "cut_off"]
        rows = [[r["source"]["label"], r["relation"]["label"], r["target"]["label"], r["cut_off"]] for r in res]
    else:
        key = "community" if measure == "communities" else "component"
        headers = [key, "size", "members"]
        rows = [[r[key], r["size"], "、".join(m["label"] for m in r["members"][:8])] for r in res]
    emit(fmt, headers, rows, res)


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["turtle", "nt", "jsonld", "trig", "nquads", "xml", "graphml", "gexf"]),
              default="turtle", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--lang", type=LANGS, default=None, help="Language of node labels in graphml/gexf.")
@click.option("--void", "what", flag_value="void", help="The dataset's VoID and DCAT description (size, sources, licence, "
              "version, example resources) instead of the data.")
@click.option("--cube", "what", flag_value="cube", help="The figures as W3C Data Cube observations (qb:DataSet, its "
              "structure: dimensions about/period/indicator, measure gxo:value, unit as attribute) instead of the data.")
@click.option("--service", metavar="URL", help="With --void: the root URL where `gxkg serve` publishes the graph, "
              "named as its SPARQL endpoint and reconciliation service.")
@click.pass_obj
def export(obj, fmt, output, force, lang, what, service):
    """Export the graph as RDF (turtle, nt, jsonld, trig, nquads, xml) or as a network for Gephi/Cytoscape (graphml, gexf).

    TriG and N-Quads keep each source file's named graph. --void describes the dataset, --cube gives its figures
    as Data Cube observations."""
    from .export import export as do_export

    lang = lang or obj.lang
    if what and fmt in ("graphml", "gexf"):
        raise click.UsageError(f"--{what} is RDF: choose -f turtle, nt, jsonld, xml, trig or nquads")
    if service and what != "void":
        raise click.UsageError("--service goes with --void")
    if service and not service.startswith(("http://", "https://")):
        raise click.UsageError(f"--service is an http(s) URL, not {service!r}")
    if output:
        from .files import check_output

        check_output(Path(output), force)  # refuse before the work, not after
    if what:
        from . import dataset

        if what == "void":
            triples = dataset.void_description(obj.kg, service)
        else:
            triples, notes = dataset.cube(obj.kg)
            for n in notes:
                click.echo(f"Note: {n}", err=True)
        data = dataset.serialize(triples, fmt)
    else:
        data = do_export(obj.kg, fmt, lang)
    if output:
        from .export import write_new

        write_new(Path(output), data, force)
        click.echo(f"wrote {output} ({fmt}, {len(data)} bytes)", err=True)
    else:
        sys.stdout.buffer.write(data)


# ------------------------------------------------------------------------------ HTML view
@main.command()
@click.option("--around", metavar="NAME", help="Open on this entity's neighbourhood (the page still carries the whole graph).")
@click.option("--depth", "-d", type=click.IntRange(1, 10), default=1, show_default=True, help="Depth of the --around neighbourhood.")
@click.option("--type", "-t", "types", multiple=True, help="Only entities of this class; repeatable.")
@click.option("--lang", type=LANGS, default=None, help="Language of labels (the other shows on hover).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="gxkg-network.html", show_default=True)
@click.option("--title", help="Page title.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.option("--year", metavar="YYYY[-YYYY]", help="Open on the facts of this year or range: figures by their period, "
              "events by their date, documents issued by then; undated entities stay.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Open on what was known by this date.")
@click.option("--png", "png", type=click.Path(dir_okay=False), help="Write a PNG picture (with caption) instead of the page.")
@click.option("--svg", "svg", type=click.Path(dir_okay=False), help="Write an SVG picture (with caption) instead of the page.")
@click.option("--view", type=click.Choice(["network", "map"]), default="network", show_default=True,
              help="What --png/--svg show: the network view or the county map.")
@click.option("--colour-by", "--color-by", "colour_by", metavar="NAME",
              help="Colour the map by this designation, model or indicator (one with values for two or more places).")
@click.option("--chart", metavar="INDICATOR", help="With --around: picture the chart of this indicator of that entity.")
@click.pass_obj
def render(obj, around, depth, types, lang, output, title, force, open_browser, year, as_of, png, svg, view,
           colour_by, chart):
    """Write the interactive network view: one self-contained HTML file that works offline; or, with --png or
    --svg, a picture of its network view, its map or one chart, captioned with title, time cut and sources."""
    from .render import render_html, write_page

    from .files import check_output

    lang = lang or obj.lang
    if png and svg:
        raise click.UsageError("give --png or --svg, not both")
    if chart and not around:
        raise click.UsageError("--chart needs --around ENTITY (whose figures the chart shows)")
    out = Path(png or svg or output)
    check_output(out, force)  # refuse before the work, not after
    kg = obj.kg
    classes = [kg.resolve_class(t) for t in types]
    focus = kg.resolve(around, lang=lang) if around else None
    import re as _re

    time = None
    if year and as_of:
        raise click.UsageError("give --year or --as-of, not both")
    if year:
        m = _re.fullmatch(r"(\d{4})(?:-(\d{4}))?", year)
        if not m or (m.group(2) and m.group(2) < m.group(1)):
            raise click.BadParameter(f"{year!r} is not YYYY or YYYY-YYYY", param_hint="--year")
        time = {"from": int(m.group(1)), "to": int(m.group(2) or m.group(1))}
    if as_of:
        if not _re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", as_of):
            raise click.BadParameter(f"{as_of!r} is not YYYY-MM-DD", param_hint="--as-of")
        time = {"as_of": as_of}
    if png or svg:
        from .export import write_new
        from .render import chromium, map_picture, picture, resolve_layer

        layer = resolve_layer(kg, lang, colour_by) if colour_by else None
        if svg and view == "map" and not chart and chromium() is None:
            data = map_picture(kg, lang, layer, time, title)  # the project's own SVG: no browser needed
        else:
            html = render_html(kg, lang=lang, types=classes or None, around=focus, depth=depth, title=title, time=time)
            data = picture(html, "png" if png else "svg", view=view, layer=layer, chart=chart)
        write_new(out, data, force)
        click.echo(str(out.resolve()))
        return
    html = render_html(kg, lang=lang, types=classes or None, around=focus, depth=depth, title=title, time=time)
    write_page(html, out, force=force)
    click.echo(str(out.resolve()))
    if open_browser:
        import webbrowser

        webbrowser.open(out.resolve().as_uri())


# ------------------------------------------------------------------------------ sources: ingest, review, build
def _base(obj) -> Path:
    from .kg import data_dir

    if obj.endpoint or obj.store:
        raise GxkgError("ingest, review and build work on a data directory (--data DIR), not on --endpoint or --store")
    return Path(obj.data) if obj.data else data_dir()


@main.command("build")
@click.option("--check", is_flag=True, help="Only report graph files that differ from a fresh build (exit 1 if any).")
@click.pass_obj
def build_cmd(obj, check):
    """Build graph/*.ttl from the reviewed sources (sources/*.yaml: accepted items only) and the division data.

    Each source becomes its own file and named graph; every entity, edge and figure keeps its sentence."""
    from .sources.build import build

    base = _base(obj)
    rows = build(base, check=check)
    for path, n, state in rows:
        click.echo(f"{state}\t{path.relative_to(base)}\t{n} triples")
    if check and any(state == "stale" for _, _, state in rows):
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--title", help="The article's title (default: its first line, in the corpus layout).")
@click.option("--date", help="Publication date, YYYY-MM-DD (ingesting again: the draft's is kept).")
@click.option("--publisher", help="Who published it (ingesting again: the draft's is kept).")
@click.option("--url", help="Where it was published.")
@click.option("--id", "source_id", metavar="SOURCE-ID", help="The source's id (default: from the file name).")
@click.option("--force", is_flag=True, help="Replace an existing draft (and its reviewer decisions) or source text.")
@click.option("--copy-of", metavar="SOURCE-ID", help="The text is another copy (a reprint) of this source: record where it was read.")
@click.option("--new-source", is_flag=True, help="Ingest as a source of its own even if it repeats a source already held.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default=None, help="json prints the draft.")
@click.pass_obj
def ingest(obj, file, title, date, publisher, url, source_id, force, copy_of, new_source, fmt):
    """Read an article into a draft of sourced facts (sources/SOURCE-ID.yaml) for review.

    Mentions of known entities and places (every township of the division data), new entity candidates,
    figures with units, periods and qualifiers, and relations stated outright: each with its sentence.
    A .csv file is a table (an official list or figures), one item per row. A text that repeats a source
    already held is refused: add it with --copy-of, or --new-source. Nothing in the graph changes until
    `gxkg build`."""
    from .sources.ingest import as_json, ingest as run

    base = _base(obj)
    path, doc, state = run(base, obj.kg, Path(file), title, date, publisher, url, source_id, force, copy_of, new_source)
    if (fmt or obj.fmt) == "json":
        from .output import to_json

        click.echo(to_json(as_json(doc)))
        return
    m = doc["mentions"]
    click.echo(f"{path}: {state}")
    click.echo(f"  mentions: {sum(1 for x in m if x.get('iri'))} linked, {sum(1 for x in m if x.get('proposed_iri'))} new "
               f"entities, {sum(1 for x in m if x.get('candidates'))} ambiguous")
    click.echo(f"  figures: {len(doc['figures'])} (new indicators: {len(doc['indicators'])}); relations: {len(doc['relations'])}")
    click.echo(f"Review it (edit the file, or `gxkg accept {doc['source']['id']} --all`), then `gxkg build`.")


@main.command()
@click.argument("source_id", metavar="SOURCE-ID")
@click.argument("items", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Accept every proposed item.")
@click.pass_obj
def accept(obj, source_id, items, all_):
    """Accept items of a draft (by id: m1 f3 r2 ...), or every proposed item with --all."""
    _set_status(obj, source_id, items, all_, "accepted")


@main.command()
@click.argument("source_id", metavar="SOURCE-ID")
@click.argument("items", nargs=-1, required=True)
@click.pass_obj
def reject(obj, source_id, items):
    """Reject items of a draft by id (m1 f3 r2 ...)."""
    _set_status(obj, source_id, items, False, "rejected")


def _set_status(obj, source_id, items, all_, status):
    from .sources import draft as drafts

    if all_ == bool(items):
        raise click.UsageError("name the items, or give --all (not both)")
    path = drafts.draft_path(_base(obj), source_id)
    if not path.exists():
        have = [p.stem for p in path.parent.glob("*.yaml")] if path.parent.is_dir() else []
        import difflib

        close = difflib.get_close_matches(source_id, have, n=3)
        raise GxkgError(f"no source {source_id!r}" + (f"; did you mean {', '.join(close)}?" if close else
                                                       f"; sources: {', '.join(have) or 'none'}"))
    changed, doc = drafts.set_statuses(path, None if all_ else list(items), status)
    c = drafts.counts(doc)
    click.echo(f"{status} {len(changed)} item(s) of {source_id}: {c['accepted']} accepted, {c['proposed']} proposed, "
               f"{c['rejected']} rejected. `gxkg build` puts the accepted ones in the graph.")
    if status == "rejected":
        for item in changed:
            deps = drafts.dependents(doc, item)
            if deps:
                click.echo(f"Note: accepted {', '.join(deps)} need {item}; reject them too (or accept {item}), "
                           f"or `gxkg build` refuses them.", err=True)


@main.command()
@click.argument("source_id", metavar="SOURCE-ID")
@click.argument("items", nargs=-1, required=True)
@click.option("--reason", type=click.Choice(["superseded", "wrong-in-source"]), required=True, help="Why the fact no longer holds.")
@click.option("--by", "superseded_by", metavar="ITEM-OR-IRI", help="What supersedes it (an item id of the source, or an IRI).")
@click.option("--note", help="A note added to the item's note.")
@click.pass_obj
def deprecate(obj, source_id, items, reason, superseded_by, note):
    """Deprecate accepted facts: they stay in the draft with the reason, out of the graph after `gxkg build`."""
    from .sources import draft as drafts

    changed, doc = drafts.deprecate(drafts.draft_path(_base(obj), source_id), list(items), reason, note, superseded_by)
    click.echo(f"deprecated {', '.join(changed)} of {source_id} ({reason}): kept in the draft; `gxkg build` takes "
               f"{'them' if len(changed) > 1 else 'it'} out of the graph.")
    for item in changed:
        deps = drafts.dependents(doc, item)
        if deps:
            click.echo(f"Note: accepted {', '.join(deps)} need {item}; deprecate or reject them too, or `gxkg build` "
                       f"refuses them.", err=True)


@main.command("sources")
@output_options(["table", "json", "csv"])
@click.pass_obj
def list_sources(obj, lang, fmt):
    """The reviewed sources with their counts of accepted, proposed and rejected items."""
    from .sources import draft as drafts

    lang, fmt = settings(obj, lang, fmt)
    rows, data = [], []
    for path, doc in drafts.all_drafts(_base(obj)):
        S, c = doc["source"], drafts.counts(doc)
        data.append({"id": S["id"], "title": S.get("title"), "date": str(S.get("date") or ""),
                     "publisher": S.get("publisher"), "url": S.get("url"), "file": str(path), **c})
        rows.append([S["id"], str(S.get("date") or ""), S.get("title") or "", c["accepted"], c["proposed"], c["rejected"],
                     c["deprecated"]])
    emit(fmt, ["id", "date", "title", "accepted", "proposed", "rejected", "deprecated"], rows, data)


@main.command()
@click.argument("source_id", metavar="[SOURCE-ID]", required=False)
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1 (default: a free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the web browser.")
@click.pass_obj
def review(obj, source_id, port, open_browser):
    """Review a source draft in a local web page: the article with every proposed item in place, a queue of
    what most needs a person first, accept / reject / edit / choose / add from a selection, a preview, build.

    Serves 127.0.0.1 only; every request needs the session's token, which the printed URL carries."""
    from .review.app import serve

    serve(_base(obj), source_id, port, open_browser, obj.lang)


# ------------------------------------------------------------------------------ store
@main.group()
def store():
    """The store under every command: build it, see what it holds, load it into a SPARQL server."""


@store.command("build")
@click.option("--output", "-o", type=click.Path(file_okay=False), help="Build into this directory (default: the cache).")
@click.option("--force", is_flag=True, help="Rebuild an existing store directory.")
@click.pass_obj
def store_build(obj, output, force):
    """Build the embedded store (each file a named graph, plus the name index) from ontology/ and graph/."""
    from .kg import build_store, cache_dir, default_files
    from .store.build import content_hash

    files = default_files(Path(obj.data) if obj.data else None)
    dest = Path(output) if output else cache_dir() / "stores" / content_hash(files)[:24]
    meta = build_store(files, dest, force=force or not output, quiet=True)
    click.echo(f"{dest}\t{meta['triples']} triples\t{len(meta['files'])} graphs\t{meta['seconds']} s")


@store.command("info")
@output_options(["table", "json"])
@click.pass_obj
def store_info(obj, lang, fmt):
    """Which store the commands read, its named graphs and their sizes (for an endpoint: its engine too).
    Passwords and tokens in an endpoint's URL are shown as ***."""
    lang, fmt = settings(obj, lang, fmt)
    st = obj.kg.store
    meta = getattr(st, "meta", {}) or {}
    graphs = meta.get("files") or [{"graph": g} for g in st.named_graphs()]
    data = {"backend": st.kind, "location": st.location, "triples": st.triple_count(),
            "graphs": graphs, "built": meta.get("built"), "hash": meta.get("hash")}
    rows = [["backend", st.kind], ["location", st.location]]
    if st.kind == "remote":
        data["dialect"] = st.dialect.name
        data["credentials"] = repr(st.credentials) if st.credentials else None
        rows += [["dialect", f"{st.dialect.name} ({st.dialect.title})"]]
        if st.credentials:
            rows += [["credentials", data["credentials"]]]
        if not graphs:
            rows += [["graph", "(the endpoint's default graph: no gxkg graphs found)"]]
    rows += [["triples", data["triples"]]]
    rows += [["graph", f"{g['graph']} ({g.get('triples', '?')} triples{', ' + g['name'] if g.get('name') else ''})"]
             for g in data["graphs"]]
    emit(fmt, ["key", "value"], rows, data)


@store.command("push")
@click.argument("gsp_url", metavar="GRAPH-STORE-URL")
@click.option("--replace", is_flag=True, help="Replace each of gxkg's graphs there (HTTP PUT) instead of adding to it.")
@click.pass_obj
def store_push(obj, gsp_url, replace):
    """Load ontology/ and graph/ into a SPARQL server, each file into its own named graph (SPARQL 1.1 Graph
    Store HTTP Protocol, ?graph=IRI); other graphs there are left alone. Then run commands with --endpoint:
    they read the union of these graphs only.

    \b
    Oxigraph: http://HOST:7878/store            (then --endpoint http://HOST:7878/query)
    Virtuoso: http://HOST:8890/sparql-graph-crud-auth   (then --endpoint http://HOST:8890/sparql)
    Fuseki:   http://HOST:3030/DATASET/data     (then --endpoint http://HOST:3030/DATASET/sparql)
    Credentials (Basic or Digest, as the server asks; or a bearer token): GXKG_ENDPOINT_USER and
    GXKG_ENDPOINT_PASSWORD, GXKG_ENDPOINT_TOKEN, user:password in the URL, or ~/.netrc. Never printed."""
    from .kg import default_files, graph_iri
    from .store.remote import push

    files = default_files(Path(obj.data) if obj.data else None)
    for name, graph, status in push(gsp_url, files, graph_iri, replace=replace):
        click.echo(f"{name}\t<{graph}>\t{status}")


# ------------------------------------------------------------------------------ server
def serve_options(fn):
    from .settings import GLOBAL, SERVE, options

    return options(tuple(s for s in SERVE if s.name not in GLOBAL))(fn)


@main.command()
@serve_options
@click.pass_obj
def serve(obj, **options):
    """Serve a read-only SPARQL 1.1 endpoint (/sparql), entity pages (/resource/...), /ontology and /explore.

    Each query runs in one of --query-workers processes, stopped at --timeout or --memory. Requests must
    name a loopback Host (or one given with --allow-host) and come from no other web origin (see --cors)."""
    from .settings import from_options
    from .web.serve import serve as run_server
    from .web.settings import Settings

    settings = from_options(Settings, options, data=str(Path(obj.data).resolve()) if obj.data else None,
                            endpoint=obj.endpoint, store_dir=str(Path(obj.store).resolve()) if obj.store else None)
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: binding to {settings.host} exposes the server beyond this machine.", err=True)
        if not settings.allow_hosts:
            click.echo("Note: only loopback Host names are accepted; add --allow-host NAME for the names clients use.", err=True)
    click.echo(f"gxkg serving on http://{settings.host}:{settings.port}/ (SPARQL at /sparql); Ctrl-C stops it.", err=True)
    run_server(settings.host, settings.port, settings, workers=settings.workers)


def run():
    main(prog_name="gxkg")


if __name__ == "__main__":
    run()
