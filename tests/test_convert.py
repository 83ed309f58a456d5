"""Records to plain data and back: the one cattrs converter, checked as a round trip."""

from __future__ import annotations

import calendar
import datetime as dt
import json

import hypothesis
import hypothesis.strategies as st
import pytest

import natodata
from natodata import (
    Contribution,
    ContributionKind,
    ContributionRole,
    Country,
    Framework,
    MemberState,
    Operation,
    OperationKind,
    Partnership,
    Precision,
    Qualifier,
    Source,
    Strength,
)

codes3 = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)
codes2 = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
words = st.text(min_size=1, max_size=20).filter(str.strip)
free = st.text(max_size=30)
ids = st.lists(words, min_size=1, max_size=3).map(tuple)
names = st.lists(words, max_size=3).map(tuple)
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
people = st.integers(min_value=0, max_value=10**6)
precisions = st.sampled_from(Precision)


@st.composite
def dated(draw, edge="first"):
    """A date and its precision as the data holds them: the first (or last) day of its period."""
    precision = draw(precisions)
    day = draw(days)
    if precision is Precision.YEAR:
        day = dt.date(day.year, 1, 1) if edge == "first" else dt.date(day.year, 12, 31)
    elif precision is Precision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        day = day.replace(day=1 if edge == "first" else last)
    return day, precision


@st.composite
def periods(draw, *, optional_start=False):
    """A start and an end, each with its precision, the end never before the start."""
    none = st.just((None, None))
    start, start_precision = draw(none | dated() if optional_start else dated())
    end, end_precision = draw(none | dated("last"))
    hypothesis.assume(start is None or end is None or start <= end)
    return start, start_precision, end, end_precision


@st.composite
def sources(draw):
    published, precision = draw(st.just((None, None)) | dated())
    return Source(
        id=draw(words),
        title=draw(words),
        publisher=draw(words),
        url="https://" + draw(st.from_regex(r"[a-z]{1,10}\.org/[a-z0-9]{0,10}", fullmatch=True)),
        published=published,
        published_precision=precision,
        complete=draw(st.booleans()),
    )


def country_fields(draw):
    return {
        "code": draw(codes3),
        "alpha_2": draw(codes2),
        "numeric": draw(st.from_regex(r"[0-9]{3}", fullmatch=True)),
        "cow": draw(st.none() | st.integers(min_value=2, max_value=999)),
        "name": draw(words),
        "other_names": draw(names),
        "sources": draw(ids),
    }


@st.composite
def countries(draw):
    return Country(**country_fields(draw))


@st.composite
def members(draw):
    return MemberState(
        **country_fields(draw),
        joined=draw(days),
        founding=draw(st.booleans()),
        notes=draw(free),
    )


@st.composite
def operations(draw):
    start, start_precision, end, end_precision = draw(periods())
    return Operation(
        code=draw(words),
        name=draw(words),
        start=start,
        start_precision=start_precision,
        end=end,
        end_precision=end_precision,
        theatre=draw(words),
        kind=draw(st.sampled_from(OperationKind)),
        mandate=draw(names),
        predecessor=draw(st.none() | words),
        successor=draw(st.none() | words),
        description=draw(free),
        sources=draw(ids),
    )


@st.composite
def contributions(draw):
    personnel = draw(st.none() | people)
    as_of, as_of_precision = draw(dated())
    until = draw(st.none() | st.dates(min_value=as_of, max_value=dt.date(2100, 12, 31)))
    return Contribution(
        operation=draw(words),
        country=draw(codes3),
        as_of=as_of,
        as_of_precision=as_of_precision,
        personnel=personnel,
        qualifier=None if personnel is None else draw(st.sampled_from(Qualifier)),
        kind=draw(st.sampled_from(ContributionKind)),
        description=draw(free),
        source=draw(words),
        until=until,
        until_precision=None if until is None else Precision.DAY,
        role=draw(st.none() | st.sampled_from(ContributionRole)),
        evidence=draw(free),
    )


@st.composite
def strengths(draw):
    as_of, as_of_precision = draw(dated())
    return Strength(
        operation=draw(words),
        as_of=as_of,
        as_of_precision=as_of_precision,
        personnel=draw(people),
        qualifier=draw(st.sampled_from(Qualifier)),
        table_total=draw(st.booleans()),
        description=draw(free),
        source=draw(words),
    )


@st.composite
def partnerships(draw):
    start, start_precision, end, end_precision = draw(periods(optional_start=True))
    return Partnership(
        country=draw(codes3),
        framework=draw(st.sampled_from(Framework)),
        start=start,
        start_precision=start_precision,
        end=end,
        end_precision=end_precision,
        notes=draw(free),
        source=draw(words),
    )


STRATEGIES = {
    Source: sources(),
    Country: countries(),
    MemberState: members(),
    Operation: operations(),
    Contribution: contributions(),
    Strength: strengths(),
    Partnership: partnerships(),
}


class TestRoundTrip:
    def test_every_record_class_has_a_strategy(self):
        """The round trip below covers every record class the converter knows."""
        from natodata._convert import RECORDS

        assert set(STRATEGIES) == set(RECORDS)

    @pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
    @hypothesis.settings(max_examples=100, deadline=None, derandomize=True)
    @hypothesis.given(data=st.data())
    def test_structure_undoes_unstructure(self, cls, data):
        """from_dict(to_dict(r)) == r for every record class, through JSON text too."""
        record = data.draw(STRATEGIES[cls])
        plain = natodata.to_dict(record)
        assert natodata.from_dict(cls, plain) == record
        assert natodata.from_dict(cls, json.loads(json.dumps(plain))) == record

    def test_packaged_records_round_trip(self, nato):
        """Every record of the packaged dataset survives the round trip."""
        records = [
            *nato.sources(),
            *nato.countries(),
            *nato.operations(),
            *nato.contributions(),
            *nato.partnerships(),
            *(s for o in nato.operations() for s in nato.strengths(o.code)),
        ]
        for record in records:
            assert natodata.from_dict(type(record), natodata.to_dict(record)) == record


class TestPlainData:
    def test_dates_and_enums_are_plain(self, nato):
        """Dates are ISO strings, enums their values, tuples lists: JSON takes it as it is."""
        plain = natodata.to_dict(nato.operation("ISAF"))
        assert plain["start"] == "2003-08-11"
        assert plain["start_precision"] == "day"
        assert plain["kind"] == "peace_support"
        assert isinstance(plain["sources"], list)
        json.dumps(plain)

    def test_not_a_record(self, nato):
        """Only natodata's records convert."""
        with pytest.raises(TypeError, match="natodata's records"):
            natodata.to_dict(nato)
        with pytest.raises(TypeError, match="record classes"):
            natodata.from_dict(dict, {})

    def test_unknown_field_refused(self, nato):
        """Plain data with a field the record lacks is refused, not silently dropped."""
        plain = natodata.to_dict(nato.operation("ISAF")) | {"extra": 1}
        with pytest.raises(natodata.ConversionError, match="extra"):
            natodata.from_dict(Operation, plain)

    def test_record_checks_apply(self, nato):
        """A value the record refuses is refused on the way in, too."""
        plain = natodata.to_dict(nato.member("NOR")) | {"code": "nor"}
        with pytest.raises(natodata.ConversionError, match="code: expected 3 upper-case"):
            natodata.from_dict(MemberState, plain)
