"""Every example in README.md runs: Python blocks execute, console blocks print what they show."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from osaid.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


@pytest.mark.parametrize("code", blocks("python"))
def test_python_blocks_run(code: str) -> None:
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own example


def _sessions() -> list[tuple[str, str]]:
    out = []
    for block in blocks("console"):
        command, _, expected = block.partition("\n")
        out.append((command.removeprefix("$ "), expected))
    return out


@pytest.mark.parametrize(("command", "expected"), _sessions())
def test_console_blocks_show_real_output(
    command: str, expected: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    argv = shlex.split(command)
    assert argv[0] == "osaid"
    code = main(argv[1:])
    captured = capsys.readouterr()
    assert captured.out + captured.err == expected
    assert code in (0, 1, 2)


def test_the_first_command_checks_an_example_that_ships() -> None:
    first = blocks("sh")[0].splitlines()[0]
    path = first.rsplit(" ", 1)[-1]
    assert (ROOT / path).is_file()
    assert "pip install" in first
    assert "python -m pytest" in blocks("sh")[0].splitlines()[1]
