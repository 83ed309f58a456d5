"""The records enforce what docs/data.md says of dates: periods at their precision, in order."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

import attrs
import hypothesis
import hypothesis.strategies as st
import pytest

from natodata import (
    Contribution,
    ContributionKind,
    Country,
    Framework,
    MemberState,
    Operation,
    OperationKind,
    Partnership,
    Precision,
    Qualifier,
    Source,
    Strength,
)
from natodata._model import MAX_PERSONNEL, InvalidValueError, _code, _digits
from natodata._model_spending import Expenditure

DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR


def operation(start=dt.date(2005, 7, 1), start_precision=MONTH, end=None, end_precision=None):
    return Operation(
        code="AMIS",
        name="Support to the African Union Mission in Sudan",
        start=start,
        start_precision=start_precision,
        end=end,
        end_precision=end_precision,
        theatre="Darfur",
        kind=OperationKind.SUPPORT,
        sources=("seed",),
    )


def partnership(start, start_precision, end=None, end_precision=None):
    return Partnership(
        "SWE",
        Framework.PARTNERSHIP_FOR_PEACE,
        start,
        start_precision,
        end,
        end_precision,
        "",
        "seed",
    )


def contribution(as_of, precision):
    return Contribution(
        "ISAF", "NOR", as_of, precision, 700, Qualifier.ABOUT, ContributionKind.TROOPS, "", "seed"
    )


def strength(as_of, precision):
    return Strength("ISAF", as_of, precision, 35000, Qualifier.OVER, False, "", "seed")  # noqa: FBT003


def source(published, precision):
    return Source("seed", "An article", "Ministry", "https://example.org", published, precision)


def is_first_day(day, precision):
    """Whether *day* opens its period: any day, the 1st of a month, or 1 January."""
    if precision is YEAR:
        return (day.month, day.day) == (1, 1)
    if precision is MONTH:
        return day.day == 1
    return True


def is_last_day(day, precision):
    """Whether *day* closes its period: any day, a month's last (by calendar), or 31 December."""
    if precision is YEAR:
        return (day.month, day.day) == (12, 31)
    if precision is MONTH:
        return day.day == calendar.monthrange(day.year, day.month)[1]
    return True


def refused(field, build):
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert caught.value.field == field
    return str(caught.value)


class TestStartIsFirstDay:
    """A start (or a date a figure is given for) is the first day of its period."""

    @pytest.mark.parametrize(
        ("day", "precision", "ok"),
        [
            (dt.date(2005, 7, 1), MONTH, True),
            (dt.date(2005, 7, 2), MONTH, False),
            (dt.date(2005, 7, 31), MONTH, False),
            (dt.date(2005, 1, 1), YEAR, True),
            (dt.date(2005, 7, 1), YEAR, False),
            (dt.date(2005, 1, 2), YEAR, False),
            (dt.date(2005, 7, 15), DAY, True),
        ],
    )
    def test_operation_start(self, day, precision, ok):
        """An operation's start at a month or year precision is the 1st of that month or year."""
        if ok:
            assert operation(start=day, start_precision=precision).start == day
        else:
            message = refused("start", lambda: operation(start=day, start_precision=precision))
            assert message == (
                f"start: a date known to the {precision.value} is stored as the first day of it,"
                f" got {day}"
            )

    @hypothesis.given(st.dates(), st.sampled_from(Precision))
    @hypothesis.example(dt.date(2005, 1, 1), YEAR)
    @hypothesis.example(dt.date(2005, 6, 1), MONTH)
    @hypothesis.example(dt.date(2005, 6, 1), YEAR)
    def test_every_dated_record(self, day, precision):
        """Contributions, strengths, sources, partnerships take a date iff it opens its period."""
        builds = {
            "as_of": (lambda: contribution(day, precision), lambda: strength(day, precision)),
            "published": (lambda: source(day, precision),),
            "start": (lambda: partnership(day, precision),),
        }
        for field, makers in builds.items():
            for make in makers:
                if is_first_day(day, precision):
                    make()
                else:
                    refused(field, make)

    def test_no_date_no_check(self):
        """A source without a date, or a partnership without a start, needs no precision."""
        assert source(None, None).published is None
        assert partnership(None, None).start is None


