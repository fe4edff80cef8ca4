"""Same-event identity: dates, actors, kinds, places, with reasons an editor can read."""

from datetime import date

from timeline.extraction.merge import MERGE_THRESHOLD, compare, date_compatibility, merge_key, same_event
from timeline.extraction.types import EventFrame, TextSpan
from timeline.extraction.values import value_span


def frame(value, kind="call", actors=("Donald Trump", "Vladimir Putin"), status="planned", location=None):
    start, end, gran = value_span(value)
    return EventFrame(title="t", kind=kind, status=status, trigger=TextSpan(0, 0, ""), anchor=None,
                      date_start=start, date_end=end, granularity=gran, value=value, actors=list(actors),
                      location=location)


def test_same_day_same_actors_same_kind_merge():
    score, reason = compare(frame("2025-03-18"), frame("2025-03-18", actors=("Putin", "Trump")))
    assert score >= MERGE_THRESHOLD
    assert "same day 2025-03-18" in reason and "shared actors" in reason


def test_two_different_days_never_merge():
    score, reason = compare(frame("2025-03-18"), frame("2025-03-11"))
    assert score == 0.0
    assert "different days" in reason


def test_day_inside_week_matches():
    score, reason = date_compatibility(frame("2025-03-20"), frame("2025-W12"))
    assert 0 < score < 1 and "falls within" in reason
    assert same_event(frame("2025-03-20", kind="meeting", actors=("United Kingdom",)),
                      frame("2025-W12", kind="meeting", actors=("United Kingdom", "France")))


def test_day_outside_week_does_not_match():
    assert compare(frame("2025-03-24"), frame("2025-W12"))[0] == 0.0


def test_weekend_inside_its_week():
    assert date_compatibility(frame("2025-03-16"), frame("2025-W11-WE"))[0] > 0
    assert date_compatibility(frame("2025-03-14"), frame("2025-W11-WE"))[0] == 0


def test_disjoint_actors_keep_apart():
    score, reason = compare(frame("2025-03-16", kind="statement", actors=("Donald Trump",), status="reported"),
                            frame("2025-03-16", kind="statement", actors=("Volodymyr Zelenskyy",),
                                  status="reported"))
    assert score == 0.0 and "speakers" in reason


def test_different_kinds_keep_apart():
    a = frame("2025-03-16", kind="statement", actors=("Donald Trump",), status="reported")
    b = frame("2025-03-16", kind="attack", actors=("Donald Trump",), status="occurred")
    assert compare(a, b)[0] == 0.0


def test_related_kinds_merge_with_shared_actors_and_place():
    a = frame("2025-03-11", kind="talks", actors=("Ukraine", "United States"), status="occurred",
              location="Jeddah, Saudi Arabia")
    b = frame("2025-03-11", kind="meeting", actors=("United States", "Ukraine"), status="occurred",
              location="Jeddah")
    score, reason = compare(a, b)
    assert score >= MERGE_THRESHOLD and "Jeddah" in reason


def test_stored_event_as_dict():
    stored = {"date_start": "2025-03-14", "date_end": "2025-03-14", "granularity": "day", "kind": "meeting",
              "actors": ["Steve Witkoff", "Vladimir Putin"], "location": "Moscow", "status": "occurred"}
    mine = frame("2025-03-14", kind="meeting", actors=("Witkoff", "Putin"), status="occurred", location="Moscow")
    assert same_event(mine, stored)


def test_merge_key_is_stable_and_canonical():
    a = frame("2025-03-18", actors=("Trump", "Putin"))
    b = frame("2025-03-18", actors=("Vladimir Putin", "Donald Trump"))
    assert merge_key(a) == merge_key(b) == "call|2025-03-18|donald trump,vladimir putin"
    assert frame("2025-03-18").date_start == date(2025, 3, 18)


def test_accents_do_not_split_actors():
    a = frame("2025-10", kind="visit", actors=("Maroš Šefčovič",), status="planned")
    b = frame("2025-10", kind="visit", actors=("Maros Sefcovic",), status="planned")
    assert same_event(a, b)


