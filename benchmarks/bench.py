"""osaid's performance figures, each a ratio against a floor measured in the same run (SPEC §10).

    python benchmarks/bench.py            # every figure at full size (the 1,000,000 lines dominate)
    python benchmarks/bench.py --quick    # the same figures on small counts (under two minutes)

1. ``evaluate`` / ``AISystem.model_validate_json`` on releases that are all distinct, cold
   (target <= 1.0x);
2. the same on a real-like corpus (benchmarks/corpus.py: the MOT catalogue's distribution),
   in one cold pass (target <= 1.0x);
3. ``osaid check --jsonl`` with full JSON reports: lines per second / the validate-only rate
   of the same lines (target >= 0.15x);
4. the same with the compact per-release line, where ``osaid check`` has one (target >= 0.3x);
5. cold start: ``osaid check examples/pythia.osaid.yaml`` / ``python -c "import yaml; from
   pydantic import BaseModel"``, compiled bytecode, the median of interleaved pairs (target
   <= 1.5x);
6. peak memory of ``osaid check --jsonl -`` streaming 10,000, 100,000 and 1,000,000 lines
   (target: flat, the largest run's peak within 10 % of the smallest's).
7. ``osaid check --from hf-api`` over Hub model records (tests/fixtures/hub, each under many
   ids), compact lines: records per second / ``osaid check --jsonl`` over as many real-like
   manifests (target >= 0.5x: screening the Hub streams at the rate of the bulk path, less
   the reading of a record and its card).

How it measures (docs/performance.md says why):

- Every figure runs in fresh child processes; this parent never imports osaid. A child's
  peak memory is its own ``VmHWM`` (the high-water mark of its address space, which ``exec``
  starts afresh), read inside the child as it exits; never ``ru_maxrss``, which Linux
  carries across ``exec`` (into the child's own, ``os.wait4``'s and the parent's
  ``RUSAGE_CHILDREN``).
- The garbage collector is treated the same on both sides of every ratio: by default
  disabled in both processes, with a full collection just before each timed section
  (``--gc on``: enabled in both, still collected before each timed section). Figure 6 runs
  the command as users do, with whatever collector settings it makes itself.
- Every figure is cold: a fresh process that has evaluated nothing but osaid's example
  manifests (to load what is loaded once); the evaluator's cache-clear hook, if it has one,
  is called before the timed work. Figures 1 and 2 also report a warm pass, as information.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
CHUNK = 1000

# Runs the command in this process as `osaid` runs it (osaid.cli.main reading sys.argv), with
# the collector set as the figure asks, and writes this process's own peak memory when it
# exits (atexit runs after SystemExit). Same effect as `python -m osaid ...`.
_COMMAND = """\
import atexit, gc, os, resource, sys
if os.environ.get("BENCH_GC") == "off":
    gc.disable()
def _peak():
    out = os.environ.get("BENCH_PEAK")
    if not out:
        return
    hwm = None
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(out, "w") as f:
        f.write(f"{hwm} {rss} {int(gc.isenabled())}")
