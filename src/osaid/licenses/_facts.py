"""What each licence lets a user do: one row of facts per licence, declared as plain data.

``osaid explain`` and the "what you may do with this release" section of every report read
this table. Each row answers the same eight questions (``QUESTIONS``) with ``"yes"``, ``"no"``
or ``"unknown"``, names the public text (or an official or reliable summary of it) that the
answers rest on, and adds one line a user should know. ``tests/test_license_facts.py`` checks
the table against the vendored SPDX list and the curated tables in ``_tables.py``;
``docs/licenses.md`` ("What each licence lets you do") shows it.

How the questions are answered (the docs repeat these rules for users):

``commercial-use``
    ``"yes"`` when the licence allows use for commercial purposes at all, even if other
    conditions (a user-count threshold, an acceptable-use policy) apply; those conditions are
    answered by their own questions.
``modification``
    Whether you may make modified versions (adaptations, fine-tunes) *and share them*. A
    no-derivatives licence answers ``"no"`` even where it tolerates private adaptations.
``redistribution``
    Whether you may pass on copies of the work, modified or not.
``no-use-restrictions``
    ``"no"`` when the licence forbids particular uses or limits the purposes it may be used
    for: behavioural-use clauses, acceptable-use policies, research-only or field-of-use
    limits. The non-commercial limit alone is *not* counted here; it is ``commercial-use``.
``no-user-threshold``
    ``"no"`` when rights depend on how many users (or how large a business) you have.
``attribution-required``
    ``"yes"`` when you must credit the authors or keep their copyright or attribution notices
    when you pass the work on. Having to include only the licence text is not attribution.
``share-alike``
    ``"yes"`` when what you build on the work must be passed on under the same licence, or
    must carry its restrictions forward (copyleft, share-alike, or a model licence that makes
    its use restrictions and terms travel with every derivative).
``patent-grant``
    ``"yes"`` only for an express patent licence. A licence that is silent about patents, or
    that excludes them, answers ``"no"`` (as choosealicense.com reads MIT); a grant worded
    only as "intellectual property rights" answers ``"unknown"``.

``"unknown"`` means osaid could not establish the fact from the licence text or its summary;
it is never a guess. Rows are keyed by canonical osaid ids: non-deprecated SPDX ids, spelled
out one by one (the Creative Commons families list every version and port), and the
``LicenseRef-`` ids of ``AI_LICENSES``.
"""

from typing import NamedTuple

from osaid.licenses._questions import QUESTIONS, Answer, Question

__all__ = [
    "AI_FACTS",
    "CONTENT_FACTS",
    "FACTS_REVIEWED",
    "LICENSE_FACTS",
    "QUESTIONS",
    "SOFTWARE_FACTS",
    "Answer",
    "LicenseFacts",
    "Question",
]


class LicenseFacts(NamedTuple):
    """The answers to ``QUESTIONS`` for one licence (or one family of identical texts)."""

    ids: tuple[str, ...]
    """Canonical osaid ids: non-deprecated SPDX ids and ``LicenseRef-`` ids of AI_LICENSES."""
    commercial_use: Answer
    modification: Answer
    redistribution: Answer
    no_use_restrictions: Answer
    no_user_threshold: Answer
    attribution_required: Answer
    share_alike: Answer
    patent_grant: Answer
    source: str
    """The licence text, or an official or reliable summary of it."""
    note: str
    """One line a user should know."""


FACTS_REVIEWED = "2026-11-26"
"""When ``LICENSE_FACTS`` was last checked against its sources."""

_CAL = "https://choosealicense.com/licenses/"