def test_day_inside_month_merges_without_actors_when_kind_and_place_agree():
    day = frame("2025-07-10", kind="meeting", actors=("Ararat Mirzoyan", "Jeyhun Bayramov"), status="occurred",
                location="Abu Dhabi")
    month = frame("2025-07", kind="talks", actors=(), status="occurred", location="Abu Dhabi")
    score, reason = compare(day, month)
    assert score >= MERGE_THRESHOLD and "place agree" in reason
    elsewhere = frame("2025-07", kind="talks", actors=(), status="occurred", location="Doha")
    assert not same_event(day, elsewhere)
    unplaced = frame("2025-07", kind="talks", actors=(), status="occurred")
    assert not same_event(day, unplaced)


def test_day_vs_day_without_actors_never_merges_across_days():
    a = frame("2025-07-10", kind="talks", actors=(), status="occurred", location="Abu Dhabi")
    b = frame("2025-07-11", kind="talks", actors=(), status="occurred", location="Abu Dhabi")
    assert compare(a, b)[0] == 0.0


def test_a_city_inside_a_country_does_not_split_a_trip():
    month = frame("2025-08", kind="summit", actors=("Narendra Modi",), location="China")
    day = frame("2025-08-31", kind="summit", actors=("Narendra Modi",), location="Tianjin")
    assert same_event(month, day)
    # a capital the tables place in another country does
    assert not same_event(frame("2025-08", kind="visit", actors=("Marco Rubio",), location="Brazil"),
                          frame("2025-08-05", kind="visit", actors=("Marco Rubio",), location="Lima"))


def test_talks_and_meeting_on_one_day_when_one_side_names_nobody():
    held = frame("2025-03-11", kind="talks", actors=(), status="occurred")
    met = frame("2025-03-11", kind="meeting", actors=("Chile", "Peru"), status="occurred")
    assert same_event(held, met)
    assert not same_event(held, frame("2025-03-11", kind="call", actors=("Chile", "Peru"), status="occurred"))


def test_related_kinds_inside_a_month_need_a_shared_place():
    trip = frame("2025-08", kind="summit", actors=("Narendra Modi",), location="China")
    met = frame("2025-08-20", kind="meeting", actors=("Wang Yi", "Narendra Modi"), status="occurred")
    score, reason = compare(trip, met)
    assert score < MERGE_THRESHOLD and "no shared place" in reason


def test_a_town_given_as_place_on_one_side_and_actor_on_the_other_is_the_place():
    arrive = frame("2025-11-17", kind="visit", actors=(), location="Lunsar")
    send = frame("2025-11-17", kind="other", actors=("African Union", "Lunsar"))
    score, reason = compare(arrive, send)
    assert score >= MERGE_THRESHOLD and "Lunsar" in reason
    # elsewhere, the town stays an actor (and a place against it keeps them apart)
    assert not same_event(frame("2025-11-17", kind="visit", actors=(), location="Makeni"), send)


def test_a_country_named_as_place_and_actor_stays_an_actor():
    hosted = frame("2025-11-17", kind="talks", actors=("Qatar",), status="occurred")
    held = frame("2025-11-17", kind="talks", actors=("Israel",), status="occurred", location="Qatar")
    assert compare(hosted, held)[0] == 0.0


def test_a_leader_partly_stands_for_the_country_whose_office_the_tables_give():
    leader = frame("2025-03-18", kind="meeting", actors=("Vladimir Putin",), status="occurred")
    country = frame("2025-03-18", kind="meeting", actors=("Russia",), status="occurred")
    score, reason = compare(leader, country)
    assert score >= MERGE_THRESHOLD and "leader and country: Vladimir Putin (Russia)" in reason
    assert compare(leader, frame("2025-03-18", kind="meeting", actors=("Ukraine",), status="occurred"))[0] == 0.0
    # a speaker is not their country: a ministry's statement and the leader's are two statements
    said = frame("2025-03-18", kind="statement", actors=("Vladimir Putin",), status="reported")
    assert not same_event(said, frame("2025-03-18", kind="statement", actors=("Russia",), status="reported"))


