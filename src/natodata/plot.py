"""Charts of natodata's data, with matplotlib (``pip install 'natodata[plot]'``).

Each function draws on the Axes it is given (or on a new figure) and returns the Axes, so the
chart can be restyled, combined or saved as any matplotlib chart.

>>> import natodata.plot
>>> ax = natodata.plot.enlargement()
>>> ax.get_ylabel()
'member states'
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from ._api import load
from .exceptions import MissingExtraError, NoDataError

if TYPE_CHECKING:
    # matplotlib is optional: named for type checkers only, imported when a chart is drawn.
    from matplotlib.axes import Axes

    from ._alliance import Alliance

__all__ = [
    "battlegroup",
    "enlargement",
    "nation",
    "personnel",
    "rotations",
    "spending",
    "spending_trend",
    "strength",
]


def _x(days: list[datetime.date]) -> Sequence[float]:
    """Dates for an axis: matplotlib reads them through its date converter, though its type
    stubs name only numbers.
    """  # noqa: D205
    return cast("Sequence[float]", days)


def _axes(ax: Axes | None) -> Axes:
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingExtraError("natodata.plot", "plot") from None
    if ax is not None:
        return ax
    _, new = plt.subplots(figsize=(9, 4.5), layout="constrained")
    drawn: Axes = new
    return drawn


# Colours: the data in blue, estimates in orange, the rest in grey; nations from tab10/tab20.
_BLUE = "#1f4e79"
_ORANGE = "#d95f02"
_GREY = "#9e9e9e"


def _count_axis(ax: Axes, label: str, top: float | None = None) -> None:
    """A y axis of counts: from zero, whole numbers only, thousands separated, with its unit."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    # Room above the largest value, so that no point sits on the frame.
    ax.set_ylim(0, max(ax.dataLim.y1 * 1.08, 1) if top is None else top)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    ax.set_ylabel(label)


def _colours(count: int) -> list[Any]:
    """*count* distinct colours: tab10's, or tab20's for more than ten series."""
    import matplotlib as mpl

    cmap = mpl.colormaps["tab10" if count <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(count)]


def enlargement(*, alliance: Alliance | None = None, ax: Axes | None = None) -> Axes:
    """The number of member states over time, a step at each enlargement, each one labelled."""
    nato = alliance or load()
    ax = _axes(ax)
    rounds: dict[datetime.date, list[str]] = {}
    for member in nato.members(on=datetime.date.max):
        rounds.setdefault(member.joined, []).append(member.name)
    days = sorted(rounds)
    counts = []
    total = 0
    for day in days:
        total += len(rounds[day])
        counts.append(total)
    today = datetime.date.today()  # noqa: DTZ011 - calendar days
    ax.step(_x([*days, today]), [*counts, counts[-1]], where="post", color=_BLUE)
    middle = days[0] + (today - days[0]) / 2
    for day, count in zip(days, counts, strict=True):
        joined = rounds[day]
        label = joined[0] if len(joined) == 1 else f"{len(joined)} states"
        # Labels right of the step in the first half, left of it after: none leaves the axes.
        right = day < middle
        ax.annotate(
            f"{day.year}: {label}",
            (day, count),
            xytext=(4, -10) if right else (-4, 1),
            textcoords="offset points",
            ha="left" if right else "right",
            fontsize=7,
        )
    _count_axis(ax, "member states", top=counts[-1] + 3)
    ax.set_title(f"{nato.abbreviation} enlargement, {days[0].year} to {today.year}")
    return ax


def strength(operation: str, *, alliance: Alliance | None = None, ax: Axes | None = None) -> Axes:
    """An operation's total strength over time, as its sources state it; estimates hollow."""
    nato = alliance or load()
    op = nato.operation(operation)
    figures = nato.strengths(op.code)
    if not figures:
        raise NoDataError(f"no strength of {op.code} is recorded")
    ax = _axes(ax)
    ax.plot(_x([s.as_of for s in figures]), [s.personnel for s in figures], color=_GREY, lw=1)
    exact = [s for s in figures if s.qualifier.value == "exact"]
    rough = [s for s in figures if s.qualifier.value != "exact"]
    ax.scatter(
        _x([s.as_of for s in exact]),
        [s.personnel for s in exact],
        color=_BLUE,
        label="exact",
        zorder=3,
    )
    ax.scatter(
        _x([s.as_of for s in rough]),
        [s.personnel for s in rough],
        facecolors="none",
        edgecolors=_ORANGE,
        label="about, over or up to",
        zorder=3,
    )
    _count_axis(ax, "personnel (people)")
    ax.set_title(f"{op.code}: total strength as stated by its sources")
    ax.legend(loc="best", fontsize=8)
    return ax


