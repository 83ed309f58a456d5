"""The command line: `natodata` and `python -m natodata`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from natodata._cli import main


class TestSummary:
    def test_today(self, capsys):
        """Without arguments it summarises the dataset and lists today's 32 members."""
        assert main([]) == 0
        out = capsys.readouterr().out
        assert "North Atlantic Treaty Organization (NATO)" in out
        assert ": 32\n" in out
        assert "NOR  Norway" in out
        assert "data version" in out

    def test_on_date(self, capsys):
        """--on lists the members on that date."""
        assert main(["--on", "2007-03-29"]) == 0
        out = capsys.readouterr().out
        assert "Members on 29 March 2007: 26" in out
        assert "SWE" not in out

    @pytest.mark.parametrize("argv", [["--on", "29/03/2007"], ["--on", "2007-02-30"], ["--bogus"]])
    def test_bad_arguments(self, capsys, argv):
        """A bad argument is a one-line error and exit status 2."""
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert err.startswith("natodata: error: ")

    def test_module_runs(self):
        """python -m natodata runs as a program."""
        result = subprocess.run(
            [sys.executable, "-m", "natodata", "--on", "1949-12-31"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "Members on 31 December 1949: 12" in result.stdout
