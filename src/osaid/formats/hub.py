"""Hugging Face Hub model records: what the Hub's API says of a model, read as evidence.

A record is the body of ``GET /api/models/{id}``, or one item of
``GET /api/models?full=true&cardData=true`` (what ``huggingface_hub``'s
``list_models(full=True, cardData=True)`` returns, and what people export to JSON Lines to
screen the Hub at scale). The model card (the record's ``cardData``, or the README.md when it
was fetched) is read as ``osaid.formats.hf`` reads any card; the record adds what only the Hub
knows, each reading leaving a finding coded ``hub-…``:

- the licence of ``license:`` tags, when the card's metadata names none;
- ``base_model:`` tags, when the card names no base model;
- the gate, as a fact: ``gated: "manual"`` (the publisher approves each request),
  ``"auto"`` (accepting the conditions grants access) or ``false``;
- the repository's files: weights files are the model parameters, released at the
  repository; a ``config.json`` is the model's metadata;
- a private or disabled repository: nothing in it is released.

This module never touches the network and never imports ``huggingface_hub``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from osaid.errors import ManifestError, Problem
from osaid.findings import Severity
from osaid.formats._common import Collector, Tree, build_system, combine, load_tree
from osaid.formats._imported import Imported
from osaid.formats.hf import card_manifest, one_license, parse_card, repository_license

__all__ = [
    "HUB",
    "is_weights",
    "iter_hub_records",
    "read_hub_line",
    "read_hub_record",
    "read_hub_text",
]

HUB = "https://huggingface.co"
"""Where a record's repository is, unless the caller names another endpoint."""

_SHOWN = 5
"""How many file names or base models a finding names before it counts the rest."""


class _Unlocated:
    """Where a record given as a mapping has its nodes: nowhere but the record itself."""

    def locate(self, path: tuple[str | int, ...], *, key: bool = True) -> tuple[int, int]:
        return 1, 1


class _Under:
    """The locations of a subtree (a record's ``cardData``), by paths inside it."""

    def __init__(self, where_map: Any, prefix: tuple[str | int, ...]) -> None:
        self.where_map = where_map
        self.prefix = prefix

    def locate(self, path: tuple[str | int, ...], *, key: bool = True) -> tuple[int, int]:
        located: tuple[int, int] = self.where_map.locate(self.prefix + tuple(path), key=key)
        return located


def read_hub_record(
    record: Mapping[str, Any],
    *,
    card: str | None = None,
    name: str | None = None,
    endpoint: str = HUB,
) -> Imported:
    """Read one Hub model record (camelCase as the API gives it, or snake_case as
    ``dataclasses.asdict(huggingface_hub.ModelInfo)`` gives it).

    Args:
        record: the record, as JSON gives it.
        card: the model card (README.md) when it was fetched; else the record's
            ``cardData`` stands for its metadata.
        name: the location prefix of findings and errors (default ``hf:{id}``).
        endpoint: the Hub the record comes from, for the repository's address.

    Raises:
        ManifestError: for a record that is not a model record (no id, fields of the wrong
            type), located.

    >>> imported = read_hub_record({
    ...     "id": "EleutherAI/pythia-1b", "gated": False, "tags": ["license:apache-2.0"],
    ...     "siblings": [{"rfilename": "model.safetensors"}, {"rfilename": "config.json"}],
    ... })
    >>> imported.system.components["model-parameters"].license
    'Apache-2.0'
    >>> imported.system.components["model-parameters"].location
    ('https://huggingface.co/EleutherAI/pythia-1b',)
    >>> imported.system.access.gated
    False
    """
    if not isinstance(record, Mapping):
        where = name or "<record>"
        kind = type(record).__name__
        message = f"a Hub model record is a JSON object, not {kind}"
        raise ManifestError([Problem(where, 1, 1, "", message)])
    data = dict(record)
    model_id = next((v for k in ("id", "modelId") if isinstance(v := data.get(k), str)), None)
    label = name or (f"hf:{model_id}" if model_id else "<record>")
    return _read(Tree(label, data, _Unlocated()), card, endpoint)


