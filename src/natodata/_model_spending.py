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
        national_currency_millions: Defence expenditure, millions of national currency, current
            prices (NATO's Table 1).
        national_currency_millions_constant: The same at the constant prices of
            *price_base_year*.
        usd_millions: Defence expenditure, millions of US dollars, current prices and exchange
            rates (Table 2).
        usd_millions_constant: The same at the constant prices and exchange rates of
            *price_base_year*.
        real_change_percent: Annual real change of defence expenditure, per cent (Table 3); it
            may be negative.
        gdp_usd_millions: GDP, millions of US dollars, current prices and exchange rates
            (Table 5).
        gdp_usd_millions_constant: GDP at the constant prices and exchange rates of
            *price_base_year*, millions of US dollars.
        gdp_per_capita_thousand_usd_constant: GDP per head, thousands of US dollars, constant
            prices and exchange rates (Table 6).
        expenditure_per_capita_usd_constant: Defence expenditure per head, US dollars, constant
            prices and exchange rates (Table 6).
        military_personnel_thousands: Military personnel, thousands (Table 7).
        equipment_percent: Major equipment and associated R&D, per cent of defence expenditure
            (Table 8a).
        personnel_percent: Military and civilian personnel, pensions included, per cent of
            defence expenditure (Table 8a).
        infrastructure_percent: NATO common and national military construction, per cent of
            defence expenditure (Table 8b).
        other_percent: Operations, maintenance and other expenditure, per cent of defence
            expenditure (Table 8b).
        price_base_year: The year whose prices and exchange rates the constant figures are in.

    The figures after *evidence* are None where the edition read does not give them (only the
    share of GDP is known for some editions); each is as printed, never recomputed.
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
    national_currency_millions: Decimal | None = attrs.field(default=None, kw_only=True)
    national_currency_millions_constant: Decimal | None = attrs.field(default=None, kw_only=True)
    usd_millions: Decimal | None = attrs.field(default=None, kw_only=True)
    usd_millions_constant: Decimal | None = attrs.field(default=None, kw_only=True)
    real_change_percent: Decimal | None = attrs.field(default=None, kw_only=True)
    gdp_usd_millions: Decimal | None = attrs.field(default=None, kw_only=True)
    gdp_usd_millions_constant: Decimal | None = attrs.field(default=None, kw_only=True)
    gdp_per_capita_thousand_usd_constant: Decimal | None = attrs.field(default=None, kw_only=True)
    expenditure_per_capita_usd_constant: Decimal | None = attrs.field(default=None, kw_only=True)
    military_personnel_thousands: Decimal | None = attrs.field(default=None, kw_only=True)
    equipment_percent: Decimal | None = attrs.field(default=None, kw_only=True, validator=_share)
    personnel_percent: Decimal | None = attrs.field(default=None, kw_only=True, validator=_share)
    infrastructure_percent: Decimal | None = attrs.field(
        default=None, kw_only=True, validator=_share
    )
    other_percent: Decimal | None = attrs.field(default=None, kw_only=True, validator=_share)
    price_base_year: int | None = attrs.field(default=None, kw_only=True)

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
