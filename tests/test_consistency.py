"""Rules across rows: strengths against complete tables, periods, membership and partnership."""

from __future__ import annotations

import csv
import datetime as dt
import sys

import pytest

import natodata
from conftest import TINY
from natodata import DataError, Problem
from natodata._csv import CHUNK


def problems(directory):
    with pytest.raises(DataError) as caught:
        natodata.load(directory)
    return caught.value.problems


# The complete table of June 2007 (mat-2007) lists GBR 5000 and AUS 900: 5,900.
def strengths(*rows):
    return TINY["strengths.csv"] + "".join(f"{row}\n" for row in rows)


class TestStrengthAgainstCompleteTable:
    """A strength dated on the day of a complete table agrees with it, within its qualifier."""

    def test_contradiction_refused(self, tiny):
        """An exact figure of another source that is not the table's sum is a DataError."""
        found = problems(tiny(strengths=strengths("ISAF,2007-06,6100,exact,false,,seed,6100")))
        assert found == (
            Problem(
                "strengths.csv",
                4,
                "personnel",
                "contradicts the complete table of ISAF on 2007-06, which adds up to 5,900:"
                " 6,100 cannot be right on that day",
            ),
        )

    def test_two_complete_tables_of_a_day(self, tiny):
        """Two complete tables of one day that add up differently: a strength may agree with
        either, and one that agrees with neither is told both sums."""
        sources = (
            TINY["sources.csv"]
            + "mat-2007b,A second fact sheet,NATO,https://example.org/b,2007-06,true,nato,\n"
        )
        contributions = (
            TINY["contributions.csv"]
            + "ISAF,GBR,2007-06,,6000,exact,troops,,,mat-2007b,United Kingdom 6000\n"
        )
        agrees = strengths("ISAF,2007-06,6000,exact,false,,seed,6000")
        natodata.load(tiny(sources=sources, contributions=contributions, strengths=agrees))
        wrong = strengths("ISAF,2007-06,6100,exact,false,,seed,6100")
        (problem,) = problems(tiny(sources=sources, contributions=contributions, strengths=wrong))
        assert problem.reason == (
            "contradicts the complete table of ISAF on 2007-06, which adds up to 5,900 or 6,000:"
            " 6,100 cannot be right on that day"
        )

    @pytest.mark.parametrize(
        "row",
        [
            "ISAF,2007-06,5900,exact,false,,seed,5900",
            "ISAF,2007-06,6000,about,false,,seed,about 6000",
            "ISAF,2007-06,5000,over,false,,seed,over 5000",
            "ISAF,2007-06,6000,up_to,false,,seed,up to 6000",
        ],
    )
    def test_agreement_within_qualifier(self, tiny, row):
        """A figure that admits the table's sum (exact, rounded, or a bound) is accepted."""
        natodata.load(tiny(strengths=strengths(row)))

    def test_agreeing_with_the_stated_total(self, tiny):
        """A figure may agree with the total the table states rather than with its sum: the
        placemat's own 'about 6,000' admits its 5,900, and another source's exact 6,000 agrees
        with the stated total."""
        text = TINY["strengths.csv"].replace(
            "ISAF,2007-06,5900,exact,true,,mat-2007,Total 5900",
            "ISAF,2007-06,6000,about,true,,mat-2007,Total about 6000",
        )
        natodata.load(tiny(strengths=text + "ISAF,2007-06,6000,exact,false,,seed,6000\n"))
        wrong = text + "ISAF,2007-06,6100,exact,false,,seed,6100\n"
        (problem,) = problems(tiny(strengths=wrong))
        assert (problem.row, problem.column) == (4, "personnel")

    def test_a_complete_table_without_a_stated_total(self, tiny):
        """A strength is compared with the sum alone where the table states no total."""
        text = TINY["strengths.csv"].replace(
            "ISAF,2007-06,5900,exact,true,,mat-2007,Total 5900\n", ""
        )
        natodata.load(tiny(strengths=text + "ISAF,2007-06,5900,exact,false,,seed,5900\n"))
        (problem,) = problems(tiny(strengths=text + "ISAF,2007-06,6000,exact,false,,seed,6000\n"))
        assert problem.reason.startswith("contradicts the complete table of ISAF on 2007-06,")

    def test_a_table_whose_rows_are_apart(self, tiny):
        """A complete table's rows are added up wherever they stand in the file."""
        header, *rows = TINY["contributions.csv"].splitlines()
        gbr = next(r for r in rows if r.startswith("ISAF,GBR,2007-06,"))
        rows.remove(gbr)
        text = "\n".join([header, gbr, *rows]) + "\n"  # the seed's rows between GBR and AUS
        small = natodata.load(tiny(contributions=text))
        assert small.strength("ISAF", on="2007-06-15").personnel == 5900

    def test_other_days_unchecked(self, tiny):
        """A strength on a day without a complete table is not compared with any table."""
        natodata.load(tiny(strengths=strengths("ISAF,2007-07-01,99999,exact,false,,seed,99999")))


