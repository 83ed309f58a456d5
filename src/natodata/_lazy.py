"""A value built on first use, once, whichever thread asks first.

Nothing is built when the data is loaded: a program that only counts members never pays for the
contribution indexes.
"""

from __future__ import annotations

import _thread
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Lazy"]

T = TypeVar("T")


class Lazy(Generic[T]):
    """A value built by *build* the first time it is asked for, then shared by every thread."""

    __slots__ = ("_build", "_lock", "_value")

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = _thread.allocate_lock()  # as threading.Lock(), without importing threading
        self._value: T | None = None

    @property
    def built(self) -> bool:
        """Whether the value has been built."""
        return self._value is not None

    def get(self) -> T:
        """The value, built now if no one has asked before."""
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._build()
        return value
