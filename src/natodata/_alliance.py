"""The Alliance: the whole dataset, and every question asked of it."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import attrs

from ._dates import DateLike, as_day
from ._figures import Figures, Tables
from ._lazy import Lazy
from ._lookup import Keys, key_text
from ._model import Country, Framework, MemberState, Qualifier, Source
from ._panel import DEFAULT_MAX_AGE, Nations, build_panel
from ._results import ByNation, Records
from ._spending import Edition, Spending, as_share
from .exceptions import (
    NoDataError,
    UnknownCountryError,
    UnknownOperationError,
    UnknownSourceError,
)

if TYPE_CHECKING:
    from decimal import Decimal

    # The figures' and the spending's records are created when those tables are first read.
    from ._model_figures import Contribution, Coverage, PanelRow, Strength, Table
    from ._model_operations import Operation
    from ._model_partners import Partnership
    from ._model_spending import Expenditure, Guideline

__all__ = ["TABLE_NAMES", "Alliance"]

T = TypeVar("T")

#: The names :meth:`Alliance.table` answers to, one a table of records.
TABLE_NAMES = (
    "members",
    "countries",
    "operations",
    "contributions",
    "strengths",
    "partnerships",
    "sources",
    "expenditure",
    "guidelines",
    "tables",
    "coverage",
)


class _Held(Generic[T]):
    """The Alliance's records of one kind, read from its data the first time they are asked for."""

    def __init__(self, kind: str) -> None:
        self._kind = kind

    @overload
    def __get__(self, alliance: None, owner: type[Any]) -> _Held[T]: ...
    @overload
    def __get__(self, alliance: Alliance, owner: type[Any]) -> Records[T]: ...
    def __get__(self, alliance: Alliance | None, owner: type[Any]) -> _Held[T] | Records[T]:
        if alliance is None:
            return self
        found: Records[T] = alliance._data.get(self._kind)  # noqa: SLF001 - its own data
        return found


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
        alliance_evidence: The sources' own words that state them.

    Each kind of record is read from its tables, with every check that concerns them, the first
    time a query needs it (the packaged dataset); a directory of one's own is checked whole
    before :func:`natodata.load` returns it.
    """

    # The records, read by a data source (natodata's loader) the first time each kind is asked.
    _data: Any = attrs.field(alias="data")
    # Built on first use, once, whichever thread asks first.
    _keys: Lazy[Keys] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: Lazy(
                lambda: Keys(self._countries, lambda: self._operations, lambda: self._sources)
            ),
            takes_self=True,
        ),
    )
    _figures: Lazy[Figures] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: Lazy(
                lambda: Figures(
                    self._operations, self._contributions, self._sources, self._strengths
                )
            ),
            takes_self=True,
        ),
    )
    _spending: Lazy[Spending] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: Lazy(lambda: Spending(self._expenditures)), takes_self=True
        ),
    )
    # _InForce is defined below the Alliance: the lambda looks it up when an Alliance is made.
    _in_force: _InForce = attrs.field(init=False, factory=lambda: _InForce())  # noqa: PLW0108
    # How a pickle of this Alliance is read back: the packaged one, as the shared one.
    _restore: Callable[[], Alliance] | None = attrs.field(
        default=None, alias="restore", kw_only=True
    )

    @property
    def name(self) -> str:
        """Full name, "North Atlantic Treaty Organization"."""
        return str(self._facts["name"])

    @property
    def abbreviation(self) -> str:
        """The abbreviation, "NATO"."""
        return str(self._facts["abbreviation"])

    @property
    def founded(self) -> datetime.date:
        """The day the North Atlantic Treaty was signed."""
        founded: datetime.date = self._facts["founded"]
        return founded

    @property
    def headquarters(self) -> str:
        """Where its headquarters are."""
        return str(self._facts["headquarters"])

    @property
    def alliance_sources(self) -> tuple[str, ...]:
        """Ids of the sources of these facts."""
        return tuple(self._facts["sources"])

    @property
    def alliance_evidence(self) -> str:
        """The sources' own words that state them."""
        return str(self._facts["evidence"])

    @property
    def _facts(self) -> dict[str, Any]:
        facts: dict[str, Any] = self._data.get("facts")
        return facts

    _countries = _Held[Country]("countries")
    _operations = _Held["Operation"]("operations")
    _contributions = _Held["Contribution"]("contributions")
    _strengths = _Held["Strength"]("strengths")
    _sources = _Held[Source]("sources")
    _partnerships = _Held["Partnership"]("partnerships")
    _expenditures = _Held["Expenditure"]("expenditures")
    _guidelines = _Held["Guideline"]("guidelines")

    def _repr_html_(self) -> str:
        from ._dates import Precision, format_date
        from ._display import summary_html  # only a notebook pays for it

        rows = [
            ("name", f"{self.name} ({self.abbreviation})"),
            ("founded", format_date(self.founded, Precision.DAY)),
            ("headquarters", self.headquarters),
            ("member states", f"{self._member_states():,}"),
            ("countries", f"{len(self._countries):,}"),
            ("operations", f"{len(self._operations):,}"),
            ("contributions", f"{len(self._contributions):,}"),
            ("sources", f"{len(self._sources):,}"),
        ]
        return summary_html("Alliance", rows)

    def __repr__(self) -> str:
        # Nothing that depends on today: the same dataset has the same repr on any day.
        return (
            f"<Alliance {self.abbreviation}: {self._member_states()} member states,"
            f" {len(self._operations)} operations, {len(self._contributions)} contributions,"
            f" {len(self._sources)} sources>"
        )

    def _member_states(self) -> int:
        return sum(isinstance(c, MemberState) for c in self._countries)

    def __copy__(self) -> Alliance:
        return self  # immutable: a copy would be the same in every way

    def __deepcopy__(self, memo: dict[int, Any]) -> Alliance:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        if self._restore is not None:
            return self._restore, ()
        return _rebuild, ({"data": self._data},)

    # Members and countries

    def members(self, on: DateLike | None = None) -> Records[MemberState]:
        """The member states on a date, by name.

        Args:
            on: The day (a date, a datetime, ``"YYYY-MM-DD"`` or a pandas Timestamp); None means
                today.
        """
        day = _today() if on is None else as_day(on, "on")
        return Records(
            c for c in self._countries if isinstance(c, MemberState) and c.member_on(day)
        )

    def countries(self) -> Records[Country]:
        """Every nation in the data, members and partners, by name."""
        return self._countries

    def country(
        self,
        key: str | int | None = None,
        *,
        numeric: int | str | None = None,
        cow: int | None = None,
    ) -> Country:
        """A nation, member or partner, by any of its codes or any recorded name.

        Give one of:

        - *key*: alpha-3 ("NOR"), alpha-2 ("NO"), ISO 3166-1 numeric as a number (578) or a
          string of digits ("578"; leading zeros optional), or a name. Matching ignores case,
          accents and punctuation: "NOR", "no", "Norway" and "türkiye" all work.
        - *numeric*: the ISO 3166-1 numeric code, as a number or a string (578, "040").
        - *cow*: the Correlates of War state number (385 is Norway).

        Raises:
            UnknownCountryError: Nothing matches (with the closest names), or several do.
            TypeError: Not exactly one of *key*, *numeric* and *cow* is given, or one of another
                type.
        """
        if isinstance(key, int) and not isinstance(key, bool) and numeric is None:
            key, numeric = None, key
        keys = self._keys.get()
        if numeric is None and cow is None and key is not None:
            text = key_text(key, "key")
            if text is None:
                raise UnknownCountryError(str(key))
            found = keys.countries(text)
            if len(found) == 1:
                return found[0]
            key = text
            found = keys.countries(_pad_numeric(key))
        else:
            given = [
                k for k, v in (("key", key), ("numeric", numeric), ("cow", cow)) if v is not None
            ]
            if len(given) != 1:
                raise TypeError(f"give exactly one of key, numeric or cow; got {given or 'none'}")
            _check_number(numeric, "numeric", str)
            _check_number(cow, "cow")
            key = f"numeric:{_pad_numeric(str(numeric))}" if cow is None else f"cow:{cow}"
            found = keys.countries(key)
            key = key.replace(":", " ")
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownCountryError(key, candidates=[f"{c.name} ({c.code})" for c in found])
        raise UnknownCountryError(key, suggestions=keys.suggest_country(key))

    def member(self, key: str | int) -> MemberState:
        """A member state (today's or a future one) by alpha-3, alpha-2 or any recorded name.

        Raises:
            UnknownCountryError: Nothing matches, several do, or the nation has never been a member.
        """
        country = self.country(key)
        if not isinstance(country, MemberState):
            raise UnknownCountryError(
                str(key),
                message=f"{country.name} ({country.code}) has never been a member of NATO",
            )
        return country

    def is_member(self, key: str | int, on: DateLike | None = None) -> bool:
        """Whether a nation was a member on a date (None means today).

        Raises:
            UnknownCountryError: The key names no nation in the data.
        """
        day = _today() if on is None else as_day(on, "on")
        country = self.country(key)
        return isinstance(country, MemberState) and country.member_on(day)

    # Operations

    def operations(self, active_on: DateLike | None = None) -> Records[Operation]:
        """NATO-led operations and missions, oldest first.

        Args:
            active_on: Only those running on this day; None means all of them.
                An end known only to the month or year counts as running to the end of it.
        """
        if active_on is None:
            return self._operations
        day = as_day(active_on, "active_on")
        return Records(o for o in self._operations if o.active_on(day))

    def operation(self, key: str) -> Operation:
        """An operation by its code ("ISAF") or full name, ignoring case and punctuation.

        Raises:
            UnknownOperationError: Nothing matches; the message lists the closest codes.
        """
        text = key_text(key, "key")
        if text is None:
            raise UnknownOperationError(key)
        keys = self._keys.get()
        found = keys.operations(text)
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownOperationError(key, candidates=[o.code for o in found])
        raise UnknownOperationError(key, suggestions=keys.suggest_operation(key))

    # Contributions

    def contributions(
        self,
        operation: str | None = None,
        country: str | int | None = None,
        on: DateLike | None = None,
    ) -> Records[Contribution]:
        """Contribution rows; each filter given narrows the result, None leaves it open.

        The rows come table by table: by operation code, then the first day of the table's date,
        then its source id; a table's rows by nation code.

        Args:
            operation: An operation's code or name.
            country: A nation's code or name.
            on: Only the figures in force on this day, by the rule of
                :func:`natodata.contributions_by_country`; None gives every dated row.

        With an operation and a day, the answer is that of
        :func:`natodata.contributions_by_country`: empty if no row is in force that day (or none
        of the nation asked), NoDataError if the data cannot say.
        Without an operation, the operations that cannot speak for the day are left out.

        Raises:
            UnknownOperationError: *operation* names no operation.
            UnknownCountryError: *country* names no nation.
            NoDataError: An operation and a day it has no figures for (see above).
        """
        day = None if on is None else as_day(on, "on")
        code = None if country is None else self.country(country).code
        operations = self._operations if operation is None else (self.operation(operation),)
        if day is None:
            if operation is None and code is None:
                return self._contributions
            wanted = None if operation is None else operations[0].code
            return Records(self._figures.get().rows(wanted, code))
        if operation is not None:
            operations = (self._tables_on(operations[0].code, day)[0],)
        found: list[Contribution] = []
        for op in operations:
            if op.active_on(day):
                for nation, held in self._rows_on(op.code, self._tables(op.code), day).items():
                    if code is None or nation == code:
                        found.extend(held)
        return Records(found)

    def contributions_by_country(
        self, operation: str, on: DateLike | None = None
    ) -> ByNation[tuple[Contribution, ...]]:
        """Each nation's contribution rows to an operation on a date, by alpha-3 code.

        See :func:`natodata.contributions_by_country` for the rule.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: The date is outside the operation's dates or before its first table.
        """
        day = _today() if on is None else as_day(on, "on")
        op, tables = self._tables_on(operation, day)
        return ByNation(self._rows_on(op.code, tables, day), self)

    def _rows_on(
        self, code: str, tables: Tables, day: datetime.date
    ) -> dict[str, tuple[Contribution, ...]]:
        """Each nation's rows of an operation in force on *day*, remembered for the last days."""
        return self._in_force.get(code, day, tables)

    def _tables_on(self, operation: str, day: datetime.date) -> tuple[Operation, Tables]:
        """The operation, and its tables, if they can speak for *day*."""
        op = self.operation(operation)
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
        if tables.only_periods and not tables.periods_on(day):
            # Rotations follow each other: a day no recorded rotation covers is a gap in the
            # sources, not a day nobody served.
            raise NoDataError(
                f"no figures for {op.code} on {day}: no rotation recorded covers that day"
                f" (the last recorded ends on {tables.last_day})"
            )
        return op, tables

    def personnel_by_country(self, operation: str, on: DateLike | None = None) -> ByNation[int]:
        """Each nation's personnel in an operation on a date, largest first.

        A nation whose rows in force give 0 people is in the answer with 0; one whose rows count no
        people at all (an airlift, say) is left out.
        See :func:`natodata.contributions_by_country` for the rule and the errors.
        """
        day = _today() if on is None else as_day(on, "on")
        op, tables = self._tables_on(operation, day)
        # Added up from the rows themselves, the rows contributions() gives: one truth for both.
        people: dict[str, int] = {}
        for nation, rows in self._rows_on(op.code, tables, day).items():
            for row in rows:
                if row.personnel is not None:
                    people[nation] = people.get(nation, 0) + row.personnel
        return ByNation(dict(sorted(people.items(), key=_largest_first)), self)

    def strengths(self, operation: str) -> Records[Strength]:
        """Every total strength recorded for an operation, oldest first."""
        code = self.operation(operation).code
        return Records(s for s in self._strengths if s.operation == code)

    def strength(self, operation: str, on: DateLike | None = None) -> Strength:
        """An operation's total strength on a date: the latest figure dated on or before it.

        Where sources give several figures for that latest date, the one chosen is, in order: the
        stated total of a complete contribution table, an exact figure, then the larger figure.
        The others remain in :meth:`strengths`.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: The operation was not running then, or no figure is dated on or before.
        """
        day = _today() if on is None else as_day(on, "on")
        op = self.operation(operation)
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
        """The largest total strength known for an operation: stated, or a complete table's sum.

        A complete contribution table lists every contributing nation, so its rows add up to the
        operation's strength that day even where no source states a total. The peak is the
        largest of the stated strengths and of these sums; ``table_sum`` says which it is (a
        stated figure wins a tie, then the earliest). A figure stated as a bound ("over 130,000")
        counts at its bound.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: No strength is recorded for it and it has no complete table.
        """
        code = self.operation(operation).code
        candidates = [*self.strengths(code), *self._table_sums(code)]
        if not candidates:
            raise NoDataError(f"no strength of {code} is recorded")
        # The largest figure; of equal ones, a stated one, then the first day it was reached.
        return max(candidates, key=lambda s: (s.personnel, not s.table_sum, -s.as_of.toordinal()))

    def _table_sums(self, code: str) -> list[Strength]:
        """Each complete table of an operation as the strength its rows add up to."""
        from ._model_figures import Strength

        return [
            Strength(
                table.operation,
                table.as_of,
                table.as_of_precision,
                table.personnel,
                Qualifier.EXACT,
                table_total=False,
                description=(
                    f"The sum of the {table.nations} nations' figures in the complete table of"
                    f" {table.as_of_text}; no source states it as a total."
                ),
                source=table.source,
                table_sum=True,
            )
            for table in self.tables(code)
            if table.complete
        ]

    def framework_nation(self, operation: str, on: DateLike | None = None) -> Country:
        """The framework nation of a multinational formation (a battlegroup) on a day.

        Among the contributions in force that day (by the rule of
        :func:`natodata.contributions_by_country`), it is the nation of the latest row with the
        ``framework`` role: a handover (Bulgaria's battlegroup passed from Bulgaria to Italy) is
        a later row, and the earlier framework nation stays a contributor.

        Raises:
            UnknownOperationError: *operation* names no operation.
            NoDataError: No framework nation is recorded in force that day.
        """
        on = _today() if on is None else as_day(on, "on")
        rows = [
            row
            for held in self.contributions_by_country(operation, on).values()
            for row in held
            if row.role is not None and row.role.value == "framework"
        ]
        if not rows:
            code = self.operation(operation).code
            raise NoDataError(f"no framework nation of {code} is recorded on {on}")
        latest = max(row.as_of for row in rows)
        leads = sorted({row.country for row in rows if row.as_of == latest})
        if len(leads) != 1:
            code = self.operation(operation).code
            raise NoDataError(f"{code} has {len(leads)} framework nations dated {latest}: {leads}")
        return self.country(leads[0])

    # Defence expenditure

    def editions(self) -> tuple[str, ...]:
        """The editions of NATO's defence expenditure figures in the data, oldest first.

        Each is written as the tables write its date (``"2024-06"``), which every ``edition=``
        argument accepts.
        """
        return self._spending.get().editions()

    def latest_edition(self, year: int | None = None, as_of: DateLike | None = None) -> str:
        """The edition that answers by default: the latest (by *as_of*, if given) that has *year*.

        Raises:
            NoDataError: No edition qualifies.
        """
        from ._dates import iso_at

        day = None if as_of is None else as_day(as_of, "as_of")
        return iso_at(*self._spending.get().choose(year, None, day))

    def expenditures(
        self,
        country: str | None = None,
        year: int | None = None,
        edition: Edition | None = None,
    ) -> Records[Expenditure]:
        """Defence expenditure figures; each filter given narrows the result.

        The figures come edition by edition, oldest first, and within an edition by country code,
        then year.

        Args:
            country: An Ally's code or name.
            year: The year the figures are for.
            edition: One edition, by its date (``"2024-06"``) or a day within it.

        Raises:
            UnknownCountryError: *country* names no nation.
            NoDataError: *edition* names no edition.
        """
        code = None if country is None else self.country(country).code
        return Records(self._spending.get().figures(code, year, edition))

    def expenditure(self, country: str, year: int, edition: Edition | None = None) -> Expenditure:
        """One Ally's figure for a year: from the edition named, else the latest that has it.

        >>> import natodata
        >>> nato = natodata.load()
        >>> figure = nato.expenditure("Poland", 2024, edition="2024-06")
        >>> figure.percent_of_gdp, figure.estimate
        (Decimal('4.12'), True)

        Raises:
            UnknownCountryError: *country* names no nation.
            NoDataError: No edition (or not the one named) has a figure for it that year.
        """
        code = self.country(country).code
        spending = self._spending.get()
        editions = [spending.edition(edition)] if edition is not None else None
        found = [
            f
            for f in spending.figures(code, year, None)
            if editions is None or (f.edition, f.edition_precision) in editions
        ]
        if not found:
            which = "any edition" if edition is None else f"the edition {edition}"
            raise NoDataError(f"no figure for {code} in {year} in {which}")
        return max(found, key=lambda f: f.edition)

    def defence_shares(
        self,
        year: int,
        edition: Edition | None = None,
        *,
        as_of: datetime.date | None = None,
    ) -> ByNation[Decimal]:
        """Each Ally's defence expenditure as a share of GDP in a year, largest first.

        All figures come from one edition: the one named; else the latest published by *as_of*
        (what NATO had said by that day); else the latest that has the year. Allies without a
        figure in it (Iceland, which has no armed forces) are absent, never zero.

        >>> import natodata
        >>> nato = natodata.load()
        >>> shares = nato.defence_shares(2024, edition="2024-06")
        >>> [code for code, share in shares.items() if share >= 3]
        ['POL', 'EST', 'USA', 'LVA', 'GRC']

        Raises:
            NoDataError: No edition qualifies, or the one named has no figures for the year.
        """
        spending = self._spending.get()
        chosen = spending.choose(year, edition, as_of)
        found = [f for f in spending.rows(chosen) if f.year == year]
        found.sort(key=lambda f: (-f.percent_of_gdp, f.country))
        return ByNation({f.country: f.percent_of_gdp for f in found})

    def allies_meeting(
        self,
        year: int,
        share: Decimal | float | str = 2,
        edition: Edition | None = None,
        *,
        as_of: datetime.date | None = None,
    ) -> tuple[str, ...]:
        """The Allies at or above a share of GDP in a year, by one edition (see defence_shares).

        >>> import natodata
        >>> nato = natodata.load()
        >>> len(nato.allies_meeting(2024, 2, edition="2024-06"))
        23
        """
        wanted = as_share(share)
        shares = self.defence_shares(year, edition, as_of=as_of)
        return tuple(code for code, value in shares.items() if value >= wanted)

    def allies_meeting_by_year(
        self, share: Decimal | float | str = 2, edition: Edition | None = None
    ) -> dict[int, int]:
        """How many Allies were at or above a share of GDP, each year one edition covers.

        The edition is the one named, else the latest.
        """
        wanted = as_share(share)
        spending = self._spending.get()
        chosen = spending.choose(None, edition, None)
        counts: dict[int, int] = {}
        for figure in spending.rows(chosen):
            counts.setdefault(figure.year, 0)
            if figure.percent_of_gdp >= wanted:
                counts[figure.year] += 1
        return dict(sorted(counts.items()))

    def spending(self, country: str, edition: Edition | None = None) -> Records[Expenditure]:
        """One Ally's figures, year by year, from one edition (the latest, unless one is named).

        Raises:
            UnknownCountryError: *country* names no nation.
            NoDataError: The edition has no figures for it.
        """
        code = self.country(country).code
        spending = self._spending.get()
        chosen = spending.choose(None, edition, None)
        found = [f for f in spending.rows(chosen) if f.country == code]
        if not found:
            raise NoDataError(f"the edition of {spending.editions()[-1]} has no figures for {code}")
        return Records(sorted(found, key=lambda f: f.year))

    def guidelines(self) -> Records[Guideline]:
        """The spending commitments the Allies agreed, oldest first."""
        return self._guidelines

    def guideline(self, id: str) -> Guideline:  # noqa: A002 - the record's own attribute name
        """A spending commitment by its id (see :meth:`guidelines`).

        Raises:
            NoDataError: No guideline has that id.
        """
        for found in self._guidelines:
            if found.id == id:
                return found
        known = ", ".join(g.id for g in self._guidelines)
        raise NoDataError(f"no guideline {id!r}; guidelines: {known}")

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
        from ._model_figures import Coverage

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
        Each member-year also carries its defence expenditure as a share of GDP
        (``percent_of_gdp``), from the latest edition of NATO's figures that has the year.

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
        self, country: str | int | None = None, framework: Framework | str | None = None
    ) -> Records[Partnership]:
        """Partnership records, by nation; each filter given narrows the result.

        They come by nation code, then framework, then start (an unknown start first).

        Args:
            country: A nation's code or name; None means every nation.
            framework: A framework, or its value (``"partnership_for_peace"``); None means any.

        Raises:
            UnknownCountryError: *country* names no nation.
        """
        framework = _framework(framework)
        code = None if country is None else self.country(country).code
        return Records(
            p
            for p in self._partnerships
            if (code is None or p.country == code)
            and (framework is None or p.framework is framework)
        )

    def partners(
        self, framework: Framework | str | None = None, on: DateLike | None = None
    ) -> Records[Country]:
        """The nations in NATO's partnership frameworks, by name.

        Args:
            framework: Only this framework, or its value (``"partnership_for_peace"``); None
                means any.
            on: The day; None means now: every partnership the data does not record as ended.
                On a given day only partnerships whose start is recorded can count.
        """
        day = None if on is None else as_day(on, "on")
        codes = {
            p.country
            for p in self.partnerships(framework=framework)
            if (p.end is None if day is None else p.active_on(day))
        }
        return Records(c for c in self._countries if c.code in codes)

    # Sources

    def sources(self) -> Records[Source]:
        """Every source the data cites."""
        return self._sources

    def source(self, source_id: str) -> Source:
        """A source by its id.

        Raises:
            UnknownSourceError: No source has that id (a KeyError too), with the closest ids.
        """
        text = key_text(source_id, "source_id")
        sources = self._keys.get().sources
        found = None if text is None else sources.get(text)
        if found is None:
            import difflib  # only a miss pays for it

            close = difflib.get_close_matches(text or "", list(sources), n=3) if text else []
            raise UnknownSourceError(source_id, suggestions=close)
        return found

    @overload
    def table(self, name: Literal["members"]) -> Records[MemberState]: ...
    @overload
    def table(self, name: Literal["countries"]) -> Records[Country]: ...
    @overload
    def table(self, name: Literal["operations"]) -> Records[Operation]: ...
    @overload
    def table(self, name: Literal["contributions"]) -> Records[Contribution]: ...
    @overload
    def table(self, name: Literal["strengths"]) -> Records[Strength]: ...
    @overload
    def table(self, name: Literal["partnerships"]) -> Records[Partnership]: ...
    @overload
    def table(self, name: Literal["sources"]) -> Records[Source]: ...
    @overload
    def table(self, name: Literal["expenditure"]) -> Records[Expenditure]: ...
    @overload
    def table(self, name: Literal["guidelines"]) -> Records[Guideline]: ...
    @overload
    def table(self, name: Literal["tables"]) -> Records[Table]: ...
    @overload
    def table(self, name: Literal["coverage"]) -> Records[Coverage]: ...
    @overload
    def table(self, name: str) -> Records[object]: ...
    def table(self, name: str) -> Records[object]:
        """A whole table of records by its name, for export: ``nato.table("members")``.

        The names are those of :data:`TABLE_NAMES`: "members" (every member state, past and
        future), "countries", "operations", "contributions", "strengths", "partnerships",
        "sources", "expenditure", "guidelines", "tables" (the contribution tables) and
        "coverage". "strengths" comes by operation code, then date; "expenditure" by country
        code, year, then edition.

        Raises:
            ValueError: No table has that name; the message lists them.
        """
        tables: dict[str, Callable[[], Records[object]]] = {
            "members": lambda: Records(c for c in self._countries if isinstance(c, MemberState)),
            "countries": self.countries,
            "operations": self.operations,
            "contributions": self.contributions,
            "strengths": lambda: self._strengths,
            "partnerships": self.partnerships,
            "sources": self.sources,
            "expenditure": lambda: self._expenditures,
            "guidelines": self.guidelines,
            "tables": self.tables,
            "coverage": self.coverage,
        }
        if name not in tables:
            listed = ", ".join(TABLE_NAMES)
            raise ValueError(f"no table is called {str(name)[:60]!r}; the tables are {listed}")
        return tables[name]()

    def cite(
        self,
        record: Contribution
        | Strength
        | Partnership
        | Expenditure
        | Operation
        | Country
        | Guideline
        | Source
        | str,
        style: Literal["text", "bibtex"] = "text",
    ) -> str:
        """The citation of the source(s) a record's facts come from, with the sources' own words.

        A figure (a contribution, a strength, a partnership, an expenditure) has one source; an
        operation or a nation may cite several, one citation a line (BibTeX: one entry after
        another). The record's evidence follows as a last line (in BibTeX, a ``note``).

        >>> import natodata, datetime
        >>> nato = natodata.load()
        >>> (row,) = nato.contributions(operation="ISAF", country="NOR", on="2009-10-01")
        >>> print(nato.cite(row).splitlines()[-1])
        In its words: “Norway 600”

        >>> import natodata
        >>> nato = natodata.load()
        >>> figure = nato.strength("ISAF", on=datetime.date(2009, 10, 1))
        >>> print(nato.cite(figure, "bibtex").splitlines()[1])
          author = {{International Security Assistance Force (ISAF), NATO}},

        Raises:
            UnknownSourceError: A source id that no source has.
        """
        from ._model_figures import Contribution, Strength  # created on first use
        from ._model_partners import Partnership
        from ._model_spending import Expenditure

        if isinstance(record, str):
            ids: tuple[str, ...] = (record,)
        elif isinstance(record, Source):
            ids = (record.id,)
        elif isinstance(record, (Contribution, Strength, Partnership, Expenditure)):
            ids = (record.source,)
        else:
            ids = record.sources
        cited = [self.source(i).citation(style) for i in ids]
        evidence = getattr(record, "evidence", "")
        if evidence:
            if style == "bibtex":
                words = evidence.replace("{", "(").replace("}", ")")
                entry = cited[-1].rstrip()
                cited[-1] = f"{entry.removesuffix('}').rstrip()}\n  note = {{{words}}},\n}}"
            else:
                cited.append(f"In {'its' if len(ids) == 1 else 'their'} words: “{evidence}”")
        return "\n".join(cited)

    def _tables(self, operation: str) -> Tables:
        return self._figures.get().dated(operation)


