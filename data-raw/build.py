"""Build natodata's packaged tables from data-raw/: ``python data-raw/build.py [--check]``.

Every family folder of data-raw/ (see README.md) gives rows for the packaged tables: its own
``<table>.csv`` files, and the transcriptions this script turns into rows (placemats, air-policing
rotations, NATO's expenditure tables). The rows are merged, checked, sorted by each table's key
and written to src/natodata/data/ with datapackage.json, byte for byte the same from the same
input. The result is then loaded with natodata itself, so every rule of the loader holds.

``--check`` builds into a temporary folder and exits 1, naming the table and row, if the packaged
tables differ from what data-raw/ builds (a hand edit of a packaged table, or a forgotten build).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
DATA = Path("src", "natodata", "data")  # the packaged tables, in the repository
sys.path.insert(0, str(REPO / "src"))

from natodata import _version  # noqa: E402 - the source tree's natodata, not an installed one
from natodata._schema import EXPENDITURE_FIGURES, TABLES, datapackage  # noqa: E402

Row = dict[str, str]


class BuildError(Exception):
    """Something in data-raw/ is wrong; the message says which file and row."""


@dataclass
class Tables:
    """The rows gathered for each packaged table, each with where it came from."""

    rows: dict[str, list[tuple[str, Row]]] = field(
        default_factory=lambda: {name: [] for name in TABLES}
    )
    problems: list[str] = field(default_factory=list)
    also_cited: set[str] = field(default_factory=set)

    def add(self, table: str, origin: str, row: Row) -> None:
        """Add a row to *table*, from *origin* (a family file and row, for messages)."""
        columns = TABLES[table].names
        unknown = set(row) - set(TABLES[table].underived().names)
        if unknown:
            self.problems.append(f"{origin}: unknown columns {sorted(unknown)} for {table}")
            return
        self.rows[table].append((origin, {column: row.get(column, "") for column in columns}))


def read_csv(path: Path) -> Iterator[tuple[str, Row]]:
    """The rows of a family file, each with its origin ``family/file:line``."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    where = path.relative_to(ROOT)
    for row in reader:
        if None in row:
            raise BuildError(f"{where}:{reader.line_num}: more cells than the header has")
        if not any((value or "").strip() for value in row.values()):
            continue
        yield f"{where}:{reader.line_num}", {key: (value or "") for key, value in row.items()}


# A figure as printed: bare digits, or grouped by thousands with one kind of separator.
_NUMBERS = [
    re.compile(r"\d{1,3}(?:,\s?\d{3})+(?!\d)"),
    re.compile(r"\d{1,3}(?:\.\d{3})+(?!\d)"),
    re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"),
    re.compile(r"\d+"),
]


def number_words() -> dict[str, int]:
    """Figures that sources print in words (``Crna Gora dva``), from number-words.csv."""
    path = ROOT / "number-words.csv"
    if not path.is_file():
        return {}
    return {row["words"]: int(row["figure"]) for _, row in read_csv(path)}


def figures_in(text: str, words: dict[str, int] | None = None) -> set[int]:
    """The whole numbers printed in *text*, in digits (grouped or not) or in listed words."""
    found = set()
    for pattern in _NUMBERS:
        for match in pattern.finditer(text):
            found.add(int(re.sub(r"\D", "", match.group())))
    for phrase, figure in (words or {}).items():
        if phrase in text:
            found.add(figure)
    return found


def parse_printed(figure: str) -> int | None:
    """A figure as printed on a placemat (``3,650``, ``3 650``) as a whole number; None if blank."""
    digits = figure.replace(",", "").replace(" ", "").replace("\u00a0", "").replace(".", "")
    if not digits or digits in {"-", "\u2013"}:
        return None
    if not digits.isdigit():
        raise ValueError(f"not a figure: {figure!r}")
    return int(digits)


# Families


