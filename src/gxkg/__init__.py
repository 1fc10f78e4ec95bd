"""gxkg: a knowledge graph of Guangxi's e-commerce ecosystem."""

__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "GxkgError", "__version__"]


def __getattr__(name):
    # Lazy, so `gxkg --version` and `--help` do not pay for rdflib.
    if name == "KnowledgeGraph":
        from .kg import KnowledgeGraph
        return KnowledgeGraph
    if name == "GxkgError":
        from .errors import GxkgError
        return GxkgError
    raise AttributeError(name)
