"""Every `$ gxkg ...` example in the README is run, and its output is what the README shows: the examples
cannot drift from the code. A block ending in `...` is checked up to there; `| head -N` keeps N lines;
`(exit code N)` is the exit status; commands run in an empty folder, so examples that write files can.
After a change of output, `python tests/test_readme_examples.py` writes what the commands print into the README
(read the diff before committing it)."""

import re
import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from gxkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SKIP = re.compile(r"\b(render|validate)\b")  # render writes a page and a PNG; validate: tests/test_readme_figures.py


def examples(text: str) -> list[tuple[str, str]]:
    """(command line, shown output) for each `$ gxkg` line in the README's ```text blocks, in order."""
    out = []
    for block in re.findall(r"```text\n(.*?)```", text, re.S):
        parts = re.split(r"^\$ (gxkg[^\n]*)\n", block, flags=re.M)
        out += [(cmd, shown) for cmd, shown in zip(parts[1::2], parts[2::2])]
    return out


EXAMPLES = examples(README)


def run(cmd: str) -> tuple[str, int]:
    """Run one example line as the README writes it (a trailing comment dropped, `| head -N` applied)."""
    cmd = re.sub(r"\s+#.*$", "", cmd)
    head = re.search(r"\|\s*head -(\d+)$", cmd)
    cmd = cmd[:head.start()] if head else cmd
    result = CliRunner().invoke(main, shlex.split(cmd)[1:], catch_exceptions=False)
    notes = re.compile(r"^gxkg: .*\n?", re.M)  # progress lines on stderr (a store being built) are not shown
    output = result.stdout + notes.sub("", result.stderr)
    if head:
        output = "".join(output.splitlines(keepends=True)[:int(head.group(1))])
    return output, result.exit_code


def test_the_readme_has_examples_of_each_way_in():
    used = {shlex.split(c)[1 if not c.startswith("gxkg --") else 3] for c, _ in EXAMPLES}
    assert {"search", "show", "neighbors", "path", "analyze", "export", "stats", "ask", "sparql", "query",
            "validate"} <= used


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """One folder for the examples in order, as a reader typing them would have (the second export finds the first's file)."""
    return tmp_path_factory.mktemp("readme")


@pytest.mark.parametrize("cmd,shown", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_is_what_the_command_prints(cmd, shown, workdir, monkeypatch):
    if SKIP.search(cmd):
        pytest.skip("render is tested in tests/test_render.py, validate's example in tests/test_readme_figures.py")
    monkeypatch.chdir(workdir)
    m = re.search(r"^\(exit code (\d+)\)\n?", shown, re.M)
    if m:
        shown = shown[:m.start()]
    shown = shown.rstrip("\n")
    partial = shown.endswith("...")
    shown = shown.removesuffix("...").rstrip("\n")
    output, code = run(cmd)
    output = output.rstrip("\n")
    if m:
        assert code == int(m.group(1)), output
    else:  # an error shown without its status exits non-zero; anything else exits 0
        assert (code != 0) == shown.startswith("Error:"), output
    if partial:
        assert output.startswith(shown), f"{cmd}\n--- README\n{shown}\n--- prints\n{output}"
    else:
        assert output == shown, f"{cmd}\n--- README\n{shown}\n--- prints\n{output}"


def update(text: str) -> str:
    """The README with each example's shown output replaced by what the command prints now."""
    out, pos = [], 0
    for cmd, shown in examples(text):
        at = text.index(f"$ {cmd}\n", pos) + len(cmd) + 3
        out.append(text[pos:at])
        pos = at + len(shown)
        if SKIP.search(cmd):
            out.append(shown)
            continue
        output, code = run(cmd)
        lines = output.rstrip("\n").split("\n")
        if shown.rstrip("\n").endswith("..."):
            lines = lines[:shown.count("\n") - 1] + ["..."]
        if "(exit code" in shown:
            lines.append(f"(exit code {code})")
        out.append("\n".join(lines) + "\n" + ("\n" if shown.endswith("\n\n") else ""))
    return "".join(out) + text[pos:]


if __name__ == "__main__":
    import os

    os.chdir(__import__("tempfile").mkdtemp())
    (ROOT / "README.md").write_text(update(README), encoding="utf-8")
    sys.exit(0)