def personnel(
    operation: str, *, top: int = 8, alliance: Alliance | None = None, ax: Axes | None = None
) -> Axes:
    """Per-nation personnel over time, stacked: the *top* largest nations and all others."""
    nato = alliance or load()
    op = nato.operation(operation)
    days = sorted({t.as_of for t in nato.tables(op.code) if t.complete})
    if not days:
        raise NoDataError(f"{op.code} has no complete contribution tables to chart")
    series = [nato.personnel_by_country(op.code, on=day) for day in days]
    totals: dict[str, int] = {}
    for figures in series:
        for nation, people in figures.items():
            totals[nation] = totals.get(nation, 0) + people
    leaders = sorted(totals, key=lambda n: (-totals[n], n))[:top]
    stacks = [[figures.get(nation, 0) for figures in series] for nation in leaders]
    others = [sum(figures.values()) - sum(figures.get(n, 0) for n in leaders) for figures in series]
    ax = _axes(ax)
    colours = [*_colours(len(leaders)), _GREY]
    ax.stackplot(
        _x(days), *stacks, others, labels=[*leaders, "others"], colors=colours, step="post"
    )
    _count_axis(ax, "personnel (people)")
    ax.set_title(f"{op.code}: personnel by nation, from {len(days)} complete tables")
    ax.legend(loc="upper left", fontsize=7, ncols=2)
    return ax


def nation(country: str, *, alliance: Alliance | None = None, ax: Axes | None = None) -> Axes:
    """One nation's personnel in each operation over time, a line an operation."""
    nato = alliance or load()
    who = nato.country(country)
    # The nation's figure on each day a table lists it, by the rule of personnel_by_country.
    by_operation: dict[str, list[tuple[datetime.date, int]]] = {}
    for code in sorted({r.operation for r in nato.contributions(country=who.code)}):
        for day in sorted({r.as_of for r in nato.contributions(operation=code, country=who.code)}):
            people = nato.personnel_by_country(code, on=day).get(who.code)
            if people is not None:
                by_operation.setdefault(code, []).append((day, people))
    if not by_operation:
        raise NoDataError(f"no personnel figures for {who.name}")
    ax = _axes(ax)
    colours = _colours(len(by_operation))
    for colour, (code, points) in zip(colours, by_operation.items(), strict=True):
        ax.plot(
            _x([d for d, _ in points]),
            [p for _, p in points],
            marker=".",
            label=code,
            color=colour,
            clip_on=False,  # a figure of 0 or 2 people shows whole on the axis
        )
    _count_axis(ax, "personnel (people)")
    ax.set_title(f"{who.name}: personnel in NATO-led operations")
    ax.legend(loc="best", fontsize=8)
    return ax