def test_a_day_inside_a_week_of_the_same_kind_when_one_side_names_nobody():
    held = frame("2025-11-11", kind="talks", actors=(), status="occurred")
    held.title = "Two delegations hold first direct talks"
    week = frame("2025-W46", kind="talks", actors=(), status="occurred", location="Doha")
    week.title = "Talks in Doha"
    score, reason = compare(held, week)
    assert score >= MERGE_THRESHOLD and "falls in the week" in reason
    # a month is too wide, a related kind too loose, another place is another happening
    assert not same_event(held, frame("2025-11", kind="talks", actors=(), status="occurred", location="Doha"))
    assert not same_event(held, frame("2025-W46", kind="call", actors=(), status="occurred"))
    assert not same_event(frame("2025-11-11", kind="talks", actors=(), status="occurred", location="Cairo"),
                          week)
    # within one article the writer's two datings name two sittings
    assert compare(held, week, same_article=True)[0] < MERGE_THRESHOLD


def test_a_person_their_article_ties_to_a_country_partly_stands_for_it():
    named = frame("2025-11-12", kind="meeting", actors=("Ayman Safadi",), status="occurred")
    named.affiliations = {"Ayman Safadi": "Jordan"}
    office = frame("2025-11-12", kind="meeting", actors=("Jordan",), status="occurred")
    for a, b in ((named, office), (office, named)):
        score, reason = compare(a, b)
        assert score >= MERGE_THRESHOLD and "leader and country: Ayman Safadi (Jordan)" in reason
    # without the tie (a stored event has none), a person and a country share nothing
    named.affiliations = {}
    assert compare(named, office)[0] == 0.0
    # the tie is to one country only
    named.affiliations = {"Ayman Safadi": "Jordan"}
    assert compare(named, frame("2025-11-12", kind="meeting", actors=("Egypt",), status="occurred"))[0] == 0.0


def test_trip_and_talks_with_someone_more_stay_apart():
    trip = frame("2025-06-12", kind="visit", actors=("Jonas Lind",), status="planned", location="Tallinn")
    talks = frame("2025-06-12", kind="talks", actors=("Jonas Lind", "Anna Berg"), status="occurred")
    score, reason = compare(trip, talks)
    assert score < MERGE_THRESHOLD and "someone more on one side" in reason
    # the same people on both sides: related kinds still merge
    assert same_event(frame("2025-06-12", kind="visit", actors=("Jonas Lind", "Anna Berg")),
                      frame("2025-06-12", kind="talks", actors=("Jonas Lind", "Anna Berg")))


def test_named_people_against_nobody_need_the_same_place():
    # "Grossi is expected to see Pezeshkian on Wednesday" / "experts are to meet in Muscat on Wednesday"
    pair = frame("2026-04-15", kind="meeting", actors=("Rafael Grossi", "Masoud Pezeshkian"))
    pair.actor_kinds = {"Rafael Grossi": "person", "Masoud Pezeshkian": "person"}
    experts = frame("2026-04-15", kind="meeting", actors=(), location="Muscat")
    score, reason = compare(pair, experts)
    assert score < MERGE_THRESHOLD and "named people" in reason
    assert same_event(frame("2026-04-15", kind="meeting", actors=(), location="Tehran"),
                      frame("2026-04-15", kind="meeting", actors=("Rafael Grossi", "Masoud Pezeshkian"),
                            location="Tehran"))
    # countries against nobody: two rounds of talks between the same countries on one day are rare
    assert same_event(frame("2026-04-15", kind="talks", actors=("Iran", "Oman")),
                      frame("2026-04-15", kind="talks", actors=()))


# --- round 6 -------------------------------------------------------------------------------------------

