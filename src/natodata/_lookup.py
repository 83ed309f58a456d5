"""Finding a record by any of its keys, forgiving case, accents and punctuation, never guessing."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, TypeVar

from ._lazy import Lazy

if TYPE_CHECKING:
    from ._model import Country, Source
    from ._model_operations import Operation

__all__ = ["MAX_KEY_LENGTH", "MEMO_SIZE", "KeyIndex", "Keys", "key_text", "normalize"]

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
    """Fold a key for matching: no case, accents, punctuation, spaces, leading "the" or "operation".

    >>> normalize("Türkiye"), normalize("the Netherlands"), normalize("U.K.")
    ('turkiye', 'netherlands', 'uk')
    >>> normalize("Operation Sea Guardian")
    'seaguardian'
    """
    folded = unicodedata.normalize("NFKD", key.strip()).casefold()
    folded = folded.removeprefix("the ").removeprefix("operation ")
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


class KeyIndex(Generic[T]):
    """Records by their codes and names.

    A code (first tier) wins over a name (second tier), so "NO" is Norway whatever other name
    folds to "no".
    A key that folds to more than one record at the same tier is ambiguous, never a guess.
    """

    __slots__ = ("_codes", "_labels", "_names", "_owners", "_shown")

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
        owners: dict[str, str] = {}  # the label of the first record a folded key belongs to
        shown: dict[str, str] = {}  # how a suggestion names each record: its first name
        for record in records:
            text = label(record)
            for tier, keys in ((by_code, codes(record)), (by_name, names(record))):
                for key in keys:
                    folded = normalize(key)
                    if folded:
                        tier.setdefault(folded, {})[text] = record
                        labels.setdefault(folded, key)
                        owners.setdefault(folded, text)
                        if tier is by_name:
                            shown.setdefault(text, key)
        self._codes: Mapping[str, tuple[T, ...]] = _freeze(by_code)
        self._names: Mapping[str, tuple[T, ...]] = _freeze(by_name)
        self._labels = labels
        self._owners = owners
        self._shown = shown

    def find(self, key: str) -> tuple[T, ...]:
        """Every record *key* could mean: one for a hit, several if ambiguous, none for a miss."""
        folded = normalize(key)
        return self._codes.get(folded) or self._names.get(folded) or ()

    def suggest(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """The known keys closest to *key*, best first, as they are written in the data.

        Names that begin with the key come first (shortest first), then names with a word
        beginning with each word of the key, then names that are merely spelt alike. Each record
        is suggested once, however many of its names match: by the code that matched, or else by
        its first name.
        """
        import difflib  # only a miss pays for it

        folded = normalize(key)
        # Names, and codes long enough to be words (operation codes, not country codes).
        choices = [k for k in self._names if len(k) > 2] + [k for k in self._codes if len(k) > 3]
        starts = sorted((k for k in choices if folded and k.startswith(folded)), key=len)
        wanted = [word for word in _words(key) if len(word) > 1]  # "a" begins too many words
        worded = [
            k
            for k in choices
            if wanted and all(any(w.startswith(x) for w in _words(self._labels[k])) for x in wanted)
        ]
        close = difflib.get_close_matches(folded, choices, n=len(choices), cutoff=0.6)
        found: dict[str, str] = {}
        for k in [*starts, *worded, *close]:
            owner = self._owners[k]
            # A code as written ("ISAF"); a name as the record's first name ("Türkiye").
            shown = self._labels[k] if k in self._codes else self._shown.get(owner, self._labels[k])
            found.setdefault(owner, shown)
        return tuple(found.values())[:limit]


# Words a name may have that say nothing of which record it is.
_STOP_WORDS = frozenset({"the", "of", "and", "operation", "nato"})


def _words(text: str) -> list[str]:
    """The folded words of *text* that tell records apart."""
    folded = (normalize(word) for word in text.replace("-", " ").split())
    return [w for w in folded if w and w not in _STOP_WORDS]


def _freeze(index: dict[str, dict[str, T]]) -> Mapping[str, tuple[T, ...]]:
    return MappingProxyType({key: tuple(hits.values()) for key, hits in index.items()})


#: Lookups remembered by the exact key asked, so a repeated lookup skips folding the key.
MEMO_SIZE = 4096


class Keys:
    """Countries, operations and sources by every key they are looked up by.

    Codes as written ("NOR", "NO", "ISAF") are found in a plain dict; the index that folds case,
    accents and punctuation is built the first time a key needs it.
    """

    __slots__ = (
        "_codes",
        "_folded",
        "_memo",
        "_operation_codes",
        "_operation_records",
        "_operations",
        "_records",
        "_sources",
    )

    def __init__(
        self,
        countries: Sequence[Country],
        operations: Callable[[], Sequence[Operation]],
        sources: Callable[[], Iterable[Source]],
    ) -> None:
        """Index *countries* now; *operations* and *sources* are asked for when a key needs them."""
        self._records = countries
        self._codes: dict[str, tuple[Country, ...]] = {}
        for country in countries:
            for code in (country.code, country.alpha_2, country.numeric):
                self._codes[code] = (country,)
        self._folded: Lazy[KeyIndex[Country]] = Lazy(self._fold_countries)
        self._operation_records = Lazy(operations)
        self._operations: Lazy[KeyIndex[Operation]] = Lazy(self._fold_operations)
        # Operation codes as written, then every other key once it has been asked.
        self._operation_codes: Lazy[dict[str, tuple[Operation, ...]]] = Lazy(
            lambda: {o.code: (o,) for o in self._operation_records.get()}
        )
        self._sources: Lazy[Mapping[str, Source]] = Lazy(
            lambda: MappingProxyType({s.id: s for s in sources()})
        )
        self._memo: dict[str, tuple[Country, ...]] = {}

    @property
    def sources(self) -> Mapping[str, Source]:
        """The sources by id."""
        return self._sources.get()

    def _fold_countries(self) -> KeyIndex[Country]:
        return KeyIndex(
            self._records,
            codes=lambda c: (
                c.code,
                c.alpha_2,
                c.numeric,
                f"numeric:{c.numeric}",
                *(() if c.cow is None else (f"cow:{c.cow}",)),
            ),
            names=lambda c: (c.name, *c.other_names),
            label=lambda c: c.code,
        )

    def _fold_operations(self) -> KeyIndex[Operation]:
        return KeyIndex(
            self._operation_records.get(),
            codes=lambda o: (o.code,),
            names=lambda o: (o.name,),
            label=lambda o: o.code,
        )

    def operations(self, key: str) -> tuple[Operation, ...]:
        """Every operation *key* could mean, by code as written or by folded code or name."""
        codes = self._operation_codes.get()
        found = codes.get(key)
        if found is None:
            found = self._operations.get().find(key)
            if found and len(codes) < MEMO_SIZE:
                codes[key] = found
        return found

    def suggest_operation(self, key: str) -> tuple[str, ...]:
        """The operation codes and names closest to *key*."""
        return self._operations.get().suggest(key)

    def countries(self, key: str) -> tuple[Country, ...]:
        """Every country *key* could mean (see KeyIndex.find), remembered by the key as asked."""
        found = self._codes.get(key) or self._memo.get(key)
        if found is None:
            found = self._folded.get().find(key)
            if found and len(self._memo) < MEMO_SIZE:
                self._memo[key] = found
        return found

    def suggest_country(self, key: str) -> tuple[str, ...]:
        """The country names closest to *key*."""
        return self._folded.get().suggest(key)
