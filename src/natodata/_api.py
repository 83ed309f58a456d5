"""The functions at natodata's top level: loading the data, and the everyday questions."""

from __future__ import annotations

import _thread
import functools
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, overload

import attrs

from ._alliance import Alliance
from ._dates import DateLike
from ._model import Country
from ._results import ByNation, Records, group_by_country

if TYPE_CHECKING:
    from ._load import Reader
    from ._model_figures import Contribution, Coverage

# What importlib.resources calls a Traversable: a pathlib.Path is one.
Traversable = Any

__all__ = ["cite", "contributions_by_country", "coverage", "load", "personnel_by_country"]

_packaged: Alliance | None = None
_packaged_lock = _thread.allocate_lock()  # threading's own lock, without importing threading


def load(path: str | os.PathLike[str] | None = None) -> Alliance:
    """The Alliance, from the packaged dataset or from a directory of tables of the same layout.

    The packaged dataset is read, checked and built on the first call, once, and the same object is
    returned ever after (from any thread): it is immutable, so sharing it is safe.
    A directory is read afresh on every call.

    Args:
        path: A directory holding the tables (see docs/data.md); None for the packaged dataset.

    Raises:
        DataError: The tables fail validation; it lists every problem with file, row, column and
            reason, and nothing is returned.
        NotADirectoryError: *path* is a file.
        FileNotFoundError: *path* does not exist.
    """
    global _packaged  # noqa: PLW0603 - the cache of the packaged dataset
    if path is not None:
        return _load_directory(path)
    if _packaged is None:
        with _packaged_lock:
            if _packaged is None:
                from ._load import read_alliance

                found = read_alliance(_packaged_reader(), "natodata's packaged data", lazy=True)
                # A pickle of it is read back as the shared one, in any process.
                _packaged = attrs.evolve(found, restore=load)
    return _packaged


class _Packaged:
    """The packaged dataset's nations, looked up only when a key needs it (and picklable)."""

    def country(self, key: str) -> Country:
        return load().country(key)


def _packaged_reader() -> Reader:
    """Read the packaged tables through the package's own loader, never a filesystem path.

    A package's loader (the file-system one, zipimport's, most others) reads its resources with
    ``get_data``, which is also what importlib.resources does underneath; going to it directly
    spares every first load the import of importlib_resources.
    A loader without ``get_data`` is read through ``importlib_resources.files``.
    """
    spec = sys.modules[__package__].__spec__
    loader = getattr(spec, "loader", None)
    locations = getattr(spec, "submodule_search_locations", None)
    if loader is None or not hasattr(loader, "get_data") or not locations:
        return _resource_reader()
    data = os.path.join(next(iter(locations)), "data")  # noqa: PTH118 - a loader path, not a file

    def read(name: str, limit: int) -> bytes | None:
        try:
            found: bytes = loader.get_data(os.path.join(data, name))  # noqa: PTH118 - as above
        except OSError:
            return None
        return found[:limit]

    return read


def _resource_reader() -> Reader:
    import importlib_resources

    data = importlib_resources.files("natodata").joinpath("data")
    return functools.partial(_read_traversable, data)


def _read_traversable(directory: Traversable, name: str, limit: int) -> bytes | None:
    """At most *limit* bytes of a table, None if it is missing.

    Raises:
        OSError: Something other than a readable file is there (a directory, a FIFO, a loop of
            symbolic links); its message says which.
    """
    resource = directory.joinpath(name)
    if isinstance(resource, os.PathLike):
        import pathlib

        path = pathlib.Path(os.fspath(resource))
        _check_regular_file(str(path))
        try:
            with path.open("rb") as stream:
                return _read_to(stream, limit)
        except FileNotFoundError:
            return None
    if not resource.is_file():
        return None
    with resource.open("rb") as stream:
        return _read_to(stream, limit)


def _read_to(stream: BinaryIO, limit: int) -> bytes:
    """At most *limit* bytes of an open file.

    ``read(limit)`` would set aside *limit* bytes first, however small the file: ask for its size,
    and read on past it only if it grew since.
    """
    size = _size(stream)
    data: bytes = stream.read(limit if size is None else min(limit, size + 1))
    if size is not None and len(data) > size:
        data += stream.read(limit - len(data))
    return data


