"""Sources, the reviewed files people edit: ingest, review, accept, reject, deprecate, build, validate, sources."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import GxkgError
from .base import data_base, emit, main, output_options, settings


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default=None, help="Report format.")
@click.option("--store", "served", is_flag=True,
              help="Check what the store serves (the built store of the files, --store DIR or --endpoint URL), "
                   "not the files; implied by --store DIR and --endpoint.")
@click.pass_obj
def validate(obj, fmt, served):
    """Check the graph: SHACL shapes, *-violation.rq queries, provenance of every quote and figure."""
    from ..validate import validate as run

    served = served or bool(obj.store or obj.endpoint)
    report, kg = run(base=Path(obj.data) if obj.data else None, store=obj.kg.store if served else None)
    if (fmt or obj.fmt) == "json":
        _echo_report_json(report)
        sys.exit(0 if report.ok else 1)
    c = report.counts
    where = "graphs served by " + ("the endpoint" if obj.endpoint else "the store") if served else "files"
    _echo_counts(c, where)
    for v in report.violations:
        click.echo(f"  [{v.check}] {v.node}: {v.message}")
    _echo_deprecated(report.deprecated)
    _echo_derived(report.notes)
    if not report.ok:
        click.echo(f"{len(report.violations)} violation(s).", err=True)
        sys.exit(1)
    click.echo("0 violations.")


def _echo_report_json(report) -> None:
    """The validation report as JSON: ok, counts, notes, conflicts, violations, deprecated items."""
    from ..output import to_json

    click.echo(to_json({"ok": report.ok, "counts": report.counts, "notes": report.notes, "conflicts": report.conflicts,
                        "violations": [v.__dict__ for v in report.violations], "deprecated": report.deprecated}))


def _echo_counts(c: dict, where: str) -> None:
    """What was validated, and the violations of each kind of check."""
    click.echo(f"Validated {c['triples']} triples in {c['files']} {where}: {c['evidence']} evidence quotes, "
               f"{c['check_queries']} check queries.")
    click.echo(f"  SHACL shapes:      {c['shacl']} violation(s) ({c['shacl_nodes']} nodes: {c['shacl_validated']} "
               f"validated, {c['shacl_cached']} unchanged since the last validate)")
    click.echo(f"  SPARQL checks:     {c['checks']} violation(s)")
    click.echo(f"  Provenance checks: {c['provenance']} violation(s)")


def _echo_derived(notes: list[str]) -> None:
    """The notes on derived figures, under their heading, when there are any."""
    if notes:
        click.echo("Derived figures (stated as the source states them; recomputed for comparison):")
        for n in notes:
            click.echo(f"  {n}")


def _echo_deprecated(deprecated: list[dict]) -> None:
    """The deprecated items, each with its reason, what superseded it and its note."""
    if deprecated:
        click.echo("Deprecated (kept in their sources, out of the graph):")
    for d in deprecated:
        by = f" by {d['superseded_by']}" if d["superseded_by"] else ""
        click.echo(f"  {d['source']} {d['id']} ({d['what']}): {d['reason']}{by}" + (f"; {d['note']}" if d["note"] else ""))


@main.command("build")
@click.option("--check", is_flag=True, help="Only report graph files that differ from a fresh build (exit 1 if any).")
@click.pass_obj
def build_cmd(obj, check):
    """Build graph/*.ttl from the reviewed sources (sources/*.yaml: accepted items only) and the division data.

    Each source becomes its own file and named graph; every entity, edge and figure keeps its sentence."""
    from ..sources.build import build

    base = data_base(obj)
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
    from ..sources.ingest import as_json, ingest as run

    base = data_base(obj)
    path, doc, state = run(base, obj.kg, Path(file), title, date, publisher, url, source_id, force, copy_of, new_source)
    if (fmt or obj.fmt) == "json":
        from ..output import to_json

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
    from ..sources import draft as drafts

    if all_ == bool(items):
        raise click.UsageError("name the items, or give --all (not both)")
    path = drafts.draft_path(data_base(obj), source_id)
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
    from ..sources import draft as drafts

    changed, doc = drafts.deprecate(drafts.draft_path(data_base(obj), source_id), list(items), reason, note, superseded_by)
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
    from ..sources.index import listing

    lang, fmt = settings(obj, lang, fmt)
    rows, data = [], []
    for path, s in listing(data_base(obj)):  # each draft read only when it changed since the last listing
        c = s["counts"]
        data.append({**{k: s[k] for k in ("id", "title", "date", "publisher", "url")}, "file": str(path), **c})
        rows.append([s["id"], s["date"], s["title"] or "", c["accepted"], c["proposed"], c["rejected"], c["deprecated"]])
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
    from ..review.app import serve

    serve(data_base(obj), source_id, port, open_browser, obj.lang)
