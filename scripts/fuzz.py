"""Fuzz the loader and the importers' shared tree loader with hostile documents (hypothesis).

Every generated input is huge, deep, dotted, numeric, odd Unicode or plain bytes, in YAML,
JSON or TOML; it is fed to ``loads_manifest``, ``load_guarded``, ``loads_policy`` and
``osaid.formats._common.load_tree``. The run fails on the first input that lets anything but
an ``OsaidError`` escape, gives a problem that is not located (``path:line:column:``), or
takes longer than ``--seconds``; hypothesis then shrinks it and prints it.

    python scripts/fuzz.py                      # 300 inputs, about a minute
    python scripts/fuzz.py --examples 5000      # a longer run
    python scripts/fuzz.py --seed 7             # another sequence, reproducibly

It is not part of the test suite (``tests/test_loader_limits.py`` pins each known case fast).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from osaid.errors import ManifestError, OsaidError
from osaid.formats._common import load_tree
from osaid.loader import MAX_BYTES, load_guarded, loads_manifest
from osaid.policy_file import loads_policy

FORMATS = ("yaml", "json", "toml")
OPEN = {
    "yaml": ("[", "{a: ", "- ", "a:\n  "),
    "json": ("[", '{"a": '),
    "toml": ("a = [", "a = {b = "),
}
CLOSE = {
    "[": "]",
    "{a: ": "}",
    "- ": "",
    "a:\n  ": "",
    '{"a": ': "}",
    "a = [": "]",
    "a = {b = ": "}",
}

PIECES = [
    *"{}[]:,\"'#-&*!|>=.\\\n \t",
    "\x00",
    "\x1b[2J",
    "\ufeff",
    "\u202e",
    "e\u0301",
    "\U0001f600",
    "\ud800",
    "\udfff",
    "<<: ",
    "!!python/object:os.system ",
    "\n---\n",
    "&a ",
    "*a ",
    "[[",
    "]]",
    '"""',
    "'''",
    "NaN",
    "Infinity",
    "1e999999",
    "-0",
    "0x1F",
    "0o17",
    "1_000",
    ".inf",
    "manifest-version",
    "system",
    "license",
    "(AND MIT)",
    "MIT AND",
]


@st.composite
def deep(draw: st.DrawFn) -> tuple[str, str]:
    fmt = draw(st.sampled_from(FORMATS))
    opener = draw(st.sampled_from(OPEN[fmt]))
    depth = draw(st.sampled_from([63, 64, 65, 1000, 100_000]))
    closed = draw(st.booleans())
    if opener == "a:\n  ":
        text = "".join(" " * i + "a:\n" for i in range(min(depth, 5000)))
    else:
        text = opener * depth + (CLOSE[opener] * depth if closed else "")
    return fmt, text


@st.composite
def dotted(draw: st.DrawFn) -> tuple[str, str]:
    parts = draw(st.sampled_from([2, 63, 64, 65, 2000, 20_000, 100_000]))
    part = draw(st.sampled_from(["a", '"a b"', "'x'", "0", "a-b"]))
    key = ".".join([part] * parts)
    shape = draw(st.sampled_from(["[{}]\n", "[[{}]]\n", "{} = 1\n", "x = {{ {} = 1 }}\n"]))
    return "toml", "manifest-version = 1\n" + shape.format(key)


@st.composite
def numeric(draw: st.DrawFn) -> tuple[str, str]:
    fmt = draw(st.sampled_from(FORMATS))
    digits = draw(st.sampled_from([4300, 4301, 5000, 100_000]))
    number = draw(st.sampled_from(["1" * digits, "-" + "9" * digits, "1" * digits + ".5"]))
    number += draw(st.sampled_from(["", "e999999", "e-999999"]))
    if fmt == "toml" and draw(st.booleans()):
        number = "_".join(number)
    template = {
        "yaml": "manifest-version: {}\nsystem: {{name: A}}\n",
        "json": '{{"manifest-version": {}, "system": {{"name": "A"}}}}',
        "toml": "manifest-version = {}\n[system]\nname = 'A'\n",
    }[fmt]
    return fmt, template.format(number)


