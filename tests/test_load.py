"""Loading a directory of tables: everything checked, every problem named, nothing half-loaded."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from conftest import TINY
from natodata import DataError, Problem


def problems(directory):
    with pytest.raises(DataError) as caught:
        natodata.load(directory)
    return caught.value.problems


def replace(table, old, new):
    text = TINY[f"{table}.csv"]
    assert old in text
    return text.replace(old, new, 1)


class TestValidDirectory:
    def test_loads(self, tiny):
        """A valid directory loads into an Alliance of its own."""
        small = natodata.load(tiny())
        assert len(small.members()) == 3
        assert small is not natodata.load()

    def test_accepts_byte_order_mark(self, tiny):
        """A UTF-8 byte-order mark, as spreadsheets write it, is accepted."""
        directory = tiny()
        path = directory / "countries.csv"
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        assert natodata.load(directory).country("Türkiye").code == "TUR"

    def test_accepts_windows_line_ends(self, tiny):
        """Lines ending in CR LF load like lines ending in LF."""
        directory = tiny()
        path = directory / "contributions.csv"
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
        assert len(natodata.load(directory).contributions()) == 8

    @pytest.mark.parametrize("line_end", [b"\r\n", b"\r"], ids=["CR LF", "CR"])
    def test_quoted_cell_spanning_lines_with_other_line_ends(self, tiny, line_end):
        """A quoted cell that spans lines, in a file saved with CR LF or CR line ends, holds an LF.

        (Kept as read, the CR would be refused as a control character.)
        """
        directory = tiny(
            contributions=replace(
                "contributions", "flew troops", '"flew troops, and police\nfrom Nigeria"'
            )
        )
        path = directory / "contributions.csv"
        path.write_bytes(path.read_bytes().replace(b"\n", line_end))
        (row,) = natodata.load(directory).contributions(operation="AMIS", country="NOR")
        assert row.description == "flew troops, and police\nfrom Nigeria"

    def test_quoted_cells(self, tiny):
        """A quoted cell may hold commas and line breaks."""
        directory = tiny(
            contributions=replace(
                "contributions", "flew troops", '"flew troops, and police\nfrom Nigeria"'
            )
        )
        (row,) = natodata.load(directory).contributions(operation="AMIS", country="NOR")
        assert row.description == "flew troops, and police\nfrom Nigeria"


class TestPaths:
    def test_missing_directory(self, tmp_path):
        """A path that does not exist is a FileNotFoundError that names it."""
        with pytest.raises(FileNotFoundError, match="no such directory"):
            natodata.load(tmp_path / "nowhere")

    def test_file_instead_of_directory(self, tiny):
        """A path to a file is a NotADirectoryError."""
        with pytest.raises(NotADirectoryError, match="give the folder"):
            natodata.load(tiny() / "members.csv")

    def test_missing_file(self, tiny):
        """A missing table is named."""
        directory = tiny()
        (directory / "strengths.csv").unlink()
        assert problems(directory) == (Problem("strengths.csv", 0, "", "the file is missing"),)


class TestBadCells:
    @pytest.mark.parametrize(
        ("table", "old", "new", "expected"),
        [
            (
                "contributions",
                "ISAF,NOR,2007-03-29,,700",
                "ISAF,NOR,2007-03-29,,-700",
                (
                    "contributions.csv",
                    2,
                    "personnel",
                    "expected a whole number of people, 0 or more, got '-700'",
                ),
            ),
            (
                "contributions",
                "ISAF,NOR,2007-03-29,,700",
                "ISAF,NOR,2007-03-29,,7.5",
                (
                    "contributions.csv",
                    2,
                    "personnel",
                    "expected a whole number of people, 0 or more, got '7.5'",
                ),
            ),
            (
                "contributions",
                "ISAF,NOR,2007-03-29,,700",
                "ISAF,NOR,2007-03-29,,many",
                (
                    "contributions.csv",
                    2,
                    "personnel",
                    "expected a whole number of people, 0 or more, got 'many'",
                ),
            ),
            (
                "contributions",
                "ISAF,NOR,2007-03-29",
                "ISAF,NOR,2007-02-30",
                ("contributions.csv", 2, "as_of", "'2007-02-30' is not a date that exists"),
            ),
            (
                "contributions",
                "ISAF,NOR,2007-03-29",
                "ISAF,NOR,29/03/2007",
                (
                    "contributions.csv",
                    2,
                    "as_of",
                    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '29/03/2007'",
                ),
            ),
            (
                "members",
                "NOR,1949-04-04",
                "NOR,1949-04",
                ("members.csv", 2, "joined", "expected a full date YYYY-MM-DD, got '1949-04'"),
            ),
            (
                "countries",
                "NOR,NO,578,385,Norway",
                "NOR,NO,578,385,",
                ("countries.csv", 2, "name", "is empty; a value is required"),
            ),
            (
                "countries",
                "NOR,NO,578,385",
                "NOR,NO,57,385",
                ("countries.csv", 2, "numeric", "numeric: expected 3 digits, got '57'"),
            ),
            (
                "countries",
                "NOR,NO,578,385",
                "NOR,NO,578,1",
                (
                    "countries.csv",
                    2,
                    "cow",
                    "cow: expected a Correlates of War number from 2 to 999, got 1",
                ),
            ),
            (
                "countries",
                "NOR,NO,578,385",
                "NOR,NO,578,x385",
                ("countries.csv", 2, "cow", "expected a whole number, got 'x385'"),
            ),
            (
                "contributions",
                "700,about,troops",
                "700,roughly,troops",
                (
                    "contributions.csv",
                    2,
                    "qualifier",
                    "expected one of exact, about, over, up_to; got 'roughly'",
                ),
            ),
            (
                "sources",
                "2007-03-29,false",
                "2007-03-29,no",
                ("sources.csv", 2, "complete", "expected true or false, got 'no'"),
            ),
            (
                "countries",
                "NOR,NO,578",
                "NOR,no,578",
                ("countries.csv", 2, "alpha_2", "alpha_2: expected 2 upper-case letters, got 'no'"),
            ),
            (
                "sources",
                "https://example.org/seed",
                "example.org/seed",
                (
                    "sources.csv",
                    2,
                    "url",
                    "url: expected an http(s) address, got 'example.org/seed'",
                ),
            ),
        ],
    )
    def test_names_file_row_column_reason(self, tiny, table, old, new, expected):
        """A bad cell is reported with its file, row, column and what was expected."""
        assert problems(tiny(**{table: replace(table, old, new)})) == (Problem(*expected),)

    def test_every_problem_listed(self, tiny):
        """All problems of a directory come in one error, in file and row order."""
        contributions = replace("contributions", "2007-03-29,,700", "2007-03-29,,x")
        contributions = contributions.replace("AUS,2007-03-29,,500", "AUS,2007-13-01,,500")
        found = problems(tiny(contributions=contributions))
        assert [(p.row, p.column) for p in found] == [(2, "personnel"), (3, "as_of")]

    def test_message_lists_problems(self, tiny):
        """The message says where each problem is, for a person to read."""
        directory = tiny(members=replace("members", "NOR,1949-04-04", "NOR,1949-4-04"))
        with pytest.raises(DataError) as caught:
            natodata.load(directory)
        message = str(caught.value)
        assert caught.value.location == str(directory)
        assert message.startswith(f"1 problem in the tables at {directory}:\n")
        assert "members.csv, row 2, column 'joined': expected a date" in message

    @pytest.mark.parametrize("broken", ["missing table", "unknown nation"])
    def test_error_names_the_folder(self, tiny, broken):
        """Whether a table cannot be read or its rows break a rule, the error names the folder."""
        if broken == "missing table":
            directory = tiny()
            (directory / "strengths.csv").unlink()
        else:
            directory = tiny(contributions=replace("contributions", "ISAF,NOR,", "ISAF,XXX,"))
        with pytest.raises(DataError) as caught:
            natodata.load(directory)
        assert caught.value.location == str(directory)
        assert str(caught.value).startswith(f"1 problem in the tables at {directory}:\n")


# strengths.csv with the two full dates the packaged table writes beside as_of, worked out by hand.
STRENGTHS_WITH_DAYS = """\
operation,as_of,as_of_first,as_of_last,personnel,qualifier,table_total,description,source,evidence
ISAF,2007-03-29,2007-03-29,2007-03-29,35000,over,false,,seed,over 35 000 soldiers
ISAF,2007-06,2007-06-01,2007-06-30,5900,exact,true,,mat-2007,Total 5900
"""


class TestDerivedDates:
    """The full dates beside a date at its precision: optional in a folder, checked when there."""

    def test_with_them(self, tiny):
        """A table that has them loads the same as one that leaves them out."""
        with_days = natodata.load(tiny(strengths=STRENGTHS_WITH_DAYS))
        without = natodata.load(tiny())
        assert with_days.strengths("ISAF") == without.strengths("ISAF")

    def test_a_wrong_last_day(self, tiny):
        """A last day that is not the last day of the month is named, with the one expected."""
        text = STRENGTHS_WITH_DAYS.replace("2007-06-30", "2007-06-31")
        (problem,) = problems(tiny(strengths=text))
        expected = "expected '2007-06-30', the last day of as_of '2007-06'"
        assert problem == Problem("strengths.csv", 3, "as_of_last", expected)

    def test_a_first_day_given_as_the_month(self, tiny):
        """The derived column is a full date: the month alone is not its first day."""
        text = STRENGTHS_WITH_DAYS.replace("2007-06,2007-06-01", "2007-06,2007-06")
        (problem,) = problems(tiny(strengths=text))
        expected = "expected '2007-06-01', the first day of as_of '2007-06'"
        assert problem == Problem("strengths.csv", 3, "as_of_first", expected)

    def test_a_wrong_row_amid_right_ones(self, tiny):
        """The wrong row is named, not its neighbours, wherever it stands in the table."""
        text = STRENGTHS_WITH_DAYS.replace(
            "2007-03-29,2007-03-29,2007-03-29", "2007-03-29,2007-03-29,2007-03-30"
        )
        text += "ISAF,2008-02-01,2008-02-01,2008-02-01,7000,exact,true,,mat-2008,Total 7000\n"
        assert problems(tiny(strengths=text)) == (
            Problem(
                "strengths.csv",
                2,
                "as_of_last",
                "expected '2007-03-29', the last day of as_of '2007-03-29'",
            ),
        )
        text = STRENGTHS_WITH_DAYS.replace("2007-06-30", "2007-06-29")
        text += "ISAF,2008-02-01,2008-02-01,2008-02-01,7000,exact,true,,mat-2008,Total 7000\n"
        assert [(p.row, p.column) for p in problems(tiny(strengths=text))] == [(3, "as_of_last")]

    def test_every_wrong_cell_beside_a_date_that_does_not_parse(self, tiny):
        """A date that does not parse is its own column's problem; the wrong cells of the other
        rows are each named still."""
        header, *_ = STRENGTHS_WITH_DAYS.splitlines()
        rows = ["ISAF,2007-13,2007-13-01,2007-13-31,100,exact,false,,seed,x"]
        rows += [
            f"ISAF,{year},{year}-01-01,{year}-12-30,100,exact,false,,seed,x"
            for year in range(2004, 2014)
        ]
        rows += [
            f"ISAF,2008-{month:02},2008-{month:02}-02,2008-{month:02}-28,100,exact,false,,seed,x"
            for month in range(3, 13)
        ]
        found = {
            (p.row, p.column) for p in problems(tiny(strengths="\n".join([header, *rows]) + "\n"))
        }
        assert (2, "as_of") in found
        assert {(2, "as_of_first"), (2, "as_of_last")}.isdisjoint(found)  # as_of's problem alone
        assert {(row, "as_of_last") for row in range(3, 13)} <= found
        assert {(row, "as_of_first") for row in range(13, 23)} <= found

    def test_a_day_beside_an_empty_date(self, tiny):
        """Beside an empty date, the derived cells are empty too."""
        text = (
            "country,framework,start,start_first,start_last,end,end_first,end_last,notes,source,"
            "evidence\n"
            "AUS,partners_across_the_globe,,,,,,2020-01-01,,seed,Australia is a partner\n"
        )
        (problem,) = problems(tiny(partnerships=text))
        assert problem == Problem("partnerships.csv", 2, "end_last", "expected it empty, as end is")

    def test_some_of_them(self, tiny):
        """They are left out all together or not at all: one alone is a missing column."""
        text = STRENGTHS_WITH_DAYS.replace(",as_of_last", "", 1)
        text = "\n".join(
            ",".join(cells[:3] + cells[4:]) if n else cells_line
            for n, (cells_line, cells) in enumerate(
                (line, line.split(",")) for line in text.splitlines()
            )
        )
        found = problems(tiny(strengths=text + "\n"))
        hint = (
            "the columns as_of_first, as_of_last may be left out, all of them together;"
            " then the others are operation, as_of, personnel, qualifier, table_total,"
            " description, source, evidence"
        )
        assert found == (
            Problem("strengths.csv", 1, "as_of_last", "the column is missing"),
            Problem("strengths.csv", 1, "", hint),
        )


class TestBadStructure:
    def test_missing_column(self, tiny):
        """A missing column is named, at the header row."""
        found = problems(tiny(strengths=TINY["strengths.csv"].replace(",qualifier", "", 1)))
        assert found == (Problem("strengths.csv", 1, "qualifier", "the column is missing"),)

    def test_column_twice(self, tiny):
        """A column given twice is named, at the header row."""
        lines = TINY["members.csv"].splitlines()
        text = "".join(f"{line},{'notes' if n == 0 else ''}\n" for n, line in enumerate(lines))
        found = problems(tiny(members=text))
        assert found == (Problem("members.csv", 1, "notes", "the column appears more than once"),)

    def test_unknown_column(self, tiny):
        """An unknown column is named, with the columns expected."""
        lines = TINY["members.csv"].splitlines()
        text = "".join(f"{line},{'extra' if n == 0 else 'x'}\n" for n, line in enumerate(lines))
        (problem,) = problems(tiny(members=text))
        assert (problem.file, problem.row, problem.column) == ("members.csv", 1, "extra")
        assert problem.reason.startswith("unknown column; expected code, joined")

    def test_short_row(self, tiny):
        """A row with too few cells is named."""
        (problem,) = problems(tiny(members=TINY["members.csv"] + "ALB,2009-04-01\n"))
        assert problem == Problem("members.csv", 5, "", "expected 6 cells, found 2")

    def test_unclosed_quote(self, tiny):
        """An unclosed quote is a CSV error, not a swallowed row."""
        (problem,) = problems(
            tiny(
                operations=replace("operations", ",,seed,ISAF\nAMIS", ',"unclosed,seed,ISAF\nAMIS')
            )
        )
        assert (problem.file, problem.column) == ("operations.csv", "")
        assert problem.reason.startswith("the file is not valid CSV")

    def test_not_utf8(self, tiny):
        """Bytes that are not UTF-8 are reported with their line."""
        directory = tiny()
        (directory / "countries.csv").write_bytes(TINY["countries.csv"].encode("latin-1"))
        (problem,) = problems(directory)
        assert (problem.file, problem.row, problem.column) == ("countries.csv", 5, "")
        assert problem.reason.startswith("bytes that are not UTF-8 at byte ")

    @pytest.mark.parametrize(
        ("data", "row", "at"),
        [
            (b"\xff", 1, 0),
            (b"\nx\xff", 2, 2),
            (b"code\n\ncaf\xe9\n", 3, 9),
            (b"code\n\xe2\x82", 2, 5),  # the file ends inside a character (the first two of €)
        ],
    )
    def test_not_utf8_line_and_byte(self, tiny, data, row, at):
        """The first bad byte is named by its offset and its line, counted from the first byte."""
        directory = tiny()
        (directory / "countries.csv").write_bytes(data)
        assert problems(directory) == (
            Problem("countries.csv", row, "", f"bytes that are not UTF-8 at byte {at}"),
        )

    def test_empty_file(self, tiny):
        """A file without even a header is named."""
        (problem,) = problems(tiny(strengths=""))
        assert problem == Problem(
            "strengths.csv", 0, "", "the file is empty; expected a header row"
        )


class TestBadReferences:
    def test_duplicate_key(self, tiny):
        """A duplicate key is an error, never 'last one wins'."""
        text = TINY["countries.csv"] + "NOR,NQ,999,,Norway again,,seed\n"
        assert Problem(
            "countries.csv", 7, "code", "duplicate key 'NOR'; row 2 has it already"
        ) in problems(tiny(countries=text))

    def test_member_listed_twice(self, tiny):
        """A nation is a member once: a second row of its code is named at its code."""
        text = TINY["members.csv"] + "NOR,1949-04-04,true,,seed,again\n"
        assert problems(tiny(members=text)) == (
            Problem("members.csv", 5, "code", "duplicate key 'NOR'; row 2 has it already"),
        )

    def test_duplicate_key_with_a_date(self, tiny):
        """A duplicate key is shown as a person writes it: its date at its precision."""
        text = TINY["strengths.csv"] + "ISAF,2007-06,5900,exact,true,,mat-2007,Total 5900\n"
        (problem,) = problems(tiny(strengths=text))
        assert problem == Problem(
            "strengths.csv",
            4,
            "as_of",  # a key of several columns is named by its second
            "duplicate key ('ISAF', '2007-06', 'mat-2007'); row 3 has it already",
        )

    def test_unknown_source_of_the_alliance(self, tiny):
        """The alliance's own row cites sources that sources.csv has."""
        found = problems(
            tiny(alliance=replace("alliance", "Brussels,seed,", "Brussels,seed;sead,"))
        )
        assert found == (Problem("alliance.csv", 2, "sources", "'sead' is not in sources.csv"),)

    def test_unknown_source(self, tiny):
        """A row citing a source that sources.csv lacks is named."""
        found = problems(tiny(strengths=replace("strengths", ",,seed", ",,sead")))
        assert found == (Problem("strengths.csv", 2, "source", "'sead' is not in sources.csv"),)

    def test_no_source(self, tiny):
        """A row citing nothing is an error."""
        found = problems(
            tiny(members=replace("members", "NOR,1949-04-04,true,,seed", "NOR,1949-04-04,true,,"))
        )
        assert Problem("members.csv", 2, "sources", "cites no source; every row needs one") in found

    def test_unknown_country(self, tiny):
        """A contribution by a nation that countries.csv lacks is named."""
        found = problems(
            tiny(
                contributions=replace("contributions", "ISAF,AUS,2007-03-29", "ISAF,NZL,2007-03-29")
            )
        )
        assert found == (
            Problem("contributions.csv", 3, "country", "'NZL' is not in countries.csv"),
        )

    def test_unknown_operation(self, tiny):
        """A contribution to an unknown operation is named."""
        found = problems(tiny(contributions=replace("contributions", "ISAF,NOR", "KFOR,NOR")))
        assert found == (
            Problem("contributions.csv", 2, "operation", "'KFOR' is not in operations.csv"),
        )

    def test_member_not_a_country(self, tiny):
        """A member missing from countries.csv is named."""
        found = problems(tiny(members=TINY["members.csv"] + "ALB,2009-04-01,false,,seed,acceded\n"))
        assert found == (Problem("members.csv", 5, "code", "'ALB' is not in countries.csv"),)

    def test_end_before_start(self, tiny):
        """An operation that ends before it starts is named."""
        found = problems(
            tiny(operations=replace("operations", "2005-07,2007-12-31", "2005-07,2004-12-31"))
        )
        assert found == (
            Problem(
                "operations.csv", 3, "end", "end: ends (2004-12-31) before it starts (2005-07-01)"
            ),
        )

    def test_contribution_outside_operation(self, tiny):
        """A figure dated outside its operation's life is named."""
        found = problems(
            tiny(contributions=replace("contributions", "AMIS,NOR,2007-03-29", "AMIS,NOR,2008-01"))
        )
        assert found == (
            Problem(
                "contributions.csv",
                8,
                "as_of",
                "2008-01 is outside AMIS's dates (July 2005 to 31 December 2007)",
            ),
        )

    @pytest.mark.parametrize("as_of", ["2099-03-29", "2099-03"])
    def test_future_date(self, tiny, as_of):
        """A figure dated in the future is named, as the table writes its date: the tables
        record what happened."""
        # ISAF is made ongoing, so that 2099 is within its dates and only the future is wrong.
        found = problems(
            tiny(
                operations=replace("operations", "2003-08-11,2014-12", "2003-08-11,"),
                strengths=replace("strengths", "2007-03-29,35000", f"{as_of},35000"),
            )
        )
        assert found == (Problem("strengths.csv", 2, "as_of", f"{as_of} is in the future"),)

    def test_table_total_not_met(self, tiny):
        """A stated total that its table's rows do not add up to is named, with both figures."""
        found = problems(tiny(strengths=replace("strengths", "2007-06,5900", "2007-06,5950")))
        assert found == (
            Problem(
                "strengths.csv",
                3,
                "personnel",
                "the table of ISAF on 2007-06 adds up to 5,900, not 5,950",
            ),
        )

    def test_table_total_within_rounding(self, tiny):
        """ "about 5,900" admits the rows' 5,900; "about 6,000" admits 5,500 to 6,499."""
        text = replace("strengths", "2007-06,5900,exact", "2007-06,6000,about")
        assert natodata.load(tiny(strengths=text)).strength("ISAF", dt.date(2007, 6, 30)).personnel

    def test_table_total_without_table(self, tiny):
        """A table total needs a complete table of that operation and date."""
        found = problems(
            tiny(strengths=replace("strengths", "35000,over,false", "35000,over,true"))
        )
        assert found == (
            Problem(
                "strengths.csv",
                2,
                "table_total",
                "no complete contribution table of ISAF is dated 2007-03-29",
            ),
        )

    def test_two_alliance_rows(self, tiny):
        """alliance.csv has exactly one row."""
        text = TINY["alliance.csv"] + TINY["alliance.csv"].splitlines()[1] + "\n"
        assert problems(tiny(alliance=text)) == (
            Problem("alliance.csv", 0, "", "expected exactly one row, found 2"),
        )


