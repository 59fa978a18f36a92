"""The JSON Schema of the osaid manifest, for editors and other validators.

>>> schema = manifest_schema()
>>> schema["$schema"], "manifest-version" in schema["properties"]
('https://json-schema.org/draft/2020-12/schema', True)
"""

from __future__ import annotations

from typing import Any

__all__ = ["MANIFEST_SCHEMA_ID", "manifest_schema"]

MANIFEST_SCHEMA_ID = (
    "https://raw.githubusercontent.com/osaid-project/osaid/main/schemas/manifest-1.schema.json"
)
"""Where the published schema lives (``schemas/manifest-1.schema.json`` in the repository)."""


def manifest_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the manifest, format version 1, as ``osaid schema``
    prints it and ``schemas/manifest-1.schema.json`` holds it.

    It follows the pydantic model, so it cannot drift from what osaid reads. Licence
    expressions and references are checked by osaid itself: a document the schema accepts
    can still fail ``osaid check``.
    """
    from osaid.manifest import AISystem

    generated = AISystem.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": MANIFEST_SCHEMA_ID,
        "title": "osaid manifest, format version 1",
        "description": (
            "What an AI release consists of and under which terms, for osaid to decide "
            "whether it is Open Source AI (OSAID 1.0). Licence expressions and references "
            "are checked by osaid itself: `osaid check` is the full validation."
        ),
        **{k: v for k, v in generated.items() if k not in ("title", "description")},
    }
