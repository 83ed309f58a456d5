"""Charts a reader can read: counts from zero in whole numbers, thousands separated, nothing cut."""

from __future__ import annotations

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 - after choosing the headless backend

import natodata.plot  # noqa: E402 - as above

CHARTS = {
    "enlargement": natodata.plot.enlargement,
    "strength": lambda: natodata.plot.strength("KFOR"),
    "personnel": lambda: natodata.plot.personnel("ISAF"),
    "nation": lambda: natodata.plot.nation("Norway"),
}


@pytest.fixture(params=sorted(CHARTS))
def ax(request):
    ax = CHARTS[request.param]()
    ax.figure.canvas.draw()
    yield ax
    plt.close("all")


class TestAxes:
    def test_from_zero(self, ax):
        """Sizes start at zero, so bars and lines are not exaggerated."""
        assert ax.get_ylim()[0] == 0

    def test_whole_numbers(self, ax):
        """Counts of people and of states have whole-number ticks."""
        assert all(float(tick).is_integer() for tick in ax.get_yticks())

    def test_thousands_separated(self, ax):
        """Tick labels of 1,000 or more carry a thousands separator."""
        labels = [label.get_text() for label in ax.get_yticklabels()]
        large = [text for text in labels if len(text.replace(",", "")) > 3]
        assert all("," in text for text in large), labels

    def test_title_and_unit(self, ax):
        """Every chart says what it shows and in what unit."""
        assert ax.get_title()
        assert ax.get_ylabel() in {"member states", "personnel (people)"}

    def test_above_the_largest_value(self, ax):
        """No value sits on the top of the frame."""
        top = max(line.get_ydata().max() for line in ax.get_lines()) if ax.get_lines() else None
        if top is not None:
            assert ax.get_ylim()[1] > top


class TestNothingClipped:
    def test_labels_inside_the_figure(self):
        """Every enlargement label lies wholly inside the figure."""
        ax = CHARTS["enlargement"]()
        figure = ax.figure
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        frame = figure.bbox
        for text in ax.texts:
            box = text.get_window_extent(renderer)
            assert frame.x0 <= box.x0, text.get_text()
            assert box.x1 <= frame.x1, text.get_text()
        plt.close("all")


class TestColours:
    def test_distinct_series(self):
        """Each nation's band in a stacked chart has a colour of its own, with many nations too."""
        for top in (8, 14):
            ax = natodata.plot.personnel("ISAF", top=top)
            colours = [tuple(c.get_facecolor()[0]) for c in ax.collections]
            assert len(set(colours)) == len(colours) == top + 1
            plt.close("all")

    def test_estimates_apart(self):
        """Exact and estimated strengths differ in colour, not only in fill."""
        ax = natodata.plot.strength("ISAF")
        exact, rough = ax.collections[:2]
        assert tuple(exact.get_facecolor()[0]) != tuple(rough.get_edgecolor()[0])
        plt.close("all")
