"""Reliability: huge and random input, zip imports, and many threads at once."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

import hypothesis
import hypothesis.strategies as st
import pytest

import natodata
from conftest import TINY
from natodata import DataError, Problem
from natodata._csv import MAX_TABLE_BYTES
from natodata._schema import TABLES


class TestHugeInput:
    def test_table_over_the_bound_is_rejected_unread(self, tiny):
        """A table over the 128 MiB bound is rejected before parsing, not loaded slowly."""
        directory = tiny()
        row = "ISAF,NOR,2007-03-29,700,about,troops,,seed\n"
        with (directory / "contributions.csv").open("w", encoding="utf-8") as out:
            out.write(TINY["contributions.csv"].splitlines()[0] + "\n")
            out.write(row * (MAX_TABLE_BYTES // len(row) + 1))
        with pytest.raises(DataError) as caught:
            natodata.load(directory)
        assert caught.value.problems == (
            Problem(
                "contributions.csv", 0, "", f"the file is larger than {MAX_TABLE_BYTES:,} bytes"
            ),
        )

    def test_bound_is_inclusive(self, tiny, monkeypatch):
        """A table of exactly the bound's size loads; one byte more is over it."""
        from natodata import _csv

        directory = tiny()
        sizes = {name: (directory / name).stat().st_size for name in TABLES}
        largest = max(sizes.values())
        unbounded = natodata.load(directory)
        monkeypatch.setattr(_csv, "MAX_TABLE_BYTES", largest)
        at_the_bound = natodata.load(directory)
        for name in natodata.TABLE_NAMES:  # every table read whole, as with the ordinary bound
            assert list(at_the_bound.table(name)) == list(unbounded.table(name)), name
        monkeypatch.setattr(_csv, "MAX_TABLE_BYTES", largest - 1)
        with pytest.raises(DataError) as caught:
            natodata.load(directory)
        reason = f"the file is larger than {largest - 1:,} bytes"
        assert caught.value.problems == tuple(
            Problem(name, 0, "", reason) for name in TABLES if sizes[name] == largest
        )


# Random damage to a valid dataset: whatever happens, the loader answers with an Alliance that
# passed validation or with a DataError, never with another exception.

TABLE_NAMES = sorted(TINY)


@st.composite
def damaged(draw):
    name = draw(st.sampled_from(TABLE_NAMES))
    text = TINY[name]
    how = draw(st.sampled_from(["bytes", "cell", "row"]))
    if how == "bytes":
        data = bytearray(text.encode("utf-8"))
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        return name, bytes(data)
    lines = text.splitlines()
    if how == "cell":
        at = draw(st.integers(0, len(lines) - 1))
        cells = lines[at].split(",")
        cell = draw(st.integers(0, len(cells) - 1))
        cells[cell] = draw(st.text(max_size=12))
        lines[at] = ",".join(cells)
    else:
        at = draw(st.integers(1, len(lines) - 1))
        if draw(st.booleans()):
            del lines[at]
        else:
            lines.insert(at, lines[draw(st.integers(1, len(lines) - 1))])
    return name, ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


class TestRandomDamage:
    @hypothesis.settings(max_examples=200, deadline=None, derandomize=True)
    @hypothesis.given(change=damaged())
    def test_only_data_errors(self, tmp_path_factory, change):
        """Damaged tables load cleanly or raise DataError, nothing else."""
        directory = tmp_path_factory.mktemp("damaged")
        for name, text in TINY.items():
            (directory / name).write_text(text, encoding="utf-8")
        name, data = change
        (directory / name).write_bytes(data)
        try:
            alliance = natodata.load(directory)
        except DataError as error:
            problems = error.problems
        else:
            assert len(alliance.members()) <= 4
            return
        assert problems
        assert all(p.file in TINY for p in problems)


class TestZipImport:
    def test_loads_from_a_zip(self, run_zipped):
        """natodata imported from a zip archive reads its packaged data (no filesystem paths)."""
        out = run_zipped(
            """
            import natodata
            assert ".zip" in natodata.__file__, natodata.__file__
            nato = natodata.load()
            print(nato.member("NOR").name, len(nato.members()))
            """
        )
        assert out.strip() == "Norway 32"


