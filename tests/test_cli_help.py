"""``--help`` of the program and of every subcommand says what each exit code means."""

from __future__ import annotations

import argparse
import re

import pytest

from osaid.cli import EXIT_OUTPUT, EXIT_PIPE, _parser, main


def _commands() -> list[str]:
    for action in _parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


@pytest.mark.parametrize("argv", [[], *([c] for c in _commands())], ids=" ".join)
def test_help_lists_the_exit_codes(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the epilog
    codes = text.split("exit codes:", 1)[1].strip()
    found = [int(n) for n in re.findall(r"(?:^|; )(\d+) ", codes)]
    assert found[0] == 0
    assert {2, EXIT_OUTPUT, EXIT_PIPE} <= set(found)


def test_every_subcommand_is_covered() -> None:
    assert set(_commands()) >= {"check", "explain", "schema", "init", "licenses", "convert",
                                "completion"}  # fmt: skip
