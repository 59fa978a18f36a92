"""What a licence lets a user do: commercial use, modification, sharing, restrictions.

The answers come from the curated table ``osaid.licenses._facts`` (a fact and a source per
licence, ``unknown`` where the table does not know). An expression combines them as a
recipient would read it: under ``A OR B`` the recipient may pick the more permissive answer,
under ``A AND B`` both apply, so the more restrictive answer holds.

>>> facts = license_permissions("MIT OR CC-BY-NC-4.0")
>>> facts["commercial-use"].answer
'yes'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import TypeAdapter
from pydantic_core import to_json

from osaid._model import Frozen
from osaid.licenses import parse
from osaid.licenses._parse import And, Lic, Node, Or, With
from osaid.licenses._questions import QUESTIONS as _QUESTION_TABLE
from osaid.licenses._questions import Answer, Question

if TYPE_CHECKING:
    from osaid.report import Permission

__all__ = [
    "QUESTIONS",
    "Answer",
    "LicensePermission",
    "Question",
    "license_permissions",
    "permissions_data",
    "permissions_json",
    "release_permissions",
]


class LicensePermission(Frozen):
    """One answer about a licence expression, and the licences that decide it."""

    question: Question
    asks: str
    answer: Answer
    decided_by: tuple[str, ...]
    source: str | None = None
    note: str | None = None
    """What the table says about the licence that decides the answer."""


QUESTIONS: tuple[Question, ...] = tuple(q for q, _asks, _permissive in _QUESTION_TABLE)
"""The questions' keys, in the order reports ask them (``osaid.licenses`` declares them)."""

_Leaf = dict[Question, tuple[Answer, str | None, str | None]]


@functools.cache
def _table() -> Mapping[str, _Leaf]:
    from osaid.licenses._facts import LICENSE_FACTS

    table: dict[str, _Leaf] = {}
    for row in LICENSE_FACTS:
        answers: _Leaf = {
            q: (getattr(row, q.replace("-", "_")), row.source, row.note or None) for q in QUESTIONS
        }
        for lic_id in row.ids:
            table[lic_id] = answers
    return MappingProxyType(table)


def _rank(question: Question, answer: Answer) -> int:
    return _RANKED[_QUESTION_AT[question]][answer]


_Answers = dict[Question, tuple[Answer, tuple[str, ...], str | None, str | None]]


def _leaf(lic_id: str) -> _Answers:
    if lic_id == "NONE":
        granted = "NONE: no licence is granted"
        return {
            q: ("no" if _rank(q, "no") == 0 else "yes", (lic_id,), None, granted) for q in QUESTIONS
        }
    row = _table().get(lic_id)
    if row is None:
        unknown = f"osaid's table has no facts about {lic_id}"
        return dict.fromkeys(QUESTIONS, ("unknown", (lic_id,), None, unknown))
    return {q: (row[q][0], (lic_id,), row[q][1], row[q][2]) for q in QUESTIONS}


def _combine(node: Node) -> _Answers:
    if isinstance(node, Lic):
        return _leaf(node.id)
    if isinstance(node, With):
        return _leaf(node.license.id)  # exceptions on the SPDX list only add permissions
    parts = [_combine(arg) for arg in node.args]
    out: _Answers = {}
    for q in QUESTIONS:
        ranked = sorted(parts, key=lambda p: _rank(q, p[q][0]), reverse=isinstance(node, Or))
        best = ranked[0][q]
        same = [p[q] for p in parts if p[q][0] == best[0]]
        ids = tuple(dict.fromkeys(i for _a, decided, _s, _n in same for i in decided))
        out[q] = (best[0], ids if isinstance(node, And) else best[1], best[2], best[3])
    return out


@functools.lru_cache(maxsize=1024)
def _answers(expression: str) -> tuple[Answer, ...]:
    """The answer to each of ``QUESTIONS`` about an expression, in their order (the same for
    an expression as written and its normalised form; reports give the normalised one).

    What every report asks, so kept for many expressions: a few hundred bytes each (the
    answers are shared strings), where the ``LicensePermission`` models of one expression
    take about 7 kB, which would make this memo grow by megabytes over a long stream of
    licences never seen before.
    """
    answers = _combine(parse(expression).tree)
    return tuple(answers[q][0] for q in QUESTIONS)


@functools.lru_cache(maxsize=64)
def _permissions(normalized: str) -> Mapping[Question, LicensePermission]:
    # the full answers, for ``osaid explain`` and callers asking about a licence: reports
    # only read ``_answers``, so a few kept suffice
    answers = _combine(parse(normalized).tree)
    return MappingProxyType(
        {
            q: LicensePermission(
                question=q,
                asks=asks(q),
                answer=answers[q][0],
                decided_by=answers[q][1],
                source=answers[q][2],
                note=answers[q][3],
            )
            for q in QUESTIONS
        }
    )


def license_permissions(expression: str) -> Mapping[Question, LicensePermission]:
    """What ``expression`` lets a user do, question by question.

    Raises:
        LicenseExpressionError: if ``expression`` is not a valid licence expression.
    """
    return _permissions(parse(expression).normalized)


def asks(question: Question) -> str:
    """The question as a user asks it: ``"May I use it commercially?"``."""
    return _asked()[question]


@functools.cache
def _asked() -> Mapping[Question, str]:
    return MappingProxyType({q: text for q, text, _p in _QUESTION_TABLE})


