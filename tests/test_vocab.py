"""One vocabulary read from the ontology (gxkg.vocab): every term defined in both languages, and no code path
that emits a class, property, unit or qualifier the ontology lacks."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from gxkg.sources.figures import find_figures
from gxkg.vocab import GXO, shapes_turtle, units_and_qualifiers_markdown, vocabulary

SRC = ROOT / "src" / "gxkg"
# CamelCase string constants in these modules name gxo: terms (classes, units, qualifiers) by local name
LOCAL_NAME_MODULES = ["numbers.py", "sources/figures.py", "sources/ingest.py", "sources/build.py", "sources/draft.py",
                      "sources/patterns.py", "ask/lexicon.py", "render.py"]
NOT_GXO = {"NewsArticle"}  # schema:NewsArticle, a source kind


@pytest.fixture(scope="module")
def vocab():
    return vocabulary()


def test_every_term_has_labels_and_definitions_in_zh_and_en(vocab):
    missing = [(t.local, what, lang) for t in vocab.terms.values() for what, d in (("label", t.label), ("definition", t.definition))
               for lang in ("zh", "en") if not d.get(lang)]
    assert missing == []
    assert len(vocab.classes) >= 25 and len(vocab.properties) >= 60 and len(vocab.units) >= 20


def test_a_property_without_a_chinese_definition_fails(tmp_path):
    """The check above is real: drop one @zh comment and the vocabulary reports it."""
    text = (DATA / "ontology" / "gxkg.ttl").read_text(encoding="utf-8")
    block = re.search(r"gxo:heldIn a owl:ObjectProperty ;.*?\n\n", text, re.S).group(0)
    cut = re.sub(r'rdfs:comment "[^"]*"@zh ,\s*', "rdfs:comment ", block)
    assert cut != block
    p = tmp_path / "gxkg.ttl"
    p.write_text(text.replace(block, cut), encoding="utf-8")
    assert "zh" not in vocabulary(p).properties["heldIn"].definition


def test_properties_have_domain_or_range_and_units_a_notation(vocab):
    assert vocab.properties["heldIn"].domain == GXO + "Event" and vocab.properties["heldIn"].range == GXO + "Place"
    assert all(u.notation for u in vocab.units.values())
    assert {"元/公斤", "元", "亩", "公斤", "吨", "包", "倍", "hm²"} <= {f for f, _ in vocab.unit_forms()}


def _emitted_terms() -> dict[str, set[str]]:
    """gxo: terms the code writes: gxo:x in queries and templates, GXO.x, GXO + "x", {GXO}x in Python, and
    CamelCase local names in the modules that make figures and drafts."""
    found: dict[str, set[str]] = {}
    pat = re.compile(r'gxo:([A-Za-z]\w*)|GXO\.([A-Za-z]\w*)|GXO(?:_NS)?\s*\+\s*"([A-Za-z]\w*)|\{GXO(?:_NS)?\}([A-Za-z]\w*)')
    for f in SRC.rglob("*"):
        if f.suffix not in (".py", ".rq", ".html", ".js") or "__pycache__" in f.parts:
            continue
        for m in pat.finditer(f.read_text(encoding="utf-8")):
            found.setdefault(next(g for g in m.groups() if g), set()).add(str(f.relative_to(ROOT)))
    for rel in LOCAL_NAME_MODULES:
        tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
        for n in ast.walk(tree):
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*", n.value):
                if n.value not in NOT_GXO:
                    found.setdefault(n.value, set()).add(f"src/gxkg/{rel}")
    return found


def test_code_emits_only_terms_the_ontology_defines(vocab):
    found = _emitted_terms()
    assert {"locatedIn", "Observation", "Percent", "MoreThan", "Rank"} <= set(found)  # the scan sees the code
    undeclared = {t: sorted(w) for t, w in found.items() if not vocab.has(t)}
    assert undeclared == {}


def test_units_come_from_the_ontology(tmp_path, monkeypatch):
    """Remove a unit from the ontology and ingest no longer emits it: units are read, not copied."""
    assert find_figures("收购价12元/公斤。")[0].unit == "CNYPerKg"
    for d in ("ontology",):
        shutil.copytree(DATA / d, tmp_path / d)
    onto = tmp_path / "ontology" / "gxkg.ttl"
    text = onto.read_text(encoding="utf-8")
    onto.write_text(re.sub(r"gxo:CNYPerKg a gxo:Unit ;.*?\n\n", "", text, flags=re.S), encoding="utf-8")
    monkeypatch.setenv("GXKG_DATA", str(tmp_path))
    units = {f.unit for f in find_figures("收购价12元/公斤。")}
    assert units == {"CNY"} and "CNYPerKg" not in vocabulary().units


def test_every_emitted_unit_is_declared(vocab):
    from test_numbers import FORMS

    units = {f.unit for s, *_ in FORMS for f in find_figures(s)}
    assert units and units <= set(vocab.units)


def test_shapes_check_units_by_class_not_a_copied_list():
    """Units, qualifiers and every relation's classes are checked by shapes made from the ontology's ranges
    and domains (sh:class gxo:Unit for gxo:unit); no unit is listed in code, docs or shapes."""
    made = shapes_turtle()
    unit = re.search(r"range-unit>.*?\.\n", made, re.S).group(0)
    assert f"sh:path <{GXO}unit> ; sh:or ( [ sh:class <{GXO}Unit> ] )" in unit and "controlled set" in unit
    assert f"[ sh:class <{GXO}Qualifier> ]" in made
    shapes = (DATA / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    assert "gxo:CNYPerJin" not in shapes

    def text(p):  # a generated table is made from the ontology, not a copy
        return re.sub(r"<!-- generated:.*?<!-- end generated -->", "", p.read_text(encoding="utf-8"), flags=re.S)

    copies = [p for p in [*SRC.rglob("*.py"), ROOT / "README.md", *(ROOT / "docs").glob("*.md")] if "CNYPerJin" in text(p)]
    assert copies == []


def test_shapes_file_restates_no_domain_or_range(vocab):
    """ontology/shapes.ttl holds only what the ontology cannot say: no sh:class that is a property's range."""
    shapes = (DATA / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    restated = [(p, c) for p, c in re.findall(r"sh:path gxo:(\w+) ;[^\]]*?sh:class gxo:(\w+)", shapes)
                if p in vocab.properties and GXO + c in vocab.properties[p].ranges]
    assert restated == []


def test_every_relation_has_question_words_and_display_labels_in_zh_and_en(vocab):
    """A relation between entities that ask could not recognise or the pages could not label fails here."""
    assert {"soldOn", "soldTo", "exportedTo", "agreementWith", "locatedIn", "heldIn"} <= set(vocab.relations)
    assert not {"unit", "about", "derivedBy", "premise", "nameChange"} & set(vocab.relations)  # records, not relations
    assert vocab.unnamed_relations() == []
    assert vocab.properties["soldOn"].questions["en"][0] == "sold on" and "销往" in vocab.properties["soldTo"].article_words


def test_a_relation_without_question_words_or_a_label_fails(tmp_path):
    """The check above can fail: drop soldOn's English question words and agreementWith's Chinese label."""
    text = (DATA / "ontology" / "gxkg.ttl").read_text(encoding="utf-8")
    sold = re.search(r"gxo:soldOn a owl:ObjectProperty ;.*?\n\n", text, re.S).group(0)
    cut = re.sub(r',\s*"[^"]*"@en', "", re.sub(r'"[^"]*"@en ,\s*', "", sold.split("gxo:questionWord", 1)[1]))
    text = text.replace(sold, sold.split("gxo:questionWord", 1)[0] + "gxo:questionWord" + cut)
    text = text.replace('rdfs:label "签约合作"@zh , ', "rdfs:label ")
    p = tmp_path / "gxkg.ttl"
    p.write_text(text, encoding="utf-8")
    assert vocabulary(p).unnamed_relations() == [("agreementWith", "label", "zh"), ("soldOn", "question words", "en")]


def test_docs_unit_table_is_made_from_the_ontology():
    docs = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    got = docs.split("<!-- generated: units and qualifiers -->\n", 1)[1].split("<!-- end generated -->", 1)[0]
    assert got == units_and_qualifiers_markdown(), "run: python -m gxkg.vocab, and paste into docs/sources.md"


def test_reading_figures_imports_no_rdflib():
    code = ("import sys; from gxkg.sources.figures import find_figures; from gxkg.validate import parse_stated; "
            "find_figures('销售额1.5亿元，收购价12元/公斤'); "
            "print(sorted(m for m in ('rdflib', 'pyshacl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code.replace("from gxkg.validate import parse_stated; ", "")],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


def test_the_vocabulary_reaches_the_indicator_scheme(vocab):
    """One vocabulary: the indicator scheme (src/gxkg/reference/indicators.ttl) through vocab.indicators."""
    assert len(vocab.indicators) >= 15
    assert all(c.label.get("zh") and c.label.get("en") and c.wordings for c in vocab.indicators.values())


# Where code names a class: is_a(x, "County"), s.of("Product"), cls=/classes= arguments, a comparison with a
# name about classes (cls == "Event", level in (...)), and the tables of classes (PLACE_CLASSES, CLASS_WORDS ...).
CLASS_CALLS = {"is_a", "of", "_subject_before", "_listed"}
CLASS_KEYWORDS = {"cls", "classes", "kinds"}
CLASS_NAMES = re.compile(r"cls|level|^c$|^kind$")
CLASS_TABLES = re.compile(r"CLASS|PLACES|^ADMIN$|^HOLDERS$|^parties$|^order$")
CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")


def _strings(node) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and CAMEL.fullmatch(n.value)}


def _name(node) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _class_positions(tree) -> set[str]:
    """The CamelCase strings a module uses where a class is meant (see CLASS_CALLS and the patterns above)."""
    found: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Call):
            if _name(n.func) in CLASS_CALLS:
                found |= set().union(*map(_strings, n.args[1:] if _name(n.func) == "is_a" else n.args))
            found |= set().union(*(_strings(k.value) for k in n.keywords if k.arg in CLASS_KEYWORDS))
        elif isinstance(n, ast.Compare):
            sides = [n.left, *n.comparators]
            if any(CLASS_NAMES.search(_name(s)) for s in sides):
                found |= set().union(*(_strings(s) for s in sides if not _name(s)))
        elif isinstance(n, (ast.Assign, ast.AnnAssign)):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if any(CLASS_TABLES.search(_name(t)) for t in targets):
                found |= _strings(n.value)
    return found


