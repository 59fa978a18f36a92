"""Checks on the DATA of ``osaid.licenses._facts``: what each licence lets a user do.

These tests read no engine code: only ``osaid.licenses._facts``, ``osaid.licenses._tables``,
the vendored SPDX list and ``docs/licenses.md``.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, get_args

import pytest

from osaid.licenses import _facts as f
from osaid.licenses import _tables as t

ROOT = Path(__file__).resolve().parent.parent
SPDX_JSON = ROOT / "src" / "osaid" / "licenses" / "_data" / "spdx.json"
DOCS = ROOT / "docs" / "licenses.md"
DOCS_SECTION = "## What each licence lets you do"

CC_FAMILY = re.compile(r"^CC-BY(-NC)?(-ND|-SA)?-\d+\.\d+(-[A-Za-z]+)?$")
NC = re.compile(r"(^|-)NC(-|$)")
ND = re.compile(r"(^|-)ND(-|$)")

# The licences the table must cover beyond AI_LICENSES and OPEN_TERMS (issue 7, item 2).
REQUIRED_SPDX = (
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Zlib",
    "BSL-1.0",
    "Unlicense",
    "0BSD",
    "MPL-2.0",
    "EPL-1.0",
    "EPL-2.0",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "CC0-1.0",
    "ODC-By-1.0",
    "ODbL-1.0",
    "PDDL-1.0",
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "OpenMDW-1.0",
    "Artistic-2.0",
    "AFL-3.0",
    "OSL-3.0",
    "ECL-2.0",
    "EUPL-1.1",
    "EUPL-1.2",
    "MS-PL",
    "NCSA",
    "PostgreSQL",
    "OFL-1.1",
    "LPPL-1.3c",
    "WTFPL",
    "C-UDA-1.0",
    "LGPLLR",
    "etalab-2.0",
)

ANSWER_FIELDS = (
    "commercial_use",
    "modification",
    "redistribution",
    "no_use_restrictions",
    "no_user_threshold",
    "attribution_required",
    "share_alike",
    "patent_grant",
)


@cache
def spdx_licenses() -> dict[str, list[Any]]:
    data: dict[str, Any] = json.loads(SPDX_JSON.read_text(encoding="utf-8"))
    result: dict[str, list[Any]] = data["licenses"]
    return result


@cache
def rows_by_id() -> dict[str, f.LicenseFacts]:
    return {lic_id: row for row in f.LICENSE_FACTS for lic_id in row.ids}


def ai_refs() -> set[str]:
    return {row.ref for row in t.AI_LICENSES}


def row_for(lic_id: str) -> f.LicenseFacts:
    row = rows_by_id().get(lic_id)
    assert row is not None, f"{lic_id} has no row in LICENSE_FACTS"
    return row


def docs_section() -> str:
    text = DOCS.read_text(encoding="utf-8")
    start = text.find(DOCS_SECTION)
    assert start >= 0, f"docs/licenses.md has no {DOCS_SECTION!r} section"
    rest = text[start + len(DOCS_SECTION) :]
    end = re.search(r"^## ", rest, flags=re.MULTILINE)
    return rest if end is None else rest[: end.start()]


# ---------------------------------------------------------------------------- the questions


def test_questions_are_the_question_literal_in_order() -> None:
    assert tuple(key for key, _text, _answer in f.QUESTIONS) == get_args(f.Question)


def test_each_question_maps_to_a_field_of_license_facts() -> None:
    fields = tuple(key.replace("-", "_") for key, _text, _answer in f.QUESTIONS)
    assert fields == ANSWER_FIELDS
    assert f.LicenseFacts._fields == ("ids", *ANSWER_FIELDS, "source", "note")


def test_questions_are_asked_and_their_permissive_answer_is_yes_or_no() -> None:
    for key, text, permissive in f.QUESTIONS:
        assert text.endswith("?"), key
        assert permissive in ("yes", "no"), key
    permissive_answers = {key: answer for key, _text, answer in f.QUESTIONS}
    assert permissive_answers["attribution-required"] == "no"
    assert permissive_answers["share-alike"] == "no"
    assert permissive_answers["commercial-use"] == "yes"
    assert permissive_answers["patent-grant"] == "yes"


def test_facts_reviewed_is_an_iso_date() -> None:
    assert date.fromisoformat(f.FACTS_REVIEWED).isoformat() == f.FACTS_REVIEWED


# ---------------------------------------------------------------------------- well-formed rows


@pytest.mark.parametrize("row", f.LICENSE_FACTS, ids=lambda row: row.ids[0])
def test_row_is_well_formed(row: f.LicenseFacts) -> None:
    assert row.ids, row
    assert len(set(row.ids)) == len(row.ids), row.ids
    allowed = set(get_args(f.Answer))
    for field in ANSWER_FIELDS:
        assert getattr(row, field) in allowed, (row.ids, field)
    assert row.source.startswith("https://"), row.ids
    assert " " not in row.source, row.ids
    assert row.note, row.ids
    assert "\n" not in row.note, row.ids
    assert row.note == row.note.strip(), row.ids


def test_every_id_is_a_current_spdx_id_or_an_ai_licence_ref() -> None:
    refs = ai_refs()
    for row in f.LICENSE_FACTS:
        for lic_id in row.ids:
            if lic_id.startswith("LicenseRef-"):
                assert lic_id in refs, f"{lic_id} is not an AI_LICENSES ref"
            else:
                assert lic_id in spdx_licenses(), f"{lic_id} is not on the SPDX list"
                assert not spdx_licenses()[lic_id][1], f"{lic_id} is deprecated"


def test_no_id_appears_in_two_rows() -> None:
    seen: dict[str, tuple[str, ...]] = {}
    for row in f.LICENSE_FACTS:
        for lic_id in row.ids:
            assert lic_id not in seen, f"{lic_id} is in {seen[lic_id]} and {row.ids}"
            seen[lic_id] = row.ids


def test_no_id_is_written_as_a_pattern() -> None:
    for lic_id in rows_by_id():
        assert not re.search(r"[*?\[\]{}|]", lic_id), lic_id


# ---------------------------------------------------------------------------- coverage


def test_every_ai_licence_has_a_row() -> None:
    missing = ai_refs() - set(rows_by_id())
    assert not missing, sorted(missing)


def test_every_open_terms_licence_has_a_row() -> None:
    missing = {row.spdx_id for row in t.OPEN_TERMS} - set(rows_by_id())
    assert not missing, sorted(missing)


def test_every_required_spdx_licence_has_a_row() -> None:
    missing = set(REQUIRED_SPDX) - set(rows_by_id())
    assert not missing, sorted(missing)


def test_every_hugging_face_licence_id_with_a_target_has_a_row() -> None:
    targets = {row.target for row in t.HF_LICENSES if row.target is not None}
    missing = targets - set(rows_by_id())
    assert not missing, sorted(missing)


def test_every_creative_commons_family_id_on_the_spdx_list_has_a_row() -> None:
    family = {
        lic_id for lic_id, row in spdx_licenses().items() if CC_FAMILY.match(lic_id) and not row[1]
    }
    assert len(family) >= 50
    missing = family - set(rows_by_id())
    assert not missing, sorted(missing)


def test_creative_commons_families_are_grouped_one_row_per_family() -> None:
    def family_of(lic_id: str) -> str:
        return re.sub(r"-\d+\.\d+(-[A-Za-z]+)?$", "", lic_id)

    for row in f.LICENSE_FACTS:
        cc = [lic_id for lic_id in row.ids if CC_FAMILY.match(lic_id)]
        if cc:
            assert len(cc) == len(row.ids), row.ids
            assert len({family_of(lic_id) for lic_id in cc}) == 1, row.ids


# ---------------------------------------------------------------------------- consistency


@pytest.mark.parametrize("ai", t.AI_LICENSES, ids=lambda ai: ai.ref)
def test_answers_agree_with_the_ai_licence_table(ai: t.AILicense) -> None:
    row = row_for(ai.ref)
    restrictions = set(ai.restrictions)
    if restrictions & {"non-commercial", "research-only"}:
        assert row.commercial_use == "no", ai.ref
    if "user-threshold" in restrictions:
        assert row.no_user_threshold == "no", ai.ref
    if restrictions & {"use-restriction", "acceptable-use-policy", "field-of-use", "research-only"}:
        assert row.no_use_restrictions == "no", ai.ref
    if "no-derivatives" in restrictions:
        assert row.modification == "no", ai.ref
    if "attribution-naming" in restrictions:
        assert row.attribution_required == "yes", ai.ref
    if "all-rights-reserved" in restrictions:
        assert (row.commercial_use, row.modification, row.redistribution) == ("no", "no", "no")
    if ai.parameters == "open":
        assert row.commercial_use == "yes", ai.ref
        assert row.modification == "yes", ai.ref
        assert row.redistribution == "yes", ai.ref
        assert row.no_use_restrictions == "yes", ai.ref
        assert row.no_user_threshold == "yes", ai.ref


def test_proprietary_grants_nothing() -> None:
    row = row_for("LicenseRef-proprietary")
    assert all(getattr(row, field) == "no" for field in ANSWER_FIELDS)


@pytest.mark.parametrize("spdx_id", [row.spdx_id for row in t.OPEN_TERMS])
def test_open_terms_licences_grant_the_four_freedoms(spdx_id: str) -> None:
    row = row_for(spdx_id)
    assert row.commercial_use == "yes", spdx_id
    assert row.modification == "yes", spdx_id
    assert row.redistribution == "yes", spdx_id
    assert row.no_use_restrictions == "yes", spdx_id
    assert row.no_user_threshold == "yes", spdx_id


def test_every_osi_approved_row_grants_the_four_freedoms() -> None:
    for lic_id, row in rows_by_id().items():
        if lic_id in spdx_licenses() and spdx_licenses()[lic_id][2]:
            answers = (
                row.commercial_use,
                row.modification,
                row.redistribution,
                row.no_use_restrictions,
                row.no_user_threshold,
            )
            assert answers == ("yes",) * 5, lic_id


def test_every_non_commercial_id_forbids_commercial_use() -> None:
    nc = [lic_id for lic_id in rows_by_id() if NC.search(lic_id)]
    assert len(nc) >= 24
    for lic_id in nc:
        assert rows_by_id()[lic_id].commercial_use == "no", lic_id


def test_every_no_derivatives_id_forbids_modification() -> None:
    nd = [lic_id for lic_id in rows_by_id() if ND.search(lic_id)]
    assert len(nd) >= 13
    for lic_id in nd:
        assert rows_by_id()[lic_id].modification == "no", lic_id


def test_share_alike_and_attribution_follow_the_creative_commons_elements() -> None:
    for lic_id, row in rows_by_id().items():
        if CC_FAMILY.match(lic_id):
            assert row.attribution_required == "yes", lic_id
            assert row.share_alike == ("yes" if "-SA-" in lic_id else "no"), lic_id
            assert row.patent_grant == "no", lic_id


@pytest.mark.parametrize(
    ("lic_id", "field", "answer"),
    [
        ("MIT", "patent_grant", "no"),
        ("Apache-2.0", "patent_grant", "yes"),
        ("CC0-1.0", "attribution_required", "no"),
        ("CC0-1.0", "patent_grant", "no"),
        ("GPL-3.0-only", "share_alike", "yes"),
        ("BSD-3-Clause-Clear", "patent_grant", "no"),
        ("LicenseRef-llama3.1", "commercial_use", "yes"),
        ("LicenseRef-llama3.1", "no_user_threshold", "no"),
        ("LicenseRef-gemma", "no_use_restrictions", "no"),
        ("LicenseRef-creativeml-openrail-m", "commercial_use", "yes"),
        ("CC-BY-NC-4.0", "commercial_use", "no"),
        ("LicenseRef-openmdw-1.1", "patent_grant", "yes"),
    ],
)
def test_landmark_facts(lic_id: str, field: str, answer: str) -> None:
    assert getattr(row_for(lic_id), field) == answer


def test_other_rows_group_only_the_only_and_or_later_forms_of_one_text() -> None:
    for row in f.LICENSE_FACTS:
        if len(row.ids) > 1 and not CC_FAMILY.match(row.ids[0]):
            bases = {re.sub(r"-(only|or-later)$", "", lic_id) for lic_id in row.ids}
            assert len(bases) == 1, row.ids


# ---------------------------------------------------------------------------- docs


def test_docs_section_lists_every_row_and_its_ids() -> None:
    section = docs_section()
    for row in f.LICENSE_FACTS:
        for lic_id in row.ids:
            assert f"`{lic_id}`" in section, f"{lic_id} is missing from {DOCS_SECTION!r}"


def test_docs_section_names_the_review_date_and_every_source() -> None:
    section = docs_section()
    assert f.FACTS_REVIEWED in section
    for row in f.LICENSE_FACTS:
        assert row.source in section, row.ids


def test_unreviewed_ai_licences_answer_nothing() -> None:
    for ai in t.AI_LICENSES:
        if ai.reviewed is None and ai.ref not in t.PENDING_REVIEW:
            row = row_for(ai.ref)
            assert all(getattr(row, field) == "unknown" for field in ANSWER_FIELDS), ai.ref


def test_facts_are_grouped_software_content_ai() -> None:
    assert f.LICENSE_FACTS == f.SOFTWARE_FACTS + f.CONTENT_FACTS + f.AI_FACTS
    for row in f.AI_FACTS:
        assert all(lic_id.startswith("LicenseRef-") for lic_id in row.ids), row.ids
    for row in f.SOFTWARE_FACTS + f.CONTENT_FACTS:
        assert not any(lic_id.startswith("LicenseRef-") for lic_id in row.ids), row.ids
    for row in f.SOFTWARE_FACTS:
        assert not any(CC_FAMILY.match(lic_id) for lic_id in row.ids), row.ids
    open_terms = {row.spdx_id for row in t.OPEN_TERMS}
    for row in f.SOFTWARE_FACTS:
        assert not open_terms & set(row.ids), row.ids