def read_hub_line(line: str | bytes, name: str, number: int, *, endpoint: str = HUB) -> Imported:
    """Read the record on line ``number`` of JSON Lines file ``name``, every finding and
    error located in that file.

    Raises:
        ManifestError: for a line that is not JSON, not an object, or not a model record.
    """
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ManifestError(
                [Problem(name, number, exc.start + 1, "", "not UTF-8 text")]
            ) from None
    fast = _quick_tree(line, name, number)
    if fast is None:
        return _read(
            load_tree(line, "json", name, "Hub model record", "id", number - 1), None, endpoint
        )
    try:
        return _read(fast, None, endpoint)
    except ManifestError:
        # a record of the wrong shape: read again with every position, to locate each problem
        tree = load_tree(line, "json", name, "Hub model record", "id", number - 1)
        return _read(tree, None, endpoint)


class _TopLevel:
    """Where a record's top-level values start, found with the JSON scanner (in C) rather
    than by a walk over every token: a node below the top is located at its top-level field.

    A record in a listing is read once and located coarsely; only a record with problems is
    walked token by token (``load_tree``), to locate each exactly.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, int] | None = None

    def _scan(self) -> dict[str, int]:
        text, starts = self.text, dict[str, int]()
        value = json.JSONDecoder().raw_decode
        space = _SPACE.match
        i = text.index("{") + 1
        # (the pattern matches the empty text too, so each match is found)
        while True:
            i = space(text, i).end()  # type: ignore[union-attr]
            if text.startswith("}", i):
                return starts
            key, i = value(text, i)
            i = space(text, space(text, i).end() + 1).end()  # type: ignore[union-attr]
            starts.setdefault(key, i)
            _value, i = value(text, i)
            i = space(text, i).end()  # type: ignore[union-attr]
            if text.startswith(",", i):
                i += 1

    def locate(self, path: tuple[str | int, ...], *, key: bool = True) -> tuple[int, int]:
        if self.starts is None:
            self.starts = self._scan()
        start = self.starts.get(str(path[0])) if path else None
        if start is None:
            return 1, 1
        line_start = self.text.rfind("\n", 0, start) + 1
        return self.text.count("\n", 0, start) + 1, start - line_start + 1


_SPACE = re.compile(r"[ \t\n\r]*")


def _quick_tree(text: str, name: str, number: int) -> Tree | None:
    """The record on a line, parsed by ``json.loads`` and located coarsely (``_TopLevel``);
    ``None`` for whatever the guarded loader must refuse and locate (not JSON, not an object,
    a duplicate key, too deep or too many entries)."""
    from osaid.loader._json import (  # the loader's own cheap guard and quick parse
        NeedsLocatingError,
        _may_be_refused,
        quick_json,
    )

    if _may_be_refused(text):
        return None
    try:
        data = quick_json(text)
    except (NeedsLocatingError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    return Tree(name, data, _TopLevel(text), number - 1)


def read_hub_text(text: str, name: str = "<string>", *, endpoint: str = HUB) -> Imported:
    """Read one record from its JSON text (``formats.read(text, "hf-api")``), located.

    Raises:
        ManifestError: for text that is not a JSON object, or not a model record; for JSON
            Lines of several records, located at the second.
    """
    filled = [(i, line.strip()) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    first = filled[0][1] if filled else ""
    if len(filled) > 1 and first.startswith("{") and first.endswith("}"):  # JSON Lines
        message = (
            "one Hub model record is read here, and this line starts another: to check "
            "JSON Lines of records, use osaid check --from hf-api (or iter_hub_records)"
        )
        raise ManifestError([Problem(name, filled[1][0], 1, "", message)])
    return _read(load_tree(text, "json", name, "Hub model record", "id"), None, endpoint)


def iter_hub_records(
    source: str | os.PathLike[str] | Iterable[str | bytes],
    *,
    name: str | None = None,
    endpoint: str = HUB,
) -> Iterator[Imported | ManifestError]:
    """The records of JSON Lines, one ``Imported`` (or the ``ManifestError`` of a line that
    cannot be read) per non-blank line, lazily: memory stays flat however long the input.

    Each item can go straight to ``osaid.bulk.evaluate_many``.

    Args:
        source: a file's path, or lines (``str`` or ``bytes``, such as an open file).
        name: the name locations give (default: the path, or ``<records>``).
        endpoint: the Hub the records come from.

    >>> lines = ['{"id": "a/b", "gated": "manual"}', "[1]"]
    >>> [type(r).__name__ for r in iter_hub_records(lines)]
    ['Imported', 'ManifestError']
    """
    if isinstance(source, str | os.PathLike):
        yield from _records_of_file(os.fspath(source), name, endpoint)
        return
    yield from _records(enumerate(source, start=1), name or "<records>", endpoint)


def _records(
    numbered: Iterable[tuple[int, str | bytes | ManifestError]], label: str, endpoint: str
) -> Iterator[Imported | ManifestError]:
    """Each numbered line's record, or why it cannot be read; blank lines are skipped."""
    from osaid.errors import FAILURES, failure

    for number, line in numbered:
        if isinstance(line, ManifestError):  # a line the bounded reader refused
            yield line
        elif line.strip():
            try:
                yield read_hub_line(line, label, number, endpoint=endpoint)
            except ManifestError as exc:
                yield exc
            except FAILURES as exc:
                yield failure(exc, label, number)


