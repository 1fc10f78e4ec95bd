"""RDF terms as pyoxigraph objects, and their plain (picklable, JSON-able) forms for crossing processes."""

from __future__ import annotations

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_plain(t) -> tuple | None:
    """('uri', iri) | ('literal', value, lang, datatype) | ('bnode', id) | None."""
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return ("bnode", t.value)
    if isinstance(t, ox.Literal):
        return ("literal", t.value, t.language, t.datatype.value)
    raise TypeError(f"unsupported term {t!r}")


def from_plain(p):
    if p is None:
        return None
    if p[0] == "uri":
        return ox.NamedNode(p[1])
    if p[0] == "bnode":
        return ox.BlankNode(p[1])
    _, value, lang, dt = p
    if lang:
        return ox.Literal(value, language=lang)
    return ox.Literal(value, datatype=ox.NamedNode(dt or XSD_STRING))


def json_term(t) -> dict:
    """A term in the SPARQL 1.1 JSON results form."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": json_term(t.subject), "predicate": json_term(t.predicate),
                                            "object": json_term(t.object)}}
    raise TypeError(f"unsupported term {t!r}")


def value(t) -> str | None:
    """The lexical value of a term (an IRI's text for IRIs), or None."""
    return None if t is None else t.value


def iri(s: str) -> ox.NamedNode:
    return ox.NamedNode(str(s))


def lit(s: str, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(s, language=lang)
    return ox.Literal(s, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(s)
