"""`gxkg render`: one self-contained, offline HTML page of the entity network.

pyvis holds the network model (nodes, edges, options); the page comes from the project's own
template, with the vis-network build that the installed pyvis ships inlined at render time.
All graph text travels as JSON inside a <script type="application/json"> block (with '<', '>'
and '&' escaped) and is put on the page with textContent only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from .kg import KnowledgeGraph, format_value
from .output import script_json
from .mapview import first_of, map_data
from .namespaces import GXO, curie
from .settings import NODE_LIMIT as _NODE_LIMIT

def _vis_assets() -> tuple[str, str]:
    """The vis-network JS and CSS that the installed pyvis package ships."""
    import pyvis

    base = Path(pyvis.__file__).parent / "lib"
    candidates = sorted(base.glob("vis-*/vis-network.min.js"))
    if not candidates:
        from .errors import GxkgError

        raise GxkgError(f"the installed pyvis ships no vis-network build under {base}")
    js = candidates[-1]
    return js.read_text(encoding="utf-8"), (js.parent / "vis-network.css").read_text(encoding="utf-8")


def _primary_class(kg: KnowledgeGraph, e) -> str:
    """The local name of an entity's most specific entity class (what colours its node and lists it in the legend)."""
    types = [t for t in kg.types(e) if t in kg.entity_classes] or [t for t in kg.types(e) if str(t).startswith(str(GXO))]
    return max(types, key=lambda t: (len(kg.superclasses(t)), t)).split("#")[1]


NODE_LIMIT = _NODE_LIMIT.default  # the most nodes a neighbourhood view draws (declared in gxkg.settings)


def page_data(kg: KnowledgeGraph, lang: str = "zh", types=None, around=None, depth: int = 1, title: str | None = None,
              time: dict | None = None, limit: int = NODE_LIMIT) -> dict:
    """Everything the page shows, as plain data: nodes, edges, quotes, side-panel details, legend. Around an
    entity, at most `limit` nodes (the rest counted in "more"), and everything read for those nodes only."""
    other = "en" if lang == "zh" else "zh"
    shown, pool, more, adjacency = _pool(kg, around, depth, limit)
    kg.prefetch_types(pool)
    kg.prefetch(pool)
    kg.prefetch_details(pool)
    ents = sorted(e for e in pool if not types or any(kg.is_a(e, t) for t in types))
    index = {e: i for i, e in enumerate(ents)}
    quotes = _Quotes(kg, lang)
    among = ents if around is not None else None  # a neighbourhood reads for its own entities only
    relations = _relations_among(kg, ents, adjacency) if around is not None else kg.relations
    derived = kg.derived_edges if around is None else _derived_among(kg, ents)
    _read_evidence(kg, relations, index, ents)
    edges, degree = _edges(kg, relations, index, lang, other, quotes, derived)
    nodes, details, classes = _nodes(kg, ents, index, degree, lang, other, quotes)
    focus, initial = _focus(kg, around, shown, index, lang)
    source = next((s for s in quotes.sources if s["url"]), None)
    _date_nodes(kg, nodes, among)
    return {
        "time": time,
        "more": more,
        "map": map_data(kg, index, lang, among=among, relations=relations),
        "t2s": traditional_map(kg, nodes),
        "lang": lang,
        "title": title or ("广西电子商务知识图谱" if lang == "zh" else "Guangxi e-commerce knowledge graph"),
        "nodes": nodes, "edges": edges, "details": details, "quotes": quotes.quotes, "sources": quotes.sources,
        "legend": _legend(kg, classes, lang, other), "initial": initial, "focus": focus,
        "source": source,
    }


def _read_evidence(kg: KnowledgeGraph, relations, index: dict, ents: list[str]) -> None:
    """Read every quote the page numbers (of the edges drawn and of the entities) in a few queries rather than
    one per quote."""
    kg.evidence_records({ev for s, p, o in relations if s in index and o in index
                         for ev in kg.edge_evidence_iris(s, p, o)} | {ev for e in ents for ev in kg.entity_evidence_iris(e)})


def _date_nodes(kg: KnowledgeGraph, nodes: list[dict], among: list[str] | None) -> None:
    """Give each node its date ("" when undated), which the page's time slider filters on."""
    dates = {r["e"].value: r["date"].value for r in _among(kg, "entity-dates", "e", among)}
    for n in nodes:
        n["date"] = dates.get(n["iri"], "")


