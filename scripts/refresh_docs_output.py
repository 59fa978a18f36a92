"""Rewrite every ``console`` block in README.md and docs/*.md with the real output.

A console block is ``$ osaid …`` on its first line, then what the command prints (standard
output, then standard error). The test suite (tests/test_docs.py) fails when a block no longer
shows the real output; run this script to refresh them all, then review the diff.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sys
from pathlib import Path

from osaid.cli import main as osaid_main

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```console\n(\$ osaid [^\n]*)\n(.*?)```", re.DOTALL)


def run(command: str) -> str:
    """What ``command`` (``$ osaid …``) prints, as a terminal without colour shows it."""
    argv = shlex.split(command.removeprefix("$ "))
    if argv[0] != "osaid":
        msg = f"only osaid commands can be shown: {command}"
        raise ValueError(msg)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        osaid_main(argv[1:])
    return out.getvalue() + err.getvalue()


def refresh(path: Path) -> bool:
    """Refresh the console blocks of one file; whether anything changed."""
    text = path.read_text("utf-8")
    new = BLOCK.sub(lambda m: f"```console\n{m.group(1)}\n{run(m.group(1))}```", text)
    if new != text:
        path.write_text(new, "utf-8")
    return new != text


def files() -> list[Path]:
    """README.md and every page under docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


if __name__ == "__main__":
    os.chdir(ROOT)
    os.environ["NO_COLOR"] = "1"
    changed = [str(p.relative_to(ROOT)) for p in files() if refresh(p)]
    print("refreshed: " + (", ".join(changed) if changed else "nothing"))
    sys.exit(0)
