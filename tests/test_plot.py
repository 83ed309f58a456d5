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


class TestWithoutMatplotlib:
    def test_error_names_the_extra(self, monkeypatch):
        """Without matplotlib the error says to install natodata[plot]."""
        monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
        with pytest.raises(MissingExtraError, match=r"natodata\[plot\]"):
            natodata.plot.enlargement()
