"""The graph described as a dataset others can find and cite (VoID and DCAT), and its figures as W3C Data
Cube observations that statistical tools read.

Both are computed from the store (embedded or an endpoint) with a few aggregate queries and the summary
kept beside a built store, and serialised like any other RDF (turtle, nt, jsonld, xml, trig, nquads).
"""

from __future__ import annotations

from .namespaces import DCAT, DCT, GXO, GXR, ONTOLOGY_IRI, OWL, RDF, RDFS, XSD

DATASET_IRI = "https://w3id.org/gxkg/dataset"
CUBE = "https://w3id.org/gxkg/cube#"
VOID = "http://rdfs.org/ns/void#"
QB = "http://purl.org/linked-data/cube#"
FOAF = "http://xmlns.com/foaf/0.1/"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
EXAMPLES = ("place/450000", "place/450332", "product/liuzhou-luosifen")  # shown to people who find the dataset
PREFIXES = {"void": VOID, "dcat": str(DCAT), "dct": str(DCT), "qb": QB, "cube": CUBE, "foaf": FOAF,
            "gxo": str(GXO), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL)}


def _terms():
    import pyoxigraph as ox

    def lit(v, lang=None, dt=None):
        if lang:
            return ox.Literal(str(v), language=lang)
        if isinstance(v, bool):
            return ox.Literal("true" if v else "false", datatype=ox.NamedNode(str(XSD) + "boolean"))
        if isinstance(v, int):
            return ox.Literal(str(v), datatype=ox.NamedNode(str(XSD) + "integer"))
        return ox.Literal(str(v), datatype=ox.NamedNode(dt)) if dt else ox.Literal(str(v))

    return ox, ox.NamedNode, lit


