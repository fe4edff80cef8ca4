"""Event extraction measured end to end (real spaCy, real temporal tagger) against the hand-written gold
sets, and the seed article's must-have events."""

from datetime import date

import pytest

from timeline.extraction import extract
from timeline.management.commands.score_events import DEFAULT_DIR, FRESH2_DIR, FRESH_DIR, HELDOUT_DIR, score

FRESH3_DIR = FRESH2_DIR.parent / "gold_fresh3"
FRESH4_DIR = FRESH2_DIR.parent / "gold_fresh4"
FRESH5_DIR = FRESH2_DIR.parent / "gold_fresh5"
FRESH6_DIR = FRESH2_DIR.parent / "gold_fresh6"
FRESH7_DIR = FRESH2_DIR.parent / "gold_fresh7"
FRESH8_DIR = FRESH2_DIR.parent / "gold_fresh8"
FRESH9_DIR = FRESH2_DIR.parent / "gold_fresh9"
FRESH10_DIR = FRESH2_DIR.parent / "gold_fresh10"
FRESH11_DIR = FRESH2_DIR.parent / "gold_fresh11"
FRESH12_DIR = FRESH2_DIR.parent / "gold_fresh12"
FRESH13_DIR = FRESH2_DIR.parent / "gold_fresh13"
FRESH14_DIR = FRESH2_DIR.parent / "gold_fresh14"
FRESH15_DIR = FRESH2_DIR.parent / "gold_fresh15"
FRESH16_DIR = FRESH2_DIR.parent / "gold_fresh16"


