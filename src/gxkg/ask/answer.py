"""The answer to one question: what it says, the queries that produced it, and what a reader checks it by."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import GxkgError


class AskTimeout(GxkgError):
    """A question still being answered when its time limit ran out: it stops at its next query."""

    exit_code = 3

    def __init__(self, seconds: float):
        super().__init__(f"the question took longer than {seconds:g} s; ask a shorter one")


@dataclass
class Answer:
    question: str
    language: str
    entities: list = field(default_factory=list)
    sparql: str = ""
    answers: list = field(default_factory=list)
    evidence: list = field(default_factory=list)  # sentences, in the answer's language (the project's English)
    sources: list = field(default_factory=list)  # {quote, translation, title, publisher, date, url}
    notes: list = field(default_factory=list)  # read X as Y; computed; derived; a part not answered
    understood: str = ""
    unrecognised: list = field(default_factory=list)
    suggestion: str = ""
    intent: str = ""
    counted: list = field(default_factory=list)  # the labels of the things a count counted (asked of each next)

    @property
    def refused(self) -> bool:
        return not self.answers

    @property
    def exit_code(self) -> int:
        """0 answered, 2 refused: the same in every output format."""
        return 2 if self.refused else 0

    def as_json(self) -> dict:
        return {"question": self.question, "language": self.language, "intent": self.intent,
                "entities": self.entities, "sparql": self.sparql, "answers": self.answers,
                "evidence": self.evidence, "sources": self.sources, "notes": self.notes,
                "understood": self.understood, "unrecognised": self.unrecognised, "suggestion": self.suggestion,
                "refused": self.refused}
