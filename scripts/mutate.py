"""Mutation testing of osaid's rule modules: do the tests notice when a rule changes?

    python scripts/mutate.py                           # the four rule modules, their tests
    python scripts/mutate.py src/osaid/verdict.py      # one module
    python scripts/mutate.py src/osaid/mof.py --sample 40 --seed 1
    python scripts/mutate.py src/osaid/mof.py --tests tests/test_mof.py tests/test_evaluate.py
    python scripts/mutate.py src/osaid/mof.py --list   # the mutants, without running tests

Much of osaid's logic sits in tables (dicts, tuples, enum members, licence ids) and small
cached functions, which line-based mutation tools do not touch, so the mutants are made on
the syntax tree:

- comparison operators flipped (``<`` / ``<=``, ``==`` / ``!=``, ``in`` / ``not in``, ...);
- ``and`` / ``or`` swapped; Kleene ``&`` / ``|`` (and ``&=`` / ``|=``) swapped;
- conditions negated (``if``, ``elif``, ``while``, conditional expressions, comprehension
  filters);
- constants replaced by another of the same kind: ``True`` / ``False``, a number by its
  neighbours, an identifier-like string (no whitespace: a licence id, a component id, a
  finding code) by another string of the same table, else of the same shape in the module,
  an enum member by another member of the same enum used in the module;
- statements deleted (calls, assignments into containers, ``if`` blocks without ``else``,
  ``raise``, ``continue``/``break``, a ``return`` that is not its block's last statement)
  and ``return X`` made ``return None``;
- one element removed from a literal table (a list, tuple, set or dict of literal data).

Docstrings, f-strings, messages (strings with whitespace), annotations, decorators,
``__all__`` and ``if TYPE_CHECKING:`` blocks are left alone.

Each mutant is written into a worker's own copy of the package (a temporary directory put
first on ``PYTHONPATH``, so that test subprocesses see it too, with bytecode writing off so
that no stale ``.pyc`` is ever read), and the selected tests run against it with ``pytest -x
-q -p no:cacheprovider`` and a timeout, on two workers. A mutant is killed when the tests fail
or time out, survives when they pass. A line may carry ``# mutation: equivalent — why`` (or
``# mutation: equivalent(compare,constant) — why`` for only those operators): its mutants
are listed but left out of the score. The run ends with each module's score and every
survivor as ``file:line: mutation``; the exit code is 1 when a module scores below
``--fail-under`` (default 0: never).

Not part of the default test run: a run takes minutes.
"""

from __future__ import annotations

import argparse
import ast
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tokenize
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

MODULES = (
    "src/osaid/verdict.py",
    "src/osaid/mof.py",
    "src/osaid/licenses/_assess.py",
    "src/osaid/_evaluate.py",
)
"""The rule modules mutated when no module is named."""

TESTS: dict[str, tuple[str, ...]] = {
    "src/osaid/verdict.py": (
        "tests/test_verdict.py",
        "tests/test_evaluate.py",
        "tests/test_laws.py",
    ),
    "src/osaid/mof.py": ("tests/test_mof.py", "tests/test_evaluate.py", "tests/test_laws.py"),
    "src/osaid/licenses/_assess.py": (
        "tests/test_licenses.py",
        "tests/test_license_facts.py",
        "tests/test_permissions.py",
        "tests/test_evaluate.py",
    ),
    "src/osaid/_evaluate.py": (
        "tests/test_evaluate.py",
        "tests/test_mof.py",
        "tests/test_calibration.py",
        "tests/test_lineage.py",
        "tests/test_laws.py",
        "tests/test_api.py",
        "tests/test_examples.py",
        "tests/test_permissions.py",
        "tests/test_claims.py",
    ),
}
"""The tests that pin each rule module's behaviour (the fast, direct ones first: ``-x``
stops at the first failure). A module not listed here gets every test file that names it."""

