"""What the review page shows: the article cut into highlighted pieces, the queue (what most needs a person
first), names and parent places of IRIs, English label suggestions, new items made from a selection, and the
preview of what a source adds to the graph (built in memory by the sources build code, never written)."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from pathlib import Path

from ..errors import GxkgError, UsageError
from ..sources import draft as drafts

GXO = "https://w3id.org/gxkg/ontology#"
GXR = "https://w3id.org/gxkg/resource/"

# ------------------------------------------------------------------------------------------ interface words
T = {
    "zh": {"title": "审阅", "queue": "待审队列", "article": "原文", "accept": "接受", "reject": "拒绝", "edit": "编辑",
           "preview": "预览", "build": "构建图谱", "help": "快捷键", "sources": "来源", "choose": "选择地点",
           "everywhere": "应用到所有来源中的同名", "reason": "拒绝理由", "save": "保存", "cancel": "取消",
           "add_mention": "添加提及 (m)", "add_figure": "添加数字 (f)", "add_relation": "添加关系 (l)",
           "ambiguous": "有歧义：请选择地点", "refused": "无法构建", "shape": "违反约束", "look": "英文名需要检查",
           "inferred": "推断所得，请核对", "proposed": "待审", "accepted": "已接受", "rejected": "已拒绝",
           "suggest": "建议英文名（需检查）", "use": "采用", "facts": "将加入图谱的事实", "violations": "问题",
           "none": "无", "about": "对象", "indicator": "指标", "subject": "主语", "predicate": "关系", "object": "宾语",
           "class": "类别", "selected": "所选文字", "counts": "接受 {accepted}，待审 {proposed}，拒绝 {rejected}",
           "reasons": ["不是实体/事实", "识别错误", "重复", "原文未说明"], "lang_other": "English",
           "keys": [("j / k", "下一项 / 上一项"), ("a", "接受"), ("r", "拒绝（再按 1-4 选理由，回车不写理由）"),
                    ("e", "编辑"), ("d", "弃用已接受的事实（再按 1 已被取代，2 原文有误）"), ("1-9", "为有歧义的名称选择地点"), ("u", "采用建议的英文名"),
                    ("选中文字后 m / f / l", "添加提及 / 数字 / 关系"), ("p", "预览"), ("?", "帮助")],
           "build_done": "已构建", "no_token": "需要会话令牌", "back": "返回审阅", "text": "文字", "status": "状态",
           "note": "备注", "what_adds": "此来源加入图谱的内容", "build_hint": "构建会写入 graph/ 下的文件。",
           "fields": "字段", "deprecated": "已弃用", "deprecate": "弃用",
           "dep_reasons": {"superseded": "已被取代", "wrong-in-source": "原文有误"}, "needs_it": "已接受，但依赖于被拒绝的", "label_en": "英文名", "label_zh": "中文名", "value": "数值", "iri": "IRI"},
    "en": {"title": "Review", "queue": "Queue", "article": "Article", "accept": "Accept", "reject": "Reject",
           "edit": "Edit", "preview": "Preview", "build": "Build the graph", "help": "Keys", "sources": "Sources",
           "choose": "Choose the place", "everywhere": "apply to the same name in every source", "reason": "Reason",
           "save": "Save", "cancel": "Cancel", "add_mention": "Add mention (m)", "add_figure": "Add figure (f)",
           "add_relation": "Add relation (l)", "ambiguous": "ambiguous: choose the place", "refused": "cannot be built",
           "shape": "violates a shape", "look": "English label needs a look", "inferred": "inferred: check it",
           "proposed": "proposed", "accepted": "accepted", "rejected": "rejected",
           "suggest": "suggested English label (needs a look)", "use": "use", "facts": "Facts it adds to the graph",
           "violations": "Problems", "none": "none", "about": "about", "indicator": "indicator", "subject": "subject",
           "predicate": "relation", "object": "object", "class": "class", "selected": "selected text",
           "counts": "{accepted} accepted, {proposed} proposed, {rejected} rejected",
           "reasons": ["not an entity / fact", "misread", "duplicate", "the text does not say so"], "lang_other": "中文",
           "keys": [("j / k", "next / previous item"), ("a", "accept"), ("r", "reject (then 1-4 for a reason, Enter for none)"),
                    ("e", "edit"), ("d", "deprecate an accepted fact (then 1 superseded, 2 wrong in the source)"), ("1-9", "choose the place of an ambiguous name"), ("u", "use the suggested English label"),
                    ("select text, then m / f / l", "add a mention / figure / relation"), ("p", "preview"), ("?", "help")],
           "build_done": "built", "no_token": "the session token is needed", "back": "back to the review",
           "text": "text", "status": "status", "note": "note", "what_adds": "What this source adds to the graph",
           "build_hint": "Building writes the files under graph/.", "fields": "fields",
           "needs_it": "are accepted but need the rejected", "deprecated": "deprecated", "deprecate": "Deprecate",
           "dep_reasons": {"superseded": "superseded", "wrong-in-source": "wrong in the source"}, "label_en": "English label",
           "label_zh": "Chinese label", "value": "value", "iri": "IRI"},
}
# ------------------------------------------------------------------------------------------ names
class Names:
    """Labels of IRIs (places, reference rows, indicators, ontology terms, the drafts' own items), the parent
    places of a place, and English label suggestions for new names."""

    def __init__(self, base: Path):
        from ..sources import build, reference

        self.base = Path(base)
        self.zh: dict[str, str] = {}
        self.en: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}   # a Chinese name -> the IRIs called so
        self.known_en: dict[str, str] = {}        # a Chinese name -> its English, from the data
        self._divisions(build)
        self._reference_entries(reference)
        self.concepts = reference.indicator_scheme()
        for c in self.concepts:
            self.zh.setdefault(c.iri, c.label.get("zh") or c.iri)
            self.en.setdefault(c.iri, c.label.get("en") or self.zh[c.iri])
        self.classes, self.properties, self.units, self.qualifiers = [], [], [], []
        self._ontology()

    def _divisions(self, build) -> None:
        """The administrative divisions: their names (and short names' English) and each one's parent place."""
        code_iri = {}
        for r in build.divisions(self.base):
            iri = str(build.place_iri(r["code"], r["level"]))
            code_iri[r["code"]] = iri
            self.zh[iri], self.en[iri] = r["name_zh"], r["name_en_or_pinyin"] or r["name_zh"]
            self.by_name.setdefault(r["name_zh"], []).append(iri)
            self.known_en.setdefault(r["name_zh"], self.en[iri])
            for short in build.short_names(r["name_zh"]) - {r["name_zh"]}:
                self.known_en.setdefault(short, self.en[iri].split()[0])
        for r in build.divisions(self.base):
            if r["parent_code"] in code_iri:
                self.parent[code_iri[r["code"]]] = code_iri[r["parent_code"]]

    def _reference_entries(self, reference) -> None:
        """The reference rows' names (after the divisions', which win)."""
        for e in reference.entries():
            self.zh.setdefault(e.iri, e.name)
            self.en.setdefault(e.iri, e.name_en or e.name)
            for n in e.names:
                self.by_name.setdefault(n, []).append(e.iri)
                self.known_en.setdefault(n, e.name_en)

    def _ontology(self):
        """The ontology's terms (through gxkg.vocab): their labels (and those of the terms it reuses), classes,
        relations, units, qualifiers."""
        from ..vocab import vocabulary

        path = self.base / "ontology" / "gxkg.ttl"
        if not path.is_file():
            return
        v = vocabulary(path)
        for iri, label in v.labels.items():
            for lang, text in label.items():
                (self.zh if lang == "zh" else self.en)[iri] = text
        self.classes = sorted(t.iri for t in v.classes.values())
        self.units = sorted(t.iri for t in v.units.values())
        self.qualifiers = sorted(t.iri for t in v.qualifiers.values())
        self.properties = sorted(t.iri for t in v.properties.values() if t.object_property)

    def add_draft(self, doc: dict) -> None:
        for sec, it in drafts.items(doc):
            lab = it.get("label") or {}
            iri = it.get("proposed_iri") if sec == "mentions" else it.get("iri") if sec == "indicators" else None
            if iri:
                self.zh[iri] = lab.get("zh") or it.get("text") or iri
                self.en[iri] = lab.get("en") or self.zh[iri]

    def label(self, iri, lang: str = "zh") -> str:
        if isinstance(iri, dict):
            return str(iri.get("value"))
        if not iri:
            return ""
        first, second = (self.zh, self.en) if lang == "zh" else (self.en, self.zh)
        return first.get(iri) or second.get(iri) or re.sub(r"^.*[/#]", "", str(iri))

    def parents(self, iri: str, lang: str = "zh") -> str:
        """The places a place lies in, nearest first, up to its prefecture: 鱼峰区, 柳州市."""
        out, node = [], self.parent.get(iri)
        while node and not node.endswith("/place/450000"):
            out.append(self.label(node, lang))
            node = self.parent.get(node)
        return ", ".join(out)

    def suggest_en(self, text: str, cls: str | None = None) -> str:
        """An English label for a new name (gxkg.sources.english, with the names this project knows)."""
        from ..sources.english import English

        return English(self.known_en).suggest(text, cls)


@lru_cache(maxsize=4)
def _static_names(base: str) -> Names:
    return Names(Path(base))


def names_for(base: Path) -> Names:
    """The project's names (read once) with every draft's items added (read again each time: they change)."""
    names = _static_names(str(base))
    for _, doc in drafts.all_drafts(Path(base)):
        names.add_draft(doc)
    return names


def drafts_stamp(base: Path) -> tuple:
    """What changes when any draft changes (their names, sizes and modification times)."""
    d = drafts.sources_dir(base)
    return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in d.glob("*.yaml"))) if d.is_dir() else ()


# ------------------------------------------------------------------------------------------ the article
def article_of(base: Path, doc: dict):
    from ..sources.article import parse_article

    path = drafts.source_text_path(base, doc)
    try:
        return parse_article(path.read_text(encoding="utf-8"))
    except OSError:
        raise GxkgError(f"the source text graph/sources/{doc['source']['file']} is missing") from None


def span_of(sec: str, it: dict) -> tuple[int, int] | None:
    """Where an item's own words are in the text: a mention's name, a figure's number as stated."""
    if sec == "mentions" and it.get("start") is not None and it.get("end") is not None:
        return it["start"], it["end"]
    if sec == "figures" and it.get("stated_start") is not None and it.get("statedAs"):
        return it["stated_start"], it["stated_start"] + len(it["statedAs"])
    return None


def segments(text: str, doc: dict) -> list[dict]:
    """The text cut at every item's start and end: [{off, text, items: [ids], status}] (each piece knows its
    offset, so a selection's offsets are computed from the page)."""
    spans = _spans(text, doc)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(iid, st) for s, e, iid, st in spans if s <= a and b <= e]
        out.append({"off": a, "text": text[a:b], "items": [i for i, _ in covering], "status": _piece_status(covering)})
    return out


