"""The records: frozen, slotted attrs classes that hold one row of the data each.

The model knows nothing of files; natodata's loader builds these from the packaged tables.
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from typing import Any, Literal, NoReturn

import attrs

from ._dates import DateLike, FastEnum, Precision, as_day, format_date, iso_at, period_end
from .exceptions import NatodataError

__all__ = [
    "Contribution",
    "ContributionKind",
    "ContributionRole",
    "Country",
    "Coverage",
    "Expenditure",
    "Framework",
    "Guideline",
    "InvalidValueError",
    "MemberState",
    "Operation",
    "OperationKind",
    "Partnership",
    "Qualifier",
    "Source",
    "SourceRank",
    "Strength",
    "Table",
]


class _Shown:
    """What every record adds to its attrs methods: a table of its attributes in a notebook."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from ._display import record_html  # only a notebook pays for it

        return record_html(self)


class InvalidValueError(NatodataError, ValueError):
    """A value a record cannot hold; ``field`` names the attribute."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def _init_args(self) -> tuple[Any, ...]:
        return self.field, str(self)


def _invalid(attribute: attrs.Attribute[Any], message: str) -> NoReturn:
    raise InvalidValueError(attribute.name, f"{attribute.name}: {message}")


def _code(length: int) -> Any:  # noqa: ANN401 - an attrs validator
    def check(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
        if len(value) != length or not (value.isascii() and value.isalpha() and value.isupper()):
            _invalid(attribute, f"expected {length} upper-case letters, got {value!r}")

    return check


def _digits(length: int) -> Any:  # noqa: ANN401 - an attrs validator
    def check(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
        if len(value) != length or not value.isascii() or not value.isdigit():
            _invalid(attribute, f"expected {length} digits, got {value!r}")

    return check


def _cow(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 < value < 1000:
        _invalid(attribute, f"expected a Correlates of War number from 2 to 999, got {value}")


def _not_empty(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        _invalid(attribute, "must not be empty")


#: More people than any operation has ever had: a figure above it is a typo, not a deployment.
MAX_PERSONNEL = 1_000_000


def _not_negative(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        _invalid(attribute, f"expected a number of people, 0 or more, got {value}")
    if value is not None and value > MAX_PERSONNEL:
        _invalid(attribute, f"expected at most {MAX_PERSONNEL:,} people, got {value:,}")


def _period_start(value: datetime.date, precision: Precision) -> datetime.date:
    """The first day of the day, month or year that *value* falls in."""
    if precision is Precision.YEAR:
        return value.replace(month=1, day=1)
    if precision is Precision.MONTH:
        return value.replace(day=1)
    return value


# The date validators are plain functions bound to a field name with functools.partial, so the
# check runs in them when a record is built (a factory's closure would be made once, at import).


def _first_day(
    name: str, record: object, _: attrs.Attribute[Any], precision: Precision | None
) -> None:
    """Validate a precision: the date *name* is the first day of the period it stands for."""
    if precision is None or precision is Precision.DAY:
        return  # a day is its own first day: most rows, checked without a call
    value = getattr(record, name)
    if value is not None and value != _period_start(value, precision):
        _not_period_edge(name, value, precision, "first")


def _last_day(
    name: str, record: object, _: attrs.Attribute[Any], precision: Precision | None
) -> None:
    """Validate a precision: the date *name* is the last day of the period it stands for."""
    if precision is None or precision is Precision.DAY:
        return  # a day is its own last day
    value = getattr(record, name)
    if value is not None and value != period_end(_period_start(value, precision), precision):
        _not_period_edge(name, value, precision, "last")


def _not_period_edge(name: str, value: datetime.date, precision: Precision, edge: str) -> NoReturn:
    raise InvalidValueError(
        name,
        f"{name}: a date known to the {precision.value} is stored as the {edge} day of it,"
        f" got {value}",
    )


def _cites_something(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not value:
        _invalid(attribute, "every record cites at least one source")


class OperationKind(FastEnum):
    """What kind of operation or mission NATO led."""

    PEACE_SUPPORT = "peace_support"
    """Forces on the ground that keep or enforce a peace or stabilise a country (KFOR, ISAF)."""
    AIR = "air"
    """Air operations: no-fly zones, air campaigns, air surveillance."""
    MARITIME = "maritime"
    """Operations at sea: embargoes, counter-terrorism and counter-piracy patrols."""
    TRAINING = "training"
    """Training, advice and assistance to a country's own forces (NTM-I, Resolute Support)."""
    SUPPORT = "support"
    """Support to an operation led by another organisation (the African Union in Darfur)."""
    HUMANITARIAN = "humanitarian"
    """Relief after a disaster or for refugees."""
    DETERRENCE = "deterrence"
    """Forces deployed to deter an attack on an Ally."""