_EQUIVALENT = re.compile(r"mutation:\s*equivalent(?:\(([\w,\s-]*)\))?\s*[-—:]*\s*(.*)")
_WORD = re.compile(r"[^\s]{1,80}")
_TYPING = frozenset(
    {"Literal", "Annotated", "Union", "Optional", "Callable", "ClassVar", "Final", "TypeAlias"}
)

_FLIP: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.GtE),
    ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}
_SYMBOL = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}  # fmt: skip
_KLEENE: dict[type[ast.operator], type[ast.operator]] = {
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
}


@dataclass(frozen=True)
class Mutant:
    """One change to one module: the source span it replaces and what it writes there."""

    path: str
    """The module, relative to the repository root."""
    line: int
    col: int
    end_line: int
    end_col: int
    replacement: str
    operator: str
    """The kind of change: compare, boolean, kleene, negate, constant, enum, delete,
    return, table."""
    description: str

    def where(self) -> str:
        """``path:line:column``, as a survivor is listed."""
        return f"{self.path}:{self.line}:{self.col + 1}"


@dataclass
class _Context:
    """Why a subtree is left alone, if it is."""

    skip: bool = False
    in_slice: bool = False


def _shape(text: str) -> str:
    if re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", text):
        return "lower-id"
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", text):
        return "upper-id"
    return "other"


def _segment(node: ast.AST) -> tuple[int, int, int, int]:
    return node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0  # type: ignore[attr-defined]


def _has_literal(node: ast.AST) -> bool:
    """Whether a constant or an enum member sits anywhere in ``node``: a table holds data,
    where a tuple of plain names (``(a, b)``) is a pattern or a key being built."""
    return any(isinstance(n, ast.Constant) or _enum_member(n) is not None for n in ast.walk(node))


