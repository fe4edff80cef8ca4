"""Any text and any anchor: find_timexes and extract never crash, and every value is a TIMEX3 value."""

from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extraction.values import is_timex3_value

_WORDS = ["on", "Tuesday", "last", "next", "this", "week", "weekend", "March", "May", "3", "11", "2025", "1990s",
          "ago", "two", "days", "a", "year", "earlier", "later", "quarter", "third", "fiscal", "the", "past",
          "every", "Monday", "daily", "10", "a.m.", "p.m.", "EST", "noon", "midnight", "summer", "Christmas",
          "tonight", "yesterday", "will", "met", "said", "that", "he", "would", "-", ",", ".", "'s", "century",
          "19th", "23-25", "between", "and", "from", "to", "now", "recently", "soon", "for", "years", "hours",
          "30-day", "early", "late", "mid-", "Dec.", "Jan.", "1/2", "half", "first", "of", "morning", "night"]

anchors = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31),
                 timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=10)),
                                            timezone(timedelta(hours=-5))])),
)
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join),
)


def _check(timexes, text):
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.value is not None:
            assert is_timex3_value(t.value), t.value
        if t.end_value is not None:
            assert is_timex3_value(t.end_value), t.end_value
        if not t.resolved:
            assert t.value is None or t.type in ("DURATION", "SET")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, anchor=anchors)
def test_find_timexes_never_crashes(text, anchor):
    from timeline.extraction import nlp
    from timeline.extraction.timex import find_timexes

    _check(find_timexes(nlp.parse(text), anchor), text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, anchor=anchors)
def test_extract_never_crashes(text, anchor):
    from timeline.extraction.pipeline import extract

    result = extract(text, anchor)
    if result.error is None:
        _check(result.timexes, text)
