"""Option 1 of docs/performance.md, "The target that is missed", as a stripped prototype.

Writes the packaged tables' parsed columns to a marshal file, then times, as whole processes and
against pycountry's cold answer, a start that reads that file instead of the CSV tables: the
snapshot read and checked against the CSV bytes' checksum, the countries built, and one
personnel_by_country-like answer computed from the columns. None of natodata's query modules is
imported and no other record is built, so this is a floor for that option, not a measurement of it.

Usage: python benchmarks/snapshot_prototype.py
"""

from __future__ import annotations

import datetime
import enum
import marshal
import pkgutil
import tempfile
import zlib
from pathlib import Path

from bench_startup import timed

from natodata import _load

START = """\
import datetime, marshal, pkgutil, zlib
import natodata._model as model
columns, checksum = marshal.loads(open({path!r}, "rb").read())
found = 0
for name in {names!r}:
    found = zlib.crc32(pkgutil.get_data("natodata", "data/" + name), found)
assert found == checksum
countries = [model.Country(*row) for row in zip(*columns["countries.csv"])]
operation, country, as_of, personnel, *_ = columns["contributions.csv"]
day = datetime.date(2007, 4, 1).toordinal()
answer = {{}}
for code, nation, (first, _), people in zip(operation, country, as_of, personnel):
    if code == "ISAF" and first <= day:
        answer[nation] = people
"""


def plain(value: object) -> object:
    """A parsed cell as marshal can write it: dates as ordinals, enum members as their values."""
    if isinstance(value, tuple):
        return tuple(map(plain, value))
    if isinstance(value, datetime.date):
        return value.toordinal()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def snapshot(path: Path) -> None:
    columns, checksum = {}, 0
    for name in _load.TABLES:
        data = pkgutil.get_data("natodata", "data/" + name)
        assert data is not None
        checksum = zlib.crc32(data, checksum)
        text = data.decode("utf-8-sig")
        rows = _load._rows(name, text, _load._Problems())  # noqa: SLF001 - a prototype of the loader
        columns[name] = [[plain(cell) for cell in column] for column in rows.columns]
    path.write_bytes(marshal.dumps((columns, checksum)))


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "snapshot.marshal"
        snapshot(path)
        commands = {
            "snapshot prototype": START.format(path=str(path), names=list(_load.TABLES)),
            "pycountry cold answer": "import pycountry; pycountry.countries.get(alpha_2='NO')",
        }
        medians = timed(commands)
    ratio = medians["snapshot prototype"] / medians["pycountry cold answer"]
    print(f"  snapshot prototype / pycountry cold answer: {ratio:.2f}x (a floor, not a target)")


if __name__ == "__main__":
    main()