def void_description(kg, service: str | None = None) -> list:
    """The VoID and DCAT description of the dataset: size (triples, entities, distinct subjects and objects,
    classes and properties, entities per class, triples per named graph), sources, licence (CC BY 4.0),
    version, vocabularies, example resources, and where it is served (`service`: the server's root URL,
    whose /sparql, /reconcile and /resource/... it names)."""
    from . import __version__

    ox, N, lit = _terms()
    T = ox.Triple
    ds, a = N(DATASET_IRI), N(RDF.type)
    summary = kg.summary
    counts = kg.store.select("SELECT (COUNT(DISTINCT ?s) AS ?s_) (COUNT(DISTINCT ?o) AS ?o_) (COUNT(DISTINCT ?p) AS ?p_) "
                             "WHERE { ?s ?p ?o }")[0]
    classes = kg.store.select("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?x a ?c }")[0]["n"].value
    res = str(GXR)
    entities = kg.store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"{res}\")) }}")
    t = [T(ds, a, N(VOID + "Dataset")), T(ds, a, N(str(DCAT) + "Dataset")),
         T(ds, N(str(DCT) + "title"), lit("广西电子商务知识图谱", "zh")),
         T(ds, N(str(DCT) + "title"), lit("Guangxi e-commerce knowledge graph", "en")),
         T(ds, N(str(DCT) + "description"), lit(
             "Guangxi's counties, products, platforms, poverty-alleviation models, policies, events and figures, each "
             "fact with the quote of the source that states it (PROV-O), in the gxkg ontology.", "en")),
         T(ds, N(str(DCT) + "description"), lit("广西县域、产品、平台、电商扶贫模式、政策、活动与数字，每条事实附有陈述它的来源原文（PROV-O）。", "zh")),
         T(ds, N(str(DCT) + "license"), N(LICENSE)),
         T(ds, N(str(DCT) + "creator"), lit("gxkg developers")),
         T(ds, N(str(DCAT) + "version"), lit(__version__)),
         T(ds, N(str(OWL) + "versionInfo"), lit(__version__)),
         T(ds, N(str(DCT) + "conformsTo"), N(ONTOLOGY_IRI)),
         T(ds, N(VOID + "uriSpace"), lit(res)),
         T(ds, N(VOID + "triples"), lit(kg.store.triple_count())),
         T(ds, N(VOID + "entities"), lit(int(entities[0]["n"].value))),
         T(ds, N(VOID + "distinctSubjects"), lit(int(counts["s_"].value))),
         T(ds, N(VOID + "distinctObjects"), lit(int(counts["o_"].value))),
         T(ds, N(VOID + "properties"), lit(int(counts["p_"].value))),
         T(ds, N(VOID + "classes"), lit(int(classes))),
         T(ds, N(RDFS.comment), lit(f"{summary['entities']} entities of the network (places, products, platforms, "
                                    "organisations, models, policies, events ...); void:entities counts every resource "
                                    "in the uriSpace, evidence quotes and figures included.", "en"))]
    for ns in (str(GXO), "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#", "https://schema.org/",
               str(DCT), "http://www.w3.org/2003/01/geo/wgs84_pos#"):
        t.append(T(ds, N(VOID + "vocabulary"), N(ns.rstrip("#") if ns == str(GXO) else ns)))
    for ex in EXAMPLES:
        if kg.names.node(res + ex):
            t.append(T(ds, N(VOID + "exampleResource"), N(res + ex)))
    for src in sorted(summary["sources"]):
        t.append(T(ds, N(str(DCT) + "source"), N(src)))
    for cls, n in sorted(summary["classes"].items()):
        part = ox.BlankNode()
        t += [T(ds, N(VOID + "classPartition"), part), T(part, N(VOID + "class"), N(cls)), T(part, N(VOID + "entities"), lit(n))]
    for g in kg.store.named_graphs():
        n = kg.store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
        t += [T(ds, N(VOID + "subset"), N(g)), T(N(g), a, N(VOID + "Dataset")), T(N(g), N(VOID + "triples"), lit(int(n[0]["n"].value)))]
    if service:
        root = service.rstrip("/")
        sparql, svc, dist = N(root + "/sparql"), ox.BlankNode(), ox.BlankNode()
        t += [T(ds, N(VOID + "sparqlEndpoint"), sparql),
              T(ds, N(VOID + "uriLookupEndpoint"), lit(root + "/search?q=")),
              T(ds, N(FOAF + "homepage"), N(root + "/")),
              T(ds, N(str(DCAT) + "distribution"), dist), T(dist, a, N(str(DCAT) + "Distribution")),
              T(dist, N(str(DCAT) + "accessURL"), sparql), T(dist, N(str(DCAT) + "accessService"), svc),
              T(dist, N(str(DCT) + "license"), N(LICENSE)),
              T(svc, a, N(str(DCAT) + "DataService")), T(svc, N(str(DCAT) + "endpointURL"), sparql),
              T(svc, N(str(DCT) + "conformsTo"), N("https://www.w3.org/TR/sparql11-protocol/")),
              T(svc, N(str(DCAT) + "servesDataset"), ds)]
        rec = ox.BlankNode()
        t += [T(ds, N(str(DCAT) + "accessService"), rec), T(rec, a, N(str(DCAT) + "DataService")),
              T(rec, N(str(DCAT) + "endpointURL"), N(root + "/reconcile")),
              T(rec, N(str(DCT) + "conformsTo"), N("https://www.w3.org/community/reports/reconciliation/CG-FINAL-specs-0.2-20230410/")),
              T(rec, N(str(DCAT) + "servesDataset"), ds), T(ds, N(str(DCAT) + "accessService"), svc)]
    return t


# ------------------------------------------------------------------------------ Data Cube
CUBE_QUERY = """SELECT ?o ?about ?ind ?value ?unit ?q ?cum ?year ?asOf ?date ?start ?end ?zh ?en WHERE {
  ?o a gxo:Observation ; gxo:about ?about ; gxo:indicator ?ind ; gxo:value ?value ; gxo:unit ?unit .
  OPTIONAL { ?o gxo:qualifier ?q } OPTIONAL { ?o gxo:cumulative ?cum }
  OPTIONAL { ?o gxo:year ?year } OPTIONAL { ?o gxo:asOf ?asOf } OPTIONAL { ?o gxo:date ?date }
  OPTIONAL { ?o gxo:periodStart ?start ; gxo:periodEnd ?end }
  OPTIONAL { ?o rdfs:label ?zh FILTER(LANG(?zh) = "zh") } OPTIONAL { ?o rdfs:label ?en FILTER(LANG(?en) = "en") }
}"""


def period_of(row: dict):
    """A figure's period as one literal: its year, month (as of), day, or an ISO 8601 interval ("2018-01/2018-07");
    None when the source states none."""
    import pyoxigraph as ox

    for k in ("year", "asOf", "date"):
        if k in row:
            return row[k]
    if "start" in row and "end" in row:
        return ox.Literal(f"{row['start'].value}/{row['end'].value}")
    return None


