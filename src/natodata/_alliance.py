"""The Alliance: the whole dataset, and every question asked of it."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from typing import Literal

import attrs

from ._display import ByNation, Records, alliance_html
from ._figures import Tables
from ._indexes import Figures, Keys, Lazy
from ._model import (
    Contribution,
    Country,
    Coverage,
    Framework,
    MemberState,
    Operation,
    Partnership,
    Qualifier,
    Source,
    Strength,
    Table,
)
from ._panel import DEFAULT_MAX_AGE, Nations, PanelRow, build_panel
from .exceptions import NoDataError, UnknownCountryError, UnknownOperationError

__all__ = ["Alliance", "group_by_country"]


def _today() -> datetime.date:
    return datetime.date.today()  # noqa: DTZ011 - membership is counted in calendar days


@attrs.frozen(repr=False, eq=False)
class Alliance:
    """NATO, with its members, partners, operations, contributions and sources.

    Get the packaged dataset with :func:`natodata.load`; every query below answers from it.
    Everything it returns is immutable, so the one cached Alliance is safe to share.

    Attributes:
        name: Full name, "North Atlantic Treaty Organization".
        abbreviation: "NATO".
        founded: The day the North Atlantic Treaty was signed.
        headquarters: Where its headquarters are.
        alliance_sources: Ids of the sources of these facts.
    """

    name: str
    abbreviation: str
    founded: datetime.date
    headquarters: str
    alliance_sources: tuple[str, ...]
    _countries: Records[Country] = attrs.field(alias="countries")
    _operations: Records[Operation] = attrs.field(alias="operations")
    _contributions: Records[Contribution] = attrs.field(alias="contributions")
    _strengths: Records[Strength] = attrs.field(alias="strengths")
    _sources: Records[Source] = attrs.field(alias="source_records")
    _partnerships: Records[Partnership] = attrs.field(alias="partnerships", factory=Records)
    _keys: Lazy[Keys] = attrs.field(init=False)
    _figures: Lazy[Figures] = attrs.field(init=False)

    @_keys.default
    def _lazy_keys(self) -> Lazy[Keys]:
        return Lazy(functools.partial(Keys, self._countries, self._operations, self._sources))

    @_figures.default
    def _lazy_figures(self) -> Lazy[Figures]:
        return Lazy(
            functools.partial(
                Figures, self._operations, self._contributions, self._sources, self._strengths
            )
        )

    def _repr_html_(self) -> str:
        return alliance_html(self)

    def __repr__(self) -> str:
        return (
            f"<Alliance {self.abbreviation}: {len(self.members())} members today,"
            f" {len(self._operations)} operations, {len(self._contributions)} contributions,"
            f" {len(self._sources)} sources>"
        )

    # Members and countries

    def members(self, on: datetime.date | None = None) -> Records[MemberState]:
        """The member states on a date, by name.

        Args:
            on: The day; None means today.
        """
        day = _today() if on is None else on
        return Records(
            c for c in self._countries if isinstance(c, MemberState) and c.member_on(day)
        )

    def countries(self) -> Records[Country]:
        """Every nation in the data, members and partners, by name."""
        return self._countries

    def country(
        self, key: str | None = None, *, numeric: int | str | None = None, cow: int | None = None
    ) -> Country:
        """A nation, member or partner, by any of its codes or any recorded name.

        Give one of:

        - *key*: alpha-3 ("NOR"), alpha-2 ("NO"), ISO 3166-1 numeric as a string of digits
          ("578"; leading zeros optional) or a name. Matching ignores case, accents and
          punctuation: "NOR", "no", "Norway" and "türkiye" all work.
        - *numeric*: the ISO 3166-1 numeric code, as a number or a string (578, "040").
        - *cow*: the Correlates of War state number (385 is Norway).

        Raises:
            UnknownCountryError: Nothing matches (with the closest names), or several do.
            TypeError: Not exactly one of *key*, *numeric* and *cow* is given.
        """
        keys = self._keys.get()
        if numeric is None and cow is None and key is not None:
            found = keys.countries(key)
            if len(found) == 1:
                return found[0]
            found = keys.countries(_pad_numeric(key))
        else:
            given = [
                k for k, v in (("key", key), ("numeric", numeric), ("cow", cow)) if v is not None
            ]
            if len(given) != 1:
                raise TypeError(f"give exactly one of key, numeric or cow; got {given or 'none'}")
            key = f"numeric:{_pad_numeric(str(numeric))}" if cow is None else f"cow:{cow}"
            found = keys.countries(key)
            key = key.replace(":", " ")
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownCountryError(key, candidates=[f"{c.name} ({c.code})" for c in found])
        raise UnknownCountryError(key, suggestions=keys.suggest_country(key))

    def member(self, key: str) -> MemberState:
        """A member state (today's or a future one) by alpha-3, alpha-2 or any recorded name.

        Raises:
            UnknownCountryError: Nothing matches, several do, or the nation has never been a member.
        """
        country = self.country(key)
        if not isinstance(country, MemberState):
            raise UnknownCountryError(
                key, message=f"{country.name} ({country.code}) has never been a member of NATO"
            )
        return country

    def is_member(self, key: str, on: datetime.date | None = None) -> bool:
        """Whether a nation was a member on a date (None means today).

        Raises:
            UnknownCountryError: The key names no nation in the data.
        """
        country = self.country(key)
        return isinstance(country, MemberState) and country.member_on(
            _today() if on is None else on
        )

    # Operations

    def operations(self, active_on: datetime.date | None = None) -> Records[Operation]:
        """NATO-led operations and missions, oldest first.

        Args:
            active_on: Only those running on this day; None means all of them.
                An end known only to the month or year counts as running to the end of it.
        """
        if active_on is None:
            return self._operations
        return Records(o for o in self._operations if o.active_on(active_on))

    def operation(self, key: str) -> Operation:
        """An operation by its code ("ISAF") or full name, ignoring case and punctuation.

        Raises:
            UnknownOperationError: Nothing matches; the message lists the closest codes.
        """
        keys = self._keys.get()
        found = keys.operations(key)
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownOperationError(key, candidates=[o.code for o in found])
        raise UnknownOperationError(key, suggestions=keys.suggest_operation(key))

    # Contributions

    def contributions(
        self,
        operation: str | None = None,
        country: str | None = None,
        on: datetime.date | None = None,
    ) -> Records[Contribution]:
        """Contribution rows; each filter given narrows the result, None leaves it open.

        Args:
            operation: An operation's code or name.
            country: A nation's code or name.
            on: Only the figures in force on this day, by the rule of
                :func:`natodata.contributions_by_country`; None gives every dated row.

        Raises:
            UnknownOperationError: *operation* names no operation.
            UnknownCountryError: *country* names no nation.
        """
        code = None if country is None else self.country(country).code
        operations = self._operations if operation is None else (self.operation(operation),)
        if on is None:
            if operation is None and code is None:
                return self._contributions
            wanted = None if operation is None else operations[0].code
            return Records(self._figures.get().rows(wanted, code))
        found: list[Contribution] = []
        for op in operations:
            if op.active_on(on):
                for nation, held in self._tables(op.code).on(on).items():
                    if code is None or nation == code:
                        found.extend(held)
        return Records(found)

    def contributions_by_country(
        self, operation: str, on: datetime.date | None = None
    ) -> ByNation[tuple[Contribution, ...]]:
        """Each nation's contribution rows to an operation on a date, by alpha-3 code.

        See :func:`natodata.contributions_by_country` for the rule.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: The date is outside the operation's dates or before its first table.
        """
        day, tables = self._tables_on(operation, on)
        return ByNation(tables.on(day))

    def _tables_on(self, operation: str, on: datetime.date | None) -> tuple[datetime.date, Tables]:
        """The day asked, and the operation's tables, if they can speak for that day."""
        op = self.operation(operation)
        day = _today() if on is None else on
        if not op.active_on(day):
            raise NoDataError(f"{op.code} ran {op.period}, so it has no figures for {day}")
        tables = self._tables(op.code)
        if tables.first is None or day < tables.first:
            if tables.first is None:
                raise NoDataError(f"no figures for {op.code}: it has no contribution tables")
            raise NoDataError(
                f"no figures for {op.code} on {day}: its first contribution table is dated"
                f" {tables.first}"
            )
        return day, tables

    def personnel_by_country(
        self, operation: str, on: datetime.date | None = None
    ) -> ByNation[int]:
        """Each nation's personnel in an operation on a date, largest first.

        Nations whose rows on that date count no people (an airlift, say) are left out.
        See :func:`natodata.contributions_by_country` for the rule and the errors.
        """
        day, tables = self._tables_on(operation, on)
        totals = sorted(tables.people_on(day).items(), key=_largest_first)
        return ByNation(dict(totals))

    def strengths(self, operation: str) -> Records[Strength]:
        """Every total strength recorded for an operation, oldest first."""
        code = self.operation(operation).code
        return Records(s for s in self._strengths if s.operation == code)

    def strength(self, operation: str, on: datetime.date | None = None) -> Strength:
        """An operation's total strength on a date: the latest figure dated on or before it.

        Where sources give several figures for that latest date, the one chosen is, in order: the
        stated total of a complete contribution table, an exact figure, then the larger figure.
        The others remain in :meth:`strengths`.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: The operation was not running then, or no figure is dated on or before.
        """
        op = self.operation(operation)
        day = _today() if on is None else on
        if not op.active_on(day):
            raise NoDataError(f"{op.code} ran {op.period}, so it has no strength on {day}")
        earlier = [s for s in self.strengths(op.code) if s.as_of <= day]
        if not earlier:
            raise NoDataError(f"no strength of {op.code} is recorded on or before {day}")
        latest = [s for s in earlier if s.as_of == earlier[-1].as_of]
        return max(
            latest,
            key=lambda s: (s.table_total, s.qualifier is Qualifier.EXACT, s.personnel, s.source),
        )

    def peak(self, operation: str) -> Strength:
        """The largest total strength recorded for an operation.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: No strength is recorded for it.
        """
        recorded = self.strengths(operation)
        if not recorded:
            raise NoDataError(f"no strength of {self.operation(operation).code} is recorded")
        return max(recorded, key=lambda s: (s.personnel, s.as_of))

    # Tables and coverage

    def tables(self, operation: str | None = None) -> Records[Table]:
        """The contribution tables, by operation and date; each names its source and size.

        Args:
            operation: Only this operation's tables; None means all of them.

        Raises:
            UnknownOperationError: *operation* names no operation.
        """
        code = None if operation is None else self.operation(operation).code
        return Records(t for t in self._figures.get().tables if code is None or t.operation == code)

    def coverage(self) -> Records[Coverage]:
        """For each operation with contribution tables: their dates, how many, and how complete."""
        found: dict[str, list[Table]] = {}
        for table in self.tables():
            found.setdefault(table.operation, []).append(table)
        nations: dict[str, set[str]] = {}
        for row in self._contributions:
            nations.setdefault(row.operation, set()).add(row.country)
        return Records(
            Coverage(
                operation=code,
                first=tables[0].as_of,
                last=tables[-1].as_of,
                tables=len(tables),
                complete=sum(t.complete for t in tables),
                checked=sum(t.stated_total is not None for t in tables),
                nations=len(nations[code]),
            )
            for code, tables in found.items()
        )

    # Panels

    def panel(  # noqa: PLR0913 - the panel's options are all keyword-only
        self,
        first_year: int,
        last_year: int,
        *,
        nations: Nations = "members",
        operations: Iterable[str] | None = None,
        reference_day: tuple[int, int] = (12, 31),
        max_age: datetime.timedelta | None = DEFAULT_MAX_AGE,
    ) -> Records[PanelRow]:
        """A country-year panel: each nation's personnel in each operation, year by year.

        One row per nation, year and operation running on that year's reference day, in the
        order nation, year, operation. Each figure is the one in force on the reference day, by
        the rule of :func:`natodata.contributions_by_country`, with the date of the table it
        comes from and whether that table is complete. "No figure" (``personnel`` None) is not
        zero: zero means a complete table in force that day leaves the nation out.
        A figure older than *max_age* on the reference day is no figure: a nation's last
        figure does not stand for the years after it unless you ask it to.

        >>> import natodata
        >>> panel = natodata.load().panel(2008, 2010, operations=["ISAF"])
        >>> row = next(r for r in panel if r.country == "NOR" and r.year == 2009)
        >>> row.on, row.personnel > 0, row.complete, row.member
        (datetime.date(2009, 12, 31), True, True, True)

        Args:
            first_year: The first year of the panel.
            last_year: The last year, included.
            nations: ``"members"`` (the default): the nations that were members on each year's
                reference day; ``"partners"``: the other nations in the data (partners and
                other contributors); ``"all"``: both.
            operations: Codes or names of the operations; None means every operation with
                contribution tables (see :meth:`coverage`).
            reference_day: The (month, day) each year's figures are in force on; the default
                (12, 31) takes the figures in force at the end of each year.
            max_age: The oldest a figure may be on the reference day, counted from its date
                (its first day, at a coarser precision); older is no figure. The default is
                366 days: a figure of the same day a year before still counts. None sets no
                limit, so the last figure stands until a newer table replaces it.

        Returns:
            The rows, as :class:`PanelRow` records (``.to_pandas()``, ``.to_polars()``).

        Raises:
            UnknownOperationError: An operation in *operations* names no operation.
            ValueError: *first_year* is after *last_year*, *nations* is none of the three, or
                *reference_day* is no day of some year (29 February).
        """
        return build_panel(
            self,
            first_year,
            last_year,
            nations=nations,
            operations=operations,
            reference_day=reference_day,
            max_age=max_age,
        )

    # Partnerships

    def partnerships(
        self, country: str | None = None, framework: Framework | None = None
    ) -> Records[Partnership]:
        """Partnership records, by nation; each filter given narrows the result.

        Raises:
            UnknownCountryError: *country* names no nation.
        """
        code = None if country is None else self.country(country).code
        return Records(
            p
            for p in self._partnerships
            if (code is None or p.country == code)
            and (framework is None or p.framework is framework)
        )

    def partners(
        self, framework: Framework | None = None, on: datetime.date | None = None
    ) -> Records[Country]:
        """The nations in NATO's partnership frameworks, by name.

        Args:
            framework: Only this framework; None means any.
            on: The day; None means now: every partnership the data does not record as ended.
                On a given day only partnerships whose start is recorded can count.
        """
        codes = {
            p.country
            for p in self.partnerships(framework=framework)
            if (p.end is None if on is None else p.active_on(on))
        }
        return Records(c for c in self._countries if c.code in codes)

    # Sources

    def sources(self) -> Records[Source]:
        """Every source the data cites."""
        return self._sources

    def source(self, source_id: str) -> Source:
        """A source by its id.

        Raises:
            KeyError: No source has that id.
        """
        try:
            return self._keys.get().sources[source_id]
        except KeyError:
            raise KeyError(f"no source has the id {source_id!r}") from None

    def cite(
        self,
        record: Contribution | Strength | Partnership | Operation | Country | Source | str,
        style: Literal["text", "bibtex"] = "text",
    ) -> str:
        """The citation of the source(s) a record's facts come from, or of a source by its id.

        A figure (a contribution, a strength, a partnership) has one source; an operation or a
        nation may cite several, one citation a line (BibTeX: one entry after another).

        >>> import natodata
        >>> nato = natodata.load()
        >>> figure = nato.strength("ISAF", on=datetime.date(2009, 10, 1))
        >>> print(nato.cite(figure, "bibtex").splitlines()[1])
          author = {{About.com}},

        Raises:
            KeyError: A source id that no source has.
        """
        if isinstance(record, str):
            ids: tuple[str, ...] = (record,)
        elif isinstance(record, Source):
            ids = (record.id,)
        elif isinstance(record, (Contribution, Strength, Partnership)):
            ids = (record.source,)
        else:
            ids = record.sources
        return "\n".join(self.source(i).citation(style) for i in ids)

    def _tables(self, operation: str) -> Tables:
        return self._figures.get().dated(operation)


def _largest_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _pad_numeric(key: str) -> str:
    """A numeric code as ISO writes it, three digits: "40" is "040"; any other key is unchanged."""
    digits = key.strip()
    return digits.zfill(3) if digits.isascii() and digits.isdigit() and len(digits) < 3 else key


def group_by_country(
    contributions: Iterable[Contribution],
) -> ByNation[tuple[Contribution, ...]]:
    """Contribution rows grouped by nation, in alpha-3 order, each group in the order given."""
    grouped: dict[str, list[Contribution]] = {}
    for row in contributions:
        grouped.setdefault(row.country, []).append(row)
    return ByNation({k: tuple(v) for k, v in sorted(grouped.items())})