def _is_literal_data(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant | ast.Name | ast.Attribute):
        return True
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return all(_is_literal_data(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _is_literal_data(k) for k in node.keys) and all(
            _is_literal_data(v) for v in node.values
        )
    return isinstance(node, ast.Call)  # a constructor in a table: Rule(...), frozenset(...)


class _Collector:
    """Walks a module's tree and yields its mutants."""

    def __init__(self, source: str, path: str) -> None:
        self.source = source
        self.path = path
        self.tree = ast.parse(source)
        self.strings: dict[str, list[str]] = {}
        self.members: dict[str, list[str]] = {}
        self.docstrings = self._docstrings()
        self._survey(self.tree, _Context())
        self.mutants: list[Mutant] = []

    def _docstrings(self) -> set[int]:
        ids: set[int] = set()
        for node in ast.walk(self.tree):
            body = getattr(node, "body", None)
            if isinstance(body, list):
                # a string expression statement anywhere in a body documents, never computes
                for stmt in body:
                    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                        ids.add(id(stmt.value))
        return ids

    # -- what is left alone ------------------------------------------------------------------

    def _children(self, node: ast.AST, ctx: _Context) -> Iterator[tuple[ast.AST, _Context]]:
        for name, value in ast.iter_fields(node):
            values = value if isinstance(value, list) else [value]
            for child in values:
                if not isinstance(child, ast.AST):
                    continue
                yield child, self._child_context(node, name, child, ctx)

    def _child_context(self, node: ast.AST, name: str, child: ast.AST, ctx: _Context) -> _Context:
        skip = ctx.skip or name in ("annotation", "returns", "decorator_list", "type_comment")
        if isinstance(node, ast.JoinedStr):
            skip = True
        if isinstance(node, ast.If) and name == "test":
            skip = skip or _is_type_checking(node.test)
        if isinstance(node, ast.If) and name == "body" and _is_type_checking(node.test):
            skip = True
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                skip = True
        in_slice = ctx.in_slice or (isinstance(node, ast.Subscript) and name == "slice")
        if isinstance(node, ast.Subscript) and name == "slice" and _is_typing(node.value):
            skip = True
        if isinstance(node, ast.Call) and _is_typing(node.func):
            skip = True  # TypeVar("T"), NewType("X", str), cast("T", x)
        return _Context(skip=skip, in_slice=in_slice)

    def _survey(self, node: ast.AST, ctx: _Context) -> None:
        """Collect the strings and enum members that replacements are drawn from."""
        if not ctx.skip:
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in self.docstrings
                and _WORD.fullmatch(node.value)
            ):
                self.strings.setdefault(_shape(node.value), []).append(node.value)
            member = _enum_member(node)
            if member is not None:
                self.members.setdefault(member[0], []).append(member[1])
        for child, child_ctx in self._children(node, ctx):
            self._survey(child, child_ctx)

    # -- the mutants -------------------------------------------------------------------------

    def collect(self) -> list[Mutant]:
        self._visit(self.tree, _Context(), parent=None)
        unique: dict[tuple[int, int, int, int, str], Mutant] = {}
        for m in self.mutants:
            unique.setdefault((m.line, m.col, m.end_line, m.end_col, m.replacement), m)
        return sorted(unique.values(), key=lambda m: (m.line, m.col, m.operator, m.replacement))

    def _add(self, node: ast.AST, replacement: str, operator: str, description: str) -> None:
        line, col, end_line, end_col = _segment(node)
        self.mutants.append(
            Mutant(self.path, line, col, end_line, end_col, replacement, operator, description)
        )

    def _text(self, node: ast.AST) -> str:
        return ast.get_source_segment(self.source, node) or ast.unparse(node)

    def _visit(self, node: ast.AST, ctx: _Context, parent: ast.AST | None) -> None:
        if not ctx.skip:
            self._mutate(node, ctx, parent)
        for child, child_ctx in self._children(node, ctx):
            self._visit(child, child_ctx, node)

    def _mutate(self, node: ast.AST, ctx: _Context, parent: ast.AST | None) -> None:
        if isinstance(node, ast.Compare):
            self._compare(node)
        elif isinstance(node, ast.BoolOp):
            other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
            swapped = ast.BoolOp(op=other, values=node.values)
            words = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
            self._add(node, f"({ast.unparse(swapped)})", "boolean", f"{words[0]} -> {words[1]}")
        elif isinstance(node, ast.BinOp) and type(node.op) in _KLEENE:
            swapped_op = _KLEENE[type(node.op)]()
            new = ast.BinOp(left=node.left, op=swapped_op, right=node.right)
            self._add(node, f"({ast.unparse(new)})", "kleene", _op_words(node.op, swapped_op))
        elif isinstance(node, ast.AugAssign) and type(node.op) in _KLEENE:
            swapped_op = _KLEENE[type(node.op)]()
            new_aug = ast.AugAssign(target=node.target, op=swapped_op, value=node.value)
            self._add(node, ast.unparse(new_aug), "kleene", _op_words(node.op, swapped_op, "="))
        elif isinstance(node, ast.Constant):
            self._constant(node, parent)
        elif (member := _enum_member(node)) is not None and isinstance(node, ast.Attribute):
            self._enum(node, *member)
        elif isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict) and not isinstance(
            parent, ast.Return
        ):  # a returned tuple is a result's shape, not a table
            self._table(node, ctx)
        self._negations(node)
        if isinstance(node, ast.stmt):
            self._statement(node, parent)

    def _compare(self, node: ast.Compare) -> None:
        for i, op in enumerate(node.ops):
            for new_op in _FLIP.get(type(op), ()):
                ops = list(node.ops)
                ops[i] = new_op()
                new = ast.Compare(left=node.left, ops=ops, comparators=node.comparators)
                self._add(
                    node,
                    f"({ast.unparse(new)})",
                    "compare",
                    f"{_SYMBOL[type(op)]} -> {_SYMBOL[new_op]}",
                )

    def _negations(self, node: ast.AST) -> None:
        tests: list[ast.expr] = []
        if isinstance(node, ast.If | ast.While | ast.IfExp):
            tests.append(node.test)
        elif isinstance(node, ast.comprehension):
            tests.extend(node.ifs)
        for test in tests:
            if _is_type_checking(test):
                continue
            text = self._text(test)
            self._add(test, f"(not ({text}))", "negate", f"condition `{_short(text)}` negated")

    def _constant(self, node: ast.Constant, parent: ast.AST | None) -> None:
        value = node.value
        if id(node) in self.docstrings:
            return
        if isinstance(value, bool):
            self._add(node, repr(not value), "constant", f"{value} -> {not value}")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            for new in (value + 1, value - 1):
                self._add(node, f"({new!r})", "constant", f"{value!r} -> {new!r}")
        elif isinstance(value, str) and _WORD.fullmatch(value):
            new_str = self._other_string(value, parent)
            if new_str is not None:
                self._add(node, repr(new_str), "constant", f"{value!r} -> {new_str!r}")

    def _other_string(self, value: str, parent: ast.AST | None) -> str | None:
        """Another string of the same table (a sibling in the same literal or comparison),
        else the next string of the same shape in the module."""
        siblings: list[str] = []
        if isinstance(parent, ast.List | ast.Tuple | ast.Set):
            siblings = [e.value for e in parent.elts if _is_str(e)]  # type: ignore[attr-defined]
        elif isinstance(parent, ast.Dict):
            for part in (parent.keys, parent.values):
                strs = [e.value for e in part if e is not None and _is_str(e)]  # type: ignore[attr-defined]
                if value in strs:
                    siblings = strs
        elif isinstance(parent, ast.Compare):
            siblings = [e.value for e in (parent.left, *parent.comparators) if _is_str(e)]  # type: ignore[attr-defined]
        pool = sorted({s for s in siblings if s != value})
        if not pool:
            pool = sorted({s for s in self.strings.get(_shape(value), ()) if s != value})
        if not pool:
            return None
        later = [s for s in pool if s > value]
        return later[0] if later else pool[0]

    def _enum(self, node: ast.Attribute, enum_name: str, member: str) -> None:
        others = sorted({m for m in self.members.get(enum_name, ()) if m != member})
        if not others:
            return
        later = [m for m in others if m > member]
        new = later[0] if later else others[0]
        self._add(node, f"{enum_name}.{new}", "enum", f"{enum_name}.{member} -> {enum_name}.{new}")

    def _table(self, node: ast.List | ast.Tuple | ast.Set | ast.Dict, ctx: _Context) -> None:
        if ctx.in_slice or isinstance(getattr(node, "ctx", None), ast.Store):
            return
        if not _is_literal_data(node) or not _has_literal(node):
            return
        if isinstance(node, ast.Dict):
            if len(node.keys) < 2:
                return
            for i, key in enumerate(node.keys):
                assert key is not None  # _is_literal_data refuses ** unpacking
                new = ast.Dict(
                    keys=node.keys[:i] + node.keys[i + 1 :],
                    values=node.values[:i] + node.values[i + 1 :],
                )
                self._add(
                    node,
                    ast.unparse(new),
                    "table",
                    f"entry {_short(self._text(key))} removed from the table",
                )
            return
        if len(node.elts) < 2:
            return
        for i, elt in enumerate(node.elts):
            rest = node.elts[:i] + node.elts[i + 1 :]
            new_node: ast.expr = (
                type(node)(elts=rest, ctx=ast.Load())
                if not isinstance(node, ast.Set)
                else ast.Set(elts=rest)
            )
            text = ast.unparse(new_node)
            if isinstance(node, ast.Tuple):
                text = f"({text})" if not text.startswith("(") else text
            self._add(
                node, text, "table", f"element {_short(self._text(elt))} removed from the table"
            )

    def _statement(self, node: ast.stmt, parent: ast.AST | None) -> None:
        deletable = isinstance(node, ast.Expr) and not isinstance(node.value, ast.Constant)
        deletable = deletable or isinstance(
            node, ast.AugAssign | ast.Raise | ast.Continue | ast.Break
        )
        if isinstance(node, ast.Assign):
            deletable = all(isinstance(t, ast.Attribute | ast.Subscript) for t in node.targets)
        if isinstance(node, ast.If) and not node.orelse and not _is_type_checking(node.test):
            deletable = True
        if isinstance(node, ast.Return):
            block = _block_of(node, parent)
            deletable = block is not None and block[-1] is not node
            value = node.value
            if value is not None and not (isinstance(value, ast.Constant) and value.value is None):
                self._add(value, "None", "return", f"return {_short(self._text(value))} -> None")
        if deletable:
            self._add(node, "pass", "delete", f"`{_short(self._text(node))}` deleted")