def _classes_named_in_code() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in SRC.rglob("*.py"):
        for name in _class_positions(ast.parse(f.read_text(encoding="utf-8"))):
            found.setdefault(name, set()).add(str(f.relative_to(ROOT)))
    return found


def test_no_code_path_names_a_class_the_ontology_lacks(vocab):
    """Every class the code names (in a check, a table or an argument) is a class of the ontology."""
    found = _classes_named_in_code()
    assert {"County", "Prefecture", "Product", "Platform", "Event", "Designation", "Village"} <= set(found)  # the scan sees the code
    unknown = {c: sorted(w) for c, w in found.items() if c not in vocab.classes}
    assert unknown == {}


def test_the_class_scan_sees_a_class_the_ontology_lacks():
    """The check above can fail: a comparison, an is_a, a table and a cls= argument naming a class that is not there."""
    code = ('if sp.cls == "Cooperative": pass\nkg.is_a(x, "Marketplace")\nPLACE_CLASSES = ("County", "Hamlet")\n'
            'Span("x", 0, 1, cls="Farm")\nlabel = "Guangxi"\n')
    assert _class_positions(ast.parse(code)) == {"Cooperative", "Marketplace", "County", "Hamlet", "Farm"}


def test_entity_classes_and_how_they_are_drawn_come_from_the_ontology(vocab, kg):
    """The network's classes are the ontology's classes of entities; each has its own display colour and shape."""
    assert {"County", "Platform", "Designation", "Place"} <= set(vocab.entity_classes)
    assert not {"Observation", "Evidence", "Unit", "DerivationRule"} & set(vocab.entity_classes)
    assert vocab.style("County") == ("#5b9bd5", "dot") and vocab.style("Platform") == ("#4472c4", "square")
    assert all(t.colour and t.shape for t in vocab.entity_classes.values())
    assert kg.entity_classes == {t.iri for t in vocab.entity_classes.values()}  # the graph's own ontology, from its store
    assert {"displayColour", "displayShape"} <= set(vocab.properties)