class TestNothingHalfLoaded:
    def test_failed_load_leaves_packaged_data_alone(self, tiny, nato):
        """A failed load of a user's tables does not touch the packaged dataset."""
        before = (nato.members(), nato.operations(), nato.contributions())
        with pytest.raises(DataError):
            natodata.load(
                tiny(members="code,joined,founding,notes,sources,evidence\nNOR,x,true,,seed,a\n")
            )
        assert natodata.load() is nato
        assert (nato.members(), nato.operations(), nato.contributions()) == before


class TestEveryColumnReachesItsRecord:
    """A column the loader reads lands on an attribute of its record, never dropped silently."""

    @pytest.mark.parametrize(
        ("table", "record"),
        [
            ("sources.csv", "Source"),
            ("countries.csv", "Country"),
            ("members.csv", "MemberState"),
            ("operations.csv", "Operation"),
            ("contributions.csv", "Contribution"),
            ("partnerships.csv", "Partnership"),
            ("strengths.csv", "Strength"),
            ("expenditure.csv", "Expenditure"),
            ("guidelines.csv", "Guideline"),
        ],
    )
    def test_columns_are_attributes(self, table, record):
        """Every column but the derived full dates is an attribute of the public record."""
        import attrs

        from natodata._schema import TABLES

        fields = attrs.fields(getattr(natodata, record))
        attributes = {field.alias or field.name for field in fields}
        assert set(TABLES[table].underived().names) <= attributes