atexit.register(_peak)
sys.argv[0] = "osaid"
from osaid.cli import main
raise SystemExit(main())
"""

_FLOOR_IMPORT = "import yaml; from pydantic import BaseModel"


# --- work done in child processes ----------------------------------------------------------


def _collector(mode: str) -> None:
    if mode == "off":
        gc.disable()
    else:
        gc.enable()


def _timed_map(work: Callable[[Any], Any], items: list[Any]) -> tuple[float, list[Any]]:
    """``[work(x) for x in items]`` and its duration, after a full collection (outside the
    time); both sides of every ratio are timed by this same loop.

    What survives the collection is then frozen (moved out of the collector's view), so
    that the next collection, before the next timed section, visits only what was made since:
    without that, each would walk every report the evaluator holds."""
    gc.collect()
    gc.freeze()
    start = time.perf_counter()
    result = [work(x) for x in items]
    return time.perf_counter() - start, result


def _warm_up() -> str:
    """Load what osaid loads once (schema, licence knowledge) by checking its own examples,
    none of which a corpus draws. The evaluator keeps no memo of reports; licence
    assessments are memoised, and a corpus draws licences the examples do not name."""
    import osaid

    for path in sorted((ROOT / "examples").glob("*.osaid.*")):
        osaid.evaluate(osaid.load_manifest(path))
    return "cold: fresh process (the evaluator memoises no report)"


def child_evaluate(kind: str, count: int, gc_mode: str) -> dict[str, Any]:
    """Figures 1 and 2: validate then evaluate ``count`` releases, a chunk at a time."""
    from osaid import AISystem, evaluate

    texts: Iterator[str] = (corpus.distinct if kind == "distinct" else corpus.real_like)(count)
    caches = _warm_up()
    _collector(gc_mode)
    tally = corpus.Tally()
    validate = cold = warm = 0.0
    while chunk := [text for _, text in zip(range(CHUNK), texts, strict=False)]:
        seconds, systems = _timed_map(AISystem.model_validate_json, chunk)
        validate += seconds
        seconds, reports = _timed_map(evaluate, systems)
        cold += seconds
        seconds, _ = _timed_map(evaluate, systems)
        warm += seconds
        for system, report in zip(systems, reports, strict=True):
            tally.add(
                system.model_dump(mode="json", by_alias=True, exclude_none=True),
                report.mof.model_dump_json(by_alias=True),
            )
    return {
        "count": tally.count,
        "validate_us": validate / tally.count * 1e6,
        "evaluate_cold_us": cold / tally.count * 1e6,
        "evaluate_warm_us": warm / tally.count * 1e6,
        "ratio": cold / validate,
        "warm_ratio": warm / validate,
        "caches": caches,
        "gc_enabled": gc.isenabled(),
        "corpus": tally.result(),
    }


def child_validate(path: str, gc_mode: str) -> dict[str, Any]:
    """The floor of figures 3 and 4: ``model_validate_json`` on every line of the file."""
    from osaid import AISystem

    with open(path, "rb") as f:
        lines = f.read().splitlines()
    AISystem.model_validate_json(lines[0])  # the schema is built on first use, as in the command
    _collector(gc_mode)
    seconds, _ = _timed_map(AISystem.model_validate_json, lines)
    return {"lines": len(lines), "per_s": len(lines) / seconds, "gc_enabled": gc.isenabled()}


def child_emit(kind: str, count: int) -> None:
    """Write ``count`` corpus lines to standard output (the stream of figure 6)."""
    out = sys.stdout
    for text in corpus.real_like(count) if kind == "real" else corpus.distinct(count):
        out.write(text)
        out.write("\n")
    out.flush()


_CHILDREN: dict[str, Callable[..., Any]] = {
    "evaluate": child_evaluate,
    "validate": child_validate,
    "emit": child_emit,
}


# --- the parent ----------------------------------------------------------------------------


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def _child(name: str, *args: Any) -> Any:
    """Run ``child_<name>(*args)`` in a fresh interpreter; its result comes back as JSON."""
    out = subprocess.run(
        [sys.executable, str(HERE), "--child", name, json.dumps(args)],
        capture_output=True, text=True, check=False, env=_env(), cwd=ROOT,
    )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"child {name} failed:\n{out.stderr}")
    return json.loads(out.stdout.splitlines()[-1])


def _command(
    args: list[str], gc_mode: str, *, stdin: Any = None, peak: bool = False
) -> dict[str, Any]:
    """Run ``osaid ARGS`` (through :data:`_COMMAND`) with stdout to /dev/null; its wall time,
    exit code and, with ``peak``, its own peak memory in MiB."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp, "peak")
        env = _env(BENCH_GC=gc_mode, BENCH_PEAK=str(peak_file) if peak else "")
        start = time.perf_counter()
        with open(os.devnull, "wb") as null:
            child = subprocess.Popen(
                [sys.executable, "-c", _COMMAND, *args],
                stdin=stdin, stdout=null, stderr=subprocess.PIPE, env=env, cwd=ROOT,
            )  # fmt: skip
            _, err = child.communicate()
        seconds = time.perf_counter() - start
        if child.returncode not in (0, 1):
            raise SystemExit(f"osaid {' '.join(args)} exited {child.returncode}:\n{err.decode()}")
        result: dict[str, Any] = {"seconds": seconds}
        if peak:
            hwm, rss, enabled = peak_file.read_text().split()
            result["peak_mib"] = int(hwm) / 1024 if hwm != "None" else int(rss) / 1024
            result["ru_maxrss_mib"] = int(rss) / 1024
            result["gc_enabled"] = enabled == "1"
    return result


def _help() -> str:
    return subprocess.run(
        [sys.executable, "-m", "osaid", "check", "--help"],
        capture_output=True, text=True, check=True, env=_env(), cwd=ROOT,
    ).stdout  # fmt: skip


def compact_flag(help_text: str) -> list[str] | None:
    """The ``osaid check`` arguments that ask for the compact line, read from its help."""
    choices = re.search(r"--format \{([^}]*)\}", help_text)
    if choices and "compact" in choices.group(1).split(","):
        return ["--format", "compact"]
    if re.search(r"--compact\b", help_text):
        return ["--compact"]
    return None


def jsonl(lines: int, gc_mode: str) -> dict[str, Any]:
    """Figures 3 and 4: the command over a file of real-like lines, full and compact, against
    validating the same lines. The command's rate is the lines over its wall time less its
    wall time on the file's first line alone (start-up: the median of three)."""
    with tempfile.TemporaryDirectory() as tmp:
        path, one = Path(tmp, "corpus.jsonl"), Path(tmp, "one.jsonl")
        with path.open("w", encoding="utf-8") as f:
            for text in corpus.real_like(lines, seed=31):
                f.write(text + "\n")
        one.write_text(path.read_text("utf-8").split("\n", 1)[0] + "\n", "utf-8")
        floor = _child("validate", str(path), gc_mode)
        flag = compact_flag(_help())
        result: dict[str, Any] = {"lines": lines, "validate_per_s": floor["per_s"]}
        for name, extra in (("full", []), ("compact", flag)):
            if extra is None:
                result[name] = None
                continue
            start_up = statistics.median(
                _command(["check", "--jsonl", str(one), *extra], gc_mode)["seconds"]
                for _ in range(3)
            )
            run = _command(["check", "--jsonl", str(path), *extra], gc_mode)
            per_s = lines / max(run["seconds"] - start_up, 1e-9)
            result[name] = {
                "args": extra,
                "per_s": per_s,
                "ratio": per_s / floor["per_s"],
                "start_up_s": start_up,
                "seconds": run["seconds"],
            }
    return result


def hub_records(lines: int, gc_mode: str) -> dict[str, Any]:
    """Figure 7: ``--from hf-api`` against ``--jsonl`` on as many lines, both compact, each
    rate the lines over the command's wall time less its start-up on the first line alone."""
    records = [
        json.loads(p.read_text("utf-8"))
        for p in sorted((ROOT / "tests" / "fixtures" / "hub" / "models").rglob("*.json"))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        hub, manifests = Path(tmp, "hub.jsonl"), Path(tmp, "manifests.jsonl")
        with hub.open("w", encoding="utf-8") as f:
            for i in range(lines):
                record = records[i % len(records)]
                f.write(json.dumps({**record, "id": f"{record['id']}-{i}"}) + "\n")
        with manifests.open("w", encoding="utf-8") as f:
            for text in corpus.real_like(lines, seed=31):
                f.write(text + "\n")
        rates = {}
        for name, path, option in (("hf-api", hub, ["--from", "hf-api"]),
                                   ("jsonl", manifests, ["--jsonl"])):  # fmt: skip
            one = Path(tmp, "one.jsonl")
            one.write_text(path.read_text("utf-8").split("\n", 1)[0] + "\n", "utf-8")
            command = ["check", "--format", "compact", *option]  # the path follows --jsonl
            start_up = statistics.median(
                _command([*command, str(one)], gc_mode)["seconds"] for _ in range(3)
            )
            run = _command([*command, str(path)], gc_mode)
            rates[name] = lines / max(run["seconds"] - start_up, 1e-9)
    return {"lines": lines, **rates, "ratio": rates["hf-api"] / rates["jsonl"]}


def cold_start(pairs: int, gc_mode: str) -> dict[str, Any]:
    """Figure 5: interleaved pairs of fresh processes, the floor then the check, so that both
    see the same load; the figure is the median of the pairs' ratios."""
    import importlib.util

    spec = importlib.util.find_spec("osaid")
    assert spec is not None
    assert spec.origin is not None
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(spec.origin).parent)],
        check=True, capture_output=True, env=_env(),
    )  # fmt: skip
    prelude = "import gc; gc.disable(); " if gc_mode == "off" else ""
    floor = [sys.executable, "-c", prelude + _FLOOR_IMPORT]
    check = ["check", "examples/pythia.osaid.yaml"]

    def timed(command: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=_env(), capture_output=True, check=False)
        return time.perf_counter() - start

    for _ in range(2):  # warm the file cache and write any missing bytecode
        timed(floor)
        _command(check, gc_mode)
    runs = [(timed(floor), _command(check, gc_mode)["seconds"]) for _ in range(pairs)]
    return {
        "pairs": pairs,
        "floor_s": statistics.median(f for f, _ in runs),
        "check_s": statistics.median(c for _, c in runs),
        "ratio": statistics.median(c / f for f, c in runs),
    }


