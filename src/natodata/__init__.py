"""natodata: the North Atlantic Alliance as typed, immutable, sourced data.

>>> import natodata
>>> nato = natodata.load()
>>> nato.member("Norway").founding
True
"""

from ._alliance import Alliance
from ._api import contributions_by_country, load, personnel_by_country
from ._dates import Precision
from ._model import (
    Contribution,
    ContributionKind,
    Country,
    MemberState,
    Operation,
    OperationKind,
    Qualifier,
    Source,
    Strength,
)
from ._version import DATA_DATE, DATA_VERSION, __version__
from .exceptions import (
    DataError,
    NatodataError,
    NoDataError,
    Problem,
    UnknownCountryError,
    UnknownOperationError,
)

__all__ = [
    "DATA_DATE",
    "DATA_VERSION",
    "Alliance",
    "Contribution",
    "ContributionKind",
    "Country",
    "DataError",
    "MemberState",
    "NatodataError",
    "NoDataError",
    "Operation",
    "OperationKind",
    "Precision",
    "Problem",
    "Qualifier",
    "Source",
    "Strength",
    "UnknownCountryError",
    "UnknownOperationError",
    "__version__",
    "contributions_by_country",
    "load",
    "personnel_by_country",
]
