"""Feed osaid's readers the hostile inputs of issue 14, each in a child process, and measure.

Each case runs in a fresh ``python`` with its address space capped (``RLIMIT_AS``, 1 GiB by
default) and a wall-clock timeout. The table gives the child's own wall time, its own peak
resident memory (its ``VmHWM``: ``ru_maxrss`` would count the parent's pages at fork; only a
child that never reports falls back to it) and what came out: ``located`` (an
``OsaidError`` whose first line is ``path:line:column: ...``), ``ESCAPED <type>`` (any other
exception: a defect), ``ok`` (accepted) or ``timeout``.

    python scripts/hostile.py                 # every case
    python scripts/hostile.py toml-header     # the cases whose name contains the word
    python scripts/hostile.py --check         # exit 1 unless every case is located in time

It writes its inputs to a temporary directory and removes them; nothing touches the network.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

GIB = 1024**3
MIB = 1024**2
_LOCATED = re.compile(r"^[^\n]*:\d+:\d+: ")

_CHILD = r"""
import sys, time
sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
from osaid.errors import OsaidError
start = time.perf_counter()
try:
    result = (lambda: {call})()
    if hasattr(result, "__iter__") and not isinstance(result, (str, bytes, dict, tuple)):
        result = list(result)
        bad = [r for r in result if isinstance(r, BaseException) and not isinstance(r, OsaidError)]
        errors = [r for r in result if isinstance(r, OsaidError)]
        if bad:
            raise bad[0]
        if errors:
            raise errors[0]
    outcome = "ok"
except OsaidError as exc:
    outcome = "located " + str(exc).splitlines()[0][:160]
except BaseException as exc:  # the defect this script looks for
    outcome = f"ESCAPED {{type(exc).__name__}}: {{str(exc)[:120]}}"
elapsed = time.perf_counter() - start
# this process's own peak: VmHWM belongs to the address space made at exec, whereas
# ru_maxrss also counts the parent's pages at fork (Linux carries it across exec)
hwm = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")]
print(f"{{elapsed:.3f}}\t{{hwm[0]}}\t{{outcome}}")
"""


@dataclass(frozen=True)
class Case:
    """One hostile input: how to make it, and the library call that reads it."""

    name: str
    call: str
    """A Python expression; ``{path}`` is replaced by the input's path."""
    make: Callable[[Path], None] | None = None
    feeder: str | None = None
    """A shell command that writes into the FIFO at ``{path}`` while the child reads it."""
    stdin: str | None = None


