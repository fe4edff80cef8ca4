"""Publication timestamp and headline from an article's header."""

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline.extraction.document import parse_timestamp, read_document


@pytest.mark.parametrize("header, expected", [
    ("By The Daily Wire | Created at 2025-03-17 09:54:27 | Updated at 2025-03-17 21:04:03 11 hours ago",
     datetime(2025, 3, 17, 9, 54, 27)),
    ("March 26, 2025 5:03 AM", datetime(2025, 3, 26, 5, 3)),
    ("March 26, 2025 5:03 PM", datetime(2025, 3, 26, 17, 3)),
    ("11 March 2025, 18:12 | Updated: 12 March 2025, 08:00", datetime(2025, 3, 11, 18, 12)),
    ("12 Mar 2025, 03:17 GMT+10", datetime(2025, 3, 12, 3, 17, tzinfo=timezone(timedelta(hours=10)))),
    ("2025-03-17T09:54:27Z", datetime(2025, 3, 17, 9, 54, 27, tzinfo=timezone.utc)),
    ("2025-03-17T09:54:27+02:00", datetime(2025, 3, 17, 9, 54, 27, tzinfo=timezone(timedelta(hours=2)))),
    ("Published: 2025-03-17", date(2025, 3, 17)),
    ("Updated 2025-03-18 10:00 | Published 2025-03-17 08:00", datetime(2025, 3, 17, 8, 0)),
    ("Posted Sept. 4, 2024", date(2024, 9, 4)),
    # the header styles the events engineer met on real sites
    ("By Jane Doe | Published 2024-11-04 14:20 GMT", datetime(2024, 11, 4, 14, 20, tzinfo=timezone.utc)),
    ("Nov. 4, 2024, 9:15 a.m. ET", datetime(2024, 11, 4, 9, 15, tzinfo=timezone(timedelta(hours=-5)))),
    ("June 4, 2024, 9:15 a.m. ET", datetime(2024, 6, 4, 9, 15, tzinfo=timezone(timedelta(hours=-4)))),
    ("Updated: 5 November 2024 07:31 CET", datetime(2024, 11, 5, 7, 31, tzinfo=timezone(timedelta(hours=1)))),
    ("Updated 2024-07-05 07:31 CEST", datetime(2024, 7, 5, 7, 31, tzinfo=timezone(timedelta(hours=2)))),
    ("Published: 4 November 2024 07:31 CET | Updated: 5 November 2024 09:00 CET",
     datetime(2024, 11, 4, 7, 31, tzinfo=timezone(timedelta(hours=1)))),
    ("2025-06-16T11:05:00+08:00", datetime(2025, 6, 16, 11, 5, tzinfo=timezone(timedelta(hours=8)))),
    ("Posted on March 26, 2025 at 5:03 PM", datetime(2025, 3, 26, 17, 3)),
    ("Mon 17 Mar 2025 09.54 GMT", datetime(2025, 3, 17, 9, 54, tzinfo=timezone.utc)),
    ("Mon 17 Mar 2025 09.54 BST", datetime(2025, 3, 17, 9, 54, tzinfo=timezone(timedelta(hours=1)))),
    ("17/03/2025 09:54", datetime(2025, 3, 17, 9, 54)),
    ("03/17/2025 09:54", datetime(2025, 3, 17, 9, 54)),
    ("17.03.2025 09:54 JST", datetime(2025, 3, 17, 9, 54, tzinfo=timezone(timedelta(hours=9)))),
])
def test_header_timestamps(header, expected):
    info = read_document(f"Envoys Meet Over Border Dispute\n\n{header}\n\nThe envoys met on Sunday.\n")
    assert info.published == expected
    if isinstance(expected, datetime):
        assert info.published.utcoffset() == expected.utcoffset()
    assert info.published_source == "header"
    assert info.headline == "Envoys Meet Over Border Dispute"


def test_updated_stamp_is_the_anchor_only_without_a_published_one():
    text = "Envoys Meet\nUpdated: 5 November 2024 07:31 CET\nPublished: 4 November 2024 18:00 CET\nThe envoys met.\n"
    assert read_document(text).published == datetime(2024, 11, 4, 18, 0, tzinfo=timezone(timedelta(hours=1)))
    info = read_document("Envoys Meet\nUpdated: 5 November 2024 07:31 CET\nThe envoys met on Sunday.\n")
    assert info.published == datetime(2024, 11, 5, 7, 31, tzinfo=timezone(timedelta(hours=1)))
    assert info.tz == timezone(timedelta(hours=1)) and info.headline == "Envoys Meet"


