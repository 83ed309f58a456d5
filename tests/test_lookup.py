"""Finding a record by a key: folding, the two tiers, and the suggestions after a miss."""

from __future__ import annotations

import pytest

import natodata
from natodata._lookup import MAX_KEY_LENGTH, MEMO_SIZE, KeyIndex, normalize

# (code, names): a stand-in for a record, so the index is tested on keys chosen for the rule.
RECORDS = [
    ("NOR", ("Norway",)),
    ("ISAF", ("International Security Assistance Force",)),
    ("BIH", ("Bosnia and Herzegovina",)),
    ("QQQ", ("Oxo",)),
    ("AB", ("Ab",)),
]


def index(records=RECORDS):
    return KeyIndex(records, codes=lambda r: (r[0],), names=lambda r: r[1], label=lambda r: r[0])


class TestNormalize:
    """Keys are folded: no case, accents, punctuation, spaces or leading "the"."""

    @pytest.mark.parametrize(
        ("key", "folded"),
        [
            ("the Netherlands", "netherlands"),
            ("The Gambia", "gambia"),
            ("  the United Kingdom ", "unitedkingdom"),
            ("Türkiye", "turkiye"),
            ("U.K.", "uk"),
            ("Bosnia and Herzegovina", "bosniaandherzegovina"),
            ("Netherlands, the", "netherlandsthe"),
            ("theatre", "theatre"),
        ],
    )
    def test_folds(self, key, folded):
        """Only a leading "the " is dropped: not a trailing one, nor "the" inside a word."""
        assert normalize(key) == folded

    def test_country_with_the(self, tiny):
        """A nation asked for with a leading "the" is found."""
        assert natodata.load(tiny()).country("the United Kingdom").code == "GBR"


class TestSuggest:
    """After a miss, the closest keys as written, best first, at most *limit* of them."""

    def test_close_name(self):
        """A misspelt name suggests the name, and nothing that is merely not close."""
        assert index().suggest("Norwey") == ("Norway",)

    def test_prefix_that_is_not_close(self):
        """A name that the key begins is suggested, though too long to be close."""
        assert index().suggest("bos") == ("Bosnia and Herzegovina",)

    def test_close_and_prefix_once(self):
        """A name both close and begun by the key is suggested once."""
        assert index().suggest("nor") == ("Norway",)

    def test_three_letter_names_are_words(self):
        """A name of three letters is suggested (Oxo for "oxa")."""
        assert index().suggest("oxa") == ("Oxo",)

    def test_short_names_and_codes_are_not(self):
        """Names of two letters and codes of three (a nation's alpha-3) are never suggested."""
        assert index().suggest("a") == ()
        assert index().suggest("nrr") == ()

    def test_long_codes_are_words(self):
        """Codes of four letters or more (operations') are suggested."""
        assert index().suggest("isa") == ("ISAF",)

    def test_limit_of_close_names(self):
        """Five close names, none begun by the key: a limit of five gives all five."""
        names = [(f"X{c}", (f"Norw{c}x",)) for c in "abcde"]
        assert len(index(names).suggest("norwzx", 5)) == 5
        assert len(index(names).suggest("norwzx")) == 3

    @pytest.mark.parametrize(("limit", "count"), [(None, 3), (1, 1), (2, 2), (5, 5)])
    def test_limit(self, limit, count):
        """At most *limit* suggestions, three unless told."""
        names = [(f"X{n}", (f"Norway{n}",)) for n in range(6)]
        found = (
            index(names).suggest("Norway")
            if limit is None
            else index(names).suggest("Norway", limit)
        )
        assert len(found) == count
        assert set(found) <= {f"Norway{n}" for n in range(6)}

    def test_names_begun_shortest_first(self):
        """Names the key begins come shortest first, not in alphabetical order."""
        names = [("NBG", ("Nordic Battlegroup",)), ("NOR", ("Norway",))]
        assert index(names).suggest("nor") == ("Norway", "Nordic Battlegroup")

    def test_words_begun(self):
        """A name with a word begun by each word of the key, though neither begun nor close."""
        assert index().suggest("secur assist") == ("International Security Assistance Force",)

    def test_words_of_two_letters_count(self):
        """A word of two letters in the key must begin a word of the name; one of one letter not."""
        assert index().suggest("bo he") == ("Bosnia and Herzegovina",)
        assert index().suggest("x he") == ("Bosnia and Herzegovina",)

    def test_hyphen_parts_are_words(self):
        """Each part of a hyphenated name is a word ("herz" begins Herzegovina)."""
        names = [("BIH", ("Bosnia-Herzegovina",))]
        assert index(names).suggest("herz") == ("Bosnia-Herzegovina",)

    def test_stop_words_in_the_key_are_ignored(self):
        """A word like "the" or "of" in the key need not begin a word of the name."""
        names = [("BIH", ("Bosnia-Herzegovina",))]
        assert index(names).suggest("the herz") == ("Bosnia-Herzegovina",)
        assert index(names).suggest("herz of") == ("Bosnia-Herzegovina",)


