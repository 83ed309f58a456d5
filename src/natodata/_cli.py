"""The command line: a summary of the packaged dataset, and its members on a date."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from typing import NoReturn

from ._api import load
from ._dates import Precision, format_date
from ._version import DATA_DATE, DATA_VERSION, __version__
from .exceptions import NatodataError

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _parser() -> _Parser:
    parser = _Parser(
        prog="natodata",
        description="A summary of natodata's packaged dataset: NATO's members, operations, "
        "contributions and sources.",
        epilog="Exit status: 0 on success, 1 if the data cannot answer, 2 for bad arguments.",
    )
    parser.add_argument(
        "--on", type=_day, metavar="DATE", help="list the members on this day (default: today)"
    )
    parser.add_argument("--version", action="version", version=f"natodata {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = _parser().parse_args(argv)
    try:
        print(summary(args.on))  # noqa: T201 - the command's output
    except NatodataError as error:
        print(f"natodata: error: {error}", file=sys.stderr)  # noqa: T201
        return EXIT_ERROR
    return EXIT_OK


def summary(on: datetime.date | None) -> str:
    """The text ``natodata`` prints."""
    nato = load()
    today = datetime.date.today()  # noqa: DTZ011 - calendar days
    day = today if on is None else on
    members = nato.members(on=day)
    operations = nato.operations()
    running = nato.operations(active_on=today)
    version = f"data version {DATA_VERSION} ({format_date(DATA_DATE, Precision.DAY)})"
    founded = format_date(nato.founded, Precision.DAY)
    lines = [
        f"natodata {__version__}, {version}",
        f"{nato.name} ({nato.abbreviation}), founded {founded}, headquarters {nato.headquarters}",
        "",
        f"Members on {format_date(day, Precision.DAY)}: {len(members)}",
    ]
    lines += [f"  {m.code}  {m.name:<24} since {m.joined.isoformat()}" for m in members]
    lines += [
        "",
        f"Operations: {len(operations)}, {len(running)} running today",
        f"Contributions: {len(nato.contributions())} dated rows",
        f"Sources: {len(nato.sources())}",
    ]
    return "\n".join(lines)