def _focus(kg: KnowledgeGraph, around, shown: set | None, index: dict, lang: str) -> tuple:
    """(the node the page opens on, the nodes shown at first): (None, None) for the whole graph."""
    if around is None:
        return None, None
    if str(around) not in index:
        from .errors import UsageError

        raise UsageError(f"{kg.label(around, lang)} is not among the entities drawn (check --type)")
    return index[str(around)], sorted(index[e] for e in shown if e in index)


def _pool(kg: KnowledgeGraph, around, depth: int, limit: int = NODE_LIMIT):
    """(the entities shown at first, every entity the page carries, what was left out, the adjacency read).
    Around an entity its neighbourhood is walked layer by layer, at most `limit` entities in all: the shown
    ones to `depth`, then as many of the next layer as still fit (hidden, so the nodes at the edge can be
    expanded once in the page). A layer that does not fit is cut and nothing past it is read: "more" counts
    the neighbours found but not drawn ({"count", "depth": the layer cut, "limit", "at_least": whether the
    layer was read only until it overflowed}), or is None when the whole neighbourhood is drawn."""
    if around is None:
        return None, kg.entities, None, None
    start = str(around)
    order, seen, frontier = [start], {start}, [start]
    shown: set = {start}
    adjacency: dict = {}
    more = None
    for d in range(1, depth + 2):
        room = max(0, limit - len(order))
        layer, read = _next_layer(kg, frontier, seen, adjacency, room)
        take = layer[:room]
        order += take
        if d <= depth:
            shown.update(take)
            if len(take) < len(layer):
                more = {"count": len(layer) - len(take), "depth": d, "limit": limit, "at_least": read < len(frontier)}
                break
        frontier = take
        if not frontier:
            break
    return shown, sorted(order), more, adjacency


def _next_layer(kg: KnowledgeGraph, frontier: list[str], seen: set, adjacency: dict, room: int) -> tuple[list, int]:
    """(the unseen neighbours of the frontier, how many frontier nodes were read): read 50 at a time until the
    layer overflows the room left, no further; `seen` and `adjacency` grow with what was read."""
    layer, read = [], 0
    for i in range(0, len(frontier), 50):
        chunk = frontier[i:i + 50]
        adjacency.update(kg.adjacent_many(chunk))
        read = i + len(chunk)
        layer += [o for n in chunk for _, o, _ in adjacency.get(n, []) if not (o in seen or seen.add(o))]
        if len(layer) > room:
            break
    return layer, read


def _relations_among(kg: KnowledgeGraph, nodes, adjacency: dict) -> list[tuple[str, str, str]]:
    """The relations between the given entities, from the adjacency the walk read (the rest read now)."""
    nodes = set(map(str, nodes))
    adjacency = {**adjacency, **kg.adjacent_many([n for n in nodes if n not in adjacency])}
    out = set()
    for n in nodes:
        for p, o, d in adjacency.get(n, []):
            if o in nodes:
                out.add((n, p, o) if d == "out" else (o, p, n))
    return sorted(out)


def _among(kg: KnowledgeGraph, lookup: str, var: str, nodes) -> list[dict]:
    """Rows of a packaged lookup for the given nodes only (one query per 400), or for the whole graph (None)."""
    from .store.terms import iri as node

    if nodes is None:
        return kg.select(lookup)
    todo, rows = sorted(map(str, nodes)), []
    for i in range(0, len(todo), 400):
        rows += kg.select(lookup, values={var: [node(e) for e in todo[i:i + 400]]})
    return rows


def _derived_among(kg: KnowledgeGraph, nodes) -> dict[tuple[str, str, str], str]:
    """(s, p, o) -> rule, for the derived statements whose subject is among the nodes."""
    return {(r["s"].value, r["p"].value, r["o"].value): r["rule"].value
            for r in _among(kg, "derived-statements", "s", nodes)}


class _Quotes:
    """The page's quotes and their sources, each kept once; `index(evidence IRI)` is a quote's number."""

    def __init__(self, kg: KnowledgeGraph, lang: str):
        self.kg, self.lang = kg, lang
        self.quotes: list[list] = []
        self.sources: list[dict] = []
        self._quote_ix: dict[str, int] = {}
        self._source_ix: dict[str, int] = {}

    def index(self, ev_iri) -> int:
        if ev_iri not in self._quote_ix:
            ev = self.kg.evidence_record(ev_iri)
            self._quote_ix[ev_iri] = len(self.quotes)
            self.quotes.append([ev["quote"], self._source(ev["source"]), ev.get("translation") or ""])
        return self._quote_ix[ev_iri]

    def _source(self, src: dict) -> int:
        """A source's number: its title in the page's language and its address when it is a web page."""
        if src["iri"] not in self._source_ix:
            url = src.get("url") or ""
            self._source_ix[src["iri"]] = len(self.sources)
            title = (src.get("title_en") if self.lang == "en" else None) or src.get("title") or ""
            self.sources.append({"title": title, "url": url if url.startswith(("http://", "https://")) else "",
                                 "file": src.get("file") or ""})
        return self._source_ix[src["iri"]]


