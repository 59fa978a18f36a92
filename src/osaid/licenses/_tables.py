"""osaid's curated licence tables, declared as plain data.

Nothing here reads a file or computes anything: each table is a tuple of rows, and each row
carries the reason a user is shown and the public source it rests on. The engine
(``osaid.licenses._knowledge``) indexes them; ``tests/test_license_tables.py`` checks them
against the vendored SPDX list; ``docs/licenses.md`` shows them.

Tables:

``OSI_OVERRIDES``
    OSI decisions that the SPDX list's ``isOsiApproved`` flag has (or had) not caught up with.
``OPEN_TERMS``
    The allow-list of open content and data licences for parameters, data information and
    datasets (SPEC section 5). OSI-approved licences are open terms too; they are not repeated.
``MOF_OPEN_DATA``
    The Model Openness Tool's open-data licence list, used by the ``mof-1.0`` policy.
``AI_LICENSES``
    Model licences that are not on the SPDX list, addressable as ``LicenseRef-<hub id>``.
``HF_LICENSES``
    Every licence id the Hugging Face Hub accepts, mapped to what osaid knows.
"""

from typing import Literal, NamedTuple

VerdictName = Literal["open", "not-open", "undetermined"]
Freedom = Literal["use", "study", "modify", "share"]
Restriction = Literal[
    "use-restriction",
    "acceptable-use-policy",
    "user-threshold",
    "non-commercial",
    "no-derivatives",
    "research-only",
    "field-of-use",
    "attribution-naming",
    "all-rights-reserved",
    "territory",
    "guardrails",
    "permission-required",
]
HFKind = Literal["spdx", "deprecated-spdx", "ai", "family", "unknown", "other"]


# --------------------------------------------------------------------------------------------
# OSI approvals the SPDX flag lags behind
# --------------------------------------------------------------------------------------------


class OsiOverride(NamedTuple):
    """A reviewed fact about OSI approval that takes precedence over SPDX's flag."""

    spdx_id: str
    osi_approved: bool
    source: str
    """The OSI page (opensource.org) that records the decision."""
    note: str
    """When OSI decided, and when (or whether) SPDX followed."""


SPDX_OVERRIDES_REVIEWED = "2026-11-26"
"""When ``OSI_OVERRIDES`` was last checked against OSI's list and the vendored SPDX list."""

