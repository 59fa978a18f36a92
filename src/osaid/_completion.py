"""Shell completion scripts for bash, zsh and fish, generated from an ``argparse`` parser.

The scripts are written from the parser the command line itself parses with, so a new option
or subcommand completes as soon as it exists: nothing is kept by hand. Each option completes
its ``choices`` where it has them, a file name where it takes a value without choices, and
nothing where it is a flag; a subcommand's positional arguments complete file names.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["SHELLS", "Command", "Option", "completion_script", "walk"]

SHELLS = ("bash", "zsh", "fish")


@dataclass(frozen=True)
class Option:
    """One option of a command, as a shell completes it."""

    strings: tuple[str, ...]
    """``("-o", "--output")``."""
    help: str
    takes_value: bool
    choices: tuple[str, ...] = ()
    files: bool = False
    """Whether its value is a file name (told by its metavar: ``FILE``, ``PATH``, ``GLOB``)."""


@dataclass(frozen=True)
class Command:
    """A subcommand (or the program itself, named ``""``): its options and positionals."""

    name: str
    help: str
    options: tuple[Option, ...]
    positional_choices: tuple[str, ...] = ()
    """The choices of its first positional argument, when it has choices (else: files)."""
    takes_paths: bool = False
    """Whether its positional arguments are files."""


_HELP_WIDTH = 72


def _help(action: argparse.Action) -> str:
    """The first clause of an argument's help, short enough for a completion menu."""
    text = action.help if isinstance(action.help, str) and action.help != argparse.SUPPRESS else ""
    text = re.sub(r"\s+", " ", text.split("; ")[0]).strip()
    if len(text) > _HELP_WIDTH:
        text = text[: _HELP_WIDTH - 1].rsplit(" ", 1)[0].rstrip(",:(") + "…"
    return text


_FILE_WORDS = re.compile(r"\b(FILE|PATH|GLOB|DIR)\b")


def _names_files(action: argparse.Action) -> bool:
    """Whether an argument's value is a file name, by the metavar its help shows."""
    metavar = action.metavar if isinstance(action.metavar, str) else action.dest.upper()
    return bool(_FILE_WORDS.search(metavar))


def _options(parser: argparse.ArgumentParser) -> tuple[Option, ...]:
    out = []
    for action in parser._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        choices = tuple(str(c) for c in action.choices) if action.choices else ()
        takes_value = action.nargs != 0
        files = takes_value and not choices and _names_files(action)
        out.append(Option(tuple(action.option_strings), _help(action), takes_value, choices, files))
    return tuple(out)


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:  # type: ignore[type-arg]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def walk(parser: argparse.ArgumentParser) -> tuple[Command, tuple[Command, ...]]:
    """The program's own options, and each subcommand's, read from ``parser``."""
    root = Command("", parser.description or "", _options(parser))
    sub = _subparsers(parser)
    if sub is None:
        return root, ()
    helps = {a.dest: _help(a) for a in sub._choices_actions}
    commands = []
    for name, subparser in sub.choices.items():
        positionals = [a for a in subparser._actions if not a.option_strings]
        first = positionals[0] if positionals else None
        choices = tuple(str(c) for c in first.choices) if first and first.choices else ()
        commands.append(
            Command(
                name,
                helps.get(name, ""),
                _options(subparser),
                choices,
                takes_paths=first is not None and not choices and _names_files(first),
            )
        )
    return root, tuple(commands)


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish) of the program ``parser``.

    Raises:
        ValueError: for a shell that is not one of ``SHELLS``.

    >>> parser = argparse.ArgumentParser(prog="tool")
    >>> sub = parser.add_subparsers(dest="command")
    >>> run = sub.add_parser("run", help="run it")
    >>> _ = run.add_argument("--mode", choices=("fast", "slow"))
    >>> "--mode" in completion_script(parser, "fish")
    False
    >>> "-l mode" in completion_script(parser, "fish")
    True
    """
    if shell not in SHELLS:
        msg = f"no completion for {shell!r}: choose one of {', '.join(SHELLS)}"
        raise ValueError(msg)
    root, commands = walk(parser)
    writer = {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell]
    return "\n".join(writer(parser.prog, root, commands)) + "\n"


# --- bash -------------------------------------------------------------------------------------


def _function(prog: str) -> str:
    return "_" + re.sub(r"\W", "_", prog) + "_complete"


def _words(words: tuple[str, ...] | list[str]) -> str:
    return " ".join(words)


def _bash(prog: str, root: Command, commands: tuple[Command, ...]) -> Iterator[str]:
    function = _function(prog)
    yield f"# bash completion for {prog}, generated by `{prog} completion bash`."
    yield f'# Load it with: eval "$({prog} completion bash)"'
    yield f"{function}() {{"
    yield '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"'
    yield '    local command="" word i'
    yield "    for ((i = 1; i < COMP_CWORD; i++)); do"
    yield '        word="${COMP_WORDS[i]}"'
    yield '        case "$word" in -*) ;; *) command="$word"; break ;; esac'
    yield "    done"
    yield '    case "$command" in'
    for command in (root, *commands):
        yield f'        "{command.name}")'
        yield '            case "$prev" in'
        for option in command.options:
            if not option.takes_value:
                continue
            pattern = "|".join(option.strings)
            if option.choices:
                action = f'COMPREPLY=($(compgen -W "{_words(option.choices)}" -- "$cur"))'
            elif option.files:
                action = 'COMPREPLY=($(compgen -f -- "$cur"))'
            else:
                action = "COMPREPLY=()"  # a value to type (a number, a name)
            yield f"                {pattern}) {action}; return ;;"
        yield "            esac"
        flags = [s for option in command.options for s in option.strings]
        yield '            if [[ "$cur" == -* ]]; then'
        yield f'                COMPREPLY=($(compgen -W "{_words(flags)}" -- "$cur"))'
        if command is root:
            yield "            else"
            names = [c.name for c in commands]
            yield f'                COMPREPLY=($(compgen -W "{_words(names)}" -- "$cur"))'
        elif command.positional_choices:
            yield "            else"
            choices = _words(command.positional_choices)
            yield f'                COMPREPLY=($(compgen -W "{choices}" -- "$cur"))'
        elif command.takes_paths:
            yield "            else"
            yield '                COMPREPLY=($(compgen -f -- "$cur"))'
        yield "            fi"
        yield "            ;;"
    yield "    esac"
    yield "}"
    yield f"complete -o filenames -o bashdefault -F {function} {prog}"


# --- zsh --------------------------------------------------------------------------------------


def _zsh_text(text: str) -> str:
    """``text`` inside a single-quoted zsh word, and inside ``_arguments``' brackets."""
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")
    return text.replace("'", "'\\''")