def _edges(kg: KnowledgeGraph, relations, index: dict, lang: str, other: str, quotes: _Quotes,
           derived: dict) -> tuple[list, dict]:
    """The edges between drawn entities, each with its quotes and rule (`derived`), and every entity's degree."""
    degree: dict[str, int] = defaultdict(int)
    edges = []
    for s, p, o in relations:
        if s in index and o in index:
            degree[s] += 1
            degree[o] += 1
            rule = derived.get((s, p, o))
            edges.append({"from": index[s], "to": index[o], "p": curie(p), "rel": kg.label(p, lang), "rel_other": kg.label(p, other),
                          "ev": [quotes.index(ev) for ev in kg.edge_evidence_iris(s, p, o)],
                          "rule": kg.label(rule, lang) if rule else None})
    return edges, degree


def _nodes(kg: KnowledgeGraph, ents: list[str], index: dict, degree: dict, lang: str, other: str,
           quotes: _Quotes) -> tuple[list, list, dict]:
    """The nodes (labels, class, degree, every name form for the page's search), their side-panel details, and
    how many nodes each class has."""
    nodes, details = [], []
    classes: dict[str, int] = defaultdict(int)
    stored = kg.names.stored_pinyin(ents)  # the index holds every name's pinyin: pypinyin is not imported
    for e in ents:
        cls = _primary_class(kg, e)
        classes[cls] += 1
        labels = kg.labels(e)
        forms, name_words = _name_forms(kg.names_of(e), stored.get(str(e)))
        nodes.append({"id": index[e], "iri": str(e), "label": labels.get(lang) or labels.get(other) or curie(e),
                      "other": labels.get(other, ""), "cls": cls, "deg": degree[e], "names": forms,
                      "words": name_words})
        details.append(_details(kg, e, lang, quotes.index))
    return nodes, details, classes


def _name_forms(names, stored: set | None) -> tuple[list, list]:
    """(every form of an entity's names the page's search matches: normalised and pinyin, the words of its
    non-Chinese names); the pinyin the name index stores, else computed from the Chinese names."""
    from .text import has_cjk, normalize, pinyin, words

    cjk = [n for n in names if has_cjk(n)]
    forms = sorted({normalize(n) for n in names} | (stored or {pinyin(n) for n in cjk}))
    return forms, sorted({w for n in names if not has_cjk(n) for w in words(n)})


def _legend(kg: KnowledgeGraph, classes: dict, lang: str, other: str) -> list[dict]:
    """The classes drawn, most entities first, each with the colour and shape the ontology gives it, and count."""
    legend = []
    for cls in sorted(classes, key=lambda c: (-classes[c], c)):
        colour, shape = kg.vocabulary.style(cls)
        iri = GXO[cls]
        legend.append({"cls": cls, "label": kg.label(iri, lang), "other": kg.label(iri, other), "color": colour,
                       "shape": shape, "count": classes[cls]})
    return legend


def traditional_map(kg: KnowledgeGraph, nodes: list[dict]) -> dict[str, str]:
    """The traditional forms of the characters the page's names use (廣 -> 广), from the name index's
    OpenCC table, so the page's search accepts traditional characters as the CLI does."""
    chars = {ch for n in nodes for f in n["names"] for ch in f if "\u3400" <= ch <= "\u9fff"}
    if not chars:
        return {}
    con = kg.names.con
    out = {}
    marks = ",".join("?" * len(chars))
    for trad, simp in con.execute(f"SELECT ch, simp FROM t2s WHERE simp IN ({marks})", sorted(chars)):
        out[trad] = simp
    return out


def _details(kg: KnowledgeGraph, e, lang: str, q) -> dict:
    """Side-panel content of one entity: alt names, types, literal facts, figures, evidence."""
    return {
        "alt": kg.alt_labels(e),
        "kind": kg.kind(e, lang),
        "facts": [list(f) for f in kg.literal_facts(e, lang)],
        "figures": [_figure(o, lang, q) for o in kg.observations(e, lang)],
        "ev": [q(ev) for ev in kg.entity_evidence_iris(e)],
    }