class TestEndIsLastDay:
    """An end is the last day of its period."""

    @pytest.mark.parametrize(
        ("day", "precision", "ok"),
        [
            (dt.date(2007, 12, 31), MONTH, True),
            (dt.date(2007, 12, 30), MONTH, False),
            (dt.date(2007, 12, 1), MONTH, False),
            (dt.date(2008, 2, 29), MONTH, True),
            (dt.date(2008, 2, 28), MONTH, False),
            (dt.date(2007, 2, 28), MONTH, True),
            (dt.date(2007, 12, 31), YEAR, True),
            (dt.date(2007, 11, 30), YEAR, False),
            (dt.date(2007, 12, 30), YEAR, False),
            (dt.date(2007, 12, 1), YEAR, False),
            (dt.date(2007, 6, 15), DAY, True),
        ],
    )
    def test_operation_end(self, day, precision, ok):
        """An end known to the month or year is the last day of it, February's by the calendar."""
        make = lambda: operation(end=day, end_precision=precision)  # noqa: E731
        if ok:
            assert make().end == day
        else:
            message = refused("end", make)
            assert message == (
                f"end: a date known to the {precision.value} is stored as the last day of it,"
                f" got {day}"
            )

    @hypothesis.given(st.dates(dt.date(2006, 1, 1)), st.sampled_from(Precision))
    @hypothesis.example(dt.date(2007, 12, 31), YEAR)
    @hypothesis.example(dt.date(2008, 2, 29), MONTH)
    @hypothesis.example(dt.date(2008, 1, 31), YEAR)
    def test_partnership_end(self, day, precision):
        """A partnership's end is accepted iff it closes its period."""
        make = lambda: partnership(dt.date(2005, 1, 1), YEAR, day, precision)  # noqa: E731
        if is_last_day(day, precision):
            assert make().end == day
        else:
            refused("end", make)


class TestEndNotBeforeStart:
    """An end is never before its start; on the same day is a one-day period."""

    def test_operation(self):
        """An operation that ends the day before it starts is refused; the same day is fine."""
        start = dt.date(2005, 7, 15)
        assert operation(start, DAY, start, DAY).end == start
        message = refused("end", lambda: operation(start, DAY, dt.date(2005, 7, 14), DAY))
        assert message == "end: ends (2005-07-14) before it starts (2005-07-15)"

    def test_partnership(self):
        """A partnership that ends before it starts is refused; an unknown start checks nothing."""
        start = dt.date(2005, 7, 15)
        assert partnership(start, DAY, start, DAY).end == start
        message = refused("end", lambda: partnership(start, DAY, dt.date(2005, 7, 14), DAY))
        assert message == "end: ends (2005-07-14) before it starts (2005-07-15)"
        assert partnership(None, None, dt.date(1990, 1, 1), DAY).start is None

    def test_partnership_active_on_its_first_and_last_day(self):
        """A partnership counts on the day it starts and the day it ends, and not around them."""
        joined = partnership(dt.date(2005, 7, 15), DAY, dt.date(2006, 7, 15), DAY)
        assert joined.active_on(dt.date(2005, 7, 15))
        assert joined.active_on(dt.date(2006, 7, 15))
        assert not joined.active_on(dt.date(2005, 7, 14))
        assert not joined.active_on(dt.date(2006, 7, 16))

    def test_contribution_in_force_on_its_period(self):
        """A contribution with an until counts from its first day to its last, both included."""
        rotation = attrs.evolve(
            contribution(dt.date(2014, 5, 1), DAY),
            until=dt.date(2014, 8, 31),
            until_precision=DAY,
        )
        assert rotation.in_force_on(dt.date(2014, 5, 1))
        assert rotation.in_force_on(dt.date(2014, 8, 31))
        assert not rotation.in_force_on(dt.date(2014, 4, 30))
        assert not rotation.in_force_on(dt.date(2014, 9, 1))
        assert not contribution(dt.date(2014, 5, 1), DAY).in_force_on(dt.date(2014, 5, 1))

    def test_end_and_precision_together(self):
        """An operation's end and its precision are given together or not at all."""
        refused("end", lambda: operation(end=dt.date(2007, 12, 31), end_precision=None))
        refused("end", lambda: operation(end=None, end_precision=DAY))