def memory(sizes: list[int]) -> dict[str, Any]:
    """Figure 6: ``osaid check --jsonl -`` fed real-like lines through a pipe by another
    process, one fresh command per size; each command's own peak."""
    runs = []
    for size in sizes:
        emit = subprocess.Popen(
            [sys.executable, str(HERE), "--child", "emit", json.dumps(["real", size])],
            stdout=subprocess.PIPE, env=_env(), cwd=ROOT,
        )  # fmt: skip
        run = _command(["check", "--jsonl", "-"], "as-run", stdin=emit.stdout, peak=True)
        assert emit.stdout is not None
        emit.stdout.close()
        if emit.wait() != 0:
            raise SystemExit("the corpus stream failed")
        runs.append({"lines": size, **run, "per_s": size / run["seconds"]})
        print(  # a long stream: say how far it got
            f"   {size:,} lines: peak {run['peak_mib']:.0f} MiB, {size / run['seconds']:,.0f}/s",
            file=sys.stderr,
            flush=True,
        )
    return {"runs": runs, "growth": runs[-1]["peak_mib"] / runs[0]["peak_mib"]}


def _verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def _header(figures: dict[str, Any]) -> list[str]:
    gc_note = {
        "off": "disabled on both sides of every ratio, a full collection before each timed section",
        "on": "enabled on both sides of every ratio, a full collection before each timed section",
    }[figures["gc"]]
    return [f"machine: {figures['machine']}", f"garbage collector: {gc_note}"]


