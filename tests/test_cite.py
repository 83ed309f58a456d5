"""Citation: of the dataset, of each source, of a figure by way of its source; CITATION.cff."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import natodata

ROOT = Path(__file__).parent.parent


class TestDataset:
    def test_text(self):
        """The text names the software and the data version."""
        text = natodata.cite()
        assert natodata.__version__ in text
        assert f"data version {natodata.DATA_VERSION}" in text

    def test_bibtex(self):
        """BibTeX is one @misc entry with the version and the year."""
        entry = natodata.cite("bibtex")
        assert entry.startswith("@misc{natodata_")
        assert entry.endswith("}")
        assert f"version = {{{natodata.__version__}}}" in entry
        assert f"year = {{{natodata.DATA_DATE.year}}}" in entry

    def test_bad_style(self):
        """An unknown style is refused."""
        with pytest.raises(ValueError, match="'text' or 'bibtex'"):
            natodata.cite("apa")  # type: ignore[arg-type]


class TestSources:
    def test_source_text(self, nato):
        """Publisher, date at its precision, title in quotes, address."""
        source = nato.source("nato-1999-news-26179-htm")
        assert source.citation() == (
            "NATO. 1 December 1999. \u201cIreland becomes a NATO Partner\u201d. " + source.url
        )

    def test_undated_source(self, nato):
        """A source without a date is cited without one."""
        source = next(s for s in nato.sources() if s.published is None)
        assert f"{source.publisher}. \u201c" in source.citation()

    def test_bibtex_escapes(self, nato):
        """Characters special to BibTeX are escaped; months are BibTeX month macros."""
        source = next(s for s in nato.sources() if "&" in s.title or "_" in s.title)
        entry = source.citation("bibtex")
        assert "\\&" in entry or "\\_" in entry
        dated = nato.source("nato-1999-news-26179-htm").citation("bibtex")
        assert "  year = {1999}," in dated
        assert "  month = dec," in dated

    def test_figure(self, nato):
        """A figure is cited by way of its source."""
        figure = nato.contributions(operation="ISAF", country="NOR", on=dt.date(2007, 3, 29))[0]
        assert nato.cite(figure) == nato.source(figure.source).citation()

    def test_operation_cites_each_source(self, nato):
        """An operation's citation has one line a source."""
        isaf = nato.operation("ISAF")
        assert len(nato.cite(isaf).splitlines()) == len(isaf.sources)

    def test_unknown_id(self, nato):
        """A source id no source has is a KeyError."""
        with pytest.raises(KeyError):
            nato.cite("no-such-source")


class TestCitationFile:
    def test_version_matches(self):
        """CITATION.cff gives the code's version."""
        lines = (ROOT / "CITATION.cff").read_text(encoding="utf-8").splitlines()
        assert f"version: {natodata.__version__}" in lines
        assert "cff-version: 1.2.0" in lines
