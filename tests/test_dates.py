"""Dates known to a day, a month or a year: read, written and extended to their period's end."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import hypothesis
import hypothesis.strategies as st
import pytest

from natodata import Precision
from natodata._dates import as_day, format_date, iso_at, parse_date, parse_day, period_end

DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR


class TestParseDate:
    """Text as the tables write it becomes the first day it covers and its precision."""

    @pytest.mark.parametrize(
        ("text", "first", "precision"),
        [
            ("2003-08-11", dt.date(2003, 8, 11), DAY),
            ("2005-07", dt.date(2005, 7, 1), MONTH),
            ("2004", dt.date(2004, 1, 1), YEAR),
            ("2008-02-29", dt.date(2008, 2, 29), DAY),
        ],
    )
    def test_reads(self, text, first, precision):
        """YYYY-MM-DD, YYYY-MM and YYYY, each to the first day it covers."""
        assert parse_date(text) == (first, precision)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "03",
            "2003-8-11",
            "2003/08/11",
            "11-08-2003",
            "2003-08-1x",
            "\uff12\uff10\uff10\uff13",
            "2003-",
            "2003x08",  # one separator wrong, the other right, or a letter among the digits
            "2003-08x11",
            "2003x08-11",
            "2003-x8",
            "2003-08-x1",
        ],
    )
    def test_refuses_other_forms(self, text):
        """Anything but the three forms is refused, saying the forms."""
        expected = f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}"
        with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
            parse_date(text)

    @pytest.mark.parametrize("text", ["2005-02-30", "2005-13", "2005-00", "2007-02-29"])
    def test_refuses_days_that_do_not_exist(self, text):
        """A well-formed date that does not exist is refused as such."""
        with pytest.raises(ValueError, match=f"'{text}' is not a date that exists"):
            parse_date(text)


class TestPeriodEnd:
    """The last day of the day, month or year that starts on a date."""

    @hypothesis.given(st.dates())
    def test_against_the_calendar(self, day):
        """A day ends on itself; a month on its last day by the calendar; a year on 31 December."""
        assert period_end(day, DAY) == day
        month = day.replace(day=1)
        last = calendar.monthrange(day.year, day.month)[1]
        assert period_end(month, MONTH) == day.replace(day=last)
        assert period_end(dt.date(day.year, 1, 1), YEAR) == dt.date(day.year, 12, 31)


class TestWriting:
    """A date is written at its precision, never with a day nobody stated."""

    @pytest.mark.parametrize(
        ("day", "precision", "text", "iso"),
        [
            (dt.date(2003, 8, 11), DAY, "11 August 2003", "2003-08-11"),
            (dt.date(2005, 7, 1), MONTH, "July 2005", "2005-07"),
            (dt.date(2003, 1, 1), YEAR, "2003", "2003"),
            (dt.date(1999, 1, 1), DAY, "1 January 1999", "1999-01-01"),
            (dt.date(2014, 12, 31), MONTH, "December 2014", "2014-12"),
        ],
    )
    def test_text_and_iso(self, day, precision, text, iso):
        """As a person reads it, and as the tables write it."""
        assert format_date(day, precision) == text
        assert iso_at(day, precision) == iso

    @hypothesis.given(st.dates(dt.date(1000, 1, 1)), st.sampled_from(Precision))
    def test_round_trip(self, day, precision):
        """What iso_at writes, parse_date reads back as the first day of the period."""
        first, read = parse_date(iso_at(day, precision))
        assert read is precision
        assert first <= day <= period_end(first, precision)


class TestParseDay:
    """A day argument is exactly YYYY-MM-DD, and an error names the argument."""

    def test_reads(self):
        """YYYY-MM-DD is its day."""
        assert parse_day("2009-06-15", "on") == dt.date(2009, 6, 15)

    def test_names_the_argument(self):
        """A text of another form is refused naming the argument, "date" unless told."""
        with pytest.raises(ValueError, match=r"^date must be a date as YYYY-MM-DD, got '2009-06'$"):
            parse_day("2009-06")
        with pytest.raises(
            ValueError, match=r"^on must be a date as YYYY-MM-DD, got '15/06/2009'$"
        ):
            parse_day("15/06/2009", "on")

    def test_long_text_cut(self):
        """A long text is quoted to its first 40 characters."""
        with pytest.raises(ValueError, match=r", got '9{40}'$"):
            parse_day("9" * 100, "on")

    def test_day_that_does_not_exist(self):
        """A well-formed day that does not exist is refused as such, naming the argument."""
        with pytest.raises(ValueError, match=r"^on: '2009-02-29' is not a date that exists$"):
            parse_day("2009-02-29", "on")


class _Stamp:
    """Not a date, but with a .date(), as a pandas Timestamp of another library might be."""

    def __init__(self, day):
        self.day = day

    def date(self):
        if self.day is None:
            raise ValueError("no time")  # as pandas' NaT does
        return self.day


class TestAsDay:
    """A public date argument: a date, a datetime, YYYY-MM-DD, or anything with a .date()."""

    def test_anything_with_a_date_method(self):
        """An object that is no date but has .date() stands for what that returns."""
        assert as_day(_Stamp(dt.date(2009, 10, 1)), "on") == dt.date(2009, 10, 1)
        evening = dt.datetime(2009, 10, 1, 18, 0)  # noqa: DTZ001 - a naive datetime is a form too
        assert as_day(_Stamp(evening), "on") == dt.date(2009, 10, 1)

    def test_subclass_of_date(self):
        """A subclass of date is the plain date of its own fields."""

        class Day(dt.date):
            pass

        day = as_day(Day(2009, 10, 1), "on")
        assert (type(day), day) == (dt.date, dt.date(2009, 10, 1))

    def test_no_day(self):
        """A .date() that fails (a missing time) is no day, naming the argument."""
        with pytest.raises(ValueError, match=r"^on is not a day: "):
            as_day(_Stamp(None), "on")

    def test_other_types(self):
        """Anything else is a TypeError naming the argument and the type given."""
        with pytest.raises(TypeError, match=r"^on must be a datetime\.date, .*; got int$"):
            as_day(20091001, "on")
