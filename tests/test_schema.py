"""The table descriptions as `natodata._schema` builds them, checked against the published files.

The descriptions are built when the module is first imported. Each test here builds them again,
by running the module's code anew in a module object of its own, so that what is checked is what
the code builds now (mutation testing switches a change on only after the first import), and then
compares them with what does not come from that code: the packaged ``datapackage.json`` and the
cells of the packaged tables.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import importlib.util
import json
from types import ModuleType
from typing import Any

import pytest

import natodata
from natodata._dates import Precision


def fresh_schema() -> ModuleType:
    """`natodata._schema` run anew, in a module object that nothing else uses."""
    spec = importlib.util.find_spec("natodata._schema")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def published() -> dict[str, Any]:
    return json.loads((natodata.data_path() / "datapackage.json").read_text(encoding="utf-8"))


def published_fields() -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (resource["path"], field["name"]): field
        for resource in published()["resources"]
        for field in resource["schema"]["fields"]
    }


def packaged_rows(file: str) -> list[dict[str, str]]:
    with (natodata.data_path() / file).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def schema() -> ModuleType:
    """Built for each test, so that each test runs the code that builds it (and mutation
    testing maps each test to that code)."""
    return fresh_schema()


def test_built_descriptor_is_the_published_one(schema):
    """The descriptor the code builds is the packaged datapackage.json, key for key."""
    descriptor = published()
    assert schema.datapackage(descriptor["version"], descriptor["created"]) == descriptor


def test_tables_in_reading_order(schema):
    """The tables are read in the order datapackage.json lists them, each under its file name."""
    assert list(schema.TABLES) == [resource["path"] for resource in published()["resources"]]
    assert all(spec.file == file for file, spec in schema.TABLES.items())


def columns(schema: ModuleType) -> list[tuple[str, Any, dict[str, Any]]]:
    fields = published_fields()
    return [
        (file, column, fields[file, column.name])
        for file, spec in schema.TABLES.items()
        for column in spec.columns
    ]


def test_an_empty_cell(schema):
    """An empty cell is refused where the column is required, and is nothing where it is not."""
    for file, column, field in columns(schema):
        if column.derived_from:
            continue
        where = f"{file}:{column.name}"
        if field.get("constraints", {}).get("required", False):
            if column.type == "string" and field["description"].endswith("list."):
                assert column.parse("") == (), where  # the record refuses an empty list
                continue
            with pytest.raises(ValueError, match=r"\w"):
                column.parse("")
        else:
            assert column.parse("") in (None, "", ()), where


def test_spaces_around_a_cell(schema):
    """A cell with spaces around it is refused in every column of codes, names, numbers or dates."""
    for file, column, field in columns(schema):
        if column.derived_from or not field.get("constraints", {}).get("required", False):
            continue
        if field["description"].endswith("list."):
            continue  # a list's items are trimmed
        for cell in packaged_rows(file)[:3]:
            text = cell[column.name]
            with pytest.raises(ValueError, match=r"\w"):
                column.parse(f" {text}")
            with pytest.raises(ValueError, match=r"\w"):
                column.parse(f"{text} ")


def test_enumerations(schema):
    """An enumerated column takes each listed value, as that member, and refuses anything else."""
    enumerated = 0
    for file, column, field in columns(schema):
        allowed = field.get("constraints", {}).get("enum")
        if allowed is None:
            continue
        enumerated += 1
        for value in allowed:
            member = column.parse(value)
            assert isinstance(member, enum.Enum), (file, column.name)
            assert member.value == value
        with pytest.raises(ValueError, match="expected one of") as caught:
            column.parse("none-of-these")
        assert str(caught.value) == f"expected one of {', '.join(allowed)}; got 'none-of-these'"
    assert enumerated > 0  # not passed for want of an enumeration


_READ_AS = {
    "integer": int,
    "number": decimal.Decimal,
    "boolean": {"true": True, "false": False}.__getitem__,
    "date": dt.date.fromisoformat,
}


def expected_value(field: dict[str, Any], text: str) -> object:
    """What a packaged cell holds, read by the rules of its published field, not by the code."""
    if field["type"] in _READ_AS:
        return _READ_AS[field["type"]](text)
    if field.get("format") == "default":  # a date at its source's precision
        precision = {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}[len(text)]
        padded = {4: "-01-01", 7: "-01", 10: ""}[len(text)]
        return (dt.date.fromisoformat(text + padded), precision)
    if field["description"].endswith("list."):
        return tuple(part.strip() for part in text.split(";") if part.strip())
    return text


def test_every_packaged_cell_parses_to_what_it_says(schema):
    """Each cell of each packaged table parses to the value its text states, by its field's type."""
    fields = published_fields()
    for file, spec in schema.TABLES.items():
        rows = packaged_rows(file)
        assert rows, file
        for column in spec.columns:
            field = fields[file, column.name]
            if column.derived_from:
                continue
            for number, row in enumerate(rows, start=2):
                text = row[column.name]
                if not text:
                    continue
                value = column.parse(text)
                if isinstance(value, enum.Enum):
                    value = value.value
                assert value == expected_value(field, text), (file, number, column.name)
                if field["type"] == "number":
                    assert str(value) == text  # as printed: 2.50 stays 2.50


def test_derived_columns_derive_the_packaged_cells(schema):
    """Each derived column gives the packaged cell beside its date: the first or the last day."""
    derived = 0
    for file, spec in schema.TABLES.items():
        rows = packaged_rows(file)
        for column in spec.columns:
            if not column.derived_from:
                continue
            derived += 1
            assert column.name == f"{column.derived_from}_{'last' if column.last_day else 'first'}"
            for row in rows:
                assert column.derive(row[column.derived_from]) == row[column.name], (
                    file,
                    column.name,
                )
            with pytest.raises(ValueError, match=r"\w"):
                column.derive("not a date")
        assert spec.derived == tuple(c.name for c in spec.columns if c.derived_from)
        assert spec.underived().names == tuple(c.name for c in spec.columns if not c.derived_from)
    assert derived > 0
