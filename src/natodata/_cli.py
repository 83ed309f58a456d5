"""The command line: ``natodata`` and ``python -m natodata``.

Every subcommand prints a table (or CSV or JSON, for pipes) to standard output and nothing
else; errors go to standard error, as one line (a DataError: its problems, one a line).
docs/cli.md states what each exit status means.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from ._version import DATA_DATE, DATA_VERSION, __version__

if TYPE_CHECKING:
    from ._alliance import Alliance
    from .exceptions import DataError

__all__ = ["EXIT_INTERRUPTED", "EXIT_NO_DATA", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
"""The command printed its answer."""
EXIT_NO_DATA = 1
"""The data cannot answer (no figures for that day, or a directory of tables that fails checks),
or the answer cannot be written (a full disk, a closed standard output)."""
EXIT_USAGE = 2
"""A bad argument: an unknown option, a date that is not a date, a key that names nothing."""
EXIT_INTERRUPTED = 130
"""Interrupted (Ctrl-C): 128 plus SIGINT, as a shell reports it; no traceback."""

FORMATS = ("table", "csv", "json")


#: How many of a DataError's problems the command prints before it only counts the rest.
MAX_PROBLEMS_SHOWN = 20

# The options each command takes besides its own arguments; without a command, the summary's.
_TAKES = {
    None: {"on", "data"},
    "members": {"on", "data", "format"},
    "member": {"data", "format"},
    "country": {"data", "format"},
    "operation": {"data", "format"},
    "operations": {"on", "data", "format"},
    "contributions": {"on", "data", "format"},
    "sources": {"data", "format"},
    "cite": {"data"},
    "spending": {"data", "format"},
    "countries": {"data", "format"},
    "strengths": {"data", "format"},
    "partnerships": {"data", "format"},
    "coverage": {"data", "format"},
    "panel": {"data", "format"},
    "path": set(),
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"natodata: error: {message}\n")


def _day(text: str) -> datetime.date:
    from ._dates import parse_day

    try:
        return parse_day(text, "--on")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _month_day(text: str) -> tuple[int, int]:
    try:
        day = datetime.date.fromisoformat(f"2000-{text}")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day as MM-DD: {text!r}") from None
    if (day.month, day.day) == (2, 29):
        raise argparse.ArgumentTypeError("29 February is no day of most years; give another")
    return day.month, day.day


def _max_age(text: str) -> datetime.timedelta | None:
    if text.lower() == "none":
        return None
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"not a number of days, nor 'none': {text!r}")
    return datetime.timedelta(days=int(text))


def _options(
    parser: argparse.ArgumentParser, names: set[str], meaning: str = "", *, top: bool = False
) -> None:
    """Add the shared options; on a command, one given before it is kept unless repeated after."""
    kept: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    if "on" in names:
        parser.add_argument(
            "--on", type=_day, metavar="DATE", help=f"YYYY-MM-DD: {meaning}", **kept
        )
    if "data" in names:
        parser.add_argument(
            "--data",
            metavar="DIRECTORY",
            help="a directory of tables to use instead of the packaged data",
            **kept,
        )
    if "format" in names:
        parser.add_argument(
            "--format", choices=FORMATS, help="how to print rows (default: table)", **kept
        )


def _parser() -> _Parser:
    parser = _Parser(
        prog="natodata",
        description="NATO's members, operations, contributions and sources, from natodata's "
        "packaged dataset (or --data DIRECTORY). Without a command: a summary.",
        epilog="Options may come before or after the command; one the command does not take is "
        "refused. Exit status: 0 on success, an empty answer included; 1 when the data cannot "
        "answer (no figures for that day, or tables that fail their checks) or the output cannot "
        "be written; 2 for a bad argument (an unknown option, a bad date, a key that names "
        "nothing); 130 when interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"natodata {__version__}")
    _options(
        parser,
        {"on", "data", "format"},
        "the day of the summary's members, or of the command",
        top=True,
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, about: str, run: Any, on: str = "") -> argparse.ArgumentParser:  # noqa: ANN401 - a handler
        sub = commands.add_parser(name, help=about)
        _options(sub, _TAKES[name], on)
        sub.set_defaults(run=run)
        return sub

    command("members", "the member states on a day", _members, "the day (default: today)")
    nation = "alpha-3, alpha-2, ISO numeric code or a name"
    command("member", "one member state", _member).add_argument("key", help=nation)
    command("country", "one nation, member or partner", _country).add_argument("key", help=nation)
    command("operation", "one operation", _operation).add_argument(
        "key", help="a code (ISAF) or a name"
    )
    command(
        "operations",
        "NATO-led operations (with --on: running that day)",
        _operations,
        "only those running that day (default: all of them)",
    )
    contributions = command(
        "contributions",
        "contribution rows; with --on, the figures in force that day",
        _contributions,
        "only the figures in force that day (default: every dated row)",
    )
    contributions.add_argument("--operation", metavar="OPERATION", help="only this operation")
    contributions.add_argument("--country", metavar="COUNTRY", help="only this nation")
    command("sources", "every source the data cites", _sources)
    command("countries", "every nation in the data, members and partners", _countries)
    command("strengths", "an operation's total strengths, oldest first", _strengths).add_argument(
        "operation", help="a code (ISAF) or a name"
    )
    partnerships = command("partnerships", "partnership records, by nation", _partnerships)
    partnerships.add_argument("--country", metavar="COUNTRY", help="only this nation")
    partnerships.add_argument(
        "--framework", metavar="FRAMEWORK", help="only this one, e.g. mediterranean_dialogue"
    )
    command("coverage", "which operations have contribution tables, and when", _coverage)
    panel = command(
        "panel",
        "a country-year panel: each nation's personnel in each operation, year by year",
        _panel,
    )
    panel.add_argument("first_year", type=int, help="the first year")
    panel.add_argument("last_year", type=int, help="the last year, included")
    panel.add_argument(
        "--nations",
        choices=("members", "partners", "all"),
        default="members",
        help="members (default), the other nations, or all",
    )
    panel.add_argument(
        "--operation",
        action="append",
        metavar="OPERATION",
        help="only this operation (repeat for more; default: every one with tables)",
    )
    panel.add_argument(
        "--reference-day",
        type=_month_day,
        default=(12, 31),
        metavar="MM-DD",
        help="the day of each year the figures are in force on (default: 12-31)",
    )
    panel.add_argument(
        "--max-age",
        type=_max_age,
        default=datetime.timedelta(days=366),
        metavar="DAYS",
        help="the oldest a figure may be, in days, or 'none' (default: 366)",
    )
    spending = command(
        "spending",
        "defence expenditure as a share of GDP: by Ally for a --year, or one --country's series",
        _spending,
    )
    spending.add_argument("--year", type=int, metavar="YEAR", help="the Allies' shares that year")
    spending.add_argument("--country", metavar="COUNTRY", help="one Ally's figures")
    spending.add_argument(
        "--edition", metavar="EDITION", help="one edition, e.g. 2024-06 (default: the latest)"
    )
    cite = command("cite", "how to cite natodata, or one source by its id (text only)", _cite)
    cite.add_argument("source", nargs="?", help="a source id (default: natodata itself)")
    cite.add_argument("--bibtex", action="store_true", help="as a BibTeX entry")
    command("path", "the folder of the packaged tables, for DuckDB, R or a spreadsheet", _path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (130 when interrupted, as shells do)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None) -> int:
    from .exceptions import DataError, NatodataError, NoDataError

    parser = _parser()
    args = parser.parse_args(argv)
    takes = _TAKES[args.command]
    for option in ("on", "data", "format"):
        if getattr(args, option, None) is not None and option not in takes:
            where = f"the {args.command} command" if args.command else "the summary"
            parser.error(f"--{option} does not apply to {where}")
    if args.format is None:
        args.format = "table"
    try:
        text = args.run(args) if args.command else summary(args.on, args.data)
    except DataError as error:
        return _fail(_problems(error), EXIT_NO_DATA)
    except NoDataError as error:
        return _fail(str(error), EXIT_NO_DATA)
    except (NatodataError, LookupError, OSError) as error:
        return _fail(str(error).splitlines()[0] if str(error) else type(error).__name__, EXIT_USAGE)
    return _write(text if text.endswith("\n") else text + "\n")


def _write(text: str) -> int:
    """Print the answer; a reader that has gone, a full disk or a closed stdout ends with 1."""
    if sys.stdout is None:  # started with standard output closed
        return _fail("cannot write the output: standard output is closed", EXIT_NO_DATA)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) has gone: no message, it chose to stop
        _silence_stdout()
        return EXIT_NO_DATA
    except (OSError, ValueError) as error:  # a full disk, a closed file
        _silence_stdout()
        reason = getattr(error, "strerror", None) or str(error)
        return _fail(f"cannot write the output: {reason}", EXIT_NO_DATA)
    return EXIT_OK


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the exit's own flush cannot fail."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's capture)
        return


def _fail(message: str, status: int) -> int:
    sys.stderr.write(f"natodata: error: {message}\n")
    return status


def _problems(error: DataError) -> str:
    """A DataError as lines: what, then each problem with its file, row and column."""
    n = len(error.problems) + getattr(error, "more", 0)  # those found but not kept, if counted
    lines = [f"{n:,} problem{'s' if n != 1 else ''} in the tables at {error.location}:"]
    lines += [f"  {p}" for p in error.problems[:MAX_PROBLEMS_SHOWN]]
    if n > MAX_PROBLEMS_SHOWN:
        lines.append(f"  ... and {n - MAX_PROBLEMS_SHOWN:,} more")
    return "\n".join(lines)


def _alliance(args: argparse.Namespace) -> Alliance:
    from ._api import load

    return load(args.data) if args.data else load()


def _rows(args: argparse.Namespace, value: Sequence[Any], kind: type[Any]) -> str:
    """Rows as a table, CSV (its header even when there is no row) or JSON."""
    if args.format == "csv":
        from ._export import csv_text

        return csv_text(value, kind)
    if args.format == "json":
        from ._export import to_json

        return to_json(value, indent=2)
    from ._display import text_table

    return text_table(value)


def _record(args: argparse.Namespace, record: Any) -> str:  # noqa: ANN401 - any record
    if args.format != "table":
        return _rows(args, (record,), type(record))
    from ._display import record_text

    return record_text(record)


def _members(args: argparse.Namespace) -> str:
    from ._model import MemberState

    return _rows(args, _alliance(args).members(on=args.on), MemberState)


def _member(args: argparse.Namespace) -> str:
    return _record(args, _alliance(args).member(args.key))


def _country(args: argparse.Namespace) -> str:
    return _record(args, _alliance(args).country(args.key))


def _operations(args: argparse.Namespace) -> str:
    from ._model_operations import Operation

    return _rows(args, _alliance(args).operations(active_on=args.on), Operation)


def _operation(args: argparse.Namespace) -> str:
    return _record(args, _alliance(args).operation(args.key))


def _contributions(args: argparse.Namespace) -> str:
    from ._model_figures import Contribution

    # The API's answer, whatever it is: NoDataError where the data cannot say, else the rows.
    found = _alliance(args).contributions(
        operation=args.operation, country=args.country, on=args.on
    )
    return _rows(args, found, Contribution)


def _spending(args: argparse.Namespace) -> str:
    from ._model_spending import Expenditure

    nato = _alliance(args)
    found: Sequence[Expenditure]
    if args.country is not None and args.year is not None:
        found = (nato.expenditure(args.country, args.year, args.edition),)
    elif args.country is not None:
        found = nato.spending(args.country, args.edition)
    else:
        edition = args.edition or nato.latest_edition(args.year)
        figures = nato.expenditures(year=args.year, edition=edition)
        found = sorted(figures, key=lambda f: (f.year, -f.percent_of_gdp, f.country))
    return _rows(args, found, Expenditure)


def _sources(args: argparse.Namespace) -> str:
    from ._model import Source

    return _rows(args, _alliance(args).sources(), Source)


def _countries(args: argparse.Namespace) -> str:
    from ._model import Country

    return _rows(args, _alliance(args).countries(), Country)


def _strengths(args: argparse.Namespace) -> str:
    from ._model_figures import Strength

    return _rows(args, _alliance(args).strengths(args.operation), Strength)


def _partnerships(args: argparse.Namespace) -> str:
    from ._model import Framework
    from ._model_partners import Partnership

    framework = None
    if args.framework is not None:
        values = [f.value for f in Framework]
        if args.framework not in values:
            raise ValueError(f"--framework is one of {', '.join(values)}; got {args.framework!r}")
        framework = Framework(args.framework)
    found = _alliance(args).partnerships(country=args.country, framework=framework)
    return _rows(args, found, Partnership)


def _coverage(args: argparse.Namespace) -> str:
    from ._model_figures import Coverage

    return _rows(args, _alliance(args).coverage(), Coverage)


def _panel(args: argparse.Namespace) -> str:
    from ._model_figures import PanelRow

    panel = _alliance(args).panel(
        args.first_year,
        args.last_year,
        nations=args.nations,
        operations=args.operation,
        reference_day=args.reference_day,
        max_age=args.max_age,
    )
    return _rows(args, panel, PanelRow)


def _cite(args: argparse.Namespace) -> str:
    style: Literal["text", "bibtex"] = "bibtex" if args.bibtex else "text"
    if args.source is None:
        from ._cite import dataset_citation

        return dataset_citation(style)
    return _alliance(args).cite(args.source, style)


def _path(_: argparse.Namespace) -> str:
    from ._paths import data_path

    return str(data_path())


def summary(on: datetime.date | None, data: str | None = None) -> str:
    """The text ``natodata`` prints without a command."""
    from ._api import load
    from ._dates import Precision, format_date

    nato = load(data) if data else load()
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
        "",
        (
            "Commands: members, member, countries, country, operations, operation,"
            " contributions, strengths, partnerships, coverage, panel, spending, sources, cite,"
            " path"
            " (natodata COMMAND --help)"
        ),
    ]
    return "\n".join(lines)