def _size(stream: BinaryIO) -> int | None:
    """The size of an open file, or None where the stream cannot tell (a file in a zip)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError
        return None


def _check_regular_file(path: str) -> None:
    """Refuse, with a reason, anything at *path* that is not a regular file; allow no file."""
    import stat

    try:
        mode = os.stat(path).st_mode  # noqa: PTH116 - one call that also follows links
    except FileNotFoundError:
        if os.path.islink(path):  # noqa: PTH114 - a link to nothing
            raise OSError(0, "it is a symbolic link to nothing") from None
        return
    except OSError as error:
        raise OSError(error.errno, f"it cannot be opened ({error.strerror})") from None
    if stat.S_ISDIR(mode):
        raise OSError(0, "it is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise OSError(0, "it is not a regular file (a FIFO, a socket or a device)")


def _load_directory(path: str | os.PathLike[str]) -> Alliance:
    import pathlib

    from ._load import read_alliance

    directory = pathlib.Path(path)
    if not directory.exists():
        raise FileNotFoundError(f"no such directory: {str(directory)!r}")
    if not directory.is_dir():
        raise NotADirectoryError(
            f"not a directory: {str(directory)!r}; give the folder of the tables"
        )
    return read_alliance(functools.partial(_read_traversable, directory), str(directory))


@overload
def contributions_by_country(
    operation: str, *, on: DateLike | None = None, alliance: Alliance | None = None
) -> ByNation[tuple[Contribution, ...]]: ...
@overload
def contributions_by_country(
    operation: Iterable[Contribution],
) -> ByNation[tuple[Contribution, ...]]: ...
def contributions_by_country(
    operation: str | Iterable[Contribution],
    *,
    on: DateLike | None = None,
    alliance: Alliance | None = None,
) -> ByNation[tuple[Contribution, ...]]:
    """Contributions grouped by nation: for an operation on a date, or for any rows you have.

    Given an operation, the figure for each nation on the day *on* is taken from the latest table
    dated on or before that day which lists the nation.
    A table is the set of rows one source gives for the operation on one date.
    A nation missing from a later complete table (one whose source lists every contributor) had
    left, and is not in the answer: no stale figure survives a withdrawal.
    On one date a complete table outranks a partial one.

    Given an iterable of contributions instead, it only groups them, keeping their order.

    The answer can be asked for by any key of a nation: ``by_country["Norway"]`` is
    ``by_country["NOR"]``.

    Args:
        operation: An operation's code or name, or an iterable of Contribution rows.
        on: The day (None means today); only with an operation.
        alliance: The dataset to ask (None means the packaged one); only with an operation.

    Returns:
        An immutable mapping from alpha-3 code to that nation's rows, in code order; empty when
        the data speaks for the day and no row is in force.

    Raises:
        UnknownOperationError: No operation has that code or name.
        NoDataError: The day is before the operation began, after it ended, or before its first
            table: the data cannot say, which is not the same as nobody contributing.
        TypeError: *on* is not a date (see docs/reliability.md for the forms it takes).
    """
    if isinstance(operation, str):
        return (alliance or load()).contributions_by_country(operation, on=on)
    if on is not None or alliance is not None:
        raise TypeError("on= and alliance= go with an operation, not with rows already chosen")
    return group_by_country(operation, _Packaged())


def personnel_by_country(
    operation: str, on: DateLike | None = None, *, alliance: Alliance | None = None
) -> ByNation[int]:
    """Each nation's personnel in an operation on a date, largest first.

    The figures follow the rule of :func:`contributions_by_country`; a nation's rows on that date
    are added up. A nation whose rows give 0 people is in the answer with 0; one whose rows count
    no people at all (an airlift, say) is left out.

    >>> import natodata
    >>> isaf = natodata.personnel_by_country("ISAF", on="2007-03-29")
    >>> isaf["Norway"] == isaf["NO"] == isaf["NOR"]
    True

    Args:
        operation: An operation's code or name.
        on: The day; None means today.
        alliance: The dataset to ask; None means the packaged one.

    Raises:
        UnknownOperationError: No operation has that code or name.
        NoDataError: The day is outside the operation's dates or before its first table.
    """
    return (alliance or load()).personnel_by_country(operation, on=on)


def coverage(*, alliance: Alliance | None = None) -> Records[Coverage]:
    """Which operations have contribution tables, from when to when, and how complete they are.

    Args:
        alliance: The dataset to ask; None means the packaged one.

    >>> import natodata
    >>> isaf = next(c for c in natodata.coverage() if c.operation == "ISAF")
    >>> isaf.first.year, isaf.last.year, isaf.checked >= 6
    (2007, 2014, True)
    """
    return (alliance or load()).coverage()


def cite(style: Literal["text", "bibtex"] = "text") -> str:
    """How to cite natodata: the software and the data version you used, as text or BibTeX.

    Cite the sources of the figures you use as well (:meth:`Alliance.cite`).

    >>> import natodata
    >>> natodata.cite().startswith("The natodata developers. natodata:")
    True
    """
    from ._cite import dataset_citation

    return dataset_citation(style)
