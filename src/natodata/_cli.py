"""The command line: ``natodata`` and ``python -m natodata``.

Every subcommand prints a table (or CSV or JSON, for pipes) to standard output and nothing
else; errors go to standard error as one line.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from ._model import Framework
from ._panel import DEFAULT_MAX_AGE
from ._version import DATA_DATE, DATA_VERSION, __version__

if TYPE_CHECKING:
    from ._alliance import Alliance

__all__ = ["EXIT_NO_DATA", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
"""The command printed its answer."""
EXIT_NO_DATA = 1
"""The data cannot answer: no figures for that day, or a directory of tables that fails checks."""
EXIT_USAGE = 2
"""A bad argument: an unknown option, a date that is not a date, a key that names nothing."""

FORMATS = ("table", "csv", "json")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"natodata: error: {message}\n")


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
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


def _on(parser: argparse.ArgumentParser, meaning: str) -> None:
    parser.add_argument("--on", type=_day, metavar="DATE", help=f"YYYY-MM-DD: {meaning}")


def _parser() -> _Parser:
    parser = _Parser(
        prog="natodata",
        description="NATO's members, operations, contributions and sources, from natodata's "
        "packaged dataset (or --data DIRECTORY). Without a command: a summary.",
        epilog="Exit status: 0 on success; 1 when the data cannot answer (no figures for that "
        "day, or tables that fail their checks); 2 for a bad argument (an unknown option, a bad "
        "date, a key that names nothing).",
    )
    parser.add_argument("--version", action="version", version=f"natodata {__version__}")
    common = _Parser(add_help=False)
    common.add_argument(
        "--data",
        metavar="DIRECTORY",
        help="a directory of tables to use instead of the packaged data",
    )
    common.add_argument(
        "--format", choices=FORMATS, default="table", help="how to print rows (default: table)"
    )
    parser.add_argument("--on", type=_day, metavar="DATE", help="the day for the summary's members")
    parser.add_argument("--data", metavar="DIRECTORY", help=argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    members = commands.add_parser("members", parents=[common], help="the member states on a day")
    _on(members, "the day (default: today)")
    members.set_defaults(run=_members)
    nation = "alpha-3, alpha-2, ISO numeric code or a name"
    for name, run, about, key in (
        ("member", _member, "one member state", nation),
        ("country", _country, "one nation, member or partner", nation),
        ("operation", _operation, "one operation", "a code (ISAF) or a name"),
    ):
        one = commands.add_parser(name, parents=[common], help=about)
        one.add_argument("key", help=key)
        one.set_defaults(run=run)
    operations = commands.add_parser(
        "operations", parents=[common], help="NATO-led operations (with --on: running that day)"
    )
    _on(operations, "only those running that day (default: all of them)")
    operations.set_defaults(run=_operations)
    contributions = commands.add_parser(
        "contributions",
        parents=[common],
        help="contribution rows; with --operation and --on, the figures in force that day",
    )
    _on(contributions, "only the figures in force that day (default: every dated row)")
    contributions.add_argument("--operation", metavar="OPERATION", help="only this operation")
    contributions.add_argument("--country", metavar="COUNTRY", help="only this nation")
    contributions.set_defaults(run=_contributions)
    commands.add_parser(
        "sources", parents=[common], help="every source the data cites"
    ).set_defaults(run=_sources)
    commands.add_parser(
        "countries", parents=[common], help="every nation in the data, members and partners"
    ).set_defaults(run=_countries)
    strengths = commands.add_parser(
        "strengths", parents=[common], help="an operation's total strengths, oldest first"
    )
    strengths.add_argument("operation", help="a code (ISAF) or a name")
    strengths.set_defaults(run=_strengths)
    partnerships = commands.add_parser(
        "partnerships", parents=[common], help="partnership records, by nation"
    )
    partnerships.add_argument("--country", metavar="COUNTRY", help="only this nation")
    partnerships.add_argument(
        "--framework", choices=[f.value for f in Framework], help="only this framework"
    )
    partnerships.set_defaults(run=_partnerships)
    commands.add_parser(
        "coverage", parents=[common], help="which operations have contribution tables, and when"
    ).set_defaults(run=_coverage)
    panel = commands.add_parser(
        "panel",
        parents=[common],
        help="a country-year panel: each nation's personnel in each operation, year by year",
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
        default=DEFAULT_MAX_AGE,
        metavar="DAYS",
        help="the oldest a figure may be, in days, or 'none' (default: 366)",
    )
    panel.set_defaults(run=_panel)
    cite = commands.add_parser(
        "cite", parents=[common], help="how to cite natodata, or one source by its id"
    )
    cite.add_argument("source", nargs="?", help="a source id (default: natodata itself)")
    cite.add_argument("--bibtex", action="store_true", help="as a BibTeX entry")
    cite.set_defaults(run=_cite)
    commands.add_parser(
        "path", help="the folder of the packaged tables, for DuckDB, R or a spreadsheet"
    ).set_defaults(run=_path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    from .exceptions import DataError, NatodataError, NoDataError

    args = _parser().parse_args(argv)
    try:
        text = args.run(args) if args.command else summary(args.on, args.data)
    except (DataError, NoDataError) as error:
        return _fail(error, EXIT_NO_DATA)
    except (NatodataError, LookupError, OSError) as error:
        return _fail(error, EXIT_USAGE)
    try:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) has gone: that is no error
        sys.stderr.close()
    return EXIT_OK


def _fail(error: Exception, status: int) -> int:
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    if len(str(error).splitlines()) > 1:
        message += f" (and {len(str(error).splitlines()) - 1} more lines; load it in Python)"
    sys.stderr.write(f"natodata: error: {message}\n")
    return status


def _alliance(args: argparse.Namespace) -> Alliance:
    from ._api import load

    return load(args.data) if args.data else load()


def _rows(args: argparse.Namespace, value: Any) -> str:  # noqa: ANN401 - any result
    from ._display import Records

    if args.format == "csv":
        from ._export import to_csv

        return to_csv(value)
    if args.format == "json":
        from ._export import to_json

        return to_json(value, indent=2)
    if isinstance(value, tuple) and not isinstance(value, Records):
        value = Records(value)
    if isinstance(value, Records):
        from ._display import text_table

        return text_table(value)
    return repr(value)


def _record(args: argparse.Namespace, record: Any) -> str:  # noqa: ANN401 - any record
    if args.format != "table":
        return _rows(args, (record,))
    from ._display import record_text

    return record_text(record)


def _members(args: argparse.Namespace) -> str:
    return _rows(args, _alliance(args).members(on=args.on))


def _member(args: argparse.Namespace) -> str:
    return _record(args, _alliance(args).member(args.key))


def _country(args: argparse.Namespace) -> str:
    return _record(args, _alliance(args).country(args.key))


def _operations(args: argparse.Namespace) -> str:
    return _rows(args, _alliance(args).operations(active_on=args.on))


def _operation(args: argparse.Namespace) -> str:
    return _record(args, _alliance(args).operation(args.key))


def _contributions(args: argparse.Namespace) -> str:
    nato = _alliance(args)
    if args.on is not None and args.operation is not None:
        # The figures in force that day: NoDataError where the data cannot say.
        grouped = nato.contributions_by_country(args.operation, on=args.on)
        if args.country is not None:
            code = nato.country(args.country).code
            grouped = {k: v for k, v in grouped.items() if k == code}  # type: ignore[assignment]
        return _rows(args, tuple(row for rows in grouped.values() for row in rows))
    return _rows(
        args, nato.contributions(operation=args.operation, country=args.country, on=args.on)
    )


def _sources(args: argparse.Namespace) -> str:
    return _rows(args, _alliance(args).sources())


def _countries(args: argparse.Namespace) -> str:
    return _rows(args, _alliance(args).countries())


def _strengths(args: argparse.Namespace) -> str:
    return _rows(args, _alliance(args).strengths(args.operation))


def _partnerships(args: argparse.Namespace) -> str:
    framework = None if args.framework is None else Framework(args.framework)
    return _rows(args, _alliance(args).partnerships(country=args.country, framework=framework))


def _coverage(args: argparse.Namespace) -> str:
    return _rows(args, _alliance(args).coverage())


def _panel(args: argparse.Namespace) -> str:
    return _rows(
        args,
        _alliance(args).panel(
            args.first_year,
            args.last_year,
            nations=args.nations,
            operations=args.operation,
            reference_day=args.reference_day,
            max_age=args.max_age,
        ),
    )


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
            " contributions, strengths, partnerships, coverage, panel, sources, cite, path"
            " (natodata COMMAND --help)"
        ),
    ]
    return "\n".join(lines)
