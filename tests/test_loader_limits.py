"""Hostile input (issue 14): every read bounded by what is read, every refusal one located line.

The cases that would exhaust memory before the fix (``/dev/zero``, a FIFO fed by ``yes``,
standard input) run in a child process capped at 1 GiB of address space and 30 seconds, so a
regression fails the test instead of taking the machine down.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from osaid import ManifestError, loads_manifest
from osaid.errors import LicenseExpressionError
from osaid.loader import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_ENTRIES,
    MAX_PROBLEMS,
    guarded,
    iter_bounded_lines,
    load_guarded,
    read_bounded,
)
from osaid.policy_file import loads_policy

GIB = 1024**3
LOCATED = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")
DEEP = f"nested deeper than {MAX_DEPTH} levels"
TOO_LARGE = "more than 10 MiB: refused, and not read past that; no manifest is that large"
ENTRIES = f"more than {MAX_ENTRIES:,} keys and values in all: refused before validation"
LONG_INTEGER = "an integer of more than 4,300 digits: refused"


def one_line(exc: ManifestError) -> tuple[str, int, int, str]:
    """The single located line of ``exc``: (path, line, column, message)."""
    lines = str(exc).splitlines()
    assert len(lines) == 1, lines
    match = LOCATED.match(lines[0])
    assert match, lines[0]
    return match["path"], int(match["line"]), int(match["column"]), match["message"]


def refused(call: Callable[[], object], seconds: float = 5.0) -> tuple[str, int, int, str]:
    start = time.perf_counter()
    with pytest.raises(ManifestError) as info:
        call()
    assert time.perf_counter() - start < seconds
    return one_line(info.value)


# --- reads bounded by bytes read -----------------------------------------------------------------


class Endless(io.RawIOBase):
    """A stream that never ends (a growing file, a device), counting what is read of it."""

    def __init__(self, byte: bytes = b"#") -> None:
        self.byte = byte
        self.read_so_far = 0
        self.largest_request = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        buffer[:size] = self.byte * size
        self.read_so_far += size
        self.largest_request = max(self.largest_request, size)
        return size


def test_read_bounded_reads_no_more_than_one_byte_past_the_limit() -> None:
    endless = Endless()
    stream = io.BufferedReader(endless, buffer_size=4096)
    path, line, column, message = refused(lambda: read_bounded(stream, 1000, name="<grow>"))
    assert (path, line, column) == ("<grow>", 1, 1)
    assert (
        message
        == "more than 1,000 bytes: refused, and not read past that; no manifest is that large"
    )
    assert endless.read_so_far <= 1001 + 4096  # one buffer's read-ahead at most


def test_read_bounded_accepts_up_to_the_limit_and_a_text_streams_buffer() -> None:
    assert read_bounded(io.BytesIO(b"x" * 10), 10) == b"x" * 10

    class Text:
        buffer = io.BytesIO(b"abc")
        name = "<stdin>"

    assert read_bounded(Text(), 10) == b"abc"  # type: ignore[arg-type]


def test_a_regular_file_over_the_cap_is_refused_by_its_size_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)
    assert refused(lambda: read_bounded(path))[3].startswith(f"the file is {MAX_BYTES + 1} bytes")


def test_a_fifo_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sys\nwith open({str(fifo)!r}, 'wb') as f:\n"
            "    try:\n        while True: f.write(b'y\\n' * 65536)\n"
            "    except BrokenPipeError: pass\n",
        ],
    )
    try:
        assert refused(lambda: read_bounded(fifo))[1:] == (1, 1, TOO_LARGE)
    finally:
        writer.kill()
        writer.wait()


# --- the same, in a child capped at 1 GiB --------------------------------------------------------


def capped_child(code: str, stdin: Any = subprocess.DEVNULL) -> str:
    """Run ``code`` in a child with 1 GiB of address space and 30 s; its standard output."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (GIB, GIB))

    result = subprocess.run(
        [sys.executable, "-c", code],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=cap,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


REPORT = (
    "from osaid import ManifestError\n"
    "try:\n    {call}\n    print('accepted')\n"
    "except ManifestError as exc:\n    print(exc)\n"
)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    "call",
    [
        "__import__('osaid').load_manifest('/dev/zero')",
        "__import__('osaid.policy_file').policy_file.load_policy('/dev/zero')",
        "__import__('osaid.policy').policy.resolve_policy('/dev/zero', "
        "files=__import__('osaid.policy_file').policy_file.load_policy)",
    ],
)
def test_dev_zero_is_refused_within_bounded_memory(call: str) -> None:
    assert capped_child(REPORT.format(call=call)) == f"/dev/zero:1:1: {TOO_LARGE}"


