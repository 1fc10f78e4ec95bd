"""Share of questions `gxkg ask` answers right, on a question file written by other people.

    .venv/bin/python benchmarks/measure_ask.py QUESTIONS.json [--show-wrong]

Each question has `lang`, `question`, `kind`, `answerable` and `expected` (see benchmarks/heldout/README.md).
A refusal (exit 2) is right for an unanswerable question and wrong otherwise; an answer is right when the
parts the expected answer names appear in it (labels in either language, stated figures or values,
yes/no, ratios within 1%). Parts the expected answer marks as derived are not required. Prints the
share right by kind and language, and the confident wrong answers (unanswerable questions answered).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict

from click.testing import CliRunner

from gxkg.cli import main


def alternatives(label) -> list[str]:
    """'柳州市 Liuzhou' -> ['柳州市', 'Liuzhou']; a label in one language is its own alternative."""
    text = str(label)
    text = re.sub(r"\(.*?\)|（.*?）", "", text).strip()
    parts = [p for p in re.split(r"\s+(?=[A-Za-z])|(?<=[\u3400-\u9fff])\s+", text) if p]
    return parts or [text]


def present(label, text: str) -> bool:
    return any(a.lower() in text.lower() for a in alternatives(label) if a)


def numbers(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


# keys that explain an expected answer and are no gold values (the sets' READMEs say so)
DESCRIPTIVE = ("note", "detail", "formula", "approx", "why")


def right(q: dict, res: dict, text: str) -> bool:
    exp, kind = q["expected"], q["kind"]
    if not q["answerable"]:
        return res.get("refused", False)
    if res.get("refused"):
        return False
    if isinstance(exp, list):  # a list of labels, in any kind: each must be named
        return all(present(i, text) for i in exp)
    if isinstance(exp, str):
        return present(exp, text)
    if kind in ("figure", "count"):
        stated, value = exp.get("stated"), exp.get("value")
        return bool((stated and re.sub(r"\D+$", "", stated) in text) or (value is not None and str(value) in text))
    if kind in ("where", "which_prefecture", "chain", "superlative", "comparison"):
        want = exp.get("answer")
        if isinstance(want, list):
            return all(present(i, text) for i in want)
        return present(want, json.dumps(res.get("answers", [])[:1], ensure_ascii=False)) or \
            kind == "chain" and _in_steps(res.get("answers", []), want, exp.get("via") or [])
    if kind == "yes_no":
        want_yes = str(exp["answer"]).lower().startswith(("是", "yes"))
        first = (res.get("answers") or [{}])[0].get("label", "").lower()  # the label, not its IRI ("noodles")
        said_no = first.startswith(("否", "不是", "no")) or re.search(r"\b(no|false)\b", first) is not None
        said_yes = first.startswith(("是", "yes", "true")) and not said_no
        return want_yes == said_yes
    if kind == "list":
        items = exp if isinstance(exp, list) else exp.get("answer", [])
        return all(present(i, text) for i in items)
    if kind == "related":
        if isinstance(exp, list):
            return all(present(i, text) for i in exp)
        need = [i for k, v in exp.items() if "derived" not in k and k not in DESCRIPTIVE for i in (v if isinstance(v, list) else [v])]
        return all(present(i, text) for i in need)
    if kind == "source":
        if not isinstance(exp, dict) or "title" not in exp:
            return present(exp if isinstance(exp, str) else json.dumps(exp, ensure_ascii=False)[:20], text)
        return present(exp["title"], text) and (exp.get("publisher", "").split(" ")[0] in text)
    if kind == "computed":
        targets = [exp[k] for k in ("ratio", "increase_pct", "rate_pct", "value", "answer") if isinstance(exp.get(k), (int, float))]
        return any(abs(n - t) <= abs(t) * 0.01 for n in numbers(text) for t in targets)
    if kind == "what_is_known":
        keys = [v for k, v in exp.items() if k in ("designation", "located")]
        return all(present(str(k).split(" -> ")[0], text) for k in keys) if keys else bool(res.get("answers"))
    return False


def _in_steps(answers: list, want, via: list) -> bool:
    """A chain asked in two parts (which county, and which prefecture is it in) answered step by step: every
    answer is a step of the chain and the last is its end."""
    labels = [json.dumps(a, ensure_ascii=False) for a in answers]
    return bool(labels) and present(want, labels[-1]) and all(any(present(v, x) for v in [*via, want]) for x in labels)


def main_() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("questions")
    ap.add_argument("--show-wrong", action="store_true")
    a = ap.parse_args()
    qs = json.load(open(a.questions, encoding="utf-8"))
    runner = CliRunner()
    tally: dict = defaultdict(Counter)
    confident_wrong = []
    for q in qs:
        r = runner.invoke(main, ["ask", q["question"], "-f", "json"])
        try:
            res = json.loads(r.stdout)
        except ValueError:
            res = {"refused": r.exit_code == 2, "answers": []}
        res["refused"] = res.get("refused", False) or r.exit_code == 2
        text = json.dumps({k: res.get(k) for k in ("answers", "notes", "sources", "understood")}, ensure_ascii=False)
        ok = right(q, res, text)
        for key in (("all",), ("lang", q["lang"]), ("kind", q["kind"])):
            tally[key]["right" if ok else "wrong"] += 1
        if not q["answerable"] and not res["refused"]:
            confident_wrong.append(q["id"])
        if not ok and a.show_wrong:
            print(f"WRONG {q['id']} [{q['kind']}/{q['lang']}] {q['question']}\n  expected: {json.dumps(q['expected'], ensure_ascii=False)[:200]}\n"
                  f"  got: {'REFUSED ' if res['refused'] else ''}{json.dumps(res.get('answers', [])[:3], ensure_ascii=False)[:300]} {res.get('suggestion', '')[:80]}", file=sys.stderr)
    for key in sorted(tally):
        c = tally[key]
        n = c["right"] + c["wrong"]
        print(f"{' '.join(key):<28} {c['right']:>4}/{n:<4} {100 * c['right'] / n:5.1f}%")
    print(f"unanswerable questions answered: {len(confident_wrong)} {confident_wrong}")


if __name__ == "__main__":
    main_()
