"""Claims a release makes ("open source", "open weights", …), declared as data with their basis.

A claim is backed when every element and component it rests on is open. osaid reports an
``openwashing`` finding where a claim outruns the evidence: ``docs/claims.md`` gives each
claim's meaning and basis.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from osaid.components import Element
from osaid.manifest import Claim

__all__ = ["CLAIMS", "ClaimSpec"]


class ClaimSpec(NamedTuple):
    """What a claim means: the elements and components that must be open to back it."""

    claim: Claim
    meaning: str
    basis: str
    elements: tuple[Element, ...]
    components: tuple[str, ...] = ()


_DI, _CODE, _PARAMS = Element.DATA_INFORMATION, Element.CODE, Element.PARAMETERS

CLAIMS: Mapping[Claim, ClaimSpec] = MappingProxyType(
    {
        spec.claim: spec
        for spec in (
            ClaimSpec(
                "open-source-ai",
                "the system is Open Source AI",
                "OSAID 1.0: Data Information, Code and Parameters, all under open terms",
                (_DI, _CODE, _PARAMS),
            ),
            ClaimSpec(
                "open-source-model",
                "the model is open source",
                "OSAID 1.0: 'Open Source models and Open Source weights must include the data "
                "information and code used to derive those parameters'",
                (_DI, _PARAMS),
                (
                    "model-architecture",
                    "training-code",
                    "data-preprocessing-code",
                    "supporting-libraries",
                ),
            ),
            ClaimSpec(
                "open-weights",
                "the parameters are under open terms (this alone is not Open Source AI)",
                "OSAID 1.0, Parameters: under OSI-approved terms",
                (_PARAMS,),
            ),
            ClaimSpec(
                "open-source-code",
                "the code used to train and run the system is under OSI-approved licences",
                "OSAID 1.0, Code: under OSI-approved licenses",
                (_CODE,),
            ),
            ClaimSpec(
                "open-data",
                "the training data sets themselves are released under open terms",
                "OSAID FAQ: open training data can be copied, preserved, modified and reshared",
                (),
                ("datasets",),
            ),
        )
    }
)
"""Every claim osaid checks, by name."""
