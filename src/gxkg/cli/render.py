"""Outputs: `gxkg analyze` (network measures), `gxkg export` (RDF, GraphML, GEXF), `gxkg render` (the page, pictures)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .base import emit, LANGS, main, output_options, settings


def _analyze_help() -> str:
    from ..analysis_help import MEASURES

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
    from .. import analysis

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
    from ..export import export as do_export

    lang = lang or obj.lang
    _check_export_options(fmt, what, service)
    if output:
        from ..files import check_output

        check_output(Path(output), force)  # refuse before the work, not after
    data = _description(obj.kg, fmt, what, service) if what else do_export(obj.kg, fmt, lang)
    if output:
        from ..export import write_new

        write_new(Path(output), data, force)
        click.echo(f"wrote {output} ({fmt}, {len(data)} bytes)", err=True)
    else:
        sys.stdout.buffer.write(data)


def _check_export_options(fmt: str, what: str | None, service: str | None) -> None:
    """Refuse options that do not go together: --void and --cube are RDF; --service is an http(s) URL, with --void."""
    if what and fmt in ("graphml", "gexf"):
        raise click.UsageError(f"--{what} is RDF: choose -f turtle, nt, jsonld, xml, trig or nquads")
    if service and what != "void":
        raise click.UsageError("--service goes with --void")
    if service and not service.startswith(("http://", "https://")):
        raise click.UsageError(f"--service is an http(s) URL, not {service!r}")


def _description(kg, fmt: str, what: str, service: str | None) -> bytes:
    """The dataset's VoID description (`what` "void") or its figures as a Data Cube, serialised (notes on stderr)."""
    from .. import dataset

    if what == "void":
        triples = dataset.void_description(kg, service)
    else:
        triples, notes = dataset.cube(kg)
        for n in notes:
            click.echo(f"Note: {n}", err=True)
    return dataset.serialize(triples, fmt)


def node_limit_option(fn):
    from ..settings import NODE_LIMIT, options

    return options((NODE_LIMIT,))(fn)


@main.command()
@click.option("--around", metavar="NAME", help="Draw this entity's neighbourhood (at most --node-limit nodes).")
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
@node_limit_option
@click.pass_obj
def render(obj, around, depth, types, lang, output, title, force, open_browser, year, as_of, png, svg, view,
           colour_by, chart, node_limit):
    """Write the interactive network view: one self-contained HTML file that works offline; or, with --png or
    --svg, a picture of its network view, its map or one chart, captioned with title, time cut and sources."""
    from ..files import check_output
    from ..render import render_html, write_page

    lang = lang or obj.lang
    _check_picture_options(png, svg, chart, around)
    out = Path(png or svg or output)
    check_output(out, force)  # refuse before the work, not after
    kg = obj.kg
    classes = [kg.resolve_class(t) for t in types]
    focus = kg.resolve(around, lang=lang) if around else None
    time = time_cut(year, as_of)
    page = dict(lang=lang, types=classes or None, around=focus, depth=depth, title=title, time=time, limit=node_limit)
    if png or svg:
        _write_picture(kg, out, "png" if png else "svg", page, view, colour_by, chart, force)
        return
    write_page(render_html(kg, **page), out, force=force)
    click.echo(str(out.resolve()))
    if open_browser:
        import webbrowser

        webbrowser.open(out.resolve().as_uri())


def _check_picture_options(png, svg, chart, around) -> None:
    """Refuse options that do not go together: one picture at a time; a chart is of an entity's figures."""
    if png and svg:
        raise click.UsageError("give --png or --svg, not both")
    if chart and not around:
        raise click.UsageError("--chart needs --around ENTITY (whose figures the chart shows)")


def time_cut(year: str | None, as_of: str | None) -> dict | None:
    """The page's time cut from --year YYYY[-YYYY] ({"from", "to"}) or --as-of YYYY[-MM[-DD]] ({"as_of"})."""
    if year and as_of:
        raise click.UsageError("give --year or --as-of, not both")
    if year:
        return _year_range(year)
    if as_of:
        return _as_of_date(as_of)
    return None


def _year_range(year: str) -> dict:
    """--year YYYY or YYYY-YYYY (in order) as {"from", "to"}."""
    import re

    m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", year)
    if not m or (m.group(2) and m.group(2) < m.group(1)):
        raise click.BadParameter(f"{year!r} is not YYYY or YYYY-YYYY", param_hint="--year")
    return {"from": int(m.group(1)), "to": int(m.group(2) or m.group(1))}


def _as_of_date(as_of: str) -> dict:
    """--as-of YYYY[-MM[-DD]] as {"as_of"}."""
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", as_of):
        raise click.BadParameter(f"{as_of!r} is not YYYY-MM-DD", param_hint="--as-of")
    return {"as_of": as_of}


def _write_picture(kg, out: Path, kind: str, page: dict, view: str, colour_by: str | None, chart: str | None,
                   force: bool) -> None:
    """A PNG or SVG of the page's network, map or a chart; an SVG of the map is the project's own when no
    browser is at hand."""
    from ..export import write_new
    from ..render import chromium, map_picture, picture, render_html, resolve_layer

    lang = page["lang"]
    layer = resolve_layer(kg, lang, colour_by) if colour_by else None
    if kind == "svg" and view == "map" and not chart and chromium() is None:
        data = map_picture(kg, lang, layer, page["time"], page["title"])  # the project's own SVG: no browser needed
    else:
        data = picture(render_html(kg, **page), kind, view=view, layer=layer, chart=chart)
    write_new(out, data, force)
    click.echo(str(out.resolve()))
