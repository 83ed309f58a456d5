"""The errors natodata raises.

Every error is a :class:`NatodataError`.
A lookup miss is also a :class:`LookupError`, and bad data is also a :class:`ValueError`,
so code that already catches those keeps working.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

__all__ = [
    "ConversionError",
    "DataError",
    "MissingExtraError",
    "NatodataError",
    "NoDataError",
    "Problem",
    "UnknownCountryError",
    "UnknownOperationError",
    "UnknownSourceError",
]

#: How many problems a DataError message lists before it only counts the rest.
MAX_LISTED_PROBLEMS = 50

#: How much of a key a message repeats: a megabyte-long key is not worth a megabyte of message.
_LONGEST_SHOWN = 60


class NatodataError(Exception):
    """The root of every error natodata raises.

    Every one pickles and unpickles to the same message and attributes, so it crosses a process
    pool (``concurrent.futures``, ``multiprocessing``) intact.
    """

    def _init_args(self) -> tuple[Any, ...]:
        """The arguments that make this error again (its message, for most)."""
        return self.args

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), self._init_args(), self.__dict__ or None


class _UnknownKeyError(NatodataError, LookupError):
    """A key that names nothing, or names several things at once.

    Attributes:
        key: The key as it was asked for.
        suggestions: The closest known keys, best first, for a miss.
        candidates: Every key it could mean, for an ambiguous key.
        message: What to say instead of the standard message.
    """

    _what = "key"
    _whats = "keys"

    def __init__(
        self,
        key: str,
        suggestions: Sequence[str] = (),
        candidates: Sequence[str] = (),
        message: str | None = None,
    ) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        self.candidates = tuple(candidates)
        super().__init__(message or self._describe())

    def _init_args(self) -> tuple[Any, ...]:
        return self.key, self.suggestions, self.candidates, str(self)

    def _describe(self) -> str:
        key = self.key if len(self.key) <= _LONGEST_SHOWN else self.key[:_LONGEST_SHOWN] + "…"
        if self.candidates:
            listed = ", ".join(self.candidates)
            return f"{key!r} could mean several {self._whats}: {listed}; ask for one by its code"
        message = f"no {self._what} is known as {key!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(self.suggestions) + "?"
        return message

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownCountryError(_UnknownKeyError):
    """No country, or more than one, is known by the key asked for."""

    _what = "country"
    _whats = "countries"


class UnknownOperationError(_UnknownKeyError):
    """No operation is known by the code or name asked for."""

    _what = "operation"
    _whats = "operations"


class UnknownSourceError(_UnknownKeyError, KeyError):
    """No source has the id asked for (also a KeyError, which it was before it had a name)."""

    _what = "source"
    _whats = "sources"


class NoDataError(NatodataError, LookupError):
    """The data cannot say: there is no answer to give, not even "none".

    Raised, rather than answering 0 or nothing, for a day before an operation began, after it
    ended, or before its first dated table; the message gives the reason.
    A question the data can answer with "nobody" gets an empty result instead.
    """


@attrs.frozen
class Problem:
    """One thing wrong with a data table.

    Attributes:
        file: The file's name, e.g. ``"contributions.csv"``.
        row: The line of the file, the header being line 1; 0 for the file as a whole.
        column: The column's name, or ``""`` where the problem is with the whole row or file.
        reason: What is wrong, and what was expected.
    """

    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = self.file
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.reason}"


class MissingExtraError(NatodataError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependencies of natodata[{extra}]:"
            f" pip install 'natodata[{extra}]'"
        )
        self.feature = feature
        self.extra = extra

    def _init_args(self) -> tuple[Any, ...]:
        return self.feature, self.extra


class DataError(NatodataError, ValueError):
    """A dataset failed validation; nothing of it was loaded.

    Attributes:
        location: The directory (or package resource) the tables were read from.
        problems: Every problem found, in file and row order (at most the first thousand).
        more: How many further problems were found but not kept: a hostile table cannot make a
            load hold gigabytes of them.
    """

    def __init__(self, location: str, problems: Sequence[Problem], more: int = 0) -> None:
        self.location = location
        self.problems = tuple(problems)
        self.more = more
        n = len(self.problems) + more
        lines = [f"{n:,} problem{'s' if n != 1 else ''} in the tables at {location}:"]
        lines += [f"  {p}" for p in self.problems[:MAX_LISTED_PROBLEMS]]
        if n > MAX_LISTED_PROBLEMS:
            lines.append(f"  ... and {n - MAX_LISTED_PROBLEMS:,} more")
        super().__init__("\n".join(lines))

    def _init_args(self) -> tuple[Any, ...]:
        return self.location, self.problems, self.more

    def __str__(self) -> str:
        return str(self.args[0])


class ConversionError(NatodataError, ValueError):
    """Plain data that :func:`natodata.from_dict` cannot make into the record asked for.

    Attributes:
        record: The name of the record class asked for.
        problems: What is wrong, one line a field, each ending in the field's path
            (``"$.start"``), as cattrs writes them.
    """

    def __init__(self, record: str, problems: Sequence[str]) -> None:
        self.record = record
        self.problems = tuple(problems)
        super().__init__(f"cannot make {record} from that data: " + "; ".join(self.problems))

    def _init_args(self) -> tuple[Any, ...]:
        return self.record, self.problems
