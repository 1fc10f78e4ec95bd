"""The command group, its global options and what every command shares: the context (the graph, opened
when first needed), number options, one-line errors, and the table/JSON/CSV output."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import __version__
from ..errors import GxkgError


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
            from ..kg import KnowledgeGraph

            self._kg = KnowledgeGraph.open(data=Path(self.data) if self.data else None, endpoint=self.endpoint,
                                           store_dir=Path(self.store) if self.store else None, remote=self.remote)
        return self._kg


    def close(self):
        if self._kg is not None:
            self._kg.close()
            self._kg = None


def where_options(*names):
    """The group's options for where the graph comes from, as gxkg.settings declares them."""
    from ..settings import SERVE, options

    return options(tuple(s for s in SERVE if s.name in names))


class GxkgGroup(click.Group):
    """Turns every domain error into a one-line message and its exit code; never a traceback."""

    def invoke(self, ctx):
        from ..output import terminal_guard

        with terminal_guard():  # text from the graph or an article cannot drive the terminal
            return self._invoke(ctx)

    def _invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GxkgError as e:
            click.echo(f"Error: {e}", err=True)
            ctx.exit(e.exit_code)
        except BrokenPipeError:
            from ..output import stdout_gone

            stdout_gone()
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
    from ..output import data_format

    lang = lang or obj.lang
    obj.lang = lang
    data_format(fmt or obj.fmt)
    return lang, fmt or obj.fmt


def table(headers, rows, max_col=60):
    from ..output import table as t

    return t(headers, rows, max_col=max_col)


def emit(fmt, headers, rows, data):
    from ..output import table, to_csv, to_json

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
    data, endpoint, store_dir = _one_source(ctx, data, endpoint, store_dir)
    if (dialect or graphs) and not endpoint:
        raise click.UsageError("--dialect and --graph apply to --endpoint only")
    if wide:
        from .. import output

        output.WIDE = True
    ctx.obj = Ctx(lang, fmt, data, endpoint, store_dir, {"dialect": dialect, "graphs": list(graphs) or None})
    ctx.call_on_close(ctx.obj.close)


def _one_source(ctx, data, endpoint, store_dir) -> tuple:
    """(data, endpoint, store_dir) with at most one of them set: one given on the command line outranks the
    others' environment variables; two given are refused."""
    chosen = {n for n, v in (("data", data), ("endpoint", endpoint), ("store_dir", store_dir)) if v}
    typed = {n for n in chosen if ctx.get_parameter_source(n) != click.core.ParameterSource.ENVIRONMENT}
    if len(chosen) > 1 and len(typed) == 1:  # one given on the command line outranks the others' variables
        data, endpoint, store_dir = (v if n in typed else None for n, v in (("data", data), ("endpoint", endpoint),
                                                                            ("store_dir", store_dir)))
    elif len(chosen) > 1:
        raise click.UsageError("give at most one of --data, --endpoint and --store")
    return data, endpoint, store_dir


def data_base(obj) -> Path:
    """The data directory that ingest, review and build write to (never an endpoint or a store)."""
    from ..kg import data_dir

    if obj.endpoint or obj.store:
        raise GxkgError("ingest, review and build work on a data directory (--data DIR), not on --endpoint or --store")
    return Path(obj.data) if obj.data else data_dir()