@st.composite
def huge(draw: st.DrawFn) -> tuple[str, str]:
    fmt = draw(st.sampled_from(FORMATS))
    unit = draw(
        st.sampled_from(
            {
                "yaml": ["k{}: 0\n", "- {}\n", "a: &a{} [1]\n", "# {}\n"],
                "json": ['"k{}": 0,', "{},", '"{}",'],
                "toml": ["k{} = 0\n", "[[t]]\nn = {}\n", "{},"],
            }[fmt]
        )
    )
    count = draw(st.sampled_from([1_000, 130_000, 300_000]))
    body = "".join(unit.format(i) for i in range(count))[: MAX_BYTES + 10]
    wrap = {"yaml": "{}", "json": "{{{}}}", "toml": "{}"}[fmt]
    if fmt == "json" and not unit.startswith('"k'):
        wrap = '{{"claims": [{}]}}'
    if fmt == "toml" and unit == "{},":
        wrap = "a = [{}]\n"
    return fmt, wrap.format(body.rstrip(","))


@st.composite
def unicode_soup(draw: st.DrawFn) -> tuple[str, str]:
    fmt = draw(st.sampled_from(FORMATS))
    pieces = draw(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=120))
    return fmt, "".join(pieces)


@st.composite
def binary(draw: st.DrawFn) -> tuple[str, bytes]:
    fmt = draw(st.sampled_from(FORMATS))
    prefix = draw(st.sampled_from([b"", b"manifest-version: 1\n", b'{"a": "', b"\xef\xbb\xbf"]))
    return fmt, prefix + draw(st.binary(max_size=400))


HOSTILE = st.one_of(deep(), dotted(), numeric(), huge(), unicode_soup(), binary())


def _check_located(exc: ManifestError, name: str) -> None:
    for problem in exc.problems:
        assert problem.path == name, problem
        assert problem.line >= 0, problem
        assert problem.column >= 0, problem
        assert problem.message, problem
        assert str(problem).startswith(f"{name}:{problem.line}:{problem.column}: "), problem


def _targets(fmt: str, item: str | bytes) -> list[tuple[str, Callable[[], Any]]]:
    calls: list[tuple[str, Callable[[], Any]]] = [
        ("<guarded>", lambda: load_guarded(item, fmt, path="<guarded>"))  # type: ignore[arg-type]
    ]
    if isinstance(item, str):
        calls.append(("<string>", lambda: loads_manifest(item, fmt)))  # type: ignore[arg-type]
        calls.append(("<policy>", lambda: loads_policy(item, fmt, path="<policy>")))  # type: ignore[arg-type]
        if fmt != "toml":
            calls.append(
                ("<tree>", lambda: load_tree(item, fmt, "<tree>", "document", "a key"))  # type: ignore[arg-type]
            )
    return calls


def run(examples: int, seconds: float, start_seed: int) -> None:
    """Feed ``examples`` hostile inputs to every target; raise on the first defect."""

    @seed(start_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(HOSTILE)
    def one(case: tuple[str, str | bytes]) -> None:
        fmt, item = case
        for name, call in _targets(fmt, item):
            started = time.perf_counter()
            try:
                call()
            except ManifestError as exc:
                _check_located(exc, name)
            except OsaidError:
                pass
            took = time.perf_counter() - started
            assert took < seconds, f"{name} took {took:.1f} s on {len(item):,} characters"

    one()


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; exit 0 when no input found a defect."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300, help="inputs to generate")
    parser.add_argument("--seconds", type=float, default=10.0, help="time bound per call")
    parser.add_argument("--seed", type=int, default=0, help="hypothesis seed")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    run(args.examples, args.seconds, args.seed)
    print(f"{args.examples} hostile inputs, no defect, {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
