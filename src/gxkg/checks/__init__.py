"""Quality checks and derivation rules, one SPARQL file each (the ODK convention): SELECT queries named
*-violation.rq, each row a violation; CONSTRUCT queries named construct-*.rq, each a documented derivation
rule (a gxo:DerivationRule) that `gxkg build` runs over the stated facts into graph/derived.ttl.

A rule file's header names its rule (`# rule: gxo:CityInProvinceRule`), says why it is sound, and gives an
example: the Turtle lines after `# example input:` and `# example output:` (gxr: names may hold '/'), which a
test runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Rule:
    """One derivation rule: its file, the gxo:DerivationRule it names, the CONSTRUCT text and its example."""
    file: str
    rule: str
    text: str
    example_input: str
    example_output: str


def _block(text: str, head: str) -> str:
    """The comment lines right after `# head:` up to the next non-indented comment, without their '#'."""
    m = re.search(rf"^# {head}:\n((?:#   .*\n)+)", text, re.M)
    return "".join(line[4:] + "\n" for line in m.group(1).splitlines()) if m else ""


def rules() -> list[Rule]:
    """Every packaged construct-*.rq rule, by file name."""
    out = []
    for p in sorted(resources.files(__name__).iterdir(), key=lambda p: p.name):
        if p.name.startswith("construct-") and p.name.endswith(".rq"):
            text = p.read_text(encoding="utf-8")
            name = re.search(r"^# rule: gxo:(\w+)$", text, re.M)
            if name is None:
                raise ValueError(f"{p.name}: no '# rule: ' line naming its gxo:DerivationRule")
            out.append(Rule(p.name, name.group(1), text, _block(text, "example input"), _block(text, "example output")))
    return out
