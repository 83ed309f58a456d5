"""Citation: of the dataset, of each source, of a figure by way of its source; CITATION.cff."""

from __future__ import annotations

from pathlib import Path

import pytest

import natodata
from conftest import TINY

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

    def test_undated_source(self, tiny):
        """A source without a date is cited without one."""
        small = natodata.load(
            tiny(sources=TINY["sources.csv"].replace(",2007-03-29,false", ",,false"))
        )
        assert small.source("seed").citation() == (
            "Ministry. \u201cA ministry article\u201d. https://example.org/seed"
        )

    def test_bibtex_escapes(self, tiny):
        """Characters special to BibTeX are escaped; months are BibTeX month macros."""
        text = TINY["sources.csv"].replace("A ministry article", "Forces & means_2007 at 50%")
        entry = natodata.load(tiny(sources=text)).source("seed").citation("bibtex")
        assert entry.splitlines() == [
            "@misc{seed,",
            "  author = {{Ministry}},",
            "  title = {{Forces \\& means\\_2007 at 50\\%}},",
            "  url = {https://example.org/seed},",
            "  year = {2007},",
            "  month = mar,",
            "}",
        ]

    def test_figure(self, tiny):
        """A figure is cited by way of its source, then the source's words that state it."""
        small = natodata.load(tiny())
        (figure,) = small.contributions(operation="ISAF", country="NOR")
        assert small.cite(figure).splitlines() == [
            "Ministry. 29 March 2007. \u201cA ministry article\u201d. https://example.org/seed",
            "In its words: \u201cabout 700 soldiers\u201d",
        ]

    def test_evidence_in_bibtex(self, tiny):
        """In BibTeX the source's words are the entry's note."""
        small = natodata.load(tiny())
        (figure,) = small.contributions(operation="ISAF", country="NOR")
        entry = small.cite(figure, "bibtex")
        assert entry.splitlines()[-2:] == ["  note = {about 700 soldiers},", "}"]

    def test_operation_cites_each_source(self, tiny):
        """An operation's citation has one line a source, in the order the row gives them."""
        text = TINY["operations.csv"].replace("UNSCR 1386,,,,seed", "UNSCR 1386,,,,mat-2008;seed")
        small = natodata.load(tiny(operations=text))
        assert small.cite(small.operation("ISAF")).splitlines() == [
            "NATO. 1 February 2008. \u201cA later fact sheet\u201d. https://example.org/mat-2008",
            "Ministry. 29 March 2007. \u201cA ministry article\u201d. https://example.org/seed",
            "In their words: \u201cISAF\u201d",
        ]

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