def rank(question: Question, answer: Answer) -> int:
    """2 for the permissive answer, 1 for unknown, 0 for the restrictive one."""
    return _rank(question, answer)


def release_permissions(relevant: tuple[tuple[str, str], ...]) -> tuple[Permission, ...]:
    """What a release lets a user do, given (component, licence) for each component that counts.

    For each question the most restrictive answer among the licences holds, and the
    components whose licences give it set it; with no licence, every answer is unknown.

    >>> [p.answer for p in release_permissions((("training-code", "MIT"),))][:3]
    ['yes', 'yes', 'yes']
    """
    return _permission_models().validate_python(permissions_data(relevant))


def permissions_data(relevant: tuple[tuple[str, str], ...]) -> list[dict[str, object]]:
    """``release_permissions(relevant)`` in its JSON form: what the answers are validated
    from, and what a report written without building its models holds.

    >>> permissions_data((("training-code", "MIT"),))[0]["set-by"]
    ['training-code']
    """
    return [
        {"question": q, "asks": text, "answer": a, "set-by": list(by), "licenses": list(lics)}
        for (q, text, _permissive), (a, by, lics) in zip(
            _QUESTION_TABLE,
            _answered(relevant),
            strict=True,  # mutation: equivalent(constant) — one answer per question
        )
    ]


def permissions_json(relevant: tuple[tuple[str, str], ...]) -> tuple[str, Answer]:
    """``permissions_data(relevant)`` as compact JSON text, as pydantic's serializer writes it
    (a law in the tests), and the answer to ``modification`` (which the profile shows).

    >>> permissions_json((("training-code", "MIT"),))[1]
    'yes'
    """
    answered = _answered(relevant)
    texts: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}
    parts = []
    # the zip's strictness: one answer per question, always
    for head, (answer, by, lics) in zip(_HEADS, answered, strict=True):  # mutation: equivalent
        tail = texts.get((by, lics))
        if tail is None:
            tail = texts[by, lics] = (
                f'"set-by":{to_json(by).decode()},"licenses":{to_json(lics).decode()}}}'
            )
        parts.append(head[answer] + tail)
    return f"[{','.join(parts)}]", answered[_MODIFICATION][0]


_Answered = tuple[Answer, tuple[str, ...], tuple[str, ...]]
"""A question's answer, the components that set it and their licences."""


def _answered(relevant: tuple[tuple[str, str], ...]) -> list[_Answered]:
    """For each question, in order: the most restrictive answer among the licences, the
    components whose licences give it, and those licences (``unknown`` with no licence)."""
    groups: dict[str, list[str]] = {}  # licence -> its components, both in the order given
    for cid, lic in relevant:
        groups.setdefault(lic, []).append(cid)
    if not groups:
        return [("unknown", (), ())] * len(_QUESTION_TABLE)
    given = [(lic, _answers(lic)) for lic in groups]
    # Equivalent mutants: without this shortcut (or with 0 for 1) the loop below answers the
    # same; zip's strictness holds of one rank per licence.
    if len(given) == 1:  # mutation: equivalent(delete,constant) — above
        ((lic, answers),) = given
        everyone = tuple([cid for cid, _lic in relevant])
        return [(a, everyone, (lic,)) for a in answers]
    everyone = tuple([cid for cid, _lic in relevant])
    every = tuple(groups)
    out: list[_Answered] = []
    for i, ranked in enumerate(_RANKED):
        ranks = [ranked[answers[i]] for _lic, answers in given]
        least = min(ranks)
        giving = tuple(
            [
                lic
                for (lic, _a), r in zip(
                    given,
                    ranks,
                    strict=True,  # mutation: equivalent(constant) — above
                )
                if r == least
            ]
        )
        if len(giving) == len(every):  # the common case: every licence gives it
            lics, by = every, everyone
        else:
            lics, by = giving, tuple([cid for cid, lic in relevant if lic in giving])
        out.append((_ANSWER_OF[i][least], by, lics))
    return out


_ALL_ANSWERS: tuple[Answer, ...] = ("yes", "no", "unknown")
_OTHER: dict[Answer, Answer] = {"yes": "no", "no": "yes"}
_RANKED = tuple(
    {answer: rank for rank, answer in enumerate((_OTHER[permissive], "unknown", permissive))}
    for _q, _text, permissive in _QUESTION_TABLE
)
"""For each question, in order, each answer's rank: 0 for the restrictive answer, 1 for
unknown, 2 for the permissive one."""
_QUESTION_AT = {q: i for i, q in enumerate(QUESTIONS)}
_ANSWER_OF = tuple({r: answer for answer, r in ranked.items()} for ranked in _RANKED)
"""For each question, in order, the answer of each rank."""
_HEADS = tuple(
    {
        answer: f'{{"question":"{q}","asks":{to_json(text).decode()},"answer":"{answer}",'
        for answer in _ALL_ANSWERS
    }
    for q, text, _permissive in _QUESTION_TABLE
)
"""For each question, in order, and each answer: its permission as JSON text up to ``set-by``."""
_MODIFICATION = QUESTIONS.index("modification")


@functools.cache
def _permission_models() -> TypeAdapter[tuple[Permission, ...]]:
    """What validates a release's answers in one call (built once, on first use)."""
    from osaid.report import Permission

    return TypeAdapter(tuple[Permission, ...])