def test_a_minister_the_tables_know_stands_for_their_country():
    # "met Iran's foreign minister" in one article, "met the foreign minister, Abbas Araqchi" in another
    office = frame("2026-04-14", kind="meeting", actors=("Iran",), status="occurred")
    named = frame("2026-04-14", kind="meeting", actors=("Jonas Lind", "Abbas Araqchi"), status="occurred")
    score, reason = compare(office, named)
    assert score >= MERGE_THRESHOLD and "Abbas Araqchi (Iran)" in reason
    # a commission president and the European Union
    sign = frame("2026-01-17", kind="agreement", actors=("Ursula von der Leyen",), status="planned")
    signed = frame("2026-01-17", kind="agreement", actors=("European Union", "Brazil"), status="occurred")
    assert same_event(sign, signed)
    assert not same_event(sign, frame("2026-01-17", kind="agreement", actors=("Brazil",), status="occurred"))


def _titled(title, actors, value="2025-09-11", kind="other", location=None):
    f = frame(value, kind=kind, actors=actors, status="occurred", location=location)
    f.title = title
    return f


def test_a_happening_of_no_known_kind_named_by_the_same_thing_on_one_day():
    released = _titled("Belarus releases 31 prisoners", ("Belarus",))
    freed = _titled("Prisoners set free", ())
    score, reason = compare(released, freed)
    assert score >= MERGE_THRESHOLD and "prisoner" in reason
    # not within one article, not on another day, not about another thing, not when both name their doers
    assert compare(released, freed, same_article=True)[0] < MERGE_THRESHOLD
    assert not same_event(released, _titled("Prisoners set free", (), value="2025-09-12"))
    assert not same_event(released, _titled("Farmers drive tractors into Brussels", ()))
    assert not same_event(released, _titled("Poland frees 31 prisoners", ("Poland",)))


def test_one_person_sitting_with_two_others_is_two_sittings():
    people = {n: "person" for n in ("Winston Peters", "Sitiveni Rabuka", "Penny Wong")}
    peters = frame("2026-06-03", kind="meeting", actors=("Winston Peters", "Sitiveni Rabuka"))
    wong = frame("2026-06-03", kind="talks", actors=("Penny Wong", "Sitiveni Rabuka"), status="occurred")
    same = frame("2026-06-03", kind="meeting", actors=("Sitiveni Rabuka", "Winston Peters"), status="occurred")
    for f in (peters, wong, same):
        f.actor_kinds = people
    score, reason = compare(peters, wong)
    assert score == 0.0 and "each side names someone" in reason
    assert same_event(peters, same)  # the same two people on both sides still merge


def test_two_clock_times_in_one_article_are_two_happenings():
    talks = frame("2026-03-19T05:00", kind="talks", actors=("Ana Lima", "Rui Costa"), status="occurred")
    later = frame("2026-03-19T09:30", kind="meeting", actors=("Ana Lima", "Rui Costa"), status="occurred")
    assert compare(talks, later, same_article=True)[0] == 0.0
    assert compare(talks, later)[0] >= MERGE_THRESHOLD  # across articles the clocks may be in other zones


def test_a_month_against_a_month_with_nobody_on_one_side_needs_a_shared_place():
    # "the next round will be held in Manila in November" / "the defence chiefs are set to hold talks in November"
    nobody = frame("2026-11", kind="talks", actors=(), location="Manila")
    named = frame("2026-11", kind="talks", actors=("Japan", "South Korea"))
    score, reason = compare(nobody, named)
    assert score < MERGE_THRESHOLD and "no shared place" in reason
    # the same place still ties them
    assert same_event(nobody, frame("2026-11", kind="talks", actors=("Philippines",), location="Manila"))
    # and so does the same thing named in both titles ("Next round to be held" / "Philippines to host next round")
    titled = frame("2026-11", kind="talks", actors=())
    titled.title = "Next round to be held in Manila"
    host = frame("2026-11", kind="talks", actors=("Philippines",))
    host.title = "Philippines to host next round"
    assert same_event(titled, host)
    named.title = "Japan and South Korea to hold talks"
    assert not same_event(titled, named)


