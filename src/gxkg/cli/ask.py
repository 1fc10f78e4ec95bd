"""`gxkg ask`: a question in Chinese or English, answered with its evidence, or refused in one line."""

from __future__ import annotations

import click

from ..errors import GxkgError
from .base import main


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
    from ..ask import ask as run
    from ..errors import UsageError
    from ..store.limits import MAX_QUESTION_CHARS

    text = " ".join(question)
    if len(text) > MAX_QUESTION_CHARS:
        raise UsageError(f"question over {MAX_QUESTION_CHARS} characters ({len(text)}): ask a shorter one")
    a = run(obj.kg, text)
    if (fmt or obj.fmt) == "json":
        from ..output import to_json

        click.echo(to_json(a.as_json()))
        raise SystemExit(a.exit_code)
    if show_query and a.sparql:
        click.echo(a.sparql.rstrip())
        click.echo()
    if a.refused:
        raise AskRefused(_refusal(a))
    _echo_answer(a)


def _refusal(a) -> str:
    """The one line a refused question gets: what was understood, what not, and a question to try."""
    from ..ask.messages import msg

    zh = a.language == "zh"
    known = msg("sep", a.language).join(e["label"] for e in a.entities)
    parts = [msg("understood", a.language, names=known) if known else msg("no_entity", a.language)] + a.unrecognised + a.notes
    parts = list(dict.fromkeys(parts))  # "no name recognised" is said once
    text = ("；" if zh else "; ").join(parts)
    from ..output import plain

    line = f"{msg('refused', a.language)}（{text}）。{a.suggestion}" if zh else f"{msg('refused', a.language)} ({text}). {a.suggestion}"
    return plain(line)


def _echo_answer(a) -> None:
    """The answers (with their period when the label lacks it), the notes, then the evidence and its sources."""
    from ..ask.messages import msg, source_line
    from ..output import plain

    zh = a.language == "zh"
    for x in a.answers:
        click.echo(plain(x["label"] + (f"  [{x['period']}]" if x.get("period") and x["period"] not in x["label"] else "")))
    for n in a.notes:
        click.echo(plain(("  （" + n + "）") if zh else f"  ({n})"))
    if a.evidence:
        click.echo()
        click.echo(msg("evidence", a.language) + ("：" if zh else ":"))
        for q in a.evidence:  # a quote that is itself a quotation keeps its own marks, never two pairs
            click.echo(plain(f"  {q}" if q.startswith(("“", '"')) and q.endswith(("”", '"')) else f"  “{q}”"))
        for line in dict.fromkeys(source_line(s, a.language) for s in a.sources):  # two quotes of one article: it once
            click.echo(plain("  — " + line))


class AskRefused(GxkgError):
    """A question ask cannot answer: exit 2, as with -f json."""

    exit_code = 2
