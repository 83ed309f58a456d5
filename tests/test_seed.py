"""The facts of the 2007 Norwegian Ministry article natodata began from, as queries."""

from __future__ import annotations

import datetime as dt

import natodata
from natodata import ContributionKind, Precision, Qualifier

SEED = "regjeringen-2007-norway-member"
DAY = dt.date(2007, 3, 29)


class TestSeedArticle:
    def test_source(self, nato):
        """The article is a source with its publisher, address and date."""
        source = nato.source(SEED)
        assert source.publisher == "Ministry of Foreign Affairs of Norway"
        assert source.published == DAY
        assert source.published_text == "29 March 2007"
        assert not source.complete

    def test_norway_in_isaf(self, nato):
        """Norway had about 700 soldiers in ISAF, cited to the article."""
        (row,) = nato.contributions(operation="ISAF", country="Norway", on=DAY)
        assert (row.personnel, row.qualifier, row.kind) == (
            700,
            Qualifier.ABOUT,
            ContributionKind.TROOPS,
        )
        assert row.source == SEED
        assert natodata.personnel_by_country("ISAF", on=DAY)["NOR"] == 700

    def test_isaf(self, nato):
        """ISAF: NATO-led from 2003, over 35 000 soldiers in March 2007."""
        isaf = nato.operation("ISAF")
        assert isaf.start.year == 2003
        assert isaf.active_on(DAY)
        strength = nato.strength("ISAF", on=DAY)
        assert strength.qualifier.describe(strength.personnel) == "over 35,000"
        assert strength.source == SEED

    def test_iraqi_officers(self, nato):
        """Norway trained Iraqi officers in courses held in Norway."""
        (row,) = nato.contributions(country="NOR", operation="NTM-I")
        assert row.kind is ContributionKind.TRAINING
        assert row.personnel is None
        assert "Iraqi officers" in row.description

    def test_darfur_airlift(self):
        """Norway and the United Kingdom flew Nigerian troops and police to AMIS."""
        rows = natodata.contributions_by_country("AMIS", on=DAY)
        assert set(rows) == {"GBR", "NOR"}
        for (row,) in rows.values():
            assert row.kind is ContributionKind.AIRLIFT
            assert "Nigerian" in row.description
            assert row.source == SEED

    def test_darfur_support_dates(self, nato):
        """The support ran from June 2005 (NATO; July per the Ministry) to the end of 2007."""
        amis = nato.operation("AMIS")
        assert (amis.start, amis.start_precision) == (dt.date(2005, 6, 1), Precision.MONTH)
        assert amis.period == "June 2005 to 31 December 2007"
        assert "July 2005" in amis.description
        assert {r.source for r in nato.contributions(operation="AMIS")} == {SEED}

    def test_balkans(self, nato):
        """Norway's large Balkan troop contributions are recorded on its membership, cited."""
        norway = nato.member("NOR")
        assert "Balkans" in norway.notes
        assert SEED in norway.sources

    def test_membership_then(self, nato):
        """NATO had 26 members on the article's date, Norway a founder among them."""
        members = nato.members(on=DAY)
        assert len(members) == 26
        assert nato.member("NOR").founding
