"""Pins the public API's types; checked by `mypy --strict`, never run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from typing_extensions import assert_type

import natodata

nato = natodata.load()
assert_type(nato, natodata.Alliance)
assert_type(natodata.load("tables"), natodata.Alliance)
assert_type(nato.members(on=dt.date(2007, 3, 29)), tuple[natodata.MemberState, ...])
assert_type(nato.member("NOR"), natodata.MemberState)
assert_type(nato.country("NOR"), natodata.Country)
assert_type(nato.is_member("Sweden", on=dt.date(2020, 1, 1)), bool)
assert_type(nato.operations(active_on=dt.date(2007, 3, 29)), tuple[natodata.Operation, ...])
assert_type(nato.operation("ISAF"), natodata.Operation)
assert_type(nato.contributions(operation="ISAF"), tuple[natodata.Contribution, ...])
assert_type(
    natodata.contributions_by_country("ISAF", on=dt.date(2007, 3, 29)),
    Mapping[str, tuple[natodata.Contribution, ...]],
)
assert_type(
    natodata.contributions_by_country(nato.contributions()),
    Mapping[str, tuple[natodata.Contribution, ...]],
)
assert_type(natodata.personnel_by_country("ISAF", dt.date(2010, 6, 1)), Mapping[str, int])
assert_type(nato.strength("ISAF"), natodata.Strength)
assert_type(nato.operation("ISAF").end, dt.date | None)
assert_type(nato.contributions()[0].personnel, int | None)
assert_type(natodata.DATA_VERSION, str)
assert_type(natodata.DATA_DATE, dt.date)
