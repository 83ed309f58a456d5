"""Display: query results and records as tables in a notebook and as text in a terminal."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from natodata import ByNation, Records

DAY = dt.date(2009, 10, 1)


class TestRecords:
    def test_a_tuple_still(self, nato):
        """A result is a tuple: indexing, slicing, len, equality and immutability as usual."""
        members = nato.members(on=dt.date(1949, 4, 4))
        assert isinstance(members, tuple)
        assert isinstance(members, Records)
        assert len(members) == 12
        assert members == tuple(members)
        with pytest.raises(TypeError):
            members[0] = members[1]  # type: ignore[index]

    def test_text_is_a_table(self, nato):
        """In a terminal: a caption with the count, a header, one line a record."""
        text = repr(nato.operations(active_on=dt.date(2007, 3, 29)))
        lines = text.splitlines()
        assert lines[0] == "6 operations"
        assert lines[1].split() == ["code", "name", "start", "end", "theatre", "kind"]
        assert any(line.startswith("ISAF ") for line in lines)
        assert "11 August 2003" in text

    def test_figures_show_how_exact_they_are(self, nato):
        """A contribution's figure is shown with its qualifier: Norway's 700 in ISAF is "about"."""
        lines = repr(nato.contributions(operation="ISAF", country="NOR", on=dt.date(2007, 3, 29)))
        header, row = lines.splitlines()[1:]
        assert "qualifier" in header.split()
        assert row.split()[-4:-2] == ["700", "about"]

    def test_long_results_are_cut_with_a_count(self, nato):
        """Past 20 rows the display says how many more there are."""
        everything = nato.contributions()
        text = repr(everything)
        assert len(text.splitlines()) == 2 + 20 + 1
        assert text.endswith(f"… and {len(everything) - 20:,} more")
        assert f"… and {len(everything) - 20:,} more" in everything._repr_html_()

    def test_html(self, nato):
        """In a notebook: an HTML table with the caption, the header and the cells escaped."""
        page = nato.operations(active_on=dt.date(2007, 3, 29))._repr_html_()
        assert page.startswith("<table><caption>6 operations</caption>")
        assert "<th>code</th>" in page
        assert "<td>ISAF</td>" in page

    def test_members_and_partners_together(self, nato):
        """countries() mixes MemberState and Country and still shows one table."""
        assert repr(nato.countries()).startswith("78 countries")

    def test_empty(self, nato):
        """An empty result shows as such."""
        assert repr(nato.operations(active_on=dt.date(1980, 1, 1))).startswith("0 records")

    def test_to_dataframes(self, nato):
        """A result goes to pandas or polars in one call."""
        pytest.importorskip("pandas")
        pytest.importorskip("polars")
        members = nato.members()
        assert len(members.to_pandas()) == len(members.to_polars()) == 32


class TestByNation:
    def test_a_read_only_mapping(self):
        """The answer by nation reads like a dict and refuses every change."""
        figures = natodata.personnel_by_country("ISAF", on=DAY)
        assert isinstance(figures, ByNation)
        assert figures["NOR"] == 600
        assert next(iter(figures)) == "USA"
        assert figures == dict(figures)
        with pytest.raises(TypeError):
            figures["NOR"] = 700  # type: ignore[index]
        with pytest.raises(TypeError):
            del figures["NOR"]  # type: ignore[attr-defined]
        with pytest.raises(TypeError):
            hash(figures)

    def test_html_and_text(self, tiny):
        """It shows as a table of nations, figures with thousands separated; its repr names it."""
        small = natodata.load(tiny())
        figures = small.personnel_by_country("ISAF", on=dt.date(2008, 3, 1))
        assert "<td>GBR</td><td>7,000</td>" in figures._repr_html_()
        assert "<td>TUR</td><td>800</td>" in figures._repr_html_()
        assert repr(figures) == "ByNation({'GBR': 7000, 'TUR': 800})"

    def test_long_html_is_cut(self):
        """A long answer shows its first nations and says how many more there are."""
        figures = natodata.personnel_by_country("ISAF", on=DAY)
        shown = figures._repr_html_().count("<tr><td>")  # a nation's row; not the header's
        assert f"… and {len(figures) - shown} more" in figures._repr_html_()
        assert 0 < shown < len(figures)

    def test_to_pandas(self, tiny):
        """Three lines from import to a DataFrame of ISAF by nation, largest first."""
        pytest.importorskip("pandas")
        small = natodata.load(tiny())
        frame = small.personnel_by_country("ISAF", on=dt.date(2008, 3, 1)).to_pandas()
        assert frame.to_dict("records") == [
            {"country": "GBR", "personnel": 7000},
            {"country": "TUR", "personnel": 800},
        ]


class TestSingleRecords:
    def test_record_html_lists_every_attribute(self, nato):
        """A record in a notebook: each attribute and its value, dates at their precision."""
        page = nato.operation("AMIS")._repr_html_()
        assert "<caption>Operation</caption>" in page
        assert "<td>start</td><td>June 2005</td>" in page
        assert "start_precision" not in page

    def test_alliance_html(self, nato):
        """The Alliance in a notebook says what the dataset holds."""
        page = nato._repr_html_()
        assert "<td>member states</td><td>32</td>" in page
        assert "North Atlantic Treaty Organization (NATO)" in page