class TestStrictCsv:
    def test_text_after_a_closing_quote(self, tiny):
        """A quoted cell followed by more text is not valid CSV, not a cell silently joined."""
        text = replace("members", "a founder", '"a" founder')
        (problem,) = problems(tiny(members=text))
        assert (problem.file, problem.row) == ("members.csv", 3)
        assert problem.reason == "the file is not valid CSV: ',' expected after '\"'"


class TestSpendingCells:
    """The expenditure figures' own cell rules, each named with its reason."""

    @pytest.mark.parametrize(
        ("column", "cell", "reason"),
        [
            ("price_base_year", "21", "expected a year YYYY, got '21'"),
            (
                "real_change_percent",
                "+1.5",
                "expected a decimal number such as -1.25 or 2.29, got '+1.5'",
            ),
            ("usd_millions", "-1", "expected a decimal number such as 2.29, got '-1'"),
        ],
    )
    def test_a_bad_figure(self, tiny, column, cell, reason):
        header, first, *rest = TINY["expenditure.csv"].splitlines()
        cells = first.split(",")
        cells[header.split(",").index(column)] = cell
        text = "\n".join([header, ",".join(cells), *rest]) + "\n"
        assert problems(tiny(expenditure=text)) == (Problem("expenditure.csv", 2, column, reason),)

    def test_a_share_over_a_hundred(self, tiny):
        """A share is a percentage: the record refuses 150, named at its row and column."""
        text = TINY["expenditure.csv"].replace(
            "NOR,2024,2024-06,true,2.20", "NOR,2024,2024-06,true,150"
        )
        assert problems(tiny(expenditure=text)) == (
            Problem(
                "expenditure.csv",
                3,
                "percent_of_gdp",
                "percent_of_gdp: expected a percentage from 0 to 100, got 150",
            ),
        )

    def test_a_guideline_citing_nothing(self, tiny):
        """A guideline cites a source: an empty list is refused at its row."""
        text = TINY["guidelines.csv"].replace(",spend,two percent", ",,two percent")
        found = problems(tiny(guidelines=text))
        assert {(p.file, p.row, p.column) for p in found} == {("guidelines.csv", 2, "sources")}
        assert "sources: every record cites at least one source" in {p.reason for p in found}


