"""The ``osaid`` command line: parse arguments, call the library, print, exit 0 / 1 / 2."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

__all__ = ["main"]

EXIT_OPEN, EXIT_NOT_OPEN, EXIT_INVALID = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"osaid: error: {message}\n")
        raise SystemExit(EXIT_INVALID)


def _parser() -> argparse.ArgumentParser:
    from osaid._version import __version__

    parser = _Parser(
        prog="osaid",
        description="Decide whether an AI release is Open Source AI under OSAID 1.0.",
    )
    parser.add_argument("--version", action="version", version=f"osaid {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="check manifests (exit 0: all open, 1: not, 2: invalid)")
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="manifest files (YAML, JSON or TOML); default ./osaid.yaml",
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--policy", default="osaid-1.0", help="osaid-1.0 (default) or mof-1.0")
    return parser


def _check(args: argparse.Namespace) -> int:
    from osaid.errors import ManifestError
    from osaid.evaluate import evaluate, resolve_policy
    from osaid.loader import load_manifest
    from osaid.render import render_json, render_text
    from osaid.report import Report

    try:
        policy = resolve_policy(args.policy)
    except ValueError as exc:
        sys.stderr.write(f"osaid: error: {exc}\n")
        return EXIT_INVALID
    paths = args.paths or ["osaid.yaml"]
    items: list[Report | ManifestError] = []
    for path in paths:
        try:
            system = load_manifest(path)
        except ManifestError as exc:
            items.append(exc)
            continue
        items.append(evaluate(system, policy).with_source(path))
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if args.format == "json":
        sys.stdout.write(render_json(items))
    else:
        for i, item in enumerate(items):
            if i:
                sys.stdout.write("\n")
            if isinstance(item, ManifestError):
                sys.stderr.write(f"{item}\n")
            else:
                sys.stdout.write(render_text(item, colour=colour))
    if any(isinstance(item, ManifestError) for item in items):
        return EXIT_INVALID
    if all(item.verdict.value == "open" for item in items if isinstance(item, Report)):
        return EXIT_OPEN
    return EXIT_NOT_OPEN


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "check":
        return _check(args)
    return EXIT_INVALID  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
