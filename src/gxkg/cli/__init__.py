"""The `gxkg` command line: parses arguments, calls the library, formats output.

The group and what commands share are in base.py; the commands, by topic, in lookups, ask, query, render,
sources, store and server. Heavy modules (rdflib, networkx, pyvis, pyshacl) are imported inside the commands
that need them.
"""

from __future__ import annotations

from . import ask, lookups, query, render, server, sources, store  # noqa: F401  (each registers its commands)
from .base import main


def run():
    main(prog_name="gxkg")