def test_a_fifo_fed_by_yes_is_refused_within_bounded_memory(tmp_path: Path) -> None:
    fifo = tmp_path / "m.yaml"
    os.mkfifo(fifo)
    with subprocess.Popen(f"exec yes > {fifo}", shell=True, stderr=subprocess.DEVNULL) as yes:  # noqa: S602
        try:
            out = capped_child(
                REPORT.format(call=f"__import__('osaid').load_manifest({str(fifo)!r})")
            )
        finally:
            yes.kill()
    assert out == f"{fifo}:1:1: {TOO_LARGE}"


def test_standard_input_from_dev_zero_is_refused_within_bounded_memory() -> None:
    call = "__import__('osaid.loader').loader.read_bounded(__import__('sys').stdin, name='<stdin>')"
    with open("/dev/zero", "rb") as zero:
        assert capped_child(REPORT.format(call=call), stdin=zero) == f"<stdin>:1:1: {TOO_LARGE}"


def test_json_lines_from_dev_zero_end_within_bounded_memory() -> None:
    code = (
        "import sys\nfrom osaid.loader import iter_bounded_lines\n"
        "for number, content, size in iter_bounded_lines(sys.stdin, name='<stdin>'):\n"
        "    print(content)\n"
    )
    with open("/dev/zero", "rb") as zero:
        out = capped_child(code, stdin=zero).splitlines()
    assert out == [
        "<stdin>:1:1: line longer than 10 MiB: refused, and skipped without being held in memory",
        "<stdin>:1:1: no line end within 1024 MiB after this line started: the rest of the input "
        "is not read",
    ]


# --- JSON Lines, line by line --------------------------------------------------------------------


def test_an_over_long_line_is_refused_and_the_stream_goes_on() -> None:
    endless_line = io.BytesIO(b'{"a": 1}\n' + b"x" * 5000 + b"\n[2]\n")
    lines = list(iter_bounded_lines(endless_line, 100, name="in.jsonl"))
    assert [(n, size) for n, _, size in lines] == [(1, 9), (2, 5001), (3, 4)]
    assert lines[0].content == b'{"a": 1}\n'
    assert isinstance(lines[1].content, ManifestError)
    assert one_line(lines[1].content)[:3] == ("in.jsonl", 2, 1)
    assert lines[2].content == b"[2]\n"


def test_an_over_long_line_is_never_held_whole() -> None:
    endless = Endless()
    lines = iter_bounded_lines(io.BufferedReader(endless), 1000, skip_limit=10_000_000)
    assert [line.number for line in lines] == [1, 1]
    assert endless.read_so_far < 10_000_000 + 2 * 1024 * 1024
    assert endless.largest_request <= 1024 * 1024


def test_a_line_exactly_at_the_limit_is_accepted() -> None:
    lines = list(iter_bounded_lines(io.BytesIO(b"x" * 10 + b"\n" + b"y" * 10), 10))
    assert [line.content for line in lines] == [b"x" * 10 + b"\n", b"y" * 10]


# --- structure refused before the costly parse ---------------------------------------------------


def test_a_toml_header_of_100000_dotted_parts_is_refused_before_tomllib() -> None:
    text = "[" + ".".join(["a"] * 100_000) + "]\n"
    where = 2 + 2 * (MAX_DEPTH - 1)  # the part that goes one level too deep
    assert refused(lambda: loads_manifest(text, "toml"))[1:3] == (1, where)


def test_a_toml_dotted_key_of_20000_parts_is_refused_before_tomllib() -> None:
    text = "manifest-version = 1\n" + ".".join(["k"] * 20_000) + " = 1\n"
    _, line, column, message = refused(lambda: loads_manifest(text, "toml"))
    assert (line, column) == (2, 1 + 2 * (MAX_DEPTH - 1))
    assert message.startswith(DEEP)


def test_dotted_parts_inside_toml_strings_and_comments_are_not_keys() -> None:
    dots = ".".join(["a"] * 200)
    text = (
        f'manifest-version = 1 # {dots}\n[system]\nname = "{dots}"\n'
        f"description = '''\n{dots}\n'''\n"
    )
    with pytest.raises(ManifestError) as info:
        loads_manifest(text, "toml")
    assert "unknown key 'description'" in str(info.value)  # read, then validated


