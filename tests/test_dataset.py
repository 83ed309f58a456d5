"""The packaged dataset itself: what it covers, and checks no single row can make."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from natodata import Framework, MemberState

# Every operation the dataset promises, by a word of its name (see docs/data.md).
OPERATIONS = {
    "OANG": "Anchor Guard",
    "OMM": "Maritime Monitor",
    "OSM": "Sky Monitor",
    "OMG": "Maritime Guard",
    "OSGD": "Sharp Guard",
    "ODF": "Deny Flight",
    "ODLF": "Deliberate Force",
    "IFOR": "Implementation Force",
    "SFOR": "Stabilisation Force",
    "OEE": "Eagle Eye",
    "EFOR": "Extraction Force",
    "OAF": "Allied Force",
    "OAHB": "Allied Harbour",
    "KFOR": "Kosovo Force",
    "OEH": "Essential Harvest",
    "OAFX": "Amber Fox",
    "OAHM": "Allied Harmony",
    "OEA": "Eagle Assist",
    "OAE": "Active Endeavour",
    "ODD": "Display Deterrence",
    "ISAF": "International Security Assistance Force",
    "BAP": "Air Policing",
    "NTM-I": "Training Mission-Iraq",
    "AMIS": "African Union Mission in Sudan",
    "PAK": "Pakistan",
    "AMISOM": "African Union Mission in Somalia",
    "OAPV": "Allied Provider",
    "OAPT": "Allied Protector",
    "OOS": "Ocean Shield",
    "OUP": "Unified Protector",
    "TAD": "Turkey's air defence",
    "RSM": "Resolute Support",
    "OSG": "Sea Guardian",
    "NMI": "NATO Mission Iraq",
    "NSATU": "Security Assistance and Training for Ukraine",
    "BSE": "Baltic Sentry",
    "ESE": "Eastern Sentry",
    "ASE": "Arctic Sentry",
    "EFP-EST": "Estonia",
    "EFP-LVA": "Latvia",
    "EFP-LTU": "Lithuania",
    "EFP-POL": "Poland",
    "FLF-SVK": "Slovakia",
    "FLF-HUN": "Hungary",
    "FLF-ROU": "Romania",
    "FLF-BGR": "Bulgaria",
    "IAP": "Iceland",
}


EFP = {"EFP-EST", "EFP-LVA", "EFP-LTU", "EFP-POL"}
FLF = {"FLF-SVK", "FLF-HUN", "FLF-ROU", "FLF-BGR"}


class TestOperations:
    def test_every_promised_operation(self, nato):
        """Each operation the dataset promises is there, under its name."""
        assert {o.code for o in nato.operations()} == set(OPERATIONS)
        for code, words in OPERATIONS.items():
            assert words in nato.operation(code).name, code

    def test_every_operation_is_dated_and_sourced(self, nato):
        """Each has a start, sources, a theatre; an end, where there is one, after the start."""
        for operation in nato.operations():
            assert operation.sources
            assert operation.end is None or operation.start <= operation.end

    @pytest.mark.parametrize(
        ("day", "running"),
        [
            (dt.date(1990, 7, 1), set()),
            (dt.date(1991, 1, 15), {"OANG"}),
            (dt.date(1993, 1, 1), {"OSM", "OMG"}),
            (dt.date(1995, 9, 10), {"ODF", "OSGD", "ODLF"}),
            (dt.date(1996, 6, 1), {"IFOR", "OSGD"}),
            (dt.date(1999, 1, 15), {"SFOR", "OEE", "EFOR"}),
            (dt.date(1999, 4, 20), {"SFOR", "OAF", "OAHB"}),
            (dt.date(2001, 10, 15), {"SFOR", "KFOR", "OAFX", "OEA"}),
            (dt.date(2001, 10, 26), {"SFOR", "KFOR", "OAFX", "OAE", "OEA"}),
            (dt.date(2003, 3, 15), {"SFOR", "KFOR", "OAE", "OAHM", "ODD"}),
            (dt.date(2007, 3, 29), {"KFOR", "OAE", "ISAF", "BAP", "NTM-I", "AMIS"}),
            (
                dt.date(2011, 5, 1),
                {"KFOR", "OAE", "ISAF", "BAP", "IAP", "NTM-I", "AMISOM", "OOS", "OUP"},
            ),
            (
                dt.date(2019, 6, 1),
                {"KFOR", "BAP", "IAP", "AMISOM", "TAD", "RSM", "OSG", "NMI", *EFP},
            ),
            (
                dt.date(2026, 3, 1),
                {"KFOR", "BAP", "IAP", "AMISOM", "TAD", "OSG", "NMI", "NSATU", "BSE", "ESE", "ASE"}
                | EFP
                | FLF,
            ),
        ],
    )
    def test_running_on_sample_days(self, nato, day, running):
        """operations(active_on=) on days from 1990 to today."""
        assert {o.code for o in nato.operations(active_on=day)} == running

    @pytest.mark.parametrize(
        ("before", "after"),
        [
            ("IFOR", "SFOR"),
            ("ISAF", "RSM"),
            ("OAE", "OSG"),
            ("OMM", "OMG"),
            ("OMG", "OSGD"),
            ("OSM", "ODF"),
            ("OEH", "OAFX"),
            ("OAFX", "OAHM"),
            ("OAPV", "OAPT"),
            ("OAPT", "OOS"),
        ],
    )
    def test_successions(self, nato, before, after):
        """Predecessor and successor links, both ways."""
        assert nato.operation(before).successor == after
        assert nato.operation(after).predecessor == before

    def test_legal_basis(self, nato):
        """The mandate names the resolutions or the Treaty article the sources give."""
        assert "UN Security Council authorisation of 15 Dec 1995" in nato.operation("IFOR").mandate
        assert "UNSCR 1244" in nato.operation("KFOR").mandate
        assert any("Article 5" in m for m in nato.operation("OAE").mandate)


class TestTables:
    def test_checked_tables(self, nato):
        """At least six tables across two operations add up to a total their sources state."""
        checked = [t for t in nato.tables() if t.stated_total is not None]
        assert len(checked) >= 6
        assert len({t.operation for t in checked}) >= 2
        for table in checked:
            total = table.stated_total
            assert table.complete
            assert total.qualifier.admits(total.personnel, table.personnel), table

    def test_personnel_on_each_checked_table(self, nato):
        """personnel_by_country on a checked table's date gives exactly that table's figures."""
        for table in nato.tables():
            if table.stated_total is None or table.as_of_precision is not natodata.Precision.DAY:
                continue
            figures = natodata.personnel_by_country(table.operation, on=table.as_of)
            assert sum(figures.values()) == table.personnel, table
            assert len(nato.contributions_by_country(table.operation, table.as_of)) == (
                table.nations
            )

    def test_isaf_2009(self, nato):
        """The placemat of 1 October 2009: 42 nations, about 67,700, the US first."""
        (table,) = [t for t in nato.tables("ISAF") if t.as_of == dt.date(2009, 10, 1)]
        assert (table.nations, table.personnel) == (42, 67694)
        assert table.stated_total.qualifier.describe(table.stated_total.personnel) == "about 67,700"
        figures = natodata.personnel_by_country("ISAF", on=dt.date(2009, 10, 1))
        assert next(iter(figures)) == "USA"

    def test_withdrawal_between_tables(self):
        """A nation missing from a later placemat has no figure after it."""
        late = natodata.personnel_by_country("ISAF", on=dt.date(2014, 11, 30))
        earlier = natodata.personnel_by_country("ISAF", on=dt.date(2011, 6, 30))
        assert "SGP" in earlier
        assert "SGP" not in late

    def test_kfor_partial_then_complete(self):
        """KFOR 2017 is partial (26 named of 30); the complete 2023 table ends older figures."""
        before = natodata.personnel_by_country("KFOR", on=dt.date(2020, 1, 1))
        assert (before["PRT"], before["NOR"]) == (186, 2)  # the placemat of February 2017
        after = natodata.personnel_by_country("KFOR", on=dt.date(2024, 1, 1))
        assert len(after) == 27
        assert "PRT" not in after
        assert sum(after.values()) == 4353

    def test_coverage(self, nato):
        """coverage() says which operations have tables, from when, and how many are checked."""
        by_operation = {c.operation: c for c in natodata.coverage()}
        assert {"AMIS", "IFOR", "SFOR", "ISAF", "KFOR", "NTM-I", "RSM", "BAP", *EFP, *FLF} == set(
            by_operation
        ) - {"IAP"}
        isaf = by_operation["ISAF"]
        assert (isaf.first, isaf.last) == (dt.date(2007, 1, 29), dt.date(2014, 11, 7))
        assert isaf.complete == 70
        assert isaf.checked >= 6
        assert isaf.tables == len(nato.tables("ISAF"))
        assert by_operation["KFOR"].checked == 1

    def test_peak_of_isaf(self, nato):
        """ISAF's peak among the stated strengths is a query."""
        peak = nato.peak("ISAF")
        assert peak.personnel > 120_000

    def test_resolute_support_over_time(self, nato):
        """RSM rises from about 13,000 (2017) past 16,000 (2019-20), then falls to 9,592."""
        on = {
            year: nato.strength("RSM", on=dt.date(year, month, 28))
            for year, month in ((2017, 12), (2019, 6), (2020, 3), (2021, 3))
        }
        assert [s.personnel for s in on.values()] == [13_000, 16_000, 16_500, 9_592]
        assert on[2019].qualifier is natodata.Qualifier.OVER
        assert nato.peak("RSM").as_of == dt.date(2020, 2, 1)
        after_cut = nato.strength("RSM", on=dt.date(2020, 12, 1))
        assert after_cut.qualifier.describe(after_cut.personnel) == "up to 12,000"
        with pytest.raises(natodata.NoDataError):
            nato.strength("RSM", on=dt.date(2016, 1, 1))

    def test_strengths_added_with_resolute_support(self, nato):
        """KFOR before the reinforcements of March 2004 and in 2020; NMI in 2019 and 2020."""
        kfor = nato.strength("KFOR", on=dt.date(2004, 6, 1))
        assert (kfor.personnel, kfor.qualifier) == (18_500, natodata.Qualifier.ABOUT)
        assert nato.strength("KFOR", on=dt.date(2021, 1, 1)).personnel == 3_300
        nmi = nato.strength("NMI", on=dt.date(2020, 12, 1))
        assert (nmi.as_of, nmi.personnel) == (dt.date(2020, 8, 20), 500)
        assert nato.source(nmi.source).publisher == "NATO"

    def test_resolute_support_partial_tables(self, nato):
        """RSM's nation figures come from partial lists (2020, 2021), never summed into a total."""
        tables = nato.tables("RSM")
        assert [(t.as_of, t.nations) for t in tables] == [
            (dt.date(2020, 2, 1), 6),
            (dt.date(2021, 4, 14), 9),
            (dt.date(2021, 4, 15), 1),
        ]
        assert not any(t.complete or t.stated_total for t in tables)
        figures = natodata.personnel_by_country("RSM", on=dt.date(2020, 6, 1))
        assert figures["USA"] == 8000
        assert sum(figures.values()) < nato.strength("RSM", on=dt.date(2020, 6, 1)).personnel
        end = natodata.personnel_by_country("RSM", on=dt.date(2021, 5, 1))
        assert (end["USA"], end["DEU"], end["BEL"]) == (2500, 1100, 72)  # Germany's newer figure


