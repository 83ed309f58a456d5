"""The package as users meet it: its public face, its immutability, its import, its data files."""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import subprocess
import sys
import typing

import attrs
import importlib_resources
import pytest

import natodata
from natodata._schema import TABLES

RECORDS = [
    natodata.Alliance,
    natodata.Contribution,
    natodata.Country,
    natodata.MemberState,
    natodata.Operation,
    natodata.Problem,
    natodata.Source,
    natodata.Strength,
]


class TestPublicFace:
    def test_all_is_complete(self):
        """Every name in __all__ exists, once (ruff keeps it sorted)."""
        assert len(set(natodata.__all__)) == len(natodata.__all__)
        for name in natodata.__all__:
            assert hasattr(natodata, name)

    @pytest.mark.parametrize("cls", RECORDS)
    def test_type_hints_resolve(self, cls):
        """Every public class's annotations resolve at run time, as cattrs needs."""
        assert typing.get_type_hints(cls)

    def test_errors(self):
        """Lookup misses are LookupErrors, bad data is a ValueError, all are NatodataErrors."""
        assert issubclass(natodata.UnknownCountryError, LookupError)
        assert issubclass(natodata.UnknownOperationError, LookupError)
        assert issubclass(natodata.NoDataError, LookupError)
        assert issubclass(natodata.DataError, ValueError)
        for error in (natodata.UnknownCountryError, natodata.DataError, natodata.NoDataError):
            assert issubclass(error, natodata.NatodataError)

    def test_running_against_the_wheel_when_asked(self):
        """In CI's wheel run, natodata comes from site-packages, not a source tree."""
        if not os.environ.get("NATODATA_TEST_INSTALLED"):
            pytest.skip("only in the run against the installed wheel")
        assert "site-packages" in natodata.__file__


def every_record(nato):
    yield nato
    yield from nato.countries()
    yield from nato.operations()
    yield from nato.contributions()
    yield from nato.strengths("ISAF")
    yield from nato.sources()
    yield from nato.partnerships()
    yield from nato.tables("KFOR")
    yield from nato.coverage()


class TestImmutability:
    def test_records_refuse_assignment(self, nato):
        """Setting or deleting an attribute of any record fails."""
        for record in every_record(nato):
            field = attrs.fields(type(record))[0].name
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(record, field, None)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                delattr(record, field)

    def test_records_have_no_dict(self, nato):
        """Records are slotted: no attribute can be added."""
        for record in every_record(nato):
            with pytest.raises((AttributeError, attrs.exceptions.FrozenInstanceError)):
                record.extra = 1

    def test_collections_are_tuples(self, nato):
        """Every collection a record or query hands out is a tuple."""
        for record in every_record(nato):
            for field in attrs.fields(type(record)):
                value = getattr(record, field.name)
                assert not isinstance(value, (list, dict, set)), (record, field.name)
        for result in self.results(nato):
            assert isinstance(result, tuple)

    @staticmethod
    def results(nato):
        return [
            nato.members(),
            nato.countries(),
            nato.operations(),
            nato.operations(active_on=dt.date(2007, 3, 29)),
            nato.contributions(),
            nato.contributions(operation="ISAF", country="NOR"),
            nato.sources(),
            nato.strengths("ISAF"),
            nato.partnerships(),
            nato.partners(),
            nato.tables(),
            nato.coverage(),
        ]

    def test_results_refuse_changes(self, nato):
        """No query result can be appended to, assigned into or deleted from."""
        for result in self.results(nato):
            with pytest.raises(AttributeError):
                result.append(None)
            with pytest.raises(TypeError):
                result[0] = None
            with pytest.raises(TypeError):
                del result[0]

    def test_mappings_refuse_changes(self, nato):
        """The mappings the helpers return cannot be changed."""
        day = dt.date(2007, 3, 29)
        for mapping in (
            natodata.personnel_by_country("ISAF", on=day),
            natodata.contributions_by_country("ISAF", on=day),
            natodata.contributions_by_country(nato.contributions()),
        ):
            key = next(iter(mapping))
            with pytest.raises(TypeError):
                mapping[key] = 0  # type: ignore[index]
            with pytest.raises(TypeError):
                del mapping[key]  # type: ignore[attr-defined]

    def test_shared_dataset_unchanged_by_callers(self, nato):
        """No record the shared dataset hands out can be changed, nor any value it holds."""
        norway = nato.member("NOR")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            norway.name = "Norge"  # type: ignore[misc]
        with pytest.raises(AttributeError):
            norway.other_names.append("Norge")  # type: ignore[attr-defined]
        for result in self.results(nato):
            for record in result:
                _assert_immutable(record)
        assert natodata.load().member("NOR").name == "Norway"

    def test_load_returns_one_object(self):
        """The packaged dataset is loaded once and shared."""
        assert natodata.load() is natodata.load()


