"""Every place where osaid interprets the definition, declared once as data.

The checklist "is not an operating manual"; osaid is one. Each interpretation here has a
stable code, the clause it interprets and what osaid does; each finding that rests on one
says ``interpretation: true``. ``docs/interpretations.md`` lists them (a test keeps the two
in step).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from osaid.findings import Clause, Finding, Severity, finding

__all__ = ["INTERPRETATIONS", "Interpretation", "interpretation"]


class Interpretation(NamedTuple):
    """One reading of the definition that its text leaves open."""

    code: str
    clause: Clause
    reading: str


INTERPRETATIONS: Mapping[str, Interpretation] = MappingProxyType(
    {
        i.code: i
        for i in (
            Interpretation(
                "license-open-terms",
                Clause.PARAMETERS,
                '"OSI-approved terms" for parameters and data information means an OSI-approved '
                "licence or a licence on osaid's reviewed allow-list of open content and data "
                "licences (CC0-1.0, CC-BY, CC-BY-SA, CDLA, ODC, OpenMDW, and the open "
                "government and data licences the Open Definition lists as conformant).",
            ),
            Interpretation(
                "license-or-chosen",
                Clause.SPDX,
                "In 'A OR B' the recipient may choose, so the more open branch decides; in "
                "'A AND B' both apply, so the less open one decides.",
            ),
            Interpretation(
                "data-information-checklist-fallback",
                Clause.CHECKLIST,
                "When a manifest does not map the five Data Information topics, item (1) is "
                "judged from the checklist's Data components: datasets, or a data card together "
                "with a research paper or a technical report, each under open terms.",
            ),
            Interpretation(
                "training-data-from-datasets",
                Clause.DATA_INFORMATION_PUBLIC,
                "When no training data sets are listed but the datasets component is released "
                "under open terms, items (2) and (3) are taken as met: the data itself is shared.",
            ),
            Interpretation(
                "url-documentation-license",
                Clause.DATA_INFORMATION,
                "A URL cited as documentation carries no licence of its own: it counts under the "
                "manifest's default licence, else its terms are unknown.",
            ),
            Interpretation(
                "supporting-libraries-if-used",
                Clause.CODE,
                "Supporting libraries are required 'if used': an undeclared supporting-libraries "
                "component leaves Code undetermined; declare it not-applicable when none are used.",
            ),
            Interpretation(
                "optional-component-framework",
                Clause.CHECKLIST_OPTIONAL,
                "Optional components have no legal framework in the checklist: osaid judges code "
                "under OSI-approved licences and data and documents under open terms, and never "
                "lets them block.",
            ),
            Interpretation(
                "license-family",
                Clause.SPDX,
                "A Hugging Face family id (bsd, cc, gpl, lgpl, gfdl) names no single licence, so "
                "its verdict is undetermined, never guessed from the family.",
            ),
            Interpretation(
                "license-deprecated-id",
                Clause.SPDX,
                "A deprecated GNU id (GPL-3.0, Hugging Face gpl-3.0) is read as its '-only' form, "
                "as the SPDX list names it ('… only').",
            ),
            Interpretation(
                "openwashing",
                Clause.FREEDOMS,
                "A claim of openness is read by its meaning in docs/claims.md: 'open source' as "
                "Open Source AI, 'open-source model' as parameters with the data information "
                "and code used to derive them, 'open weights' as parameters under open terms "
                "only; a claim whose evidence is not open is openwashing.",
            ),
            Interpretation(
                "license-name-recognized",
                Clause.SPDX,
                "Licence text that is not an SPDX expression is read as the licence it names "
                "when its spelling-blind key (case, punctuation, 'the', 'license', 'agreement', "
                "'version', a 'v' before a number and a trailing '.0' ignored) matches exactly "
                "one SPDX id or name, AI-licence title or alias, or Hugging Face id or name.",
            ),
            Interpretation(
                "license-url-recognized",
                Clause.SPDX,
                "A licence given as an address is read as the licence whose text it is: the "
                "source of a licence osaid knows, a Creative Commons deed, or a page or file "
                "named by a licence id.",
            ),
            Interpretation(
                "license-cc-name",
                Clause.SPDX,
                "A Creative Commons name ('CC BY-NC 4.0', 'Attribution-NonCommercial 4.0 "
                "International') is read by the licence's own grammar of elements, version and "
                "port as the SPDX id it spells.",
            ),
            Interpretation(
                "license-family-reading",
                Clause.SPDX,
                "A Creative Commons family named without a version ('CC-BY-ND') is judged as "
                "the family when every version shares the clause that decides the verdict; a "
                "family whose versions differ stays undetermined.",
            ),
            Interpretation(
                "license-prose-and",
                Clause.SPDX,
                "Prose that joins licences ('X and Y', 'X + acceptable use policy', 'X; Y') "
                "means all of them apply: it is read as their AND, and a part that names no "
                "known licence stays an opaque reference whose terms are unknown.",
            ),
            Interpretation(
                "license-or-later-upgrade",
                Clause.SPDX,
                "A licence 'or later' ('GPL-1.0-or-later', 'X+') lets the recipient take any "
                "later version of it on the SPDX list, so the most open of them decides.",
            ),
            Interpretation(
                "code-cited-as-documentation",
                Clause.DATA_INFORMATION,
                "A code component cited as documentation of a Data Information topic is judged "
                "under open terms, as documentation.",
            ),
            Interpretation(
                "evidence-followable",
                Clause.DATA_INFORMATION_PUBLIC,
                "A released datasets component counts as Data Information evidence only if it "
                "can be followed: a location, or notes that describe data that cannot be shared. "
                "Like a training data set without a location, it is otherwise missing.",
            ),
            Interpretation(
                "base-model-data-information",
                Clause.DATA_INFORMATION_DESCRIPTION,
                "Data Information describes all data used for training, so a fine-tune's includes "
                "its base model's: a declared base model whose openness is not established leaves "
                "Data Information undetermined; given the base model's manifest, its Data "
                "Information verdict and blockers join the release's.",
            ),
            Interpretation(
                "mof-license-expression",
                Clause.SPDX,
                "Under mof-1.0 osaid parses SPDX expressions (an OR is as open as its best branch, "
                "an AND as its worst), where the Model Openness Tool compares licence strings "
                "exactly and would count an open compound expression as no licence it knows.",
            ),
            Interpretation(
                "license-single-version",
                Clause.SPDX,
                "A licence name given without a version, when the SPDX list has that licence "
                "in one version only, names that version (Open Data Commons Attribution "
                "License is ODC-By-1.0); a name with several versions stays unknown.",
            ),
            Interpretation(
                "mot-unlisted-not-released",
                Clause.CHECKLIST,
                "A component that a MOT file does not list is read as not-released, because the "
                "MOT counts an unlisted component as missing; the MOF's optional components "
                "(supporting libraries, sample outputs, model metadata) stay undeclared.",
            ),
            Interpretation(
                "mot-license-unlicensed",
                Clause.SPDX,
                "MOT `unlicensed` read as no licence: the MOT writes it where a component is "
                "listed with no licence, so it is SPDX NONE (no licence is granted), not "
                "NOASSERTION.",
            ),
            Interpretation(
                "mot-distribution-license-inherited",
                Clause.PREFERRED_FORM,
                "A repository/distribution licence inherited by data and documents: a data or "
                "document component with no licence of its own, and no default for its content "
                "type, takes the MOT file's distribution licence, as the MOT does.",
            ),
            Interpretation(
                "hf-license-scope",
                Clause.PREFERRED_FORM,
                "A repository/distribution licence inherited by data and documents: a Hugging "
                "Face card's licence covers its repository, so it is read as the licence of the "
                "model parameters and of the model card, and of nothing else.",
            ),
            Interpretation(
                "mot-origin-self",
                Clause.DATA_INFORMATION,
                "A MOT origin that names the release itself, or its family where the release "
                "name marks no fine-tune (OLMo-7B: OLMo), means a pre-trained model, as the "
                "MOT's form asks: no base model is recorded.",
            ),
            Interpretation(
                "hf-license-list-and",
                Clause.SPDX,
                "A Hugging Face card that lists several licences is under all of them: their AND.",
            ),
            Interpretation(
                "hub-license-tags-and",
                Clause.SPDX,
                "A Hub model record with several license: tags (and no licence in its card) is "
                "under all of them: their AND.",
            ),
            Interpretation(
                "gated-manual-approval",
                Clause.FREEDOMS,
                "A download gated behind the publisher's manual approval of each request "
                "withholds the freedom to use the system 'without having to ask for "
                "permission': the parameters are not open, whatever their licence, until the "
                "manual approval is removed.",
            ),
            Interpretation(
                "gated-automatic",
                Clause.FREEDOMS,
                "A download gated by accepting conditions (and sharing contact details) that "
                "grants access to everyone who does so is not asking permission: it does not "
                "change the verdict, but is reported, as the conditions may restrict use.",
            ),
            Interpretation(
                "spdx-license-and",
                Clause.SPDX,
                "Several licences an SPDX document attaches to one package (or the data sets a "
                "model was trained on) all apply: their AND.",
            ),
            Interpretation(
                "cyclonedx-license-and",
                Clause.SPDX,
                "Several licences a CycloneDX component lists (or its training data sets carry) "
                "all apply: their AND.",
            ),
        )
    }
)


def interpretation(
    code: str,
    *,
    component: str | None = None,
    message: str | None = None,
    severity: Severity = Severity.INFO,
) -> Finding:
    """A finding that rests on interpretation ``code``."""
    entry = INTERPRETATIONS[code]
    return finding(
        code,
        severity,
        message or entry.reading,
        component=component,
        clause=entry.clause,
        interpretation=True,
    )