def _evaluate_lines(e: dict[str, Any], number: int, title: str) -> list[str]:
    c = e["corpus"]
    return [
        f"{number}. evaluate / validate, {e['count']:,} {title} [{e['caches']}]: "
        f"{e['ratio']:.2f}x (evaluate {e['evaluate_cold_us']:.1f} us, validate "
        f"{e['validate_us']:.1f} us per release) - target <= 1.0x: {_verdict(e['ratio'] <= 1.0)}",
        f"   warm (the same releases again): {e['warm_ratio']:.2f}x "
        f"({e['evaluate_warm_us']:.1f} us); corpus: {c['distinct_facts']:.0%} distinct facts, "
        f"{c['distinct_mof_patterns']:.0%} distinct MOF patterns, {c['releases_with_none']:.0%} "
        f"of releases with a NONE licence ({c['none_share_of_licences']:.0%} of licences), "
        f"{c['components_per_release']:.1f} components per release",
    ]


def _jsonl_lines(j: dict[str, Any]) -> list[str]:
    out = []
    for number, name, target in ((3, "full", 0.15), (4, "compact", 0.3)):
        if (r := j[name]) is None:
            out.append(
                f"{number}. osaid check --jsonl, {name} line: skipped - `osaid check --help` "
                "offers no compact line (--format compact or --compact)"
            )
            continue
        out.append(
            f"{number}. osaid check --jsonl {' '.join(r['args'])}".rstrip()
            + f" ({name} output), {j['lines']:,} real-like lines [cold: fresh process]: "
            f"{r['per_s']:,.0f} lines/s (start-up {r['start_up_s']:.2f}s deducted) vs "
            f"validate-only {j['validate_per_s']:,.0f} lines/s = {r['ratio']:.3f}x - "
            f"target >= {target}x: {_verdict(r['ratio'] >= target)}"
        )
    return out