# Each gold set with floors honestly below what the extractor reaches (`manage.py score_events DIR --errors`
# shows the figures and every miss). tests/gold was tuned on; tests/gold_heldout was written before the
# second round of rules, tests/gold_fresh before the third, tests/gold_fresh2 before the fourth and
# tests/gold_fresh3 before the fifth, tests/gold_fresh4 before the sixth, tests/gold_fresh5 before the seventh
# and tests/gold_fresh6 before the eighth, tests/gold_fresh7 before the tenth, tests/gold_fresh8 before the
# eleventh, tests/gold_fresh9 before the twelfth,
# tests/gold_fresh10 before the thirteenth, tests/gold_fresh11 before the fourteenth, tests/gold_fresh12 before
# the fifteenth, tests/gold_fresh13 before the seventeenth, tests/gold_fresh14 before the eighteenth and
# tests/gold_fresh16 before the nineteenth (their
# READMEs say how far they were read since). Never raise a figure by special-casing one of
# these texts.
FLOORS = {
    "gold": dict(dir=DEFAULT_DIR, articles=12, gold_events=30, recall=0.85, date_precision=0.93, wrong_dates=2,
                 status=0.9, merge_accuracy=0.98, merge_precision=0.85, merge_recall=0.8, unmatched=4),
    "heldout": dict(dir=HELDOUT_DIR, articles=12, gold_events=80, recall=0.76, date_precision=0.97,
                    wrong_dates=2, status=0.9, merge_accuracy=0.99, merge_precision=0.9, merge_recall=0.7,
                    unmatched=5),
    "fresh": dict(dir=FRESH_DIR, articles=8, gold_events=50, recall=0.78, date_precision=0.97, wrong_dates=1,
                  status=0.92, merge_accuracy=0.98, merge_precision=0.9, merge_recall=0.5, unmatched=5),
    # written before the fourth round and scored once (0.810 recall), then used for its development
    "fresh2": dict(dir=FRESH2_DIR, articles=8, gold_events=60, recall=0.94, date_precision=0.97, wrong_dates=1,
                   status=0.97, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.8, unmatched=2),
    # written before the fifth round and scored once (0.703 recall), then used for its development; one AFP
    # article's header date (12/09/2025) is ambiguous, so its events have no anchor and count as misses
    "fresh3": dict(dir=FRESH3_DIR, articles=8, gold_events=60, recall=0.78, date_precision=0.97, wrong_dates=1,
                   status=0.97, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.7, unmatched=3),
    # written before the sixth round and scored once (0.765 recall), then used for its development
    "fresh4": dict(dir=FRESH4_DIR, articles=8, gold_events=60, recall=0.9, date_precision=0.97, wrong_dates=1,
                   status=0.97, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.85, unmatched=3),
    # written before the seventh round in other registers (analysis, live blogs, press releases, an explainer) and
    # scored once (0.839 recall), then used for its development; one live-blog clock time is dated by the tagger
    # to the day the previous entry named
    "fresh5": dict(dir=FRESH5_DIR, articles=8, gold_events=60, recall=0.9, date_precision=0.97, wrong_dates=1,
                   status=0.97, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.75, unmatched=12),
    # written before the eighth round in the styles of state and non-Western agencies (Xinhua, TASS, Anadolu, SPA,
    # Kyodo, Yonhap, PNA) and scored once (0.772 recall), then used for its development; the SPA dateline gives no
    # publication time to the header reader, and the tagger dates one "earlier in the day" to the day named before
    "fresh6": dict(dir=FRESH6_DIR, articles=8, gold_events=55, recall=0.86, date_precision=0.95, wrong_dates=1,
                   status=0.95, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.8, unmatched=6),
    # written before the tenth round (a year boundary, agency datelines, a briefing transcript, a dated list,
    # African mediation) and scored once (0.676 recall), then used for its development; talks "running from
    # Monday to Wednesday" take the Wednesday of the verb they hang off
    "fresh7": dict(dir=FRESH7_DIR, articles=8, gold_events=70, recall=0.9, date_precision=0.97, wrong_dates=1,
                   status=0.95, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.7, unmatched=3),
    # written before the eleventh round (Latin America and the Arctic: a UN release, a readout, a digest of
    # weekday items, a weekly, a correction) and scored once (0.754 recall, merge precision 0.458), then used for
    # its development; sittings of bodies that name nobody still merge with other sittings of the same week
    "fresh8": dict(dir=FRESH8_DIR, articles=8, gold_events=65, recall=0.8, date_precision=0.92, wrong_dates=3,
                   status=0.95, merge_accuracy=0.98, merge_precision=0.75, merge_recall=0.7, unmatched=7),
    # written before the twelfth round (South and Central Asia and the Gulf: a ministry Q&A, a week-ahead diary,
    # an explainer's year-by-year list, an as-it-happened recap) and scored once (0.656 recall, 9 wrong dates),
    # then used for its development
    "fresh9": dict(dir=FRESH9_DIR, articles=8, gold_events=60, recall=0.75, date_precision=0.95, wrong_dates=2,
                   status=0.95, merge_accuracy=0.98, merge_precision=0.95, merge_recall=0.6, unmatched=10),
    # written before the thirteenth round (Eastern Europe, the Caucasus and the Balkans across New Year 2027: an agency
    # wire, an EU Council release, a NATO doorstep, a weekly newsletter, a shuttle diary, an interview, a factbox, a
    # correction) and scored once (0.677 recall, merge precision 0.857), then used for its development
    "fresh10": dict(dir=FRESH10_DIR, articles=8, gold_events=60, recall=0.8, date_precision=0.97, wrong_dates=1,
                    status=0.95, merge_accuracy=0.99, merge_precision=0.95, merge_recall=0.8, unmatched=15),
    # written before the fourteenth round (East Asia and the Pacific: a wire on a public holiday, a live page in
    # KST, a Chinese ministry press conference, a MOFA readout, a Pacific bulletin, a week in review, an almanac
    # page, an analysis) and scored once (0.729 recall, 12 wrong dates, merge precision 0.824), then used for its
    # development; one "the day before" inside a dated line counts from the day named just before it
    "fresh11": dict(dir=FRESH11_DIR, articles=8, gold_events=65, recall=0.83, date_precision=0.95, wrong_dates=2,
                    status=0.92, merge_accuracy=0.98, merge_precision=0.95, merge_recall=0.7, unmatched=14),
    # written before the fifteenth round (the Middle East and North Africa in Ramadan 2027: a State Department
    # travel note on a holiday, Anadolu, SPA with Hijri dates, IRNA at night, UN Meetings Coverage, an Arab press
    # digest, a conference's "Day 3" bulletin, a Wikipedia-like timeline table) and scored once (0.762 recall, 3
    # wrong dates, merge precision 0.667), then used for its development; sittings that name nobody on one day
    # of several conferences still merge
    "fresh12": dict(dir=FRESH12_DIR, articles=8, gold_events=80, recall=0.87, date_precision=0.97, wrong_dates=1,
                    # merge recall 0.81, then 0.76 once Hijri dates dated one more event ("talks began in Muscat on
                    # 9 Ramadan") whose pairs are not merged yet
                    status=0.95, merge_accuracy=0.99, merge_precision=0.78, merge_recall=0.74, unmatched=16),
    # written before the seventeenth round (Sub-Saharan Africa and Latin America in May 2027: an EFE wire in
    # translation with "this Monday", a State House release dated only by its closing "Done at Abuja, this 13th day
    # of May 2027", a radio transcript, an NGO situation report, a live page in WAT, an op-ed under a question
    # headline, a Senate order paper, a weekly newsletter) and scored once (0.507 recall: three articles had no
    # publication date; merge precision 0.900, recall 0.500), then used for its development; reached 0.866 recall,
    # 2 wrong dates, merge 0.972 / 0.650 / 0.481 (bodies sitting on the same day still merge by day alone)
    "fresh13": dict(dir=FRESH13_DIR, articles=8, gold_events=65, recall=0.82, date_precision=0.93, wrong_dates=3,
                    status=0.95, merge_accuracy=0.97, merge_precision=0.9, merge_recall=0.42, unmatched=17),
    # written before the eighteenth round (Europe and transatlantic diplomacy in the week of 29 November 2027: a
    # Council "Outcome of the meeting" page, a NATO press-conference transcript with "Question (outlet):" labels, a
    # dpa wire in translation, a Parliament committee summary dated "02-12-2027", a think-tank week in review with
    # day headers, a story under an update notice, a podcast episode description, a ministry calendar of dated lines)
    # and scored once (0.641 recall, 4 wrong dates, merge 0.959 / 0.848 / 0.378), then used for its development;
    # reached 0.949 recall, 3 wrong dates (the tagger reads "meet ... again on Friday" and "Friday's round" in a
    # Tuesday transcript as the Friday before), merge 0.987 / 1.000 / 0.722
    "fresh14": dict(dir=FRESH14_DIR, articles=8, gold_events=75, recall=0.9, date_precision=0.94, wrong_dates=4,
                    status=0.94, merge_accuracy=0.98, merge_precision=0.95, merge_recall=0.68, unmatched=12),
    # written before the nineteenth round (mainstream coverage of an invented Peru-Ecuador border crisis in the week
    # of 12 March 2028, weighted to status: AP, Reuters, AFP, BBC, a ministry press release, the Guardian, a live
    # page, a NYT-style story; plans "had been due to", "was called off", "has been postponed to 25 March", reported
    # speech about later days) and scored once (0.759 recall, 2 wrong dates, status 0.984, merge 0.965 / 0.850 /
    # 0.386), then used for its development; reached 0.823 recall, 1 wrong date, status 1.000, merge 0.971 / 0.978 /
    # 0.440 (the summit postponed from 18 to 25 March is one happening on two dates, never merged by date)
    "fresh16": dict(dir=FRESH16_DIR, articles=8, gold_events=75, recall=0.78, date_precision=0.95, wrong_dates=2,
                    status=0.95, merge_accuracy=0.96, merge_precision=0.9, merge_recall=0.4, unmatched=12),
    # HELD OUT: written blind at the end of round 18 in the plainest mainstream styles and scored once (0.700
    # recall, status 0.913); only its summary figures are read, and a rule that lowers them is dropped
    "fresh15": dict(dir=FRESH15_DIR, articles=8, gold_events=55, recall=0.66, date_precision=0.93, wrong_dates=3,
                    status=0.9, merge_accuracy=0.97, merge_precision=0.9, merge_recall=0.6, unmatched=15),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def gold(request):
    floors = FLOORS[request.param]
    return floors, score(floors["dir"])


def test_gold_set_is_big_enough(gold):
    floors, figures = gold
    assert figures["articles"] >= floors["articles"] and figures["gold_events"] >= floors["gold_events"]


def test_event_recall_floor(gold):
    floors, figures = gold
    assert figures["event_recall"] >= floors["recall"], figures["_misses"]


def test_dates_are_right(gold):
    # an event on the wrong day is worse than a missing one
    floors, figures = gold
    assert figures["date_precision"] >= floors["date_precision"], figures["_wrong"]
    assert figures["wrong_dates"] <= floors["wrong_dates"], figures["_wrong"]


def test_statuses(gold):
    floors, figures = gold
    assert figures["status_accuracy"] >= floors["status"], figures["_wrong_status"]


def test_merge_floor(gold):
    floors, figures = gold
    assert figures["merge_accuracy"] >= floors["merge_accuracy"], figures["_merge_errors"]
    assert figures["merge_precision"] >= floors["merge_precision"], figures["_merge_errors"]
    assert figures["merge_recall"] >= floors["merge_recall"], figures["_merge_errors"]


def test_few_unlisted_events(gold):
    floors, figures = gold
    assert figures["unmatched_events"] <= floors["unmatched"], [(a, f.title) for a, f in figures["_unmatched"]]


# --- the seed article ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_events(seed_text):
    return extract(seed_text, published="2025-03-17T09:54:27").events


def _find(events, day, *words, status=None, granularity=None):
    for e in events:
        text = (e.title + " " + e.evidence).lower()
        if e.date_start != day or not all(any(w in text for w in group) for group in words):
            continue
        if status and e.status != status or granularity and e.granularity != granularity:
            continue
        return e
    return None


@pytest.mark.parametrize("day, words, status, granularity", [
    (date(2025, 3, 11), (("talks",), ("jeddah",)), "occurred", "day"),
    (date(2025, 3, 14), (("witkoff",), ("putin",)), "occurred", "day"),
    (date(2025, 3, 15), (("starmer",),), "reported", "day"),
    (date(2025, 3, 18), (("putin",), ("trump", "speak", "call")), "planned", "day"),
    (date(2025, 3, 16), (("trump",),), "reported", "day"),
    (date(2025, 3, 16), (("witkoff",), ("interview",)), None, "day"),
    (date(2025, 3, 17), (("grushko",),), "reported", "day"),
    (date(2025, 3, 17), (("meet",), ("united kingdom", "uk")), "planned", "week"),
])
def test_seed_has_the_events(seed_events, day, words, status, granularity):
    found = _find(seed_events, day, *words, status=status, granularity=granularity)
    assert found is not None, [(e.date_start, e.status, e.title) for e in seed_events]


def test_seed_week_meeting_is_week_12(seed_events):
    week = _find(seed_events, date(2025, 3, 17), ("meet",), status="planned", granularity="week")
    assert week.value == "2025-W12" and week.date_end == date(2025, 3, 23)


def test_seed_nothing_on_the_previous_tuesday(seed_events):
    assert not any(e.date_start == date(2025, 3, 11) and e.anchor and "tuesday" in e.anchor.text.lower()
                   for e in seed_events)


def test_seed_evidence_is_the_text(seed_text, seed_events):
    for e in seed_events:
        assert seed_text[e.sentence_start:e.sentence_end] == e.evidence
        assert seed_text[e.trigger.start:e.trigger.end] == e.trigger.text


@pytest.mark.parametrize("start, end, value, right", [
    (date(2026, 7, 2), date(2026, 7, 3), "2026-07-02", True),  # a stretch starting on the gold's first day
    (date(2026, 7, 2), None, "2026-07-02", True),
    (date(2026, 7, 3), date(2026, 7, 4), "2026-07-02", False),
    (date(2026, 7, 1), date(2026, 7, 31), "2026-07", True),
    (date(2026, 7, 1), date(2026, 7, 3), "2026-07", False),  # a month is not its first days
])
def test_a_gold_day_is_the_first_day_of_a_stretch(start, end, value, right):
    from types import SimpleNamespace

    from timeline.management.commands.score_events import _date_right

    assert _date_right(SimpleNamespace(date_start=start, date_end=end), {"value": value}) is right