def _assert_immutable(value, where="a result"):
    """Fail unless *value* and everything it holds are of types no caller can change."""
    if attrs.has(type(value)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            object.__getattribute__(value, "__setattr__")("__doc__", None)
        for field in attrs.fields(type(value)):
            _assert_immutable(getattr(value, field.name), f"{type(value).__name__}.{field.name}")
    elif isinstance(value, tuple):
        for item in value:
            _assert_immutable(item, where)
    else:
        assert isinstance(value, (str, int, bool, dt.date, enum.Enum, type(None))), where


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running *code*."""
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


class TestImport:
    HEAVY = frozenset(
        {
            "cattrs",
            "csv",
            "json",
            "importlib_resources",
            "importlib.metadata",
            "pandas",
            "polars",
            "matplotlib",
        }
    )

    def test_import_reads_nothing(self):
        """Importing natodata imports only its version module: no attrs, no data, nothing heavy."""
        loaded = _modules_after("import natodata")
        assert {m for m in loaded if m.startswith("natodata")} == {"natodata", "natodata._version"}
        assert not (self.HEAVY | {"attrs", "typing"}) & loaded

    def test_names_load_on_first_use(self):
        """A public name imports its module the first time it is used, and is then cached."""
        loaded = _modules_after("import natodata\nnatodata.Operation")
        assert "natodata._model" in loaded
        assert "natodata._load" not in loaded
        assert natodata.Operation is natodata.__dict__["Operation"]

    def test_unknown_name(self):
        """A name natodata does not have is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no attribute 'Operations'"):
            natodata.Operations  # noqa: B018 - the access is the test

    def test_dir_lists_the_public_names(self):
        """dir() shows every public name, loaded or not."""
        assert set(natodata.__all__) <= set(dir(natodata))

    def test_first_answer_needs_nothing_heavy(self):
        """Loading the packaged data and answering needs neither cattrs nor importlib_resources."""
        loaded = _modules_after(
            "import datetime, natodata\n"
            "natodata.load().member('NOR')\n"
            "natodata.personnel_by_country('ISAF', on=datetime.date(2007, 4, 1))"
        )
        assert not (self.HEAVY - {"csv"}) & loaded

    def test_version_without_metadata(self):
        """__version__ is the installed distribution's version, read without importlib.metadata."""
        import importlib.metadata

        script = (
            "import sys\n"
            "sys.modules['importlib.metadata'] = None  # any import of it fails\n"
            "import natodata\n"
            "print(natodata.__version__)"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == importlib.metadata.version("natodata")


class TestDataFiles:
    def package(self):
        text = (
            importlib_resources.files("natodata")
            .joinpath("data/datapackage.json")
            .read_text("utf-8")
        )
        return json.loads(text)

    def test_version_matches_descriptor(self):
        """DATA_VERSION and DATA_DATE are the version and date in datapackage.json."""
        descriptor = self.package()
        assert descriptor["version"] == natodata.DATA_VERSION
        assert descriptor["created"] == f"{natodata.DATA_DATE.isoformat()}T00:00:00Z"

    def test_descriptor_describes_every_table(self):
        """datapackage.json lists each table the loader reads, with its columns in order."""
        descriptor = self.package()
        described = {
            r["path"]: [f["name"] for f in r["schema"]["fields"]] for r in descriptor["resources"]
        }
        assert described == {name: list(spec.names) for name, spec in TABLES.items()}

    def test_descriptor_is_the_schema(self):
        """datapackage.json is written from the loader's own table descriptions, field for field."""
        from natodata._schema import datapackage

        created = f"{natodata.DATA_DATE.isoformat()}T00:00:00Z"
        assert self.package() == datapackage(natodata.DATA_VERSION, created)

    def test_every_table_ships(self):
        """Every table is in the installed package (a file missing from the wheel fails here)."""
        data = importlib_resources.files("natodata").joinpath("data")
        for name in [*TABLES, "datapackage.json"]:
            assert data.joinpath(name).is_file(), name

    def test_py_typed_ships(self):
        """The package says it is typed."""
        assert importlib_resources.files("natodata").joinpath("py.typed").is_file()


class TestLazyIndexes:
    def test_loading_builds_no_index(self, tiny):
        """load() reads and checks the tables; no lookup or contribution index is built yet."""
        small = natodata.load(tiny())
        assert not small._keys.built
        assert not small._figures.built

    def test_first_query_builds_what_it_needs(self, tiny):
        """A query builds its index once, and only the operation it asks about."""
        small = natodata.load(tiny())
        small.personnel_by_country("ISAF", on=dt.date(2008, 3, 1))
        figures = small._figures.get()
        assert figures._dated["ISAF"].built
        assert not figures._dated["AMIS"].built
        assert small._tables("ISAF") is small._tables("ISAF")
