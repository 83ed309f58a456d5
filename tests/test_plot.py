"""Plots: each chart renders to PNG headless, and draws what it says."""

from __future__ import annotations

import datetime as dt
import io
import sys

import pytest

import natodata
from natodata import MissingExtraError, NoDataError

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 - after choosing the headless backend

import natodata.plot  # noqa: E402 - as above


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def png(ax) -> bytes:
    out = io.BytesIO()
    ax.figure.savefig(out, format="png")
    data = out.getvalue()
    assert data.startswith(b"\x89PNG")
    return data


class TestEnlargement:
    def test_steps_and_labels(self, nato):
        """One step per enlargement, from 12 to today's 32, each round labelled."""
        ax = natodata.plot.enlargement()
        png(ax)
        (line,) = ax.get_lines()
        counts = list(line.get_ydata())
        assert counts[0] == 12
        assert counts[-1] == len(nato.members())
        labels = [t.get_text() for t in ax.texts]
        assert "1949: 12 states" in labels
        assert "2024: Sweden" in labels
        assert len(labels) == len({m.joined for m in nato.members()})

    def test_on_given_axes(self):
        """Drawn on the Axes given, which is returned."""
        _, ax = plt.subplots()
        assert natodata.plot.enlargement(ax=ax) is ax


class TestOperations:
    def test_strength(self, tiny):
        """Every stated strength is a point on its date; exact and estimated apart."""
        ax = natodata.plot.strength("ISAF", alliance=natodata.load(tiny()))
        png(ax)
        exact, rough = ax.collections
        march, june = matplotlib.dates.date2num([dt.date(2007, 3, 29), dt.date(2007, 6, 1)])
        assert exact.get_offsets().tolist() == [[june, 5900]]
        assert rough.get_offsets().tolist() == [[march, 35000]]
        assert "ISAF" in ax.get_title()

    def test_personnel_top_nations(self):
        """A band for each of the top nations and one for the others."""
        ax = natodata.plot.personnel("ISAF", top=5)
        png(ax)
        labels = [t.get_text() for t in ax.get_legend().get_texts()]
        assert labels[0] == "USA"
        assert labels[-1] == "others"
        assert len(labels) == 6

    def test_nation(self):
        """One line for each operation the nation has figures in."""
        ax = natodata.plot.nation("Norway")
        png(ax)
        labels = [line.get_label() for line in ax.get_lines()]
        assert {"IFOR", "SFOR", "ISAF", "KFOR"} <= set(labels)
        assert labels == sorted(labels)
        ys = ax.get_lines()[labels.index("ISAF")].get_ydata()
        assert 600 in list(ys)  # the placemat of 1 October 2009

    def test_no_data(self):
        """An operation without tables or strengths says so."""
        with pytest.raises(NoDataError):
            natodata.plot.personnel("OAF")
        with pytest.raises(NoDataError):
            natodata.plot.strength("OANG")

    def test_dates(self, tiny):
        """The x axis holds each figure's date, oldest first."""
        ax = natodata.plot.strength("ISAF", alliance=natodata.load(tiny()))
        days = matplotlib.dates.num2date(ax.get_lines()[0].get_xdata(orig=False))
        assert [d.date() for d in days] == [dt.date(2007, 3, 29), dt.date(2007, 6, 1)]


# A battlegroup led by the United Kingdom, seen by a complete snapshot and then a partial one
# that names only Norway: on the second day the UK and Türkiye are still in force.
BATTLEGROUP = """\
EFP-X,Battlegroup X,2017-01,,X,deterrence,,,,,seed,X
"""
SNAPSHOTS = """\
EFP-X,GBR,2017-02-07,,450,exact,troops,framework,,mat-2007,United Kingdom 450
EFP-X,TUR,2017-02-07,,250,exact,troops,,,mat-2007,Turkey 250
EFP-X,NOR,2017-05-30,,200,about,troops,,,seed,Norway about 200
"""


class TestBattlegroup:
    @pytest.fixture
    def small(self, tiny):
        from conftest import TINY

        return natodata.load(
            tiny(
                operations=TINY["operations.csv"] + BATTLEGROUP,
                contributions=TINY["contributions.csv"] + SNAPSHOTS,
            )
        )

    def test_a_column_a_day_a_row_a_nation(self, small):
        """Each day a source lists nations is a column; every nation in force is a row."""
        ax = natodata.plot.battlegroup("EFP-X", alliance=small)
        png(ax)
        days = [t.get_text() for t in ax.get_xticklabels()]
        assert days == ["7 February 2017", "30 May 2017"]
        nations = [t.get_text() for t in ax.get_yticklabels()]
        assert nations == ["United Kingdom", "Türkiye", "Norway"]  # from the bottom: A at the top

    def test_the_framework_nation_is_dark(self, small):
        """The UK, the framework nation, is dark on both days; the others are light."""
        ax = natodata.plot.battlegroup("EFP-X", alliance=small)
        marks = {}
        for dot in ax.collections:
            ((column, row),) = dot.get_offsets()
            marks[int(column), int(row)] = matplotlib.colors.to_hex(dot.get_facecolor()[0])
        uk, turkey, norway = 0, 1, 2  # rows from the bottom
        assert set(marks) == {(0, uk), (0, turkey), (1, uk), (1, turkey), (1, norway)}
        assert marks[0, uk] == marks[1, uk] != marks[1, turkey]
        assert marks[1, turkey] == marks[1, norway] == marks[0, turkey]

    def test_figures_only_where_that_days_source_gives_them(self, small):
        """A figure is written on the day its source gives it, not carried to later columns."""
        ax = natodata.plot.battlegroup("EFP-X", alliance=small)
        written = {(text.get_text(), text.xy[0]) for text in ax.texts}
        assert written == {("450", 0), ("250", 0), ("200", 1)}

    def test_rotations_only(self):
        """A mission made only of rotations has no snapshots to chart."""
        with pytest.raises(NoDataError, match="no dated snapshots"):
            natodata.plot.battlegroup("BAP")


class TestWithoutMatplotlib:
    def test_error_names_the_extra(self, monkeypatch):
        """Without matplotlib the error says to install natodata[plot]."""
        monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
        with pytest.raises(MissingExtraError, match=r"natodata\[plot\]"):
            natodata.plot.enlargement()
