"""The benchmarks' synthetic data: valid tables in natodata's own format, of any size that fits."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import importlib_resources
import pytest

import natodata
from natodata._schema import TABLES


@pytest.fixture
def generate(monkeypatch):
    """benchmarks/generate.py, or a skip where the benchmarks are not beside the tests."""
    folder = Path(__file__).resolve().parent.parent / "benchmarks"
    if not (folder / "generate.py").is_file():
        pytest.skip("benchmarks/ is not beside the tests (a run against the installed wheel)")
    spec = importlib.util.spec_from_file_location("generate", folder / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "generate", module)
    spec.loader.exec_module(module)
    return module


class TestGenerate:
    """generate.py writes tables that load with every check, and never loops."""

    def test_valid_tables(self, generate, tmp_path):
        """Its tables load through natodata.load, every synthetic row with its evidence."""
        directory = generate.generate(500, tmp_path / "tables")
        nato = natodata.load(directory)
        synthetic = [c for c in nato.contributions() if c.source.startswith("synthetic-")]
        assert len(synthetic) == 500
        assert all(c.evidence for c in synthetic)
        with (directory / "contributions.csv").open(encoding="utf-8", newline="") as stream:
            assert next(csv.reader(stream)) == list(TABLES["contributions.csv"].names)

    def test_more_tables_than_free_days(self, generate, tmp_path, monkeypatch):
        """Past 40 nations a day, tables grow wider instead of hunting for a free day forever."""
        monkeypatch.setattr(generate, "OPERATIONS", ("ODLF",))  # 16 days in 1995
        days = len(generate.free_days(_packaged(tmp_path)))
        directory = generate.generate(days * 40 + 1, tmp_path / "tables")
        nato = natodata.load(directory)
        synthetic = nato.contributions(operation="ODLF")
        assert len([c for c in synthetic if c.source.startswith("synthetic-")]) == days * 40 + 1

    def test_too_many_rows_refused(self, generate, tmp_path, monkeypatch):
        """More rows than every nation on every free day is an error, not an endless loop."""
        monkeypatch.setattr(generate, "OPERATIONS", ("ODLF",))
        nations = len(natodata.load().countries())
        days = len(generate.free_days(_packaged(tmp_path)))
        with pytest.raises(ValueError, match="at most"):
            generate.generate(days * nations + 1, tmp_path / "tables")


def _packaged(folder: Path) -> Path:
    """The packaged figure tables, copied into *folder*."""
    data = importlib_resources.files("natodata").joinpath("data")
    for name in ("contributions.csv", "strengths.csv"):
        (folder / name).write_bytes(data.joinpath(name).read_bytes())
    return folder