def _write(text: str | bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        path.write_bytes(data)

    return make


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _big_keys(count: int) -> str:
    keys = ",".join(f'"{i:x}":0' for i in range(count))
    return '{"manifest-version":1,"system":{"name":"A"},' + keys + "}"


def _typo_licences(count: int) -> str:
    item = '{"name":"d","class":"open","license":"Apache-2.O"}'
    return (
        '{"manifest-version":1,"system":{"name":"A"},"training-data":['
        + ",".join([item] * count)
        + "]}"
    )


def _distinct_typos(count: int) -> str:
    items = ",".join(
        f'{{"name":"d","class":"open","license":"Apache-2.O-x{i}"}}' for i in range(count)
    )
    return '{"manifest-version":1,"system":{"name":"A"},"training-data":[' + items + "]}"


def _cases() -> list[Case]:
    load = "__import__('osaid').load_manifest({path!r})"
    policy = "__import__('osaid.policy_file', fromlist=['x']).load_policy({path!r})"
    texts = (
        "__import__('osaid').loads_manifest("
        "open({path!r}, encoding='utf-8', errors='surrogatepass').read(), {fmt!r})"
    )
    many = "__import__('osaid.bulk', fromlist=['x']).evaluate_many([open({path!r}).read()])"
    deep = 100_000
    return [
        Case("dev-zero", load.format(path="/dev/zero")),
        Case("policy-dev-zero", policy.format(path="/dev/zero")),
        Case("fifo-yes", load, make=_fifo, feeder="yes > {path}"),
        Case("policy-fifo-yes", policy, make=_fifo, feeder="yes > {path}"),
        Case(
            "growing-file",
            load,
            make=_write("manifest-version: 1\n"),
            feeder="while :; do head -c 1048576 /dev/zero | tr '\\0' '#'; done >> {path}",
        ),
        Case("oversize-file", load, make=_write("#" * (11 * MIB))),
        Case(
            "toml-header-100k-parts",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("[" + ".".join(["a"] * 100_000) + "]\n"),
        ),
        Case(
            "toml-dotted-key-20k-parts",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write(".".join(["a"] * 20_000) + " = 1\n"),
        ),
        Case(
            "toml-inline-deep",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("a = " + "[" * deep + "]" * deep + "\n"),
        ),
        Case(
            "toml-int-5000-digits",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("manifest-version = " + "1" * 5000 + "\n"),
        ),
        Case(
            "json-int-5000-digits",
            texts.replace("{fmt!r}", "'json'"),
            make=_write('{"manifest-version": ' + "1" * 5000 + "}"),
        ),
        Case("json-deep-100k", texts.replace("{fmt!r}", "'json'"), make=_write("[" * deep)),
        Case(
            "json-deep-100k-closed",
            texts.replace("{fmt!r}", "'json'"),
            make=_write("[" * deep + "]" * deep),
        ),
        Case("evaluate-many-deep", many, make=_write('{"a":' * deep + "1" + "}" * deep)),
        Case(
            "evaluate-many-int-5000",
            many,
            make=_write('{"manifest-version": ' + "1" * 5000 + "}"),
        ),
        Case(
            "yaml-flow-deep",
            texts.replace("{fmt!r}", "'yaml'"),
            make=_write("[" * deep + "]" * deep),
        ),
        Case(
            "yaml-block-deep",
            texts.replace("{fmt!r}", "'yaml'"),
            make=_write("".join(" " * i + "a:\n" for i in range(3000))),
        ),
        Case(
            "yaml-list-deep",
            texts.replace("{fmt!r}", "'yaml'"),
            make=_write("- " * 20_000 + "a\n"),
        ),
        Case(
            "unknown-keys-960k",
            texts.replace("{fmt!r}", "'json'"),
            make=_write(_big_keys(960_000)),
        ),
        Case(
            "unknown-keys-120k",
            texts.replace("{fmt!r}", "'json'"),
            make=_write(_big_keys(120_000)),
        ),
        Case(
            "yaml-keys-960k",
            texts.replace("{fmt!r}", "'yaml'"),
            make=_write("".join(f"{i:x}: 0\n" for i in range(960_000))),
        ),
        Case(
            "toml-keys-960k",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("".join(f"{i:x} = 0\n" for i in range(960_000))),
        ),
        Case(
            "toml-array-4m-items",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("a = [" + ",".join(["1"] * 4_000_000) + "]\n"),
        ),
        Case(
            "toml-tables-1m",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("[[a]]\n" * 1_500_000),
        ),
        Case(
            "json-list-5m-items",
            texts.replace("{fmt!r}", "'json'"),
            make=_write('{"claims": [' + ",".join(["1"] * 5_000_000) + "]}"),
        ),
        Case(
            "claims-120k-bad",
            texts.replace("{fmt!r}", "'json'"),
            make=_write('{"manifest-version": 1, "claims": [' + ",".join(["1"] * 120_000) + "]}"),
        ),
        Case(
            "licence-typo-20k",
            texts.replace("{fmt!r}", "'json'"),
            make=_write(_typo_licences(20_000)),
        ),
        Case(
            "licence-typo-2k-distinct",
            texts.replace("{fmt!r}", "'json'"),
            make=_write(_distinct_typos(2_000)),
        ),
        Case(
            "lone-surrogate",
            texts.replace("{fmt!r}", "'yaml'"),
            make=_write('manifest-version: 1\nsystem: {name: "\ud800"}\n'),
        ),
        Case(
            "licence-assertion",
            texts.replace("{fmt!r}", "'yaml'"),
            make=_write("manifest-version: 1\nsystem: {name: A}\nlicense: (AND MIT)\n"),
        ),
        Case(
            "binary-nul",
            texts.replace("{fmt!r}", "'toml'"),
            make=_write("a = 1\n\0\0\0\x07"),
        ),
    ]


@dataclass(frozen=True)
class Result:
    """What one case did."""

    name: str
    seconds: float
    peak_mib: float
    outcome: str


def _wait(pid: int, timeout: float) -> tuple[int | None, float]:
    """Wait for ``pid``; (exit status or None on timeout, peak RSS in MiB)."""
    deadline = time.monotonic() + timeout
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage.ru_maxrss / 1024
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return None, usage.ru_maxrss / 1024
        time.sleep(0.02)


@contextlib.contextmanager
def _feeding(command: str | None, path: Path) -> Iterator[None]:
    if command is None:
        yield
        return
    feeder = subprocess.Popen(  # noqa: S602 - a fixed command of this script, on our own FIFO
        command.format(path=path),
        shell=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(feeder.pid, signal.SIGKILL)
        feeder.wait()


def run(case: Case, where: Path, limit: int, timeout: float) -> Result:
    """Run one case in a child capped at ``limit`` bytes of address space."""
    path = where / case.name
    if case.make is not None:
        case.make(path)
    code = _CHILD.format(call=case.call.format(path=str(path)))

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with _feeding(case.feeder, path):
        child = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=cap,  # noqa: PLW1509 - no threads here; the cap must precede exec
        )
        status, peak = _wait(child.pid, timeout)
        out = child.stdout.read().decode() if child.stdout else ""
        err = child.stderr.read().decode() if child.stderr else ""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    if status is None:
        return Result(case.name, timeout, peak, f"timeout after {timeout:.0f} s")
    fields = out.strip().split("\t", 2)
    if len(fields) < 3:
        last = err.strip().splitlines()[-1:] or [f"exit status {status}"]
        return Result(case.name, 0.0, peak, f"CRASHED {last[0][:120]}")
    seconds, hwm_kib, outcome = fields
    return Result(case.name, float(seconds), int(hwm_kib) / 1024, outcome)


def good(result: Result, seconds: float) -> bool:
    """Whether a case ended located (or accepted) within ``seconds``."""
    text = result.outcome.removeprefix("located ")
    located = result.outcome.startswith("located ") and bool(_LOCATED.match(text))
    return (located or result.outcome == "ok") and result.seconds <= seconds


def main(argv: list[str] | None = None) -> int:
    """Run the cases named (all by default) and print one row each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="run the cases whose name contains a word")
    parser.add_argument("--limit-gib", type=float, default=1.0, help="address-space cap")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    parser.add_argument("--check", action="store_true", help="exit 1 unless all are good")
    parser.add_argument("--within", type=float, default=5.0, help="seconds --check allows")
    parser.add_argument("--json", action="store_true", help="one JSON object per case")
    args = parser.parse_args(argv)
    cases = [c for c in _cases() if not args.only or any(w in c.name for w in args.only)]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="osaid-hostile-") as tmp:
        for case in cases:
            result = run(case, Path(tmp), int(args.limit_gib * GIB), args.timeout)
            failed += not good(result, args.within)
            if args.json:
                print(json.dumps(result.__dict__), flush=True)
            else:
                row = f"{result.name:28} {result.seconds:8.2f} s {result.peak_mib:8.0f} MiB"
                print(f"{row}  {result.outcome}", flush=True)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
