"""What queries return: :class:`Records` (a tuple) and :class:`ByNation` (a read-only mapping).

They behave exactly as a tuple and a mapping do, and add a display and a way out to a DataFrame.
They are core types: the renderer and the exporters are imported only when a result is shown or
exported, so loading and querying never import either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, SupportsIndex, TypeVar, overload

if TYPE_CHECKING:
    import pandas
    import polars

    from ._model_figures import Contribution

__all__ = ["ByNation", "Records", "group_by_country"]

T = TypeVar("T", covariant=True)  # noqa: PLC0105 - a result's items are only read
D = TypeVar("D")
if TYPE_CHECKING:
    # A bare ``ByNation`` is one of the two kinds of answer by nation (PEP 696 default).
    from typing_extensions import TypeVar as _DefaultTypeVar

    V = _DefaultTypeVar(  # noqa: PLC0105 - as above
        "V",
        covariant=True,
        default=int | tuple[Contribution, ...],
    )
else:
    V = TypeVar("V", covariant=True)  # noqa: PLC0105 - as above


class _Exportable:
    """A result's way out to a DataFrame."""

    __slots__ = ()

    def to_pandas(self) -> pandas.DataFrame:
        """The result as a pandas DataFrame (see :func:`natodata.to_pandas`)."""
        from ._export import to_pandas

        return to_pandas(self)  # type: ignore[arg-type] # a Records or a ByNation

    def to_polars(self) -> polars.DataFrame:
        """The result as a polars DataFrame (see :func:`natodata.to_polars`)."""
        from ._export import to_polars

        return to_polars(self)  # type: ignore[arg-type] # a Records or a ByNation


class Records(_Exportable, tuple[T, ...]):
    """A query's records: a tuple, shown as a table, and ready for a DataFrame.

    A slice of it is a result too, with the same display and exports.

    >>> import natodata
    >>> founders = natodata.load().members(on=natodata.load().founded)
    >>> len(founders), isinstance(founders, tuple), type(founders[:3]).__name__
    (12, True, 'Records')
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Records[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Records[T]:
        if isinstance(index, slice):
            return Records(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)

    def __repr__(self) -> str:
        from ._display import MAX_SHOWN, text_table

        return text_table(self, limit=MAX_SHOWN)

    def _repr_html_(self) -> str:
        from ._display import html_table

        return html_table(self)


class _Nations(Protocol):
    """Whatever resolves any key of a nation (a name, an alpha-2 code) to its record."""

    def country(self, key: str) -> _Coded: ...


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


class ByNation(_Exportable, Mapping[str, V]):
    """A query's answer by nation (alpha-3 code): a read-only mapping, shown as a table.

    It answers to any key of a nation, as lookups do: ``isaf["Norway"]``, ``isaf["NO"]`` and
    ``isaf["NOR"]`` are one figure. A known nation with no entry is a KeyError, as in a dict; a key
    that names no nation is an :class:`~natodata.UnknownCountryError`.
    """

    __slots__ = ("_items", "_nations")

    def __init__(
        self, items: Mapping[str, V] | None = None, nations: _Nations | None = None
    ) -> None:
        self._items: dict[str, V] = dict(items or {})
        self._nations = nations

    def __getitem__(self, key: str) -> V:
        try:
            return self._items[key]
        except KeyError:
            if self._nations is None or not isinstance(key, str):
                raise
        code = self._nations.country(key).code
        if code not in self._items:
            raise KeyError(key)
        return self._items[code]

    @overload
    def get(self, key: str, /) -> V | None: ...
    @overload
    def get(self, key: str, default: V | D, /) -> V | D: ...
    def get(self, key: str, default: object = None, /) -> object:
        """The entry for any key of a nation, or *default* if it has none or names none."""
        try:
            return self[key]
        except (LookupError, TypeError):
            return default

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index] # any key: a miss of any kind is False
        except (LookupError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        return self._items == dict(other) if isinstance(other, Mapping) else NotImplemented

    def __hash__(self) -> int:
        # As for dict: equal to a mapping, so not hashable.
        raise TypeError(f"unhashable type: {type(self).__name__!r}")

    def __repr__(self) -> str:
        return f"ByNation({self._items!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return ByNation, (self._items, self._nations)

    def _repr_html_(self) -> str:
        from ._display import figures_html

        return figures_html(self._items)


def group_by_country(
    contributions: Iterable[Contribution], nations: _Nations | None = None
) -> ByNation[tuple[Contribution, ...]]:
    """Contribution rows grouped by nation, in alpha-3 order, each group in the order given."""
    grouped: dict[str, list[Contribution]] = {}
    for row in contributions:
        grouped.setdefault(row.country, []).append(row)
    return ByNation({k: tuple(v) for k, v in sorted(grouped.items())}, nations)