class TestRowsOutsideTheirOperation:
    def test_every_row_outside(self, tiny):
        """A table whose every row is outside its operation's dates names each of them."""
        text = "\n".join(
            [
                TINY["strengths.csv"].splitlines()[0],
                "ISAF,2020-01-01,100,exact,false,,seed,x",
                "ISAF,2021-01-01,100,exact,false,,seed,x",
            ]
        )
        found = problems(tiny(strengths=text + "\n"))
        assert [(p.file, p.row, p.column) for p in found] == [
            ("strengths.csv", 2, "as_of"),
            ("strengths.csv", 3, "as_of"),
        ]
        assert found[0].reason.startswith("2020-01-01 is outside ISAF's dates")

    def test_outside_beside_a_row_the_record_refuses(self, tiny):
        """A row outside its operation and another the record refuses are both named."""
        text = TINY["contributions.csv"] + (
            "ISAF,NOR,2020-01-01,,5,exact,troops,,,seed,x\n"
            "ISAF,TUR,2007-03-29,2007-03-01,5,exact,troops,,,seed,x\n"
        )
        found = problems(tiny(contributions=text))
        assert [(p.file, p.row, p.column) for p in found] == [
            ("contributions.csv", 10, "as_of"),
            ("contributions.csv", 11, "until"),
        ]