class TestPeak:
    """peak() is the largest stated strength or complete-table sum, and says which."""

    def test_table_sum_beats_smaller_stated_figure(self, tiny):
        """A complete table adding up to more than any stated figure is the peak, marked so."""
        contributions = (
            TINY["contributions.csv"]
            .replace("ISAF,TUR,2008-02-01,,800", "ISAF,TUR,2008-02-01,,80000")
            .replace("Turkey 800", "Turkey 80000")
        )
        small = natodata.load(tiny(contributions=contributions))
        peak = small.peak("ISAF")
        assert (peak.personnel, peak.as_of, peak.table_sum) == (87000, dt.date(2008, 2, 1), True)
        assert peak.source == "mat-2008"

    def test_stated_figure_wins_when_larger(self, tiny):
        """A stated strength larger than every table's sum is the peak, not marked as a sum."""
        small = natodata.load(tiny())
        peak = small.peak("ISAF")
        assert (peak.personnel, peak.table_sum) == (35000, False)

    def test_packaged_isaf_peak_is_not_below_a_complete_placemat(self, nato):
        """No complete ISAF placemat adds up to more than the peak natodata gives."""
        peak = nato.peak("ISAF")
        assert all(t.personnel <= peak.personnel for t in nato.tables("ISAF") if t.complete)


PERIODS = TINY["contributions.csv"] + (
    "AMIS,NOR,2006-03-01,2006-06-30,,,airlift,lead,,seed,from March to June 2006\n"
    "AMIS,GBR,2006,2006,,,airlift,augmenting,,seed,in 2006\n"
)


class TestPeriods:
    """A contribution with a period counts on every day of it and on no other."""

    @pytest.mark.parametrize(
        ("day", "nations"),
        [
            (dt.date(2006, 2, 28), {"GBR"}),
            (dt.date(2006, 3, 1), {"GBR", "NOR"}),
            (dt.date(2006, 6, 30), {"GBR", "NOR"}),
            (dt.date(2006, 7, 1), {"GBR"}),
            (dt.date(2007, 1, 1), set()),
        ],
    )
    def test_in_force_only_within_its_period(self, tiny, day, nations):
        """First and last day count; the day before and after do not; a year covers the year."""
        small = natodata.load(tiny(contributions=PERIODS))
        found = small.contributions(operation="AMIS", on=day)
        assert {r.country for r in found if r.until is not None} == nations

    def test_period_does_not_linger_like_a_snapshot(self, tiny):
        """After its period ends a rotation is gone even though no later table lists anyone."""
        small = natodata.load(tiny(contributions=PERIODS))
        later = small.contributions_by_country("AMIS", on=dt.date(2006, 12, 31))
        assert set(later) == {"GBR"}
        (row,) = later["GBR"]
        assert row.role is natodata.ContributionRole.AUGMENTING

    def test_until_before_as_of_refused(self, tiny):
        """A period that ends before it starts is named at its row."""
        text = TINY["contributions.csv"] + (
            "AMIS,NOR,2006-03-01,2006-02-01,,,airlift,lead,,seed,x\n"
        )
        (problem,) = problems(tiny(contributions=text))
        assert (problem.file, problem.row, problem.column) == ("contributions.csv", 10, "until")


