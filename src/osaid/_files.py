"""Which files ``osaid check`` reads: manifests by name, the way linters find their files.

A directory yields the files named as manifests (``osaid.yaml`` and its other spellings,
``*.osaid.*``), plus what ``--include`` names, minus what ``--exclude`` names and what git
ignores inside a git work tree. A path given explicitly is always read. Symbolic links are
followed, but no directory is walked twice and no file is yielded twice.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator, Sequence
from typing import IO, NamedTuple

__all__ = [
    "DEFAULT_NAMES",
    "FORMAT_PATTERNS",
    "HUB_PREFIX",
    "MANIFEST_PATTERNS",
    "Finder",
    "GitIgnore",
    "IgnoreFile",
    "is_hub_ref",
]

DEFAULT_NAMES = ("osaid.yaml", "osaid.yml", "osaid.json", "osaid.toml")
"""What ``osaid check`` reads when given no path: each of these that exists, in this order."""
MANIFEST_PATTERNS = (*DEFAULT_NAMES, "*.osaid.*")
"""The names a directory is searched for: a manifest's names (``--include`` adds more)."""
HUB_PREFIX = "hf:"
"""What marks an input as a model on the Hub rather than a path (``osaid.hub.PREFIX``)."""


def is_hub_ref(text: str) -> bool:
    """Whether an input names a model on the Hub (``hf:...``) rather than a file.

    It lives here, with the other rules for what an input names, so that a check of files
    decides it without importing :mod:`osaid.hub` (the Hub's client, its patterns and its
    network modules).

    >>> is_hub_ref("hf:EleutherAI/pythia-1b"), is_hub_ref("osaid.yaml")
    (True, False)
    """
    return text.startswith(HUB_PREFIX)


FORMAT_PATTERNS: dict[str, tuple[str, ...]] = {
    "mot": ("*.yml", "*.yaml"),
    "hf": ("README.md",),
    "spdx": ("*.spdx3.json", "*.spdx.json"),
    "cyclonedx": ("*.cdx.json", "bom.json", "*.bom.json"),
}
"""The names a directory is searched for besides a manifest's when ``--from`` names a format:
the names its documents usually have (a MOT catalogue's ``models/*.yml``, a Hub card's
``README.md``, an SBOM's conventional suffixes)."""


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a path (relative to the directory walked, with ``/``) or its name matches."""
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(relative, p) for p in patterns)


# --- .gitignore ---------------------------------------------------------------------------------


class GitIgnore:
    """Asks git which paths it ignores, through one ``git check-ignore --stdin`` process.

    git answers every question exactly as ``git status`` would (nested ``.gitignore`` files,
    ``.git/info/exclude``, the global excludes file), so osaid need not re-implement it.
    """

    def __init__(self, root: str) -> None:
        import subprocess  # only a directory walk inside a git work tree needs it

        self.process = subprocess.Popen(
            [_git() or "git", "check-ignore", "--stdin", "-z", "-v", "-n"],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.root = root

    def ignored(self, path: str) -> bool:
        """Whether git ignores ``path`` (a path under the work tree)."""
        relative = os.path.relpath(path, self.root)
        if relative.startswith(".."):
            return False  # reached through a link, outside the work tree: git has no say
        process = self.process
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write(relative.encode("utf-8", "surrogateescape"))
            process.stdin.write(b"\0")
            process.stdin.flush()
            source, _line, pattern, _path = _fields(process.stdout, 4)
        except (OSError, EOFError):
            return False  # git went away: read the file rather than skip it silently
        return bool(source) and not pattern.startswith(b"!")

    def close(self) -> None:
        """End the git process."""
        if self.process.stdin:
            self.process.stdin.close()
        if self.process.stdout:
            self.process.stdout.close()
        self.process.wait()


def _fields(stream: IO[bytes], count: int) -> list[bytes]:
    fields: list[bytes] = []
    current = bytearray()
    while len(fields) < count:
        byte = stream.read(1)
        if not byte:
            raise EOFError
        if byte == b"\0":
            fields.append(bytes(current))
            current.clear()
        else:
            current += byte
    return fields


def _git() -> str | None:
    import shutil  # (and the compression modules it imports) only for a directory walk

    return shutil.which("git")


def work_tree(folder: str) -> str | None:
    """The root of the git work tree holding ``folder`` (by its ``.git``), or ``None``."""
    here = os.path.abspath(folder)
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


_CLASS = r"\[[^\]/]*\]"  # compiled by ``re`` when a .gitignore is first read


def _regex(pattern: str) -> str:
    """A gitignore glob as a regular expression over a path relative to its file's folder."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("/.*")
            i += 3
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif (m := re.compile(_CLASS).match(pattern, i)) is not None:
            out.append("[" + m.group()[1:-1].replace("!", "^", 1) + "]")
            i = m.end()
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "".join(out)


class _Rule(NamedTuple):
    regex: re.Pattern[str]
    negated: bool
    directories_only: bool


