"""Write ``schemas/report-<version>.schema.json``: the JSON Schema of every JSON document
``osaid check`` writes.

Run after changing the report's or the other documents' types:
``python scripts/generate_report_schema.py``. ``--check`` exits 1 when the committed file is
out of date (the test suite runs it).

The schema's root accepts any one document the command writes; each kind also has its own
definition under ``$defs``, to validate against when the kind is known:

- ``Report``: ``--format json`` for one input, and each report line of ``--jsonl``;
- ``ErrorDocument``: an input (or a ``--jsonl`` line) that could not be read;
- ``Reports``: ``--format json`` for several inputs, an array of the two above;
- ``CompactLine``: each line of ``--format compact``;
- ``Summary``: ``--format summary``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from osaid._documents import (
    CompactErrorLine,
    CompactReportLine,
    ErrorDocument,
    SummaryDocument,
)
from osaid.report import REPORT_VERSION, Report

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "schemas" / f"report-{REPORT_VERSION}.schema.json"

# The TypedDicts' definitions: closed, as the pydantic models of the report are.
_CLOSED = ("ErrorDocument", "ErrorEntry", "CompactReportLine", "CompactErrorLine", "CompactBlocker")

_DOCUMENTS = {
    "Reports": {
        "description": "`osaid check --format json` for several inputs: one document per "
        "input, in input order.",
        "type": "array",
        "items": {"anyOf": [{"$ref": "#/$defs/Report"}, {"$ref": "#/$defs/ErrorDocument"}]},
    },
    "CompactLine": {
        "description": "One line of `osaid check --format compact`.",
        "anyOf": [{"$ref": "#/$defs/CompactReportLine"}, {"$ref": "#/$defs/CompactErrorLine"}],
    },
}


def report_schema() -> dict[str, Any]:
    """The JSON Schema of every JSON document ``osaid check`` writes (see the module)."""
    union = (
        Report
        | ErrorDocument
        | list[Report | ErrorDocument]  # type: ignore[operator]
        | CompactReportLine
        | CompactErrorLine
        | SummaryDocument
    )
    generated = TypeAdapter(union).json_schema(by_alias=True, mode="serialization")
    defs: dict[str, Any] = generated["$defs"]
    for name in _CLOSED:
        defs[name]["additionalProperties"] = False
    defs["SummaryDocument"]["title"] = "Summary"
    for counts in defs["SummaryDocument"]["properties"].values():
        if "propertyNames" in counts:  # a count for every key, zeros included
            counts["required"] = counts["propertyNames"]["enum"]
    defs["Summary"] = defs.pop("SummaryDocument")
    defs.update(_DOCUMENTS)
    kinds = ("Report", "ErrorDocument", "Reports", "CompactLine", "Summary")
    text = json.dumps(defs).replace('"#/$defs/SummaryDocument"', '"#/$defs/Summary"')
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://osaid.dev/schemas/report-{REPORT_VERSION}.schema.json",
        "title": f"osaid check's JSON output, report-version {REPORT_VERSION}",
        "description": "Any one JSON document `osaid check` writes: a report, the error "
        "document of an input that could not be read, the array of several, a compact line "
        "or a run's summary. Validate against `#/$defs/<kind>` when the kind is known.",
        "anyOf": [{"$ref": f"#/$defs/{kind}"} for kind in kinds],
        "$defs": dict(sorted(json.loads(text).items())),
    }


def main(argv: list[str]) -> int:
    text = json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in argv:
        if not PATH.exists() or PATH.read_text("utf-8") != text:
            print(f"{PATH} is out of date: run python scripts/generate_report_schema.py")
            return 1
        return 0
    PATH.write_text(text, "utf-8")
    print(f"wrote {PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
