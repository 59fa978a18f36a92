"""Write the generated tables of ``docs/licenses.md`` from osaid's licence tables.

The page's prose is written by hand; each table (and the counts and dates beside it) sits
between a pair of markers, ``<!-- generated: NAME -->`` and ``<!-- end generated: NAME -->``,
and this script rewrites what lies between them from ``osaid.licenses._tables`` and
``osaid.licenses._facts``. Run it after changing a table:
``python scripts/generate_license_docs.py``. ``--check`` exits 1 when the committed page is
out of date (the test suite runs it).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from osaid.licenses import _facts as f
from osaid.licenses import _tables as t

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "licenses.md"
SPDX_JSON = ROOT / "src" / "osaid" / "licenses" / "_data" / "spdx.json"
BLOCK = re.compile(
    r"(<!-- generated: (?P<name>[a-z-]+) -->\n)(?P<body>.*?)(<!-- end generated: (?P=name) -->)",
    re.DOTALL,
)
_DASH = "—"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _code(value: str | None) -> str:
    return f"`{value}`" if value else _DASH


def _link(url: str) -> str:
    return f"<{url}>"


def _span(ids: Sequence[str]) -> str:
    # A row's ids are listed in full in the table; its note names the first and the last.
    return f"`{ids[0]}`" if len(ids) == 1 else f"`{ids[0]}` … `{ids[-1]}`"


def _words(values: Sequence[str]) -> str:
    return ", ".join(values) if values else _DASH


def spdx_summary() -> str:
    """The vendored SPDX list's version and counts."""
    data = json.loads(SPDX_JSON.read_text("utf-8"))
    licenses = data["licenses"]
    osi = sum(1 for row in licenses.values() if row[2])
    return (
        f"The vendored list is SPDX License List **{data['license-list-version']}**: "
        f"{len(licenses)} licences ({osi} flagged\nOSI-approved) and "
        f"{len(data['exceptions'])} exceptions. Every report names the list version it used.\n"
    )


def osi_overrides() -> str:
    """The OSI overrides table, with its review date."""
    rows = (
        (_code(r.spdx_id), "yes" if r.osi_approved else "no", _link(r.source), r.note)
        for r in t.OSI_OVERRIDES
    )
    head = f"Last reviewed: {t.SPDX_OVERRIDES_REVIEWED}.\n\n"
    return head + _table(("SPDX id", "OSI-approved", "Source", "Note"), rows)


def open_terms() -> str:
    """The open-terms allow-list."""
    rows = ((_code(r.spdx_id), r.reason, _link(r.source)) for r in t.OPEN_TERMS)
    head = f"{len(t.OPEN_TERMS)} licences:\n\n"
    return head + _table(("SPDX id", "Why it is open", "Source"), rows)


def mof_open_data() -> str:
    """The Model Openness Tool's open-data list."""
    rows = ((_code(r.spdx_id), _code(r.mot_spelling)) for r in t.MOF_OPEN_DATA)
    return _table(("SPDX id", "MOT spelling"), rows)


def ai_licenses() -> str:
    """The AI model licence table, then why each verdict is what it is and what was read."""
    header = (
        "Ref",
        "HF id",
        "Name",
        "Code",
        "Parameters",
        "Data information",
        "Restrictions",
        "Freedoms withheld",
        "Reviewed",
        "Source",
    )
    rows = (
        (
            _code(r.ref),
            _code(r.hf_id),
            r.name,
            r.code,
            r.parameters,
            r.data_information,
            _words(r.restrictions),
            _words(r.freedoms),
            r.reviewed or ("not re-read" if r.ref in t.PENDING_REVIEW else "unreviewed"),
            _link(r.source),
        )
        for r in t.AI_LICENSES
    )
    why = "\n".join(
        f"- `{r.ref}`: {r.reason}" + (f" Read from <{r.read_from}>." if r.read_from else "")
        for r in t.AI_LICENSES
    )
    return _table(header, rows) + "\n### Why\n\n" + why + "\n"


def hf_licenses() -> str:
    """The Hugging Face Hub licence ids."""
    rows = (
        (_code(r.hf_id), r.name, r.kind, _code(r.target), r.note or _DASH) for r in t.HF_LICENSES
    )
    return _table(("Hub id", "Hub name", "Kind", "osaid id", "Note"), rows)


def facts_reviewed() -> str:
    """The review date of the facts table."""
    return f"Last reviewed: {f.FACTS_REVIEWED}.\n"