class TestContributionText:
    """A contribution reads as one line: who, where, when at its precision, what and how many."""

    @pytest.mark.parametrize(
        ("row", "text"),
        [
            (contribution(dt.date(2007, 3, 29), DAY), "NOR in ISAF, 2007-03-29: troops about 700"),
            (contribution(dt.date(2007, 6, 1), MONTH), "NOR in ISAF, 2007-06: troops about 700"),
            (
                Contribution(
                    "AMIS",
                    "GBR",
                    dt.date(2007, 1, 1),
                    YEAR,
                    None,
                    None,
                    ContributionKind.AIRLIFT,
                    "flew troops",
                    "seed",
                ),
                "GBR in AMIS, 2007: airlift",
            ),
            (
                Contribution(
                    "ISAF",
                    "USA",
                    dt.date(2009, 10, 1),
                    DAY,
                    31855,
                    Qualifier.EXACT,
                    ContributionKind.TROOPS,
                    "",
                    "seed",
                ),
                "USA in ISAF, 2009-10-01: troops 31,855",
            ),
        ],
    )
    def test_str(self, row, text):
        """No figure for an airlift; a figure with its qualifier and thousands separated."""
        assert str(row) == text


class TestDayArguments:
    """A record's question about a day takes any form of a day that ``on=`` takes, and says so."""

    def rotation(self):
        return attrs.evolve(
            contribution(dt.date(2014, 5, 1), DAY), until=dt.date(2014, 8, 31), until_precision=DAY
        )

    @pytest.mark.parametrize(
        ("day", "inside"),
        [
            ("2014-05-01", True),
            ("2014-04-30", False),
            (dt.datetime(2014, 8, 31, 23, 59), True),  # noqa: DTZ001 - a naive datetime is a form too
            (dt.datetime(2014, 9, 1, 0, 0), False),  # noqa: DTZ001
        ],
    )
    def test_strings_and_datetimes(self, day, inside):
        """A string is read as YYYY-MM-DD and a datetime counts by its date, for each record."""
        joined = partnership(dt.date(2014, 5, 1), DAY, dt.date(2014, 8, 31), DAY)
        assert self.rotation().in_force_on(day) is inside
        assert joined.active_on(day) is inside

    def test_member_on(self):
        """A member is one from the day it joined, whatever form the day is given in."""
        norway = MemberState(
            "NOR", "NO", "578", 385, "Norway", sources=("seed",),
            joined=dt.date(1949, 8, 24), founding=True,
        )  # fmt: skip
        assert norway.member_on("1949-08-24")
        assert not norway.member_on(dt.datetime(1949, 8, 23, 23, 59))  # noqa: DTZ001

    @pytest.mark.parametrize("ask", ["in_force_on", "active_on", "member_on"])
    def test_errors_name_the_argument(self, ask):
        """A string that is no day, or a value that is no date, is refused naming ``day``."""
        record = {
            "in_force_on": self.rotation(),
            "active_on": partnership(dt.date(2014, 5, 1), DAY, dt.date(2014, 8, 31), DAY),
            "member_on": MemberState(
                "NOR", "NO", "578", 385, "Norway", sources=("seed",),
                joined=dt.date(1949, 8, 24), founding=True,
            ),
        }[ask]  # fmt: skip
        with pytest.raises(ValueError, match=r"^day must be a date as YYYY-MM-DD, got '1 May'$"):
            getattr(record, ask)("1 May")
        with pytest.raises(TypeError, match=r"^day must be a datetime\.date, .*; got int$"):
            getattr(record, ask)(20140501)


class TestCodes:
    """A country's codes are ISO's: letters in upper case, or digits, each of its length."""

    @pytest.mark.parametrize(
        ("value", "ok"),
        [
            ("NOR", True),
            ("NO", False),  # too short
            ("NORW", False),  # too long
            ("nor", False),  # not upper case
            ("N0R", False),  # a digit
            ("\u00d1OR", False),  # a letter, upper case, but not ASCII
        ],
    )
    def test_letters(self, value, ok):
        """An alpha-3 code is exactly three ASCII upper-case letters."""
        # The validator factory is called here, not only when the class is defined: a check
        # built once at import would be out of reach of mutation testing.
        check = _code(3)
        field = attrs.fields(Country).code
        if ok:
            check(None, field, value)
        else:
            message = refused("code", lambda: check(None, field, value))
            assert message == f"code: expected 3 upper-case letters, got {value!r}"

    @pytest.mark.parametrize(
        ("value", "ok"),
        [
            ("578", True),
            ("040", True),
            ("57", False),  # too short
            ("5780", False),  # too long
            ("57a", False),  # a letter
            ("\uff15\uff17\uff18", False),  # digits, but not ASCII ones
        ],
    )
    def test_digits(self, value, ok):
        """A numeric code is exactly three ASCII digits, leading zeros kept."""
        check = _digits(3)
        field = attrs.fields(Country).numeric
        if ok:
            check(None, field, value)
        else:
            message = refused("numeric", lambda: check(None, field, value))
            assert message == f"numeric: expected 3 digits, got {value!r}"