@pytest.mark.parametrize(
    ("fmt", "text", "at"),
    [
        ("json", '{"manifest-version": ' + "1" * 5000 + "}", (1, 22)),
        ("toml", "manifest-version = " + "1" * 5000 + "\n", (1, 20)),
        ("toml", "manifest-version = 1\nx = [\n  " + "9_" * 4400 + "9]\n", (3, 3)),
    ],
)
def test_integers_over_4300_digits_are_located(fmt: str, text: str, at: tuple[int, int]) -> None:
    _, line, column, message = refused(lambda: loads_manifest(text, fmt))  # type: ignore[arg-type]
    assert (line, column) == at
    assert message.startswith(LONG_INTEGER)


def test_a_yaml_integer_over_4300_digits_stays_text() -> None:
    text = "manifest-version: " + "1" * 5000 + "\nsystem: {name: A}\n"
    _, _, _, message = refused(lambda: loads_manifest(text))
    assert message == (
        f"manifest-version: unsupported manifest-version '{'1' * 59}…: this osaid reads "
        "version 1; write manifest-version: 1"
    )


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("json", "[" * 100_000 + "]" * 100_000),
        ("json", '{"a":' * 100_000 + "1" + "}" * 100_000),
        ("yaml", "[" * 100_000),
        ("yaml", "".join(" " * i + "a:\n" for i in range(3000))),
        ("yaml", "- " * 20_000 + "a\n"),
        ("toml", "a = " + "[" * 100_000 + "]" * 100_000),
        ("toml", "a = " + "{b = " * 5_000 + "1" + "}" * 5_000),
    ],
)
def test_deep_nesting_is_one_located_line(fmt: str, text: str) -> None:
    _, line, column, message = refused(lambda: load_guarded(text, fmt, path="<item 7>"))  # type: ignore[arg-type]
    assert message.startswith(DEEP)
    assert line >= 1
    assert column > 1


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("json", "{" + ",".join(f'"{i:x}":0' for i in range(MAX_ENTRIES // 2 + 1)) + "}"),
        ("json", '{"claims": [' + ",".join(["1"] * (MAX_ENTRIES + 1)) + "]}"),
        ("yaml", "".join(f"{i:x}: 0\n" for i in range(MAX_ENTRIES // 2 + 1))),
        ("toml", "".join(f"k{i:x} = 0\n" for i in range(MAX_ENTRIES + 1))),
        ("toml", "a = [" + ",".join(["1"] * (MAX_ENTRIES + 1)) + "]\n"),
    ],
)
def test_too_many_keys_and_values_are_refused_before_validation(fmt: str, text: str) -> None:
    assert refused(lambda: loads_manifest(text, fmt))[3].startswith(ENTRIES)  # type: ignore[arg-type]


# --- many problems: listed up to a cap, suggestions once per distinct value ----------------------


def test_thousands_of_unknown_keys_list_the_first_then_a_count() -> None:
    keys = ", ".join(f'"x{i}": 0' for i in range(20_000))
    text = '{"manifest-version": 1, "system": {"name": "A"}, ' + keys + "}"
    start = time.perf_counter()
    with pytest.raises(ManifestError) as info:
        loads_manifest(text, "json")
    assert time.perf_counter() - start < 5
    problems = info.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].message.startswith("unknown key 'x0'")
    last = problems[-1]
    assert last.message == (
        f"and {20_000 - MAX_PROBLEMS:,} more problems, the first of them here: fix these and "
        "run again"
    )
    assert (last.line, last.column) == (1, text.index(f'"x{MAX_PROBLEMS}"') + 1)


def test_a_licence_typo_repeated_20000_times_is_looked_up_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from osaid.licenses import _parse

    calls: list[str] = []
    real = _parse.suggest

    def counting(key: str) -> str | None:
        calls.append(key)
        return real(key)

    monkeypatch.setattr(_parse, "suggest", counting)
    typo = "Apache-2.O-limits-test"
    item = {"name": "d", "class": "open", "license": typo}
    text = json.dumps(
        {"manifest-version": 1, "system": {"name": "A"}, "training-data": [item] * 20_000}
    )
    start = time.perf_counter()
    with pytest.raises(ManifestError) as info:
        loads_manifest(text, "json")
    assert time.perf_counter() - start < 10
    assert len(calls) == 1
    assert len(info.value.problems) == MAX_PROBLEMS + 1
    assert info.value.problems[0].field == "training-data[0].license"


def test_a_policy_typo_repeated_in_many_rows_is_looked_up_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from osaid.licenses import _parse

    calls: list[str] = []
    real = _parse.suggest
    monkeypatch.setattr(_parse, "suggest", lambda key: calls.append(key) or real(key))
    rows = "".join(
        f"  - {{license: GPL-3.O-policy-test, verdict: open, reason: r{i}}}\n" for i in range(500)
    )
    with pytest.raises(ManifestError):
        loads_policy(f"policy-version: 1\nname: acme\nextends: osaid-1.0\nrules:\n{rows}")
    assert len(calls) == 1


# --- one error boundary per input ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (AssertionError("Bad arguments"), "cannot be read (AssertionError: Bad arguments)"),
        (RecursionError("deep"), DEEP),
        (ValueError("Exceeds the limit"), "cannot be read (ValueError: Exceeds the limit)"),
        (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates"), "not valid Unicode text"),
        (OSError(5, "Input/output error"), "cannot be read (OSError: [Errno 5] Input/output"),
        (MemoryError(), "ran out of memory reading this input"),
        (LicenseExpressionError("unknown licence 'x'", "x"), "unknown licence 'x'"),
    ],
)
def test_the_boundary_turns_parser_exceptions_into_one_located_line(
    raised: BaseException, message: str
) -> None:
    def fail() -> None:
        with guarded("<item 3>"):
            raise raised

    path, line, column, text = refused(fail)
    assert (path, line, column) == ("<item 3>", 1, 1)
    assert text.startswith(message)


def test_the_boundary_lets_a_manifest_error_through_and_nothing_else_is_caught() -> None:
    error = ManifestError([__import__("osaid").Problem("m.yaml", 3, 4, "", "kept")])
    with pytest.raises(ManifestError) as info, guarded("other"):
        raise error
    assert info.value is error
    with pytest.raises(KeyError), guarded("other"):
        raise KeyError("a bug of osaid's own stays a bug")


def test_a_lone_surrogate_in_a_str_is_located() -> None:
    text = 'manifest-version: 1\nsystem: {name: "\ud800"}\n'
    assert refused(lambda: loads_manifest(text))[:3] == ("<string>", 2, 17)


def test_load_guarded_takes_bytes_and_locates_what_is_not_utf8() -> None:
    good = b'{"manifest-version": 1, "system": {"name": "A"}}'
    assert load_guarded(good, path="<item 0>").system.name == "A"
    assert refused(lambda: load_guarded(b'{"a": "\xff"}', path="<item 1>"))[:3] == (
        "<item 1>",
        1,
        8,
    )


# --- meaning, located through the loader ---------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        (
            "yaml",
            "manifest-version: true\nsystem: {name: A}\n",
            "<string>:1:19: manifest-version: a version number is an integer, such as 1, not true",
        ),
        (
            "json",
            '{"manifest-version": 1.0, "system": {"name": "A"}}',
            "<string>:1:22: manifest-version: a version number is an integer, such as 1, not 1.0",
        ),
        (
            "toml",
            'manifest-version = 1\n[system]\nname = " "\n',
            "<string>:3:8: system.name: text is blank: give the value, or leave the key out",
        ),
    ],
)
def test_blank_text_and_non_integer_versions_are_located(
    fmt: str, text: str, expected: str
) -> None:
    with pytest.raises(ManifestError) as info:
        loads_manifest(text, fmt)  # type: ignore[arg-type]
    assert str(info.value) == expected


def test_repeated_policy_rows_are_reported_with_the_field_errors() -> None:
    text = (
        "policy-version: 1\nname: acme\nextends: osaid-1.0\nrules:\n"
        "  - {license: MIT, verdict: open, reason: ok}\n"
        "  - {license: mit, verdict: not-open, reason: again}\n"
        "  - {license: Apache-2.0, verdict: maybe, reason: bad verdict}\n"
    )
    with pytest.raises(ManifestError) as info:
        loads_policy(text, path="p.yaml")
    assert str(info.value).splitlines() == [
        "p.yaml:6:15: rules[1].license: this licence already has a rule for the same framework "
        "above: keep one",
        "p.yaml:7:36: rules[2].verdict: got 'maybe'; expected 'not-open', 'undetermined' or 'open'",
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_the_command_reads_jsonl_from_dev_zero_within_bounded_memory() -> None:
    code = (
        "import sys\nfrom osaid.cli import main\n"
        "code = main(['check', '--jsonl', '/dev/zero', '--format', 'compact'])\n"
        "assert code == 2, code"
    )
    out = capped_child(code).splitlines()
    assert len(out) == 2
    assert all('"verdict":null' in line for line in out)
    assert "no line end within" in out[1]