def _zsh_option(option: Option) -> str:
    exclusive = f"({' '.join(option.strings)})" if len(option.strings) > 1 else ""
    names = "{" + ",".join(option.strings) + "}" if len(option.strings) > 1 else option.strings[0]
    spec = f"[{_zsh_text(option.help)}]"
    if option.takes_value:
        value = f"({' '.join(option.choices)})" if option.choices else ""
        value = "_files" if option.files else value
        spec += f":{_zsh_text(option.strings[-1].lstrip('-'))}:{value}"
    if len(option.strings) > 1:
        return f"'{exclusive}'{names}'{spec}'"
    return f"'{names}{spec}'"


def _zsh(prog: str, root: Command, commands: tuple[Command, ...]) -> Iterator[str]:
    function = _function(prog)
    yield f"#compdef {prog}"
    yield f"# zsh completion for {prog}, generated by `{prog} completion zsh`."
    yield f'# Load it with: eval "$({prog} completion zsh)", or save it as _{prog} on $fpath.'
    yield f"{function}() {{"
    yield "    local curcontext=$curcontext state line"
    yield "    typeset -A opt_args"
    yield "    _arguments -C \\"
    for option in root.options:
        yield f"        {_zsh_option(option)} \\"
    yield "        '1: :->command' \\"
    yield "        '*:: :->argument'"
    yield '    case "$state" in'
    yield "        command)"
    yield "            local -a commands"
    yield "            commands=("
    for command in commands:
        yield f"                '{_zsh_text(command.name)}:{_zsh_text(command.help)}'"
    yield "            )"
    yield f"            _describe -t commands '{prog} command' commands"
    yield "            ;;"
    yield "        argument)"
    yield '            case "${line[1]}" in'
    for command in commands:
        yield f"                {command.name})"
        yield "                    _arguments \\"
        for option in command.options:
            yield f"                        {_zsh_option(option)} \\"
        if command.positional_choices:
            yield f"                        '*: :({' '.join(command.positional_choices)})'"
        elif command.takes_paths:
            yield "                        '*: :_files'"
        else:
            yield "                        '*: :'"
        yield "                    ;;"
    yield "            esac"
    yield "            ;;"
    yield "    esac"
    yield "}"
    yield f'if [[ "$funcstack[1]" == "_{prog}" ]]; then'
    yield f'    {function} "$@"'
    yield "else"
    yield f"    compdef {function} {prog}"
    yield "fi"


# --- fish -------------------------------------------------------------------------------------


def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish_option(prog: str, condition: str, option: Option) -> str:
    parts = [f"complete -c {prog} -n {_fish_text(condition)}"]
    for string in option.strings:
        if string.startswith("--"):
            parts.append(f"-l {string[2:]}")
        elif len(string) == 2:
            parts.append(f"-s {string[1]}")
        else:
            parts.append(f"-o {string[1:]}")
    if option.choices:
        parts.append(f"-x -a {_fish_text(' '.join(option.choices))}")
    elif option.files:
        parts.append("-r -F")
    elif option.takes_value:
        parts.append("-x")
    if option.help:
        parts.append(f"-d {_fish_text(option.help)}")
    return " ".join(parts)


def _fish(prog: str, root: Command, commands: tuple[Command, ...]) -> Iterator[str]:
    yield f"# fish completion for {prog}, generated by `{prog} completion fish`."
    yield f"# Load it with: {prog} completion fish | source"
    yield f"complete -c {prog} -f"
    for option in root.options:
        yield _fish_option(prog, "__fish_use_subcommand", option)
    for command in commands:
        described = f" -d {_fish_text(command.help)}" if command.help else ""
        yield f"complete -c {prog} -n '__fish_use_subcommand' -a {command.name}{described}"
    for command in commands:
        condition = f"__fish_seen_subcommand_from {command.name}"
        for option in command.options:
            yield _fish_option(prog, condition, option)
        if command.positional_choices:
            choices = _fish_text(" ".join(command.positional_choices))
            yield f"complete -c {prog} -n {_fish_text(condition)} -x -a {choices}"
        elif command.takes_paths:
            yield f"complete -c {prog} -n {_fish_text(condition)} -F"
