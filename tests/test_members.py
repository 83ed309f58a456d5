"""Members and countries: who belonged when, and finding a nation by any of its keys."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from conftest import TINY
from natodata import MemberState, UnknownCountryError


class TestMembersOn:
    @pytest.mark.parametrize(
        ("day", "count"),
        [
            (dt.date(1949, 4, 3), 0),
            (dt.date(1949, 12, 31), 12),
            (dt.date(1952, 2, 18), 14),
            (dt.date(1955, 5, 6), 15),
            (dt.date(1982, 5, 30), 16),
            (dt.date(1999, 3, 12), 19),
            (dt.date(2004, 3, 29), 26),
            (dt.date(2007, 3, 29), 26),
            (dt.date(2009, 4, 1), 28),
            (dt.date(2017, 6, 5), 29),
            (dt.date(2020, 3, 27), 30),
            (dt.date(2023, 4, 4), 31),
            (dt.date(2024, 3, 7), 32),
        ],
    )
    def test_count_on_each_enlargement(self, nato, day, count):
        """The count is right on the day of each enlargement and the day before the first."""
        assert len(nato.members(on=day)) == count

    def test_today_is_32(self, nato):
        """Without a date, today's members: 32 since Sweden joined."""
        assert len(nato.members()) == 32

    def test_norway_in_2007(self, nato):
        """The seed article's Alliance of 26 includes Norway."""
        assert "NOR" in {m.code for m in nato.members(on=dt.date(2007, 3, 29))}

    def test_day_before_accession(self, nato):
        """A state is not a member on the day before its instrument was deposited."""
        assert not nato.is_member("Sweden", on=dt.date(2023, 12, 31))
        assert not nato.is_member("Sweden", on=dt.date(2024, 3, 6))
        assert nato.is_member("Sweden", on=dt.date(2024, 3, 7))

    def test_founders(self, nato):
        """The twelve founders are the members on the day the Treaty was signed."""
        founders = {m.code for m in nato.members() if m.founding}
        assert founders == {m.code for m in nato.members(on=nato.founded)}
        assert len(founders) == 12

    def test_sorted_by_name(self, nato):
        """Members come in alphabetical order of name, accents folded."""
        names = [m.name for m in nato.members()]
        assert names[0] == "Albania"
        assert names.index("Türkiye") == names.index("Sweden") + 1

    def test_result_is_a_tuple(self, nato):
        """Results are tuples: nobody can append to the shared dataset."""
        members = nato.members()
        assert isinstance(members, tuple)
        with pytest.raises(AttributeError):
            members.append(members[0])  # type: ignore[attr-defined]


class TestLookup:
    @pytest.mark.parametrize(
        ("key", "code"),
        [
            ("NOR", "NOR"),
            ("no", "NOR"),
            ("Norway", "NOR"),
            ("  norway ", "NOR"),
            ("UK", "GBR"),
            ("GB", "GBR"),
            ("Great Britain", "GBR"),
            ("the United Kingdom", "GBR"),
            ("Turkey", "TUR"),
            ("türkiye", "TUR"),
            ("TURKIYE", "TUR"),
            ("Czech Republic", "CZE"),
            ("Macedonia", "MKD"),
            ("FYROM", "MKD"),
            ("West Germany", "DEU"),
            ("U.S.", "USA"),
            ("United States of America", "USA"),
        ],
    )
    def test_any_key(self, nato, key, code):
        """Alpha-3, alpha-2 or any recorded name finds the nation, ignoring case and accents."""
        assert nato.member(key).code == code

    def test_uk_is_never_uganda(self, nato):
        """'UK' is the United Kingdom's recorded short name, never a guess at a code."""
        assert nato.country("UK").name == "United Kingdom"

    def test_miss_suggests(self, nato):
        """A miss raises with the closest names."""
        with pytest.raises(UnknownCountryError) as caught:
            nato.member("Norwey")
        assert isinstance(caught.value, LookupError)
        assert caught.value.suggestions[0] == "Norway"
        assert "did you mean Norway" in str(caught.value)

    def test_miss_without_suggestion(self, nato):
        """A key like nothing known says so plainly."""
        with pytest.raises(UnknownCountryError, match="no country is known as 'Atlantis'"):
            nato.member("Atlantis")

    def test_record_carries_membership(self, nato):
        """A member's record has its joining date, founder flag, notes and sources."""
        germany = nato.member("Germany")
        assert isinstance(germany, MemberState)
        assert germany.joined == dt.date(1955, 5, 6)
        assert not germany.founding
        assert "3 October 1990" in germany.notes
        assert all(nato.source(s) for s in germany.sources)

    def test_special_cases_have_notes(self, nato):
        """Germany, France, Greece and Spain carry notes on their membership."""
        for key in ("DEU", "FRA", "GRC", "ESP"):
            assert nato.member(key).notes


class TestAmbiguity:
    def test_ambiguous_key_lists_candidates(self, tiny):
        """A name two nations share is not guessed: both are listed."""
        import natodata

        countries = (
            "code,alpha_2,numeric,cow,name,other_names,sources\n"
            "NOR,NO,578,,Norway,,seed\nGBR,GB,826,,United Kingdom,Kingdom,seed\n"
            "AUS,AU,036,,Australia,,seed\nTUR,TR,792,,Türkiye,,seed\n"
            "NLD,NL,528,,Netherlands,Kingdom,seed\nMAR,MA,504,,Morocco,,seed\n"
        )
        small = natodata.load(tiny(countries=countries))
        with pytest.raises(UnknownCountryError) as caught:
            small.country("kingdom")
        assert caught.value.candidates == ("Netherlands (NLD)", "United Kingdom (GBR)")
        assert "could mean several countries" in str(caught.value)

    def test_partner_is_not_a_member(self, tiny):
        """member() refuses a partner; country() finds it; is_member() says False."""
        import natodata

        small = natodata.load(tiny())
        with pytest.raises(UnknownCountryError, match="has never been a member"):
            small.member("Australia")
        assert small.country("Australia").code == "AUS"
        assert not small.is_member("Australia")
        assert "AUS" not in {m.code for m in small.members()}


class TestMemberRecord:
    def test_every_field_from_its_rows(self, tiny):
        """A member's record holds its members.csv row, beside its countries.csv row."""
        members = TINY["members.csv"].replace(
            "TUR,1952-02-18,false,,seed,", "TUR,1952-02-18,false,joined with Greece,seed,"
        )
        small = natodata.load(tiny(members=members))
        norway, turkey = small.member("NOR"), small.member("TUR")
        assert (norway.founding, norway.notes, norway.evidence) == (True, "", "a member since 1949")
        assert (turkey.joined, turkey.founding, turkey.notes, turkey.evidence) == (
            dt.date(1952, 2, 18),
            False,
            "joined with Greece",
            "acceded on 18 February 1952",
        )