@pytest.mark.parametrize("header", ["03/04/2025 09:54", "Published 05/06/2025"])
def test_ambiguous_numeric_dates_are_not_guessed(header):
    assert read_document(f"Envoys Meet\n{header}\nThe envoys met on Sunday.\n").published is None


@pytest.mark.parametrize("body, published", [
    ("The envoys met on Sept. 11 in Doha, officials said.", datetime(2025, 9, 12, 19, 25)),
    ("The envoys met on December 11 in Doha, officials said.", datetime(2025, 12, 9, 19, 25)),
])
def test_an_ambiguous_numeric_date_is_read_by_the_month_the_body_names(body, published):
    """12/09/2025 is September 12 in a report of "Sept. 11" and December 9 in one of "December 11"."""
    assert read_document(f"Envoys Meet\nPublished: 12/09/2025 - 19:25\n{body}\n").published == published


def test_an_ambiguous_numeric_date_is_read_by_the_weekday_the_body_names():
    """No month in the body: 12/09/2025 is Friday September 12 (Tuesday December 9 the other way)."""
    text = "Prisoners Freed\nPublished: 12/09/2025 - 19:25\nThe opposition leader met the freed men on Friday.\n"
    assert read_document(text).published == datetime(2025, 9, 12, 19, 25)


def test_an_ambiguous_numeric_date_stays_unread_when_the_body_names_both_months():
    text = "Envoys Meet\n03/04/2025 09:54 GMT\nThe envoys met on April 2 and again on March 30, officials said.\n"
    assert read_document(text).published is None


@pytest.mark.parametrize("body, published", [
    ("Jeddah, Rabi' I 10, 1448, September 21, 2026, SPA -- The minister met his counterpart on Sunday.",
     date(2026, 9, 21)),
    ("WASHINGTON, March 21, 2025 (Reuters) - The envoys met on Friday, officials said.", date(2025, 3, 21)),
    ("MOSCOW, June 5. /TASS/. The ministers held talks on Thursday, the ministry said.", None),
    ("In Geneva, the envoys met on March 3, 2025 to agree a truce, officials said.", None),
])
def test_a_dateline_with_its_year_dates_the_article(body, published):
    """No stamp in the header: a dateline that gives the year is the publication date; one without a year
    says nothing of the year, and a date inside a sentence is an event's."""
    assert read_document(f"Ministers Meet\n\n{body}\n").published == published


def test_zone_is_kept():
    info = read_document("Ministers Agree\n12 Mar 2025, 03:17 GMT+10\nBody text follows here.\n")
    assert info.tz == timezone(timedelta(hours=10))


def test_body_dates_are_not_the_publication_time():
    text = ("Ministers Agree On Truce\n\nThe ministers agreed on March 3, 2025 to a truce that began at once.\n"
            "Published 2025-03-17\n")
    info = read_document(text)
    assert info.published is None
    assert info.published_source == "unknown"
    assert info.headline == "Ministers Agree On Truce"


def test_no_header():
    info = read_document("The talks went on for hours and ended without a deal, officials said.")
    assert info.published is None and info.published_source == "unknown"
    assert info.headline is None


def test_date_in_headline_is_news():
    info = read_document("Talks Set For March 3, 2025\nNo time given\nThe talks were set.\n")
    assert info.published is None
    assert info.headline == "Talks Set For March 3, 2025"


@pytest.mark.parametrize("title, published", [
    ("Department Press Briefing – January 4, 2027\nJane Roe, Spokesperson\nWashington, DC\n2:14 p.m. EST",
     datetime(2027, 1, 4, 14, 14, tzinfo=timezone(timedelta(hours=-5), "EST"))),
    ("Remarks to the Press, Monday, 3 March 2025", date(2025, 3, 3)),
    ("Daily Briefing | 2025-06-01\n12:30", datetime(2025, 6, 1, 12, 30)),
    ("Envoys Will Meet On March 18, 2026\nBy Jane Roe", None),  # the date is the news, not set off
    # a briefing's title may give its day with "on"
    ("Foreign Ministry Spokesperson Lin Qiaoyun's Regular Press Conference on May 6, 2027", date(2027, 5, 6)),
])
def test_a_title_that_ends_in_its_date_dates_the_document(title, published):
    """Briefings and transcripts carry their date at the end of the title, set off by a dash, pipe or comma;
    a bare clock line in the header gives its time."""
    info = read_document(f"{title}\n\nMS. ROE: Good afternoon, everybody, and thank you for coming.\n")
    assert info.published == published