def _records_of_file(
    path: str, name: str | None, endpoint: str
) -> Iterator[Imported | ManifestError]:
    from osaid.errors import failure
    from osaid.loader import iter_bounded_lines

    label = name or path
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the with below, lazily
    except OSError as exc:
        yield failure(exc, label)
        return
    with stream:
        lines = iter_bounded_lines(stream, name=label)
        yield from _records(((number, line) for number, line, _size in lines), label, endpoint)


# --- checking the record's shape ----------------------------------------------------------------

_TEXT = ("id", "modelId", "sha", "author")
_FLAGS = ("private", "disabled")
_OBJECTS = ("cardData", "card_data", "config")
_GATES: dict[object, str] = {"manual": "manual", "auto": "automatic"}


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", str: "text", list: "a list", dict: "an object"}.get(
        type(value), "a number"
    )


def _problems(tree: Tree) -> list[Problem]:
    """What makes the record not a model record, each located."""
    data = tree.data
    problems: list[Problem] = []

    def problem(path: tuple[str | int, ...], message: str) -> None:
        line, column = tree.at(*path)
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        problems.append(Problem(tree.name, line, column, dotted, message))

    if not any(isinstance(data.get(k), str) and data[k].strip() for k in ("id", "modelId")):
        problem((), "a Hub model record needs its id (id or modelId): this is not a model record")
    for key in _TEXT:
        if data.get(key) is not None and not isinstance(data[key], str):
            problem((key,), f"{key} must be text, not {_type_name(data[key])}")
    for key in _FLAGS:
        if data.get(key) is not None and not isinstance(data[key], bool):
            problem((key,), f"{key} must be true or false, not {_type_name(data[key])}")
    for key in _OBJECTS:
        if data.get(key) is not None and not isinstance(data[key], dict):
            problem((key,), f"{key} must be an object, not {_type_name(data[key])}")
    gated = data.get("gated")
    if not (gated is None or isinstance(gated, bool) or gated in _GATES):
        problem(("gated",), f'gated must be false, "auto" or "manual", not {gated!r:.40}')
    tags = data.get("tags")
    if tags is not None:
        if not isinstance(tags, list):
            problem(("tags",), f"tags must be a list of text, not {_type_name(tags)}")
        else:
            bad = next((i for i, t in enumerate(tags) if not isinstance(t, str)), None)
            if bad is not None:
                problem(("tags", bad), f"a tag must be text, not {_type_name(tags[bad])}")
    siblings = data.get("siblings")
    if siblings is not None:
        if not isinstance(siblings, list):
            problem(("siblings",), f"siblings must be a list of files, not {_type_name(siblings)}")
        else:
            for i, sibling in enumerate(siblings):
                if not isinstance(sibling, dict) or not isinstance(sibling.get("rfilename"), str):
                    problem(
                        ("siblings", i), 'a file of siblings must be an object with its "rfilename"'
                    )
                    break
    return problems


# --- reading ------------------------------------------------------------------------------------

_WEIGHTS = re.compile(
    r".*\.(safetensors|bin|gguf|pt|pth|ckpt|h5|msgpack|onnx)(\.index\.json)?", re.IGNORECASE
)
# a trainer's state beside a checkpoint: optimizer, scheduler and random state, not weights
_TRAINING_STATE = re.compile(
    r"(training_args|optimizer|scheduler|scaler|rng_state.*)\.(bin|pt|pth)", re.IGNORECASE
)
_RELATIONS = ("adapter", "finetune", "merge", "quantized")