def casings(word, count):
    """*count* different casings of *word* (the bits of n say which letters are upper case)."""
    return [
        "".join(c.upper() if n >> i & 1 else c for i, c in enumerate(word)) for n in range(count)
    ]


class TestMemo:
    """Lookups are remembered by the key as asked, up to MEMO_SIZE keys and never more."""

    def test_bounded(self, tiny):
        """Every casing of "united kingdom" finds the United Kingdom; MEMO_SIZE of them are kept."""
        small = natodata.load(tiny())
        for key in casings("unitedkingdom", MEMO_SIZE + 100):
            assert small.country(key).code == "GBR"
        assert len(small._keys.get()._memo) == MEMO_SIZE

    def test_misses_not_kept(self, tiny):
        """A key that names nothing is not remembered: wrong keys cannot fill the memo."""
        small = natodata.load(tiny())
        small.country("Norway")
        memo = small._keys.get()._memo
        before = len(memo)
        for key in ("Atlantis", "Ruritania", "Freedonia"):
            with pytest.raises(natodata.UnknownCountryError):
                small.country(key)
        assert len(memo) == before

    def test_operations_bounded(self, tiny):
        """Operations are remembered the same way: at most MEMO_SIZE keys, codes included."""
        small = natodata.load(tiny())
        for key in casings("securityassistanceforce", MEMO_SIZE + 100):
            assert small.operation(key).code == "ISAF"
        assert len(small._keys.get()._operation_codes.get()) == MEMO_SIZE

    def test_operation_misses_not_kept(self, tiny):
        """An operation key that names nothing is not remembered."""
        small = natodata.load(tiny())
        codes = small._keys.get()._operation_codes.get()
        before = len(codes)
        for key in ("Atlantis", "Desert Storm"):
            with pytest.raises(natodata.UnknownOperationError):
                small.operation(key)
        assert len(codes) == before


class TestKeyText:
    """A lookup reads a string key of up to MAX_KEY_LENGTH characters."""

    def test_longest_key_read(self, tiny):
        """A key of exactly MAX_KEY_LENGTH characters is read; one more is refused unread."""
        small = natodata.load(tiny())
        key = "Norway".ljust(MAX_KEY_LENGTH)
        assert small.country(key).code == "NOR"
        with pytest.raises(natodata.UnknownCountryError):
            small.country(key + " ")

    @pytest.mark.parametrize("ask", ["country", "operation"])
    def test_not_a_string(self, tiny, ask):
        """A key of another type is a TypeError naming ``key`` and the type given."""
        small = natodata.load(tiny())
        with pytest.raises(
            TypeError, match=r"^key must be a string \(a code or a name\), got list$"
        ):
            getattr(small, ask)(["NOR"])