def test_seed(seed_text):
    info = read_document(seed_text)
    assert info.published == datetime(2025, 3, 17, 9, 54, 27)
    assert info.headline.startswith("Trump Says")


@pytest.mark.parametrize("value, expected", [
    ("2025-03-17", date(2025, 3, 17)),
    ("2025-03-17T09:54:27", datetime(2025, 3, 17, 9, 54, 27)),
    ("2025-03-17T09:54:27Z", datetime(2025, 3, 17, 9, 54, 27, tzinfo=timezone.utc)),
    (date(2025, 3, 17), date(2025, 3, 17)),
])
def test_parse_timestamp(value, expected):
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "", "17/03/2025", 12])
def test_parse_timestamp_rejects(bad):
    with pytest.raises(ValueError) as exc:
        parse_timestamp(bad)
    assert str(exc.value).endswith(".") and str(exc.value).count(". ") == 0


@pytest.mark.parametrize("header, published", [
    ("A daily report on the fourth session, Tunis, 22 February - 1 March 2027\nDay 3 | Wednesday, 24 February 2027",
     date(2027, 2, 24)),
    ("Week in review: 15-21 February 2027\nMonday, 22 February 2027", date(2027, 2, 22)),
    ("Talks from 9 to 13 November 2026\nSaturday, 14 November 2026", date(2026, 11, 14)),
])
def test_a_span_in_the_header_is_the_period_covered_not_the_publication_time(header, published):
    info = read_document(f"Forum Bulletin\n{header}\n\nDelegates met in two working groups on Wednesday.\n")
    assert info.published == published


def test_an_ambiguous_numeric_date_is_read_by_a_day_first_month_in_the_body():
    """11/05/2027 is 11 May in a wire whose dateline and body name "11 May" and "21 May" day first."""
    text = ("Delegations Meet\nAgency | 11/05/2027 | 16:32\n"
            "Lima, 11 May (Agency).- The delegations will meet again before 21 May, sources said.\n")
    assert read_document(text).published == date(2027, 5, 11)


def test_a_headline_that_asks_does_not_end_the_header():
    text = ("OPINION\n\nTalks stalled again. Can the envoys still save the truce?\n\nBy Jane Roe\n"
            "Published 3 June 2027\n\nThe envoys met on Monday, officials said.\n")
    info = read_document(text)
    assert info.published == date(2027, 6, 3)


@pytest.mark.parametrize("closing, published", [
    ("Done at Gaborone, this 4th day of June 2027.", date(2027, 6, 4)),
    ("Done at Addis Ababa, 14 May 2027", date(2027, 5, 14)),
    ("Issued in Nairobi on 2 March 2027.", date(2027, 3, 2)),
    ("Signed at Luanda, June 5, 2027", date(2027, 6, 5)),
])
def test_a_communique_is_dated_by_its_closing_line(closing, published):
    text = ("STATE HOUSE\nPRESS RELEASE\n\nThe President on Monday received the envoys of both parties to the talks.\n\n"
            f"The talks resume in July.\n\n{closing}\n\nOffice of the Spokesperson\n")
    assert read_document(text).published == published


def test_a_date_line_in_the_body_is_not_a_closing_line():
    text = ("Envoys Meet\n\nThe envoys met on Monday.\n\nThe treaty was done at Geneva on 2 March 2019.\n\n"
            + "More paragraphs follow here.\n" * 10)
    assert read_document(text).published is None


def test_a_date_line_later_than_the_updated_stamp_is_content_not_the_header():
    # a programme page dated by its "Updated" line, whose first entry is headed by a later day
    text = ("Ministry of Foreign Affairs of Latvia\nProgramme of the Minister\nUpdated 9 March 2028\n\n"
            "Coming up\n\nFriday 10 March 2028\nThe minister opens a conference on Black Sea security in Riga.\n")
    assert read_document(text).published == date(2028, 3, 9)