def is_weights(filename: str) -> bool:
    """Whether a repository file holds model weights (or indexes their shards).

    >>> is_weights("model-00001-of-00002.safetensors"), is_weights("onnx/model.onnx")
    (True, True)
    >>> is_weights("training_args.bin"), is_weights("tokenizer.json")
    (False, False)
    """
    base = filename.rsplit("/", 1)[-1]
    return _WEIGHTS.fullmatch(base) is not None and _TRAINING_STATE.fullmatch(base) is None


def _shown(items: list[str]) -> str:
    head = ", ".join(items[:_SHOWN])
    return head + (f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else "")


def _key(data: dict[str, Any], *keys: str) -> str:
    """The spelling of a key the record uses (camelCase from the API, snake_case from
    ``dataclasses.asdict``)."""
    return next((k for k in keys if data.get(k) is not None), keys[0])


def _read(tree: Tree, card: str | None, endpoint: str) -> Imported:
    problems = _problems(tree)
    if problems:
        raise ManifestError(problems)
    data = tree.data
    model_id = next(
        v.strip() for k in ("id", "modelId") if isinstance(v := data.get(k), str) and v.strip()
    )
    hub = Collector("hub")
    out = Collector("hf")
    gated = data.get("gated")
    card_key = _key(data, "cardData", "card_data")
    if card is not None:
        card_name = f"{tree.name}/README.md"
        card_tree, body, body_line = parse_card(card, card_name, out)
    else:
        card_name = tree.name
        card_data = data.get(card_key)
        card_tree = (
            Tree(tree.name, dict(card_data), _Under(tree.where_map, (card_key,)), tree.line_offset)
            if card_data
            else None
        )
        body, body_line = "", 1
        if card_tree is None:
            hub.add(
                "no-card-data",
                Severity.WARNING,
                "the record carries no card metadata (cardData; list_models gives it with "
                "cardData=True): only the record's tags and files are read",
                where=tree.where(),
            )
    manifest = card_manifest(
        card_tree, body, body_line, card_name, out, known_name=model_id,
        gating_known=gated is not None,
    )  # fmt: skip
    system: dict[str, Any] = manifest["system"]
    components: dict[str, Any] = manifest["components"]
    repository = f"{endpoint.rstrip('/')}/{model_id}"
    system.setdefault("url", repository)
    meta = card_tree.data if card_tree is not None else {}
    tags: list[str] = data.get("tags") or []
    if meta.get("license") is None:
        _license_from_tags(tree, tags, out, hub, components)
    if meta.get("base_model") is None:
        _base_model_from_tags(tree, tags, hub, system)
    if gated is not None:
        manifest["access"] = _gate(tree, gated, hub)
    released = _released(tree, hub, components)
    sha = data.get("sha")
    pinned = f"{repository}/tree/{sha}" if sha else repository
    files = [s["rfilename"] for s in data.get("siblings") or []]
    if data.get("siblings") is not None:
        config = f"{repository}/blob/{sha}/config.json" if sha else repository
        _files(tree, files, released, (pinned, config), hub, components)
    return Imported(build_system(manifest, tree.name), (*out.findings, *hub.findings))


def _license_from_tags(
    tree: Tree, tags: list[str], out: Collector, hub: Collector, components: dict[str, Any]
) -> None:
    """The ``license:`` tags, when the card's metadata names no licence."""
    found = [
        (i, t.removeprefix("license:")) for i, t in enumerate(tags) if t.startswith("license:")
    ]
    if not found:
        return
    expressions = [
        e
        for i, value in found
        if (e := one_license(tree, value, ("tags", i), None, hub)) is not None
    ]
    where = tree.where("tags", found[0][0])
    expression = combine(
        expressions, hub, component="model-parameters",
        label=f"the record's tags name {len(found)} licences", where=where,
        interpretation=True, what="license-tags-and",
    )  # fmt: skip
    if expression is None:
        return
    hub.add(
        "license-from-tags",
        Severity.INFO,
        f"the card's metadata names no licence; the record's tags do "
        f"({_shown([v for _, v in found])}): read as {expression}",
        component="model-parameters",
        where=where,
    )
    repository_license(expression, where, out, components)


