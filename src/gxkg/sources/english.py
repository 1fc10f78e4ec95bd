"""English labels for new names (ingest proposes them, the review page suggests them): a known translation,
a standard place-name form (Xx County, Gongcheng Yao Autonomous County), else the glossary's words and known
names in order with pinyin for the rest. A suggestion is marked for a reviewer's look where it is made."""

from __future__ import annotations

from functools import lru_cache

ETHNIC = {"壮族": "Zhuang", "瑶族": "Yao", "苗族": "Miao", "侗族": "Dong", "仫佬族": "Mulao", "毛南族": "Maonan",
          "各族": "Multi-ethnic"}
PLACE_CLASSES = ("County", "Township", "Village", "Prefecture", "Place")  # whose names end in a place form (县, 镇 ...)
PLACE_FORMS = [("自治县", "Autonomous County"), ("街道", "Subdistrict"), ("县", "County"), ("区", "District"),
               ("市", "City"), ("镇", "Town"), ("乡", "Township"), ("村", "Village")]
# common words of organisation, event and facility names, longest first when matched
GLOSSARY = {
    "电子商务": "E-commerce", "电商": "E-commerce", "农村": "Rural", "直播": "Livestream", "大赛": "Contest",
    "协会": "Association", "商会": "Chamber of Commerce", "商务厅": "Department of Commerce", "商务局": "Commerce Bureau",
    "人民政府": "People's Government", "农业农村厅": "Department of Agriculture and Rural Affairs", "产业园": "Industrial Park",
    "合作社": "Cooperative", "有限公司": "Co., Ltd.", "股份": "", "公司": "Company", "集团": "Group", "博览会": "Expo",
    "交易会": "Trade Fair", "示范区": "Demonstration Zone", "示范县": "Demonstration County", "示范": "Demonstration",
    "基地": "Base", "中心": "Center", "服务站": "Service Station", "服务": "Service", "论坛": "Forum", "峰会": "Summit",
    "文化节": "Cultural Festival", "购物节": "Shopping Festival", "节": "Festival", "产业": "Industry", "工程": "Project",
    "平台": "Platform", "进": "into", "综合": "Comprehensive", "螺蛳粉": "Luosifen", "芒果": "Mango", "米粉": "Rice Noodles",
    "物流": "Logistics", "快递": "Express Delivery", "农产品": "Agricultural Products", "特色": "Specialty",
    "对接会": "Matchmaking Meeting", "推介会": "Promotion Conference", "发布会": "Press Conference", "大会": "Conference",
    "活动": "Campaign", "决赛": "Final", "研究院": "Research Institute", "委员会": "Committee", "办公室": "Office",
    "银行": "Bank", "厅": "Department", "局": "Bureau", "厂": "Factory", "扶贫": "Poverty Alleviation", "跨境": "Cross-border",
}



SUGGESTED = "English label is a suggestion"  # in an item's note: the review page asks for a look


class English:
    """Suggests English labels from `known` (a Chinese name -> its English, from the data) and the glossary."""

    def __init__(self, known: dict[str, str]):
        self.known = known
        self.by_first = _by_first(tuple(sorted({*known, *GLOSSARY}, key=len, reverse=True)))

    def suggest(self, text: str, cls: str | None = None) -> str:
        if text in self.known:
            return self.known[text]
        local = (cls or "").rsplit("#", 1)[-1]
        if local in PLACE_CLASSES or not cls:
            form = self._place_form(text, local)
            if form:
                return form
        return self.words(text)

    def _place_form(self, text: str, local: str) -> str | None:
        """恭城瑶族自治县 -> Gongcheng Yao Autonomous County, 莲花镇 -> Lianhua Town."""
        for suffix, form in PLACE_FORMS:
            if text.endswith(suffix) and len(text) > len(suffix):
                stem = text[:-len(suffix)]
                eth = next((k for k in ETHNIC if stem.endswith(k)), None) if suffix == "自治县" else None
                if eth:
                    return f"{self.words(stem[:-len(eth)])} {ETHNIC[eth]} Autonomous County"
                if local in PLACE_CLASSES or suffix in "县镇乡村":
                    return f"{self.words(stem)} {form}"
        return None

    def words(self, text: str) -> str:
        """Known names and glossary words of text in English, in order; pinyin (one word) for the rest."""
        out, i, rest = [], 0, ""
        while i < len(text):
            hit = next((k for k in self.by_first.get(text[i], []) if len(k) >= 2 and text.startswith(k, i)
                        or k in GLOSSARY and text.startswith(k, i)), None)
            if hit is None:
                rest, i = rest + text[i], i + 1
                continue
            out += [_pinyin(rest), GLOSSARY.get(hit) if hit in GLOSSARY else self.known.get(hit)]
            rest, i = "", i + len(hit)
        out.append(_pinyin(rest))
        return " ".join(w for w in out if w)


@lru_cache(maxsize=8)
def _by_first(keys: tuple) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k in keys:
        if k:
            out.setdefault(k[0], []).append(k)
    return out


def _pinyin(s: str) -> str:
    """One capitalised pinyin word for Chinese text; digits kept, punctuation dropped."""
    from .ingest import slug

    s = "".join(ch for ch in s if ch.isalnum())
    return slug(s).replace("-", "").capitalize() if s else ""


@lru_cache(maxsize=4)
def known_english(base: str) -> dict[str, str]:
    """A Chinese name -> its English, from the division data (short names too) and the reference lists."""
    from pathlib import Path

    from . import build, reference

    known: dict[str, str] = {}
    for r in build.divisions(Path(base)):
        en = r["name_en_or_pinyin"] or r["name_zh"]
        known.setdefault(r["name_zh"], en)
        for short in build.short_names(r["name_zh"]) - {r["name_zh"]}:
            known.setdefault(short, en.split()[0])
    for e in reference.entries():
        for n in e.names:
            known.setdefault(n, e.name_en)
    return known
