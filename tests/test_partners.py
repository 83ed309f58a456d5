"""Nations beyond the members: codes to join on, partnership frameworks, operations' links."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from conftest import TINY
from natodata import DataError, Framework, Problem, UnknownCountryError


def problems(directory):
    with pytest.raises(DataError) as caught:
        natodata.load(directory)
    return caught.value.problems


class TestCountryCodes:
    @pytest.mark.parametrize(
        ("how", "expected"),
        [
            ({"key": "NOR"}, "NOR"),
            ({"key": "no"}, "NOR"),
            ({"key": "Norway"}, "NOR"),
            ({"key": "578"}, "NOR"),
            ({"numeric": 578}, "NOR"),
            ({"numeric": "578"}, "NOR"),
            ({"cow": 385}, "NOR"),
            ({"numeric": 36}, "AUS"),
            ({"key": "36"}, "AUS"),
            ({"key": "036"}, "AUS"),
            ({"cow": 900}, "AUS"),
        ],
    )
    def test_every_code_finds_the_nation(self, tiny, how, expected):
        """A nation is found by alpha-3, alpha-2, name, ISO numeric (padded or not) or COW."""
        small = natodata.load(tiny())
        others = {k: v for k, v in how.items() if k != "key"}  # the parameter stays as it was
        assert small.country(how.get("key"), **others).code == expected

    def test_cow_number_is_not_an_iso_code(self, tiny):
        """A COW number is asked for by name: "385" alone is read as ISO numeric, not as COW."""
        small = natodata.load(tiny())
        with pytest.raises(UnknownCountryError):
            small.country("385")
        with pytest.raises(UnknownCountryError, match="cow 578"):
            small.country(cow=578)

    @pytest.mark.parametrize("how", [{}, {"key": "NOR", "cow": 385}])
    def test_exactly_one_way(self, tiny, how):
        """One of key, numeric or cow, never none or two."""
        small = natodata.load(tiny())
        with pytest.raises(TypeError, match="exactly one"):
            small.country(**how)

    @pytest.mark.parametrize("column", ["numeric", "cow"])
    def test_duplicate_codes_refused(self, tiny, column):
        """Two nations with the same ISO numeric or COW code are a data error."""
        text = TINY["countries.csv"] + "NLD,NL,578,385,Netherlands,,seed\n"
        value = {"numeric": "'578'", "cow": "385"}[column]
        assert Problem(
            "countries.csv", 7, column, f"duplicate key {value}; row 2 has it already"
        ) in problems(tiny(countries=text))

    def test_members_are_still_members_only(self, tiny):
        """Partners are countries, not members."""
        small = natodata.load(tiny())
        assert "AUS" in {c.code for c in small.countries()}
        assert "AUS" not in {c.code for c in small.members()}


class TestPartnerships:
    def test_partners_now(self, tiny):
        """partners() with no date lists every partnership not recorded as ended."""
        small = natodata.load(tiny())
        assert [c.code for c in small.partners()] == ["AUS", "MAR"]
        assert [c.code for c in small.partners(Framework.PARTNERS_ACROSS_THE_GLOBE)] == ["AUS"]

    def test_partners_on_a_date_need_a_start(self, tiny):
        """On a given day only partnerships with a recorded start count."""
        small = natodata.load(tiny())
        assert [c.code for c in small.partners(on=dt.date(1995, 1, 1))] == ["MAR"]
        assert small.partners(on=dt.date(1993, 12, 31)) == ()

    def test_ended_partnership(self, tiny):
        """A partnership that ended is not current, but counts on a day before its end."""
        text = TINY["partnerships.csv"] + "AUS,partnership_for_peace,1994-02,2000,,seed,signed\n"
        small = natodata.load(tiny(partnerships=text))
        assert "AUS" not in {c.code for c in small.partners(Framework.PARTNERSHIP_FOR_PEACE)}
        pfp = Framework.PARTNERSHIP_FOR_PEACE
        assert "AUS" in {c.code for c in small.partners(pfp, on=dt.date(2000, 12, 31))}
        assert "AUS" not in {c.code for c in small.partners(pfp, on=dt.date(2001, 1, 1))}
        (row,) = small.partnerships(country="Australia", framework=pfp)
        assert row.end == dt.date(2000, 12, 31)

    def test_order(self, tiny):
        """By nation code, framework, then start (an unknown start first), whatever the file's
        order."""
        text = TINY["partnerships.csv"] + (
            "AUS,partnership_for_peace,2005,2010,,seed,again\n"
            "AUS,partnership_for_peace,1994-02,2000,,seed,signed\n"
        )
        small = natodata.load(tiny(partnerships=text))
        got = [(p.country, p.framework.value, p.start) for p in small.partnerships()]
        assert got == [
            ("AUS", "partners_across_the_globe", None),
            ("AUS", "partnership_for_peace", dt.date(1994, 2, 1)),
            ("AUS", "partnership_for_peace", dt.date(2005, 1, 1)),
            ("MAR", "mediterranean_dialogue", dt.date(1994, 1, 1)),
        ]

    def test_no_partner_from_the_day_it_joined(self, tiny):
        """A member from a day cannot become a partner on that day."""
        text = TINY["partnerships.csv"] + "TUR,mediterranean_dialogue,1952-02-18,,,seed,x\n"
        assert problems(tiny(partnerships=text)) == (
            Problem(
                "partnerships.csv",
                4,
                "start",
                "TUR was a member from 1952-02-18, so it cannot become a partner on 1952-02-18",
            ),
        )
        text = TINY["partnerships.csv"] + "TUR,mediterranean_dialogue,1952-02-17,,,seed,x\n"
        natodata.load(tiny(partnerships=text))  # the day before: a partner, then a member

    @pytest.mark.parametrize("column", ["start", "end"])
    def test_in_the_future(self, tiny, column):
        """A partnership's start or end after today is in the future, named at its column."""
        year = dt.date.today().year + 1  # noqa: DTZ011
        row = {
            "start": f"AUS,partnership_for_peace,{year},,,seed,x",
            "end": f"AUS,partnership_for_peace,1994,{year},,seed,x",
        }[column]
        found = problems(tiny(partnerships=TINY["partnerships.csv"] + row + "\n"))
        # A year is in the future when its first day is; the reason names it as written.
        reason = f"{year} is in the future"
        assert found == (Problem("partnerships.csv", 4, column, reason),)

    @pytest.mark.parametrize(
        ("row", "expected"),
        [
            (
                "XXX,partnership_for_peace,1994,,,seed,joined",
                Problem("partnerships.csv", 4, "country", "'XXX' is not in countries.csv"),
            ),
            (
                "MAR,pfp,1994,,,seed,joined",
                Problem(
                    "partnerships.csv",
                    4,
                    "framework",
                    "expected one of partnership_for_peace, mediterranean_dialogue,"
                    " istanbul_cooperation_initiative, partners_across_the_globe; got 'pfp'",
                ),
            ),
            (
                "MAR,partnership_for_peace,1994,1993,,seed,joined",
                Problem(
                    "partnerships.csv",
                    4,
                    "end",
                    "end: ends (1993-12-31) before it starts (1994-01-01)",
                ),
            ),
            (
                "AUS,partners_across_the_globe,,,,seed,joined",
                Problem(
                    "partnerships.csv",
                    4,
                    "framework",
                    "duplicate key ('AUS', 'partners_across_the_globe', None);"
                    " row 2 has it already",
                ),
            ),
            (
                "MAR,partnership_for_peace,1994,,,nowhere,joined",
                Problem("partnerships.csv", 4, "source", "'nowhere' is not in sources.csv"),
            ),
        ],
    )
    def test_bad_rows(self, tiny, row, expected):
        """Each bad partnership row is named with its file, row, column and reason."""
        text = TINY["partnerships.csv"] + row + "\n"
        assert problems(tiny(partnerships=text)) == (expected,)