def test_talks_and_a_meeting_of_the_same_parties_within_a_week_are_one_sitting():
    talks = frame("2025-W13", kind="talks", actors=("Lars Holm", "Ivan Petrov"))
    meeting = frame("2025-03-26", kind="meeting", actors=("Ivan Petrov", "Lars Holm"))
    score, reason = compare(talks, meeting)
    assert score >= MERGE_THRESHOLD and "same parties" in reason
    # not with someone more on one side, not within a month, not inside one article
    assert compare(talks, frame("2025-03-26", kind="meeting", actors=("Ivan Petrov", "Lars Holm", "Anna Berg")))[0] \
        < MERGE_THRESHOLD
    assert compare(frame("2025-03", kind="talks", actors=("Lars Holm", "Ivan Petrov")), meeting)[0] < MERGE_THRESHOLD
    assert compare(talks, meeting, same_article=True)[0] < MERGE_THRESHOLD


def test_attacks_by_nobody_named_in_one_week_stay_apart_without_a_shared_place():
    # a week of war holds many attacks: a day inside the week is not enough when no one and no place is named
    strike = frame("2025-03-14", kind="attack", actors=(), status="occurred")
    shelling = frame("2025-W11", kind="attack", actors=(), status="occurred")
    assert compare(strike, shelling)[0] < MERGE_THRESHOLD
    assert same_event(frame("2025-03-14", kind="attack", actors=(), status="occurred", location="Kherson"),
                      frame("2025-W11", kind="attack", actors=(), status="occurred", location="Kherson"))


def test_a_meeting_on_a_day_inside_a_week_needs_titles_that_call_it_alike():
    # "a second session is to follow the following week" and "the UN Security Council met on Monday": one kind
    # in one week, but nothing in the titles says they are one sitting
    second = frame("2026-W23", kind="meeting", actors=())
    second.title = "Second session planned"
    council = frame("2026-06-01", kind="meeting", actors=("UN Security Council",), status="occurred")
    council.title = "UN Security Council meets"
    assert compare(second, council)[0] < MERGE_THRESHOLD
    # the same word on both sides still ties them
    held = frame("2026-06-04", kind="meeting", actors=("Peru", "Ecuador"), status="occurred")
    held.title = "Peru and Ecuador hold second session"
    assert same_event(second, held)
    # a side naming nobody and calling it by its kind alone ("Meeting") may be any sitting of the named side
    plain = frame("2026-W23", kind="meeting", actors=())
    plain.title = "Meeting in Geneva"
    plain.location = "Geneva"
    assert same_event(plain, frame("2026-06-02", kind="meeting", actors=("Peru", "Ecuador"), status="occurred"))
    # but not against another side naming nobody either
    officials = frame("2026-06-02", kind="meeting", actors=(), status="occurred")
    officials.title = "Conference planned"
    assert not same_event(second, officials)


def test_house_spellings_and_a_short_owner_name_do_not_split_a_body():
    oas = frame("2026-05-27", kind="meeting", actors=("Permanent Council of the Organisation of American States",),
                status="occurred")
    assert same_event(oas, frame("2026-05-27", kind="meeting", status="occurred",
                                 actors=("Permanent Council of the Organization of American States",)))
    council = frame("2026-06-01", kind="meeting", actors=("UN Security Council",), status="occurred")
    assert same_event(council, frame("2026-06-01", kind="meeting", actors=("Security Council",), status="occurred"))
    # a country's name before its body is not an owner to drop
    assert not same_event(frame("2026-06-01", kind="meeting", actors=("Norwegian Coast Guard",), status="occurred"),
                          frame("2026-06-01", kind="meeting", actors=("Russian Coast Guard",), status="occurred"))