# what a figure's period lets the chart do, the first that applies: full years can be compared as bars; a month
# range (1-7月) or a running total (截至) cannot
PERIOD_KINDS = [("cumulative", lambda per: per.get("cumulative") or per.get("as_of")),
                ("partial", lambda per: per.get("start") and len(str(per.get("start"))) > 4),
                ("span", lambda per: per.get("start")), ("year", lambda per: per.get("year")),
                ("date", lambda per: per.get("date"))]


def _figure(o: dict, lang: str, q) -> dict:
    """One figure for the side panel and its chart: value, number, period and its kind, qualifier, source, quotes."""
    per = o["period"]
    return {"ind": o["indicator"]["label"], "value": format_value(o, lang), "num": o["value"],
            "period": per["text"], "sort": per["sort"],
            "kind": next((k for k, applies in PERIOD_KINDS if applies(per)), "none"),
            "start": first_of(per, ("start", "year", "as_of", "date")),
            "end": first_of(per, ("end", "year", "as_of", "date")),
            "qual": (o["qualifier"] or {}).get("label", ""), "stated": o["stated_as"] or "",
            "source": (o.get("source") or {}).get("title") or "", "ev": [q(ev["iri"]) for ev in o["evidence"]]}


def build_network(data: dict):
    """The pyvis model of the page: vis nodes and edges set in bulk (add_edge scans a list per call)."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    style = {x["cls"]: (x["color"], x["shape"]) for x in data["legend"]}
    initial = set(data["initial"]) if data["initial"] is not None else None
    # labels are painted by the page (at most as many as fit, never overlapping); vis draws none
    net.nodes = [{"id": n["id"], "label": "", "title": n["label"] + (" / " + n["other"] if n["other"] else ""),
                  "color": style[n["cls"]][0], "shape": style[n["cls"]][1],
                  "size": 8 + min(n["deg"], 30) ** 0.5 * 4,
                  "hidden": initial is not None and n["id"] not in initial} for n in data["nodes"]]
    net.node_ids = [n["id"] for n in data["nodes"]]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [{"id": i, "from": e["from"], "to": e["to"], "label": "", "arrows": "to", "dashes": bool(e.get("rule")),
                  "title": _edge_title(e, data)} for i, e in enumerate(data["edges"])]
    net.set_options(json.dumps(vis_options(len(net.nodes) > 1000)))
    return net


def _edge_title(e: dict, data: dict) -> str:
    """An edge's hover text: its relation, the rule that derived it, the first sentence that states it."""
    derived = ("\n推导：" if data["lang"] == "zh" else "\nderived: ") + e["rule"] if e.get("rule") else ""
    return e["rel"] + derived + ("\n" + data["quotes"][e["ev"][0]][0] if e["ev"] else "")


def vis_options(big: bool) -> dict:
    """vis-network's options: a force layout that settles and stops; a big network (over 1000 nodes) is laid
    out in fewer steps, with straight edges, and hides them while dragged."""
    return {
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 150 if big else 400, "updateInterval": 50, "fit": True}},
        "layout": {"improvedLayout": not big},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "navigationButtons": False,
                        "multiselect": False},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"color": {"color": "#b0b0b0", "highlight": "#c00000", "hover": "#c00000"},
                  "smooth": False if big else {"enabled": True, "type": "continuous"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "hoverWidth": 2},
    }


