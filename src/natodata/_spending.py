"""Defence expenditure by Ally, year and edition, and which edition answers a question.

NATO publishes its figures in editions, each revising earlier years. A question names the edition
it wants, or a day (what NATO had published by then), or neither (the latest edition that has the
year asked for). Figures are compared as printed, as Decimals, so 2.00 meets 2 % and 1.99 does not.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ._dates import Precision, iso_at, parse_date, period_end
from .exceptions import NoDataError

if TYPE_CHECKING:
    from decimal import Decimal

    from ._model_spending import Expenditure

__all__ = ["Edition", "Spending", "as_share"]

Edition = str | datetime.date
"""An edition as an argument: its date as the tables write it (``"2024-06"``), or a day in it."""


def as_share(value: Decimal | float | str) -> Decimal:
    """A share of GDP given by a caller (``2``, ``"3.5"``, ``Decimal("2")``) as a Decimal."""
    from decimal import Decimal  # imported when spending is first asked about

    if isinstance(value, bool):
        raise TypeError("a share of GDP is a number such as 2 or 3.5, not a bool")
    if isinstance(value, float):
        return Decimal(str(value))
    try:
        return Decimal(value)
    except ArithmeticError:
        raise ValueError(f"a share of GDP is a number such as 2 or 3.5, got {value!r}") from None


class Spending:
    """The expenditure figures indexed by edition."""

    __slots__ = ("_by_edition", "_editions")

    def __init__(self, figures: Sequence[Expenditure]) -> None:
        by_edition: dict[tuple[datetime.date, Precision], list[Expenditure]] = {}
        for figure in figures:
            by_edition.setdefault((figure.edition, figure.edition_precision), []).append(figure)
        self._editions = sorted(by_edition)
        self._by_edition = {
            edition: tuple(sorted(rows, key=lambda f: (f.country, f.year)))
            for edition, rows in by_edition.items()
        }

    def editions(self) -> tuple[str, ...]:
        """Every edition, oldest first, as the tables write its date."""
        return tuple(iso_at(*edition) for edition in self._editions)

    def rows(self, edition: tuple[datetime.date, Precision]) -> tuple[Expenditure, ...]:
        """The figures one edition published."""
        return self._by_edition[edition]

    def edition(self, wanted: Edition) -> tuple[datetime.date, Precision]:
        """The edition a caller names, by its date as written or by a day within it.

        Raises:
            NoDataError: No edition has that date.
        """
        if isinstance(wanted, str):
            try:
                first, precision = parse_date(wanted)
            except ValueError:
                raise NoDataError(self._unknown(wanted)) from None
            if (first, precision) in self._by_edition:
                return first, precision
        elif isinstance(wanted, datetime.date):
            day = wanted.date() if isinstance(wanted, datetime.datetime) else wanted
            for first, precision in self._editions:
                if first <= day <= period_end(first, precision):
                    return first, precision
        else:
            raise TypeError(
                "edition: expected the edition's date as a string such as '2024-06', or a date;"
                f" got {type(wanted).__name__}"
            )
        raise NoDataError(self._unknown(str(wanted)))

    def _unknown(self, wanted: str) -> str:
        known = ", ".join(self.editions())
        return f"no edition of NATO's figures is dated {wanted}; editions: {known}"

    def choose(
        self,
        year: int | None,
        edition: Edition | None,
        as_of: datetime.date | None,
    ) -> tuple[datetime.date, Precision]:
        """The edition that answers: the one named; else the latest by *as_of*; else the latest.

        Only editions that have *year* are considered when a year is asked for. An edition
        counts as published by *as_of* when its date (the last day of it, for an edition dated
        to a month or year) is on or before it.

        Raises:
            NoDataError: No edition qualifies.
        """
        if edition is not None:
            if as_of is not None:
                raise TypeError("give an edition or a day (as_of), not both")
            chosen = self.edition(edition)
            if year is not None and not any(f.year == year for f in self._by_edition[chosen]):
                raise NoDataError(f"the edition of {iso_at(*chosen)} has no figures for {year}")
            return chosen
        candidates = [
            e
            for e in self._editions
            if (as_of is None or period_end(*e) <= as_of)
            and (year is None or any(f.year == year for f in self._by_edition[e]))
        ]
        if not candidates:
            when = "" if as_of is None else f" published by {as_of}"
            what = "" if year is None else f" with figures for {year}"
            raise NoDataError(f"no edition of NATO's figures{when}{what}")
        return candidates[-1]

    def figures(
        self, country: str | None, year: int | None, edition: Edition | None
    ) -> Iterable[Expenditure]:
        """Every figure, narrowed by each filter given."""
        editions = self._editions if edition is None else [self.edition(edition)]
        for chosen in editions:
            for figure in self._by_edition[chosen]:
                if (country is None or figure.country == country) and (
                    year is None or figure.year == year
                ):
                    yield figure
