"""One exception family for every domain error; the CLI turns each into a one-line message."""


class GxkgError(Exception):
    """Base of all gxkg errors. `exit_code` is what the CLI exits with."""

    exit_code = 1


class NotFound(GxkgError):
    """A name matched no entity. Carries near matches to suggest."""

    exit_code = 2

    def __init__(self, name: str, suggestions: list[tuple[str, str]] | None = None):
        self.name = name
        self.suggestions = suggestions or []
        msg = f"no entity named {name!r}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(f"{label} ({kind})" for label, kind in self.suggestions) + "?"
        super().__init__(msg)


class Ambiguous(GxkgError):
    """A name matched several entities equally well."""

    exit_code = 2

    def __init__(self, name: str, candidates: list[tuple[str, str, str]]):
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{label} ({kind}, {curie})" for label, kind, curie in candidates)
        super().__init__(f"{name!r} is ambiguous, choose one of: {listed}")


class QueryError(GxkgError):
    """A SPARQL query that does not parse, is refused, or fails."""

    exit_code = 2


class QueryRefused(QueryError):
    """The client's mistake: a syntax error, an update, SERVICE, an unknown graph (HTTP 400)."""


class QueryTimeout(QueryError):
    """A SPARQL query ran past its time limit."""


class QueryMemoryError(QueryError):
    """A SPARQL query needed more memory than its limit."""


class Busy(GxkgError):
    """Every query worker is taken; the server answers 503 at once."""


class GraphParseError(GxkgError):
    """A graph or ontology file that does not parse; names the file and line."""


class UsageError(GxkgError):
    """Bad option values that click cannot catch (unknown class, relation, parameter)."""

    exit_code = 2


class OutputExists(GxkgError):
    """Refusal to overwrite a user's file without --force."""

    exit_code = 1
