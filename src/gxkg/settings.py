"""Every setting of `gxkg serve` declared once: its name, type, default, bounds, help and (where it has one)
environment variable. The CLI's options and the server's Settings (with the JSON it hands its worker
processes) are both made from these declarations, so a default is written in one place (datasette's SETTINGS).

The query limits (QUERY_LIMITS) are declared here too and shared: `gxkg sparql` and `gxkg query` make their
--timeout and --memory options from the same declarations as `gxkg serve`, and gxkg.store.limits reads its
defaults from them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import click

from .errors import UsageError


@dataclass(frozen=True)
class Setting:
    """One setting: `name` is the Settings field and the CLI's parameter; `option` its flag ('--memory');
    `kind` float, int or str; `lo`/`hi` bounds as the user writes them; `scale` turns the option's value into
    the field's (32 MB -> 32,000,000 bytes); `many` is a repeatable option joined with commas."""
    name: str
    default: object
    help: str
    kind: type = float
    lo: float | None = None
    hi: float | None = None
    option: str | None = None
    env: str | None = None
    scale: int = 1
    many: bool = False
    metavar: str | None = None
    short: str | None = None
    directory: bool | None = None  # a directory path: True if it must exist

    @property
    def flag(self) -> str:
        return self.option or "--" + self.name.replace("_", "-")

    @property
    def field_default(self):
        return self.default * self.scale if self.default is not None and self.kind is not str else self.default

    def check(self, value):
        """A field's value (from code or the JSON a worker receives) as its type: a finite number not below 0
        (a whole one for int), or text; else a one-line UsageError. The CLI's options also hold the bounds."""
        if value is None or self.kind is str:
            return value if value is None else str(value)
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise UsageError(f"{self.flag}: {value!r} is not a number") from None
        if not math.isfinite(v) or v < 0 or (self.kind is int and v != int(v)):
            kind = "a whole number" if self.kind is int else "a number"
            raise UsageError(f"{self.flag}: {value!r} is not {kind} of 0 or more")
        return int(v) if self.kind is int else v


TIMEOUT = Setting("timeout", 10.0, "Time limit of each query in seconds.", float, 0.1, 3600)
MEMORY = Setting("memory_mb", 1024, "Memory limit of each query in MB.", int, 160, 65536, option="--memory")
MAX_ROWS = Setting("max_rows", 10000, "Cap on SELECT result rows.", int, 1, 10_000_000)
MAX_RESULT = Setting("max_result", 32, "Cap on a query's answer in MB (SELECT rows past it are dropped and flagged; a "
                                       "larger graph is refused).", int, 1, 4096, scale=1_000_000)
NODE_LIMIT = Setting("node_limit", 300, "Most nodes a neighbourhood view (render --around, /explore?around=) draws; "
                                         "the rest are counted as 'N more', with a way to draw more.", int, 10, 100_000)
QUERY_LIMITS: tuple[Setting, ...] = (TIMEOUT, MEMORY)  # the one-shot commands' options (`gxkg sparql`, `gxkg query`)