def _spans(text: str, doc: dict) -> list[tuple]:
    """(start, end, id, status) of every item whose words lie within the text."""
    spans = []
    for sec, it in drafts.items(doc):
        sp = span_of(sec, it)
        if sp and 0 <= sp[0] < sp[1] <= len(text):
            spans.append((sp[0], sp[1], it["id"], it["status"]))
    return spans


def _piece_status(covering: list[tuple]) -> str:
    """A piece's highlight from the items covering it: proposed first, then accepted, else rejected ("" if none)."""
    statuses = {st for _, st in covering}
    return next((st for st in ("proposed", "accepted") if st in statuses), "rejected" if covering else "")


# ------------------------------------------------------------------------------------------ the queue
def refusals(base: Path, sid: str, doc: dict) -> tuple[dict[str, str], str | None]:
    """What the build would refuse if every proposed item of this draft were accepted: {item id: reason}, and
    a refusal that names no item of this draft (another source's), by the sources build code itself."""
    trial = copy.deepcopy(doc)
    for _, it in drafts.items(trial):
        if it["status"] == "proposed":
            it["status"] = "accepted"
    ids = {it["id"]: it for _, it in drafts.items(trial)}
    out: dict[str, str] = {}
    for _ in range(60):
        try:
            _build_with(base, sid, trial)
            return out, None
        except GxkgError as e:
            msg = str(e)
            refused = _refused_item(msg, ids, sid)
            if refused is None:
                return out, msg
            out[refused[0]] = refused[1]
            ids[refused[0]]["status"] = "rejected"
    return out, None