class _InForce:
    """The rows in force by operation and day, for the last days asked.

    It holds the records themselves, so every query still reads a figure from its record
    (docs/reliability.md, "The shared dataset and the back door").
    """

    __slots__ = ("_found",)

    #: How many (operation, day) answers it remembers before it starts afresh.
    SIZE = 256

    def __init__(self) -> None:
        self._found: dict[tuple[str, datetime.date], dict[str, tuple[Contribution, ...]]] = {}

    def get(
        self, code: str, day: datetime.date, tables: Tables
    ) -> dict[str, tuple[Contribution, ...]]:
        """The rows in force, from memory or from the operation's *tables*."""
        found = self._found.get((code, day))
        if found is None:
            if len(self._found) >= self.SIZE:
                self._found.clear()
            found = self._found[code, day] = tables.on(day)
        return found


def _largest_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _pad_numeric(key: str) -> str:
    """A numeric code as ISO writes it, three digits: "40" is "040"; any other key is unchanged."""
    digits = key.strip()
    return digits.zfill(3) if digits.isascii() and digits.isdigit() and len(digits) < 3 else key


def _check_number(value: object, argument: str, *others: type) -> None:
    """Refuse a code of the wrong type before it is written into a key."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, *others))):
        raise TypeError(f"{argument} must be a number, got {type(value).__name__}")


def _framework(value: Framework | str | None) -> Framework | None:
    """A framework given as itself or as its value."""
    if value is None or isinstance(value, Framework):
        return value
    if not isinstance(value, str):
        raise TypeError(f"framework must be a Framework or its value, got {type(value).__name__}")
    try:
        return Framework(value)
    except ValueError:
        listed = ", ".join(repr(f.value) for f in Framework)
        raise ValueError(f"framework must be one of {listed}; got {value[:60]!r}") from None


def _rebuild(fields: dict[str, Any]) -> Alliance:
    """An Alliance read back from a pickle."""
    return Alliance(**fields)
