"""The eight questions osaid answers about what a licence lets a user do, declared once.

``osaid.licenses._facts`` answers them licence by licence; ``osaid.permissions`` combines the
answers over an expression. Both read the questions from here, so neither imports the other.
"""

from typing import Literal

__all__ = ["QUESTIONS", "Answer", "Question"]

Answer = Literal["yes", "no", "unknown"]
Question = Literal[
    "commercial-use",
    "modification",
    "redistribution",
    "no-use-restrictions",
    "no-user-threshold",
    "attribution-required",
    "share-alike",
    "patent-grant",
]

QUESTIONS: tuple[tuple[Question, str, Answer], ...] = (
    ("commercial-use", "May I use it commercially?", "yes"),
    ("modification", "May I modify it and share the result?", "yes"),
    ("redistribution", "May I redistribute it?", "yes"),
    ("no-use-restrictions", "Is it free of use-based restrictions?", "yes"),
    ("no-user-threshold", "Is it free of user-count or company-size thresholds?", "yes"),
    ("attribution-required", "Must I give attribution?", "no"),
    ("share-alike", "Must derivatives be shared under the same terms?", "no"),
    ("patent-grant", "Does it grant patent rights?", "yes"),
)
"""Each question: its key, how a user asks it, and the answer that is the permissive one."""