def _refused_item(msg: str, ids: dict, sid: str) -> tuple[str, str] | None:
    """(item id, reason) when the build's refusal names an accepted item of this source's draft, else None."""
    m = re.search(r"(?:item|figure) ([A-Za-z0-9._-]+?)(?:[ :(]|$)", msg)
    if not m or m.group(1) not in ids or ids[m.group(1)]["status"] != "accepted" or sid not in msg:
        return None
    word = m.group(0).split(" ")[0]
    return m.group(1), msg.split(f"{word} {m.group(1)}", 1)[-1].lstrip(" :")


def _build_with(base: Path, sid: str, doc: dict | None):
    """A Builder over the project's drafts with this source's draft as given (in memory; None: without it), built."""
    from ..sources.build import Builder

    b = Builder(base)
    path = drafts.draft_path(base, sid)
    b.drafts = [(p, d) for p, d in b.drafts if d["source"]["id"] != sid] + ([(path, doc)] if doc is not None else [])
    b.drafts.sort(key=lambda x: (str(x[1]["source"].get("date") or ""), x[1]["source"]["id"]))
    return b.build()


def queue(doc: dict, refused: dict[str, str], shapes: dict[str, list[str]], names: Names, lang: str) -> list[dict]:
    """Every item, what most needs a person first: ambiguous names, items the build would refuse, items that
    would violate a shape, new names whose English is a guess, inferred readings; then the plain proposals;
    decided items last."""
    ctx = {"refused": refused, "shapes": shapes, "t": T[lang]}
    rows = []
    for n, (sec, it) in enumerate(drafts.items(doc)):
        reasons, rank = [], 4
        for level, check in QUEUE_CHECKS:
            found = check(sec, it, ctx)
            reasons += found
            rank = min(rank, level) if found and level is not None else rank
        rows.append({"sec": sec, "id": it["id"], "item": it, "rank": rank + (10 if it["status"] != "proposed" else 0),
                     "order": n, "reasons": reasons, "title": item_title(sec, it, names, lang)})
    rows.sort(key=lambda r: (r["rank"], r["order"]))
    return rows


