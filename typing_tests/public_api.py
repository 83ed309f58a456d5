"""Pins the public API's types; checked by `mypy --strict`, never run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import matplotlib.axes
import polars
from typing_extensions import assert_type

import natodata
import natodata.plot

nato = natodata.load()
assert_type(nato, natodata.Alliance)
assert_type(natodata.load("tables"), natodata.Alliance)
assert_type(nato.members(on=dt.date(2007, 3, 29)), natodata.Records[natodata.MemberState])
assert_type(nato.member("NOR"), natodata.MemberState)
assert_type(nato.country("NOR"), natodata.Country)
assert_type(nato.is_member("Sweden", on=dt.date(2020, 1, 1)), bool)
assert_type(nato.operations(active_on=dt.date(2007, 3, 29)), natodata.Records[natodata.Operation])
assert_type(nato.operation("ISAF"), natodata.Operation)
assert_type(nato.contributions(operation="ISAF"), natodata.Records[natodata.Contribution])
assert_type(
    natodata.contributions_by_country("ISAF", on=dt.date(2007, 3, 29)),
    natodata.ByNation[tuple[natodata.Contribution, ...]],
)
assert_type(
    natodata.contributions_by_country(nato.contributions()),
    natodata.ByNation[tuple[natodata.Contribution, ...]],
)
assert_type(natodata.personnel_by_country("ISAF", dt.date(2010, 6, 1)), natodata.ByNation[int])
assert_type(nato.strength("ISAF"), natodata.Strength)
assert_type(nato.operation("ISAF").end, dt.date | None)
assert_type(nato.contributions()[0].personnel, int | None)
# A str (pyright sees the literal itself, which is a str too).
data_version: str = natodata.DATA_VERSION
assert_type(natodata.DATA_DATE, dt.date)

# Every date argument takes a date, a datetime, "YYYY-MM-DD" or anything with .date().
assert_type(nato.members(on="2009-06-15"), natodata.Records[natodata.MemberState])
assert_type(
    nato.members(on=dt.datetime(2009, 6, 15, tzinfo=dt.timezone.utc)),
    natodata.Records[natodata.MemberState],
)
assert_type(natodata.personnel_by_country("ISAF", on="2010-06-01"), natodata.ByNation[int])
assert_type(nato.partners("partnership_for_peace"), natodata.Records[natodata.Country])
assert_type(nato.country(578), natodata.Country)

# Results are still what they extend: a tuple, and a read-only mapping.
members: tuple[natodata.MemberState, ...] = nato.members()
figures: Mapping[str, int] = natodata.personnel_by_country("ISAF", dt.date(2010, 6, 1))
rows: Sequence[natodata.Contribution] = nato.contributions(country="NOR")
assert_type(nato.members()[:3], natodata.Records[natodata.MemberState])
assert_type(nato.members()[0], natodata.MemberState)
assert_type(nato.tables("ISAF")[0], natodata.Table)
assert_type(natodata.coverage(), natodata.Records[natodata.Coverage])
assert_type(nato.partners(), natodata.Records[natodata.Country])
assert_type(nato.country(cow=385), natodata.Country)
assert_type(nato.peak("ISAF"), natodata.Strength)
assert_type(nato.table("members"), natodata.Records[natodata.MemberState])
assert_type(nato.table("coverage"), natodata.Records[natodata.Coverage])
assert_type(natodata.to_dict(nato.member("NOR")), dict[str, Any])
assert_type(natodata.from_dict(natodata.Operation, {}), natodata.Operation)


# A bare ByNation is either kind of answer by nation.
def _bare(any_answer: natodata.ByNation) -> None:
    assert_type(any_answer["NOR"], int | tuple[natodata.Contribution, ...])


_bare(natodata.personnel_by_country("ISAF"))

# The exports take only what they can export, and say what they give.
cell = natodata.to_records(nato.members())[0]["joined"]
assert_type(cell, str | int | float | Decimal | bool | dt.date | None)
assert_type(natodata.to_csv(nato.table("expenditure")), str)
assert_type(natodata.to_csv(nato.member("NOR")), str)
assert_type(natodata.to_csv(figures, escape_formulas=True), str)
assert_type(natodata.to_json(nato.operations(), indent=2), str)
natodata.to_csv("members")  # type: ignore[arg-type]
natodata.to_csv(42)  # type: ignore[arg-type]
assert_type(natodata.to_polars(nato.members()), polars.DataFrame)
assert_type(nato.members().to_polars(), polars.DataFrame)

# The plots give matplotlib's Axes.
assert_type(natodata.plot.enlargement(), matplotlib.axes.Axes)
assert_type(natodata.plot.strength("ISAF"), matplotlib.axes.Axes)

# A figure's qualifier describes the int | None a record holds; a row says its figure in words.
row = nato.contributions(operation="ISAF")[0]
assert_type(row.qualifier, natodata.Qualifier | None)
if row.qualifier is not None:
    assert_type(row.qualifier.describe(row.personnel), str)
assert_type(row.figure_text, str)