def questions() -> str:
    """The eight questions and their permissive answers."""
    explained = dict(_QUESTION_RULES)
    rows = ((_code(key), text, answer, explained[key]) for key, text, answer in f.QUESTIONS)
    return _table(("Key", "Question", "Permissive answer", "How osaid answers it"), rows)


def _facts(rows: Sequence[f.LicenseFacts]) -> str:
    header = (
        "Licence ids",
        "Commercial",
        "Modify & share",
        "Redistribute",
        "No use restrictions",
        "No user threshold",
        "Attribution",
        "Share-alike",
        "Patent grant",
        "Source",
    )
    body = (
        (
            ", ".join(f"`{i}`" for i in r.ids),
            r.commercial_use,
            r.modification,
            r.redistribution,
            r.no_use_restrictions,
            r.no_user_threshold,
            r.attribution_required,
            r.share_alike,
            r.patent_grant,
            _link(r.source),
        )
        for r in rows
    )
    notes = "\n".join(f"- {_span(r.ids)}: {r.note}" for r in rows)
    return _table(header, body) + "\nNotes:\n\n" + notes + "\n"


def facts_software() -> str:
    """What each software licence lets you do."""
    return _facts(f.SOFTWARE_FACTS)


def facts_content() -> str:
    """What each content and data licence lets you do."""
    return _facts(f.CONTENT_FACTS)


def facts_ai() -> str:
    """What each AI model licence lets you do."""
    return _facts(f.AI_FACTS)


# How each question is answered, in the words the docs use (the rules of ``_facts.py``).
_QUESTION_RULES = (
    (
        "commercial-use",
        "Yes when commercial use is allowed at all, even with conditions that other questions "
        "report (a user threshold, a use policy).",
    ),
    (
        "modification",
        "Yes when you may make modified versions (adaptations, fine-tunes) and share them. A "
        "no-derivatives licence answers no even where it tolerates private adaptations.",
    ),
    ("redistribution", "Yes when you may pass on copies, modified or not."),
    (
        "no-use-restrictions",
        "No when the licence forbids particular uses or limits the purposes the work may "
        "serve: behavioural-use clauses, acceptable-use policies, research-only or other "
        "field-of-use limits. A non-commercial clause on its own is reported under commercial "
        "use, not here.",
    ),
    (
        "no-user-threshold",
        "No when your rights depend on how many users you have or how large your business is.",
    ),
    (
        "attribution-required",
        "Yes when you must credit the authors or keep their copyright or attribution notices "
        "when you pass the work on. Having to include only the licence text does not count.",
    ),
    (
        "share-alike",
        "Yes when what you build on the work must be passed on under the same licence, or must "
        "carry its restrictions forward: copyleft, share-alike, and model licences that make "
        "their use restrictions and terms travel with every derivative (Llama, Gemma, the RAIL "
        "family and several research licences).",
    ),
    (
        "patent-grant",
        "Yes only for an express patent licence. A licence that is silent about patents, or "
        "excludes them, answers no (the reading choosealicense.com gives MIT); a grant worded "
        'only as "intellectual property rights" answers unknown.',
    ),
)

GENERATORS: dict[str, Callable[[], str]] = {
    "spdx-summary": spdx_summary,
    "osi-overrides": osi_overrides,
    "open-terms": open_terms,
    "mof-open-data": mof_open_data,
    "ai-licenses": ai_licenses,
    "hf-licenses": hf_licenses,
    "facts-reviewed": facts_reviewed,
    "questions": questions,
    "facts-software": facts_software,
    "facts-content": facts_content,
    "facts-ai": facts_ai,
}


def render(page: str) -> str:
    """``page`` with every generated block rewritten from the tables.

    Raises:
        ValueError: when a block names no generator, or a generator has no block on the page.
    """
    seen: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in GENERATORS:
            raise ValueError(f"docs/licenses.md: unknown generated block {name!r}")
        seen.add(name)
        return match[1] + GENERATORS[name]() + match[4]

    text = BLOCK.sub(replace, page)
    missing = sorted(set(GENERATORS) - seen)
    if missing:
        raise ValueError(f"docs/licenses.md: no generated block for {', '.join(missing)}")
    return text


def main(argv: list[str]) -> int:
    """Rewrite the page, or with ``--check`` report whether it is up to date."""
    current = PAGE.read_text("utf-8")
    try:
        text = render(current)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if "--check" in argv:
        if text != current:
            print(f"{PAGE} is out of date: run python scripts/generate_license_docs.py")
            return 1
        return 0
    PAGE.write_text(text, "utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