def families() -> list[Path]:
    """The family folders, in name order."""
    return sorted(p for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def gather() -> Tables:
    """Every family's rows, by packaged table."""
    tables = Tables()
    for family in families():
        for name in TABLES:
            path = family / name
            if path.is_file():
                for origin, row in read_csv(path):
                    tables.add(name, origin, row)
        if (family / "placemats.csv").is_file():
            placemats(family, tables)
        if (family / "rotations.csv").is_file():
            rotations(family, tables)
        if (family / "editions.csv").is_file():
            expenditure(family, tables)
    return tables


def placemats(family: Path, tables: Tables) -> None:
    """Contribution tables from placemats transcribed as printed (``placemats/<date>.csv``).

    Each placemat is one complete table of the operation named by the family (``isaf/`` gives
    ISAF): one row per nation, its figure as printed, its evidence the row as printed. A printed
    total becomes the table's stated strength.
    """
    operation = family.name.upper()
    names = {row["printed"]: row["code"] for _, row in read_csv(family / "names.csv")}
    for origin, index in read_csv(family / "placemats.csv"):
        date, source = index["date"], f"{family.name}-placemat-{index['date']}"
        path = family / "placemats" / f"{date}.csv"
        if not path.is_file():
            tables.problems.append(f"{origin}: no transcription {path.relative_to(ROOT)}")
            continue
        rows: list[int] = []
        for where, printed in read_csv(path):
            nation, troops = printed["nation"].strip(), printed["troops"].strip()
            code = names.get(nation)
            if code is None:
                tables.problems.append(f"{where}: {nation!r} is not in names.csv")
                continue
            try:
                people = parse_printed(troops)
            except ValueError as error:
                tables.problems.append(f"{where}: {error}")
                continue
            rows.append(people or 0)
            tables.add(
                "contributions.csv",
                where,
                {
                    "operation": operation,
                    "country": code,
                    "as_of": date,
                    "personnel": "" if people is None else str(people),
                    "qualifier": "" if people is None else "exact",
                    "kind": "troops",
                    "source": source,
                    "evidence": f"{nation} {troops}".strip(),
                },
            )
        total = index.get("total_as_printed", "").strip()
        if total:
            tables.add(
                "strengths.csv", origin, _placemat_total(operation, date, source, index, rows)
            )


_TOTAL_LINE = re.compile(r'total line ""?(?P<line>[^"]+)""?')


def _placemat_total(operation: str, date: str, source: str, index: Row, rows: list[int]) -> Row:
    """The total a placemat prints, as a strength of its day.

    Its evidence is the total line as printed; "(rounded)" or "(appx)" make it approximate.
    It is the table's stated total (``table_total``) only where the placemat's rows add up to it
    within its rounding; otherwise it is kept as the placemat's own figure, with the difference.
    """
    total = index["total_as_printed"].strip()
    found = _TOTAL_LINE.search(index.get("notes", ""))
    line = found.group("line").strip() if found else total
    rough = any(word in line.lower() for word in ("rounded", "appx", "approx"))
    people = parse_printed(total) or 0
    added = sum(rows)
    agrees = abs(added - people) < (_unit(people) / 2 if rough else 1)
    described = "The total the placemat prints for its nations."
    if not agrees:
        described = (
            f"The total the placemat prints ({line}); its nations' rows add up to {added:,},"
            " so it is not the table's sum."
        )
    return {
        "operation": operation,
        "as_of": date,
        "personnel": str(people),
        "qualifier": "about" if rough else "exact",
        "table_total": "true" if agrees else "false",
        "description": described,
        "source": source,
        "evidence": line,
    }


def _unit(figure: int) -> int:
    """The unit a rounded figure is rounded to: its last non-zero digit's place."""
    unit = 1
    while figure and figure % (unit * 10) == 0:
        unit *= 10
    return unit


def rotations(family: Path, tables: Tables) -> None:
    """Contributions lasting a period, from air-policing rotations (``rotations.csv``).

    A rotation counts on every day from its start to its end, so only rotations with both are
    packaged; the others stay in the transcription, counted here and listed in the family's notes.
    Where a rotation's dates come from several sources, the best-ranked one (the first of equals)
    is the row's source and the others are named in its description; the evidence quotes each.
    """
    ranks = {
        row["id"]: _RANKS.index(row["rank"]) if row["rank"] in _RANKS else len(_RANKS)
        for _, row in read_csv(family / "sources.csv")
    }
    left_out = 0
    for origin, row in read_csv(family / "rotations.csv"):
        if not row["start"].strip() or not row["end"].strip():
            left_out += 1
            continue
        cited = [part.strip() for part in row["source"].split(";") if part.strip()]
        first = min(cited, key=lambda source: ranks.get(source, len(_RANKS)))
        others = [source for source in cited if source != first]
        tables.also_cited.update(others)
        aircraft = row.get("aircraft", "").strip()
        count = row.get("aircraft_count", "").strip()
        base = row.get("base", "").strip()
        what = " ".join(part for part in (count, aircraft) if part) or "aircraft"
        number = row.get("rotation", "").strip()
        described = f"{what} at {base}" if base else what
        if number:
            described = f"Rotation {number}: {described}"
        if others:
            described += f". Dates also from: {', '.join(others)}"
        tables.add(
            "contributions.csv",
            origin,
            {
                "operation": row["operation"],
                "country": row["country"],
                "as_of": row["start"],
                "until": row["end"],
                "kind": "air",
                "role": row["role"],
                "description": described + ".",
                "source": first,
                "evidence": row["evidence"],
            },
        )
    if left_out:
        where = (family / "rotations.csv").relative_to(ROOT)
        print(f"{where}: {left_out} rotations without a start or an end left out", file=sys.stderr)


def expenditure(family: Path, tables: Tables) -> None:
    """Defence expenditure figures from NATO's tables transcribed as printed, edition by edition.

    ``<edition>/table3.csv`` (NATO's own table) or ``<edition>/shares.csv`` (a list reproducing
    it): a row per Ally as printed, a column per year as printed (``2025e`` marks an estimate).
    A cell's evidence is ``evidence.csv``'s words where given, else the Ally's row as printed.
    Where the edition has ``other-tables.csv`` (its other tables, block by block) and
    ``blocks.csv`` (which column each block fills), each Ally-year row gets those figures too,
    and its evidence is then the year's cells, table by table, in the blocks' order.
    """
    names = {row["printed"]: row["code"] for _, row in read_csv(family / "names.csv")}
    said = {
        (row["edition"], row["country"], row["year"]): row["evidence"]
        for _, row in read_csv(family / "evidence.csv")
    }
    described = {row["edition"]: row for _, row in read_csv(family / "tables.csv")}
    for origin, edition in read_csv(family / "editions.csv"):
        date = edition["edition"]
        folder = family / date
        path = next(
            (folder / n for n in ("table3.csv", "shares.csv") if (folder / n).is_file()), None
        )
        if path is None:
            tables.problems.append(f"{origin}: no table for the edition {date}")
            continue
        marks = edition["estimates"].strip()
        listed = (
            {part.strip() for part in marks.split(";")} if marks not in {"", "header"} else set()
        )
        rows: dict[tuple[str, str], tuple[str, Row]] = {}
        for where, printed in read_csv(path):
            name = printed.pop("country").strip()
            code = names.get(name)
            if code is None:
                tables.problems.append(f"{where}: {name!r} is not in names.csv")
                continue
            row_text = " ".join([name, *(cell for cell in printed.values() if cell.strip())])
            for header, cell in printed.items():
                if not cell.strip():
                    continue
                year = header.rstrip("e*").strip()
                rows[name, year] = (
                    where,
                    {
                        "country": code,
                        "year": year,
                        "edition": date,
                        "estimate": _estimate(marks, listed, header, year),
                        "percent_of_gdp": cell.strip(),
                        "basis": _basis(described[date]),
                        "source": edition["source"],
                        "evidence": said.get((date, name, year), row_text),
                    },
                )
        if (folder / "other-tables.csv").is_file():
            _other_tables(folder, described[date], rows, tables)
        for where, row in rows.values():
            tables.add("expenditure.csv", where, row)


def _estimate(marks: str, listed: set[str], header: str, year: str) -> str:
    """Whether a year's figure is an estimate: "true", "false", or "" where the source is silent.

    By the year header's ``e`` or by the years the edition lists as estimates.
    """
    if marks == "header":
        return "true" if header != year else "false"
    if listed:
        return "true" if year in listed else "false"
    return ""


def _other_tables(
    folder: Path, description: Row, rows: dict[tuple[str, str], tuple[str, Row]], tables: Tables
) -> None:
    """Fill each Ally-year row with the figures of the edition's other tables.

    A block whose ``decimals`` is set is written with that many decimals: the route's floats drop
    a printed trailing zero (``6.7`` for ``6.70``), and nothing else changes. A row with a figure
    at constant prices gets the base year of the edition's table description.
    """
    blocks = {
        (row["table"], row["block"]): row
        for _, row in read_csv(folder / "blocks.csv")
        if row["column"].strip()
    }
    cells: dict[tuple[str, str], dict[str, list[str]]] = {}
    for where, printed in read_csv(folder / "other-tables.csv"):
        block = blocks.get((printed.pop("table"), printed.pop("block")))
        name = printed.pop("country")
        if block is None:
            continue  # a block no column takes (the aggregates' shares)
        for header, cell in printed.items():
            year = header.rstrip("e*").strip()
            if not cell.strip():
                continue
            if (name, year) not in rows:
                if name in {"NATO Europe and Canada", "NATO Total"}:
                    continue  # NATO's aggregates: no Ally, no row
                tables.problems.append(f"{where}: {name} {year} has no share of GDP row")
                continue
            figure = _padded(cell.strip(), block["decimals"].strip())
            row = rows[name, year][1]
            row[block["column"]] = figure
            if block["column"].endswith("_constant"):
                row["price_base_year"] = description["base_year"].strip()
            by_table = cells.setdefault((name, year), {})
            by_table.setdefault(block["table"], []).append(figure)
    for (name, year), by_table in cells.items():
        row = rows[name, year][1]
        by_table.setdefault("3", []).insert(0, row["percent_of_gdp"])
        quoted = (f"Table {t}: {', '.join(by_table[t])}" for t in sorted(by_table))
        row["evidence"] = f"{name} {year}, " + "; ".join(quoted)


def _padded(figure: str, decimals: str) -> str:
    """*figure* with *decimals* decimals where the route dropped trailing zeros; else as is."""
    if not decimals:
        return figure
    whole, _, fraction = figure.partition(".")
    if len(fraction) > int(decimals):
        raise BuildError(f"{figure} has more than {decimals} decimals")
    return f"{whole}.{fraction.ljust(int(decimals), '0')}"


def _basis(row: Row) -> str:
    """What a share of GDP is a share of, in our words, from the edition's table description."""
    prices = row["prices"].strip()
    if prices == "constant" and row["base_year"].strip():
        return f"GDP at constant {row['base_year'].strip()} prices"
    return "GDP (prices not stated by the source read)"


# Checks before writing

_RANKS = ["nato", "government", "parliament", "agency", "institute", "press", "other"]


def merge_sources(tables: Tables) -> None:
    """A source defined by several families must be defined the same way: keep it once."""
    kept: dict[str, tuple[str, Row]] = {}
    for origin, row in tables.rows["sources.csv"]:
        seen = kept.setdefault(row["id"], (origin, row))
        if seen[1] != row:
            differ = sorted(k for k in row if row[k] != seen[1][k])
            tables.problems.append(
                f"{origin}: source {row['id']!r} differs from {seen[0]} in {', '.join(differ)}"
            )
    tables.rows["sources.csv"] = list(kept.values())


def drop_uncited(tables: Tables) -> None:
    """Keep only the sources a row cites; the others stay in data-raw/ as what was read."""
    cited: set[str] = set(tables.also_cited)
    for name, spec in TABLES.items():
        for column in ("source", "sources"):
            if column in spec.names and name != "sources.csv":
                for _, row in tables.rows[name]:
                    cited.update(part for part in row[column].split(";") if part)
    kept = [(origin, row) for origin, row in tables.rows["sources.csv"] if row["id"] in cited]
    dropped = len(tables.rows["sources.csv"]) - len(kept)
    if dropped:
        print(f"{dropped} sources read but cited by no packaged row left out", file=sys.stderr)
    tables.rows["sources.csv"] = kept


def check_keys(tables: Tables) -> None:
    """No two rows of a table share its key, whichever families they come from."""
    for name, spec in TABLES.items():
        if not spec.key:
            continue
        seen: dict[tuple[str, ...], str] = {}
        for origin, row in tables.rows[name]:
            key = tuple(row[column] for column in spec.key)
            if key in seen:
                tables.problems.append(f"{origin}: {name} key {key} is given by {seen[key]} too")
            seen.setdefault(key, origin)


_FIGURES = {
    "contributions.csv": "personnel",
    "strengths.csv": "personnel",
    "expenditure.csv": "percent_of_gdp",
}


def check_evidence(tables: Tables) -> None:
    """Every fact row has evidence, and every figure is printed in it (in digits or words)."""
    words = number_words()
    for name, spec in TABLES.items():
        if "evidence" not in spec.names:
            continue
        for origin, row in tables.rows[name]:
            evidence = row["evidence"].strip()
            if not evidence:
                tables.problems.append(f"{origin}: {name} row without evidence")
                continue
            column = _FIGURES.get(name)
            if column == "percent_of_gdp":
                for figure in ("percent_of_gdp", *(f for f, _, _ in EXPENDITURE_FIGURES)):
                    printed = row[figure]
                    if printed and not re.search(
                        rf"(?<![\d.-]){re.escape(printed)}(?![\d])", evidence
                    ):
                        tables.problems.append(
                            f"{origin}: {figure} {printed} is not printed in its evidence"
                            f" {evidence!r}"
                        )
            elif column and row[column] and int(row[column]) not in figures_in(evidence, words):
                tables.problems.append(
                    f"{origin}: the figure {row[column]} is not printed in its evidence"
                    f" {evidence!r}"
                )


# Writing

_ORDER = {
    "alliance.csv": ("name",),
    "sources.csv": ("id",),
    "countries.csv": ("code",),
    "members.csv": ("joined", "code"),
    "operations.csv": ("start", "code"),
    "contributions.csv": ("operation", "as_of", "source", "country", "kind"),
    "partnerships.csv": ("country", "framework", "start", "end"),
    "strengths.csv": ("operation", "as_of", "source"),
    "expenditure.csv": ("edition", "country", "year"),
    "guidelines.csv": ("agreed", "id"),
}


def render(name: str, rows: Iterable[Row]) -> str:
    """A table as the packaged file holds it: a header, rows sorted by the table's order."""
    spec = TABLES[name]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(spec.names)
    order = _ORDER[name]
    for row in sorted(rows, key=lambda r: tuple(r[c] for c in order)):
        writer.writerow(
            column.derive(row[column.derived_from]) if column.derived_from else row[column.name]
            for column in spec.columns
        )
    return out.getvalue()


def render_package() -> str:
    """datapackage.json, from the tables' one description."""
    import json

    descriptor = datapackage(_version.DATA_VERSION, f"{_version.DATA_DATE.isoformat()}T00:00:00Z")
    return json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"


def render_tables_doc() -> str:
    """docs/tables.md: a column table per packaged table, from the tables' one description."""
    lines = [
        "# The tables, column by column",
        "",
        "<!-- Written by data-raw/build.py from src/natodata/_schema.py; do not edit by hand. -->",
        "",
        "Each table of the packaged data, with its key and its columns as the loader reads them.",
        (
            "`datapackage.json` says the same in Frictionless form; both are written from one"
            " description."
        ),
        "",
    ]
    for spec in TABLES.values():
        lines += [f"## `{spec.file}`", "", spec.description, ""]
        if spec.key:
            lines += [f"Key: {', '.join(f'`{column}`' for column in spec.key)}.", ""]
        lines += ["| column | type | required | meaning |", "| --- | --- | --- | --- |"]
        for column in spec.columns:
            kind = "date at its precision" if column.date else column.type
            if column.derived_from:
                kind = "date (YYYY-MM-DD)"
            if "enum" in column.constraints:
                kind += ": " + ", ".join(f"`{v}`" for v in column.constraints["enum"])
            need = "yes" if column.required else ""
            lines.append(f"| `{column.name}` | {kind} | {need} | {column.description} |")
        lines.append("")
    return "\n".join(lines)


def build() -> dict[Path, str]:
    """Every file the build writes, by its path in the repository: the tables, and their docs."""
    tables = gather()
    merge_sources(tables)
    drop_uncited(tables)
    check_keys(tables)
    check_evidence(tables)
    if tables.problems:
        raise BuildError("\n".join(tables.problems))
    files = {DATA / name: render(name, (row for _, row in tables.rows[name])) for name in TABLES}
    files[DATA / "datapackage.json"] = render_package()
    files[Path("docs", "tables.md")] = render_tables_doc()
    return files


def validate(root: Path) -> None:
    """Load the tables built under *root* with natodata itself: every loader rule must hold."""
    import natodata

    natodata.load(root / DATA)


def write(files: dict[Path, str], root: Path) -> None:
    """Write the files under *root* (the repository, or a scratch folder laid out like it)."""
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(text.encode("utf-8"))


def differences(files: dict[Path, str], root: Path) -> list[str]:
    """Where the files under *root* differ from *files*: file, row and what each holds."""
    found = []
    for relative, text in files.items():
        name, path = relative.name, root / relative
        if not path.is_file():
            found.append(f"{relative}: missing")
            continue
        packaged = path.read_bytes().decode("utf-8")
        if packaged == text:
            continue
        built, have = text.splitlines(), packaged.splitlines()
        for line, (want, got) in enumerate(zip(built, have, strict=False), 1):
            if want != got:
                found.append(
                    f"{name} row {line}: packaged {got!r}\n    but data-raw builds {want!r}"
                )
                break
        else:
            found.append(f"{name}: packaged has {len(have)} lines, data-raw builds {len(built)}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Build the packaged tables, or check them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if the packaged tables differ from the build"
    )
    args = parser.parse_args(argv)
    try:
        files = build()
        with tempfile.TemporaryDirectory() as scratch:
            write(files, Path(scratch))
            validate(Path(scratch))
    except BuildError as error:
        print(f"data-raw does not build:\n{error}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - a DataError of the built tables, shown whole
        print(f"the built tables do not load:\n{error}", file=sys.stderr)
        return 1
    if args.check:
        found = differences(files, REPO)
        for line in found:
            print(line, file=sys.stderr)
        if found:
            print(
                "the packaged tables differ from data-raw: run python data-raw/build.py",
                file=sys.stderr,
            )
            return 1
        print(f"the packaged tables are what data-raw builds ({len(files)} files)")
        return 0
    write(files, REPO)
    print(f"wrote {len(files)} files: the tables in {DATA} and docs/tables.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
