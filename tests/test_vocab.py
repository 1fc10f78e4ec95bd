"""One vocabulary read from the ontology (gxkg.vocab): every term defined in both languages, and no code path
that emits a class, property, unit or qualifier the ontology lacks."""

import ast
import re
import shutil
import subprocess
import sys

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
