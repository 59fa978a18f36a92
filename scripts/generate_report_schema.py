"""Write ``schemas/report-<version>.schema.json``, the JSON Schema of osaid's JSON report.

Run after changing the report's models: ``python scripts/generate_report_schema.py``.
``--check`` exits 1 when the committed file is out of date (the test suite runs it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from osaid.report import REPORT_VERSION, Report

ROOT = Path(__file__).resolve().parent.parent


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the JSON report, as ``report.model_dump(mode="json")`` writes it."""
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://osaid.dev/schemas/report-{REPORT_VERSION}.schema.json",
        **schema,
        "title": f"osaid JSON report, report-version {REPORT_VERSION}",
    }


def main(argv: list[str]) -> int:
    path = ROOT / "schemas" / f"report-{REPORT_VERSION}.schema.json"
    text = json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in argv:
        if not path.exists() or path.read_text("utf-8") != text:
            print(f"{path} is out of date: run python scripts/generate_report_schema.py")
            return 1
        return 0
    path.write_text(text, "utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
