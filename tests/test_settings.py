"""Settings declared once (gxkg.settings): `gxkg serve`'s options, the group's --data/--endpoint/--store and
the server's Settings (with the JSON its worker processes receive) are made from the same declarations."""

import json
import re

import click
import pytest

from gxkg.cli import main
from gxkg.settings import GLOBAL, SERVE
from gxkg.web.settings import Settings


def _params(cmd) -> dict:
    return {p.name: p for p in cmd.params}


def test_every_setting_has_an_option_and_a_field_with_one_default():
    """Each declared setting is an option (of `serve`, or of the group for where the graph comes from) and a
    Settings field, and the option's default (scaled: 32 MB is 32,000,000 bytes) is the field's default."""
    serve, group = _params(main.commands["serve"]), _params(main)
    fields = Settings()
    assert len(SERVE) >= 15 and {"timeout", "memory_mb", "query_workers", "max_rows", "workers", "data", "endpoint"} <= {s.name for s in SERVE}
    for s in SERVE:
        cmd = main if s.name in GLOBAL else main.commands["serve"]
        opt = (group if s.name in GLOBAL else serve)[s.name]
        assert s.flag in opt.opts and opt.envvar == s.env and s.help in opt.help, s.name
        default = opt.get_default(click.Context(cmd))  # click's "unset" marker when there is none
        if opt.multiple:
            default = ",".join(default) if isinstance(default, (tuple, list)) else ""
        elif not isinstance(default, (str, int, float)):
            default = None
        scaled = default * s.scale if default is not None and s.kind is not str else default
        assert scaled == getattr(fields, s.name), s.name
    # nothing but the declarations: every option of `serve` is a declared setting
    assert set(serve) - {"help"} == {s.name for s in SERVE} - GLOBAL


def test_the_defaults_are_written_once():
    from gxkg.store.limits import DEFAULT_TIMEOUT

    assert Settings().timeout == DEFAULT_TIMEOUT and Settings().max_result == 32_000_000
    out = main.commands["serve"].get_help(main.make_context("gxkg", ["serve", "--help"], resilient_parsing=True))
    assert "[default: 1024]" in out and "[default: 10000]" in out


def test_the_settings_reach_the_worker_processes_whole():
    s = Settings(timeout=3, max_rows=5, allow_hosts="kg.example.org", max_result=2000, query_workers=0, data="/x")
    back = Settings.from_json(s.to_json())
    assert json.loads(back.to_json()) == json.loads(s.to_json()) and back.hosts()[-1] == "kg.example.org"
    assert set(json.loads(s.to_json())) == {x.name for x in SERVE}


@pytest.mark.parametrize("value", ["abc", "nan", "-1", "inf"])
def test_a_bad_value_in_the_settings_is_one_line(value):
    from gxkg.errors import UsageError

    with pytest.raises(UsageError) as e:
        Settings.from_json(json.dumps({"timeout": value}))
    assert "\n" not in str(e.value) and str(e.value).startswith("--timeout: ")
    with pytest.raises(UsageError, match="unknown setting 'timeuot'"):
        Settings(timeuot=3)


@pytest.mark.parametrize("option, value", [("--timeout", "-1"), ("--memory", "10"), ("--max-rows", "0"),
                                           ("--workers", "2.5"), ("--port", "70000"), ("--max-result", "nan"),
                                           ("--client-timeout", "x")])
def test_a_bad_option_is_one_error_line(runner, option, value):
    r = runner.invoke(main, ["serve", option, value])
    errors = [line for line in r.output.splitlines() if line.startswith("Error")]
    assert r.exit_code == 2 and "Traceback" not in r.output and len(errors) == 1 and option in errors[0], r.output


def test_serve_builds_its_settings_from_the_options(runner, monkeypatch, tmp_path):
    """The options given reach the server's Settings in the field's units; the rest keep their declared defaults."""
    import gxkg.web.serve as web_serve

    seen = {}
    monkeypatch.setattr(web_serve, "serve", lambda host, port, settings, workers=1: seen.update(
        host=host, port=port, workers=workers, settings=settings))
    r = runner.invoke(main, ["--data", str(tmp_path), "serve", "-p", "8123", "--max-result", "5", "--allow-host", "a.example",
                             "--allow-host", "b.example", "--workers", "2"])
    assert r.exit_code == 0, r.output
    s = seen["settings"]
    assert (seen["port"], seen["workers"], s.max_result, s.allow_hosts) == (8123, 2, 5_000_000, "a.example,b.example")
    assert s.data == str(tmp_path.resolve()) and s.timeout == Settings().timeout and s.memory_mb == 1024


def test_the_readme_states_the_declared_defaults():
    """The server section of the README gives each option's default as declared (no second copy to drift)."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The SPARQL endpoint and linked-data pages", 1)[1].split("\n## ", 1)[0]
    stated = dict(re.findall(r"`(--[a-z-]+)`[^`]*?default (\d+(?:\.\d+)?)", section))
    declared = {s.flag: s.default for s in SERVE}
    assert {"--query-workers", "--memory", "--max-result", "--client-timeout", "--max-connections", "--max-body",
            "--ask-workers"} <= set(stated)
    assert {f: float(v) for f, v in stated.items()} == {f: float(declared[f]) for f in stated}


def test_the_query_commands_take_their_limits_from_the_servers_declarations():
    """`gxkg sparql` and `gxkg query` make --timeout and --memory from the declarations `gxkg serve` uses (issue 16,
    item 4): one default each, which the store's limits and the server's Settings read too."""
    from gxkg.settings import MEMORY, QUERY_LIMITS, TIMEOUT
    from gxkg.store.base import Limits
    from gxkg.store.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

    assert {TIMEOUT, MEMORY} <= set(QUERY_LIMITS) and TIMEOUT in SERVE and MEMORY in SERVE
    for name in ("sparql", "query"):
        cmd = main.commands[name]
        params = _params(cmd)
        for s in QUERY_LIMITS:
            opt = params[s.name]
            assert s.flag in opt.opts and s.help in opt.help, (name, s.name)
            assert opt.get_default(click.Context(cmd)) == s.default == getattr(Settings(), s.name), (name, s.name)
    assert (DEFAULT_TIMEOUT, DEFAULT_MEMORY_MB) == (TIMEOUT.default, MEMORY.default)
    assert (Limits().timeout, Limits().memory_mb) == (TIMEOUT.default, MEMORY.default)


def test_the_query_commands_refuse_a_limit_out_of_the_declared_bounds(runner):
    for args in (["sparql", "ASK {}", "--timeout", "0"], ["query", "products-from-place", "--memory", "10"]):
        r = runner.invoke(main, args)
        assert r.exit_code == 2 and "Traceback" not in r.output and "is not" in r.output, r.output