OSI_OVERRIDES: tuple[OsiOverride, ...] = (
    OsiOverride(
        spdx_id="CDDL-1.1",
        osi_approved=True,
        source="https://opensource.org/license/cddl-1-1",
        note=(
            "Approved by the OSI board on 2025-07-18 (legacy approval; minutes at "
            "https://opensource.org/meeting-minutes/2025-07-18). SPDX flagged it late, in list "
            "3.29.0; the row keeps the fact if an older list is vendored."
        ),
    ),
    OsiOverride(
        spdx_id="curl",
        osi_approved=True,
        source="https://opensource.org/license/curl",
        note=(
            "Approved by the OSI board on 2026-04-17 as a legacy licence (minutes at "
            "https://opensource.org/meeting-minutes/2026-04-17). SPDX flagged it late, in list "
            "3.29.0; the row keeps the fact if an older list is vendored."
        ),
    ),
    OsiOverride(
        spdx_id="BSD-3-Clause-Open-MPI",
        osi_approved=True,
        source="https://opensource.org/license/bsd-3-clause-open-mpi",
        note=(
            "Approved by the OSI on 2025-07-18 (license-review list, July 2025). SPDX's flag "
            "followed later (spdx/license-list-XML issue 2842) and is set in list 3.29.0."
        ),
    ),
    OsiOverride(
        spdx_id="Python-2.0.1",
        osi_approved=True,
        source="https://opensource.org/meeting-minutes/2026-06-29",
        note=(
            "Approved by the OSI board on 2026-06-29. SPDX's flag followed "
            "(spdx/license-list-XML pull request 3075) and is set in list 3.29.0."
        ),
    ),
    OsiOverride(
        spdx_id="CNRI-Python-GPL-Compatible",
        osi_approved=True,
        source="https://opensource.org/meeting-minutes/2026-06-29",
        note=(
            "Approved by the OSI board on 2026-06-29 together with Python-2.0.1. SPDX's flag "
            "followed (spdx/license-list-XML pull request 3075) and is set in list 3.29.0."
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# Open terms: the allow-list for parameters, data information and datasets
# --------------------------------------------------------------------------------------------


class OpenTermsRow(NamedTuple):
    """A licence that is not OSI-approved but grants the four freedoms for content or data."""

    spdx_id: str
    reason: str
    source: str


_CC_BY = (
    "Creative Commons Attribution: copying, modification and redistribution for any purpose, "
    "with attribution as the only condition."
)
_CC_BY_SA = (
    "Creative Commons Attribution-ShareAlike: copying, modification and redistribution for any "
    "purpose, with attribution and share-alike for adaptations; share-alike is allowed by OSAID."
)

OPEN_TERMS: tuple[OpenTermsRow, ...] = (
    OpenTermsRow(
        "CC0-1.0",
        "Creative Commons Zero: the rights holder waives copyright and related rights as far as "
        "the law allows, so any use, modification and redistribution is free of conditions.",
        "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
    ),
    OpenTermsRow("CC-BY-1.0", _CC_BY, "https://creativecommons.org/licenses/by/1.0/legalcode"),
    OpenTermsRow("CC-BY-2.0", _CC_BY, "https://creativecommons.org/licenses/by/2.0/legalcode"),
    OpenTermsRow("CC-BY-2.5", _CC_BY, "https://creativecommons.org/licenses/by/2.5/legalcode"),
    OpenTermsRow(
        "CC-BY-2.5-AU", _CC_BY, "https://creativecommons.org/licenses/by/2.5/au/legalcode"
    ),
    OpenTermsRow("CC-BY-3.0", _CC_BY, "https://creativecommons.org/licenses/by/3.0/legalcode"),
    OpenTermsRow(
        "CC-BY-3.0-AT", _CC_BY, "https://creativecommons.org/licenses/by/3.0/at/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-3.0-AU", _CC_BY, "https://creativecommons.org/licenses/by/3.0/au/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-3.0-DE", _CC_BY, "https://creativecommons.org/licenses/by/3.0/de/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-3.0-IGO", _CC_BY, "https://creativecommons.org/licenses/by/3.0/igo/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-3.0-NL", _CC_BY, "https://creativecommons.org/licenses/by/3.0/nl/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-3.0-US", _CC_BY, "https://creativecommons.org/licenses/by/3.0/us/legalcode"
    ),
    OpenTermsRow("CC-BY-4.0", _CC_BY, "https://creativecommons.org/licenses/by/4.0/legalcode"),
    OpenTermsRow(
        "CC-BY-SA-1.0", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/1.0/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-2.0", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/2.0/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-2.0-UK", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/2.0/uk/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-2.1-JP", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/2.1/jp/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-2.5", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/2.5/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-3.0", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/3.0/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-3.0-AT", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/3.0/at/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-3.0-DE", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/3.0/de/legalcode"
    ),
    OpenTermsRow(
        "CC-BY-SA-3.0-IGO",
        _CC_BY_SA,
        "https://creativecommons.org/licenses/by-sa/3.0/igo/legalcode",
    ),
    OpenTermsRow(
        "CC-BY-SA-4.0", _CC_BY_SA, "https://creativecommons.org/licenses/by-sa/4.0/legalcode"
    ),
    OpenTermsRow(
        "CDLA-Permissive-1.0",
        "Community Data License Agreement, Permissive: data may be used, modified and shared "
        "for any purpose; the only condition is to keep the agreement's notice when sharing.",
        "https://cdla.dev/permissive-1-0/",
    ),
    OpenTermsRow(
        "CDLA-Permissive-2.0",
        "Community Data License Agreement, Permissive 2.0: data may be used, modified and "
        "shared for any purpose, with the licence text (or a link to it) as the only condition.",
        "https://cdla.dev/permissive-2-0/",
    ),
    OpenTermsRow(
        "CDLA-Sharing-1.0",
        "Community Data License Agreement, Sharing: data may be used, modified and shared for "
        "any purpose; data published on must stay under the same agreement, a copyleft that "
        "OSAID allows.",
        "https://cdla.dev/sharing-1-0/",
    ),
    OpenTermsRow(
        "ODC-By-1.0",
        "Open Data Commons Attribution: a database and its contents may be used, adapted and "
        "shared for any purpose, with attribution as the only condition.",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    OpenTermsRow(
        "ODbL-1.0",
        "Open Data Commons Open Database License: a database may be used, adapted and shared "
        "for any purpose, with attribution and share-alike for adapted databases; share-alike "
        "is allowed by OSAID.",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
    OpenTermsRow(
        "PDDL-1.0",
        "Open Data Commons Public Domain Dedication and License: the database and its contents "
        "are placed in the public domain, or licensed without conditions where that is not "
        "possible.",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
    OpenTermsRow(
        "etalab-2.0",
        "Etalab Open Licence 2.0 (Licence Ouverte): information may be reused, adapted and shared "
        "for any purpose, commercial included, with mention of its source as the only condition; "
        "the Open Definition lists it as conformant.",
        "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
    ),
    OpenTermsRow(
        "OGL-UK-1.0",
        "UK Open Government Licence 1.0: information may be copied, adapted and exploited "
        "commercially or not, with attribution as the condition; conformant with the Open "
        "Definition.",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/",
    ),
    OpenTermsRow(
        "OGL-UK-2.0",
        "UK Open Government Licence 2.0: information may be copied, adapted and exploited "
        "commercially or not, with attribution as the condition; conformant with the Open "
        "Definition.",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/",
    ),
    OpenTermsRow(
        "OGL-UK-3.0",
        "UK Open Government Licence 3.0: information may be copied, adapted and exploited "
        "commercially or not, with attribution as the condition; conformant with the Open "
        "Definition.",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
    OpenTermsRow(
        "OGL-Canada-2.0",
        "Open Government Licence - Canada 2.0: information may be copied, modified and shared for "
        "any lawful purpose, commercial included, with attribution as the condition; conformant "
        "with the Open Definition.",
        "https://open.canada.ca/en/open-government-licence-canada",
    ),
    OpenTermsRow(
        "DL-DE-BY-2.0",
        "Data licence Germany - attribution - 2.0: data may be used, changed and shared for any "
        "purpose, commercial included, with a source note as the condition; conformant with the "
        "Open Definition.",
        "https://www.govdata.de/dl-de/by-2-0",
    ),
    OpenTermsRow(
        "DL-DE-ZERO-2.0",
        "Data licence Germany - zero - 2.0: data may be used, changed and shared for any purpose "
        "without conditions; conformant with the Open Definition.",
        "https://www.govdata.de/dl-de/zero-2-0",
    ),
    OpenTermsRow(
        "NLOD-1.0",
        "Norwegian Licence for Open Government Data 1.0: information may be copied, adapted and "
        "used for any purpose, commercial included, with attribution as the condition; conformant "
        "with the Open Definition.",
        "https://data.norge.no/nlod/en/1.0",
    ),
    OpenTermsRow(
        "NLOD-2.0",
        "Norwegian Licence for Open Government Data 2.0: information may be copied, adapted and "
        "used for any purpose, commercial included, with attribution as the condition; conformant "
        "with the Open Definition.",
        "https://data.norge.no/nlod/en/2.0",
    ),
    OpenTermsRow(
        "O-UDA-1.0",
        "Open Use of Data Agreement 1.0: data may be used, modified and shared for any purpose, "
        "and results (such as trained models) are unrestricted; keeping the agreement's notice is "
        "the condition.",
        "https://github.com/microsoft/Open-Use-of-Data-Agreement/blob/v1.0/O-UDA-1.0.md",
    ),
    OpenTermsRow(
        "CC-PDDC",
        "Creative Commons Public Domain Dedication and Certification: the work is dedicated to, "
        "or certified as being in, the public domain, so any use, modification and sharing is "
        "free of conditions.",
        "https://creativecommons.org/licenses/publicdomain/",
    ),
    OpenTermsRow(
        "CC-PDM-1.0",
        "Creative Commons Public Domain Mark 1.0: the work is marked as free of known copyright "
        "restrictions, so any use, modification and sharing is free of conditions.",
        "https://creativecommons.org/publicdomain/mark/1.0/",
    ),
    OpenTermsRow(
        "LAL-1.2",
        "Free Art License 1.2 (Licence Art Libre): works may be copied, modified and shared for "
        "any purpose, with attribution and copyleft for modified works; the Open Definition lists "
        "it as conformant.",
        "https://artlibre.org/licence/lal/licence-art-libre-12/",
    ),
    OpenTermsRow(
        "LAL-1.3",
        "Free Art License 1.3 (Licence Art Libre): works may be copied, modified and shared for "
        "any purpose, with attribution and copyleft for modified works; the Open Definition lists "
        "it as conformant.",
        "https://artlibre.org/licence/lal/en/",
    ),
    OpenTermsRow(
        "GFDL-1.1-no-invariants-only",
        "GNU Free Documentation License 1.1 without invariant sections: documents may be copied, "
        "modified and shared for any purpose, with attribution and copyleft; the Open Definition "
        "lists the GFDL as conformant provided no section is invariant, which these ids state.",
        "https://www.gnu.org/licenses/old-licenses/fdl-1.1.html",
    ),
    OpenTermsRow(
        "GFDL-1.1-no-invariants-or-later",
        "GNU Free Documentation License 1.1 without invariant sections: documents may be copied, "
        "modified and shared for any purpose, with attribution and copyleft; the Open Definition "
        "lists the GFDL as conformant provided no section is invariant, which these ids state.",
        "https://www.gnu.org/licenses/old-licenses/fdl-1.1.html",
    ),
    OpenTermsRow(
        "GFDL-1.2-no-invariants-only",
        "GNU Free Documentation License 1.2 without invariant sections: documents may be copied, "
        "modified and shared for any purpose, with attribution and copyleft; the Open Definition "
        "lists the GFDL as conformant provided no section is invariant, which these ids state.",
        "https://www.gnu.org/licenses/old-licenses/fdl-1.2.html",
    ),
    OpenTermsRow(
        "GFDL-1.2-no-invariants-or-later",
        "GNU Free Documentation License 1.2 without invariant sections: documents may be copied, "
        "modified and shared for any purpose, with attribution and copyleft; the Open Definition "
        "lists the GFDL as conformant provided no section is invariant, which these ids state.",
        "https://www.gnu.org/licenses/old-licenses/fdl-1.2.html",
    ),
    OpenTermsRow(
        "GFDL-1.3-no-invariants-only",
        "GNU Free Documentation License 1.3 without invariant sections: documents may be copied, "
        "modified and shared for any purpose, with attribution and copyleft; the Open Definition "
        "lists the GFDL as conformant provided no section is invariant, which these ids state.",
        "https://www.gnu.org/licenses/fdl-1.3.html",
    ),
    OpenTermsRow(
        "GFDL-1.3-no-invariants-or-later",
        "GNU Free Documentation License 1.3 without invariant sections: documents may be copied, "
        "modified and shared for any purpose, with attribution and copyleft; the Open Definition "
        "lists the GFDL as conformant provided no section is invariant, which these ids state.",
        "https://www.gnu.org/licenses/fdl-1.3.html",
    ),
    OpenTermsRow(
        "OpenMDW-1.0",
        "OpenMDW License Agreement 1.0: model materials (weights, data, documentation, code) "
        "may be used, modified and shared for any purpose under copyright, patent, database "
        "and trade-secret rights, keeping the licence notice.",
        "https://github.com/OpenMDW/OpenMDW/blob/main/1.0/LICENSE.openmdw",
    ),
)


# --------------------------------------------------------------------------------------------
# The Model Openness Tool's open-data list (mof-1.0 policy)
# --------------------------------------------------------------------------------------------


class MofOpenDataRow(NamedTuple):
    """A licence the Model Openness Tool accepts as an open data licence."""

    spdx_id: str
    mot_spelling: str
    """How the MOT writes the id (usually the SPDX id itself)."""
    source: str


_MOT = "https://github.com/lfai/model_openness_tool"

MOF_OPEN_DATA: tuple[MofOpenDataRow, ...] = (
    MofOpenDataRow("CC0-1.0", "CC0-1.0", _MOT),
    MofOpenDataRow("CC-BY-1.0", "CC-BY-1.0", _MOT),
    MofOpenDataRow("CC-BY-2.0", "CC-BY-2.0", _MOT),
    MofOpenDataRow("CC-BY-2.5", "CC-BY-2.5", _MOT),
    MofOpenDataRow("CC-BY-2.5-AU", "CC-BY-2.5-AU", _MOT),
    MofOpenDataRow("CC-BY-3.0", "CC-BY-3.0", _MOT),
    MofOpenDataRow("CC-BY-3.0-AT", "CC-BY-3.0-AT", _MOT),
    MofOpenDataRow("CC-BY-3.0-AU", "CC-BY-3.0-AU", _MOT),
    MofOpenDataRow("CC-BY-3.0-DE", "CC-BY-3.0-DE", _MOT),
    MofOpenDataRow("CC-BY-3.0-IGO", "CC-BY-3.0-IGO", _MOT),
    MofOpenDataRow("CC-BY-3.0-NL", "CC-BY-3.0-NL", _MOT),
    MofOpenDataRow("CC-BY-3.0-US", "CC-BY-3.0-US", _MOT),
    MofOpenDataRow("CC-BY-4.0", "CC-BY-4.0", _MOT),
    MofOpenDataRow("CC-BY-SA-1.0", "CC-BY-SA-1.0", _MOT),
    MofOpenDataRow("CC-BY-SA-2.0", "CC-BY-SA-2.0", _MOT),
    MofOpenDataRow("CC-BY-SA-2.0-UK", "CC-BY-SA-2.0-UK", _MOT),
    MofOpenDataRow("CC-BY-SA-2.1-JP", "CC-BY-SA-2.1-JP", _MOT),
    MofOpenDataRow("CC-BY-SA-2.5", "CC-BY-SA-2.5", _MOT),
    MofOpenDataRow("CC-BY-SA-3.0", "CC-BY-SA-3.0", _MOT),
    MofOpenDataRow("CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-AT", _MOT),
    MofOpenDataRow("CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-DE", _MOT),
    MofOpenDataRow("CC-BY-SA-3.0-IGO", "CC-BY-SA-3.0-IGO", _MOT),
    MofOpenDataRow("CC-BY-SA-4.0", "CC-BY-SA-4.0", _MOT),
    MofOpenDataRow("CDLA-Permissive-1.0", "CDLA-Permissive-1.0", _MOT),
    MofOpenDataRow("CDLA-Permissive-2.0", "CDLA-Permissive-2.0", _MOT),
    MofOpenDataRow("CDLA-Sharing-1.0", "CDLA-Sharing-1.0", _MOT),
    MofOpenDataRow("PDDL-1.0", "ODC-PDDL-1.0", _MOT),
    MofOpenDataRow("ODC-By-1.0", "ODC-By-1.0", _MOT),
    MofOpenDataRow("ODbL-1.0", "ODbL-1.0", _MOT),
    MofOpenDataRow("GFDL-1.3-only", "GFDL-1.3", _MOT),
    MofOpenDataRow("GFDL-1.3-or-later", "GFDL-1.3", _MOT),
    MofOpenDataRow("OGL-Canada-2.0", "OGL-Canada-2.0", _MOT),
    MofOpenDataRow("OGL-UK-2.0", "OGL-UK-2.0", _MOT),
    MofOpenDataRow("OGL-UK-3.0", "OGL-UK-3.0", _MOT),
)


# --------------------------------------------------------------------------------------------
# AI model licences that are not on the SPDX list
# --------------------------------------------------------------------------------------------


class AILicense(NamedTuple):
    """A model licence osaid has reviewed, with its verdict for each OSAID element."""

    ref: str
    """``LicenseRef-<hub id>``, or ``LicenseRef-<short name>`` when the Hub has no id."""
    hf_id: str | None
    name: str
    family: str
    """``llama``, ``gemma``, ``openrail``, ``research-non-commercial``, ``grok``, ``openmdw``,
    ``apple-sample-code``."""
    code: VerdictName
    parameters: VerdictName
    data_information: VerdictName
    restrictions: tuple[Restriction, ...]
    freedoms: tuple[Freedom, ...]
    """The OSAID freedoms the licence takes away (empty when it takes none)."""
    reason: str
    source: str
    """The licence text."""
    aliases: tuple[str, ...] = ()
    """Other titles and spellings people write for this licence (model cards, catalogues,
    the licence's own heading). The name recogniser (``_names.py``) reads them."""
    reviewed: str | None = None
    """The ISO date osaid last read the licence text this row rests on, or ``None`` when it has
    not. A row that is not reviewed gives no verdict (every element ``undetermined``) unless
    its ref is in ``PENDING_REVIEW``."""
    read_from: str | None = None
    """Where that text was read when it was not at ``source`` itself: a copy the licensor
    publishes elsewhere (a repository's licence file) or a verbatim copy distributed with a
    model. ``source`` stays the address catalogues link to, which the name recogniser reads."""


PENDING_REVIEW: tuple[str, ...] = ()
"""Rows that keep a verdict although osaid could not read their own text at the last review.

Empty since the review of 2026-11-30, which read the three RAIL rows that waited here (the
OpenRAIL family, BigScience OpenRAIL-M and BigScience BLOOM RAIL 1.0). The list stays as data so
that the docs show any verdict that waits for its own text, and a test keeps it from growing
silently."""

_USE_MODIFY_SHARE: tuple[Freedom, ...] = ("use", "modify", "share")

# Verbatim copies of licence texts that the review read when the licensor's own page could not
# be read: ScanCode LicenseDB (the curated licence texts behind the ScanCode scanner), and a
# Gentoo overlay that ships each model's licence file with its ebuild. Both are pinned to the
# commit that was read.
_SCANCODE_DB = (
    "https://github.com/aboutcode-org/scancode-licensedb/blob"
    "/053a651f5e0182bec226b90c4ad47a709da8687b/docs/"
)
_OVERLAY = (
    "https://github.com/orsonteodoro/oiledmachine-overlay/blob"
    "/1b888cc52413458b434a0a0e4dd3ca11a12c72f8/licenses/"
)
_RAIL_REASON = (
    "Its behavioural-use restrictions forbid listed uses and must be passed on to every "
    "derivative and recipient, so the freedom to use, modify and share for any purpose is "
    "withheld."
)

AI_LICENSES: tuple[AILicense, ...] = (
    AILicense(
        "LicenseRef-llama2",
        "llama2",
        "Llama 2 Community License Agreement",
        "llama",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "user-threshold", "field-of-use"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by Meta's acceptable use policy (section 1.b.iv), the materials and "
            "their outputs may not be used to improve any other large language model (1.b.v), and "
            "services with more than 700 million monthly active users need a licence Meta may "
            "refuse (2)."
        ),
        source="https://www.llama.com/llama2/license/",
        aliases=("Llama 2 Community License", "Meta Llama 2 Community License Agreement"),
        reviewed="2026-11-30",
        read_from="https://github.com/meta-llama/llama-models/blob/main/models/llama2/LICENSE",
    ),
    AILicense(
        "LicenseRef-llama3",
        "llama3",
        "Llama 3 Community License Agreement",
        "llama",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=(
            "acceptable-use-policy",
            "user-threshold",
            "field-of-use",
            "attribution-naming",
        ),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by Meta's acceptable use policy (section 1.b.iv), the materials and "
            "their outputs may not be used to improve any other large language model (1.b.v), "
            "services with more than 700 million monthly active users need a licence Meta may "
            "refuse (2), and a distributed model built with them must start its name with 'Llama "
            "3' and products must show 'Built with Meta Llama 3' (1.b.i)."
        ),
        source="https://www.llama.com/llama3/license/",
        aliases=(
            "Meta Llama 3 Community License Agreement",
            "Meta Llama 3 Community License",
            "Llama 3 Community License",
        ),
        reviewed="2026-11-30",
        read_from="https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE",
    ),
    AILicense(
        "LicenseRef-llama3.1",
        "llama3.1",
        "Llama 3.1 Community License Agreement",
        "llama",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "user-threshold", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by Meta's acceptable use policy, services with more than 700 million "
            "monthly active users need a separate licence, and derived models must start their "
            "name with 'Llama' and show 'Built with Llama'."
        ),
        source="https://www.llama.com/llama3_1/license/",
        aliases=("Llama 3.1 Community License", "Meta Llama 3.1 Community License Agreement"),
        reviewed="2026-11-30",
        read_from="https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE",
    ),
    AILicense(
        "LicenseRef-llama3.2",
        "llama3.2",
        "Llama 3.2 Community License Agreement",
        "llama",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "user-threshold", "attribution-naming", "territory"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by Meta's acceptable use policy (section 1.b.iv), which withholds the "
            "section 1.a rights in the multimodal Llama 3.2 models from individuals domiciled in, "
            "and companies with their principal place of business in, the European Union; "
            "services with more than 700 million monthly active users need a licence Meta may "
            "refuse (2); and a distributed model built with the materials must start its name "
            "with 'Llama' and products must show 'Built with Llama' (1.b.i)."
        ),
        source="https://www.llama.com/llama3_2/license/",
        aliases=("Llama 3.2 Community License", "Meta Llama 3.2 Community License Agreement"),
        reviewed="2026-11-30",
        read_from="https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE",
    ),
    AILicense(
        "LicenseRef-llama3.3",
        "llama3.3",
        "Llama 3.3 Community License Agreement",
        "llama",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "user-threshold", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by Meta's acceptable use policy (section 1.b.iv), services with more "
            "than 700 million monthly active users need a licence Meta may refuse (2), and a "
            "distributed model built with the materials or their outputs must start its name with "
            "'Llama' and products must show 'Built with Llama' (1.b.i). The policy's clause "
            "withholding multimodal models from the EU finds no multimodal model in Llama 3.3."
        ),
        source="https://www.llama.com/llama3_3/license/",
        aliases=("Llama 3.3 Community License", "Meta Llama 3.3 Community License Agreement"),
        reviewed="2026-11-30",
        read_from="https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE",
    ),
    AILicense(
        "LicenseRef-llama4",
        "llama4",
        "Llama 4 Community License Agreement",
        "llama",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "user-threshold", "attribution-naming", "territory"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by Meta's acceptable use policy (section 1.b.iv), which withholds the "
            "section 1.a rights in the multimodal Llama 4 models from individuals domiciled in, "
            "and companies with their principal place of business in, the European Union; "
            "services with more than 700 million monthly active users need a licence Meta may "
            "refuse (2); and a distributed model built with the materials must start its name "
            "with 'Llama' and products must show 'Built with Llama' (1.b.i)."
        ),
        source="https://www.llama.com/llama4/license/",
        aliases=("Llama 4 Community License", "Meta Llama 4 Community License Agreement"),
        reviewed="2026-11-30",
        read_from="https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE",
    ),
    AILicense(
        "LicenseRef-gemma",
        "gemma",
        "Gemma Terms of Use",
        "gemma",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "use-restriction"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by the Gemma Prohibited Use Policy (section 3.2), which must be written "
            "as an enforceable provision into the terms of every distribution of Gemma or a model "
            "derivative (3.1), and Google may restrict use it reasonably believes breaks the "
            "terms (3.2)."
        ),
        source="https://ai.google.dev/gemma/terms",
        aliases=("Gemma License", "Google Gemma Terms of Use"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-openrail",
        "openrail",
        "OpenRAIL license family",
        "openrail",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The RAIL initiative's naming post defines a Responsible AI License as one that "
            "includes behavioural-use restrictions and requires every downstream use, "
            "redistribution included, to carry at least the same restrictions; an OpenRAIL adds "
            "royalty-free access and re-use to that, so no member grants the freedom to use for "
            "any purpose."
        ),
        source=(
            "https://www.licenses.ai/blog/2022/8/18/naming-convention-of-responsible-ai-licenses"
        ),
        aliases=(
            "Open RAIL",
            "Responsible AI License",
            # the naming convention's members, each a template of the family: the suffix
            # says what is licensed (M model, S source, D data, A application)
            "OpenRAIL-M",
            "OpenRAIL-S",
            "OpenRAIL-D",
            "OpenRAIL-A",
        ),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-bigscience-openrail-m",
        "bigscience-openrail-m",
        "BigScience OpenRAIL-M",
        "openrail",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Paragraph 5 forbids the uses listed in Attachment A, and paragraph 4.a makes those "
            "restrictions an enforceable term of every distribution of the model and its "
            "derivatives, so the freedom to use, modify and share for any purpose is withheld."
        ),
        source="https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license",
        aliases=("BigScience Open RAIL-M License",),
        reviewed="2026-11-30",
        read_from=f"{_SCANCODE_DB}bigscience-open-rail-m.LICENSE",
    ),
    AILicense(
        "LicenseRef-creativeml-openrail-m",
        "creativeml-openrail-m",
        "CreativeML OpenRAIL-M",
        "openrail",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Paragraph 5 forbids the uses listed in Attachment A, and paragraph 4.a makes those "
            "restrictions an enforceable term of every distribution of the model and its "
            "derivatives, so the freedom to use, modify and share for any purpose is withheld."
        ),
        source="https://huggingface.co/spaces/CompVis/stable-diffusion-license",
        aliases=("CreativeML Open RAIL-M License",),
        reviewed="2026-11-30",
        read_from="https://github.com/CompVis/stable-diffusion/blob/main/LICENSE",
    ),
    AILicense(
        "LicenseRef-bigcode-openrail-m",
        "bigcode-openrail-m",
        "BigCode Open RAIL-M v1",
        "openrail",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=_RAIL_REASON,
        source="https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement",
        aliases=("BigCode OpenRAIL-M v1 License Agreement",),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/bigcode-project/bigcode-website/blob/main/content/en/docs/pages"
            "/model-license.md"
        ),
    ),
    AILicense(
        "LicenseRef-bigscience-bloom-rail-1.0",
        "bigscience-bloom-rail-1.0",
        "BigScience BLOOM RAIL 1.0",
        "openrail",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Paragraph 5 forbids the uses listed in Attachment A for the BLOOM models and their "
            "derivatives, and paragraph 4.1 makes those restrictions an enforceable term of every "
            "distribution, hosted service included, so the freedom to use, modify and share for "
            "any purpose is withheld."
        ),
        source="https://huggingface.co/spaces/bigscience/license",
        aliases=("BigScience RAIL License v1.0", "BLOOM RAIL License v1.0"),
        reviewed="2026-11-30",
        read_from=f"{_SCANCODE_DB}bigscience-rail-1.0.LICENSE",
    ),
    AILicense(
        "LicenseRef-openrail++",
        "openrail++",
        "CreativeML Open RAIL++-M License",
        "openrail",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Paragraph 5 forbids the uses listed in Attachment A, and paragraph 4.a makes those "
            "restrictions an enforceable term of every distribution of the model and its "
            "derivatives, so the freedom to use, modify and share for any purpose is withheld."
        ),
        source=(
            "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md"
        ),
        aliases=("Open RAIL++-M License", "OpenRAIL++-M"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/Stability-AI/generative-models/blob/main/model_licenses"
            "/LICENSE-SDXL1.0"
        ),
    ),
    AILicense(
        "LicenseRef-fair-noncommercial-research-license",
        "fair-noncommercial-research-license",
        "FAIR Noncommercial Research License",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "acceptable-use-policy"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Meta grants its rights for noncommercial research uses only, under the FAIR "
            "acceptable use policy, and derivatives may be distributed only under the same "
            "agreement, so the freedom to use and share for any purpose is withheld."
        ),
        source="https://github.com/facebookresearch/spiritlm/blob/main/LICENSE",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-apple-amlr",
        "apple-amlr",
        "Apple Machine Learning Research Model License",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("research-only", "non-commercial"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Apple licenses the model and its derivatives for Research Purposes only, which the "
            "licence defines as non-commercial scientific research excluding commercial products "
            "and product development, and derivatives are limited to the same purposes."
        ),
        source="https://huggingface.co/apple/DepthPro/blob/main/LICENSE",
        reviewed="2026-11-30",
        read_from="https://github.com/apple/ml-fastvlm/blob/main/LICENSE_MODEL",
    ),
    AILicense(
        "LicenseRef-deepfloyd-if-license",
        "deepfloyd-if-license",
        "DeepFloyd IF Research License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("research-only", "non-commercial", "use-restriction"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The copyright licence is for non-commercial research purposes only, and the model "
            "and its derivatives may not be used for commercial or production purposes, military "
            "or nuclear purposes, surveillance or biometric processing."
        ),
        source="https://huggingface.co/spaces/DeepFloyd/deepfloyd-if-license",
        reviewed="2026-11-30",
        read_from="https://github.com/deep-floyd/IF/blob/main/LICENSE-MODEL",
    ),
    AILicense(
        "LicenseRef-intel-research",
        "intel-research",
        "Intel Research Use License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("research-only",),
        freedoms=("use", "study", "modify", "share"),
        reason=(
            "Intel grants a copyright licence to use, reproduce, display and distribute the "
            "material solely for research purposes (section 2), grants no right to modify it, "
            "and forbids any other use and any reverse engineering (2.1)."
        ),
        source=(
            "https://huggingface.co/OpenVINO/Llama-3.1-8B-Instruct-FastDraft-150M-int8-ov/blob"
            "/main/LICENSE.md"
        ),
        aliases=("Intel Research Use License",),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/aboutcode-org/scancode-toolkit/blob"
            "/bebf9c39ec1fc440720053e60dc67e18c62aebf4/src/licensedcode/data/licenses"
            "/intel-research-use-2024.LICENSE"
        ),
    ),
    AILicense(
        "LicenseRef-h-research",
        "h-research",
        "H Research License",
        "unreviewed",
        code="undetermined",
        parameters="undetermined",
        data_information="undetermined",
        restrictions=(),
        freedoms=(),
        reason=(
            "osaid has not been able to read the text of the H Research License, and does not "
            "judge a licence from its name: its terms are unreviewed, so no verdict is given. "
            "Read the model's own licence file, or add a policy row for it."
        ),
        source="https://huggingface.co/docs/hub/repositories-licenses",
    ),
    AILicense(
        "LicenseRef-grok2-community",
        "grok2-community",
        "Grok 2 Community License Agreement",
        "grok",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "field-of-use", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "In the xAI Community License Agreement that governs the Grok 2 materials (November "
            "2025), commercial use is licensed only while the guardrails of xAI's acceptable use "
            "policy are kept (section 2.a) and all use must comply with that policy (5); the "
            "materials, derivatives and outputs may not be used to train or improve any other "
            "foundational or general-purpose model (2.b); and distributors must show 'Powered by "
            "xAI' (3)."
        ),
        source="https://huggingface.co/xai-org/grok-2/blob/main/LICENSE",
        aliases=("xAI Community License Agreement", "Grok 2 Community License"),
        reviewed="2026-11-30",
        read_from=f"{_OVERLAY}Grok-2-Community-License-Agreement-20251104",
    ),
    AILicense(
        "LicenseRef-openmdw-1.1",
        "openmdw-1.1",
        "Open Model, Data & Weights License Agreement v1.1",
        "openmdw",
        code="not-open",
        parameters="open",
        data_information="open",
        restrictions=(),
        freedoms=(),
        reason=(
            "OpenMDW-1.1 grants permission to deal in the model materials without restriction "
            "under all copyright, patent, database and trade-secret rights, asking only that the "
            "agreement and notices travel with copies, so parameters and data information under "
            "it are open; it is not an OSI-approved licence, and OSAID asks for one for code."
        ),
        source="https://github.com/OpenMDW/OpenMDW/blob/main/1.1/LICENSE.OpenMDW-1.1",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-falcon-180b-license",
        None,
        "Falcon 180B TII License Version 1.0",
        "tii-falcon",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "field-of-use", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use of the model and of every derivative must comply with TII's acceptable use "
            "policy, which TII may update (section 5), and the policy must be written into every "
            "distribution (4.1.a); offering the model as a shared inference or fine-tuning "
            "service ('Hosting Use') is not licensed without TII's separate permission (9.3); and "
            "public statements about a derivative must say it is built using Falcon LLM "
            "technology (6.1)."
        ),
        source="https://falconllm.tii.ae/falcon-180b-licence.html",
        aliases=("Falcon-180B TII License", "TII Falcon-180B License", "falcon-180b-tii-license"),
        reviewed="2026-11-30",
        read_from="https://github.com/sinotec2/FAQ/blob/main/journal/falcon170BTOU.md",
    ),
    AILicense(
        "LicenseRef-falcon-llm-license",
        None,
        "TII Falcon License 2.0",
        "tii-falcon",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use of the work and of every derivative must comply at all times with TII's "
            "acceptable use policy (section 5.1), which TII may update (5.3) and which must be "
            "written as enforceable use restrictions into every distribution (4.1.1); public "
            "statements about a derivative must say it is built using TII's technology (6.1)."
        ),
        source="https://falconllm.tii.ae/falcon-terms-and-conditions.html",
        aliases=(
            "Falcon LLM License",
            "TII Falcon LLM License",
            "TII Falcon-LLM License 2.0",
            "TII Falcon License",
            "falcon-llm-license",
        ),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/jshahbazi/boros/blob/38675c5f23a5a65a10d2f675798ed161fab99a49"
            "/licenses/models/Falcon-LLM-LICENSE.md"
        ),
    ),
    AILicense(
        "LicenseRef-falcon-2-11b-license",
        None,
        "Falcon 2 11B TII License Version 1.0",
        "tii-falcon",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use of Falcon 2 11B and of every derivative must comply at all times with TII's "
            "acceptable use policy (section 5.1), which TII may update (5.3) and which must be "
            "written as enforceable use restrictions into every distribution (4.1.1); public "
            "statements about a derivative must say it is built using Falcon LLM technology "
            "(6.1)."
        ),
        source="https://falconllm.tii.ae/falcon-2-terms-and-conditions.html",
        aliases=("Falcon 2 11B TII License", "Falcon 2 License", "falcon2-11b-license"),
        reviewed="2026-11-30",
        read_from=f"{_SCANCODE_DB}falcon-2-11b-1.0.LICENSE",
    ),
    AILicense(
        "LicenseRef-qwen",
        None,
        "Qwen License Agreement",
        "qwen",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("user-threshold", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "A commercial user whose product or service has more than 100 million monthly active "
            "users must request a licence from Alibaba Cloud and may not exercise the rights "
            "without its express authorisation (section 4), and a model built or improved with "
            "the materials or their outputs must show 'Built with Qwen' or 'Improved using Qwen' "
            "(5.b)."
        ),
        source="https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE",
        aliases=("Qwen License", "Qwen2.5 License Agreement"),
        reviewed="2026-11-30",
        read_from=f"{_SCANCODE_DB}qwen-2024.LICENSE",
    ),
    AILicense(
        "LicenseRef-qwen-research",
        None,
        "Qwen Research License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The rights are granted for non-commercial purposes only (section 2.a), defined as "
            "research or evaluation (1.i); commercial use needs a licence from Alibaba Cloud "
            "(2.b); and a model built or improved with the materials or their outputs must show "
            "'Built with Qwen' or 'Improved using Qwen' (4.b)."
        ),
        source="https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE",
        aliases=("Qwen Research License",),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/roboflow/inference/blob/f22bd024ef9edcc3a51b61a72077b78c10b22220"
            "/inference/models/qwen25vl/LICENSE.txt"
        ),
    ),
    AILicense(
        "LicenseRef-tongyi-qianwen",
        None,
        "Tongyi Qianwen License Agreement",
        "qwen",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("user-threshold", "field-of-use"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "A commercial user whose product or service has more than 100 million monthly active "
            "users must request a licence from Alibaba Cloud (section 4), and the materials and "
            "their outputs may not be used to improve any other large language model (5.b)."
        ),
        source=("https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT"),
        aliases=("Tongyi Qianwen License", "tongyi-qianwen-license-agreement"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-tongyi-qianwen-research",
        None,
        "Tongyi Qianwen Research License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "field-of-use"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The rights are granted for non-commercial purposes only, defined as research or "
            "evaluation (sections 1.i and 2.a), and the materials and their outputs may not be "
            "used to improve any other large language model (4.b)."
        ),
        source=(
            "https://github.com/QwenLM/Qwen/blob/main"
            "/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT"
        ),
        aliases=("Tongyi Qianwen Research License",),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-deepseek",
        None,
        "DeepSeek License Agreement",
        "deepseek",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Paragraph 5 forbids the uses listed in Attachment A (military use, harm to minors, "
            "discrimination and more), and paragraph 4.a makes those restrictions an enforceable "
            "term of every distribution of the model and its derivatives, so the model may not be "
            "used for any purpose."
        ),
        source="https://github.com/deepseek-ai/DeepSeek-LLM/blob/main/LICENSE-MODEL",
        aliases=("DeepSeek Model License", "DeepSeek License"),
        reviewed="2026-11-30",
        read_from="https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL",
    ),
    AILicense(
        "LicenseRef-nvidia-open-model-license",
        None,
        "NVIDIA Open Model License Agreement",
        "nvidia",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("guardrails", "acceptable-use-policy", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The rights end automatically for anyone who bypasses, disables or weakens a safety "
            "guardrail in the model without an equivalent one, and NVIDIA may update the "
            "agreement, which must then be followed or use stopped (section 2.1); use must be "
            "consistent with NVIDIA's Trustworthy AI terms (2.3); and Cosmos models and their "
            "derivatives must show 'Built on NVIDIA Cosmos' (3.2)."
        ),
        source=(
            "https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/"
        ),
        aliases=("NVIDIA Open Model License",),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/aboutcode-org/scancode-toolkit/blob"
            "/4e8d7114998a7e4d8443aba00426556aaf68e0b8/src/licensedcode/data/licenses"
            "/nvidia-open-model-2025.LICENSE"
        ),
    ),
    AILicense(
        "LicenseRef-databricks-open-model-license",
        None,
        "Databricks Open Model License",
        "databricks",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "user-threshold", "field-of-use"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is bound by the Databricks Open Model acceptable use policy, DBRX, its "
            "derivatives and its output may not be used to improve any other large language model "
            "(section 2.3), and licensees above 700 million monthly active users must request a "
            "licence Databricks may refuse (section 3)."
        ),
        source="https://www.databricks.com/legal/open-model-license",
        aliases=("DBRX License", "Databricks Open Model License Agreement"),
        reviewed="2026-11-30",
        read_from="https://github.com/databricks/dbrx/blob/main/LICENSE",
    ),
    AILicense(
        "LicenseRef-stabilityai-community",
        None,
        "Stability AI Community License Agreement",
        "stability",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=(
            "user-threshold",
            "acceptable-use-policy",
            "field-of-use",
            "attribution-naming",
        ),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Every licence ends once the licensee and its affiliates earn more than US$1 million "
            "a year, and further use needs an enterprise licence Stability AI may refuse "
            "(section III); use is bound by Stability AI's acceptable use policy, and the "
            "materials and outputs may not be used to create or improve another foundational "
            "generative model (IV.b); and products must show 'Powered by Stability AI' (IV.a)."
        ),
        source="https://stability.ai/community-license-agreement",
        aliases=("Stability AI Community License", "stabilityai-ai-community"),
        reviewed="2026-11-30",
        read_from=f"{_SCANCODE_DB}stability-ai-community-2024.LICENSE",
    ),
    AILicense(
        "LicenseRef-stabilityai-nc-research-community",
        None,
        "Stability AI Non-Commercial Research Community License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "acceptable-use-policy"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The rights are granted for Non-Commercial Uses only, defined as research or "
            "non-commercial purposes excluding any production use, and use is bound by Stability "
            "AI's acceptable use policy."
        ),
        source="https://huggingface.co/stabilityai/sdxl-turbo/blob/main/LICENSE.md",
        aliases=(
            "Stability AI Non-Commercial Research Community License",
            "Stability AI Non-Commercial Community License",
        ),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/Stability-AI/generative-models/blob/main/model_licenses"
            "/LICENSE-SDXL-Turbo"
        ),
    ),
    AILicense(
        "LicenseRef-mrl",
        None,
        "Mistral AI Research License",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("research-only", "non-commercial"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The models, derivatives and outputs may be used for Research Purposes only (section "
            "3.2), defined as personal, scientific or academic research for non-profit, "
            "non-commercial purposes unconnected to any business (9), and every derivative stays "
            "bound by that limit (4.3)."
        ),
        source="https://mistral.ai/licenses/MRL-0.1.md",
        aliases=("Mistral Research License", "MRL-0.1", "Mistral AI Research License 0.1"),
        reviewed="2026-11-30",
        read_from=f"{_OVERLAY}MRL-0.1.md",
    ),
    AILicense(
        "LicenseRef-mnpl",
        None,
        "Mistral AI Non-Production License",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "field-of-use"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The models and derivatives may be used only for testing, research, personal or "
            "evaluation purposes in non-production environments, and may not be supplied in the "
            "course of a commercial activity, hosted services included (section 3.2); any other "
            "use needs a licence Mistral AI may refuse (3.3)."
        ),
        source="https://mistral.ai/licenses/MNPL-0.1.md",
        aliases=(
            "Mistral Non-Production License",
            "MNPL-0.1",
            "Mistral AI Non-Production License 0.1",
        ),
        reviewed="2026-11-30",
        read_from=f"{_OVERLAY}MNPL-0.1.md",
    ),
    AILicense(
        "LicenseRef-jamba-open-model-license",
        None,
        "Jamba Open Model License Agreement",
        "unreviewed",
        code="undetermined",
        parameters="undetermined",
        data_information="undetermined",
        restrictions=(),
        freedoms=(),
        reason=(
            "osaid has not been able to read the text of the Jamba Open Model License Agreement: "
            "its terms are unreviewed, so no verdict is given. Read the model's own licence file, "
            "or add a policy row for it."
        ),
        source="https://www.ai21.com/jamba-open-model-license/",
        aliases=("Jamba Open Model License",),
    ),
    AILicense(
        "LicenseRef-yi-license",
        None,
        "Yi Series Models Community License Agreement",
        "yi",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "permission-required", "use-restriction"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Version 1.0 licenses the Yi models for non-commercial purposes only: commercial use "
            "needs the licensor's prior written authorisation (section 2), and military, unlawful "
            "and other listed purposes are forbidden for the models and their derivatives (2.1, "
            "2.2, 2.5)."
        ),
        source="https://github.com/01-ai/Yi/blob/main/MODEL_LICENSE_AGREEMENT.txt",
        aliases=("Yi License", "Yi Series Models License Agreement", "Yi Model License"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-chatglm",
        None,
        "ChatGLM-6B Model License",
        "glm",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The model may not be used, copied, modified, distributed or made into derivative "
            "works for any military or illegal purpose, nor used for acts that undermine China's "
            "national security and unity or harm the public interest (section 3), so it may not "
            "be used for any purpose."
        ),
        source="https://github.com/THUDM/ChatGLM-6B/blob/main/MODEL_LICENSE",
        aliases=(
            "ChatGLM-6B License",
            "ChatGLM2-6B License",
            "ChatGLM3-6B License",
            "ChatGLM License",
            "ChatGLM Model License",
        ),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-glm-4",
        None,
        "GLM-4 License",
        "glm",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction", "permission-required", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The model may not be used, copied, modified, distributed or made into derivative "
            "works for any military or illegal purpose, nor used for acts that endanger national "
            "security and unity or harm the public interest (section 3); commercial use needs "
            "prior registration with the licensor (2); and products must show 'Built with "
            "glm-4' and models built with it must start their name with 'glm-4' (2)."
        ),
        source="https://huggingface.co/THUDM/glm-4-9b/blob/main/LICENSE",
        aliases=("GLM-4 Model License", "The GLM-4 License", "The glm-4-9b License"),
        reviewed="2026-11-30",
        read_from=f"{_OVERLAY}glm-4-9b-LICENSE",
    ),
    AILicense(
        "LicenseRef-baichuan",
        None,
        "Baichuan 2 Model Community License Agreement",
        "unreviewed",
        code="undetermined",
        parameters="undetermined",
        data_information="undetermined",
        restrictions=(),
        freedoms=(),
        reason=(
            "osaid has not been able to read the text of the Baichuan 2 Model Community License "
            "Agreement: its terms are unreviewed, so no verdict is given. Read the model's own "
            "licence file, or add a policy row for it."
        ),
        source=(
            "https://huggingface.co/baichuan-inc/Baichuan2-7B-Base/blob/main"
            "/Community%20License%20for%20Baichuan%202%20Model.pdf"
        ),
        aliases=(
            "Baichuan 2 License",
            "Community License for Baichuan 2 Model",
            "Baichuan-7B License",
            "Baichuan-13B License",
            "Baichuan License",
            "Baichuan-7B Model License Agreement",
        ),
    ),
    AILicense(
        "LicenseRef-baai-aquila",
        None,
        "BAAI Aquila Model License Agreement",
        "baai",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("permission-required",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "BAAI grants a licence to copy, use, modify, distribute and commercialise the Aquila "
            "models (section 2), but may revise the agreement at any time without notice, and a "
            "user who does not accept a revision must stop using the models (preamble): the "
            "rights last only as long as BAAI's current terms allow, so they are not granted "
            "without BAAI's continuing permission."
        ),
        source="https://github.com/FlagAI-Open/FlagAI/tree/master/examples/Aquila",
        aliases=("BAAI Aquila Model License", "Aquila Model License"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/FlagAI-Open/FlagAI/blob/9a885f3384bea3dc456eb07e061252a7be0df514"
            "/BAAI_Aquila_Model_License.pdf"
        ),
    ),
    AILicense(
        "LicenseRef-tencent-hunyuan-community",
        None,
        "Tencent Hunyuan Community License Agreement",
        "tencent",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("territory", "acceptable-use-policy", "user-threshold", "field-of-use"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The licence is granted for a Territory that excludes the European Union (sections "
            "1.l, 2 and 3), use is bound by Tencent's acceptable use policy (5.a), the works and "
            "their outputs may not be used to improve any other large language model (5.b), and "
            "services above 100 million monthly active users need a licence Tencent may refuse "
            "(4)."
        ),
        source="https://huggingface.co/tencent/Hunyuan-Large/blob/main/LICENSE.txt",
        aliases=("Tencent Hunyuan Community License", "tencent-hunyuan-community"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-exaone",
        None,
        "EXAONE AI Model License Agreement 1.1 - NC",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "field-of-use", "attribution-naming"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "LG AI Research licenses the model for research purposes only (section 2.1), forbids "
            "any commercial use of the model, derivatives or output and their use to develop or "
            "improve other models (3.1), and a modified model must start its name with 'EXAONE' "
            "(2.1.c)."
        ),
        source="https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct/blob/main/LICENSE",
        aliases=("EXAONE AI Model License Agreement", "EXAONE AI Model License", "EXAONE License"),
        reviewed="2026-11-30",
        read_from="https://github.com/LG-AI-EXAONE/EXAONE-3.5/blob/main/LICENSE",
    ),
    AILicense(
        "LicenseRef-flux-1-dev-non-commercial-license",
        None,
        "FLUX.1 [dev] Non-Commercial License",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Black Forest Labs licenses the model and its derivatives for Non-Commercial Purposes "
            "only (section 2.a), which exclude revenue-generating use and training models for "
            "commercial use (1.c); any other use needs a separate licence."
        ),
        source="https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md",
        aliases=("FLUX.1 dev Non-Commercial License", "FLUX.1-dev License", "FLUX-1-dev License"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-dev"
        ),
    ),
    AILicense(
        "LicenseRef-lfm1.0",
        None,
        "LFM Open License v1.0",
        "liquid",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("user-threshold",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Commercial use is licensed only while the licensee's legal entity stays below US$10 "
            "million in annual revenue; commercial use above that threshold is not licensed "
            "(section 5), so the freedom to use for any purpose without permission is withheld."
        ),
        source="https://www.liquid.ai/lfm-license",
        aliases=("Liquid LFM Open License", "LFM Open License", "LFM 1.0 License"),
        reviewed="2026-11-30",
        read_from=f"{_OVERLAY}LFM-Open-License-v1.0",
    ),
    AILicense(
        "LicenseRef-skywork-community-license",
        None,
        "Skywork Community License Agreement",
        "skywork",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("use-restriction",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Commercial use is allowed, but the model may not be used, modified or distributed, "
            "nor made into derivatives, for any military or unlawful purpose (section II.1), and "
            "derivatives must keep to those restrictions (II.5), so it may not be used for any "
            "purpose."
        ),
        source=("https://github.com/SkyworkAI/Skywork/blob/main/Skywork%20Community%20License.pdf"),
        aliases=("Skywork Community License", "Skywork License"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-opt-175b",
        None,
        "OPT-175B License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "use-restriction"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Meta grants a copyright licence to reproduce, distribute and adapt OPT-175B solely "
            "for non-commercial research purposes (section 1.a), and forbids commercial, "
            "production, military, surveillance and biometric uses (section 2)."
        ),
        source=(
            "https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/MODEL_LICENSE.md"
        ),
        aliases=("OPT-175B License", "OPT License"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-opt-iml-175b",
        None,
        "OPT-IML 175B License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "research-only", "use-restriction"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The OPT-IML weights are subject to the OPT-175B model licence, which grants rights "
            "solely for non-commercial research purposes (section 1.a) and forbids commercial, "
            "production, military, surveillance and biometric uses (section 2)."
        ),
        source=("https://github.com/facebookresearch/metaseq/blob/main/projects/OPT-IML/README.md"),
        aliases=("OPT-IML License", "OPT-IML 175B License"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/MODEL_LICENSE.md"
        ),
    ),
    AILicense(
        "LicenseRef-llama",
        None,
        "LLaMA License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "permission-required"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Meta's model card for the first LLaMA (February 2023) names its licence a "
            "non-commercial bespoke licence, and the weights were given only to those whose "
            "request Meta approved; the licence text itself was never published."
        ),
        source="https://ai.meta.com/blog/large-language-model-llama-meta-ai/",
        aliases=("LLaMA License", "LLaMA 1 License", "Llama 1 License"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/facebookresearch/llama/blob"
            "/1076b9c51c77ad06e9d7ba8a4c6df775741732bd/MODEL_CARD.md"
        ),
    ),
    AILicense(
        "LicenseRef-c4ai-acceptable-use-policy",
        None,
        "C4AI Acceptable Use Policy",
        "use-policy",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy", "field-of-use"),
        freedoms=("use",),
        reason=(
            "The policy forbids using Cohere For AI's models or their derivatives for listed "
            "purposes, and also for generating synthetic data for commercial purposes, such as "
            "training or improving other models, so the freedom to use for any purpose is "
            "withheld."
        ),
        source="https://docs.cohere.com/docs/c4ai-acceptable-use-policy",
        aliases=("Cohere For AI Acceptable Use Policy", "Cohere C4AI Acceptable Use Policy"),
        reviewed="2026-11-30",
        read_from=f"{_OVERLAY}C4AI-Acceptable-Use-Policy",
    ),
    AILicense(
        "LicenseRef-c4ai-cc-by-nc-4.0",
        None,
        "CC-BY-NC 4.0 with the C4AI Acceptable Use Policy",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "acceptable-use-policy"),
        freedoms=("use", "share"),
        reason=(
            "Cohere's model cards govern these models by CC BY-NC 4.0 with an acceptable use "
            "addendum and C4AI's acceptable use policy: CC BY-NC 4.0 grants its rights for "
            "non-commercial purposes only (section 2.a.1), and the policy forbids listed uses. "
            "The addendum page itself could not be read; it adds terms and cannot lift the "
            "non-commercial limit."
        ),
        source="https://cohere.com/c4ai-cc-by-nc-license",
        aliases=("C4AI CC-BY-NC License", "Cohere C4AI CC-BY-NC License", "c4ai-cc-by-nc"),
        reviewed="2026-11-30",
        read_from="https://creativecommons.org/licenses/by-nc/4.0/legalcode",
    ),
    AILicense(
        "LicenseRef-acceptable-use-policy",
        None,
        "an acceptable use policy",
        "use-policy",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy",),
        freedoms=("use",),
        reason=(
            "An acceptable use policy forbids uses by definition, and OSAID's freedom to use 'for "
            "any purpose without having to ask for permission' admits no such list; osaid reads "
            "an unnamed one added to a licence ('X + acceptable use policy') this way."
        ),
        source="https://opensource.org/ai/open-source-ai-definition",
        aliases=("Acceptable Use Policy", "AUP", "Use Policy"),
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-arxiv-nonexclusive-distrib-1.0",
        None,
        "arXiv.org perpetual, non-exclusive license to distribute this article 1.0",
        "proprietary",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("all-rights-reserved",),
        freedoms=("modify", "share"),
        reason=(
            "The submitter grants arXiv.org alone a perpetual, non-exclusive licence to "
            "distribute the article; readers receive no licence to copy, adapt or redistribute "
            "it, so every right the law reserves stays with the author."
        ),
        source="https://arxiv.org/licenses/nonexclusive-distrib/1.0/license.html",
        aliases=(
            "arXiv.org perpetual non-exclusive license 1.0",
            "arXiv.org perpetual, non-exclusive license 1.0",
            "arXiv.org Non-exclusive license",
            "arXiv.org - Non-exclusive",
            "arXiv non-exclusive license",
            "arxiv non exclusive",
            "arxiv-non-excluse-1.0",
            "arXiv non-exclusive license to distribute",
        ),
        reviewed="2026-11-30",
        read_from="https://academia.stackexchange.com/q/91050",
    ),
    AILicense(
        "LicenseRef-ai-sweden-llm-ai-model-license",
        None,
        "AI Sweden's LLM AI Model License Agreement",
        "ai-sweden",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("acceptable-use-policy",),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Use is licensed only within the GPT-SW3 guidelines and use policies, which the "
            "licensor may amend and whose breach can revoke access (sections 2 and 7), and every "
            "derivative work is governed by the same terms (5)."
        ),
        source="https://huggingface.co/AI-Sweden-Models/gpt-sw3-40b/blob/main/LICENSE",
        aliases=("AI Sweden LLM AI Model License", "GPT-SW3 License"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/aboutcode-org/scancode-toolkit/blob"
            "/f2097987fe72e8731503445c2a68f2c6cd91ecf6/src/licensedcode/data/licenses"
            "/ai-sweden-llm-ai-model-2023.LICENSE"
        ),
    ),
    AILicense(
        "LicenseRef-ntt-dialogue-model-evaluation",
        None,
        "Dialogue Model and Data Evaluation License Agreement",
        "research-non-commercial",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("research-only", "non-commercial"),
        freedoms=("use", "study", "modify", "share"),
        reason=(
            "NTT licenses the models and data for testing, analysing and evaluating the methods "
            "of its research paper only (section 1), and forbids distributing or disclosing them "
            "to third parties, using them beyond non-commercial evaluation, and reverse "
            "engineering them (4.b)."
        ),
        source="https://github.com/nttcslab/japanese-dialog-transformers",
        aliases=("NTT Dialogue Model and Data Evaluation License",),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/nttcslab/japanese-dialog-transformers/blob"
            "/2fb5bee6f04272fc473b5b9a80c5e2b9e2f598a9/LICENSE.md"
        ),
    ),
    AILicense(
        "LicenseRef-telechat",
        None,
        "TeleChat Model Community License Agreement",
        "telechat",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=(
            "non-commercial",
            "permission-required",
            "use-restriction",
            "attribution-naming",
        ),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "The licence is granted for non-commercial use, and commercial use needs prior "
            "registration and the licensor's written authorisation (section 2 and 2.2); the "
            "model may not be used, modified or distributed for any military or illegal purpose "
            "(2.1); and derivatives published as open source or entered in rankings must be "
            "marked 'TeleChat Inside' (6)."
        ),
        source="https://github.com/Tele-AI/Telechat",
        aliases=("TeleChat模型社区许可协议", "TeleChat License", "TeleChat Community License"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/Tele-AI/Telechat/blob/9faf3bc40ee0393e65712acb80067b21c9d1aadb"
            "/TeleChat%E6%A8%A1%E5%9E%8B%E7%A4%BE%E5%8C%BA%E8%AE%B8%E5%8F%AF%E5%8D%8F%E8%AE%AE.pdf"
        ),
    ),
    AILicense(
        "LicenseRef-codefuse-community",
        None,
        "CodeFuse Community License",
        "codefuse",
        code="not-open",
        parameters="open",
        data_information="open",
        restrictions=(),
        freedoms=(),
        reason=(
            "Ant Group grants a royalty-free licence to use, reproduce, distribute, copy, modify "
            "and make derivative works of the materials (section 2), asking only that recipients "
            "get the agreement, changes are noted and an attribution notice is kept (3), and "
            "that use obeys the law (4); it limits no purpose or user, so parameters and data "
            "information under it are open; it is not an OSI-approved licence, and OSAID asks "
            "for one for code."
        ),
        source="https://github.com/codefuse-ai",
        aliases=("CodeFuse License", "CodeFuse Community License Agreement"),
        reviewed="2026-11-30",
        read_from=(
            "https://github.com/gmars/CodeFuse-CodeLlama-34B/blob"
            "/37a6b662e908c295e253d2781d0bdfb5f8680871/MODEL_LICENSE.md"
        ),
    ),
    AILicense(
        "LicenseRef-cc-by",
        None,
        "Creative Commons Attribution (no version given)",
        "creative-commons-family",
        code="not-open",
        parameters="open",
        data_information="open",
        restrictions=(),
        freedoms=(),
        reason=(
            "Every version and port of CC BY is on osaid's open-terms list and none is "
            "OSI-approved, so an unversioned CC BY is open for parameters and data information "
            "and not open for code, whatever the version."
        ),
        source="https://creativecommons.org/licenses/by/4.0/",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-cc-by-sa",
        None,
        "Creative Commons Attribution-ShareAlike (no version given)",
        "creative-commons-family",
        code="not-open",
        parameters="open",
        data_information="open",
        restrictions=(),
        freedoms=(),
        reason=(
            "Every version and port of CC BY-SA is on osaid's open-terms list and none is "
            "OSI-approved, so an unversioned CC BY-SA is open for parameters and data information "
            "and not open for code, whatever the version."
        ),
        source="https://creativecommons.org/licenses/by-sa/4.0/",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-cc-by-nc",
        None,
        "Creative Commons Attribution-NonCommercial (no version given)",
        "creative-commons-family",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial",),
        freedoms=("use", "share"),
        reason=(
            "Every version of CC BY-NC forbids commercial use, so it is not open whatever the "
            "version."
        ),
        source="https://creativecommons.org/licenses/by-nc/4.0/",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-cc-by-nd",
        None,
        "Creative Commons Attribution-NoDerivatives (no version given)",
        "creative-commons-family",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("no-derivatives",),
        freedoms=("modify",),
        reason=(
            "Every version of CC BY-ND forbids sharing adaptations, so it is not open whatever "
            "the version."
        ),
        source="https://creativecommons.org/licenses/by-nd/4.0/",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-cc-by-nc-sa",
        None,
        "Creative Commons Attribution-NonCommercial-ShareAlike (no version given)",
        "creative-commons-family",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial",),
        freedoms=("use", "share"),
        reason=(
            "Every version of CC BY-NC-SA forbids commercial use, so it is not open whatever the "
            "version."
        ),
        source="https://creativecommons.org/licenses/by-nc-sa/4.0/",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-cc-by-nc-nd",
        None,
        "Creative Commons Attribution-NonCommercial-NoDerivatives (no version given)",
        "creative-commons-family",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("non-commercial", "no-derivatives"),
        freedoms=_USE_MODIFY_SHARE,
        reason=(
            "Every version of CC BY-NC-ND forbids commercial use and sharing adaptations, so it "
            "is not open whatever the version."
        ),
        source="https://creativecommons.org/licenses/by-nc-nd/4.0/",
        reviewed="2026-11-30",
    ),
    AILicense(
        "LicenseRef-proprietary",
        None,
        "Proprietary terms (all rights reserved)",
        "proprietary",
        code="not-open",
        parameters="not-open",
        data_information="not-open",
        restrictions=("all-rights-reserved",),
        freedoms=("use", "study", "modify", "share"),
        reason=(
            "The release is said to be under proprietary terms: no licence grants the freedoms to "
            "use, study, modify and share. The Model Openness Tool writes this as 'Proprietary'."
        ),
        source="https://github.com/lfai/model_openness_tool",
        reviewed="2026-11-30",
    ),
)