def _ambiguous(sec: str, it: dict, ctx: dict) -> list[str]:
    return [ctx["t"]["ambiguous"]] if sec == "mentions" and it.get("candidates") and not it.get("iri") else []


def _refused(sec: str, it: dict, ctx: dict) -> list[str]:
    """Why the build would refuse the item (said only when its name is not ambiguous: that comes first)."""
    if it["id"] in ctx["refused"] and not _ambiguous(sec, it, ctx):
        return [f"{ctx['t']['refused']}: {ctx['refused'][it['id']]}"]
    return []


def _shape_reasons(sec: str, it: dict, ctx: dict) -> list[str]:
    return [f"{ctx['t']['shape']}: {m}" for m in ctx["shapes"].get(it["id"]) or ()]


def _guessed_english(sec: str, it: dict, ctx: dict) -> list[str]:
    """A new name's or indicator's English label that is only the pinyin of its Chinese."""
    lab = it.get("label") or {}
    new = sec == "mentions" and it.get("proposed_iri") or sec == "indicators"
    return [ctx["t"]["look"]] if new and lab.get("en") and _transliterated(lab.get("zh") or it.get("text") or "", lab["en"]) else []


def _suggested_english(sec: str, it: dict, ctx: dict) -> list[str]:
    suggested = "English label is a suggestion" in (it.get("note") or "") and it["status"] != "rejected"
    return [ctx["t"]["look"]] if suggested else []


def _inferred(sec: str, it: dict, ctx: dict) -> list[str]:
    return [ctx["t"]["inferred"]] if sec == "figures" and "read as" in (it.get("note") or "") else []


def _deprecated(sec: str, it: dict, ctx: dict) -> list[str]:
    t = ctx["t"]
    return [f"{t['deprecated']}: {t['dep_reasons'].get(it.get('reason'), it.get('reason') or '')}"] \
        if it["status"] == "deprecated" else []


# what puts an item early in the queue, with its rank (0 first; None: said, but no earlier), in the order said
QUEUE_CHECKS = [(0, _ambiguous), (1, _refused), (2, _shape_reasons), (3, _guessed_english), (3, _suggested_english),
                (3, _inferred), (None, _deprecated)]