def test_the_word_meeting_in_both_titles_is_no_shared_theme():
    # "the leaders will meet in February" (Brussels talks) / "their next meeting will be held in Ijevan in February"
    leaders = frame("2027-02", kind="meeting", actors=())
    leaders.title = "Leaders to meet"
    commissions = frame("2027-02", kind="meeting", actors=(), location="Ijevan")
    commissions.title = "Next meeting to be held in Ijevan"
    score, reason = compare(leaders, commissions)
    assert score < MERGE_THRESHOLD and "no shared place" in reason


def test_a_name_in_either_order_is_one_person():
    """'Kenji Arakawa' in a wire and 'Arakawa Kenji' in the ministry's readout: one minister."""
    wire = frame("2027-05-08", kind="meeting", actors=("Kenji Arakawa", "Zhao Mingyuan"), status="occurred")
    readout = frame("2027-05-08", kind="meeting", actors=("Arakawa Kenji", "Zhao Mingyuan"), status="occurred")
    assert same_event(wire, readout), compare(wire, readout)
    people = {"Kenji Arakawa": "person", "Arakawa Kenji": "person", "Zhao Mingyuan": "person", "Li Wei": "person"}
    wire.actor_kinds = readout.actor_kinds = people
    assert same_event(wire, readout), compare(wire, readout)  # the same two people, not one with two others
    other = frame("2027-05-08", kind="meeting", actors=("Arakawa Kenji", "Li Wei"), status="occurred")
    other.actor_kinds = people
    assert not same_event(wire, other), compare(wire, other)


def test_a_standing_body_s_sitting_is_not_talks_naming_nobody_on_the_same_day():
    """'the Council held closed consultations' (New York) and 'the talks would continue at the level of experts on
    Monday' (Vienna): a body's sitting and talks of unnamed parties share only the day."""
    council = frame("2027-02-22", kind="talks", actors=("Security Council",), status="occurred")
    council.title = "Council holds closed consultations"
    talks = frame("2027-02-22", kind="talks", actors=(), status="planned")
    talks.title = "Talks to continue"
    score, reason = compare(council, talks)
    assert score < MERGE_THRESHOLD and "standing body" in reason
    named = frame("2027-02-22", kind="meeting", actors=(), status="planned")
    named.title = "Fourth meeting of Security Council planned"  # a title naming the body is the body's sitting
    assert same_event(council, named), compare(council, named)


def test_an_arabic_name_is_one_person_by_its_first_two_links():
    """'Turki bin Fahad bin Saud' in the agency's wire and 'Prince Turki bin Fahad' in another: one minister."""
    wire = frame("2027-02-16", actors=("Turki bin Fahad bin Saud",), status="occurred")
    other = frame("2027-02-16", actors=("Mohammad-Reza Tavakoli", "Turki bin Fahad"), status="occurred")
    assert same_event(wire, other), compare(wire, other)


def test_the_word_planned_in_both_titles_is_no_shared_theme():
    # "a visit is planned for February" / "the next shuttle is planned for February": two trips of one month
    visit = frame("2027-02", kind="visit", actors=())
    visit.title = "Visit planned"
    shuttle = frame("2027-02", kind="visit", actors=())
    shuttle.title = "Next shuttle planned"
    score, reason = compare(visit, shuttle)
    assert score < MERGE_THRESHOLD and "no shared place" in reason


def test_a_standing_body_s_sitting_is_not_a_session_naming_nobody_in_the_same_week():
    """'a second session is to follow next week' and 'the Board of Governors met this week': one week, but a body's
    sitting and a session of parties named nowhere share only the week."""
    session = frame("2029-W10", kind="meeting", actors=(), status="planned")
    session.title = "Second session planned"
    board = frame("2029-W10", kind="meeting", actors=("Board of Governors",), status="occurred")
    board.title = "Board of Governors meets"
    score, reason = compare(session, board)
    assert score < MERGE_THRESHOLD and "standing body" in reason
    again = frame("2029-W10", kind="meeting", actors=(), status="planned")
    again.title = "Board of Governors to meet"  # a title naming the body is the body's sitting
    assert same_event(again, board), compare(again, board)