class TestOperationLinks:
    OPERATIONS = (
        "code,name,start,end,theatre,kind,mandate,predecessor,successor,description,sources,"
        "evidence\n"
        "ISAF,Security Assistance Force,2003-08-11,2014-12,Afghanistan,peace_support,,,{s},,seed,"
        "a\n"
        "AMIS,Support to the AU Mission in Sudan,2005-07,2007-12-31,Darfur,support,,{p},,,seed,b\n"
    )

    def test_links_both_ways(self, tiny):
        """A successor's predecessor is the operation itself."""
        small = natodata.load(tiny(operations=self.OPERATIONS.format(s="AMIS", p="ISAF")))
        assert small.operation("ISAF").successor == "AMIS"
        assert small.operation("AMIS").predecessor == "ISAF"

    def test_one_sided_link(self, tiny):
        """A link recorded on one side only is named."""
        found = problems(tiny(operations=self.OPERATIONS.format(s="AMIS", p="")))
        assert found == (
            Problem("operations.csv", 2, "successor", "AMIS's predecessor is empty, not ISAF"),
        )

    def test_one_sided_link_the_other_way(self, tiny):
        """A predecessor whose successor is not the operation is named too."""
        found = problems(tiny(operations=self.OPERATIONS.format(s="", p="ISAF")))
        assert found == (
            Problem("operations.csv", 3, "predecessor", "ISAF's successor is empty, not AMIS"),
        )

    def test_unknown_link(self, tiny):
        """A link to an operation the table lacks is named."""
        found = problems(tiny(operations=self.OPERATIONS.format(s="RSM", p="")))
        assert found == (
            Problem("operations.csv", 2, "successor", "'RSM' is not in operations.csv"),
        )

    def test_self_link(self, tiny):
        """An operation cannot follow itself."""
        found = problems(tiny(operations=self.OPERATIONS.format(s="ISAF", p="")))
        assert Problem("operations.csv", 2, "successor", "ISAF cannot follow itself") in found