class IgnoreFile:
    """The rules of the ``.gitignore`` files met on the way down, when git is not installed.

    It knows what most ``.gitignore`` files use: comments, ``!`` negation, a trailing ``/``
    for directories, a ``/`` that anchors a pattern to its file's folder, ``*``, ``?``,
    ``[…]`` and ``**``; the last matching rule wins.
    """

    def __init__(self, root: str) -> None:
        self.root = root
        self.rules: dict[str, list[_Rule]] = {}
        """The rules of each folder's ``.gitignore``, read when the walk first enters it."""

    def _rules_of(self, folder: str) -> list[_Rule]:
        if folder not in self.rules:
            self.rules[folder] = _read_rules(os.path.join(folder, ".gitignore"))
        return self.rules[folder]

    def ignored(self, path: str, is_dir: bool = False) -> bool:
        """Whether the ``.gitignore`` files between the root and ``path`` ignore it."""
        folders = [self.root]
        relative = os.path.relpath(os.path.dirname(path), self.root)
        if relative != ".":
            for part in relative.split(os.sep):
                folders.append(os.path.join(folders[-1], part))
        verdict = False
        for folder in folders:
            below = os.path.relpath(path, folder).replace(os.sep, "/")
            for rule in self._rules_of(folder):
                if rule.directories_only and not is_dir:
                    continue
                if rule.regex.fullmatch(below):
                    verdict = not rule.negated
        return verdict


def _read_rules(path: str) -> list[_Rule]:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            lines = file.read(1024 * 1024).splitlines()
    except OSError:
        return []
    rules = []
    for raw in lines:
        line = raw.rstrip(" ")
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        line = line[1:] if negated else line.removeprefix("\\")
        directories_only = line.endswith("/")
        line = line.rstrip("/")
        anchored = "/" in line
        body = _regex(line.lstrip("/"))
        regex = body if anchored else f"(?:.*/)?{body}"
        rules.append(_Rule(re.compile(regex), negated, directories_only))
    return rules


# --- the walk -----------------------------------------------------------------------------------


class Finder:
    """Finds the files to read under the paths given, lazily, directory by directory."""

    def __init__(self, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> None:
        self.include = include
        self.exclude = exclude
        self.skipped: list[tuple[str, str]] = []
        """(path, why) of what was passed over, for ``--verbose``."""
        self._seen: set[tuple[int, int]] = set()

    def expand(self, paths: Sequence[str]) -> Iterator[str]:
        """The paths, each directory replaced by the files in it to read; a path given
        explicitly is always yielded, and an empty directory as itself (for its error)."""
        for path in paths:
            if path == "-" or not os.path.isdir(path):
                yield path
                continue
            found = False
            for file in self._walk_root(path):
                found = True
                yield file
            if not found:
                yield path

    def _walk_root(self, root: str) -> Iterator[str]:
        tree = work_tree(root)
        ignore: GitIgnore | IgnoreFile | None = None
        if tree is not None:
            ignore = GitIgnore(tree) if _git() else IgnoreFile(tree)
        try:
            yield from self._walk(root, root, ignore)
        finally:
            if isinstance(ignore, GitIgnore):
                ignore.close()

    def _walk(self, folder: str, root: str, ignore: GitIgnore | IgnoreFile | None) -> Iterator[str]:
        identity = _identity(folder)
        if identity is None or identity in self._seen:
            return
        self._seen.add(identity)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # .git, .venv, caches: hidden, as linters leave them
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:  # a link loop on itself, or a name too long to resolve
                continue
            relative = os.path.relpath(entry.path, root).replace(os.sep, "/")
            if _matches(relative, self.exclude):
                self.skipped.append((entry.path, "excluded"))
                continue
            if is_dir:
                if not self._ignored(ignore, entry.path, True):
                    yield from self._walk(entry.path, root, ignore)
            elif is_file and _matches(relative, (*MANIFEST_PATTERNS, *self.include)):
                if self._ignored(ignore, entry.path, False):
                    continue
                file_identity = _identity(entry)
                if file_identity is None or file_identity in self._seen:
                    continue
                self._seen.add(file_identity)
                yield entry.path

    def _ignored(self, ignore: GitIgnore | IgnoreFile | None, path: str, is_dir: bool) -> bool:
        if ignore is None:
            return False
        if isinstance(ignore, GitIgnore):
            ignored = ignore.ignored(path + ("/" if is_dir else ""))
        else:
            ignored = ignore.ignored(path, is_dir)
        if ignored:
            self.skipped.append((path, "ignored by git"))
        return ignored


def _identity(entry: os.DirEntry[str] | str) -> tuple[int, int] | None:
    try:
        st = entry.stat() if isinstance(entry, os.DirEntry) else os.stat(entry)
    except OSError:
        return None  # a dangling link, or one that loops on itself
    return st.st_dev, st.st_ino