class TestMembershipRules:
    """Membership and partnership rows follow the rules docs/data.md states."""

    def test_joined_before_treaty(self, tiny):
        """No state joins before the Treaty was signed."""
        text = TINY["members.csv"].replace("TUR,1952-02-18,false", "TUR,1948-02-18,false")
        assert Problem(
            "members.csv",
            4,
            "joined",
            "1948-02-18 is before the North Atlantic Treaty (1949-04-04)",
        ) in problems(tiny(members=text))

    def test_founding_flag_matches_join_date(self, tiny):
        """A founder joined on 4 April 1949; a state that joined later is no founder."""
        text = TINY["members.csv"].replace("TUR,1952-02-18,false", "TUR,1952-02-18,true")
        (problem,) = problems(tiny(members=text))
        assert problem == Problem(
            "members.csv",
            4,
            "founding",
            "founding is true but it joined on 1952-02-18; the founders joined on 1949-04-04,"
            " the day they signed the Treaty",
        )
        text = TINY["members.csv"].replace("NOR,1949-04-04,true", "NOR,1949-04-04,false")
        (problem,) = problems(tiny(members=text))
        assert (problem.row, problem.column) == (2, "founding")
        assert problem.reason.startswith("founding is false but it joined on 1949-04-04;")

    def test_member_cannot_become_partner(self, tiny):
        """A partnership that starts while the nation is a member is refused."""
        text = TINY["partnerships.csv"] + "TUR,mediterranean_dialogue,1994,,,seed,x\n"
        (problem,) = problems(tiny(partnerships=text))
        assert (problem.file, problem.row, problem.column) == ("partnerships.csv", 4, "start")

    def test_operation_before_treaty(self, tiny):
        """No NATO operation starts before the Treaty was signed."""
        text = TINY["operations.csv"].replace("2005-07,2007-12-31", "1948,2007-12-31")
        assert ("operations.csv", 3, "start") in {
            (p.file, p.row, p.column) for p in problems(tiny(operations=text))
        }