SOFTWARE_FACTS: tuple[LicenseFacts, ...] = (
    # ---------------------------------------------------------------- permissive software
    LicenseFacts(
        ids=("MIT",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}mit/",
        note="Keep the copyright and permission notice in copies; no express patent licence.",
    ),
    LicenseFacts(
        ids=("Apache-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source=f"{_CAL}apache-2.0/",
        note=(
            "Keep notices (including any NOTICE file) and mark changed files; the patent "
            "licence ends for anyone who sues over patents in the work."
        ),
    ),
    LicenseFacts(
        ids=("BSD-2-Clause",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}bsd-2-clause/",
        note="Keep the copyright notice and disclaimer in source and binary copies.",
    ),
    LicenseFacts(
        ids=("BSD-3-Clause",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}bsd-3-clause/",
        note="Keep the notices; the authors' names may not be used to promote derived products.",
    ),
    LicenseFacts(
        ids=("BSD-3-Clause-Clear",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}bsd-3-clause-clear/",
        note="Like BSD-3-Clause, but it states outright that no patent rights are granted.",
    ),
    LicenseFacts(
        ids=("ISC",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}isc/",
        note="Functionally like MIT: keep the copyright and permission notice.",
    ),
    LicenseFacts(
        ids=("Zlib",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}zlib/",
        note=(
            "The notice must stay in source distributions and altered versions must be marked "
            "as such; credit in a product is appreciated, not required."
        ),
    ),
    LicenseFacts(
        ids=("BSL-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}bsl-1.0/",
        note="The notice must stay in source copies; machine-executable copies are exempt.",
    ),
    LicenseFacts(
        ids=("Unlicense",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}unlicense/",
        note="A public-domain dedication with a permissive fallback licence; no conditions.",
    ),
    LicenseFacts(
        ids=("0BSD",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}0bsd/",
        note="Zero-clause BSD: not even the copyright notice has to be kept.",
    ),
    LicenseFacts(
        ids=("WTFPL",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}wtfpl/",
        note="No conditions at all; modified copies of the licence itself must change its name.",
    ),
    LicenseFacts(
        ids=("NCSA",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}ncsa/",
        note="BSD-style: keep the notices; contributors' names may not endorse derived products.",
    ),
    LicenseFacts(
        ids=("PostgreSQL",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}postgresql/",
        note="BSD/MIT-style: keep the copyright notice and the licence paragraphs in copies.",
    ),
    LicenseFacts(
        ids=("AFL-3.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source=f"{_CAL}afl-3.0/",
        note="Permissive with a patent licence; keep the notices and mark modifications.",
    ),
    LicenseFacts(
        ids=("ECL-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source=f"{_CAL}ecl-2.0/",
        note=(
            "Apache-2.0 with a narrower patent licence, which excludes patents held by the "
            "employing institution of an individual contributor."
        ),
    ),
    LicenseFacts(
        ids=("MS-PL",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source=f"{_CAL}ms-pl/",
        note=(
            "Source-form copies must stay under MS-PL; compiled copies may use a compatible "
            "licence; keep all notices."
        ),
    ),
    LicenseFacts(
        ids=("Artistic-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source=f"{_CAL}artistic-2.0/",
        note=(
            "Modified versions you distribute must be documented and either offered back, "
            "renamed, or kept freely redistributable."
        ),
    ),
    LicenseFacts(
        ids=("LPPL-1.3c",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=f"{_CAL}lppl-1.3c/",
        note=(
            "Distributed modifications must identify themselves as modified and point to the "
            "unmodified original."
        ),
    ),
    # ------------------------------------------------------------ weak and strong copyleft
    LicenseFacts(
        ids=("MPL-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}mpl-2.0/",
        note="File-level copyleft: changed MPL files stay under MPL; larger works may differ.",
    ),
    LicenseFacts(
        ids=("EPL-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}epl-1.0/",
        note="Weak copyleft: modifications to EPL code must be released under the EPL.",
    ),
    LicenseFacts(
        ids=("EPL-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}epl-2.0/",
        note="Weak copyleft; a secondary-licence notice can make the code GPL-compatible.",
    ),
    LicenseFacts(
        ids=("LGPL-2.1-only", "LGPL-2.1-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source=f"{_CAL}lgpl-2.1/",
        note=(
            "Changes to the library stay under the LGPL; programs that only link to it may use "
            "other terms. The -or-later form also allows later LGPL versions."
        ),
    ),
    LicenseFacts(
        ids=("LGPL-3.0-only", "LGPL-3.0-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}lgpl-3.0/",
        note=(
            "Changes to the library stay under the LGPL; works that only use it may have other "
            "terms. The -or-later form also allows later LGPL versions."
        ),
    ),
    LicenseFacts(
        ids=("GPL-2.0-only", "GPL-2.0-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source=f"{_CAL}gpl-2.0/",
        note=(
            "Distributed derivatives must be GPL with source. The -or-later form also lets you "
            "pick GPL-3.0, whose terms add an express patent licence."
        ),
    ),
    LicenseFacts(
        ids=("GPL-3.0-only", "GPL-3.0-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}gpl-3.0/",
        note="Distributed derivatives must be GPL-3.0 with complete corresponding source.",
    ),
    LicenseFacts(
        ids=("AGPL-3.0-only", "AGPL-3.0-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}agpl-3.0/",
        note="Like GPL-3.0, and offering a modified version to users over a network counts too.",
    ),
    LicenseFacts(
        ids=("OSL-3.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}osl-3.0/",
        note="Strong copyleft that also treats providing the work over a network as distribution.",
    ),
    LicenseFacts(
        ids=("EUPL-1.1",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}eupl-1.1/",
        note="Copyleft with a list of compatible licences derivatives may also use.",
    ),
    LicenseFacts(
        ids=("EUPL-1.2",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source=f"{_CAL}eupl-1.2/",
        note="Copyleft that covers network use, with a list of compatible licences.",
    ),
    LicenseFacts(
        ids=("OFL-1.1",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source=f"{_CAL}ofl-1.1/",
        note=(
            "Fonts may be bundled and sold with software but not sold on their own; modified "
            "fonts stay under the OFL and may not use reserved names."
        ),
    ),
    LicenseFacts(
        ids=("LGPLLR",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://spdx.org/licenses/LGPLLR.html",
        note="LGPL-style copyleft adapted to linguistic resources such as lexicons and corpora.",
    ),
    LicenseFacts(
        ids=("AML",),
        commercial_use="unknown",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source=(
            "https://developer.apple.com/support/downloads/terms/apple-sample-code/"
            "Apple-Sample-Code-License.pdf"
        ),
        note=(
            "SPDX's AML (Apple's sample code licence): a personal licence under Apple's "
            "copyrights only (patents are excluded); it does not address commercial use."
        ),
    ),
)
"""Software licences: permissive, then weak and strong copyleft."""

CONTENT_FACTS: tuple[LicenseFacts, ...] = (
    # ------------------------------------------------------------ open content and data
    LicenseFacts(
        ids=("CC0-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/publicdomain/zero/1.0/",
        note="Waives copyright as far as the law allows; it says patent rights are not affected.",
    ),
    LicenseFacts(
        ids=(
            "CC-BY-1.0",
            "CC-BY-2.0",
            "CC-BY-2.5",
            "CC-BY-2.5-AU",
            "CC-BY-3.0",
            "CC-BY-3.0-AT",
            "CC-BY-3.0-AU",
            "CC-BY-3.0-DE",
            "CC-BY-3.0-IGO",
            "CC-BY-3.0-NL",
            "CC-BY-3.0-US",
            "CC-BY-4.0",
        ),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by/4.0/",
        note=(
            "Every version and port answers alike (the 4.0 deed is cited); credit the creator "
            "and indicate changes."
        ),
    ),
    LicenseFacts(
        ids=(
            "CC-BY-SA-1.0",
            "CC-BY-SA-2.0",
            "CC-BY-SA-2.0-UK",
            "CC-BY-SA-2.1-JP",
            "CC-BY-SA-2.5",
            "CC-BY-SA-3.0",
            "CC-BY-SA-3.0-AT",
            "CC-BY-SA-3.0-DE",
            "CC-BY-SA-3.0-IGO",
            "CC-BY-SA-4.0",
        ),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-sa/4.0/",
        note=(
            "Every version and port answers alike (the 4.0 deed is cited); adaptations you "
            "share must carry the same or a compatible licence."
        ),
    ),
    LicenseFacts(
        ids=(
            "CC-BY-NC-1.0",
            "CC-BY-NC-2.0",
            "CC-BY-NC-2.5",
            "CC-BY-NC-3.0",
            "CC-BY-NC-3.0-DE",
            "CC-BY-NC-3.0-IGO",
            "CC-BY-NC-4.0",
        ),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nc/4.0/",
        note=(
            "Non-commercial: commercial use needs a separate licence from the rights holder; "
            "every version and port answers alike."
        ),
    ),
    LicenseFacts(
        ids=(
            "CC-BY-ND-1.0",
            "CC-BY-ND-2.0",
            "CC-BY-ND-2.5",
            "CC-BY-ND-3.0",
            "CC-BY-ND-3.0-DE",
            "CC-BY-ND-4.0",
        ),
        commercial_use="yes",
        modification="no",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nd/4.0/",
        note=(
            "No derivatives: only verbatim copies may be shared (4.0 tolerates private "
            "adaptations); every version and port answers alike."
        ),
    ),
    LicenseFacts(
        ids=(
            "CC-BY-NC-SA-1.0",
            "CC-BY-NC-SA-2.0",
            "CC-BY-NC-SA-2.0-DE",
            "CC-BY-NC-SA-2.0-FR",
            "CC-BY-NC-SA-2.0-UK",
            "CC-BY-NC-SA-2.5",
            "CC-BY-NC-SA-3.0",
            "CC-BY-NC-SA-3.0-DE",
            "CC-BY-NC-SA-3.0-IGO",
            "CC-BY-NC-SA-4.0",
        ),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nc-sa/4.0/",
        note=(
            "Non-commercial, and shared adaptations must keep the same licence; every version "
            "and port answers alike."
        ),
    ),
    LicenseFacts(
        ids=(
            "CC-BY-NC-ND-1.0",
            "CC-BY-NC-ND-2.0",
            "CC-BY-NC-ND-2.5",
            "CC-BY-NC-ND-3.0",
            "CC-BY-NC-ND-3.0-DE",
            "CC-BY-NC-ND-3.0-IGO",
            "CC-BY-NC-ND-4.0",
        ),
        commercial_use="no",
        modification="no",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nc-nd/4.0/",
        note=(
            "Non-commercial verbatim sharing only; every version and port answers alike "
            "(1.0 is written by-nd-nc by Creative Commons)."
        ),
    ),
    LicenseFacts(
        ids=("ODC-By-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://opendatacommons.org/licenses/by/1-0/",
        note="Covers the database, not necessarily its contents; attribution is the condition.",
    ),
    LicenseFacts(
        ids=("ODbL-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://opendatacommons.org/licenses/odbl/1-0/",
        note=(
            "Derivative databases used publicly stay under the ODbL; the licence says it does "
            "not cover patents."
        ),
    ),
    LicenseFacts(
        ids=("PDDL-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://opendatacommons.org/licenses/pddl/1-0/",
        note="Public-domain dedication for databases and their contents; attribution is a norm.",
    ),
    LicenseFacts(
        ids=("CDLA-Permissive-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://cdla.dev/permissive-1-0/",
        note="When publishing data, keep the providers' credit and mark changed files.",
    ),
    LicenseFacts(
        ids=("CDLA-Permissive-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://cdla.dev/permissive-2-0/",
        note="Sharing data only requires the agreement's text or a link to it.",
    ),
    LicenseFacts(
        ids=("CDLA-Sharing-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://cdla.dev/sharing-1-0/",
        note="Data you publish stays under this agreement; results of computation are free.",
    ),
    LicenseFacts(
        ids=("C-UDA-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://spdx.org/licenses/C-UDA-1.0.html",
        note=(
            "Data may be used only for computational analysis; outputs such as trained models "
            "are unrestricted; recipients must be bound to the same agreement."
        ),
    ),
    LicenseFacts(
        ids=("etalab-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="unknown",
        source="https://spdx.org/licenses/etalab-2.0.html",
        note="French open licence: mention the source and its last update date when reusing.",
    ),
    LicenseFacts(
        ids=("OGL-UK-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        note=(
            "Acknowledge the source with the attribution statement it gives; every version "
            "answers alike."
        ),
    ),
    LicenseFacts(
        ids=("OGL-UK-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        note=(
            "Acknowledge the source with the attribution statement it gives; every version "
            "answers alike."
        ),
    ),
    LicenseFacts(
        ids=("OGL-UK-3.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        note=(
            "Acknowledge the source with the attribution statement it gives; every version "
            "answers alike."
        ),
    ),
    LicenseFacts(
        ids=("OGL-Canada-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://open.canada.ca/en/open-government-licence-canada",
        note="Acknowledge the source and link to the licence where possible.",
    ),
    LicenseFacts(
        ids=("DL-DE-BY-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://www.govdata.de/dl-de/by-2-0",
        note="Give the source note the provider asks for and mark changes.",
    ),
    LicenseFacts(
        ids=("DL-DE-ZERO-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://www.govdata.de/dl-de/zero-2-0",
        note="Use without conditions; a source note is welcome, not required.",
    ),
    LicenseFacts(
        ids=("NLOD-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://data.norge.no/nlod/en/2.0",
        note="Acknowledge the licensor as the provider asks; both versions answer alike.",
    ),
    LicenseFacts(
        ids=("NLOD-2.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://data.norge.no/nlod/en/2.0",
        note="Acknowledge the licensor as the provider asks; both versions answer alike.",
    ),
    LicenseFacts(
        ids=("O-UDA-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://github.com/microsoft/Open-Use-of-Data-Agreement/blob/v1.0/O-UDA-1.0.md",
        note=(
            "Keep the agreement's notice when sharing the data; results of analysis are "
            "unrestricted."
        ),
    ),
    LicenseFacts(
        ids=("CC-PDDC",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/publicdomain/",
        note="Public-domain dedication or certification: no conditions.",
    ),
    LicenseFacts(
        ids=("CC-PDM-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/publicdomain/mark/1.0/",
        note="Marks a work as free of known copyright; it is a label, not a licence.",
    ),
    LicenseFacts(
        ids=("LAL-1.2",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://artlibre.org/licence/lal/en/",
        note="Free Art License: modified works stay under the same licence; credit the authors.",
    ),
    LicenseFacts(
        ids=("LAL-1.3",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://artlibre.org/licence/lal/en/",
        note="Free Art License: modified works stay under the same licence; credit the authors.",
    ),
    LicenseFacts(
        ids=("GFDL-1.1-no-invariants-only", "GFDL-1.1-no-invariants-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://www.gnu.org/licenses/fdl-1.3.html",
        note="Copyleft for documents, with no invariant sections; keep notices and history.",
    ),
    LicenseFacts(
        ids=("GFDL-1.2-no-invariants-only", "GFDL-1.2-no-invariants-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://www.gnu.org/licenses/fdl-1.3.html",
        note="Copyleft for documents, with no invariant sections; keep notices and history.",
    ),
    LicenseFacts(
        ids=("GFDL-1.3-no-invariants-only", "GFDL-1.3-no-invariants-or-later"),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://www.gnu.org/licenses/fdl-1.3.html",
        note="Copyleft for documents, with no invariant sections; keep notices and history.",
    ),
    LicenseFacts(
        ids=("OpenMDW-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source="https://github.com/OpenMDW/OpenMDW/blob/main/1.0/LICENSE.openmdw",
        note=(
            "Grants copyright, patent, database and trade-secret rights; keep the agreement and "
            "origin notices; outputs are unrestricted."
        ),
    ),
)
"""Content and data licences: Creative Commons, open data and public-sector terms."""

AI_FACTS: tuple[LicenseFacts, ...] = (
    # ------------------------------------------------------------ AI model licences
    LicenseFacts(
        ids=("LicenseRef-llama2",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.llama.com/llama2/license/",
        note=(
            "Commercial use is allowed, but services above 700 million monthly active users "
            "need Meta's permission; the acceptable use policy applies."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-llama3",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.llama.com/llama3/license/",
        note=(
            "Above 700 million monthly active users you need Meta's permission; no improving "
            "other LLMs with it or its outputs; name derived models 'Llama 3…'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-llama3.1",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.llama.com/llama3_1/license/",
        note=(
            "Above 700 million monthly active users you need Meta's permission; show 'Built "
            "with Llama' and start derived model names with 'Llama'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-llama3.2",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.llama.com/llama3_2/license/",
        note=(
            "700 million monthly-user threshold; the acceptable use policy withholds the "
            "multimodal models from people and companies based in the EU."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-llama3.3",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.llama.com/llama3_3/license/",
        note=(
            "Above 700 million monthly active users you need Meta's permission; show 'Built "
            "with Llama' and start derived model names with 'Llama'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-llama4",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.llama.com/llama4/license/",
        note=(
            "700 million monthly-user threshold; the acceptable use policy withholds the "
            "multimodal models from people and companies based in the EU."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-gemma",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://ai.google.dev/gemma/terms",
        note=(
            "The prohibited use policy binds you and must be passed on with every model "
            "derivative, together with the Gemma notice."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-openrail",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="unknown",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.licenses.ai/blog/2022/8/18/naming-convention-of-responsible-ai-licenses",
        note="A family: read the member licence named in the card for its exact conditions.",
    ),
    LicenseFacts(
        ids=("LicenseRef-bigscience-openrail-m",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license",
        note="Its use restrictions must be written into the terms of every derivative you share.",
    ),
    LicenseFacts(
        ids=("LicenseRef-creativeml-openrail-m",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://huggingface.co/spaces/CompVis/stable-diffusion-license",
        note="Its use restrictions must be written into the terms of every derivative you share.",
    ),
    LicenseFacts(
        ids=("LicenseRef-bigcode-openrail-m",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement",
        note="Its use restrictions must be written into the terms of every derivative you share.",
    ),
    LicenseFacts(
        ids=("LicenseRef-bigscience-bloom-rail-1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://huggingface.co/spaces/bigscience/license",
        note="Its use restrictions must be written into the terms of every derivative you share.",
    ),
    LicenseFacts(
        ids=("LicenseRef-openrail++",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md",
        note="Its use restrictions must be written into the terms of every derivative you share.",
    ),
    LicenseFacts(
        ids=("LicenseRef-fair-noncommercial-research-license",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://github.com/facebookresearch/spiritlm/blob/main/LICENSE",
        note=(
            "Non-commercial research only, under an acceptable use policy; derivatives may be "
            "shared only under the same agreement."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-apple-amlr",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://huggingface.co/apple/DepthPro/blob/main/LICENSE",
        note=(
            "Research purposes only, excluding commercial products and product development; "
            "recipients inherit the same limit."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-deepfloyd-if-license",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://huggingface.co/spaces/DeepFloyd/deepfloyd-if-license",
        note=(
            "Non-commercial research only; also bars military, surveillance and biometric "
            "uses; the grant covers copyright only."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-intel-research",),
        commercial_use="no",
        modification="no",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source=(
            "https://huggingface.co/OpenVINO/Llama-3.1-8B-Instruct-FastDraft-150M-int8-ov"
            "/blob/main/LICENSE.md"
        ),
        note=(
            "Research use only; it grants no right to modify the material and forbids reverse "
            "engineering; copyright licence only."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-h-research",),
        commercial_use="unknown",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="unknown",
        no_user_threshold="unknown",
        attribution_required="unknown",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://huggingface.co/docs/hub/repositories-licenses",
        note="osaid has not found this licence's text, so it answers nothing from its name.",
    ),
    LicenseFacts(
        ids=("LicenseRef-grok2-community",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="no",
        source="https://huggingface.co/xai-org/grok-2/blob/main/LICENSE",
        note=(
            "Commercial use only while xAI's acceptable use policy is kept; no training other "
            "foundation models with it; show 'Powered by xAI'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-falcon-180b-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://falconllm.tii.ae/falcon-180b-licence.html",
        note=(
            "Bound by TII's acceptable use policy, which TII may update; hosting it as an API "
            "service needs TII's permission."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-openmdw-1.1",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source="https://github.com/OpenMDW/OpenMDW/blob/main/1.1/LICENSE.OpenMDW-1.1",
        note=(
            "As OpenMDW-1.0; suing over patents or copyright in the materials ends your "
            "rights; outputs are unrestricted."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-falcon-llm-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://falconllm.tii.ae/falcon-terms-and-conditions.html",
        note=(
            "Bound by TII's acceptable use policy, which TII may update and which must travel "
            "with every derivative."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-falcon-2-11b-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://falconllm.tii.ae/falcon-2-terms-and-conditions.html",
        note=(
            "Bound by TII's acceptable use policy, which TII may update and which must travel "
            "with every derivative."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-qwen",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE",
        note=(
            "Above 100 million monthly active users you need Alibaba Cloud's licence; models "
            "built with it show 'Built with Qwen'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-qwen-research",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE",
        note="Research or evaluation only; commercial use needs Alibaba Cloud's licence.",
    ),
    LicenseFacts(
        ids=("LicenseRef-tongyi-qianwen",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT",
        note=(
            "Above 100 million monthly active users you need Alibaba Cloud's licence; no "
            "improving other LLMs."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-tongyi-qianwen-research",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT",
        note="Non-commercial research only.",
    ),
    LicenseFacts(
        ids=("LicenseRef-deepseek",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="yes",
        source="https://github.com/deepseek-ai/DeepSeek-LLM/blob/main/LICENSE-MODEL",
        note=(
            "Attachment A's use restrictions bind you and must be passed on with every derivative."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-nvidia-open-model-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/",
        note=(
            "Removing or weakening a safety guardrail ends your rights; use must follow NVIDIA's "
            "Trustworthy AI terms."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-databricks-open-model-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://www.databricks.com/legal/open-model-license",
        note=(
            "Above 700 million monthly active users ask Databricks; no improving other LLMs with "
            "DBRX."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-stabilityai-community",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://stability.ai/community-license-agreement",
        note=(
            "Free commercial use ends above US$1 million annual revenue; the acceptable use policy "
            "applies; show 'Powered by Stability AI'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-stabilityai-nc-research-community",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://huggingface.co/stabilityai/sdxl-turbo/blob/main/LICENSE.md",
        note="Non-commercial research only, under Stability AI's acceptable use policy.",
    ),
    LicenseFacts(
        ids=("LicenseRef-mrl",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://mistral.ai/licenses/MRL-0.1.md",
        note="Non-commercial research only, for the model, its derivatives and its outputs.",
    ),
    LicenseFacts(
        ids=("LicenseRef-mnpl",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://mistral.ai/licenses/MNPL-0.1.md",
        note=(
            "Testing, research, personal or evaluation use outside production only; any other use "
            "needs Mistral AI's licence."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-jamba-open-model-license",),
        commercial_use="unknown",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="unknown",
        no_user_threshold="unknown",
        attribution_required="unknown",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://www.ai21.com/jamba-open-model-license/",
        note="osaid has not reviewed this licence's text.",
    ),
    LicenseFacts(
        ids=("LicenseRef-yi-license",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://github.com/01-ai/Yi/blob/main/MODEL_LICENSE_AGREEMENT.txt",
        note=(
            "Version 1.0: non-commercial only; commercial use needs 01.AI's written authorisation."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-chatglm",),
        commercial_use="yes",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://github.com/THUDM/ChatGLM-6B/blob/main/MODEL_LICENSE",
        note=(
            "A licence to use the weights; no military or illegal use and nothing against China's "
            "national security."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-glm-4",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="no",
        source="https://huggingface.co/THUDM/glm-4-9b/blob/main/LICENSE",
        note=(
            "Commercial use after registering with Zhipu AI; no military or illegal use; name "
            "derived models 'glm-4…'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-baichuan",),
        commercial_use="unknown",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="unknown",
        no_user_threshold="unknown",
        attribution_required="unknown",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://huggingface.co/baichuan-inc/Baichuan2-7B-Base/blob/main/Community%20License%20for%20Baichuan%202%20Model.pdf",
        note="osaid has not reviewed this licence's text.",
    ),
    LicenseFacts(
        ids=("LicenseRef-baai-aquila",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://github.com/FlagAI-Open/FlagAI/tree/master/examples/Aquila",
        note=(
            "BAAI may revise these terms at any time; if you do not accept a revision you must "
            "stop using the models."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-tencent-hunyuan-community",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://huggingface.co/tencent/Hunyuan-Large/blob/main/LICENSE.txt",
        note=(
            "Not licensed in the EU; 100 million monthly-user threshold; no improving other LLMs "
            "with it."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-exaone",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct/blob/main/LICENSE",
        note=(
            "Research only; no commercial use and no improving other models; modified models "
            "start with 'EXAONE'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-flux-1-dev-non-commercial-license",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md",
        note="The model may not be used commercially; its outputs may.",
    ),
    LicenseFacts(
        ids=("LicenseRef-lfm1.0",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="no",
        attribution_required="yes",
        share_alike="no",
        patent_grant="yes",
        source="https://www.liquid.ai/lfm-license",
        note="Commercial use is not licensed once your legal entity earns US$10 million a year.",
    ),
    LicenseFacts(
        ids=("LicenseRef-skywork-community-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="unknown",
        source="https://github.com/SkyworkAI/Skywork/blob/main/Skywork%20Community%20License.pdf",
        note=(
            "No use that endangers national or social security; the restriction travels with "
            "derivatives."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-opt-175b",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/MODEL_LICENSE.md",
        note=(
            "Non-commercial research only; no military, surveillance or biometric use; the grant "
            "is copyright only."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-opt-iml-175b",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://github.com/facebookresearch/metaseq/blob/main/projects/OPT-IML/README.md",
        note=(
            "Under the OPT-175B licence: non-commercial research only; no military, surveillance "
            "or biometric use."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-llama",),
        commercial_use="no",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="no",
        no_user_threshold="unknown",
        attribution_required="unknown",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://ai.meta.com/blog/large-language-model-llama-meta-ai/",
        note=(
            "A non-commercial licence given case by case to approved requesters; its text was "
            "never published."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-c4ai-acceptable-use-policy",),
        commercial_use="unknown",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="no",
        no_user_threshold="unknown",
        attribution_required="unknown",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://docs.cohere.com/docs/c4ai-acceptable-use-policy",
        note=(
            "A use policy: it forbids listed uses and commercial synthetic data; read it with the "
            "licence it comes with."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-c4ai-cc-by-nc-4.0",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://cohere.com/c4ai-cc-by-nc-license",
        note="Non-commercial use only, under C4AI's acceptable use policy.",
    ),
    LicenseFacts(
        ids=("LicenseRef-acceptable-use-policy",),
        commercial_use="unknown",
        modification="unknown",
        redistribution="unknown",
        no_use_restrictions="no",
        no_user_threshold="unknown",
        attribution_required="unknown",
        share_alike="unknown",
        patent_grant="unknown",
        source="https://opensource.org/ai/open-source-ai-definition",
        note="A use policy forbids uses; read it with the licence it comes with.",
    ),
    LicenseFacts(
        ids=("LicenseRef-arxiv-nonexclusive-distrib-1.0",),
        commercial_use="no",
        modification="no",
        redistribution="no",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://arxiv.org/licenses/nonexclusive-distrib/1.0/license.html",
        note=(
            "Only arXiv may distribute the article; readers get no licence to copy, adapt or "
            "share it."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-ai-sweden-llm-ai-model-license",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://huggingface.co/AI-Sweden-Models/gpt-sw3-40b/blob/main/LICENSE",
        note=(
            "Use within GPT-SW3's use policies, which may change; commercial users must credit "
            "AI Sweden, RISE and WASP."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-ntt-dialogue-model-evaluation",),
        commercial_use="no",
        modification="no",
        redistribution="no",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://github.com/nttcslab/japanese-dialog-transformers",
        note=(
            "Evaluation of NTT's research only; you may not pass the models or data on to anyone."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-telechat",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="no",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://github.com/Tele-AI/Telechat",
        note=(
            "Non-commercial use; commercial use needs written authorisation; mark derivatives "
            "'TeleChat Inside'."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-codefuse-community",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="unknown",
        source="https://github.com/codefuse-ai",
        note=(
            "Keep the agreement and its attribution notice with copies; suing Ant Group over the "
            "materials ends your licence."
        ),
    ),
    LicenseFacts(
        ids=("LicenseRef-cc-by",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by/4.0/",
        note="Every CC BY version answers alike; credit the creator.",
    ),
    LicenseFacts(
        ids=("LicenseRef-cc-by-sa",),
        commercial_use="yes",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-sa/4.0/",
        note="Every CC BY-SA version answers alike; share adaptations alike.",
    ),
    LicenseFacts(
        ids=("LicenseRef-cc-by-nc",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nc/4.0/",
        note="Every CC BY-NC version forbids commercial use.",
    ),
    LicenseFacts(
        ids=("LicenseRef-cc-by-nd",),
        commercial_use="yes",
        modification="no",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nd/4.0/",
        note="Every CC BY-ND version forbids sharing adaptations.",
    ),
    LicenseFacts(
        ids=("LicenseRef-cc-by-nc-sa",),
        commercial_use="no",
        modification="yes",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="yes",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nc-sa/4.0/",
        note="Every CC BY-NC-SA version forbids commercial use.",
    ),
    LicenseFacts(
        ids=("LicenseRef-cc-by-nc-nd",),
        commercial_use="no",
        modification="no",
        redistribution="yes",
        no_use_restrictions="yes",
        no_user_threshold="yes",
        attribution_required="yes",
        share_alike="no",
        patent_grant="no",
        source="https://creativecommons.org/licenses/by-nc-nd/4.0/",
        note="Every CC BY-NC-ND version forbids commercial use and sharing adaptations.",
    ),
    LicenseFacts(
        ids=("LicenseRef-proprietary",),
        commercial_use="no",
        modification="no",
        redistribution="no",
        no_use_restrictions="no",
        no_user_threshold="no",
        attribution_required="no",
        share_alike="no",
        patent_grant="no",
        source="https://github.com/lfai/model_openness_tool",
        note="No licence grants anything: every use the law reserves needs the owner's permission.",
    ),
)
"""The ``LicenseRef-`` licences of ``AI_LICENSES``."""

LICENSE_FACTS: tuple[LicenseFacts, ...] = SOFTWARE_FACTS + CONTENT_FACTS + AI_FACTS
"""One row per licence text (the GPL-family "-only" and "-or-later" ids share a row, as do
the versions and ports of each Creative Commons family)."""