class TestShareOfGdp:
    """A share of GDP is a percentage: from 0 to 100, both included."""

    @pytest.mark.parametrize(
        ("share", "ok"),
        [("0", True), ("100", True), ("2.29", True), ("-0.01", False), ("100.01", False)],
    )
    def test_bounds(self, share, ok):
        """0 % and 100 % are shares; anything below or above is refused, saying so."""
        build = lambda: Expenditure(  # noqa: E731
            "NOR",
            2024,
            dt.date(2024, 6, 1),
            MONTH,
            True,  # noqa: FBT003 - the record's own positional order
            Decimal(share),
            "GDP",
            "spend",
        )
        if ok:
            assert build().percent_of_gdp == Decimal(share)
        else:
            message = refused("percent_of_gdp", build)
            assert message == f"percent_of_gdp: expected a percentage from 0 to 100, got {share}"


class TestQualifierWithFigure:
    """A qualifier goes with a figure, and only with one; the error names the qualifier."""

    @pytest.mark.parametrize(("personnel", "qualifier"), [(None, Qualifier.ABOUT), (700, None)])
    def test_refused(self, personnel, qualifier):
        """A qualifier without a figure, or a figure without a qualifier, is refused."""
        build = lambda: attrs.evolve(  # noqa: E731
            contribution(dt.date(2007, 3, 29), DAY), personnel=personnel, qualifier=qualifier
        )
        message = refused("qualifier", build)
        assert message == "qualifier: a qualifier goes with a figure, and only with one"


class TestUntil:
    """A period's last day comes with its precision, and not before its first day."""

    def test_last_day_and_precision_together(self):
        """A last day without its precision is refused, naming ``until``."""
        build = lambda: attrs.evolve(  # noqa: E731
            contribution(dt.date(2014, 5, 1), DAY), until=dt.date(2014, 8, 31)
        )
        assert refused("until", build) == "until: a last day and its precision go together"

    def test_not_before_the_first_day(self):
        """A last day before the first is refused, with both days."""
        build = lambda: attrs.evolve(  # noqa: E731
            contribution(dt.date(2014, 5, 1), DAY), until=dt.date(2014, 4, 30), until_precision=DAY
        )
        assert refused("until", build) == "until: ends (2014-04-30) before it starts (2014-05-01)"


class TestPersonnel:
    """A figure of people is from 0 to MAX_PERSONNEL; anything else is refused, naming it."""

    @pytest.mark.parametrize(
        ("personnel", "message"),
        [
            (0, None),
            (MAX_PERSONNEL, None),
            (-1, "personnel: expected a number of people, 0 or more, got -1"),
            (MAX_PERSONNEL + 1, "personnel: expected at most 1,000,000 people, got 1,000,001"),
        ],
    )
    def test_bounds(self, personnel, message):
        """0 and a million people are figures; -1 and a million and one are not."""
        build = lambda: attrs.evolve(  # noqa: E731
            contribution(dt.date(2007, 3, 29), DAY), personnel=personnel
        )
        if message is None:
            assert build().personnel == personnel
        else:
            assert refused("personnel", build) == message


class TestCowAndSources:
    """A Correlates of War number is from 2 to 999; every record cites a source."""

    @pytest.mark.parametrize(("cow", "ok"), [(2, True), (999, True), (1, False), (1000, False)])
    def test_cow_bounds(self, cow, ok):
        """2 and 999 are numbers of the list; 1 and 1000 are not."""
        build = lambda: Country("NOR", "NO", "578", cow, "Norway", sources=("seed",))  # noqa: E731
        if ok:
            assert build().cow == cow
        else:
            message = refused("cow", build)
            assert message == f"cow: expected a Correlates of War number from 2 to 999, got {cow}"

    @pytest.mark.parametrize("blank", ["", "   "])
    def test_empty_text(self, blank):
        """A name that is empty, or only spaces, is refused, naming the column."""
        build = lambda: attrs.evolve(operation(), name=blank)  # noqa: E731
        assert refused("name", build) == "name: must not be empty"

    def test_no_source(self):
        """A record that cites nothing is refused, naming its sources."""
        build = lambda: attrs.evolve(operation(), sources=())  # noqa: E731
        assert refused("sources", build) == "sources: every record cites at least one source"