def cube(kg) -> tuple[list, list[str]]:
    """(triples, notes): a qb:DataSet of the figures, its qb:DataStructureDefinition (dimensions about, period
    and indicator; measure gxo:value; unit, qualifier and cumulative as attributes) and one qb:Observation per
    figure, on the figure's own IRI so that it keeps its evidence. Figures without a stated period or stated
    only as a range cannot be cube observations; the notes say how many were left out."""
    ox, N, lit = _terms()
    T = ox.Triple
    a, ds, dsd = N(RDF.type), N(CUBE + "figures"), N(CUBE + "structure")
    t = [T(ds, a, N(QB + "DataSet")), T(ds, N(QB + "structure"), dsd),
         T(ds, N(RDFS.label), lit("广西电子商务知识图谱中的数字", "zh")),
         T(ds, N(RDFS.label), lit("Figures of the Guangxi e-commerce knowledge graph", "en")),
         T(ds, N(str(DCT) + "license"), N(LICENSE)), T(ds, N(str(DCT) + "isPartOf"), N(DATASET_IRI)),
         T(dsd, a, N(QB + "DataStructureDefinition"))]
    comps = [("dimension", CUBE + "about", "所指对象", "what the figure is about (a place, product, platform ...)", str(RDFS) + "Resource"),
             ("dimension", CUBE + "period", "时期", "period: a year, a month, a day or an ISO 8601 interval (2018-01/2018-07)",
              str(RDFS) + "Literal"),
             ("dimension", CUBE + "indicator", "指标", "what is measured", str(GXO) + "Indicator"),
             ("measure", str(GXO) + "value", "数值", "the value, in the unit", str(XSD) + "decimal"),
             ("attribute", CUBE + "unit", "单位", "the unit of the value", str(GXO) + "Unit"),
             ("attribute", CUBE + "qualifier", "限定", "how the stated figure relates to the value (about, more than ...)",
              str(GXO) + "Qualifier"),
             ("attribute", CUBE + "cumulative", "累计", "a running total up to the period", str(XSD) + "boolean")]
    kinds = {"dimension": "DimensionProperty", "measure": "MeasureProperty", "attribute": "AttributeProperty"}
    for order, (kind, prop, zh, en, rng) in enumerate(comps, 1):
        spec = ox.BlankNode()
        t += [T(dsd, N(QB + "component"), spec), T(spec, N(QB + kind), N(prop)), T(spec, N(QB + "order"), lit(order)),
              T(N(prop), a, N(QB + kinds[kind]))]
        if prop.startswith(CUBE):  # gxo:value keeps the ontology's labels and range
            t += [T(N(prop), a, N(RDF.Property)), T(N(prop), N(RDFS.label), lit(zh, "zh")),
                  T(N(prop), N(RDFS.label), lit(en, "en")), T(N(prop), N(str(RDFS) + "range"), N(rng))]
        if prop == CUBE + "unit":
            t.append(T(spec, N(QB + "componentRequired"), lit(True)))
    rows = kg.store.select(CUBE_QUERY)
    seen, skipped = set(), 0
    for r in sorted(rows, key=lambda r: r["o"].value):
        if r["o"].value in seen:
            continue
        seen.add(r["o"].value)
        period = period_of(r)
        if period is None:
            skipped += 1
            continue
        o = r["o"]
        t += [T(o, a, N(QB + "Observation")), T(o, N(QB + "dataSet"), ds), T(o, N(CUBE + "about"), r["about"]),
              T(o, N(CUBE + "period"), period), T(o, N(CUBE + "indicator"), r["ind"]), T(o, N(str(GXO) + "value"), r["value"]),
              T(o, N(CUBE + "unit"), r["unit"])]
        if "q" in r:
            t.append(T(o, N(CUBE + "qualifier"), r["q"]))
        if "cum" in r:
            t.append(T(o, N(CUBE + "cumulative"), r["cum"]))
        for k in ("zh", "en"):
            if k in r:
                t.append(T(o, N(RDFS.label), r[k]))
    total = kg.store.select("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a gxo:Observation }")[0]["n"].value
    without_value = int(total) - len(seen)
    notes = []
    if skipped:
        notes.append(f"{skipped} figure(s) without a stated period left out (a cube observation needs every dimension)")
    if without_value:
        notes.append(f"{without_value} figure(s) stated only as a range (no single value) left out")
    if notes:
        t.append(T(ds, N(RDFS.comment), lit("; ".join(notes) + f"; {len(seen) - skipped} of {total} figures are observations.", "en")))
    return t, notes


def serialize(triples: list, fmt: str) -> bytes:
    """Triples in one of export's RDF formats (TriG and N-Quads: in the default graph)."""
    from .export import serialize_triples

    return serialize_triples(triples, fmt, PREFIXES)