# --------------------------------------------------------------------------------------------
# Hugging Face Hub licence ids
# --------------------------------------------------------------------------------------------


class HFLicense(NamedTuple):
    """One id the Hub accepts in a model card's ``license`` field."""

    hf_id: str
    name: str
    """The Hub's display name."""
    kind: HFKind
    target: str | None
    """The SPDX id (kinds ``spdx`` and ``deprecated-spdx``), the ``LicenseRef-`` id (kind
    ``ai``), or ``None``."""
    note: str


class DeprecatedWith(NamedTuple):
    spdx_id: str
    expression: str
    source: str


DEPRECATED_WITH: tuple[DeprecatedWith, ...] = (
    DeprecatedWith(
        "GPL-2.0-with-autoconf-exception",
        "GPL-2.0-only WITH Autoconf-exception-2.0",
        "https://spdx.org/licenses/GPL-2.0-with-autoconf-exception.html",
    ),
    DeprecatedWith(
        "GPL-2.0-with-bison-exception",
        "GPL-2.0-only WITH Bison-exception-2.2",
        "https://spdx.org/licenses/GPL-2.0-with-bison-exception.html",
    ),
    DeprecatedWith(
        "GPL-2.0-with-classpath-exception",
        "GPL-2.0-only WITH Classpath-exception-2.0",
        "https://spdx.org/licenses/GPL-2.0-with-classpath-exception.html",
    ),
    DeprecatedWith(
        "GPL-2.0-with-font-exception",
        "GPL-2.0-only WITH Font-exception-2.0",
        "https://spdx.org/licenses/GPL-2.0-with-font-exception.html",
    ),
    DeprecatedWith(
        "GPL-2.0-with-GCC-exception",
        "GPL-2.0-only WITH GCC-exception-2.0",
        "https://spdx.org/licenses/GPL-2.0-with-GCC-exception.html",
    ),
    DeprecatedWith(
        "GPL-3.0-with-autoconf-exception",
        "GPL-3.0-only WITH Autoconf-exception-3.0",
        "https://spdx.org/licenses/GPL-3.0-with-autoconf-exception.html",
    ),
    DeprecatedWith(
        "GPL-3.0-with-GCC-exception",
        "GPL-3.0-only WITH GCC-exception-3.1",
        "https://spdx.org/licenses/GPL-3.0-with-GCC-exception.html",
    ),
    DeprecatedWith(
        "eCos-2.0",
        "GPL-2.0-or-later WITH eCos-exception-2.0",
        "https://spdx.org/licenses/eCos-2.0.html",
    ),
    DeprecatedWith(
        "wxWindows",
        "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
        "https://spdx.org/licenses/wxWindows.html",
    ),
)
"""Deprecated SPDX ids that SPDX replaced by a licence WITH an exception (list 2.0 → 3.0)."""


