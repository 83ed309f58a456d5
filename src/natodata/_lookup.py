"""Finding a record by any of its keys, forgiving case, accents and punctuation, never guessing."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

__all__ = ["MAX_KEY_LENGTH", "KeyIndex", "key_text", "normalize"]

T = TypeVar("T")

#: The longest key a lookup reads. The longest name in the data is under 100 characters; a longer
#: key names nothing, and is refused before it costs any folding, matching or memory.
MAX_KEY_LENGTH = 200


def key_text(key: object, argument: str) -> str | None:
    """*key* as a lookup reads it, or None if it is too long to name anything.

    Raises:
        TypeError: *key* is not a string, naming *argument*.
    """
    if not isinstance(key, str):
        raise TypeError(f"{argument} must be a string (a code or a name), got {type(key).__name__}")
    return key if len(key) <= MAX_KEY_LENGTH else None


def normalize(key: str) -> str:
    """Fold a key for matching: no case, accents, punctuation, spaces or leading "the".

    >>> normalize("Türkiye"), normalize("the Netherlands"), normalize("U.K.")
    ('turkiye', 'netherlands', 'uk')
    """
    folded = unicodedata.normalize("NFKD", key.strip()).casefold()
    folded = folded.removeprefix("the ")
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


class KeyIndex(Generic[T]):
    """Records by their codes and names.

    A code (first tier) wins over a name (second tier), so "NO" is Norway whatever other name
    folds to "no".
    A key that folds to more than one record at the same tier is ambiguous, never a guess.
    """

    __slots__ = ("_codes", "_labels", "_names")

    def __init__(
        self,
        records: Iterable[T],
        codes: Callable[[T], Iterable[str]],
        names: Callable[[T], Iterable[str]],
        label: Callable[[T], str],
    ) -> None:
        by_code: dict[str, dict[str, T]] = {}
        by_name: dict[str, dict[str, T]] = {}
        labels: dict[str, str] = {}
        for record in records:
            text = label(record)
            for tier, keys in ((by_code, codes(record)), (by_name, names(record))):
                for key in keys:
                    folded = normalize(key)
                    if folded:
                        tier.setdefault(folded, {})[text] = record
                        labels.setdefault(folded, key)
        self._codes: Mapping[str, tuple[T, ...]] = _freeze(by_code)
        self._names: Mapping[str, tuple[T, ...]] = _freeze(by_name)
        self._labels = labels

    def find(self, key: str) -> tuple[T, ...]:
        """Every record *key* could mean: one for a hit, several if ambiguous, none for a miss."""
        folded = normalize(key)
        return self._codes.get(folded) or self._names.get(folded) or ()

    def suggest(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """The known keys closest to *key*, best first, as they are written in the data."""
        import difflib  # only a miss pays for it

        folded = normalize(key)
        # Names, and codes long enough to be words (operation codes, not country codes).
        choices = [k for k in self._names if len(k) > 2] + [k for k in self._codes if len(k) > 3]
        close = difflib.get_close_matches(folded, choices, n=limit, cutoff=0.6)
        starts = [k for k in choices if folded and k.startswith(folded) and k not in close]
        return tuple(self._labels[k] for k in [*close, *starts][:limit])


def _freeze(index: dict[str, dict[str, T]]) -> Mapping[str, tuple[T, ...]]:
    return MappingProxyType({key: tuple(hits.values()) for key, hits in index.items()})