def _block_of(node: ast.stmt, parent: ast.AST | None) -> list[ast.stmt] | None:
    for name in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, name, None)
        if isinstance(block, list) and any(s is node for s in block):
            return block
    return None


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_type_checking(test: ast.AST) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _is_typing(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return name in _TYPING or name in ("TypeVar", "NewType", "cast")


def _enum_member(node: ast.AST) -> tuple[str, str] | None:
    """``(Enum, MEMBER)`` for an ``Enum.MEMBER`` read (a CapWords name, an UPPER attribute)."""
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Load)
        and isinstance(node.value, ast.Name)
        and node.value.id[:1].isupper()
        and not node.value.id.isupper()
        and re.fullmatch(r"[A-Z][A-Z0-9_]*", node.attr)
    ):
        return node.value.id, node.attr
    return None


def _op_words(old: ast.operator, new: ast.operator, suffix: str = "") -> str:
    sign = {ast.BitAnd: "&", ast.BitOr: "|"}
    return f"{sign[type(old)]}{suffix} -> {sign[type(new)]}{suffix}"


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def equivalents(source: str) -> dict[int, tuple[frozenset[str] | None, str]]:
    """The lines marked ``# mutation: equivalent[(operators)] — why``: for each, the operators
    it covers (``None``: all) and the reason."""
    marked: dict[int, tuple[frozenset[str] | None, str]] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        match = _EQUIVALENT.search(token.string)
        if match:
            ops = match.group(1)
            operators = frozenset(o.strip() for o in ops.split(",") if o.strip()) if ops else None
            marked[token.start[0]] = (operators, match.group(2).strip())
    return marked


