"""Runs every >>> example in README.md, docs/ and the docstrings as part of the test suite."""

import pytest
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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep each document's examples in the order they are written, wherever a shuffle put them.

    The examples of one document share a namespace, each building on the one before; the rest of
    the suite runs in random order (pytest-randomly), and these keep the slots it gave them.
    """
    slots: dict[object, list[int]] = {}
    for index, item in enumerate(items):
        if hasattr(item, "example"):
            slots.setdefault(item.parent, []).append(index)
    for indexes in slots.values():
        ordered = sorted((items[i] for i in indexes), key=lambda item: item.example.start)  # type: ignore[attr-defined]
        for index, item in zip(indexes, ordered, strict=True):
            items[index] = item