def _transliterated(zh: str, en: str) -> bool:
    """An English label that is the pinyin of the Chinese, syllable by syllable (ingest's first guess)."""
    from ..sources.ingest import english

    return bool(zh) and english(zh, "").replace(" ", "").lower() in en.replace(" ", "").lower() and " " in en \
        and len(en.split()) >= len(zh) - 1


def item_title(sec: str, it: dict, names: Names, lang: str) -> str:
    lab = lambda x: names.label(x, lang)  # noqa: E731
    if sec == "mentions":
        return it.get("text") or ""
    if sec == "indicators":
        return (it.get("label") or {}).get(lang) or lab(it.get("iri"))
    if sec == "translations":
        return f"{it.get('quote') or ''} → {it.get('en') or ''}"
    if sec == "figures":
        return f"{lab(it.get('about'))} · {lab(it.get('indicator'))} = {it.get('statedAs') or it.get('value')}"
    return f"{lab(it.get('subject'))} —{lab(it.get('predicate'))}→ {lab(it.get('object'))}"


# ------------------------------------------------------------------------------------------ new items
def with_id(doc: dict, sec: str, item: dict) -> dict:
    """The new item with its stable id (from its content and place, as ingest gives them), first in the dict."""
    taken = {it["id"] for _, it in drafts.items(doc)}
    item.pop("id", None)
    return {"id": drafts.stable_id(sec, item, taken), **item}


def selection(article, start, end, text) -> tuple[int, str]:
    """The sentence holding a selection, after checking the selection is the text at its offsets (the
    server's copy of the text decides, never the page's)."""
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or not 0 <= start < end <= len(article.text):
        raise UsageError(f"the offsets {start!r}..{end!r} are not a span of the text")
    if article.text[start:end] != text:
        raise UsageError(f"the text at {start}..{end} is not the selected text {str(text)[:40]!r}")
    off, sent = article.sentence_at(start)
    if end > off + len(sent):
        raise UsageError("the selection runs over two sentences; select within one sentence")
    return off, sent


def new_mention(base: Path, doc: dict, names: Names, article, start: int, end: int, text: str, cls: str | None,
                label_en: str | None = None) -> dict:
    """A mention of the selected words: linked when the name is known (one place or entity of that name; several:
    its candidates), else a new entity of the class with a suggested English label to look at."""
    off, sent = selection(article, start, end, text)
    item = {"text": text, "start": start, "end": end, "iri": None, "class": cls or None,
            "quote": sent, "quote_start": off, "status": "accepted", "candidates": [], "note": "added in review"}
    known = list(dict.fromkeys(names.by_name.get(text, [])))
    if len(known) == 1:
        item["iri"] = known[0]
    elif known:
        item["candidates"], item["status"] = known, "proposed"
        item["note"] = f"added in review; ambiguous: {len(known)} places share this name"
    else:
        item.update(_new_entity(doc, names, text, cls, label_en))
    return with_id(doc, "mentions", item)


def _new_entity(doc: dict, names: Names, text: str, cls: str | None, label_en: str | None) -> dict:
    """The fields of a mention of a name nobody knows: a new IRI of its class (not taken yet), its labels (the
    English given, else a suggestion to check) and its note."""
    from ..sources.ingest import CLASS_PREFIX, slug

    if not cls:
        raise UsageError("a new entity needs a class")
    local = cls.rsplit("#", 1)[-1]
    iri = f"{GXR}{CLASS_PREFIX.get(local, 'entity')}/{slug(text)}"
    taken = {x.get("proposed_iri") for x in doc["mentions"]} | set(names.zh)
    n = 2
    while iri in taken:
        iri, n = f"{GXR}{CLASS_PREFIX.get(local, 'entity')}/{slug(text)}-{n}", n + 1
    suggested = names.suggest_en(text, cls)
    return {"proposed_iri": iri, "label": {"zh": text, "en": label_en or suggested}, "alt": [],
            "note": "added in review; new entity" + (
                ": the English label is a suggestion, check it" if (label_en or suggested) == suggested else "")}


