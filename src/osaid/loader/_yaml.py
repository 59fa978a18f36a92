"""YAML: plain data built from the event stream, without recursion and without tags.

PyYAML's composer recurses once per level and its constructor can build objects; this reader
does neither. It counts every node, the ones reached through aliases at their full expanded
size, before building anything larger, and stops at ``MAX_ENTRIES``.
"""

from __future__ import annotations

from typing import Any

from osaid.loader._limits import (
    FLOW_BRACKETS,
    MAX_DEPTH,
    MAX_ENTRIES,
    MAX_NODES,
    bracket_depth_at,
    deeper_than,
    more_entries_than,
)
from osaid.loader._located import At, FieldPath, Positions, Raw, Read, fatal, offset_at

_YAML = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(f"{_YAML}{t}" for t in ("str", "int", "float", "bool", "null"))
_YAML_HINTS = (
    ("mapping values are not allowed", ": a value that contains ': ' needs quotes"),
    ("did not find expected key", ": check the indentation of this line"),
    ("expected <block end>", ": check the indentation of this line"),
    ("did not find expected ',' or ']'", ": a [ is not closed, or a comma is missing"),
    ("did not find expected ',' or '}'", ": a { is not closed, or a comma is missing"),
    ("expected ',' or ']'", ": a [ is not closed, or a comma is missing"),
    ("expected ',' or '}'", ": a { is not closed, or a comma is missing"),
    ("did not find expected '-' indicator", ": check the indentation of this list"),
    ("found character that cannot start any token", ": tabs cannot indent YAML; use spaces"),
    ("found undefined alias", ": define the anchor (&name) before its alias (*name)"),
)


def _yaml_message(problem: str, context: str | None) -> str:
    text = f"invalid YAML: {problem}"
    if context and context not in problem:
        text += f" ({context})"
    for needle, hint in _YAML_HINTS:
        if needle in problem:
            return text + hint
    return text


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag


def read_yaml(text: str) -> Read:
    """Plain data from YAML text, with positions; ``FatalError`` for what stops reading."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = None
    try:
        loader = loader_class(text)
        return _YamlReader(loader).read()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _yaml_message(exc.problem or "", exc.context)
        if "nesting depth" in (exc.problem or ""):  # libyaml's own cap on [ and {
            line, col = bracket_depth_at(text, FLOW_BRACKETS) or (line, col)
            message = deeper_than()
        raise fatal((line, col), message) from None
    except yaml.reader.ReaderError as exc:
        line, col = offset_at(text, exc.position)
        character = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a byte"
        message = f"invalid YAML: the character {character} is not allowed; remove it"
        raise fatal((line, col), message) from None
    except yaml.YAMLError as exc:
        raise fatal((1, 1), f"invalid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()


class _Frame:
    """A mapping or list being built from YAML events."""

    __slots__ = ("anchor", "expect_key", "key", "nodes_before", "path", "value")

    def __init__(
        self,
        value: dict[str, Any] | list[Any],
        path: FieldPath,
        anchor: str | None,
        nodes_before: int,
    ) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.nodes_before = nodes_before
        self.expect_key = True
        self.key: str | None = None


class _YamlReader:
    """Builds plain data from the YAML event stream, without recursion.

    PyYAML's composer recurses once per level and its constructor can build objects; this
    reader does neither. It counts every node, the ones reached through aliases at their
    full expanded size, before building anything larger.
    """

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.positions = Positions()
        self.problems: list[Raw] = []
        self.tainted: list[FieldPath] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.through_aliases = 0
        self.stack: list[_Frame] = []
        self.root: Any = None

    def read(self) -> Read:
        import yaml

        get = self.loader.get_event
        get()  # stream start
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return Read(None, lambda: self.positions, empty=True)
        while True:
            event = get()
            if isinstance(event, yaml.DocumentEndEvent):
                break
            self._event(event)
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            line, col = _mark(event)
            message = "a manifest is one YAML document, but a second one starts here: remove it"
            raise fatal((line, col), message)
        positions = self.positions
        return Read(
            self.root, lambda: positions, self.problems, tuple(self.tainted), self.root is None
        )

    def _event(self, event: Any) -> None:
        import yaml

        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            frame = self.stack.pop()
            if frame.anchor is not None:
                self.anchors[frame.anchor] = (frame.value, self.nodes - frame.nodes_before)
            self._attach(frame.value)
            return
        top = self.stack[-1] if self.stack else None
        if top is not None and top.expect_key and isinstance(top.value, dict):
            if isinstance(event, yaml.ScalarEvent):
                self._key(top, event)
                return
            self._problem(event, top.path, "a key must be plain text, not a mapping or a list")
            top.key = None
        path = self._path(top)
        self.nodes += 1
        if self.nodes > MAX_ENTRIES:
            raise fatal(_mark(event), more_entries_than())
        self.positions.values.setdefault(path, _mark(event))
        if isinstance(event, yaml.AliasEvent):
            self._alias(event, path)
        elif isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event, path)
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, 1)
            self._attach(value)
        else:
            self._start(event, path)

    def _path(self, top: _Frame | None) -> FieldPath:
        if top is None:
            return ()
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        if top.expect_key or top.key is None:
            return top.path
        return (*top.path, top.key)

    def _start(self, event: Any, path: FieldPath) -> None:
        import yaml

        is_map = isinstance(event, yaml.MappingStartEvent)
        if len(self.stack) >= MAX_DEPTH:
            line, col = _mark(event)
            raise fatal((line, col), deeper_than())
        expected = f"{_YAML}map" if is_map else f"{_YAML}seq"
        if event.tag not in (None, "!", expected):
            self._refuse_tag(event, path)
        value: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(value, path, event.anchor, self.nodes - 1))

    def _alias(self, event: Any, path: FieldPath) -> None:
        found = self.anchors.get(event.anchor)
        if found is None:
            line, col = _mark(event)
            message = (
                f"the alias *{event.anchor} names no anchor defined before it: define "
                f"&{event.anchor} first (an alias cannot point into its own anchor)"
            )
            raise fatal((line, col), message, path)
        value, size = found
        self.nodes += size - 1
        self.through_aliases += size
        if self.through_aliases > MAX_NODES:
            line, col = _mark(event)
            message = (
                f"aliases here expand to more than {MAX_NODES} nodes (a YAML alias bomb?): "
                "refused; write the data out instead of repeating it through aliases"
            )
            raise fatal((line, col), message, path)
        self._attach(value)

    def _scalar(self, event: Any, path: FieldPath) -> Any:
        import yaml

        explicit = event.tag not in (None, "!")
        tag = event.tag
        if not explicit:
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in _PLAIN_TAGS:
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
            try:
                return self.loader.yaml_constructors[tag](self.loader, node)
            except (yaml.YAMLError, ValueError, OverflowError):
                return event.value
        if explicit:
            self._refuse_tag(event, path)
        # implicitly typed scalars osaid has no use for (dates, ``=``) stay text
        return event.value

    def _key(self, top: _Frame, event: Any) -> None:
        top.expect_key = False
        top.key = None
        at = _mark(event)
        if event.tag not in (None, "!", f"{_YAML}str"):
            self._refuse_tag(event, top.path)
            return
        if event.tag is None and event.value == "<<" and event.implicit[0]:
            self._problem(event, top.path, "merge keys (<<) are not supported: write the keys out")
            return
        key: str = event.value
        assert isinstance(top.value, dict)
        key_path = (*top.path, key)
        if key in top.value:
            first = self.positions.keys[key_path][0]
            self._problem(
                event,
                key_path,
                f"duplicate key {key!r} (first at line {first}): YAML keeps only one; "
                "remove or rename one of them",
            )
            return
        self.nodes += 1
        self.positions.keys[key_path] = at
        top.key = key

    def _attach(self, value: Any) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        elif top.expect_key:
            top.expect_key, top.key = False, None  # a key that was not text: dropped
        else:
            if top.key is not None:
                top.value[top.key] = value
            top.expect_key = True

    def _refuse_tag(self, event: Any, path: FieldPath) -> None:
        self._problem(
            event,
            path,
            f"the YAML tag {_show_tag(event.tag)} is not allowed: osaid reads plain data "
            "only; remove the tag",
        )
        self.tainted.append(path)

    def _problem(self, event: Any, path: FieldPath, message: str) -> None:
        self.problems.append((*_mark(event), path, message))


def _mark(event: Any) -> At:
    return event.start_mark.line + 1, event.start_mark.column + 1
