"""The loader: every broken manifest gets located, specific messages, all at once; no input
gives a traceback or a hang."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osaid import AISystem, ManifestError, load_manifest, loads_manifest
from osaid.loader import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_NODES,
    detect_format,
    load_manifest_located,
    loads_manifest_located,
    parse_field_path,
)

HERE = Path(__file__).parent
BROKEN = HERE / "broken"
EXAMPLES = sorted((HERE.parent / "examples").glob("*.osaid.*"))
LIBYAML = yaml.__with_libyaml__

DEEP = (
    f"nested deeper than {MAX_DEPTH} levels: a manifest needs only a few; look for an "
    "unclosed bracket or runaway indentation"
)
TAG = "is not allowed: osaid reads plain data only; remove the tag"
EMPTY = "the file is empty: a manifest needs at least manifest-version and system"
TOP = "the top level must be a mapping of keys to values (manifest-version: 1, …), not"
CLASSES = "expected 'open', 'public', 'obtainable' or 'unshareable'"
TOP_KEYS = ", ".join(f.alias or name for name, f in AISystem.model_fields.items())

# Every file in tests/broken/ and what osaid says of it, without the leading "path:".
CORPUS: dict[str, list[str]] = {
    "yaml-syntax.yaml": [
        "5:68: invalid YAML: "
        + ("did not find expected ',' or ']'" if LIBYAML else "expected ',' or ']', but got '}'")
        + " (while parsing a flow sequence): a [ is not closed, or a comma is missing"
    ],
    "yaml-indentation.yaml": [
        "4:2: invalid YAML: "
        + (
            "did not find expected key"
            if LIBYAML
            else "expected <block end>, but found '<block mapping start>'"
        )
        + " (while parsing a block mapping): check the indentation of this line"
    ],
    "json-syntax.json": [
        "4:1: invalid JSON: Expecting property name enclosed in double quotes: keys need "
        "double quotes, and a trailing comma before } is not allowed"
    ],
    "toml-syntax.toml": ["4:8: invalid TOML: Invalid value: quote text values"],
    "not-utf8.yaml": ["3:12: not UTF-8 text (byte 0xe9): save the file as UTF-8"],
    "empty.yaml": [f"1:1: {EMPTY}"],
    "comments-only.yaml": [f"1:1: {EMPTY}"],
    "top-level-list.yaml": [f"1:1: {TOP} a list"],
    "top-level-text.json": [f"1:1: {TOP} text"],
    "duplicate-key.yaml": [
        "8:5: components.model-parameters.license: duplicate key 'license' (first at line 7): "
        "YAML keeps only one; remove or rename one of them",
        "9:1: license: duplicate key 'license' (first at line 4): YAML keeps only one; "
        "remove or rename one of them",
    ],
    "duplicate-key.json": [
        "3:30: system.name: duplicate key 'name' (first at line 3): JSON keeps only the last; "
        "remove or rename one of them"
    ],
    "duplicate-key.toml": [
        "3:1: invalid TOML: Cannot overwrite a value: this key is already set above; "
        "remove one of them"
    ],
    "unknown-key.yaml": [
        "4:3: system.vesion: unknown key 'vesion'; did you mean 'version'?",
        "5:1: licence: unknown key 'licence'; did you mean 'license'?",
        "7:3: components.labeling-code: unknown component 'labeling-code'; "
        "did you mean 'training-code'?",
        "8:22: components.model-parameters.licnese: unknown key 'licnese'; did you mean 'license'?",
    ],
    "wrong-types.yaml": [
        "3:9: system.name: expected text, got a list",
        "5:10: license: expected text, got a number; put it in quotes",
        "7:21: components.model-parameters: expected a mapping of keys to values, got text",
        "8:34: components.model-architecture.location: expected a URL or a list of URLs, "
        "got a number",
        f"11:12: training-data[0].class: got 'pubic'; {CLASSES}",
        "12:15: training-data[0].location: expected text, got a mapping",
    ],
    "bad-license-syntax.yaml": [
        "3:10: license: invalid licence expression 'MIT AND': an operator is missing an operand",
        "5:31: components.model-parameters.license: invalid licence expression "
        "'(Apache-2.0) AND ()': check its parentheses and operators",
        "6:28: components.training-code.license: invalid character in 'MIT/X11': licence ids "
        "use letters, digits, '.', '-' and '+'; combine licences with AND, OR and WITH",
    ],
    "unknown-license.yaml": [
        "3:10: license: unknown licence 'Apache2'; did you mean 'Apache-2.0'?",
        "5:31: components.model-parameters.license: unknown licence 'GPL-3'; "
        "did you mean 'GPL-3.0'?",
        "6:24: components.data-card.license: unknown licence exception "
        "'Classpath-exeption-2.0'; did you mean 'Classpath-exception-2.0'?",
    ],
    "not-applicable-required.yaml": [
        "5:13: components.model-parameters.status: not-applicable is not allowed for "
        "model-parameters: the definition requires it; write not-released if it is withheld",
        "8:5: components.supporting-libraries: not-applicable needs a reason: say why it "
        "does not apply",
    ],
    "not-applicable-topic.yaml": [
        "6:15: data-information.provenance: not-applicable is allowed for labeling only: "
        "list what documents this topic, or write undisclosed",
        "9:31: data-information.scope-and-characteristics[0]: 'data-crad' is neither a "
        "component id nor an http(s) URL; did you mean 'data-card'?",
        "9:42: data-information.scope-and-characteristics[1]: 'ftp://example.org/card' is "
        "neither a component id nor an http(s) URL",
        "10:16: training-data: must not be empty: list the training data sets, or write "
        "undisclosed",
    ],
    "manifest-version.yaml": [
        "1:19: manifest-version: unsupported manifest-version 2: this osaid reads version 1; "
        "write manifest-version: 1"
    ],
    "manifest-version-missing.toml": [
        "1:1: manifest-version: missing required key 'manifest-version': start the file with "
        "manifest-version: 1"
    ],
    "python-tag.yaml": [
        f"2:9: system: the YAML tag !!python/object/apply:os.system {TAG}",
        f"3:10: license: the YAML tag !!binary {TAG}",
        f"4:13: components: the YAML tag !!set {TAG}",
    ],
    "merge-key.yaml": [
        f"3:1: defaults: unknown key 'defaults' (allowed: {TOP_KEYS})",
        "6:5: components.model-parameters: merge keys (<<) are not supported: write the keys out",
    ],
    "two-documents.yaml": [
        "3:1: a manifest is one YAML document, but a second one starts here: remove it"
    ],
    "undefined-alias.yaml": [
        "3:10: license: the alias *default names no anchor defined before it: define "
        "&default first (an alias cannot point into its own anchor)"
    ],
    "nan.json": ["1:22: invalid JSON: NaN is not a JSON value; write a number or quote it"],
    "training-data.toml": [
        "8:10: components.model-parameters.status: not-applicable is not allowed for "
        "model-parameters: the definition requires it; write not-released if it is withheld",
        f"16:9: training-data[1].class: got 'bought'; {CLASSES}",
        "17:1: training-data[1].licence: unknown key 'licence'; did you mean 'license'?",
        "19:1: training-data[2].name: missing required key 'name'",
    ],
}


def problems(exc: ManifestError, path: Path | str) -> list[str]:
    prefix = f"{path}:"
    lines = str(exc).splitlines()
    assert all(line.startswith(prefix) for line in lines), lines
    return [line[len(prefix) :] for line in lines]


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_broken_manifest(name: str) -> None:
    path = BROKEN / name
    with pytest.raises(ManifestError) as info:
        load_manifest(path)
    assert problems(info.value, path) == CORPUS[name]
    first = info.value.problems[0]
    assert (info.value.path, info.value.line, info.value.column) == (
        str(path),
        first.line,
        first.column,
    )
    assert isinstance(info.value, ValueError)


def check_fails(path: Path | str, expected: list[str]) -> None:
    with pytest.raises(ManifestError) as info:
        load_manifest(path)
    assert problems(info.value, path) == expected


# --- generated: too large, too deep, too many nodes --------------------------------------------


def billion_laughs() -> str:
    lines = ["manifest-version: 1", "system: {name: Tiny}", "components:", "  model-card:"]
    lines.append('    notes: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]')
    lines.extend(f"    n{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10))
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(billion_laughs())
    start = time.perf_counter()
    check_fails(
        path,
        [
            "10:14: components.model-card.n5[0]: aliases here expand to more than "
            f"{MAX_NODES} nodes (a YAML alias bomb?): refused; write the data out instead of "
            "repeating it through aliases"
        ],
    )
    assert time.perf_counter() - start < 1.0


def test_an_alias_cannot_point_into_its_own_anchor(tmp_path: Path) -> None:
    path = tmp_path / "cycle.yaml"
    path.write_text("manifest-version: 1\nsystem: &s {name: Tiny, again: *s}\n")
    check_fails(
        path,
        [
            "2:32: system.again: the alias *s names no anchor defined before it: define &s "
            "first (an alias cannot point into its own anchor)"
        ],
    )


def test_a_few_aliases_are_fine() -> None:
    system = loads_manifest(
        "manifest-version: 1\nsystem: {name: Tiny}\n"
        "components:\n"
        "  training-code: {location: &repo https://example.org/repo}\n"
        "  inference-code: {location: *repo}\n"
    )
    assert system.components["inference-code"].location == ("https://example.org/repo",)


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("flow.yaml", "manifest-version: 1\nsystem: " + "[" * 100_000, "2:73"),
        (
            "block.yaml",
            "manifest-version: 1\nsystem:\n"
            + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(80)),
            "66:65",
        ),
        ("deep.json", '{"system": ' + "[" * 100_000 + "]" * 100_000 + "}", "1:75"),
        ("shallower.json", '{"system": ' + "[" * 70 + "]" * 70 + "}", "1:75"),
        ("arrays.toml", "manifest-version = 1\nx = " + "[" * 100_000 + "]" * 100_000, "2:69"),
        ("shallower.toml", "x = " + "[" * 70 + "]" * 70, "1:69"),
        (
            "tables.toml",
            "manifest-version = 1\n[" + ".".join(f"t{i}" for i in range(70)) + "]\nx = 1\n",
            "2:244",
        ),
    ],
)
def test_deep_nesting_is_refused(tmp_path: Path, name: str, text: str, where: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    start = time.perf_counter()
    check_fails(path, [f"{where}: {DEEP}"])
    assert time.perf_counter() - start < 2.0


def test_files_over_10_mib_are_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)
    check_fails(
        path,
        [
            f"1:1: the file is {MAX_BYTES + 1} bytes; files over 10 MiB are refused: no "
            "manifest is that large"
        ],
    )


def test_a_directory(tmp_path: Path) -> None:
    check_fails(
        tmp_path, ["1:1: is a directory, not a file: give the path of the manifest inside it"]
    )


def test_a_missing_file(tmp_path: Path) -> None:
    check_fails(tmp_path / "nope.yaml", ["1:1: no such file: check the path"])


def test_a_json_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{\n  "system": {"name": "Caf\xe9"}\n}\n')
    check_fails(path, ["2:26: not UTF-8 text (byte 0xe9): save the file as UTF-8"])


def test_control_characters_in_yaml(tmp_path: Path) -> None:
    path = tmp_path / "nul.yaml"
    path.write_text("manifest-version: 1\nsystem: {name: T\x00}\n")
    check_fails(path, ["2:17: invalid YAML: the character U+0000 is not allowed; remove it"])


# --- what is accepted -------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_loads(path: Path) -> None:
    assert isinstance(load_manifest(path), AISystem)


def test_a_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf{"manifest-version": 1, "system": {"name": "Tiny"}}')
    assert load_manifest(path).system.name == "Tiny"
    assert loads_manifest('\ufeff{"manifest-version": 1, "system": {"name": "T"}}', "json")


@pytest.mark.parametrize(
    ("value", "text"),
    [("12", "12"), ("2024-10-28", "2024-10-28"), ("1.5", "1.5"), ('"007"', "007")],
)
def test_yaml_scalars_where_text_is_expected(value: str, text: str) -> None:
    system = loads_manifest(f"manifest-version: 1\nsystem: {{name: T, version: {value}}}\n")
    assert system.system.version == text


def test_a_quoted_key_that_looks_like_merge_is_a_key() -> None:
    with pytest.raises(ManifestError) as info:
        loads_manifest('manifest-version: 1\nsystem: {name: T}\n"<<": x\n')
    assert problems(info.value, "<string>") == [f"3:1: <<: unknown key '<<' (allowed: {TOP_KEYS})"]


def test_keys_that_are_not_text(tmp_path: Path) -> None:
    with pytest.raises(ManifestError) as info:
        loads_manifest("manifest-version: 1\nsystem: {name: T}\n? [a, b]\n: c\n")
    assert problems(info.value, "<string>") == [
        "3:3: a key must be plain text, not a mapping or a list"
    ]


def test_a_key_that_looks_like_a_pydantic_tag_is_still_a_key() -> None:
    with pytest.raises(ManifestError) as info:
        loads_manifest("manifest-version: 1\nstrsystem: {name: T}\n")
    assert problems(info.value, "<string>") == [
        "1:1: system: missing required key 'system'",
        "2:1: strsystem: unknown key 'strsystem'; did you mean 'system'?",
    ]


def test_toml_quoted_keys_with_escapes_and_tabs() -> None:
    from osaid.loader import _TomlScanner

    where = _TomlScanner('"a\tb" = 1\n"c\\u0041" = 2\n[t."x y"]\nk = 3\n').scan()
    assert where.keys[("a\tb",)] == (1, 1)
    assert where.keys[("cA",)] == (2, 1)
    assert where.keys[("t", "x y", "k")] == (4, 1)


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'ini': use yaml, json or toml"):
        loads_manifest("a = 1", "ini")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("osaid.yaml", "{}", "yaml"),
        ("osaid.yml", "", "yaml"),
        ("m.JSON", "", "json"),
        ("m.toml", "", "toml"),
        ("-", ' {"a": 1}', "json"),
        ("-", "[system]\nname = 'x'", "toml"),
        ("-", "[[training-data]]\nname = 'x'", "toml"),
        ("-", "manifest-version = 1", "toml"),
        ("-", "manifest-version: 1", "yaml"),
        ("-", "[1, 2]", "json"),
    ],
)
def test_detect_format(name: str, text: str, expected: str) -> None:
    assert detect_format(name, text) == expected


# --- positions ---------------------------------------------------------------------------------

TOML = """\
manifest-version = 1
license = "MIT"  # a comment with = and [brackets]