class TestCountries:
    def test_every_contributor_is_a_country(self, nato):
        """Each contributing nation, member or partner, is found by each of its codes."""
        for code in {c.country for c in nato.contributions()}:
            country = nato.country(code)
            assert nato.country(country.alpha_2) is country
            assert nato.country(country.name) is country
            assert nato.country(numeric=country.numeric) is country
            assert country.cow is not None, code
            assert nato.country(cow=country.cow) is country

    def test_codes_agree_with_iso(self, nato):
        """alpha-2, alpha-3 and numeric are one ISO 3166-1 entry (checked against pycountry)."""
        pycountry = pytest.importorskip("pycountry")
        for country in nato.countries():
            entry = pycountry.countries.get(alpha_3=country.code)
            assert entry is not None, country.code
            assert (entry.alpha_2, entry.numeric) == (country.alpha_2, country.numeric)

    @pytest.mark.parametrize(
        ("key", "code"),
        [
            ("Australia", "AUS"),
            ("Mongolia", "MNG"),
            ("Georgia", "GEO"),
            ("Republic of Korea", "KOR"),
            ("South Korea", "KOR"),
            ("UAE", "ARE"),
            ("036", "AUS"),
            ("496", "MNG"),
        ],
    )
    def test_partners_found(self, nato, key, code):
        """Partners are found by name and code; they are no members."""
        country = nato.country(key)
        assert country.code == code
        assert not isinstance(country, MemberState)

    def test_cow_numbers(self, nato):
        """Correlates of War numbers join natodata to peace-science data."""
        assert nato.country(cow=2).code == "USA"
        assert nato.country(cow=385).code == "NOR"
        assert nato.country(cow=900).code == "AUS"


