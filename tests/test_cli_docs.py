"""docs/cli.md's sample sessions: each command printed with its output is run and compared."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from natodata._cli import EXIT_OK, main

PAGE = Path(__file__).parent.parent / "docs" / "cli.md"


def sessions():
    """(command, expected lines) for each command the page shows with its output."""
    if not PAGE.exists():
        return []
    found = []
    for block in re.findall(r"```console\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL):
        command, output = None, []
        for line in [*block.splitlines(), "$"]:
            if line.startswith("$"):
                # Errors go to standard error; the other tests pin those.
                if command and output and not output[0].startswith("natodata: error"):
                    found.append((command, output))
                command, output = line[1:].strip(), []
            else:
                output.append(line)
    return found


@pytest.mark.parametrize(("command", "expected"), sessions())
def test_sample_output(capsys, command, expected):
    """The page's sample output is what the command prints (lines compared without end spaces)."""
    argv, _, head = command.partition(" | head -n ")
    program, *arguments = shlex.split(argv)
    assert program == "natodata"
    assert main(arguments) == EXIT_OK
    lines = [line.rstrip() for line in capsys.readouterr().out.splitlines()]
    shown = lines[: int(head)] if head else lines
    assert shown == expected


def test_the_page_has_samples():
    """The page shows output for several commands, not only the commands."""
    if not PAGE.exists():
        pytest.skip("no docs/cli.md beside the tests")
    assert len(sessions()) >= 4