class TestPackagedReaders:
    def test_loader_and_resources_read_the_same(self):
        """The fast reader (the package loader's get_data) and importlib_resources agree."""
        from natodata._api import _packaged_reader, _resource_reader

        fast, fallback = _packaged_reader(), _resource_reader()
        for name in TABLES:
            assert fast(name, MAX_TABLE_BYTES) == fallback(name, MAX_TABLE_BYTES), name
        assert fast("no-such-table.csv", 10) is None
        assert fallback("no-such-table.csv", 10) is None

    def test_without_get_data_the_resources_are_used(self, monkeypatch):
        """A package loader without get_data falls back to importlib_resources."""
        from natodata import _api

        class Loader:
            pass

        spec = sys.modules["natodata"].__spec__
        monkeypatch.setattr(spec, "loader", Loader())
        read = _api._packaged_reader()
        assert read("members.csv", MAX_TABLE_BYTES).startswith(b"code,joined")


class TestProcessState:
    """A load leaves the process as it found it: natodata changes no process-wide state."""

    @pytest.mark.parametrize("table", [None, "members"])
    def test_collector_untouched(self, tiny, monkeypatch, table):
        """Neither a good load nor a DataError pauses or restarts the garbage collector."""
        directory = tiny(**({table: "nonsense\n"} if table else {}))

        def refuse():
            pytest.fail("natodata changed the garbage collector's state")

        monkeypatch.setattr(gc, "disable", refuse)
        monkeypatch.setattr(gc, "enable", refuse)
        if table is None:
            natodata.load(directory)
        else:
            with pytest.raises(DataError):
                natodata.load(directory)


class TestThreads:
    def test_cold_cache_loads_once(self):
        """16 threads asking at once on a cold cache get one object, loaded exactly once."""
        code = textwrap.dedent(
            """
            import threading
            import natodata, natodata._load as load_module

            calls = []
            real = load_module.read_alliance
            def counting(*args, **kwargs):
                calls.append(1)
                return real(*args, **kwargs)
            load_module.read_alliance = counting
            reads = []
            real_read = load_module.read_table
            def reading(read, name, problems):
                reads.append(name)
                return real_read(read, name, problems)
            load_module.read_table = reading

            barrier = threading.Barrier(16)
            got = []
            def ask():
                barrier.wait()
                nato = natodata.load()
                nato.member("NOR")
                natodata.personnel_by_country("ISAF", on="2007-03-29")
                got.append(nato)
            threads = [threading.Thread(target=ask) for _ in range(16)]
            for t in threads: t.start()
            for t in threads: t.join()
            print(len(got), len({id(a) for a in got}), len(calls), len(reads) == len(set(reads)))
            """
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        # One Alliance, loaded once, and each table it needed read once for all 16 threads.
        assert result.stdout.split() == ["16", "1", "1", "True"]

    def test_queries_race_the_index_build(self, packaged_copy, monkeypatch):
        """16 threads querying a cold Alliance at once build its indexes once, and all agree."""
        import datetime as dt
        import threading
        import time

        import natodata._alliance as alliance_module

        def ask(alliance):
            return (
                [m.code for m in alliance.members(on=dt.date(2007, 3, 29))],
                dict(
                    natodata.personnel_by_country("ISAF", dt.date(2007, 3, 29), alliance=alliance)
                ),
                alliance.member("uk").code,
                alliance.operation("isaf").code,
            )

        expected = ask(natodata.load(packaged_copy))  # one thread, an Alliance of its own
        builds = []

        def slow(real, name):
            def build(*args):
                builds.append(name)
                time.sleep(0.05)  # holds the door open: the other threads arrive meanwhile
                return real(*args)

            return build

        monkeypatch.setattr(alliance_module, "Figures", slow(alliance_module.Figures, "figures"))
        monkeypatch.setattr(alliance_module, "Keys", slow(alliance_module.Keys, "keys"))
        cold = natodata.load(packaged_copy)
        assert not cold._figures.built
        assert not cold._keys.built
        barrier = threading.Barrier(16)
        got = []

        def run():
            barrier.wait()
            got.append(ask(cold))

        threads = [threading.Thread(target=run) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(got) == 16
        assert all(answer == expected for answer in got)
        assert sorted(builds) == ["figures", "keys"]