class TestPartnerships:
    def test_sweden_was_a_partner_before_2024(self, nato):
        """Sweden was in the Partnership for Peace until it joined NATO."""
        pfp = Framework.PARTNERSHIP_FOR_PEACE
        assert "SWE" in {c.code for c in nato.partners(pfp, on=dt.date(2020, 1, 1))}
        assert "SWE" not in {c.code for c in nato.partners(pfp)}
        (row,) = nato.partnerships("Sweden", pfp)
        assert row.end == nato.member("Sweden").joined

    def test_frameworks_have_members(self, nato):
        """Each framework has partners today."""
        for framework in Framework:
            assert nato.partners(framework), framework

    def test_members_are_members_only(self, nato):
        """members() never lists a partner."""
        assert len(nato.members()) == 32
        assert all(isinstance(m, MemberState) for m in nato.members())


class TestSources:
    def test_every_source_is_cited(self, nato):
        """No source sits in the table unused."""
        cited = set(nato.alliance_sources)
        for country in nato.countries():
            cited.update(country.sources)
        for operation in nato.operations():
            cited.update(operation.sources)
        cited.update(c.source for c in nato.contributions())
        cited.update(p.source for p in nato.partnerships())
        cited.update(s.source for o in nato.operations() for s in nato.strengths(o.code))
        cited.update(e.source for e in nato.expenditures())
        cited.update(source for g in nato.guidelines() for source in g.sources)
        # A rotation whose dates come from several sources names the others in its description.
        for row in nato.contributions():
            _, also, rest = row.description.partition("Dates also from: ")
            cited.update(part.strip(" .") for part in rest.split(",") if also)
        assert {s.id for s in nato.sources()} == cited


class TestDataPackage:
    def test_frictionless_validates(self):
        """frictionless finds the tables valid: types, constraints, primary and foreign keys."""
        import frictionless  # in the test extra: a missing one is an error, never a skip
        import importlib_resources

        data = importlib_resources.files("natodata").joinpath("data")
        with importlib_resources.as_file(data) as directory:
            report = frictionless.validate(str(directory / "datapackage.json"))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