def _base_model_from_tags(
    tree: Tree, tags: list[str], hub: Collector, system: dict[str, Any]
) -> None:
    """``base_model:`` tags (``base_model:ID`` or ``base_model:RELATION:ID``), when the card
    names no base model."""
    bases: dict[str, int] = {}
    for i, tag in enumerate(tags):
        if not tag.startswith("base_model:"):
            continue
        rest = tag.removeprefix("base_model:")
        relation, _, model = rest.partition(":")
        base = model if model and relation in _RELATIONS else rest
        if base.strip():
            bases.setdefault(base.strip(), i)
    if not bases:
        return
    names = list(bases)
    system["base-model"] = names[0]
    others = f"; the others ({_shown(names[1:])}) are not carried" if names[1:] else ""
    hub.add(
        "base-model-from-tags",
        Severity.INFO,
        f"the card names no base model; the record's tags do: {names[0]} is kept as "
        f"system.base-model{others}",
        where=tree.where("tags", bases[names[0]]),
    )


def _gate(tree: Tree, gated: bool | str, hub: Collector) -> dict[str, Any]:
    """The Hub's gate as ``access``: a fact the record states."""
    where = tree.where("gated")
    if gated is False:
        hub.add(
            "not-gated",
            Severity.INFO,
            "the Hub does not gate downloads (gated: false): anyone can download them",
            where=where,
        )
        return {"gated": False, "registration": False}
    approval = _GATES.get(gated)
    if approval == "manual":
        message = (
            "downloads are gated behind the publisher's manual approval (gated: manual): "
            "each user must ask, and may be refused"
        )
    elif approval == "automatic":
        message = (
            "downloads are gated (gated: auto): access is granted once the conditions are "
            "accepted and contact details shared; read the conditions — a gate is not a licence"
        )
    else:
        message = "downloads are gated (gated: true): the record does not say how access is granted"
    hub.add(
        f"gated-{approval or 'unknown'}",
        Severity.WARNING,
        message,
        component="model-parameters",
        where=where,
    )
    access: dict[str, Any] = {"gated": True, "registration": True}
    if approval is not None:
        access["approval"] = approval
    return access


def _released(tree: Tree, hub: Collector, components: dict[str, Any]) -> bool:
    """Whether what the repository holds is released: not when it is private or disabled."""
    withheld = [key for key in ("private", "disabled") if tree.data.get(key) is True]
    if not withheld:
        return True
    why = {
        "private": "the repository is private: only its owner (and those it invites) can see it",
        "disabled": "the repository is disabled by the Hub: nobody can download it",
    }
    for key in withheld:
        hub.add(key, Severity.WARNING, f"{why[key]}; the model is not released",
                component="model-parameters", where=tree.where(key))  # fmt: skip
    entry = dict(components.get("model-parameters") or {})
    entry.update(status="not-released", notes=f"the Hub repository is {' and '.join(withheld)}")
    components["model-parameters"] = entry
    return False


def _files(
    tree: Tree,
    files: list[str],
    released: bool,
    locations: tuple[str, str],
    hub: Collector,
    components: dict[str, Any],
) -> None:
    """The repository's files as evidence: weights are the parameters, ``config.json`` the
    model's metadata."""
    where = tree.where("siblings")
    pinned, config_location = locations
    weights = [f for f in files if is_weights(f)]
    if not released:
        if weights:
            hub.add(
                "weights-withheld",
                Severity.INFO,
                f"the repository holds weights files ({_shown(weights)}), but it is not "
                "released: they are no evidence of released parameters",
                component="model-parameters",
                where=where,
            )
        return
    if weights:
        entry = dict(components.get("model-parameters") or {})
        entry["location"] = pinned
        components["model-parameters"] = entry
        hub.add(
            "weights",
            Severity.INFO,
            f"the repository holds weights files ({_shown(weights)}): model-parameters are "
            f"released at {pinned}",
            component="model-parameters",
            where=where,
        )
    elif files:
        hub.add(
            "no-weights",
            Severity.WARNING,
            f"the repository holds no weights file ({len(files)} files, none of them "
            "weights): model-parameters are not shown to be released here",
            component="model-parameters",
            where=where,
        )
    if "config.json" in files:
        config = tree.data.get("config") or {}
        described = [
            f"{key} {value!r}"
            for key in ("model_type", "architectures")
            if (value := config.get(key)) not in (None, "", [])
        ]
        detail = f" ({', '.join(described)})" if described else ""
        components["model-metadata"] = {"location": config_location}
        hub.add(
            "config",
            Severity.INFO,
            f"config.json{detail} gives the architecture's settings: it is read as "
            "model-metadata, released at the repository (its licence is not read into it); it is "
            "no evidence of the architecture's code, so model-architecture stays undeclared",
            component="model-metadata",
            where=where,
        )
