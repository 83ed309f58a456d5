"""Suggestions after a miss: the name the user began or half-remembered first, each nation once."""

from __future__ import annotations

import pytest

import natodata
from natodata._lookup import KeyIndex


def country_suggestions(nato, key):
    with pytest.raises(natodata.UnknownCountryError) as error:
        nato.country(key)
    return error.value.suggestions


def operation_suggestions(nato, key):
    with pytest.raises(natodata.UnknownOperationError) as error:
        nato.operation(key)
    return error.value.suggestions


# Records by a code and names, labelled by the code, as the Alliance indexes nations.
NATIONS = [
    ("ROU", ("Romania",)),
    ("BIH", ("Bosnia and Herzegovina", "Bosnia & Herzegovina")),
    ("EST", ("Estonia",)),
    ("USA", ("United States", "United States of America")),
    ("ARE", ("United Arab Emirates",)),
]


@pytest.fixture
def index():
    return KeyIndex(NATIONS, codes=lambda r: (r[0],), names=lambda r: r[1], label=lambda r: r[0])


class TestRanking:
    def test_prefix_before_fuzzy(self, index):
        """A name that begins with the key comes before names merely spelt alike."""
        assert index.suggest("Bosnia")[0] == "Bosnia and Herzegovina"

    def test_word_before_fuzzy(self, index):
        """A name with a word beginning with each word of the key comes next."""
        assert index.suggest("Herzegovina")[0] == "Bosnia and Herzegovina"

    def test_one_suggestion_a_record(self, index):
        """A nation with two names that both match is suggested once, by its first name."""
        found = index.suggest("Untied States")
        assert found.count("United States") == 1
        assert "United States of America" not in found

    def test_limit(self, index):
        """At most *limit* suggestions."""
        assert len(index.suggest("Estnia Romnia", limit=1)) <= 1


class TestPackaged:
    def test_bosnia(self, nato):
        """ "Bosnia" suggests Bosnia and Herzegovina first."""
        assert country_suggestions(nato, "Bosnia")[0] == "Bosnia and Herzegovina"

    def test_united_states_once(self, nato):
        """ "Untied States" suggests the United States once."""
        assert country_suggestions(nato, "Untied States").count("United States") == 1

    def test_operation_is_ignored_like_the(self, nato):
        """ "sea guardian" finds Operation Sea Guardian, as "Netherlands" finds the Netherlands."""
        assert nato.operation("sea guardian").name == "Operation Sea Guardian"
        assert nato.operation("the Operation Sea Guardian").code == "OSG"

    def test_a_word_of_an_operation(self, nato):
        """A word of an operation's name suggests the operations that have it."""
        assert "Operation Sea Guardian" in operation_suggestions(nato, "guardian")

    def test_codes_as_written(self, nato):
        """A misspelt code suggests the code."""
        assert operation_suggestions(nato, "ISAFF")[0] == "ISAF"
