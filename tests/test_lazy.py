"""Tables load on first use: a first answer reads only what it needs; a folder is checked whole."""

from __future__ import annotations

import functools
import subprocess
import sys
import textwrap

import pytest

import natodata
from conftest import TINY
from natodata import DataError

# Counts the tables a fresh interpreter reads, in the order it reads them.
TRACK_READS = """
import natodata._load as load_module
reads = []
real = load_module.read_table
load_module.read_table = lambda read, name, problems: (
    reads.append(name) or real(read, name, problems)
)
"""


def cold(code, *, track_reads=False):
    """Run *code* in a fresh interpreter and return what it prints."""
    source = (TRACK_READS if track_reads else "") + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


class TestFirstUse:
    """The packaged data is read group by group, when a query first needs a group."""

    def test_member_lookup_reads_only_its_tables(self):
        """A cold member lookup reads sources, countries and members, nothing else."""
        out = cold(
            """
            import natodata
            natodata.load().member("NOR")
            print(",".join(sorted(reads)))
            """,
            track_reads=True,
        )
        assert out == "countries.csv,members.csv,sources.csv"

    def test_member_lookup_imports_no_edges(self):
        """A cold member lookup imports neither cattrs, the exports, the renderer nor the plots."""
        out = cold(
            """
            import sys
            import natodata
            natodata.load().member("NOR")
            edges = {"cattrs", "natodata._convert", "natodata._export", "natodata._display",
                     "natodata.plot", "natodata._cli"}
            print(",".join(sorted(edges & set(sys.modules))))
            """
        )
        assert out == ""

    def test_member_lookup_creates_no_figure_records(self):
        """A cold member lookup creates the record classes of sources and nations, and no others."""
        out = cold(
            """
            import sys
            import natodata
            natodata.load().member("NOR")
            print(",".join(sorted(m for m in sys.modules if m.startswith("natodata._model"))))
            """
        )
        assert out == "natodata._model"

    def test_figures_read_when_asked(self):
        """personnel_by_country reads the contribution tables, and each table once."""
        out = cold(
            """
            import natodata
            natodata.load().member("NOR")
            natodata.personnel_by_country("ISAF", on="2007-03-29")
            natodata.personnel_by_country("ISAF", on="2010-03-29")
            print(",".join(reads))
            """,
            track_reads=True,
        )
        reads = out.split(",")
        assert len(reads) == len(set(reads))
        assert {"contributions.csv", "strengths.csv", "operations.csv"} <= set(reads)
        assert "expenditure.csv" not in reads


class TestBrokenTable:
    """A broken table is a DataError with its location, at the first query that reads it."""

    def test_lazy_dataset_fails_at_first_use(self, tiny):
        """Lazily read, a broken contributions table loads; the figures query raises, every time."""
        from natodata._api import _read_traversable
        from natodata._load import read_alliance

        directory = tiny(
            contributions=TINY["contributions.csv"] + "ISAF,NOR,x,,1,exact,troops,,,seed,1\n"
        )
        import functools

        nato = read_alliance(functools.partial(_read_traversable, directory), "here", lazy=True)
        assert nato.member("NOR").code == "NOR"  # members are fine
        for _ in range(2):
            with pytest.raises(DataError) as caught:
                nato.contributions(operation="ISAF")
            (problem,) = caught.value.problems
            assert (problem.file, problem.row, problem.column) == ("contributions.csv", 10, "as_of")

    def test_lazy_dataset_fails_on_a_rule_across_tables(self, tiny):
        """A row that parses but contradicts another table fails lazily too, saying where."""
        from natodata._api import _read_traversable
        from natodata._load import read_alliance

        directory = tiny(
            strengths=TINY["strengths.csv"] + "ISAF,2007-06,6100,exact,false,,seed,6100\n"
        )
        nato = read_alliance(functools.partial(_read_traversable, directory), "here", lazy=True)
        for _ in range(2):
            with pytest.raises(DataError) as caught:
                nato.strengths("ISAF")
            (problem,) = caught.value.problems
            assert (problem.file, problem.row, problem.column) == ("strengths.csv", 4, "personnel")
            assert str(caught.value).startswith("1 problem in the tables at here")

    def test_own_folder_checked_whole(self, tiny):
        """load(path) checks every table before it returns, so a broken one fails at once."""
        directory = tiny(
            expenditure=TINY["expenditure.csv"] + "NOR,2030,2024-06,,x,b" + "," * 15 + ",spend,x\n"
        )
        with pytest.raises(DataError) as caught:
            natodata.load(directory)
        assert caught.value.problems[0].file == "expenditure.csv"
        assert caught.value.problems[0].column == "percent_of_gdp"


class TestPickledDataset:
    """A directory's Alliance pickles with its records, and comes back whole."""

    def test_round_trip(self, tiny):
        """The pickle answers like the original."""
        import pickle

        small = natodata.load(tiny())
        back = pickle.loads(pickle.dumps(small))  # noqa: S301 - our own pickle, just made
        assert [m.code for m in back.members()] == [m.code for m in small.members()]
        assert back.expenditure("NOR", 2024) == small.expenditure("NOR", 2024)