def is_equivalent(mutant: Mutant, marked: dict[int, tuple[frozenset[str] | None, str]]) -> bool:
    """Whether ``mutant`` sits on a line marked equivalent for its operator."""
    entry = marked.get(mutant.line)
    return entry is not None and (entry[0] is None or mutant.operator in entry[0])


def mutants(source: str, path: str) -> list[Mutant]:
    """Every mutant of a module's source that still compiles, in source order."""
    found = _Collector(source, path).collect()
    valid = []
    for mutant in found:
        try:
            compile(apply(source, mutant), path, "exec")
        except SyntaxError:
            continue
        valid.append(mutant)
    return valid


def apply(source: str, mutant: Mutant) -> str:
    """``source`` with ``mutant``'s span replaced (columns are UTF-8 byte offsets, as in ast)."""
    lines = source.encode("utf-8").splitlines(keepends=True)
    start = sum(len(line) for line in lines[: mutant.line - 1]) + mutant.col
    end = sum(len(line) for line in lines[: mutant.end_line - 1]) + mutant.end_col
    data = source.encode("utf-8")
    return (data[:start] + mutant.replacement.encode("utf-8") + data[end:]).decode("utf-8")


# --- running ------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What the tests made of one mutant."""

    mutant: Mutant
    status: str
    """killed, survived, timeout (counted as killed) or equivalent (left out of the score)."""
    seconds: float = 0.0