class LegacyRef(NamedTuple):
    """A ``LicenseRef-`` osaid once gave a row, now read as the SPDX id the row turned out to be."""

    ref: str
    spdx_id: str
    reason: str


LEGACY_REFS: tuple[LegacyRef, ...] = (
    LegacyRef(
        "LicenseRef-apple-ascl",
        "AML",
        "Apple's sample code licence is on the SPDX list as AML ('Apple MIT License').",
    ),
)

HF_LICENSES_SOURCE = "huggingface/hub-docs docs/hub/repositories-licenses.md, 2026-08 (83 ids)"

_FAMILY = "A family on the Hub, not one licence: the card must name the version to be assessed."

HF_LICENSES: tuple[HFLicense, ...] = (
    HFLicense("apache-2.0", "Apache license 2.0", "spdx", "Apache-2.0", ""),
    HFLicense("mit", "MIT", "spdx", "MIT", ""),
    HFLicense(
        "openrail",
        "OpenRAIL license family",
        "ai",
        "LicenseRef-openrail",
        "A family on the Hub; every member carries use restrictions, so osaid keeps one row.",
    ),
    HFLicense(
        "bigscience-openrail-m",
        "BigScience OpenRAIL-M",
        "ai",
        "LicenseRef-bigscience-openrail-m",
        "",
    ),
    HFLicense(
        "creativeml-openrail-m",
        "CreativeML OpenRAIL-M",
        "ai",
        "LicenseRef-creativeml-openrail-m",
        "",
    ),
    HFLicense(
        "bigscience-bloom-rail-1.0",
        "BigScience BLOOM RAIL 1.0",
        "ai",
        "LicenseRef-bigscience-bloom-rail-1.0",
        "",
    ),
    HFLicense(
        "bigcode-openrail-m",
        "BigCode Open RAIL-M v1",
        "ai",
        "LicenseRef-bigcode-openrail-m",
        "",
    ),
    HFLicense("afl-3.0", "Academic Free License v3.0", "spdx", "AFL-3.0", ""),
    HFLicense("artistic-2.0", "Artistic license 2.0", "spdx", "Artistic-2.0", ""),
    HFLicense("bsl-1.0", "Boost Software License 1.0", "spdx", "BSL-1.0", ""),
    HFLicense("bsd", "BSD license family", "family", None, _FAMILY),
    HFLicense("bsd-2-clause", 'BSD 2-clause "Simplified" license', "spdx", "BSD-2-Clause", ""),
    HFLicense(
        "bsd-3-clause",
        'BSD 3-clause "New" or "Revised" license',
        "spdx",
        "BSD-3-Clause",
        "",
    ),
    HFLicense("bsd-3-clause-clear", "BSD 3-clause Clear license", "spdx", "BSD-3-Clause-Clear", ""),
    HFLicense(
        "c-uda",
        "Computational Use of Data Agreement",
        "spdx",
        "C-UDA-1.0",
        "The Hub id has no version; SPDX lists the agreement as C-UDA-1.0.",
    ),
    HFLicense("cc", "Creative Commons license family", "family", None, _FAMILY),
    HFLicense("cc0-1.0", "Creative Commons Zero v1.0 Universal", "spdx", "CC0-1.0", ""),
    HFLicense("cc-by-2.0", "Creative Commons Attribution 2.0", "spdx", "CC-BY-2.0", ""),
    HFLicense("cc-by-2.5", "Creative Commons Attribution 2.5", "spdx", "CC-BY-2.5", ""),
    HFLicense("cc-by-3.0", "Creative Commons Attribution 3.0", "spdx", "CC-BY-3.0", ""),
    HFLicense("cc-by-4.0", "Creative Commons Attribution 4.0", "spdx", "CC-BY-4.0", ""),
    HFLicense(
        "cc-by-sa-3.0",
        "Creative Commons Attribution Share Alike 3.0",
        "spdx",
        "CC-BY-SA-3.0",
        "",
    ),
    HFLicense(
        "cc-by-sa-4.0",
        "Creative Commons Attribution Share Alike 4.0",
        "spdx",
        "CC-BY-SA-4.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-2.0",
        "Creative Commons Attribution Non Commercial 2.0",
        "spdx",
        "CC-BY-NC-2.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-3.0",
        "Creative Commons Attribution Non Commercial 3.0",
        "spdx",
        "CC-BY-NC-3.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-4.0",
        "Creative Commons Attribution Non Commercial 4.0",
        "spdx",
        "CC-BY-NC-4.0",
        "",
    ),
    HFLicense(
        "cc-by-nd-4.0",
        "Creative Commons Attribution No Derivatives 4.0",
        "spdx",
        "CC-BY-ND-4.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-nd-3.0",
        "Creative Commons Attribution Non Commercial No Derivatives 3.0",
        "spdx",
        "CC-BY-NC-ND-3.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-nd-4.0",
        "Creative Commons Attribution Non Commercial No Derivatives 4.0",
        "spdx",
        "CC-BY-NC-ND-4.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-sa-2.0",
        "Creative Commons Attribution Non Commercial Share Alike 2.0",
        "spdx",
        "CC-BY-NC-SA-2.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-sa-3.0",
        "Creative Commons Attribution Non Commercial Share Alike 3.0",
        "spdx",
        "CC-BY-NC-SA-3.0",
        "",
    ),
    HFLicense(
        "cc-by-nc-sa-4.0",
        "Creative Commons Attribution Non Commercial Share Alike 4.0",
        "spdx",
        "CC-BY-NC-SA-4.0",
        "",
    ),
    HFLicense(
        "cdla-sharing-1.0",
        "Community Data License Agreement \u2013 Sharing, Version 1.0",
        "spdx",
        "CDLA-Sharing-1.0",
        "",
    ),
    HFLicense(
        "cdla-permissive-1.0",
        "Community Data License Agreement \u2013 Permissive, Version 1.0",
        "spdx",
        "CDLA-Permissive-1.0",
        "",
    ),
    HFLicense(
        "cdla-permissive-2.0",
        "Community Data License Agreement \u2013 Permissive, Version 2.0",
        "spdx",
        "CDLA-Permissive-2.0",
        "",
    ),
    HFLicense("wtfpl", "Do What The F*ck You Want To Public License", "spdx", "WTFPL", ""),
    HFLicense("ecl-2.0", "Educational Community License v2.0", "spdx", "ECL-2.0", ""),
    HFLicense("epl-1.0", "Eclipse Public License 1.0", "spdx", "EPL-1.0", ""),
    HFLicense("epl-2.0", "Eclipse Public License 2.0", "spdx", "EPL-2.0", ""),
    HFLicense(
        "etalab-2.0",
        "Etalab Open License 2.0",
        "spdx",
        "etalab-2.0",
        "Same id on the Hub and the SPDX list, written in lower case in both.",
    ),
    HFLicense("eupl-1.1", "European Union Public License 1.1", "spdx", "EUPL-1.1", ""),
    HFLicense("eupl-1.2", "European Union Public License 1.2", "spdx", "EUPL-1.2", ""),
    HFLicense(
        "agpl-3.0",
        "GNU Affero General Public License v3.0",
        "deprecated-spdx",
        "AGPL-3.0-only",
        "The SPDX id AGPL-3.0 is deprecated; SPDX reads it as AGPL-3.0-only, the 'only' "
        "form. Write AGPL-3.0-only or AGPL-3.0-or-later to say which is meant.",
    ),
    HFLicense("gfdl", "GNU Free Documentation License family", "family", None, _FAMILY),
    HFLicense("gpl", "GNU General Public License family", "family", None, _FAMILY),
    HFLicense(
        "gpl-2.0",
        "GNU General Public License v2.0",
        "deprecated-spdx",
        "GPL-2.0-only",
        "The SPDX id GPL-2.0 is deprecated; SPDX reads it as GPL-2.0-only, the 'only' "
        "form. Write GPL-2.0-only or GPL-2.0-or-later to say which is meant.",
    ),
    HFLicense(
        "gpl-3.0",
        "GNU General Public License v3.0",
        "deprecated-spdx",
        "GPL-3.0-only",
        "The SPDX id GPL-3.0 is deprecated; SPDX reads it as GPL-3.0-only, the 'only' "
        "form. Write GPL-3.0-only or GPL-3.0-or-later to say which is meant.",
    ),
    HFLicense("lgpl", "GNU Lesser General Public License family", "family", None, _FAMILY),
    HFLicense(
        "lgpl-2.1",
        "GNU Lesser General Public License v2.1",
        "deprecated-spdx",
        "LGPL-2.1-only",
        "The SPDX id LGPL-2.1 is deprecated; SPDX reads it as LGPL-2.1-only, the 'only' "
        "form. Write LGPL-2.1-only or LGPL-2.1-or-later to say which is meant.",
    ),
    HFLicense(
        "lgpl-3.0",
        "GNU Lesser General Public License v3.0",
        "deprecated-spdx",
        "LGPL-3.0-only",
        "The SPDX id LGPL-3.0 is deprecated; SPDX reads it as LGPL-3.0-only, the 'only' "
        "form. Write LGPL-3.0-only or LGPL-3.0-or-later to say which is meant.",
    ),
    HFLicense("isc", "ISC", "spdx", "ISC", ""),
    HFLicense("h-research", "H Research License", "ai", "LicenseRef-h-research", ""),
    HFLicense(
        "intel-research",
        "Intel Research Use License Agreement",
        "ai",
        "LicenseRef-intel-research",
        "",
    ),
    HFLicense("lppl-1.3c", "LaTeX Project Public License v1.3c", "spdx", "LPPL-1.3c", ""),
    HFLicense("ms-pl", "Microsoft Public License", "spdx", "MS-PL", ""),
    HFLicense(
        "apple-ascl",
        "Apple Sample Code license",
        "spdx",
        "AML",
        "SPDX lists Apple's sample code licence as AML ('Apple MIT License'), not OSI-approved.",
    ),
    HFLicense(
        "apple-amlr",
        "Apple Model License for Research",
        "ai",
        "LicenseRef-apple-amlr",
        "",
    ),
    HFLicense("mpl-2.0", "Mozilla Public License 2.0", "spdx", "MPL-2.0", ""),
    HFLicense(
        "odc-by",
        "Open Data Commons License Attribution family",
        "spdx",
        "ODC-By-1.0",
        "The Hub calls it a family; 1.0 is the only version, so osaid reads it as ODC-By-1.0.",
    ),
    HFLicense(
        "odbl",
        "Open Database License family",
        "spdx",
        "ODbL-1.0",
        "The Hub calls it a family; 1.0 is the only version, so osaid reads it as ODbL-1.0.",
    ),
    HFLicense(
        "openmdw-1.0",
        "Open Model, Data & Weights License Agreement",
        "spdx",
        "OpenMDW-1.0",
        "",
    ),
    HFLicense(
        "openmdw-1.1",
        "Open Model, Data & Weights License Agreement v1.1",
        "ai",
        "LicenseRef-openmdw-1.1",
        "Not yet on the SPDX list (3.29.0 has OpenMDW-1.0 only).",
    ),
    HFLicense("openrail++", "Open Rail++-M License", "ai", "LicenseRef-openrail++", ""),
    HFLicense("osl-3.0", "Open Software License 3.0", "spdx", "OSL-3.0", ""),
    HFLicense("postgresql", "PostgreSQL License", "spdx", "PostgreSQL", ""),
    HFLicense("ofl-1.1", "SIL Open Font License 1.1", "spdx", "OFL-1.1", ""),
    HFLicense("ncsa", "University of Illinois/NCSA Open Source License", "spdx", "NCSA", ""),
    HFLicense("unlicense", "The Unlicense", "spdx", "Unlicense", ""),
    HFLicense("zlib", "zLib License", "spdx", "Zlib", ""),
    HFLicense(
        "pddl",
        "Open Data Commons Public Domain Dedication and License",
        "spdx",
        "PDDL-1.0",
        "The Hub id has no version; SPDX lists the licence as PDDL-1.0.",
    ),
    HFLicense(
        "lgpl-lr",
        "Lesser General Public License For Linguistic Resources",
        "spdx",
        "LGPLLR",
        "SPDX spells the id LGPLLR.",
    ),
    HFLicense(
        "deepfloyd-if-license",
        "DeepFloyd IF Research License Agreement",
        "ai",
        "LicenseRef-deepfloyd-if-license",
        "",
    ),
    HFLicense(
        "fair-noncommercial-research-license",
        "FAIR Noncommercial Research License",
        "ai",
        "LicenseRef-fair-noncommercial-research-license",
        "",
    ),
    HFLicense("llama2", "Llama 2 Community License Agreement", "ai", "LicenseRef-llama2", ""),
    HFLicense("llama3", "Llama 3 Community License Agreement", "ai", "LicenseRef-llama3", ""),
    HFLicense("llama3.1", "Llama 3.1 Community License Agreement", "ai", "LicenseRef-llama3.1", ""),
    HFLicense("llama3.2", "Llama 3.2 Community License Agreement", "ai", "LicenseRef-llama3.2", ""),
    HFLicense("llama3.3", "Llama 3.3 Community License Agreement", "ai", "LicenseRef-llama3.3", ""),
    HFLicense("llama4", "Llama 4 Community License Agreement", "ai", "LicenseRef-llama4", ""),
    HFLicense(
        "grok2-community",
        "Grok 2 Community License Agreement",
        "ai",
        "LicenseRef-grok2-community",
        "",
    ),
    HFLicense("gemma", "Gemma Terms of Use", "ai", "LicenseRef-gemma", ""),
    HFLicense(
        "unknown",
        "Unknown",
        "unknown",
        None,
        "The card says no licence is known: nothing can be assessed.",
    ),
    HFLicense(
        "other",
        "Other",
        "other",
        None,
        "A custom licence: read the card's license_name and license_link.",
    ),
)
