"""The records: frozen, slotted attrs classes that hold one row of the data each.

The model knows nothing of files; natodata's loader builds these from the packaged tables.
Here are the records a first lookup needs (sources and nations), what every record shares, and the
enumerations; the records of the other groups of tables are in ``_model_operations``,
``_model_partners``, ``_model_figures`` and ``_model_spending``, each created only when a query
first reads its tables: attrs compiles each record class's methods when the class is created.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, Literal, NoReturn

import attrs

from ._dates import DateLike, FastEnum, Precision, as_day, format_date, period_end
from .exceptions import NatodataError

__all__ = [
    "ContributionKind",
    "ContributionRole",
    "Country",
    "Framework",
    "InvalidValueError",
    "MemberState",
    "OperationKind",
    "Qualifier",
    "Source",
    "SourceRank",
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


@attrs.frozen(weakref_slot=False)
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


@attrs.frozen(weakref_slot=False)
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


@attrs.frozen(weakref_slot=False)
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