@dataclass
class _Worker:
    """A copy of the package that one worker mutates, a mutant at a time."""

    root: Path
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def make(cls, base: Path) -> _Worker:
        root = base / "src"
        shutil.copytree(SRC / "osaid", root / "osaid", ignore=shutil.ignore_patterns("__pycache__"))
        # unchanged modules load from bytecode; the mutated one never does (no .pyc written)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(root / "osaid")],
            check=True, capture_output=True,
        )  # fmt: skip
        worker = cls(root)
        # the copy must shadow the installed package, or every mutant would "survive"
        found = subprocess.run(
            [sys.executable, "-c", "import osaid; print(osaid.__file__)"],
            env=worker.env(), cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        if not Path(found).is_relative_to(root):
            raise SystemExit(f"the package copy in {root} is not imported first ({found})")
        return worker

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(self.root), *filter(None, [os.environ.get("PYTHONPATH")])]
        )
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env

    def target(self, path: str) -> Path:
        return self.root / Path(path).relative_to("src")

    def run(self, tests: Sequence[str], timeout: float) -> tuple[str, float]:
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
        if _has_plugin("pytest_randomly"):
            command += ["-p", "no:randomly"]
        start = time.perf_counter()
        try:
            done = subprocess.run(
                [*command, *tests], cwd=ROOT, env=self.env(), capture_output=True,
                timeout=timeout, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return "timeout", time.perf_counter() - start
        seconds = time.perf_counter() - start
        if done.returncode == 0:
            return "survived", seconds
        if done.returncode in (1, 2):  # failures, or a mutant that breaks collection (import)
            return "killed", seconds
        raise SystemExit(
            f"pytest exited {done.returncode} (not a test failure):\n{done.stdout.decode()}"
            f"{done.stderr.decode()}"
        )

    def check(self, mutant: Mutant, source: str, tests: Sequence[str], timeout: float) -> Outcome:
        target = self.target(mutant.path)
        for stale in target.parent.glob(f"__pycache__/{target.stem}.*.pyc"):
            stale.unlink()
        target.write_text(apply(source, mutant), "utf-8")
        try:
            status, seconds = self.run(tests, timeout)
        finally:
            target.write_text(source, "utf-8")
        return Outcome(mutant, status, seconds)


def _has_plugin(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def default_tests(path: str) -> tuple[str, ...]:
    """The declared tests of a rule module, else every test file that names the module."""
    if path in TESTS:
        return TESTS[path]
    dotted = ".".join(Path(path).relative_to("src").with_suffix("").parts)
    stem = Path(path).stem.lstrip("_")
    return tuple(
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "tests").glob("test_*.py"))
        if dotted in (text := p.read_text("utf-8")) or f"import {stem}" in text
    ) or ("tests",)


def _relative(path: str) -> str:
    """``path`` relative to the repository; a path that is not a module under src/ is a usage
    error (exit 2)."""
    full = (Path.cwd() / path).resolve()
    if not full.is_relative_to(SRC) or not full.is_file() or full.suffix != ".py":
        print(f"{path}: not a Python module under {SRC}", file=sys.stderr)
        raise SystemExit(2)
    return str(full.relative_to(ROOT))