[system]
name = "Tiny"
"version" = '1.0'

[components.model-parameters]
location = [
  "https://example.org/a",  # first
  "https://example.org/b",
]
notes = \"\"\"
several
lines\"\"\"

[components."training-code"]
license = "Apache-2.0"
data = { nested = { deep = 1 }, other = [1, {x = 2}] }

[[training-data]]
name = "Web"
class = "public"

[[training-data]]
name = "Books"
class = "obtainable"
location = "https://example.org/books"
"""


def test_toml_positions_point_at_keys_tables_and_array_items() -> None:
    from osaid.loader import _TomlScanner

    where = _TomlScanner(TOML).scan()
    assert where.keys[("license",)] == (2, 1)
    assert where.keys[("system",)] == (4, 2)
    assert where.keys[("system", "version")] == (6, 1)
    assert where.values[("system", "version")] == (6, 13)
    assert where.keys[("components", "model-parameters")] == (8, 13)
    assert where.values[("components", "model-parameters", "location", 1)] == (11, 3)
    assert where.keys[("components", "model-parameters", "notes")] == (13, 1)
    assert where.keys[("components", "training-code")] == (17, 13)
    assert where.keys[("components", "training-code", "data", "nested", "deep")] == (19, 21)
    assert where.values[("components", "training-code", "data", "other", 1, "x")] == (19, 50)
    assert where.keys[("training-data",)] == (21, 3)
    assert where.keys[("training-data", 0)] == (21, 1)
    assert where.keys[("training-data", 1)] == (25, 1)
    assert where.keys[("training-data", 1, "location")] == (28, 1)


def test_located_manifests_in_every_format() -> None:
    yaml_text = (
        "manifest-version: 1\nsystem:\n  name: Tiny\ncomponents:\n"
        "  model-parameters:\n    license: MIT\ntraining-data:\n"
        "  - {name: Web, class: public}\n"
    )
    json_text = json.dumps(
        {
            "manifest-version": 1,
            "system": {"name": "Tiny"},
            "components": {"model-parameters": {"license": "MIT"}},
            "training-data": [{"name": "Web", "class": "public"}],
        },
        indent=2,
    )
    toml_text = (
        'manifest-version = 1\n[system]\nname = "Tiny"\n'
        '[components.model-parameters]\nlicense = "MIT"\n'
        '[[training-data]]\nname = "Web"\nclass = "public"\n'
    )
    expected = {
        "yaml": {
            "components.model-parameters": (5, 3),
            "components.model-parameters.license": (6, 5),
            "training-data[0]": (8, 5),
            "components.datasets": (4, 1),
        },
        "json": {
            "components.model-parameters": (7, 5),
            "components.model-parameters.license": (8, 7),
            "training-data[0]": (12, 5),
            "components.datasets": (6, 3),
        },
        "toml": {
            "components.model-parameters": (4, 13),
            "components.model-parameters.license": (5, 1),
            "training-data[0]": (6, 1),
            "components.datasets": (4, 2),
        },
    }
    for fmt, text in (("yaml", yaml_text), ("json", json_text), ("toml", toml_text)):
        system, where = loads_manifest_located(text, fmt)  # type: ignore[arg-type]
        assert system.system.name == "Tiny"
        for field, at in expected[fmt].items():
            assert where.locate(field) == at, (fmt, field)


def test_located_file(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text("manifest-version: 1\nsystem: {name: Tiny}\n")
    system, where = load_manifest_located(path)
    assert system.system.name == "Tiny"
    assert where.path == str(path)
    assert where.locate(("system", "name")) == (2, 10)
    assert where.locate("system.name", key=False) == (2, 16)


def test_parse_field_path() -> None:
    assert parse_field_path("training-data[0].license") == ("training-data", 0, "license")
    assert parse_field_path("components.model-card") == ("components", "model-card")
    assert parse_field_path("") == ()


# --- fuzz --------------------------------------------------------------------------------------

_TEXTS = [(p.name, p.read_text(encoding="utf-8")) for p in EXAMPLES]
_PIECES = [
    *"{}[]:,\"'#-&*!|>\n \t=.\\",
    "\x00",
    "é",
    "\ufeff",
    "<<: ",
    "~",
    "null",
    "!!python/object:os.system ",
    "\n---\n",
    "&a ",
    "*a ",
    "[[",
    "]]",
    '"""',
    "NaN",
    "not-applicable",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    name, text = draw(st.sampled_from(_TEXTS))
    chars = list(text)
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(chars)))
        action = draw(st.sampled_from(["delete", "insert", "copy"]))
        if action == "delete":
            del chars[i : i + draw(st.integers(1, 30))]
        elif action == "insert":
            chars[i:i] = draw(st.sampled_from(_PIECES))
        else:
            j = draw(st.integers(0, len(chars)))
            chars[i:i] = chars[j : j + draw(st.integers(1, 60))]
    return name, "".join(chars)


def _assert_loads_or_fails_located(name: str, text: str) -> None:
    fmt = detect_format(name, text)
    try:
        loads_manifest(text, fmt, path=name)
    except ManifestError as exc:
        last_line = text.count("\n") + 2
        for p in exc.problems:
            assert p.path == name
            assert 1 <= p.line <= last_line, p
            assert p.column >= 1, p
            assert p.message
            assert str(p).startswith(f"{name}:{p.line}:{p.column}: ")


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_fuzz_mutated_examples(case: tuple[str, str]) -> None:
    _assert_loads_or_fails_located(*case)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["m.yaml", "m.json", "m.toml"]),
    st.lists(st.sampled_from([*_PIECES, *"abcmanifest-version1 "]), max_size=80).map("".join),
)
def test_fuzz_random_text(name: str, text: str) -> None:
    _assert_loads_or_fails_located(name, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["m.yaml", "m.json", "m.toml"]), st.binary(max_size=200))
def test_fuzz_random_bytes(name: str, raw: bytes) -> None:
    from osaid.loader import decode

    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        with pytest.raises(ManifestError, match="not UTF-8 text"):
            decode(raw, name)
        return
    _assert_loads_or_fails_located(name, decode(raw, name))
