"""data-raw/: the packaged tables are what it builds, and each figure is printed in its words."""

from __future__ import annotations

import csv
import importlib.util
import io
import re
import subprocess
import sys

import importlib_resources
import pytest

import natodata
from conftest import ROOT, needs_source_tree
from natodata import SourceRank

BUILD = ROOT / "data-raw" / "build.py"


def packaged(name):
    data = importlib_resources.files("natodata").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def build_module():
    if "natodata_build" in sys.modules:
        return sys.modules["natodata_build"]
    spec = importlib.util.spec_from_file_location("natodata_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    sys.modules["natodata_build"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@needs_source_tree
class TestBuild:
    """data-raw/build.py regenerates the packaged tables, and --check catches a hand edit."""

    def test_check_passes(self):
        """On a clean tree the packaged tables are byte for byte what data-raw builds."""
        done = subprocess.run(
            [sys.executable, str(BUILD), "--check"], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr

    def test_hand_edit_is_named(self, tmp_path):
        """A packaged table edited by hand fails --check, naming the table and the row."""
        module = build_module()
        files = module.build()
        module.write(files, tmp_path)
        table = tmp_path / module.DATA / "members.csv"
        members = table.read_text(encoding="utf-8").splitlines()
        members[3] = members[3].replace("19", "18", 1)
        table.write_text("\n".join(members) + "\n", encoding="utf-8")
        found = module.differences(files, tmp_path)
        assert len(found) == 1
        assert found[0].startswith("members.csv row 4: packaged ")

    def test_deterministic(self):
        """Two builds give the same bytes."""
        module = build_module()
        assert module.build() == module.build()

    def test_figures_in(self):
        """A figure is found as printed: bare, grouped by commas, spaces or dots, or in words."""
        module = build_module()
        assert {1000, 900} <= module.figures_in("Canada 1,000 900")
        assert 3650 in module.figures_in("Germany (3 650)")
        assert 123457 in module.figures_in("123 457 Soldaten")
        assert 700 not in module.figures_in("about 7000 soldiers")
        assert 2 in module.figures_in("Crna Gora dva", {"Crna Gora dva": 2})


class TestEvidence:
    """Every fact row carries the words of its source, and every figure is printed in them."""

    FACTS = (
        "alliance.csv",
        "members.csv",
        "operations.csv",
        "contributions.csv",
        "strengths.csv",
        "partnerships.csv",
        "expenditure.csv",
        "guidelines.csv",
    )

    @pytest.mark.parametrize("table", FACTS)
    def test_every_row_has_evidence(self, table):
        """No row of a fact table lacks evidence."""
        rows = packaged(table)
        assert rows
        assert [r for r in rows if not r["evidence"].strip()] == []

    @needs_source_tree  # figures printed in words are listed in data-raw/number-words.csv
    @pytest.mark.parametrize("table", ["contributions.csv", "strengths.csv"])
    def test_figure_printed_in_evidence(self, table):
        """Each personnel figure appears in its evidence in digits (grouped or not) or in words."""
        listed = ROOT / "data-raw" / "number-words.csv"
        words = {}
        if listed.is_file():
            for r in csv.DictReader(io.StringIO(listed.read_text("utf-8"))):
                words[r["words"]] = int(r["figure"])
        missing = []
        for row in packaged(table):
            if not row["personnel"]:
                continue
            digits = {int(n) for n in re.findall(r"\d+", row["evidence"])}
            for separator in (",", ", ", ".", " ", "\u00a0", "\u202f"):
                grouped = rf"\d{{1,3}}(?:{re.escape(separator)}\d{{3}})+(?!\d)"
                digits |= {int(re.sub(r"\D", "", m)) for m in re.findall(grouped, row["evidence"])}
            said = {figure for phrase, figure in words.items() if phrase in row["evidence"]}
            if int(row["personnel"]) not in digits | said:
                missing.append((row["personnel"], row["evidence"]))
        assert missing == []

    def test_shares_printed_in_evidence(self):
        """Each share of GDP appears, as printed, in its evidence."""
        rows = packaged("expenditure.csv")
        assert [r for r in rows if r["percent_of_gdp"] not in r["evidence"]] == []

    def test_records_carry_evidence(self, nato):
        """Records carry their evidence, as the table gives it."""
        norway = nato.member("NOR")
        assert norway.evidence
        (row,) = nato.contributions(operation="NTM-I", country="NOR")
        assert "Iraqi" in row.evidence


class TestSourcesByRank:
    """No row rests only on sources of the lowest rank (an encyclopedia, a wiki, a blog)."""

    def test_no_row_rests_on_other_only(self, nato):
        """Every row cites at least one source above rank other."""
        rank = {s.id: s.rank for s in nato.sources()}
        weak = []
        for table, column in (
            ("operations.csv", "sources"),
            ("members.csv", "sources"),
            ("alliance.csv", "sources"),
            ("contributions.csv", "source"),
            ("strengths.csv", "source"),
            ("partnerships.csv", "source"),
            ("expenditure.csv", "source"),
            ("guidelines.csv", "sources"),
        ):
            for row in packaged(table):
                ids = [i for i in row[column].split(";") if i]
                if all(rank[i] is SourceRank.OTHER for i in ids):
                    weak.append((table, row[column]))
        assert weak == []

    def test_loader_refuses_a_row_on_other_only(self, tiny):
        """A directory whose row cites only a source of rank other is refused, at that row."""
        from conftest import TINY

        sources = TINY["sources.csv"].replace("false,government,", "false,other,")
        with pytest.raises(natodata.DataError) as caught:
            natodata.load(tiny(sources=sources))
        found = {(p.file, p.row, p.column) for p in caught.value.problems}
        assert ("contributions.csv", 2, "source") in found
        assert ("members.csv", 2, "sources") in found
        assert all("rank other" in p.reason for p in caught.value.problems)