def test_a_title_naming_one_body_against_another_body_is_two_sittings():
    """'the drafting subcommittee will meet on Tuesday' and 'the Regional Security Council met on Tuesday': one side
    names nobody, but each names a different body."""
    sub = frame("2029-03-06", kind="meeting", actors=(), status="planned")
    sub.title = "Drafting subcommittee to meet"
    council = frame("2029-03-06", kind="meeting", actors=("Regional Security Council",), status="occurred")
    council.title = "Regional Security Council meets in Lusaka"
    score, reason = compare(sub, council)
    assert score < MERGE_THRESHOLD and "different bodies: subcommittee vs council" in reason
    # the same body in both (the nobody side's title calls it the council) stays one sitting
    same = frame("2029-03-06", kind="meeting", actors=(), status="occurred")
    same.title = "Security Council meets"
    assert same_event(same, council), compare(same, council)
    # no body named on the nobody side: nothing against the day
    plain = frame("2029-03-06", kind="meeting", actors=(), status="occurred")
    plain.title = "Ministers meet"
    assert "different bodies" not in compare(plain, council)[1]


def test_a_shared_body_that_one_side_s_own_sentence_never_names_is_another_sitting():
    """'Leaders of the bloc's defence organ met this afternoon', with the Council carried over from the paragraph, and
    'the Peace Council met in Lusaka on Wednesday': the shared body comes from elsewhere on one side."""
    organ = frame("2029-03-07", kind="meeting", actors=("Peace Council",), status="occurred", location="Lusaka")
    organ.title = "Leaders meet"
    organ.evidence = "Leaders of the bloc's defence organ met this afternoon on the fighting in the east."
    council = frame("2029-03-07", kind="meeting", actors=("Peace Council",), status="occurred", location="Lusaka")
    council.title = "Peace Council meets in Lusaka"
    council.evidence = "The Peace Council met in Lusaka on Wednesday on the fighting in the east."
    score, reason = compare(organ, council)
    assert score < MERGE_THRESHOLD and "not named in one side's own sentence" in reason
    # "the Council met this morning": the sentence names it, as a short name
    short = frame("2029-03-07", kind="meeting", actors=("Peace Council",), status="occurred", location="Lusaka")
    short.title = "Members meet"
    short.evidence = "The Council met this morning at ministerial level."
    assert same_event(short, council), compare(short, council)
    # a stored event (no sentence) is not judged by it
    stored = frame("2029-03-07", kind="meeting", actors=("Peace Council",), status="occurred", location="Lusaka")
    stored.title = "Leaders meet"
    assert same_event(stored, council), compare(stored, council)


def test_a_signing_naming_nobody_is_not_a_sitting_of_the_same_day():
    """'the two delegations plan to sign the protocol on Friday' and 'foreign ministers of the bloc met in Lima on
    Friday': one side names nobody and only one title is a signing."""
    signing = frame("2029-03-09", kind="meeting", actors=(), status="planned")
    signing.title = "Two delegations to sign protocol"
    sitting = frame("2029-03-09", kind="meeting", actors=("Andean Community",), status="occurred", location="Lima")
    sitting.title = "Andean Community meets in Lima"
    score, reason = compare(signing, sitting)
    assert score < MERGE_THRESHOLD and "only one title is a signing" in reason
    # an agreement is signed whether its title says so or not
    deal = frame("2029-03-09", kind="agreement", actors=(), status="occurred", location="Lima")
    deal.title = "Agreement in Lima"
    signed = frame("2029-03-09", kind="agreement", actors=(), status="occurred")
    signed.title = "Two delegations sign agreement"
    assert same_event(deal, signed), compare(deal, signed)