def new_figure(doc: dict, article, start: int, end: int, text: str, about: str, indicator: str) -> dict:
    """A figure read from the selected words (gxkg's number reader: value, unit, qualifier) with the period
    its sentence states (relative words read against the publication date)."""
    import hashlib

    from ..sources.figures import find_figures

    off, sent = selection(article, start, end, text)
    found = find_figures(text)
    if not found:
        raise UsageError(f"no figure with a unit in {text[:40]!r}: select the number and its unit (2000多单)")
    if not about or not indicator:
        raise UsageError("a figure needs what it is about and its indicator")
    f = found[0]
    stated_start = start + f.start
    period, note = _figure_period(doc, sent, stated_start - off)
    sid = doc["source"]["id"]
    key = hashlib.sha1(f"{about}|{indicator}|{f.stated}|{stated_start}".encode()).hexdigest()[:8]
    return with_id(doc, "figures", {"iri": f"{GXR}observation/{sid}/{key}", "about": about, "about_text": None,
            "indicator": indicator, "indicator_text": None,
            "value": None if f.low is not None else str(f.value), "min": str(f.low) if f.low is not None else None,
            "max": str(f.high) if f.high is not None else None, "unit": f"{GXO}{f.unit}",
            "qualifier": f"{GXO}{f.qualifier}" if f.qualifier else None, "period": period, "statedAs": f.stated,
            "stated_start": stated_start, "quote": sent, "start": off, "status": "accepted", "note": note})


def _figure_period(doc: dict, sent: str, at: int) -> tuple[dict | None, str]:
    """(the period the sentence states for the figure at offset `at`, the item's note): none stated, the
    publication's month, said in the note."""
    from ..sources.figures import period_for

    published = str(doc["source"].get("date") or "") or None
    period = period_for(sent, at, published)
    note = "added in review"
    if not period and published:
        period = {"as_of": published[:7]}
        note += f"; period: none stated; read as of the publication date {published}"
    return period, note


def new_relation(doc: dict, article, start: int, end: int, text: str, subject: str, predicate: str, obj: str) -> dict:
    off, sent = selection(article, start, end, text)
    if not (subject and predicate and obj):
        raise UsageError("a relation needs a subject, a relation and an object")
    return with_id(doc, "relations", {"subject": subject, "predicate": predicate, "object": obj, "quote": sent,
                                      "quote_start": off, "status": "accepted", "note": "added in review"})


def indicator_item(doc: dict, names: Names, iri: str) -> dict | None:
    """The indicator item a new figure needs when no draft introduces its (scheme) indicator yet."""
    if _introduced(doc, names, iri):
        return None
    c = next((c for c in names.concepts if c.iri == iri), None)
    if c is None:
        raise UsageError(f"no indicator {iri}: choose one of the scheme or of the draft")
    return with_id(doc, "indicators", {"iri": c.iri, "label": dict(c.label), "status": "accepted",
                                       "note": "from the indicator scheme (reference/indicators.ttl); added in review"})


def _introduced(doc: dict, names: Names, iri: str) -> bool:
    """Whether another draft, or this draft itself, already introduces the indicator."""
    for _, d in drafts.all_drafts(names.base):
        if any(i.get("iri") == iri for i in d.get("indicators") or []):
            if d["source"]["id"] != doc["source"]["id"] or any(i.get("iri") == iri for i in doc["indicators"]):
                return True
    return False


def entity_choices(doc: dict, names: Names, lang: str) -> list[tuple[str, str]]:
    """(IRI, label) of what the draft's mentions name, in text order: the subjects and objects to choose from."""
    out = {}
    for it in doc["mentions"]:
        iri = it.get("iri") or it.get("proposed_iri")
        if iri and it["status"] != "rejected":
            out.setdefault(iri, f"{names.label(iri, lang)} ({it['text']})" if names.label(iri, lang) != it["text"] else it["text"])
    return list(out.items())


def indicator_choices(doc: dict, names: Names, lang: str) -> list[tuple[str, str]]:
    out = {i["iri"]: names.label(i["iri"], lang) for i in doc["indicators"] if i["status"] != "rejected"}
    for c in names.concepts:
        out.setdefault(c.iri, c.label.get(lang) or c.label.get("zh"))
    return list(out.items())