def _cold_start_lines(s: dict[str, Any]) -> list[str]:
    return [
        f"5. cold start [bytecode compiled, file cache warm, process cold]: osaid check "
        f"{s['check_s']:.3f}s vs floor {s['floor_s']:.3f}s, median of {s['pairs']} "
        f"interleaved pairs {s['ratio']:.2f}x - target <= 1.5x: {_verdict(s['ratio'] <= 1.5)}"
    ]


def _memory_lines(m: dict[str, Any]) -> list[str]:
    peaks = ", ".join(
        f"{r['lines']:,} lines {r['peak_mib']:.0f} MiB ({r['per_s']:,.0f}/s)" for r in m["runs"]
    )
    return [
        f"6. peak memory of osaid check --jsonl - [each command's own VmHWM; collector as the "
        f"command sets it; fresh process per size]: {peaks}; largest / smallest "
        f"{m['growth']:.2f}x - target flat (<= 1.10x): {_verdict(m['growth'] <= 1.10)}"
    ]


def _hub_lines(h: dict[str, Any]) -> list[str]:
    return [
        f"7. osaid check --from hf-api --format compact, {h['lines']:,} Hub model records "
        f"[cold: fresh process]: {h['hf-api']:,.0f} records/s vs --jsonl {h['jsonl']:,.0f} "
        f"real-like lines/s = {h['ratio']:.2f}x - target >= 0.5x: {_verdict(h['ratio'] >= 0.5)}"
    ]


def figure_lines(key: str, value: dict[str, Any]) -> list[str]:
    """One figure as lines of text, with its target and whether it is met."""
    if key == "hub":
        return _hub_lines(value)
    if key == "distinct":
        return _evaluate_lines(value, 1, "releases all distinct")
    if key == "real":
        return _evaluate_lines(value, 2, "real-like releases, one pass")
    if key == "jsonl":
        return _jsonl_lines(value)
    if key == "cold_start":
        return _cold_start_lines(value)
    return _memory_lines(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small counts (under two minutes)")
    parser.add_argument("--count", type=int, help="releases for figures 1 and 2")
    parser.add_argument("--lines", type=int, help="lines for figures 3, 4 and 7")
    parser.add_argument("--pairs", type=int, help="interleaved pairs for figure 5")
    parser.add_argument(
        "--stream", help="comma-separated line counts for figure 6 (default 10000,100000,1000000)"
    )
    parser.add_argument("--gc", choices=["off", "on"], default="off", help="the collector on "
                        "both sides of every ratio (default off)")  # fmt: skip
    parser.add_argument("--only", help="comma-separated figure numbers to run (default all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("child_args", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = _CHILDREN[args.child](*json.loads(args.child_args))
        if result is not None:
            print(json.dumps(result))
        return
    count, lines, pairs, stream = (
        (5_000, 5_000, 11, "2000,20000")
        if args.quick
        else (100_000, 50_000, 41, "10000,100000,1000000")
    )
    count, lines, pairs = args.count or count, args.lines or lines, args.pairs or pairs
    sizes = [int(s) for s in (args.stream or stream).split(",")]
    only = {int(n) for n in args.only.split(",")} if args.only else set(range(1, 8))
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.platform()}",
        "gc": args.gc,
    }
    steps: list[tuple[set[int], str, Callable[[], Any]]] = [
        ({1}, "distinct", lambda: _child("evaluate", "distinct", count, args.gc)),
        ({2}, "real", lambda: _child("evaluate", "real", count, args.gc)),
        ({3, 4}, "jsonl", lambda: jsonl(lines, args.gc)),
        ({5}, "cold_start", lambda: cold_start(pairs, args.gc)),
        ({6}, "memory", lambda: memory(sizes)),
        ({7}, "hub", lambda: hub_records(lines, args.gc)),
    ]
    if not args.json:
        print("\n".join(_header(figures)), flush=True)
    started = time.perf_counter()
    for numbers, key, run in steps:
        if numbers & only:
            figures[key] = run()
            if not args.json:
                print("\n".join(figure_lines(key, figures[key])), flush=True)
    figures["seconds"] = time.perf_counter() - started
    print(json.dumps(figures, indent=2) if args.json else f"({figures['seconds']:.0f} s)")


if __name__ == "__main__":
    main()
