"""natodata: the North Atlantic Alliance as typed, immutable, sourced data.

natodata ships a dataset of NATO's member states and the day each joined, its partners, the
operations NATO has led, and the nations' contributions to them, every figure with the public
source it comes from.

Start with :func:`load`, which gives the :class:`Alliance` (read and checked on first use, then
shared); ask it questions (``members(on=...)``, ``member("NOR")``, ``operations()``,
``contributions(...)``); or use the helpers :func:`contributions_by_country` and
:func:`personnel_by_country`. Every answer is a frozen record, a :class:`Records` tuple or a
read-only :class:`ByNation` mapping, and goes to CSV, JSON, pandas or polars with :func:`to_csv`,
:func:`to_json`, :func:`to_pandas` and :func:`to_polars`. Dates are ``datetime.date`` values, or
``"YYYY-MM-DD"`` strings; nations are named by any code or name. Every error is a
:class:`NatodataError`. The ``natodata`` command answers the same questions in a terminal, and
:mod:`natodata.plot` draws them.

>>> import natodata
>>> nato = natodata.load()
>>> nato.member("Norway").founding
True
>>> len(nato.members(on="2007-03-29"))
26
"""

from ._version import DATA_DATE, DATA_VERSION, __version__

# Not `typing.TYPE_CHECKING`: importing typing alone would double what importing natodata costs.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._alliance import TABLE_NAMES, Alliance
    from ._api import cite, contributions_by_country, coverage, load, personnel_by_country
    from ._convert import from_dict, to_dict
    from ._dates import Precision
    from ._export import to_csv, to_json, to_pandas, to_polars, to_records
    from ._model import (
        ContributionKind,
        ContributionRole,
        Country,
        Framework,
        MemberState,
        OperationKind,
        Qualifier,
        Source,
        SourceRank,
    )
    from ._model_figures import Contribution, Coverage, PanelRow, Strength, Table
    from ._model_operations import Operation
    from ._model_partners import Partnership
    from ._model_spending import Expenditure, Guideline
    from ._paths import data_path
    from ._results import ByNation, Records
    from .exceptions import (
        ConversionError,
        DataError,
        MissingExtraError,
        NatodataError,
        NoDataError,
        Problem,
        UnknownCountryError,
        UnknownOperationError,
        UnknownSourceError,
    )

__all__ = [
    "DATA_DATE",
    "DATA_VERSION",
    "TABLE_NAMES",
    "Alliance",
    "ByNation",
    "Contribution",
    "ContributionKind",
    "ContributionRole",
    "ConversionError",
    "Country",
    "Coverage",
    "DataError",
    "Expenditure",
    "Framework",
    "Guideline",
    "MemberState",
    "MissingExtraError",
    "NatodataError",
    "NoDataError",
    "Operation",
    "OperationKind",
    "PanelRow",
    "Partnership",
    "Precision",
    "Problem",
    "Qualifier",
    "Records",
    "Source",
    "SourceRank",
    "Strength",
    "Table",
    "UnknownCountryError",
    "UnknownOperationError",
    "UnknownSourceError",
    "__version__",
    "cite",
    "contributions_by_country",
    "coverage",
    "data_path",
    "from_dict",
    "load",
    "personnel_by_country",
    "to_csv",
    "to_dict",
    "to_json",
    "to_pandas",
    "to_polars",
    "to_records",
]

# Where each public name lives. Importing natodata imports none of these modules (nor attrs):
# a name's module is imported the first time the name is used.
# The names are written three times (the imports for type checkers above, __all__, and here):
# tests/test_boundaries.py checks that the three agree.
_HOMES = {
    "Alliance": "_alliance",
    "TABLE_NAMES": "_alliance",
    "ByNation": "_results",
    "Contribution": "_model_figures",
    "ContributionKind": "_model",
    "ContributionRole": "_model",
    "ConversionError": "exceptions",
    "Country": "_model",
    "Coverage": "_model_figures",
    "DataError": "exceptions",
    "Expenditure": "_model_spending",
    "Framework": "_model",
    "Guideline": "_model_spending",
    "MemberState": "_model",
    "MissingExtraError": "exceptions",
    "NatodataError": "exceptions",
    "NoDataError": "exceptions",
    "Operation": "_model_operations",
    "OperationKind": "_model",
    "PanelRow": "_model_figures",
    "Partnership": "_model_partners",
    "Precision": "_dates",
    "Problem": "exceptions",
    "Qualifier": "_model",
    "Records": "_results",
    "Source": "_model",
    "SourceRank": "_model",
    "Strength": "_model_figures",
    "Table": "_model_figures",
    "UnknownCountryError": "exceptions",
    "UnknownOperationError": "exceptions",
    "UnknownSourceError": "exceptions",
    "cite": "_api",
    "contributions_by_country": "_api",
    "coverage": "_api",
    "data_path": "_paths",
    "from_dict": "_convert",
    "load": "_api",
    "personnel_by_country": "_api",
    "to_csv": "_export",
    "to_dict": "_convert",
    "to_json": "_export",
    "to_pandas": "_export",
    "to_polars": "_export",
    "to_records": "_export",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'natodata' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public names, and the public submodules already imported; no internals.
    submodules = {"exceptions", "plot"} & globals().keys()
    return sorted({*__all__, *submodules})
