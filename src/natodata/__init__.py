"""natodata: the North Atlantic Alliance as typed, immutable, sourced data.

>>> import natodata
>>> nato = natodata.load()
>>> nato.member("Norway").founding
True
"""

from ._version import DATA_DATE, DATA_VERSION, __version__

# Not `typing.TYPE_CHECKING`: importing typing alone would double what importing natodata costs.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._alliance import Alliance
    from ._api import cite, contributions_by_country, coverage, load, personnel_by_country
    from ._convert import from_dict, to_dict
    from ._dates import Precision
    from ._display import ByNation, Records
    from ._export import TABLE_NAMES, to_csv, to_json, to_pandas, to_polars, to_records
    from ._model import (
        Contribution,
        ContributionKind,
        Country,
        Coverage,
        Framework,
        MemberState,
        Operation,
        OperationKind,
        Partnership,
        Qualifier,
        Source,
        Strength,
        Table,
    )
    from ._panel import PanelRow
    from ._paths import data_path
    from .exceptions import (
        DataError,
        MissingExtraError,
        NatodataError,
        NoDataError,
        Problem,
        UnknownCountryError,
        UnknownOperationError,
    )

__all__ = [
    "DATA_DATE",
    "DATA_VERSION",
    "TABLE_NAMES",
    "Alliance",
    "ByNation",
    "Contribution",
    "ContributionKind",
    "Country",
    "Coverage",
    "DataError",
    "Framework",
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
    "Strength",
    "Table",
    "UnknownCountryError",
    "UnknownOperationError",
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
_HOMES = {
    "TABLE_NAMES": "_export",
    "Alliance": "_alliance",
    "ByNation": "_display",
    "Contribution": "_model",
    "ContributionKind": "_model",
    "Country": "_model",
    "Coverage": "_model",
    "DataError": "exceptions",
    "Framework": "_model",
    "MemberState": "_model",
    "MissingExtraError": "exceptions",
    "NatodataError": "exceptions",
    "NoDataError": "exceptions",
    "Operation": "_model",
    "OperationKind": "_model",
    "PanelRow": "_panel",
    "Partnership": "_model",
    "Precision": "_dates",
    "Problem": "exceptions",
    "Qualifier": "_model",
    "Records": "_display",
    "Source": "_model",
    "Strength": "_model",
    "Table": "_model",
    "UnknownCountryError": "exceptions",
    "UnknownOperationError": "exceptions",
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
    return sorted({*globals(), *__all__})