# ------------------------------------------------------------------------------------------ preview
def preview(base: Path, sid: str, doc: dict, names: Names, lang: str) -> dict:
    """What building this draft adds: its source graph's facts (labelled; the statements and evidence behind
    them counted), the build's refusal if any, and the shape and check violations of its nodes."""
    out = {"facts": [], "evidence": 0, "refusal": None, "violations": []}
    try:
        b = _build_with(base, sid, doc)
    except GxkgError as e:
        out["refusal"] = str(e)
        return out
    g = b.files.get(sid)
    added = _added_places(base, sid, b)
    out["facts"], out["evidence"] = _facts([*g, *added], names, lang)
    nodes = {_curie(str(x)) for x in g.subjects()}
    out["violations"] = [(n, m) for n, m in violations(base, b) if n in nodes]
    return out


def _added_places(base: Path, sid: str, b) -> list:
    """The triples the source brings into graph/places.ttl (a township it names, with its ancestors)."""
    try:
        without = _build_with(base, sid, None).files["places"]
        return [t for t in b.files["places"] if t not in without]
    except GxkgError:
        return []


def _facts(triples: list, names: Names, lang: str) -> tuple[list, int]:
    """(the labelled facts, how many evidence links): the statements and evidence records behind them are counted, not listed."""
    behind = {s for s, _, o in triples if str(o).endswith("#Statement") or str(o) == GXO + "Evidence"}
    facts, evidence = [], 0
    for s, p, o in sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if s in behind:
            continue
        if str(p) == "http://www.w3.org/ns/prov#wasDerivedFrom":
            evidence += 1
            continue
        obj = names.label(str(o), lang) if o.__class__.__name__ == "URIRef" else str(o)
        facts.append((names.label(str(s), lang), names.label(str(p), lang), obj, str(s)))
    return facts, evidence


def violations(base: Path, b) -> list[tuple[str, str]]:
    """(node, message) of every shape and check violation of a Builder's output, validated from a temporary
    copy (the project's graph files are not touched)."""
    import tempfile

    from ..validate import validate

    with tempfile.TemporaryDirectory() as tmp:
        files = [Path(base) / "ontology" / "gxkg.ttl"]
        for path, text in b.outputs().items():
            f = Path(tmp) / path.name
            f.write_text(text, encoding="utf-8")
            files.append(f)
        report, _ = validate(files, base=Path(base))
    return [(v.node, v.message) for v in report.violations]


def shape_problems(base: Path, sid: str, doc: dict) -> dict[str, list[str]]:
    """The shape and check violations each proposed or accepted item would bring if every proposed item were
    accepted (items the build would refuse left out): a violation goes to the relation it names (its property
    on its subject) or else to the item that introduces its node."""
    refused, _ = refusals(base, sid, doc)
    trial = copy.deepcopy(doc)
    for _, it in drafts.items(trial):
        if it["status"] == "proposed":
            it["status"] = "rejected" if it["id"] in refused else "accepted"
    try:
        b = _build_with(base, sid, trial)
    except GxkgError:
        return {}
    out: dict[str, list[str]] = {}
    live = [(sec, it) for sec, it in drafts.items(doc) if it["status"] in ("proposed", "accepted")]
    for node, msg in violations(base, b):
        owner = _owner(node, msg, live)
        if owner:
            out.setdefault(owner, []).append(msg)
    return out


def _owner(node: str, msg: str, live: list) -> str | None:
    """The item a violation belongs to: the relation it names (its property on its subject), else the item that
    introduces its node."""
    return _relation_named(node, msg, live) or _introducing(node, live)


def _relation_named(node: str, msg: str, live: list) -> str | None:
    """The relation item whose subject is the node and whose property the violation's message starts with."""
    return next((it["id"] for sec, it in live if sec == "relations" and _curie(it.get("subject") or "") == node
                 and msg.startswith(_curie(it.get("predicate") or "") + ":")), None)


def _introducing(node: str, live: list) -> str | None:
    """The item that introduces the node: a new entity's mention, or an item with that IRI (not a mention's link)."""
    return next((it["id"] for sec, it in live if node in (
        _curie(it.get("proposed_iri") or ""), _curie(it.get("iri") or "") if sec != "mentions" else "")), None)


def _curie(iri: str) -> str:
    from ..namespaces import curie

    return curie(iri)