def test_a_union_body_merges_with_the_union_named_for_it():
    """'the Foreign Affairs Council met in Luxembourg' and 'EU foreign ministers agreed ... on Monday' on the same
    day: the Council is the union sitting."""
    council = frame("2028-04-10", kind="meeting", actors=("Foreign Affairs Council",), status="occurred")
    union = frame("2028-04-10", kind="meeting", actors=("European Union",), status="occurred")
    assert same_event(council, union), compare(council, union)
    # another day is another sitting
    assert not same_event(council, frame("2028-04-11", kind="meeting", actors=("European Union",), status="occurred"))


def test_a_surname_alone_merges_with_the_full_name_in_another_article():
    a = frame("2028-04-12", kind="meeting", actors=("Brannigan",), status="planned")
    b = frame("2028-04-12", kind="meeting", actors=("Siobhan Brannigan",), status="planned")
    assert same_event(a, b), compare(a, b)
    # but another person with a different surname is not
    c = frame("2028-04-12", kind="meeting", actors=("Siobhan Moriarty",), status="planned")
    assert not same_event(a, c)


def test_an_organization_merges_with_its_body_named_with_it():
    body = frame("2028-04-13", kind="meeting", actors=("OSCE Permanent Council",), status="occurred", location="Vienna")
    org = frame("2028-04-13", kind="meeting", actors=("OSCE",), status="occurred", location="Vienna")
    assert same_event(body, org), compare(body, org)


def test_a_building_named_with_the_does_not_say_another_town():
    """'the ministerial, which opened yesterday in the Hofburg' and 'gathered in Vienna on Thursday'."""
    hall = frame("2028-04-13", kind="meeting", actors=("OSCE",), status="occurred", location="Palais Rohan")
    hall.evidence = "Ministers met in the Palais Rohan on Thursday."
    town = frame("2028-04-13", kind="meeting", actors=("OSCE",), status="occurred", location="Strasbourg")
    town.evidence = "Ministers met in Strasbourg on Thursday."
    assert same_event(hall, town), compare(hall, town)
    # two towns stay two places
    other = frame("2028-04-13", kind="meeting", actors=("OSCE",), status="occurred", location="Lyon")
    other.evidence = "Ministers met in Lyon on Thursday."
    assert not same_event(town, other)


def test_a_double_surname_alone_merges_with_the_full_name_in_another_article():
    """'Mr. Salles Moura flew to Quito on Tuesday' and 'Rodrigo Salles Moura ... would fly to Quito on Tuesday'."""
    short = frame("2028-04-14", kind="visit", actors=("Pereira Lins",), status="occurred")
    full = frame("2028-04-14", kind="visit", actors=("Beatriz Pereira Lins",), status="planned")
    assert same_event(short, full), compare(short, full)
    # another person sharing only the last surname is not the same one
    other = frame("2028-04-14", kind="visit", actors=("Beatriz Souza Lins",), status="planned")
    assert not same_event(short, other)
    # and a country of two words is no surname
    assert not same_event(frame("2028-04-14", kind="visit", actors=("South Korea",), status="occurred"),
                          frame("2028-04-14", kind="visit", actors=("Lee Jae South Korea",), status="occurred"))


def test_a_call_is_not_a_summit_or_a_visit_of_the_same_people_that_day():
    """'the presidents spoke by phone on Saturday' and 'the presidents are due to meet in Lima on Saturday'."""
    call = frame("2028-04-15", kind="call", actors=("Ana Ruiz", "Pedro Lobo"), status="occurred")
    call.evidence = "Ana Ruiz and Pedro Lobo spoke by phone on Saturday."
    summit = frame("2028-04-15", kind="summit", actors=("Ana Ruiz", "Pedro Lobo"), status="planned")
    summit.evidence = "Ana Ruiz and Pedro Lobo are due to meet in Lima on Saturday."
    assert not same_event(call, summit), compare(call, summit)
    # a summit held by video may be reported as a call
    summit.evidence = "Ana Ruiz and Pedro Lobo will hold a virtual summit on Saturday."
    assert same_event(call, summit), compare(call, summit)
