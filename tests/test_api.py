"""The public surface: everything in ``osaid.__all__`` imports, and the package does no work."""

from __future__ import annotations

import subprocess
import sys

import osaid


def test_every_public_name_resolves() -> None:
    for name in osaid.__all__:
        assert getattr(osaid, name) is not None, name
    assert len(set(osaid.__all__)) == len(osaid.__all__)


def test_importing_osaid_reads_no_licence_data() -> None:
    code = (
        "import sys, osaid;"
        "print('license_expression' in sys.modules, 'osaid.licenses._tables' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_errors_are_value_errors_with_one_base() -> None:
    assert issubclass(osaid.ManifestError, osaid.OsaidError)
    assert issubclass(osaid.ManifestError, ValueError)
    assert issubclass(osaid.LicenseExpressionError, osaid.OsaidError)
    assert issubclass(osaid.LicenseExpressionError, ValueError)