def test_domains_and_ranges_have_one_reader():
    """Only gxkg.vocab reads rdfs:domain and rdfs:range from the ontology in Python: the build's relation check,
    the SHACL shapes, ask and ingest all take them from the Vocabulary."""
    reads = re.compile(r'\bRDFS\.(domain|range)\b|rdf-schema#(domain|range)|\bRDFS\s*\+\s*"(domain|range)"|rdfs:(domain|range)\b')
    readers = sorted(str(f.relative_to(SRC)) for f in SRC.rglob("*.py")
                     if reads.search(re.sub(r'""".*?"""|#[^\n]*', "", f.read_text(encoding="utf-8"), flags=re.S)))
    assert readers == ["vocab.py"]


def test_units_of_one_quantity_kind_convert_by_the_ontologys_multipliers():
    v = vocabulary()
    assert v.converted(8000, "SquareMetre", "Hectare") == pytest.approx(0.8)
    assert v.converted(8000, "SquareMetre", "Mu") == pytest.approx(12)
    assert v.converted(40, "CNYPerJin", "CNYPerKg") == pytest.approx(80)
    assert v.converted(1, "CNY", "USD") is None  # no exchange rate: never converted
    assert v.converted(1, "SquareMetre", "CNYPerKg") is None  # other kinds
    assert "hectares" in v.unit_words("en")["Hectare"] and "公顷" in v.unit_words("zh")["Hectare"]


def test_a_built_store_keeps_its_ontology_beside_it_and_reads_the_same_vocabulary(kg):
    """A built store answers its ontology queries from the triples kept beside it (gxkg.vocab.save_beside):
    the same vocabulary as the store's own indexes give."""
    from gxkg.vocab import BESIDE, of_store

    store_dir = Path(kg.store.path)
    assert all((store_dir / name).is_file() for name in BESIDE.values())
    assert vars(kg.vocabulary) == vars(of_store(kg.store))
    assert kg.vocabulary.name_classes() and "https://w3id.org/gxkg/ontology#County" in kg.vocabulary.name_classes()


def test_a_store_without_the_ontology_files_reads_its_ontology_from_the_store(kg, tmp_path):
    from gxkg.kg import KnowledgeGraph
    from gxkg.vocab import BESIDE

    copy = tmp_path / "store"
    shutil.copytree(kg.store.path, copy)
    for name in BESIDE.values():
        (copy / name).unlink()
    older = KnowledgeGraph.open(store_dir=copy, quiet=True)
    assert vars(older.vocabulary) == vars(kg.vocabulary)
    assert older._ontology == kg._ontology
    assert older.classes() == kg.classes()