class TestHostileTables:
    """Bad tables fail with bounded work: empty rows named, problems capped and counted."""

    def test_all_empty_row_is_an_error(self, tiny):
        """A row of empty cells is reported, not silently dropped."""
        text = TINY["members.csv"] + ",,,,,\n"
        (problem,) = problems(tiny(members=text))
        assert problem == Problem("members.csv", 5, "", "the row is empty; remove it")

    def test_problems_capped_and_counted(self, tiny):
        """Past a thousand problems the rest are counted, and the message says how many more."""
        rows = "".join(f"ISAF,NOR,2007-03-{n:04d},,1,exact,troops,,,seed,1\n" for n in range(1500))
        with pytest.raises(DataError) as caught:
            natodata.load(tiny(contributions=TINY["contributions.csv"] + rows))
        error = caught.value
        assert len(error.problems) == 1000
        assert error.more == 500
        assert "1,500 problems" in str(error)

    def test_tables_after_the_thousandth_problem_are_not_reported_on(self, tiny):
        """Once a thousand problems are kept, a table read after is not reported on: the count
        is of the problems found up to there (strengths.csv is read after contributions.csv)."""
        rows = "".join(f"ISAF,NOR,2007-03-{n:04d},,1,exact,troops,,,seed,1\n" for n in range(1500))
        strengths = TINY["strengths.csv"].replace("2007-03-29,35000", "2007-03-29,many")
        with pytest.raises(DataError) as caught:
            natodata.load(tiny(contributions=TINY["contributions.csv"] + rows, strengths=strengths))
        assert {p.file for p in caught.value.problems} == {"contributions.csv"}
        assert (len(caught.value.problems), caught.value.more) == (1000, 500)

    def test_directory_in_place_of_a_table(self, tiny):
        """A directory where a table should be is named as unreadable, not as missing."""
        directory = tiny()
        (directory / "strengths.csv").unlink()
        (directory / "strengths.csv").mkdir()
        assert problems(directory) == (
            Problem(
                "strengths.csv", 0, "", "the file cannot be read: it is a directory, not a file"
            ),
        )

    def test_fifo_in_place_of_a_table(self, tiny):
        """A FIFO where a table should be is named as not a regular file, and nothing blocks."""
        import os

        directory = tiny()
        (directory / "strengths.csv").unlink()
        os.mkfifo(directory / "strengths.csv")
        reason = "it is not a regular file (a FIFO, a socket or a device)"
        assert problems(directory) == (
            Problem("strengths.csv", 0, "", f"the file cannot be read: {reason}"),
        )

    def test_link_loop_in_place_of_a_table(self, tiny):
        """A loop of symbolic links is named as a file that cannot be opened."""
        directory = tiny()
        (directory / "strengths.csv").unlink()
        (directory / "strengths.csv").symlink_to(directory / "loop.csv")
        (directory / "loop.csv").symlink_to(directory / "strengths.csv")
        (problem,) = problems(directory)
        assert (problem.file, problem.row, problem.column) == ("strengths.csv", 0, "")
        # the system's own words follow, in brackets ("Too many levels of symbolic links")
        assert problem.reason.startswith("the file cannot be read: it cannot be opened (")
        assert problem.reason.endswith(")")

    def test_cell_over_the_field_limit(self, tiny):
        """A cell longer than the csv module's limit is named with its row, not a crash."""
        text = TINY["members.csv"] + "NOR,1949-04-04,true," + "x" * 200_000 + ",seed,x\n"
        (problem,) = problems(tiny(members=text))
        assert (problem.file, problem.row) == ("members.csv", 5)
        assert "longer than 131,072 characters" in problem.reason

    def test_cell_over_the_field_limit_on_short_lines(self, tiny):
        """A cell over the limit is named even when each of the lines it spans is short."""
        long = "\n".join(["x" * 1000] * 200)
        text = TINY["members.csv"] + f'NOR,1949-04-04,true,"{long}",seed,x\n'
        (problem,) = problems(tiny(members=text))
        assert problem.file == "members.csv"
        assert "longer than 131,072 characters" in problem.reason

    @pytest.mark.parametrize("where", ["first", "after", "last"])
    def test_cell_over_the_limit_when_the_csv_module_allows_it(self, tiny, where):
        """The limit holds though the process raised the csv module's own (csv.field_size_limit
        is global, and notebooks often raise it): the row with the long cell is named, wherever
        it stands among rows of ordinary lines."""
        padding = [
            f"pad{n:04},A padding source,Publisher,https://example.org/{n},2007,false,other,"
            for n in range(1500)  # more than MAX_CELL / 2 bytes of short lines
        ]
        long = (
            "long,A long title "
            + "x" * 200_000
            + ",Publisher,https://example.org/l,2007,false,other,"
        )
        rows = {
            "first": [long, *padding],
            "after": [*padding, long, *padding[:10]],
            "last": [*padding, long],
        }[where]
        header, *given = TINY["sources.csv"].splitlines()
        text = "\n".join([header, *given, *rows]) + "\n"
        line = 2 + len(given) + rows.index(long)
        previous = csv.field_size_limit(sys.maxsize)
        try:
            found = problems(tiny(sources=text))
        finally:
            csv.field_size_limit(previous)
        assert Problem("sources.csv", line, "", "a cell is longer than 131,072 characters") in found

    def test_only_the_cells_over_the_limit_are_named(self, tiny):
        """Beside a row whose cell is over the limit, a row whose cell is exactly at it is fine."""
        from natodata._csv import MAX_CELL

        text = (
            TINY["members.csv"]
            .replace("NOR,1949-04-04,true,,", f"NOR,1949-04-04,true,{'x' * (MAX_CELL + 1)},")
            .replace("GBR,1949-04-04,true,,", f"GBR,1949-04-04,true,{'x' * MAX_CELL},")
        )
        previous = csv.field_size_limit(sys.maxsize)
        try:
            found = problems(tiny(members=text))
        finally:
            csv.field_size_limit(previous)
        assert found == (Problem("members.csv", 2, "", "a cell is longer than 131,072 characters"),)

    def test_cell_of_exactly_the_limit(self, tiny):
        """A cell of exactly 131,072 characters loads, in a table long enough that its cells are
        measured (a line longer than the limit): the limit is on longer cells only."""
        from natodata._csv import MAX_CELL

        notes = "x" * MAX_CELL
        text = TINY["members.csv"].replace("NOR,1949-04-04,true,,", f"NOR,1949-04-04,true,{notes},")
        assert len(text.encode()) > MAX_CELL
        alliance = natodata.load(tiny(members=text))
        assert alliance.member("NOR").notes == notes
        assert sorted(m.code for m in alliance.members()) == ["GBR", "NOR", "TUR"]

    def test_control_character_in_a_long_cell(self, tiny):
        """The reason shows the cell's first 60 characters."""
        long = "a founder " * 5 + "\x1b" + "x" * 40  # the control character is the 51st
        text = TINY["members.csv"].replace("a founder", long)
        shown = "a founder " * 5 + "\\x1b" + "x" * 9
        assert problems(tiny(members=text)) == (
            Problem("members.csv", 3, "evidence", f"holds a control character: '{shown}'"),
        )

    def test_control_character_named(self, tiny):
        """The reason shows the cell, its control character escaped."""
        text = TINY["members.csv"].replace("a founder", "a \x1bfounder")
        assert problems(tiny(members=text)) == (
            Problem("members.csv", 3, "evidence", "holds a control character: 'a \\x1bfounder'"),
        )

    @pytest.mark.parametrize("bad", ["\x00", "\x1b[31m", "\r"])
    def test_control_characters_refused(self, tiny, bad):
        """Text with a NUL, an escape or a bare carriage return is refused at its row."""
        text = TINY["members.csv"].replace("a founder", f"a {bad}founder")
        found = problems(tiny(members=text))
        assert ("members.csv", 3) in {(p.file, p.row) for p in found}


