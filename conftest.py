"""Runs every >>> example in README.md, docs/ and the docstrings as part of the test suite."""

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

pytest_collect_file = (
    Sybil(
        name="markdown",
        parsers=[SkipParser(), PythonCodeBlockParser()],
        patterns=["README.md", "docs/*.md"],
    )
    + Sybil(
        name="docstrings",
        parsers=[DocTestParser()],
        patterns=["src/natodata/*.py"],
    )
).pytest()
