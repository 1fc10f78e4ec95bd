"""`gxkg serve`: the read-only SPARQL endpoint and pages (gxkg.web)."""

from __future__ import annotations

from pathlib import Path

import click

from .base import main


def serve_options(fn):
    from ..settings import GLOBAL, SERVE, options

    return options(tuple(s for s in SERVE if s.name not in GLOBAL))(fn)


@main.command()
@serve_options
@click.pass_obj
def serve(obj, **options):
    """Serve a read-only SPARQL 1.1 endpoint (/sparql), entity pages (/resource/...), /ontology and /explore.

    Each query runs in one of --query-workers processes, stopped at --timeout or --memory. Requests must
    name a loopback Host (or one given with --allow-host) and come from no other web origin (see --cors)."""
    from ..settings import from_options
    from ..web.serve import serve as run_server
    from ..web.settings import Settings

    settings = from_options(Settings, options, data=str(Path(obj.data).resolve()) if obj.data else None,
                            endpoint=obj.endpoint, store_dir=str(Path(obj.store).resolve()) if obj.store else None)
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: binding to {settings.host} exposes the server beyond this machine.", err=True)
        if not settings.allow_hosts:
            click.echo("Note: only loopback Host names are accepted; add --allow-host NAME for the names clients use.", err=True)
    click.echo(f"gxkg serving on http://{settings.host}:{settings.port}/ (SPARQL at /sparql); Ctrl-C stops it.", err=True)
    run_server(settings.host, settings.port, settings, workers=settings.workers)