Plan = list[tuple[str, str, list[Mutant], dict[int, tuple[frozenset[str] | None, str]]]]
"""Per module: its path, its source, the mutants to test and its lines marked equivalent."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("modules", nargs="*", help=f"modules to mutate (default: {', '.join(MODULES)})")
    add("--tests", nargs="+", help="pytest selection (default: each module's own, see TESTS)")
    add("--sample", type=int, help="test only N mutants per module, drawn at random")
    add("--seed", type=int, default=0, help="the seed of --sample (default 0)")
    add("--lines", help="only mutants starting on these lines, e.g. 40-80")
    add(
        "--operators",
        help="only these kinds, comma-separated: compare, boolean, kleene, negate, constant, "
        "enum, delete, return, table",
    )
    add("--jobs", type=int, default=2, help="workers (default 2)")
    add("--timeout", type=float, help="seconds per mutant (default: 6x the unmutated run + 30)")
    add("--list", action="store_true", help="list the mutants and stop")
    add("-v", "--verbose", action="store_true", help="print each mutant's outcome as it comes")
    add(
        "--fail-under",
        type=float,
        default=0.0,
        help="exit 1 when a module scores below this percentage (default 0)",
    )
    return parser


def _plan(args: argparse.Namespace) -> Plan:
    paths = [_relative(m) for m in args.modules] or list(MODULES)
    lines: tuple[int, int] | None = None
    if args.lines:
        low, _, high = args.lines.partition("-")
        lines = (int(low), int(high or low))
    operators = set(args.operators.split(",")) if args.operators else None
    plan: Plan = []
    for path in paths:
        source = (ROOT / path).read_text("utf-8")
        found = [
            m
            for m in mutants(source, path)
            if (lines is None or lines[0] <= m.line <= lines[1])
            and (operators is None or m.operator in operators)
        ]
        if args.sample is not None and args.sample < len(found):
            # a reproducible draw, not a secret
            drawn = random.Random(args.seed).sample(found, args.sample)  # noqa: S311
            found = sorted(drawn, key=lambda m: (m.line, m.col))
        plan.append((path, source, found, equivalents(source)))
    return plan


def _run(plan: Plan, args: argparse.Namespace, tmp: Path) -> bool:
    """Test every planned mutant; whether every module scored at least ``--fail-under``."""
    workers = [_Worker.make(tmp / f"w{i}") for i in range(max(1, args.jobs))]
    free = list(workers)
    free_lock = threading.Lock()
    met = True
    for path, source, found, marked in plan:
        tests = tuple(args.tests or default_tests(path))
        status, seconds = workers[0].run(tests, timeout=3600)
        if status != "survived":
            raise SystemExit(f"{path}: the tests fail before any mutation ({' '.join(tests)})")
        # a survivor runs every selected test, beside the other worker's run and whatever else
        # the machine runs: on a shared two-core machine that took up to three times as long
        timeout = args.timeout or 6 * seconds + 30
        print(
            f"{path}: {len(found)} mutants, tests {' '.join(tests)} "
            f"({seconds:.1f}s unmutated, timeout {timeout:.0f}s)",
            flush=True,
        )

        def one(mutant: Mutant, source: str = source, tests: tuple[str, ...] = tests,
                timeout: float = timeout, marked: dict[int, tuple[frozenset[str] | None, str]]
                = marked) -> Outcome:  # fmt: skip
            if is_equivalent(mutant, marked):
                return Outcome(mutant, "equivalent")
            with free_lock:
                worker = free.pop()
            try:
                outcome = worker.check(mutant, source, tests, timeout)
                if args.verbose:
                    print(
                        f"  {outcome.status} ({outcome.seconds:.1f}s) {mutant.where()}: "
                        f"{mutant.operator}: {mutant.description}",
                        flush=True,
                    )
                return outcome
            finally:
                with free_lock:
                    free.append(worker)

        with ThreadPoolExecutor(len(workers)) as pool:
            outcomes = list(pool.map(one, found))
        met &= _summary(path, outcomes) >= args.fail_under
    return met


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; 0 when every module scores at least ``--fail-under``, else 1."""
    args = _parser().parse_args(argv)
    plan = _plan(args)
    if args.list:
        for path, _source, found, marked in plan:
            for m in found:
                flag = "  [equivalent]" if is_equivalent(m, marked) else ""
                print(f"{m.where()}: {m.operator}: {m.description}{flag}")
            print(f"{path}: {len(found)} mutants")
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="osaid-mutate-") as tmp:
        met = _run(plan, args, Path(tmp))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0 if met else 1


def _summary(path: str, outcomes: list[Outcome]) -> float:
    """Print a module's score and survivors; return the score in percent."""
    counted = [o for o in outcomes if o.status != "equivalent"]
    killed = sum(o.status in ("killed", "timeout") for o in counted)
    score = 100.0 * killed / len(counted) if counted else 100.0
    timeouts = sum(o.status == "timeout" for o in counted)
    equivalent = len(outcomes) - len(counted)
    print(
        f"{path}: score {score:.1f}% ({killed} of {len(counted)} killed"
        f"{f', {timeouts} by timeout' if timeouts else ''}"
        f"{f'; {equivalent} marked equivalent, not counted' if equivalent else ''})"
    )
    for o in outcomes:
        if o.status in ("survived", "timeout"):  # a timeout may be a slow survivor: look
            print(f"  {o.status} {o.mutant.where()}: {o.mutant.operator}: {o.mutant.description}")
    return score


if __name__ == "__main__":
    raise SystemExit(main())