class ContributionKind(FastEnum):
    """What a nation contributed to an operation."""

    TROOPS = "troops"
    """Military personnel deployed with the operation."""
    TRAINING = "training"
    """Training given to another country's forces."""
    AIRLIFT = "airlift"
    """Transport of people or materiel by air."""
    NAVAL = "naval"
    """Ships and their crews."""
    AIR = "air"
    """Combat, surveillance or tanker aircraft and their crews."""
    FUNDING = "funding"
    """Money or equipment."""
    OTHER = "other"
    """Anything else; the description says what."""


class ContributionRole(FastEnum):
    """A nation's part in a multinational formation, where the source names one."""

    FRAMEWORK = "framework"
    """The framework nation of a battlegroup: it leads it and provides most of its troops."""
    LEAD = "lead"
    """The lead nation of an air-policing rotation."""
    AUGMENTING = "augmenting"
    """A nation that augments an air-policing rotation led by another."""


class SourceRank(FastEnum):
    """What kind of publisher a source is: the rank that settles disagreements (docs/data.md)."""

    NATO = "nato"
    """NATO itself, or the depositary of the North Atlantic Treaty."""
    GOVERNMENT = "government"
    """A government: a ministry, an armed force, an embassy."""
    PARLIAMENT = "parliament"
    """A parliament: its records, answers and reports."""
    AGENCY = "agency"
    """A news agency."""
    INSTITUTE = "institute"
    """A research institute or a university."""
    PRESS = "press"
    """A newspaper, a magazine or a broadcaster."""
    OTHER = "other"
    """Anything else: an encyclopedia, a wiki or its mirror, a blog, a repost. Never alone."""


class Framework(FastEnum):
    """A framework of NATO's partnerships with nations that are not members."""

    PARTNERSHIP_FOR_PEACE = "partnership_for_peace"
    """Partnership for Peace, launched in January 1994, open to the states of Europe and Eurasia."""
    MEDITERRANEAN_DIALOGUE = "mediterranean_dialogue"
    """The Mediterranean Dialogue, with states of North Africa and the Middle East, since 1994."""
    ISTANBUL_COOPERATION_INITIATIVE = "istanbul_cooperation_initiative"
    """The Istanbul Cooperation Initiative, with states of the Gulf region, since 2004."""
    PARTNERS_ACROSS_THE_GLOBE = "partners_across_the_globe"
    """Partners across the globe: nations outside those frameworks that work with NATO."""


class Qualifier(FastEnum):
    """How exact a figure is, as its source states it."""

    EXACT = "exact"
    ABOUT = "about"
    OVER = "over"
    UP_TO = "up_to"

    def admits(self, figure: int, count: int) -> bool:
        """Whether a *count* agrees with a *figure* stated with this qualifier.

        "about 67,700" is rounded to its last non-zero digit, so it admits 67,650 to 67,749;
        "about 119,819" admits only itself; "over 130,000" admits anything above it.
        """
        if self is Qualifier.OVER:
            return count > figure
        if self is Qualifier.UP_TO:
            return count <= figure
        if self is Qualifier.EXACT:
            return count == figure
        unit = 1
        while figure and figure % (unit * 10) == 0:
            unit *= 10
        return figure - unit / 2 <= count < figure + unit / 2

    def describe(self, figure: int | None) -> str:
        """Write *figure* the way its source put it: ``"about 700"``, ``"over 35,000"``.

        A record with no figure (None: a contribution not counted in people) has nothing to
        qualify, and reads ``"no figure"``.
        """
        if figure is None:
            return "no figure"
        words = {"exact": "", "about": "about ", "over": "over ", "up_to": "up to "}
        return f"{words[self.value]}{figure:,}"