def spending(
    year: int,
    *,
    edition: str | None = None,
    alliance: Alliance | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Each Ally's defence expenditure as a share of GDP in a year, with the 2 % line.

    The figures come from one edition (the latest that has the year, unless one is named); bars
    of Allies at or above 2 % are dark, the others light.
    """
    nato = alliance or load()
    shares = nato.defence_shares(year, edition)
    chosen = edition or nato.latest_edition(year)
    ax = _axes(ax)
    codes = list(shares)
    values = [float(shares[code]) for code in codes]
    colours = ["#1f4e79" if value >= 2 else "#9dc3e6" for value in values]
    ax.bar(codes, values, color=colours)
    ax.axhline(2, color="#c00000", lw=1, ls="--", label="2 % guideline")
    ax.set_ylim(bottom=0)
    ax.set_ylabel("defence expenditure, % of GDP")
    ax.set_title(f"Defence expenditure by Ally, {year} (NATO, edition of {chosen})")
    ax.tick_params(axis="x", labelrotation=90, labelsize=7)
    ax.legend(loc="upper right", fontsize=8)
    return ax


def spending_trend(
    country: str,
    *,
    edition: str | None = None,
    alliance: Alliance | None = None,
    ax: Axes | None = None,
) -> Axes:
    """One Ally's defence expenditure as a share of GDP, year by year, with the 2 % line.

    From one edition (the latest, unless one is named); NATO's estimates are hollow points.
    """
    nato = alliance or load()
    series = nato.spending(country, edition)
    who = nato.country(country)
    ax = _axes(ax)
    years = [f.year for f in series]
    values = [float(f.percent_of_gdp) for f in series]
    ax.plot(years, values, color="#1f4e79", lw=1)
    estimated = [f.estimate is True for f in series]
    ax.scatter(
        [y for y, e in zip(years, estimated, strict=True) if not e],
        [v for v, e in zip(values, estimated, strict=True) if not e],
        color="#1f4e79",
        label="reported",
    )
    ax.scatter(
        [y for y, e in zip(years, estimated, strict=True) if e],
        [v for v, e in zip(values, estimated, strict=True) if e],
        facecolors="none",
        edgecolors=_ORANGE,
        label="estimate",
    )
    ax.axhline(2, color="#c00000", lw=1, ls="--", label="2 % guideline")
    ax.set_ylim(bottom=0)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("defence expenditure, % of GDP")
    ax.set_title(f"{who.name}: defence expenditure, edition of {series[0].edition_text}")
    ax.legend(loc="upper left", fontsize=8)
    return ax


def rotations(
    operation: str = "BAP", *, alliance: Alliance | None = None, ax: Axes | None = None
) -> Axes:
    """The rotations of an air-policing mission as bars in time, a row a nation.

    Each contribution that lasts a period is a bar from its first to its last day; lead nations
    are dark, augmenting nations light.
    """
    nato = alliance or load()
    op = nato.operation(operation)
    periods = [r for r in nato.contributions(operation=op.code) if r.until is not None]
    if not periods:
        raise NoDataError(f"{op.code} has no contributions that last a period")
    nations = sorted({r.country for r in periods})
    ax = _axes(ax)
    for row in periods:
        assert row.until is not None  # noqa: S101 - filtered above
        lead = row.role is not None and row.role.value == "lead"
        ax.barh(
            nations.index(row.country),
            (row.until - row.as_of).days + 1,
            left=_x([row.as_of])[0],
            color="#1f4e79" if lead else "#9dc3e6",
            height=0.6,
        )
    ax.set_yticks(range(len(nations)), nations, fontsize=7)
    ax.set_title(f"{op.code}: rotations by nation (dark: lead, light: augmenting)")
    return ax


def battlegroup(
    operation: str, *, alliance: Alliance | None = None, ax: Axes | None = None
) -> Axes:
    """A formation's nations on each day a source lists them: a column a day, a row a nation.

    On each snapshot's day the nations in force are those of
    :meth:`~natodata.Alliance.contributions_by_country` (a nation a partial snapshot leaves out
    keeps its earlier row); the framework nation of that day
    (:meth:`~natodata.Alliance.framework_nation`) is dark, the others light. A figure is written
    beside a nation where that day's source gives one.
    """
    nato = alliance or load()
    op = nato.operation(operation)
    snapshots = [r for r in nato.contributions(operation=op.code) if r.until is None]
    days = sorted({r.as_of for r in snapshots})
    if not days:
        raise NoDataError(f"{op.code} has no dated snapshots to chart")
    in_force = [nato.contributions_by_country(op.code, on=day) for day in days]
    names = {n: nato.country(n).name for held in in_force for n in held}
    nations = sorted(names, key=lambda n: names[n], reverse=True)  # A at the top
    ax = _axes(ax)
    for column, (day, held) in enumerate(zip(days, in_force, strict=True)):
        try:
            lead = nato.framework_nation(op.code, on=day).code
        except NoDataError:
            lead = None
        for nation, rows in held.items():
            row = nations.index(nation)
            colour = _BLUE if nation == lead else "#9dc3e6"
            ax.scatter(column, row, s=220, marker="s", color=colour, zorder=3)
            people = [r.personnel for r in rows if r.as_of == day and r.personnel is not None]
            if people:
                ax.annotate(
                    f"{sum(people):,}",
                    (column, row),
                    xytext=(9, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=7,
                )
    texts = {r.as_of: r.as_of_text for r in snapshots}
    ax.set_xticks(range(len(days)), [texts[day] for day in days], rotation=30, ha="right")
    ax.set_xlim(-0.5, len(days) - 0.2)
    ax.set_yticks(range(len(nations)), [names[n] for n in nations], fontsize=7)
    ax.set_ylim(-0.7, len(nations) - 0.3)
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.set_title(f"{op.code}: nations on each day a source lists them (dark: framework nation)")
    return ax