SERVE: tuple[Setting, ...] = (
    Setting("host", "127.0.0.1", "Address to bind; the default serves this machine only.", str),
    Setting("port", 8000, "Port to listen on.", int, 0, 65535, short="-p"),
    TIMEOUT,
    MEMORY,
    Setting("query_workers", 4, "Processes that run anyone's SPARQL (started when needed, stopped when idle); a "
                                "query beyond them waits in the queue.", int, 1, 64),
    Setting("lookup_workers", 2, "Processes that run the saved queries (/queries/NAME), apart from anyone's SPARQL.",
            int, 1, 64),
    Setting("queue", 64, "Requests of each kind (SPARQL, saved queries, /ask, /explore) that may wait for a busy "
                         "worker; past it a request is answered 503 with Retry-After.", int, 0, 100_000),
    Setting("queue_wait", 10.0, "Seconds a request waits in the queue for a worker before it is answered 503.",
            float, 0, 600),
    Setting("idle_exit", 60.0, "Seconds an unused query worker process lives before it stops.", float, 0.5, 86400),
    Setting("cache_bytes", 64, "Memory for the server's caches (answers, pages, labels and types) in MB.", int, 1, 65536,
            option="--cache-mb",
            scale=1 << 20),
    NODE_LIMIT,
    Setting("allow_hosts", "", "Accept requests for this Host name too (default: loopback names only); repeatable.",
            str, option="--allow-host", many=True, metavar="HOST"),
    MAX_ROWS,
    Setting("workers", 1, "Worker processes.", int, 1, 64),
    Setting("cors", None, "Allow cross-origin requests from this origin, several comma-separated, or '*' for any "
                          "(default: none).", str, metavar="ORIGIN"),
    MAX_RESULT,
    Setting("max_connections", 500, "Open connections per worker; past it, the oldest connection that has sent no "
                                    "request is closed.", int, 10, 100_000),
    Setting("client_timeout", 10.0, "Seconds a client has to send a request's head (and a POST body) before it is "
                                    "dropped.", float, 0.5, 600),
    Setting("max_body", 1, "Cap on a request's body or query string in MB (a query sent to /sparql).", int, 1, 64, scale=1_000_000),
    Setting("ask_workers", 2, "Questions /ask answers at once; a question beyond them waits in the queue.",
            int, 1, 64),
    # where the graph comes from: options of the `gxkg` group that every command reads, the server included
    Setting("data", None, "Directory holding ontology/ and graph/ (default: the shipped graph).", str,
            env="GXKG_DATA", directory=True),
    Setting("endpoint", None, "Read everything from this SPARQL 1.1 endpoint instead of the embedded store.", str,
            env="GXKG_ENDPOINT", metavar="URL"),
    Setting("store_dir", None, "Open this built store directory (from `gxkg store build`) without checking files.",
            str, option="--store", env="GXKG_STORE", directory=False),
)
GLOBAL = {"data", "endpoint", "store_dir"}  # options of the `gxkg` group, not of `serve`


class Values:
    """Checked values of declared settings: one attribute per declaration, its default from there; the
    whole set travels as JSON (to uvicorn's worker processes) and back unchanged."""

    SPECS: tuple[Setting, ...] = ()

    def __init__(self, **values):
        known = {s.name for s in self.SPECS}
        unknown = sorted(set(values) - known)
        if unknown:
            raise UsageError(f"unknown setting {unknown[0]!r}; settings: {', '.join(sorted(known))}")
        for s in self.SPECS:
            setattr(self, s.name, s.check(values.get(s.name, s.field_default)))

    def to_json(self) -> str:
        return json.dumps({s.name: getattr(self, s.name) for s in self.SPECS})

    @classmethod
    def from_json(cls, text: str):
        return cls(**json.loads(text))


class Number(click.ParamType):
    """A finite number within bounds: nan, infinities, negatives and absurd values are refused."""

    name = "number"

    def __init__(self, lo: float, hi: float, integer: bool = False):
        self.lo, self.hi, self.integer = lo, hi, integer

    def convert(self, value, param, ctx):
        try:
            v = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(v) or not (self.lo <= v <= self.hi) or (self.integer and v != int(v)):
            kind = "a whole number" if self.integer else "a number"
            self.fail(f"{value!r} is not {kind} from {self.lo:g} to {self.hi:g}", param, ctx)
        return int(v) if self.integer else v


def options(specs: tuple[Setting, ...]):
    """A decorator adding one click option per setting (defaults, bounds and help from the declaration)."""
    def decorate(fn):
        for s in reversed(specs):
            kw = {"help": s.help + (f" Env: {s.env}." if s.env else ""), "metavar": s.metavar}
            if s.many:
                kw["multiple"] = True
            elif s.default is not None:
                kw.update(default=s.default, show_default=True)
            if s.kind is not str:
                kw["type"] = Number(s.lo, s.hi, integer=s.kind is int)
            elif s.directory is not None:
                kw["type"] = click.Path(file_okay=False, exists=s.directory)
            fn = click.option(*filter(None, (s.flag, s.short)), s.name, envvar=s.env, **kw)(fn)
        return fn
    return decorate


def from_options(cls, values: dict, **given):
    """Settings of class `cls` from parsed option values (the option's units; repeated values joined with
    commas) and further field values (`given`), each checked."""
    by = {s.name: s for s in cls.SPECS}
    out = {}
    for k, v in values.items():
        s = by[k]
        if s.many:
            v = ",".join(v)
        elif v is not None and s.kind is not str:
            v = v * s.scale
        out[k] = v
    return cls(**out, **given)