@attrs.frozen
class Source(_Shown):
    """A public document that the data cites.

    Attributes:
        id: Stable slug that rows cite, e.g. ``"regjeringen-2007-norway-member"``.
        title: The document's title.
        publisher: Who published it.
        url: Where it was read.
        published: The date it bears, at the precision it gives; None if it gives none.
        published_precision: How much of *published* the document gives; None without a date.
        complete: True if, for each operation and date it covers, it lists every contributing nation
            (a NATO fact sheet); False if it lists only some (a national ministry's article).
        rank: What kind of publisher it is (see docs/data.md, "When sources disagree").
        via: Where it was read when not at *url* (a public repository and path), else empty.
    """

    id: str = attrs.field(validator=_not_empty)
    title: str = attrs.field(validator=_not_empty)
    publisher: str = attrs.field(validator=_not_empty)
    url: str = attrs.field()
    published: datetime.date | None = None
    published_precision: Precision | None = attrs.field(
        default=None, validator=functools.partial(_first_day, "published")
    )
    complete: bool = False
    rank: SourceRank = SourceRank.OTHER
    via: str = ""

    @url.validator
    def _check_url(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not value.startswith(("https://", "http://")):
            _invalid(attribute, f"expected an http(s) address, got {value!r}")

    def citation(self, style: Literal["text", "bibtex"] = "text") -> str:
        """How to cite it, as plain text or as a BibTeX entry.

        >>> import natodata
        >>> seed = natodata.load().source("regjeringen-2007-norway-member")
        >>> print(seed.citation().split(" https://")[0])
        Ministry of Foreign Affairs of Norway. 29 March 2007. “Norway - a Member since the Alliance was established”.
        """  # noqa: E501 - the doctest's output is one line
        from ._cite import source_citation

        return source_citation(self, style)

    @property
    def published_text(self) -> str | None:
        """The publication date as a person reads it, at its precision."""
        if self.published is None or self.published_precision is None:
            return None
        return format_date(self.published, self.published_precision)


@attrs.frozen
class Country(_Shown):
    """A nation that appears in the data: an Ally or a partner.

    Attributes:
        code: ISO 3166-1 alpha-3 code, the key (``"NOR"``).
        alpha_2: ISO 3166-1 alpha-2 code (``"NO"``).
        numeric: ISO 3166-1 numeric code, three digits as ISO writes them (``"578"``, ``"040"``).
        cow: Correlates of War state number (Norway is 385), None where the data has none.
        name: Common English name.
        other_names: Other names it is looked up by: former names, official and short forms.
        sources: Ids of the sources for its codes and names.
    """

    code: str = attrs.field(validator=_code(3))
    alpha_2: str = attrs.field(validator=_code(2))
    numeric: str = attrs.field(validator=_digits(3))
    cow: int | None = attrs.field(validator=_cow)
    name: str = attrs.field(validator=_not_empty)
    other_names: tuple[str, ...] = ()
    sources: tuple[str, ...] = attrs.field(default=(), validator=_cites_something)

    @property
    def alpha_3(self) -> str:
        """The ISO 3166-1 alpha-3 code: *code* under the name pycountry gives it.

        The tables of figures (contributions, partnerships, panels) call the same code ``country``.
        """
        return self.code


@attrs.frozen
class MemberState(Country):
    """A member of the Alliance.

    Attributes:
        joined: The day it became a party to the North Atlantic Treaty (see docs/data.md).
        founding: True for the twelve states that signed the Treaty on 4 April 1949.
        notes: What is special about its membership (Germany's unification, France's and Greece's
            absences from the integrated military structure, ...).
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    joined: datetime.date = attrs.field(kw_only=True)
    founding: bool = attrs.field(kw_only=True)
    notes: str = attrs.field(default="", kw_only=True)
    evidence: str = attrs.field(default="", kw_only=True)

    def member_on(self, day: DateLike) -> bool:
        """Whether it was a member on *day* (any form of a day that ``on=`` takes)."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return self.joined <= day


@attrs.frozen
class Operation(_Shown):
    """A NATO-led operation or mission.

    Attributes:
        code: Short key, e.g. ``"ISAF"``.
        name: Full name.
        start: First day of its start date (the first of the month when only the month is known).
        start_precision: How much of *start* the sources give.
        end: Last day of its end date; None while it runs.
        end_precision: How much of *end* the sources give.
        theatre: Where it took place.
        kind: What kind of operation it was.
        mandate: Its legal basis, e.g. UN Security Council resolutions.
        predecessor: Code of the NATO operation it took over from, if any (SFOR's is IFOR).
        successor: Code of the NATO operation that took over from it, if any.
        description: A line on what it did.
        sources: Ids of the sources for its dates and facts.
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    code: str = attrs.field(validator=_not_empty)
    name: str = attrs.field(validator=_not_empty)
    start: datetime.date
    start_precision: Precision = attrs.field(validator=functools.partial(_first_day, "start"))
    end: datetime.date | None = attrs.field()
    end_precision: Precision | None = attrs.field(validator=functools.partial(_last_day, "end"))
    theatre: str = attrs.field(validator=_not_empty)
    kind: OperationKind
    mandate: tuple[str, ...] = ()
    predecessor: str | None = None
    successor: str | None = None
    description: str = ""
    sources: tuple[str, ...] = attrs.field(default=(), validator=_cites_something)
    evidence: str = attrs.field(default="", kw_only=True)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:
        if value is not None and value < self.start:
            _invalid(attribute, f"ends ({value}) before it starts ({self.start})")
        if (value is None) != (self.end_precision is None):
            _invalid(attribute, "an end date and its precision go together")

    def active_on(self, day: DateLike) -> bool:
        """Whether *day* is within its dates (an end known to the month or year counts whole)."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def ongoing(self) -> bool:
        """True while it runs (no end date is recorded)."""
        return self.end is None

    @property
    def period(self) -> str:
        """Its dates as a person reads them, e.g. ``"11 August 2003 to 31 December 2014"``."""
        start = format_date(self.start, self.start_precision)
        if self.end is None or self.end_precision is None:
            return f"since {start}"
        return f"{start} to {format_date(self.end, self.end_precision)}"


def _with_a_figure(record: Any, attribute: attrs.Attribute[Any], value: Qualifier | None) -> None:  # noqa: ANN401 - an attrs validator
    """A qualifier goes with a figure, and only with one."""
    if (value is None) != (record.personnel is None):
        _invalid(attribute, "a qualifier goes with a figure, and only with one")


def _after_as_of(record: Any, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:  # noqa: ANN401 - an attrs validator
    """A period's last day comes with its precision, and not before its first day."""
    if (value is None) != (record.until_precision is None):
        _invalid(attribute, "a last day and its precision go together")
    if value is not None and value < record.as_of:
        _invalid(attribute, f"ends ({value}) before it starts ({record.as_of})")


@attrs.frozen
class Contribution(_Shown):
    """One nation's contribution to an operation, as one source states it on one date.

    Attributes:
        operation: Code of the operation.
        country: Alpha-3 code of the contributing nation (an Ally or a partner).
        as_of: The date the source gives the figure for (first day of it, at a coarser precision).
        as_of_precision: How much of *as_of* the source gives.
        personnel: Number of people, or None for a contribution not counted in people.
        qualifier: Whether *personnel* is exact, approximate ("about 700"), or a bound; None when
            there is no figure.
        kind: What was contributed.
        description: A line on what it was.
        source: Id of the source the figure comes from.
        until: The last day of the period the contribution lasts (an air-policing rotation), or
            None for a snapshot, which holds from *as_of* until the operation's next table.
        until_precision: How much of *until* the source gives; None without it.
        role: The nation's part (framework nation, lead or augmenting nation), where one is named.
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    operation: str = attrs.field(validator=_not_empty)
    country: str = attrs.field(validator=_code(3))
    as_of: datetime.date
    as_of_precision: Precision = attrs.field(validator=functools.partial(_first_day, "as_of"))
    personnel: int | None = attrs.field(validator=_not_negative)
    qualifier: Qualifier | None = attrs.field(validator=_with_a_figure)
    kind: ContributionKind
    description: str
    source: str = attrs.field(validator=_not_empty)
    until: datetime.date | None = attrs.field(default=None, kw_only=True, validator=_after_as_of)
    until_precision: Precision | None = attrs.field(
        default=None, kw_only=True, validator=functools.partial(_last_day, "until")
    )
    role: ContributionRole | None = attrs.field(default=None, kw_only=True)
    evidence: str = attrs.field(default="", kw_only=True)

    @property
    def figure_text(self) -> str:
        """The figure as its source words it (``"about 700"``), or ``"no figure"`` without one."""
        if self.personnel is None or self.qualifier is None:
            return "no figure"
        return self.qualifier.describe(self.personnel)

    @property
    def period(self) -> bool:
        """True when it lasts a period (``as_of`` to ``until``) rather than being a snapshot."""
        return self.until is not None

    def in_force_on(self, day: DateLike) -> bool:
        """For a contribution with a period: whether *day* is within it (its last day included)."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return self.until is not None and self.as_of <= day <= self.until

    @property
    def as_of_text(self) -> str:
        """The date as a person reads it, at its precision."""
        return format_date(self.as_of, self.as_of_precision)

    @property
    def as_of_last_day(self) -> datetime.date:
        """The last day the date covers (``as_of`` itself when known to the day)."""
        return period_end(self.as_of, self.as_of_precision)

    def __str__(self) -> str:
        figure = (
            ""
            if self.personnel is None or self.qualifier is None
            else f" {self.qualifier.describe(self.personnel)}"
        )
        when = iso_at(self.as_of, self.as_of_precision)
        if self.until is not None and self.until_precision is not None:
            when = f"{when} to {iso_at(self.until, self.until_precision)}"
        return f"{self.country} in {self.operation}, {when}: {self.kind.value}{figure}"


@attrs.frozen
class Strength(_Shown):
    """An operation's total strength, as one source states it on one date.

    Attributes:
        operation: Code of the operation.
        as_of: The date the source gives the figure for.
        as_of_precision: How much of *as_of* the source gives.
        personnel: The number of people.
        qualifier: Whether it is exact, approximate or a bound ("over 35 000").
        table_total: True when it is the stated total of the complete contribution table of the
            same operation and date: that table's rows add up to it, within its rounding.
        description: What the source adds, in our words.
        source: Id of the source.
        evidence: The source's own words that state the row's values, verbatim, as printed.
        table_sum: True for a figure no source states: the sum of the rows of the complete
            contribution table of *source* on *as_of* (only :meth:`Alliance.peak` gives these).
    """

    operation: str = attrs.field(validator=_not_empty)
    as_of: datetime.date
    as_of_precision: Precision = attrs.field(validator=functools.partial(_first_day, "as_of"))
    personnel: int = attrs.field(validator=_not_negative)
    qualifier: Qualifier
    table_total: bool
    description: str
    source: str = attrs.field(validator=_not_empty)
    evidence: str = attrs.field(default="", kw_only=True)
    table_sum: bool = attrs.field(default=False, kw_only=True)

    @property
    def figure_text(self) -> str:
        """The figure as its source words it: ``"about 67,700"``, ``"over 130,000"``."""
        return self.qualifier.describe(self.personnel)

    @property
    def as_of_text(self) -> str:
        """The date as a person reads it, at its precision."""
        return format_date(self.as_of, self.as_of_precision)


@attrs.frozen
class Partnership(_Shown):
    """A nation's part in one of NATO's partnership frameworks.

    Attributes:
        country: Alpha-3 code of the partner.
        framework: Which framework.
        start: When it joined (first day of it at a coarser precision); None where no source says.
        start_precision: How much of *start* the source gives; None without a date.
        end: When it left (the last day of it), e.g. on becoming a member; None if it has not.
        end_precision: How much of *end* the source gives; None without a date.
        notes: What the source adds, in our words.
        source: Id of the source.
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    country: str = attrs.field(validator=_code(3))
    framework: Framework
    start: datetime.date | None
    start_precision: Precision | None = attrs.field(
        validator=functools.partial(_first_day, "start")
    )
    end: datetime.date | None = attrs.field()
    end_precision: Precision | None = attrs.field(validator=functools.partial(_last_day, "end"))
    notes: str
    source: str = attrs.field(validator=_not_empty)
    evidence: str = attrs.field(default="", kw_only=True)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:
        if value is not None and self.start is not None and value < self.start:
            _invalid(attribute, f"ends ({value}) before it starts ({self.start})")

    def active_on(self, day: DateLike) -> bool:
        """Whether the nation was in the framework on *day*; False if when it joined is unknown."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return (
            self.start is not None and self.start <= day and (self.end is None or day <= self.end)
        )


@attrs.frozen
class Table(_Shown):
    """One contribution table: the rows one source gives for one operation on one date.

    Attributes:
        operation: Code of the operation.
        as_of: The date of the table (first day of it, at a coarser precision).
        as_of_precision: How much of *as_of* the source gives.
        source: Id of the source of its rows.
        complete: Whether the source lists every contributing nation (see Source.complete).
        nations: How many nations it lists.
        personnel: Its rows' people added up.
        stated_total: The total a source states for it, when its rows have been checked against
            one (see Strength.table_total); None otherwise.
    """

    operation: str
    as_of: datetime.date
    as_of_precision: Precision
    source: str
    complete: bool
    nations: int
    personnel: int
    stated_total: Strength | None

    @property
    def as_of_text(self) -> str:
        """The date as a person reads it, at its precision."""
        return format_date(self.as_of, self.as_of_precision)


@attrs.frozen
class Coverage(_Shown):
    """What the contribution tables of one operation cover.

    Attributes:
        operation: Code of the operation.
        first: Date of its oldest table.
        last: Date of its newest table.
        tables: How many tables it has.
        complete: How many of them list every contributing nation.
        checked: How many add up to a total their sources state.
        nations: How many nations appear in any of them.
    """

    operation: str
    first: datetime.date
    last: datetime.date
    tables: int
    complete: int
    checked: int
    nations: int


def _share(_: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        _invalid(attribute, f"expected a percentage from 0 to 100, got {value}")


@attrs.frozen
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


@attrs.frozen
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