def render_html(kg: KnowledgeGraph, lang: str = "zh", types=None, around=None, depth: int = 1, title: str | None = None,
                time: dict | None = None, server: bool = False, nav: list[dict] | None = None,
                limit: int = NODE_LIMIT, more_link: str | None = None) -> str:
    """The whole page as one string; `time` ({"from", "to"} years or {"as_of": date}) opens it on that cut.
    A `server` page links /ask and shows the site's navigation (`nav`: the registered pages' paths and labels).
    Around an entity at most `limit` nodes are drawn; the page says how many more there are, with `more_link`
    (a server's URL drawing more) or the option that does."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    data = page_data(kg, lang, types, around, depth, title, time, limit)
    if data["more"]:
        data["more"]["link"] = more_link
    net = build_network(data)
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    js, css = _vis_assets()
    env = Environment(loader=PackageLoader("gxkg", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.get_template("network.html")
    payload = {"vis": {"nodes": nodes, "edges": edges, "options": json.loads(options)}, **data}
    return template.render(title=data["title"], lang=lang, vis_js=js, vis_css=css, data_json=script_json(payload),
                           server=server, nav=nav or [], more=data["more"])


def write_page(html: str, output: Path, force: bool = False) -> Path:
    from .export import write_new

    write_new(output, html, force)
    return output


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync", "--mute-audio"]


def chromium() -> str | None:
    """The headless browser that takes pictures of the page, if the machine has one (Debian: /usr/bin/chromium)."""
    import shutil

    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def picture(html: str, kind: str, view: str = "network", layer: str | None = None, chart: str | None = None,
            size: tuple[int, int] = (1400, 900), timeout: float = 120) -> bytes:
    """A PNG or SVG of the page's network view, map or one chart, with its caption, as the page's own export
    button makes it: the page is opened in headless Chromium, which writes the figure into the page."""
    import base64
    import html as html_mod
    import re
    import subprocess
    import tempfile
    from urllib.parse import urlencode

    from .errors import GxkgError

    exe = chromium()
    if exe is None:
        raise GxkgError("a PNG, or an SVG of the network or a chart, needs Chromium (apt-get install chromium); "
                        "an SVG of the map (--view map --svg FILE) does not")
    with tempfile.TemporaryDirectory(prefix="gxkg-picture-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        q = {"export": kind, "view": view}
        if layer:
            q["layer"] = layer
        if chart:
            q["chart"] = chart
        url = page.as_uri() + "#" + urlencode(q)
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}", f"--window-size={size[0]},{size[1]}",
               "--virtual-time-budget=10000", "--dump-dom", url]
        try:
            run = subprocess.run(cmd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise GxkgError(f"Chromium took more than {timeout:.0f} s to draw the page") from None
    dom = run.stdout.decode("utf-8", "replace")
    if 'data-export-error="no chart"' in dom:
        raise GxkgError(f"no chart matches {chart!r} (a chart needs two dated figures of one indicator)")
    m = re.search(r'<textarea id="export-out">(.*?)</textarea>', dom, re.S)
    if not m:
        err = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GxkgError("Chromium did not return the picture" + (f": {err[-1]}" if err else ""))
    out = html_mod.unescape(m.group(1))
    if kind == "svg":
        return out.encode("utf-8")
    return base64.b64decode(out.split(",", 1)[1])


def map_picture(kg: KnowledgeGraph, lang: str, layer: str | None, time: dict | None, title: str | None) -> bytes:
    """The map as SVG written by the project itself (no browser needed)."""
    from .mapview import map_svg

    m = map_data(kg, {}, lang)
    lay = next((x for x in m["layers"] if x["key"] == layer), None)
    return map_svg(m, layer, time, map_caption(lay, lang, time, title)).encode("utf-8")


MAP_WORDS = {"zh": {"all": "全部年份", "as of": "截至 ", "title": "广西县级行政区示意图", "time": "时间: ",
                    "schematic": "示意图：各县为其驻地的泰森多边形，不是真实边界", "sources": "来源: ",
                    "reference": "广西行政区划参考数据"},
             "en": {"all": "all years", "as of": "as of ", "title": "Guangxi's county-level units, schematic", "time": "Time: ",
                    "schematic": "Schematic: each county is the Voronoi cell of its seat, not its real boundary",
                    "sources": "Sources: ", "reference": "Guangxi division reference data"}}


def map_caption(lay: dict | None, lang: str, time: dict | None, title: str | None) -> list[str]:
    """The map picture's caption lines: title and layer, time cut, that it is schematic, the layer's sources."""
    from .mapview import in_time

    w = MAP_WORDS["zh" if lang == "zh" else "en"]
    cut = _time_cut(w, time)
    sources = sorted({v["source"] for v in (lay["values"] if lay else []) if v["source"] and in_time(v, time) is not False})
    return [(title or w["title"]) + (f" · {lay['label']}" if lay else ""), w["time"] + cut, w["schematic"],
            w["sources"] + ("; ".join(sources) or w["reference"])]


def _time_cut(w: dict, time: dict | None) -> str:
    """The caption's time cut in words: all years, as of a date, one year or a range of years."""
    if not time:
        return w["all"]
    if time.get("as_of"):
        return w["as of"] + time["as_of"]
    return str(time["from"]) if time["from"] == time["to"] else f"{time['from']}–{time['to']}"


def resolve_layer(kg: KnowledgeGraph, lang: str, name: str) -> str:
    """The map layer a user names: by its label (exactly, else the one label that contains the text)."""
    from .errors import UsageError

    layers = map_data(kg, {}, lang)["layers"]
    exact = [x for x in layers if name in (x["label"], x["key"], x["iri"])]
    part = [x for x in layers if name.casefold() in x["label"].casefold()]
    hit = exact or part
    if len(hit) != 1:
        names = "; ".join(x["label"] for x in layers) or "none (no designation, model or indicator has two places)"
        raise UsageError(f"{'no' if not hit else 'more than one'} map layer matches {name!r}; layers: {names}")
    return hit[0]["key"]
