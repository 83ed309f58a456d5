"""The records of the spending tables: what each Ally spent, and the guidelines it is measured by.

They are created when a query first needs the spending, not with the model's other records (see
docs/performance.md).
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from typing import Any

import attrs

from ._dates import Precision, format_date
from ._model import _cites_something, _code, _first_day, _invalid, _not_empty, _Shown

__all__ = ["Expenditure", "Guideline"]


def _share(_: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        _invalid(attribute, f"expected a percentage from 0 to 100, got {value}")


@attrs.frozen(weakref_slot=False)
class Expenditure(_Shown):
    """What one Ally spent on defence in one year, as one edition of NATO's figures published it.

    NATO publishes "Defence Expenditure of NATO Countries" once or twice a year; each edition
    revises earlier years and estimates the latest. A figure is kept as printed (``2.29`` stays
    ``Decimal("2.29")``), never recomputed.

    Attributes:
        country: Alpha-3 code of the Ally.
        year: The year the figure is for.
        edition: The date of the release that published it (first day of it, at its precision).
        edition_precision: How much of *edition* its sources give.
        estimate: True where NATO marks the figure as an estimate (``2025e``), False where it
            does not, None where the source read does not say.
        percent_of_gdp: Defence expenditure as a share of GDP, in per cent (2.29 means 2.29 %),
            as printed.
        basis: What the share is a share of, as the edition states it (e.g. real GDP at 2021
            prices).
        source: Id of the source the figure was read in.
        evidence: The source's own words or table row that state the figure, as printed.
    """

    country: str = attrs.field(validator=_code(3))
    year: int
    edition: datetime.date
    edition_precision: Precision = attrs.field(validator=functools.partial(_first_day, "edition"))
    estimate: bool | None
    percent_of_gdp: Decimal = attrs.field(validator=_share)
    basis: str
    source: str = attrs.field(validator=_not_empty)
    evidence: str = attrs.field(default="", kw_only=True)

    @property
    def edition_text(self) -> str:
        """The edition's date as a person reads it, at its precision."""
        return format_date(self.edition, self.edition_precision)


@attrs.frozen(weakref_slot=False)
class Guideline(_Shown):
    """A spending commitment the Allies agreed: the 2 % guideline, the Wales pledge, The Hague.

    Attributes:
        id: Stable slug (``"wales-2014-defence-investment-pledge"``).
        name: What it is called.
        agreed: When it was agreed (first day of it, at its precision).
        agreed_precision: How much of *agreed* the sources give.
        percent_of_gdp: The share of GDP it sets, in per cent (2 means 2 %).
        equipment_percent: The share of defence expenditure it sets for major equipment, in per
            cent, where the sources state one; None otherwise.
        target_year: The year by which it is to be met, where the sources state one.
        sources: Ids of the sources.
        evidence: The sources' own words that state it.
    """

    id: str = attrs.field(validator=_not_empty)
    name: str = attrs.field(validator=_not_empty)
    agreed: datetime.date
    agreed_precision: Precision = attrs.field(validator=functools.partial(_first_day, "agreed"))
    percent_of_gdp: Decimal = attrs.field(validator=_share)
    equipment_percent: Decimal | None = attrs.field(validator=_share)
    target_year: int | None
    sources: tuple[str, ...] = attrs.field(validator=_cites_something)
    evidence: str = attrs.field(default="", kw_only=True)

    def met_by(self, share: Decimal) -> bool:
        """Whether a share of GDP (in per cent, as NATO prints it) meets it."""
        return share >= self.percent_of_gdp
