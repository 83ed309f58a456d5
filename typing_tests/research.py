"""Pins the types of the research features (panels, the data folder); checked, never run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from typing_extensions import assert_type

import natodata

nato = natodata.load()
panel = nato.panel(2003, 2014, operations=["ISAF"], max_age=dt.timedelta(days=400))
assert_type(panel, natodata.Records[natodata.PanelRow])
assert_type(panel[0].personnel, int | None)
assert_type(panel[0].as_of, dt.date | None)
assert_type(panel[0].cow, int | None)
assert_type(panel[0].percent_of_gdp, Decimal | None)
assert_type(natodata.data_path(), Path)
names: tuple[str, ...] = natodata.TABLE_NAMES
