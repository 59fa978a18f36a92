"""``osaid completion bash|zsh|fish``: scripts generated from the command's own parser."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from osaid._completion import SHELLS, completion_script, walk
from osaid.cli import _parser, main


def script(capsys: pytest.CaptureFixture[str], shell: str) -> str:
    assert main(["completion", shell]) == 0
    out: str = capsys.readouterr().out
    return out


def _every_option_string(parser: argparse.ArgumentParser) -> set[str]:
    strings = {s for a in parser._actions for s in a.option_strings}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                strings |= _every_option_string(sub)
    return strings


@pytest.mark.parametrize("shell", SHELLS)
def test_every_option_and_command_of_the_parser_completes(
    shell: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = script(capsys, shell)
    _, commands = walk(_parser())
    assert {c.name for c in commands} >= {"check", "explain", "completion", "convert"}
    for command in commands:
        assert command.name in text
    for string in _every_option_string(_parser()):
        # fish names options without their dashes: -l format, -s o
        shown = f"-l {string[2:]}" if shell == "fish" and string.startswith("--") else string
        shown = f"-s {string[1]}" if shell == "fish" and len(string) == 2 else shown
        assert shown in text, string
    assert "text json markdown html sarif compact summary" in text


def test_a_new_option_completes_without_touching_the_scripts() -> None:
    parser = argparse.ArgumentParser(prog="tool")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run it")
    run.add_argument("--speed", choices=("fast", "slow"), help="how fast")
    run.add_argument("--log", metavar="FILE", help="where to log")
    run.add_argument("--retries", type=int, metavar="N")
    run.add_argument("target", metavar="PATH", nargs="*")
    for shell in SHELLS:
        text = completion_script(parser, shell)
        assert "fast slow" in text
        assert "tool" in text
    bash = completion_script(parser, "bash")
    assert '--speed) COMPREPLY=($(compgen -W "fast slow" -- "$cur")); return ;;' in bash
    assert '--log) COMPREPLY=($(compgen -f -- "$cur")); return ;;' in bash
    assert "--retries) COMPREPLY=(); return ;;" in bash  # a number: no file names offered


def test_an_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "powershell"]) == 2
    assert "invalid choice: 'powershell'" in capsys.readouterr().err
    with pytest.raises(ValueError, match="no completion for 'tcsh'"):
        completion_script(_parser(), "tcsh")


def test_the_script_goes_to_the_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "osaid.fish"
    assert main(["completion", "fish", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text("utf-8") == completion_script(_parser(), "fish")


# --- the scripts, run by their shells -------------------------------------------------------


def _bash_complete(text: str, line: str, tmp_path: Path) -> list[str]:
    """What bash offers for ``line`` (the cursor at its end) with the script loaded."""
    path = tmp_path / "osaid.bash"
    path.write_text(text, "utf-8")
    words = line.split(" ")
    program = (
        f"source {path}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n"
        "_osaid_complete\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    work = tmp_path / "work"  # where file names are completed: the script is not there
    work.mkdir(exist_ok=True)
    (work / "osaid.yaml").write_text("manifest-version: 1\n", "utf-8")
    result = subprocess.run(
        ["bash", "-c", program], capture_output=True, text=True, check=True, cwd=work
    )
    assert result.stderr == ""
    return [w for w in result.stdout.splitlines() if w]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("osaid ch", ["check"]),
        ("osaid c", ["check", "convert", "completion"]),
        ("osaid check --fo", ["--format"]),
        (
            "osaid check --format ",
            ["text", "json", "markdown", "html", "sarif", "compact", "summary"],
        ),
        ("osaid check --format s", ["sarif", "summary"]),
        ("osaid check --color a", ["auto", "always"]),
        ("osaid check -j ", []),
        ("osaid check -o osaid.y", ["osaid.yaml"]),
        ("osaid check osaid.", ["osaid.yaml"]),
        ("osaid explain --as p", ["parameters"]),
        ("osaid explain MIT --as ", ["code", "parameters", "data-information"]),
        ("osaid completion ", ["bash", "zsh", "fish"]),
        ("osaid -", ["-h", "--help", "-V", "--version"]),
        ("osaid convert --to s", ["spdx"]),
    ],
)
def test_bash_completes(
    line: str, offered: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sorted(_bash_complete(script(capsys, "bash"), line, tmp_path)) == sorted(offered)


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_reads_the_script(capsys: pytest.CaptureFixture[str]) -> None:
    text = script(capsys, "bash")
    result = subprocess.run(
        ["bash", "-c", text + "\ncomplete -p osaid"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "-F _osaid_complete osaid" in result.stdout


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_reads_the_script(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "_osaid"
    path.write_text(script(capsys, "zsh"), "utf-8")
    result = subprocess.run(["zsh", "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    # loaded the way a user does, it registers itself with the completion system
    program = (
        f"autoload -Uz compinit && compinit -u -D && source {path} && print -r -- $_comps[osaid]"
    )
    loaded = subprocess.run(
        ["zsh", "-f", "-c", program], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "_osaid_complete"


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("osaid ch", ["check"]),
        ("osaid check --format s", ["sarif", "summary"]),
        ("osaid check --fo", ["--format"]),
        ("osaid completion ", ["bash", "fish", "zsh"]),
        ("osaid licenses --element c", ["code"]),
    ],
)
def test_fish_completes(
    line: str, offered: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "osaid.fish"
    path.write_text(script(capsys, "fish"), "utf-8")
    result = subprocess.run(
        ["fish", "--no-config", "-c", f"source {path}; complete -C '{line}'"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    words = sorted(row.split("\t")[0] for row in result.stdout.splitlines())
    assert words == sorted(offered)
