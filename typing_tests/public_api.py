"""Pins the public API's types; checked by `mypy --strict`, never run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from typing_extensions import assert_type

import natodata

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

# Results are still what they extend: a tuple, and a read-only mapping.
members: tuple[natodata.MemberState, ...] = nato.members()
figures: Mapping[str, int] = natodata.personnel_by_country("ISAF", dt.date(2010, 6, 1))
rows: Sequence[natodata.Contribution] = nato.contributions(country="NOR")
assert_type(nato.tables("ISAF")[0], natodata.Table)
assert_type(natodata.coverage(), natodata.Records[natodata.Coverage])
assert_type(nato.partners(), natodata.Records[natodata.Country])
assert_type(nato.country(cow=385), natodata.Country)
assert_type(nato.peak("ISAF"), natodata.Strength)
assert_type(natodata.to_records("members"), list[dict[str, Any]])
assert_type(natodata.to_dict(nato.member("NOR")), dict[str, Any])
assert_type(natodata.from_dict(natodata.Operation, {}), natodata.Operation)