def padding_sources(count: int) -> list[str]:
    """Rows of sources.csv, each one line, each valid."""
    return [
        f"pad{n:04},A padding source,Publisher,https://example.org/{n},2007,false,other,"
        for n in range(count)
    ]


def sources_table(*rows: str) -> str:
    """sources.csv with the tiny sources, a first one whose title spans two lines (so that the
    table is read row by row), and *rows*."""
    header, *given = TINY["sources.csv"].splitlines()
    spanning = 'span,"A title\non two lines",Publisher,https://example.org/s,2007,false,other,'
    return "\n".join([header, *given, spanning, *rows]) + "\n"


class TestRowByRow:
    """A table whose cells span lines is read row by row: the same rules hold there."""

    def test_rows_after_a_chunk(self, tiny):
        """A table longer than a chunk is read whole: its last row is loaded, or named."""
        rows = padding_sources(CHUNK + 100)
        small = natodata.load(tiny(sources=sources_table(*rows)))
        assert small.source(f"pad{CHUNK + 99:04}").title == "A padding source"
        assert small.source("span").title == "A title\non two lines"
        rows[CHUNK + 50] = rows[CHUNK + 50].replace(",2007,", ",2007-13,")
        (problem,) = problems(tiny(sources=sources_table(*rows)))
        line = len(TINY["sources.csv"].splitlines()) + 2 + 1 + CHUNK + 50
        assert (problem.file, problem.row, problem.column) == ("sources.csv", line, "published")

    def test_rows_after_a_blank_line(self, tiny):
        """A blank line is passed over, and the rows after it are read."""
        text = sources_table(
            "", "late,A late source,Publisher,https://example.org/l,2007-13,false,other,"
        )
        (problem,) = problems(tiny(sources=text))
        assert (problem.row, problem.column) == (len(text.splitlines()), "published")

    def test_a_stray_quote(self, tiny):
        """Text after a closing quote is not valid CSV, read row by row too."""
        late = 'late,"A late" source,Publisher,https://example.org/l,2007,false,other,'
        text = sources_table(*padding_sources(CHUNK + 10), late)  # past the first chunk
        (problem,) = problems(tiny(sources=text))
        assert problem.file == "sources.csv"
        assert problem.reason.startswith("the file is not valid CSV")

    def test_cell_over_the_limit(self, tiny):
        """The cell limit holds row by row, though the csv module's own limit is raised."""
        long = (
            f"long,A long title {'x' * 200_000},Publisher,https://example.org/l,2007,false,other,"
        )
        text = sources_table(*padding_sources(3), long)
        previous = csv.field_size_limit(sys.maxsize)
        try:
            found = problems(tiny(sources=text))
        finally:
            csv.field_size_limit(previous)
        assert (
            "sources.csv",
            len(text.splitlines()),
            "a cell is longer than 131,072 characters",
        ) in {(p.file, p.row, p.reason) for p in found}
