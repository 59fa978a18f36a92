"""What the command line spares at start-up, and that the shortcuts agree with the long way.

``docs/performance.md`` (figure 5) says what start-up costs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic.alias_generators import to_snake

from osaid import AISystem, Report
from osaid._model import to_kebab
from osaid.cli import _columns, _command_named, _parser, main
from osaid.licenses import LicenseInfo, knowledge, parse
from osaid.licenses._parse import _parse_expression

ROOT = Path(__file__).parent.parent
PYTHIA = str(ROOT / "examples" / "pythia.osaid.yaml")

# Runs the command as ``osaid`` does, then says on standard error what it imported.
PROBE = (
    "import os, sys\n"
    "from osaid.cli import main\n"
    "sys.argv = ['osaid', 'check', sys.argv[1]]\n"
    "code = main()\n"
    "print(code, 'license_expression' in sys.modules,\n"
    "      os.environ.get('PYDANTIC_DISABLE_PLUGINS'), file=sys.stderr)\n"
)


def probe(**env: str) -> tuple[str, list[str]]:
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, PYTHIA],
        capture_output=True,
        text=True,
        check=True,
        env={**environ, **env},
    )
    return result.stdout, result.stderr.split()


def test_the_command_turns_plugin_search_off_and_builds_no_parser_for_plain_ids() -> None:
    out, seen = probe()
    assert seen == ["0", "False", "__all__"]
    assert "OPEN SOURCE AI" in out


def test_the_users_pydantic_plugin_setting_is_kept() -> None:
    out, seen = probe(PYDANTIC_DISABLE_PLUGINS="some-plugin")
    assert seen[0] == "0"
    assert seen[2] == "some-plugin"
    assert out == probe()[0]


def test_main_called_with_arguments_leaves_the_environment_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert main(["check", PYTHIA]) == 0
    capsys.readouterr()
    assert "PYDANTIC_DISABLE_PLUGINS" not in os.environ


def test_importing_osaid_imports_none_of_its_modules() -> None:
    code = "import sys, osaid; print(sorted(m for m in sys.modules if m.startswith('osaid')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['osaid', 'osaid._version']"


def test_neither_import_osaid_nor_a_check_of_files_imports_huggingface_hub() -> None:
    code = (
        "import sys, osaid\n"
        "print('huggingface_hub' in sys.modules)\n"
        "from osaid.cli import main\n"
        f"code = main(['check', '--quiet', {PYTHIA!r}])\n"
        "print(code, 'huggingface_hub' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0", "False"]


# What a check of one valid manifest leaves unimported: the Hub's module and reader, and the
# translation of validation errors (a file with problems imports it: the second case).
SPARED = ("osaid.hub", "osaid.formats.hub", "osaid.loader._translate")


@pytest.mark.parametrize(
    ("manifest", "seen"),
    [
        (PYTHIA, ["0", "False", "False", "False"]),
        (str(ROOT / "examples" / "invalid" / "typos.osaid.yaml"), ["2", "False", "False", "True"]),
    ],
)
def test_a_check_of_files_imports_neither_the_hub_nor_error_translation_it_does_not_need(
    manifest: str, seen: list[str]
) -> None:
    code = (
        "import io, sys\n"
        "from contextlib import redirect_stderr as err, redirect_stdout as out\n"
        "from osaid.cli import main\n"
        "with out(io.StringIO()), err(io.StringIO()):\n"
        f"    code = main(['check', {manifest!r}])\n"
        f"print(code, *(m in sys.modules for m in {SPARED!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == seen


@pytest.mark.parametrize(
    "text", ["hf:EleutherAI/pythia-1b", "hf:", "hf:x@main", "osaid.yaml", "HF:x", " hf:x", ""]
)
def test_the_light_hub_test_is_the_hub_modules_own(text: str) -> None:
    from osaid import _files, hub

    assert hub.is_hub_ref is _files.is_hub_ref
    assert hub.PREFIX == _files.HUB_PREFIX == "hf:"
    assert _files.is_hub_ref(text) == text.startswith("hf:")


def test_osaid_evaluate_is_the_function_whatever_is_imported_first() -> None:
    code = (
        "import osaid.bulk, osaid, osaid._evaluate\n"
        "from osaid import evaluate\n"
        "print(callable(osaid.evaluate), evaluate is osaid._evaluate.evaluate, "
        "dir(osaid) == sorted(osaid.__all__))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True"]


def test_a_known_id_parses_as_license_expression_would_read_it() -> None:
    for key in knowledge().licenses:
        notes: list[tuple[str, str]] = []
        parsed = parse(key)
        assert parsed.tree == _parse_expression(key, key, notes), key
        assert [n for n in parsed.notes if n[0] != "license-normalized"] == notes, key


@pytest.mark.parametrize("source", [None, "models/pythia.osaid.yaml"])
def test_a_report_made_without_validation_is_the_validated_one(source: str | None) -> None:
    from osaid import evaluate, load_manifest

    made = evaluate(load_manifest(PYTHIA))
    if source is not None:
        made = made.with_source(source)
    validated = Report(
        report_version=made.report_version, osaid_version=made.osaid_version, source=source
    )
    validated._parts = made._parts
    assert made.__dict__ == validated.__dict__
    assert made.model_fields_set == validated.model_fields_set
    assert made.__pydantic_private__ == validated.__pydantic_private__
    assert made.__pydantic_extra__ == validated.__pydantic_extra__ is None
    assert made == validated
    assert made.model_dump(mode="json") == validated.model_dump(mode="json")
    assert made.model_dump_json() == validated.model_dump_json()


def test_a_text_check_builds_no_schema_for_the_whole_report() -> None:
    code = (
        "import io, sys, contextlib\n"
        "from osaid.cli import main\n"
        "from osaid.report import Report\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['check', {PYTHIA!r}])\n"
        "print(code, Report.__pydantic_complete__)\n"
        "Report.model_json_schema()\n"
        "print(Report.__pydantic_complete__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False", "True"]


def test_the_knowledge_bases_licences_are_what_their_constructor_makes() -> None:
    for info in knowledge().licenses.values():
        made = LicenseInfo(**{f.name: getattr(info, f.name) for f in dataclasses.fields(info)})
        assert (info, hash(info), repr(info)) == (made, hash(made), repr(made))


@pytest.mark.parametrize("columns", [None, "60", "200", "0", "abc"])
def test_the_help_is_as_wide_as_shutil_says(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert _columns() == shutil.get_terminal_size().columns


def test_kebab_case_keys_are_pydantics_snake_case_with_hyphens() -> None:
    names = ["data_information", "class_", "a1", "x_2b", "camelCase", "HTTPServer", "é_b", ""]
    names += [name for model in (AISystem, Report) for name in model.model_fields]
    for name in names:
        assert to_kebab(name) == to_snake(name).replace("_", "-"), name


def _parsed(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exc:
            result = exc.code
    return result, err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "a.yaml", "--format", "json", "--strict"],
        ["check"],
        ["check", "a.yaml", "--zzz"],
        ["check", "a.yaml", "-V"],
        ["check", "--format", "nope", "a.yaml"],
        ["explain", "MIT", "--as", "code"],
        ["explain"],
        ["licenses", "--element"],
        ["badge", "x", "-o", "b.svg"],
        ["completion", "tcsh"],
        ["convert", "x", "--to", "mot"],
        ["schema", "extra"],
        ["init", "-", "--force"],
    ],
)
def test_a_commands_parser_alone_reads_and_complains_as_the_whole_parser(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    assert _command_named(argv) == argv[0]
    assert _parsed(_parser(argv[0]), argv) == _parsed(_parser(), argv)


@pytest.mark.parametrize("argv", [[], ["-h"], ["-V"], ["chek", "x"], ["--", "check"], ["x"]])
def test_without_a_command_first_the_whole_parser_is_built(argv: list[str]) -> None:
    assert _command_named(argv) is None


@pytest.mark.parametrize("min_length", [None, 1])
@pytest.mark.parametrize("value", ["x", "", "  ", "bad", 3, None, ["x"]])
def test_checked_text_is_a_field_constraint_and_an_after_validator_written_out(
    min_length: int | None, value: object
) -> None:
    from typing import Annotated

    from pydantic import AfterValidator, Field, TypeAdapter, ValidationError
    from pydantic_core import PydanticCustomError

    from osaid.manifest import _CheckedText

    def check(text: str) -> str:
        if text == "bad":
            raise PydanticCustomError("bad", "{text} is bad", {"text": text})
        return text.strip()

    long_way = TypeAdapter(Annotated[str, Field(min_length=min_length), AfterValidator(check)])
    short_way = TypeAdapter(Annotated[str, _CheckedText(check, min_length)])

    def outcome(adapter: TypeAdapter[str]) -> object:
        try:
            return adapter.validate_python(value)
        except ValidationError as exc:
            return exc.errors(include_url=False)

    assert outcome(short_way) == outcome(long_way)
    assert short_way.json_schema() == long_way.json_schema()
    assert short_way.json_schema(mode="serialization") == long_way.json_schema(mode="serialization")


def test_values_behave_as_the_frozen_dataclasses_they_replaced() -> None:
    import copy
    import pickle

    from osaid.definition import AllOf, AnyOf
    from osaid.licenses._parse import And, Lic, Or, With

    mit, apache = Lic("MIT"), Lic("Apache-2.0", or_later=True)
    both, either = And((mit, apache)), Or((mit, apache))
    gpl = With(Lic("GPL-2.0-only"), "Classpath-exception-2.0", known_exception=True)
    assert repr(apache) == "Lic(id='Apache-2.0', or_later=True)"
    assert repr(either) == f"Or(args=({mit!r}, {apache!r}))"
    assert repr(gpl).startswith("With(license=Lic(id='GPL-2.0-only', or_later=False), ")
    assert both == And((Lic("MIT"), Lic("Apache-2.0", True)))
    assert hash(both) == hash(And((Lic("MIT"), Lic("Apache-2.0", True))))
    assert both != either
    assert AnyOf(("a",)) != AllOf(("a",))
    assert mit != ("MIT", False)
    assert {both: 1, either: 2}[either] == 2
    for value in (mit, gpl, both, AnyOf(("datasets", AllOf(("a", "b"))))):
        assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 - its own bytes
        assert copy.deepcopy(value) == value
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.extra = 1  # type: ignore[attr-defined]
        with pytest.raises(dataclasses.FrozenInstanceError):
            del value.extra  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        mit.id = "BSD-3-Clause"  # type: ignore[misc]
    match gpl:
        case With(Lic(name), exception):
            assert (name, exception) == ("GPL-2.0-only", "Classpath-exception-2.0")
        case _:
            pytest.fail("positional patterns read the fields in order")


def _twins() -> tuple[type, type]:
    from dataclasses import dataclass, field

    from osaid._value import frozen_dataclass

    def body(decorate: Any) -> type:
        @decorate
        class Row:
            """A row."""

            name: str
            count: int
            note: str = field(default="", hash=False)
            hidden: str = field(default="s", repr=False)
            ignored: float = field(default=0.0, compare=False)

            def __post_init__(self) -> None:
                object.__setattr__(self, "name", self.name.strip())

        return Row

    return body(dataclass(frozen=True)), body(frozen_dataclass)


def test_a_frozen_dataclass_made_without_compiling_is_a_frozen_dataclass() -> None:
    import copy
    import inspect

    compiled, shared = _twins()
    for args, kwargs in [(("a ", 1), {}), (("a",), {"count": 2, "note": "n"}), ((), {})]:
        made: list[object] = []
        for cls in (compiled, shared):
            try:
                made.append(cls(*args, **kwargs))
            except TypeError:
                made.append(TypeError)
        assert (made[0] is TypeError) == (made[1] is TypeError)
    assert str(inspect.signature(shared)) == str(inspect.signature(compiled))
    for cls in (compiled, shared):
        one, same, other = cls(" x", 1, "n"), cls("x", 1, "m", ignored=2.0), cls("x", 2)
        assert (
            repr(one).removeprefix(cls.__qualname__) == "(name='x', count=1, note='n', ignored=0.0)"
        )
        assert (one == same, one == other, one != ("x", 1), hash(one) == hash(same)) == (
            False,
            False,
            True,
            True,
        )
        assert one == cls("x", 1, "n", ignored=5.0)
        assert dataclasses.replace(one, count=3) == cls("x", 3, "n")
        assert dataclasses.asdict(one)["hidden"] == "s"
        assert [f.name for f in dataclasses.fields(cls)] == list(cls.__match_args__)
        assert copy.deepcopy(one) == copy.copy(one) == one
        params = cls.__dataclass_params__  # type: ignore[attr-defined]
        assert (params.init, params.repr, params.eq, params.frozen) == (True, True, True, True)
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.count = 2
        with pytest.raises(dataclasses.FrozenInstanceError):
            del one.note


def test_the_public_value_types_are_frozen_dataclasses() -> None:
    import pickle

    from osaid import COMPONENTS, OSAID_1_0, ComponentSpec, LicenseRule, Policy, Problem, SourceMap

    for value in (OSAID_1_0, COMPONENTS["datasets"], Problem("a.yaml", 1, 2, "x", "m")):
        assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 - its own bytes
    for cls in (ComponentSpec, LicenseInfo, LicenseRule, Policy, Problem, SourceMap):
        assert dataclasses.is_dataclass(cls)
        assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    changed = dataclasses.replace(OSAID_1_0, name="other")
    assert changed != OSAID_1_0
    assert hash(dataclasses.replace(changed, name=OSAID_1_0.name)) == hash(OSAID_1_0)
    from osaid.errors import shown_path

    assert Problem("a\x1b.yaml", 1, 2, "x", "m").path == shown_path("a\x1b.yaml")
    spec = COMPONENTS["datasets"]
    made = ComponentSpec(**{f.name: getattr(spec, f.name) for f in dataclasses.fields(spec)})
    assert (made, hash(made), repr(made)) == (spec, hash(spec), repr(spec))
