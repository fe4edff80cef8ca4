"""Event frames: the dated happenings a journalist would write down, read from a parsed article.

Each temporal expression with a calendar value is attached to the clause it modifies by walking the
dependency tree from the expression up to the nearest verb or event noun ("met ... on March 14",
"March 11 talks", "a Sunday interview"). That word is the trigger; its clause gives the actors (subject
first), the place, the status (planned / occurred / reported) and a headline-style title. A reporting verb
and the clause it reports are two events when each has its own date. Clauses without a date of their own
are not events, except the article's lead event, dated to the publication day.

Works off the parsed doc, with one exception: the lines of a dated list ("- Dec. 12: ..."), which the
parser runs together into one sentence, are parsed again one by one. Tables of words live in `event_tables`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from . import merge
from . import nlp
from . import tables
from . import timex
from .actors import (
    ANAPHOR_KINDS, COLLECTIVE_NOUNS, COUNTRY, DEMONYMS, OFFICE_WORDS, ORGANIZATION, PAIR_NOUNS, PERSON, Actor,
    DocumentActors, is_joined_title, is_time_zone, lookup, misplaced_appos, short_name, stands_as_place,
)
from .event_tables import (
    COMPOUND_KINDS, DEADLINE_PREPS, FUTURE_AUX, LIGHT_VERBS, NON_POINT_PREPS, NOUN_KINDS, NOUN_TITLE_VERBS,
    ASPECTUAL_VERBS, CANCEL_VERBS, DENIAL_VERBS, PLANNED_MODIFIERS, PLANNING_HEADS, REPORTING_NEEDS_COMPLEMENT,
    REPORTING_VERBS, STATIVE_VERBS, RESCHEDULE_PREPS, RESCHEDULE_VERBS, MEASURE_NOUNS, MEASURE_VERBS, UNDER_NOUNS,
    EXCHANGED_FIRE,
    OCCURRING_VERBS, OPENING_VERBS, ANAPHORIC_DATE, CASUALTY_VERBS, DECIDING_HEADS, OFFSET_NUMBERS, CLOSING_VERBS,
    OFFSET_RELATIONS, OFFSET_UNITS, TENTATIVE_AUX, VERB_KINDS, WITHIN_EVENT_NOUNS, WITHIN_EVENT_PREPS,
    PERSON_MEETING_VERBS, TOPIC_PREPS, OBJECT_CONTROL_VERBS, SAME_TIME_MARKERS, SIGNED_TEXT_NOUNS,
    BESIDE_NOUNS, GATHERING_PHRASES, SITTING_UNITS, PORTFOLIO_WORDS, JOINING_VERBS, REGARD_VERBS,
    AIMING_PREPS, AIMING_VERBS, STANCE_NOUNS, WEAPON_NOUNS, SITTING_PREPS, JOURNEY_VERBS,
)
from .types import EventFrame, TextSpan, Timex
from .values import value_span

# Words of a plan ("had been due to", "had been scheduled to", "had been set for")
# Reporting verbs that enact what they name when their object is an act ("announced a ceasefire", "declared a
# truce", "announced sanctions"), and those acts
_ACT_ANNOUNCING = {"announce", "declare"}
_ANNOUNCED_ACTS = {"ceasefire", "sanction", "agreement"}
_PLAN_WORDS = {"due", "scheduled", "set", "planned", "expected", "supposed", "slated", "meant", "pencilled", "penciled"}

_DATED_TYPES = ("DATE", "TIME")
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLAUSAL = ("ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj")
_ACTOR_PREPS = {"with", "to", "between", "against", "among", "by", "from", "on"}
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "aboard"}
_SETTLEMENT_NOUNS = {"town", "city", "village", "port", "district", "region", "province", "resort", "enclave"}
_TARGET_PREPS = {"on", "of", "against"}  # "an attack on Kharkiv", "the shelling of Kherson"
_GOVERNING_PREPS = {"in", "during", "at", "on", "over", "throughout"}  # "in a Sunday interview, X said"
_TERMINAL = tuple('.!?"”’\')…:')
_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "with", "for", "and", "at", "by", "from", "as",
                "but", "or", "into", "over", "after", "vs", "vs.", "via", "is", "be"}
_MAX_HOPS = 4
_MAX_TITLE = 70  # characters: what a timeline card shows on one or two lines
_KNOWN_ORGS = {"European Union", "NATO", "United Nations", "Kremlin", "White House"}
_CONTAINER_NOUNS = {"package", "round", "set", "wave", "series", "batch", "raft", "barrage", "volley", "session",
                    "sitting"}
# One word for a body that a text writes as a name ("at the Department", "at the Ministry"): never a town.
_INSTITUTION_WORDS = COLLECTIVE_NOUNS | {"department", "office", "secretariat", "chancellery", "headquarters"}
_FIRM_FUTURE = {"will", "'ll", "shall", "wo"}
# Nouns for people or bodies that belong to whoever follows "of": "ministers of ...", "board of ...".
_OF_GROUP_NOUNS = {"minister", "leader", "official", "delegation", "representative", "envoy", "diplomat",
                   "member", "board", "council", "governor", "head", "negotiator", "team", "president",
                   "government", "ministry", "secretary", "chief", "army", "force", "troop", "country", "nation",
                   "state", "general"}  # ("Secretary General of the OSCE", "Director General of")


def _described_noun(verb):
    """The event noun a relative clause or participle describes ("the summit, which was held in Cairo"), also
    when the parser hung a participle on a later noun or on the clause: "agreed to steps at their first meeting
    since 2023, held in Brussels" (the nearest event noun before it, inside the phrase it was hung on)."""
    if verb.dep_ not in ("relcl", "acl", "advcl"):
        return None
    head = verb.head
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "an address that an election would be held": what was said, not the address
    if verb.dep_ == "relcl" and any(t.pos_ == "VERB" for t in verb.doc[head.i + 1:verb.left_edge.i]):
        return None  # "opened talks to end a standoff that had begun a month earlier": the clause is the standoff's
    if verb.dep_ != "advcl" and _is_event_noun(head):
        return head
    deps = [c.dep_ for c in verb.children]
    # "the next meeting of the commissions, to be held in Ijevan": an infinitive passive with no subject
    to_be = {"aux", "auxpass"} <= set(deps) and not {"nsubjpass", "nsubj", "mark", "agent"} & set(deps)
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in LIGHT_VERBS | ASPECTUAL_VERBS or not to_be and any(
            d in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for d in deps):
        return None  # (a participle with no clause of its own: "..., held in Geneva a day earlier")
    for tok in reversed(verb.doc[head.i + 1:verb.i]):
        if tok.pos_ == "NOUN" and _is_event_noun(tok) and head.left_edge.i <= tok.i:
            return tok
    for tok in reversed(verb.doc[verb.sent.start:verb.i] if "agent" not in deps else ()):
        # "the 14th meeting of the commissions on the border between A and B, held in Gabala on 8 January"
        # (hung on the phrase's last noun): the nearest event noun back, no verb between (not "to be hosted
        # by Doha": the host is the happening's doer)
        if tok.pos_ == "VERB":
            return None
        if tok.pos_ == "NOUN" and _is_event_noun(tok):
            return tok
    return None


def _phrasal(verb) -> str:
    """A verb's lemma with its particle ("call off", "put off", "push back"), else the lemma."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod"
                     and c.lower_ in ("back", "off", "forward") and c.i == verb.i + 1), None)
    return f"{lemma} {particle}" if particle else lemma


def _is_group_noun(tok) -> bool:
    """'delegations', 'officials': people or bodies that belong to whoever follows "of" / "from" (also when a
    sentence-initial capital made the parser take the plural for a name)."""
    lemma = tok.lemma_.lower()
    return lemma in _OF_GROUP_NOUNS or tok.tag_ in ("NNP", "NNPS") and lemma.endswith("s") \
        and lemma[:-1] in _OF_GROUP_NOUNS


def _is_portfolio(tok) -> bool:
    """'Secretary of State', 'Minister of Defence': the office's portfolio, not a body it belongs to."""
    return tok.lower_ in PORTFOLIO_WORDS and not any(c.dep_ == "det" for c in tok.children)


def _is_calendar_word(word: str) -> bool:
    return word.rstrip(".") in tables.MONTHS or word in tables.WEEKDAY_FULL


# Happenings a body holds by sitting: "a meeting of the council" is the council meeting.
_SITTING_KINDS = {"meeting", "summit", "talks"}
# "The end of the month" is its last ten days or so: written earlier than that, it is still to come.
_LATE_PART_DAYS = 12
_COMPARED = re.compile(r"\s+than\b", re.I)  # "two days later than planned"
_ENTRY_MARK = re.compile(r"[-–—•*]?\s*")  # a list item's bullet, if any
# "Dec. 28-30: ": a range's last day, the colon; "May 3 (Mon): ": a weekday in brackets; "Aug 30, 2024 - The
# commissions sign": a factbox's dash before a sentence (not "15 January 2027 - 10:12", a time stamp); "3 February
# 2027 | Muscat | First round of talks", "March 2027 (planned) | ...": a table row's cells, the place cell skipped
_ENTRY_COLON = re.compile(r"(?:(?:\s*[-–]\s*\d{1,2})?(?:\s*\([A-Z][a-z]{1,8}\.?\))?\s*:|\s+[-–—](?=\s+[A-Z])"
                          r"|(?:\s+\([a-z]{3,12}\))?\s+\|(?:\s+[^|\n]{1,40}?\s+\|)?)\s+")
# Bodies whose name alone, under a date in a calendar or diary, stands for their sitting
_SITTING_BODIES = {"council", "assembly", "summit", "conference", "parliament", "ministerial", "committee"}
_TRAILING_NAME = re.compile(r",\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\.?\s*$")  # "..., Vienna."
# A later sentence of a dated item that moves to another place on the same day: "In Strasbourg, ...", "Across town,
# ...", "Meanwhile, ..."
_SCENE_SHIFT = re.compile(r"(?:(?:In|At) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|Across town|Elsewhere|Meanwhile|"
                          r"At the same time|The same day|On the same day|Later that day),\s")
_ATTENDING_VERBS = {"attend", "represent", "take", "participate", "join"}  # ("take part in")
# People who sit for a side: "the chief negotiators for Belgrade and Pristina" are Serbia's and Kosovo's
_SIDE_NOUNS = {"negotiator", "delegation", "delegate", "team"}
_PREPARING_VERBS = {"prepare", "plan", "schedule", "arrange", "propose", "pencil"}
_ATTENDING = re.compile(r"(?i)(?:attend|represent|lead|led|particip|join)")  # an entry's later line on who goes
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_LED = re.compile(rf"(?i)(?:{_WEEKDAY_NAMES}),?\s+\S")
_ITEM_PLACE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}: ")  # "Doha: UN envoys meet" in a diary
_TRAILING_PLACE = re.compile(r" in ([^,]+)$")
_SIGNAL_AFTER = re.compile(r"\s+(later|earlier)\b", re.I)
_PRESENT = ("VBZ", "VBP")
_PAST_AUX = {"have", "has", "had", "was", "were", "'ve", "'d"}
_SPAN_KINDS = {"visit", "summit"}  # happenings that usually last several days
ORDER_WORDS = {"following", "next", "previous", "preceding"}  # "the following day": a date, not a measure
# A date a happening is after or before, not in ("would meet again after Eid al-Fitr, in March").
_BOUND_PREPS = {"after", "before", "since", "until", "till", "ahead", "prior", "following", "beyond", "past"}


def read_events(doc, timexes: list[Timex], published, headline: str | None = None) -> list[EventFrame]:
    """The event frames of one parsed article, in text order."""
    reader = _Reader(doc, published, headline)
    return reader.read(_on_this_day(doc.text, timexes, _date_of(published)))


def _from_line_day(doc, inner: list[Timex], heading: Timex, pub_date: date | None) -> list[Timex]:
    """A dated line's own relative words count from the line's day, not from the publication ("May 3 (Mon):
    Tokyo voices concern over Saturday's incident" is 1 May in a review published on 9 May). Not under a day
    still to come: a schedule is written on its publication day ("Wednesday, February 17: ... the second
    round, which opens on Tuesday" in a note of Monday 15 February is the 16th)."""
    start, end, gran = value_span(heading.value) if heading.value else (None, None, None)
    relative = [t for t in inner if t.value and not re.search(r"\d", t.text)]
    if gran != "day" or not relative or pub_date is not None and start > pub_date:
        return inner
    again = {(t.start, t.end): t.value for t in timex.find_timexes(doc, start) if t.value}

    def recounted(t: Timex) -> str | None:
        value = again.get((t.start, t.end))
        # (not "a week earlier" counted from a day the whole text named, which alone leaves only a week)
        return value if value and value_span(value)[2] == value_span(t.value)[2] else None

    return [replace(t, value=recounted(t)) if t in relative and recounted(t) else t for t in inner]


# "Today in History: May 10" / "On this date:": an almanac page whose entries are dated by a year alone
_ALMANAC = re.compile(r"^(?:.*\btoday in history\b.*|\s*on this (?:day|date)\s*:\s*)$", re.I | re.M)


def _on_this_day(text: str, timexes: list[Timex], pub_date: date | None) -> list[Timex]:
    """On an almanac page a bare past year ("In 1951, ...", "Ten years ago: ...") is the publication's day and
    month in that year: the page lists what happened on this date."""
    if pub_date is None or not _ALMANAC.search(text[:2000]):
        return timexes
    out = []
    for tx in timexes:
        if tx.type == "DATE" and tx.value and re.fullmatch(r"\d{4}", tx.value) and int(tx.value) < pub_date.year:
            try:
                tx = replace(tx, value=pub_date.replace(year=int(tx.value)).isoformat())
            except ValueError:  # 29 February in a common year
                pass
        out.append(tx)
    return out


# --- text layout ------------------------------------------------------------------------------------

def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, whitespace trimmed."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append((start, start + len(stripped)))
        pos += len(raw) + 1
    return out


def _is_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’.-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.8


_STAMP_WORDS = set(tables.MONTHS) | set(tables.WEEKDAYS) | set(tables.TIME_ZONES) | {
    "a", "p", "m", "am", "pm", "at", "on", "updated", "published", "posted", "created", "last", "modified",
    "et", "pt", "ct", "mt", "gmt", "utc", "local", "time", "date",
    "an", "ago", "minute", "minutes", "hour", "hours"}  # "Updated an hour ago"


def _is_timestamp(line: str) -> bool:
    """'Nov. 4, 2024, 9:15 a.m. ET', '17 June 2025', 'Updated: 5 November 2024 07:31 CET', 'January 4, 2027
    7:58 PM GMT+1 Updated an hour ago'."""
    if not re.search(r"\d", line):
        return False
    words = re.findall(r"[A-Za-z]+", line)
    return all(w.lower() in _STAMP_WORDS for w in words)


# A note on the copy at the top or the foot of a story: "This article was updated on 3 December 2027 at 10:20. An earlier
# version said ...", "This story has been corrected to ...", "An earlier version of this article misstated ..."
_UPDATE_NOTE = re.compile(r"(?i)^(?:this (?:article|story|report|page|piece) (?:was|has been|had been) "
                          r"(?:updated|amended|corrected|changed|revised)\b|an earlier version of (?:this|the) "
                          r"(?:article|story|report)\b)")


def _is_prose(line: str, headline: str | None) -> bool:
    """Body text, as opposed to headlines, bylines, timestamps and link lists."""
    if headline and line == headline.strip():
        return False
    if line.startswith("(") and line.endswith(")"):
        return False  # "(The briefing was concluded at 2:41 p.m.)", "(Reporting by ...)": a note on the copy
    if _is_timestamp(line):
        return False
    if "|" in line or re.match(r"(?i)^(by|updated|published|created|posted)\b", line):
        return False
    if re.match(r"(?i)^(?:correction|clarification|editor['’]s note)\b[^.]{0,40}[:.]", line):
        return False
    if _UPDATE_NOTE.match(line):
        return False  # "This article was updated on 3 December ... An earlier version said ...": the same kind of note  # "Correction, 15 January, 16:40: An earlier version said ...": a note on the copy, whose
        # dates are the article's own, told again
    if line.endswith(_TERMINAL):
        return len(line.split()) >= 3
    return not _is_title_case(line) and len(line.split()) >= 4


# --- small helpers ----------------------------------------------------------------------------------

def _noun_kind(tok) -> str | None:
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "compound" and child.i < tok.i:
            kind = COMPOUND_KINDS.get((child.lemma_.lower(), lemma))
            if kind:
                return kind
    if lemma == "exchange" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in EXCHANGED_FIRE for g in c.children if g.dep_ == "pobj") for c in tok.children):
        return "attack"  # "the exchange of fire that occurred this morning"
    inner = _of_noun(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    if inner is not None:
        return _noun_kind(inner)
    if tok.pos_ not in ("NOUN", "PROPN"):
        # "talks" is often tagged as a verb when it is a subject: "talks with Turkey will resume"
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in NOUN_KINDS and tok.lower_.endswith("s"):
            return NOUN_KINDS[tok.lower_]
        if tok.dep_ == "csubj" and tok.lower_ in NOUN_KINDS:  # "Fighting around Uvira killed 12 people"
            return NOUN_KINDS[tok.lower_]
        return None
    return NOUN_KINDS.get(lemma) or NOUN_KINDS.get(tok.lower_)


def _of_noun(tok):
    """'a package of sanctions' -> sanctions; 'a round of talks' -> talks (None otherwise)."""
    if tok.lemma_.lower() not in _CONTAINER_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _noun_kind(pobj):
                    return pobj
    return None


def _measured_sitting(tok):
    """'two days of talks' -> talks (None otherwise)."""
    if tok.lemma_.lower() not in SITTING_UNITS:
        return None
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and _noun_kind(g) in _SITTING_KINDS), None)


def _is_event_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and _noun_kind(tok) is not None


def _relative_antecedent(verb):
    """What "which" stands for in "the exchange of detainees between Pakistan and Afghanistan, which took place on
    Sunday": the parser hangs the clause on the nearest noun, but a country does not take place; the event noun
    whose "of" / "between" phrase holds that noun does."""
    head = verb.head
    cur = head
    while not _is_event_noun(cur) and cur.dep_ in ("pobj", "conj") and cur.head.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head if cur.dep_ == "conj" else cur.head.head
    return cur if _is_event_noun(cur) else head


def _one_standing_for(tok):
    """"the first formal round in seven years: the last one was held in Bratislava": "one" with a determiner
    stands for the nearest event noun before it in its sentence."""
    if tok.lower_ != "one" or not any(c.dep_ in ("det", "amod") for c in tok.children):
        return None
    noun = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if _is_event_noun(t)), None)
    while noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _is_event_noun(noun.head.head):
        noun = noun.head.head  # "the first round of talks ...: the last one" is the round
    return noun


def _is_plural(tok) -> bool:
    """'ministers', 'Iran and the US', 'they', 'we': the subject takes a plural verb."""
    if tok.lower_ in ("they", "we", "you"):
        return True
    if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in ("talks", "news", "us"):
        return True
    return any(c.dep_ == "conj" for c in tok.children)


def _third_person(lemma: str, text: str) -> str:
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes", "say": "says"}
    if lemma in irregular:
        return irregular[lemma]
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


_MEASURE_NOUNS = {"measure", "duty", "tariff", "levy", "sanction", "ban", "embargo", "restriction", "curb",
                  "control", "penalty", "quota"}


def _takes_effect(verb) -> bool:
    """'take effect', 'come into force', 'enter into force', 'go into effect'."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    if lemma in ("come", "enter", "go"):
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(
            g.lower_ in ("force", "effect") for g in c.children) for c in verb.children)
    return False


def _expected_in(verb) -> bool:
    """'is expected in Phnom Penh on Thursday', 'is due in Moscow next week', and a named person who "is
    expected on Wednesday morning" (no place, no complement: their arrival): an arrival that is planned."""
    if verb.lemma_.lower() not in ("expect", "due") or any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children) for c in verb.children):
        return True
    awaited = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return awaited is not None and any(t.ent_type_ == "PERSON" for t in (awaited, *(
        c for c in awaited.children if c.dep_ == "appos")))


def _narrows(value: str | None, outer: str | None) -> bool:
    """`value` is a stretch strictly inside `outer` ("2017-11" in "2017")."""
    start, end, _ = value_span(value)
    first, last, _ = value_span(outer)
    return None not in (start, first) and first <= start and end <= last and (start, end) != (first, last)


def _date_of(published) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return None


# A clock time alone on its line, with its zone: the time stamp over an entry of a live page ("10:12 WAT").
_CLOCK_LABEL = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+[A-Z]{2,5}$")


class _Reader:
    def __init__(self, doc, published, headline, entry: bool = False):
        """`entry`: the doc is the sentence of one chronology line, read on its own (all of it is prose)."""
        self.doc = doc
        self.text = doc.text
        self.published = published
        self.pub_date = _date_of(published)
        self.headline = headline
        self.actors = DocumentActors(doc)
        self.lines = _lines(self.text)
        self.prose = self.lines if entry else self._without_standfirsts(
            [(s, e) for s, e in self.lines if _is_prose(self.text[s:e], headline)])
        self._dated_triggers: set[int] = set()
        self._calendar = False  # the text is a calendar of dated lines (see `_chronology_entries`)
        self._sittings: set[int] = set()  # tokens of bodies that stand for their sitting ("the Council of 29 May")
        self._subordinate: set[int] = set()  # character offsets of triggers dated by counting back from their clause
        self._unnamed_subjects: set[int] = set()  # ... of triggers whose subject names people the tables cannot
        self._unattached: list[Timex] = []  # calendar dates the tree walk could not attach to a clause
        self._backdrop: set[int] = set()  # ... of triggers of "since" clauses: background, not the story's last step
        self.dateline = None if entry else self._dateline()
        self._future_cue = False  # the last status read had a word saying the happening is still to come
        self._agents = 0  # how many of a noun frame's actors act (the rest are targets or partners)

    # --- layout --------------------------------------------------------------------------------

    def _without_standfirsts(self, prose: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Drop the subtitle a magazine prints between its headline and its date line ("The Americas | Haiti's
        gangs", "Haiti's gangs have taken their war to the sea", "Jun 4th 2026 | PORT-AU-PRINCE"): in the header
        (before the first line that ends as a sentence), a line that does not, above a line with a date, is a
        heading, not news."""
        body = next((s for s, e in prose if self.text[s:e].endswith(_TERMINAL)), None)
        stamps = [s for s, e in self.lines if body is not None and s < body and (s, e) not in prose
                  and re.search(r"\d", self.text[s:e])]
        if not stamps:
            return prose
        return [(s, e) for s, e in prose if s > stamps[-1] or self.text[s:e].endswith(_TERMINAL)]

    def _line_of(self, char: int) -> tuple[int, int] | None:
        for s, e in self.prose:
            if s <= char < e:
                return s, e
        return None

    def _in_dateline(self, tok) -> bool:
        return bool(self.dateline) and self.dateline[0] <= tok.idx < self.dateline[1]

    def _evidence(self, tok, anchor: Timex | None = None) -> tuple[int, int]:
        """The sentence around `tok`, clipped to its line (spaCy may run a sentence across headings). With
        `anchor`: clipped to the clause between semicolons that holds both `tok` and its date ("they met in
        Tashkent on the 2nd; they met there again yesterday" is evidence for two meetings, one each)."""
        sent = tok.sent
        start, end = sent.start_char, sent.end_char
        line = self._line_of(tok.idx)
        if line:
            start, end = max(start, line[0]), min(end, line[1])
        if anchor is not None:
            cuts = [start] + [start + m.end() for m in re.finditer(";", self.text[start:end])] + [end]
            clause = next(((a, b) for a, b in zip(cuts, cuts[1:]) if a <= tok.idx < b), None)
            if clause and clause[0] <= anchor.start and anchor.end <= clause[1]:
                start, end = clause
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    # --- reading -------------------------------------------------------------------------------

    def read(self, timexes: list[Timex], heading: Timex | None = None) -> list[EventFrame]:
        """`heading`: the date a chronology line opens with, for the sentence this reader holds."""
        candidates: dict[int, list[tuple[Timex, int, str | None]]] = {}
        entries = self._chronology_entries(timexes)
        dateline = self.dateline
        self._dated_triggers = set()
        self._subordinate = set()
        self._unnamed_subjects = set()
        self._unattached = []
        self._backdrop = set()
        self._side_pairs = set()  # (main, side clause) trigger offsets: two happenings told at one time
        self._rescheduled = set()  # event nouns moved to another date ("the trip was put off until next week")
        for tx in timexes:
            if tx.type not in _DATED_TYPES:
                continue
            calendar_date = bool(tx.value) and value_span(tx.value)[0] is not None
            if calendar_date and self._relative_to_event(tx):
                continue  # "a day before the deadline": counted from another happening, not from publication
            if self._measured_delay(tx) or self._edition_year(tx):
                continue
            line = self._line_of(tx.start)
            if line is None or tx.end > line[1]:
                continue
            if dateline and dateline[0] <= tx.start < dateline[1]:
                continue
            if any(heading.start <= tx.start < end for heading, _, end in entries):
                continue  # read with its line's own parse
            span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            found = self._attach(span)
            if found is None:
                if calendar_date:
                    self._unattached.append(tx)
                continue
            trigger, hops, prep = found
            later = self._later_noun_before(trigger, span, tx) if calendar_date else None
            if later is not None:
                trigger, hops = later, hops + 1
            if not (line[0] <= trigger.idx < line[1]):
                if calendar_date:  # the parse ran the line into a heading: no clause of its own found
                    self._unattached.append(tx)
                continue
            if calendar_date or not ANAPHORIC_DATE.match(self._with_signal(tx)):  # those are counted later
                self._dated_triggers.add(trigger.i)  # has a date of its own, even one we cannot use
            if not calendar_date:
                continue
            candidates.setdefault(trigger.i, []).append((tx, hops, prep))
            prior = self._sitting_before_saying(trigger, tx)
            if prior is not None:
                # "the minister said on Tuesday evening after a dinner with her French counterpart": the sitting
                # the words came out of took place that day too
                candidates.setdefault(prior.i, []).append((tx, hops + 1, None))
                self._side_pairs.add(frozenset((trigger.idx, prior.idx)))
            host = self._host_sitting(trigger)
            if host is not None and host.idx < tx.start and getattr(self._kind(trigger, False)[1], "i", None) != host.i:
                # "at the conference in New York on June 9": the date told with the sitting dates it too (but "met
                # in July on the sidelines of the summit" tells when they met; "to discuss X at a summit" is the
                # summit already)
                candidates.setdefault(host.i, []).append((tx, hops + 1, prep))
                self._side_pairs.add(frozenset((trigger.idx, host.idx)))
        frames = []
        for i, options in candidates.items():
            tx, hops, prep = self._best_anchor(options, self.doc[i])
            frame = self._frame(self.doc[i], tx, hops, prep)
            body = next((self.doc[j] for j in self._sittings if frame is not None
                         and self.doc[j].idx == frame.trigger.start), None)
            if body is not None:
                self._as_sitting(frame, body)
            if frame is not None and frame.kind == "visit" and self.doc[i].lemma_ == "be" \
                    and frame.trigger.start == self.doc[i].idx:
                where = next((g for c in self.doc[i].children if c.dep_ == "prep" and c.lower_ == "in"
                              for g in c.children if g.dep_ == "pobj"), None)
                if where is not None and not frame.location:
                    frame.location = self._place_text(where) or where.text
                    seat = lookup(frame.location)  # ("Kyiv" is where, not Ukraine acting)
                    frame.actors = [a for a in frame.actors if seat is None or a != seat.name]
                who = self._name(lookup(frame.actors[0]) or Actor(frame.actors[0], PERSON)) if frame.actors else None
                verb = "to visit" if frame.status == "planned" else "visits"
                frame.title = self._finish(f"{who} {verb} {short_name(frame.location)}" if who
                                           else f"Visit to {short_name(frame.location)}")
            if frame is not None:
                frames.append(frame)
            else:
                self._unattached.extend(o[0] for o in options)  # dated, but no event came of it
        if heading is not None:
            frames.extend(self._headed_frame(heading, frames))
        frames = self._moved_plans(frames)
        frames = [f for f in frames if not self._abandoned_plan(f)]
        frames.extend(self._counted_frames(frames, timexes))
        entry_frames = self._entry_frames(entries, timexes)  # (their tokens are not this parse's)
        lead = self._lead(frames + entry_frames, dateline, timexes)  # (not a line a label dates)
        if lead is not None:
            frames.append(lead)
        frames.extend(entry_frames)
        frames.sort(key=lambda f: (f.trigger.start, f.anchor.start if f.anchor else -1))
        return self._dedupe(frames)

    # --- chronologies ----------------------------------------------------------------------------

    def _chronology_entries(self, timexes: list[Timex]) -> list[tuple[Timex, int, int]]:
        """(date, start, end of the sentence) for each line of a dated list: "- Dec. 12: IGAD leaders call for
        talks", "• 28-30 Dec: ...". The parser runs such lines into one sentence, so each is read on its own."""
        found, labels = [], []
        # a calendar of dated lines ("Monday 29 November 2027" over each entry): two or more lines that are a
        # weekday and a full date and nothing else
        self._calendar = sum(1 for s, e in self.lines if _WEEKDAY_LED.match(self.text, s, e)
                             and re.search(r"\d{4}", self.text[s:e]) and any(
            (t.start, t.end) == (s, e) and t.value and value_span(t.value)[2] == "day" for t in timexes)) >= 2
        for n, (line_start, line_end) in enumerate(self.lines):
            mark = _ENTRY_MARK.match(self.text, line_start, line_end)
            tx = next((t for t in timexes if t.start == mark.end() and t.type == "DATE" and t.value), None)
            clock = next((t for t in timexes if (t.start, t.end) == (line_start, line_end) and t.type == "TIME"
                          and t.value), None) if tx is None else None
            colon = _ENTRY_COLON.match(self.text, tx.end, line_end) if tx is not None else None
            tx = tx or clock  # (a clock line is a label, never a "date: item" line)
            if colon is not None and colon.end() < line_end:
                found.append((tx, colon.end(), line_end))
            elif tx is not None and self._is_day_label(tx, line_start, line_end) and n + 1 < len(self.lines):
                item_start, item_end = self.lines[n + 1]
                place = _ITEM_PLACE.match(self.text, item_start, item_end)  # "Doha: ": the parser takes it for
                labels.append((tx, place.end() if place else item_start, item_end))  # the subject of the clause
        days = [(tx, value_span(tx.value)) for tx, _, _ in labels]
        day_labels = [tx for tx, (_, _, gran) in days if gran == "day"]
        weekdays = [tables.WEEKDAYS.get(tx.text.strip().lower()) for tx in day_labels]
        if self.pub_date and day_labels and None not in weekdays and weekdays == sorted(set(weekdays)) \
                and self.pub_date.isoweekday() == weekdays[-1]:
            # "Monday" ... "Friday" over the days of a diary published on the Friday: the last label naming the
            # publication weekday is that day, so the run of labels is the publication's own week (a first label
            # naming it may open a week ahead or a recap of the last one: the tagger's dates decide)
            moved = {id(tx): replace(tx, value=(self.pub_date + timedelta(days=wd - self.pub_date.isoweekday()))
                                     .isoformat()) for tx, wd in zip(day_labels, weekdays)}
            labels = [(moved.get(id(tx), tx), s, e) for tx, s, e in labels]
            return found + labels
        # (a label that writes its day number is no guess: "MONDAY 29 NOVEMBER", or a calendar's "Recent events"
        # after its coming ones)
        starts = [value_span(tx.value)[0] for tx in day_labels if not re.search(r"\d", tx.text)]
        if starts and ((max(starts) - min(starts)).days >= 7 or starts != sorted(starts)):
            return found  # "MONDAY" ... "THURSDAY" dated more than a week apart or out of order: some label's
            # date is a wrong guess
        return found + labels

    def _is_day_label(self, tx: Timex, line_start: int, line_end: int) -> bool:
        """'MONDAY' on a line of its own over the items of a diary ("Doha: envoys meet for the fourth time"):
        a heading in capitals that is one day and nothing else dates the item under it (not 'JUNE 3, 2026', the
        date line of a release), and so do a weekday alone in a diary ("Monday") and "NEXT WEEK"."""
        line = self.text[line_start:line_end]
        if (tx.start, tx.end) != (line_start, line_end):
            return False
        if re.search(r"\d{4}", line):
            # (a calendar's "Monday 29 November 2027" over each entry is a label; a lone date line is a release's)
            return self._calendar and value_span(tx.value)[2] == "day" and bool(_WEEKDAY_LED.match(line))
        gran = value_span(tx.value)[2]
        if gran == "time" and tx.type == "TIME" and _CLOCK_LABEL.match(line):
            # "10:12 WAT" over an entry of a live page, which stamps every entry (a lone "2:14 p.m. EST" under a
            # briefing's title is the time of the whole text)
            return sum(1 for a, b in self.lines if _CLOCK_LABEL.match(self.text[a:b])) >= 2
        if line.isupper():
            return gran == "day" or gran == "week" and line.split()[0] in ("THIS", "NEXT")  # "NEXT WEEK" section
        if gran == "day" and line.split(",")[0].strip().lower() in tables.WEEKDAY_FULL and re.search(r"\d", line):
            return True  # "Wednesday, February 17" over a day of a travel schedule
        return gran == "day" and line.lower() in tables.WEEKDAY_FULL  # "Monday" alone over a diary's day

    def _entry_frames(self, entries, timexes: list[Timex]) -> list[EventFrame]:
        """The happenings of each chronology line, read from a parse of its sentence alone; the line's date
        dates the sentence's main clause (in the historic present: "Dec. 23: X visits Port Sudan")."""
        out = []
        for heading, start, end in entries:
            # (a row's semicolon ends what it tells first: "First round of talks; no agreement is reached" is two
            # clauses, which the parser runs into one, the round becoming the subject of "reached")
            entry = _Reader(nlp.parse(self.text[start:end].replace("; ", ". ")), self.published, None, entry=True)
            entry.actors.inherit(self.actors, start)
            inner = [replace(t, start=t.start - start, end=t.end - start) for t in timexes
                     if start <= t.start and t.end <= end]
            inner = _from_line_day(entry.doc, inner, heading, self.pub_date)
            read = entry.read(inner, heading)
            by_label = [f for f in read if f.anchor is None or f.anchor.end <= 0]  # (dated by the label alone)
            sitting = next((f for f in by_label if f.kind == "meeting" and f.actors), None)
            for frame in read:
                if self._calendar and sitting is not None and frame is not sitting and frame in by_label \
                        and _ATTENDING.match(frame.trigger.text) and frame.kind in ("other", "meeting"):
                    # "OSCE Ministerial Council, Vienna. The State Secretary will lead the delegation.": in a
                    # calendar, who attends the entry's sitting takes part in it (a digest's later sentences
                    # may tell other happenings of the day)
                    frame.actors = frame.actors + [a for a in sitting.actors if a not in frame.actors]
                    frame.kind, frame.location = "meeting", frame.location or sitting.location
                frame.trigger = replace(frame.trigger, start=frame.trigger.start + start,
                                        end=frame.trigger.end + start)
                if frame.anchor is not None and frame.anchor.end > 0:
                    frame.anchor = replace(frame.anchor, start=frame.anchor.start + start,
                                           end=frame.anchor.end + start)
                else:
                    frame.anchor = heading
                # the date belongs to the line's first sentence (a day label on the line above is not evidence)
                if frame.sentence_start > 0:
                    frame.sentence_start += start
                elif "\n" in self.text[heading.end:start]:
                    frame.sentence_start = self.text.rfind("\n", 0, start) + 1
                else:
                    frame.sentence_start = heading.start
                frame.sentence_end = start + frame.sentence_end
                frame.evidence = self.text[frame.sentence_start:frame.sentence_end]
                out.append(frame)
        return out

    def _headed_frame(self, heading: Timex, frames: list[EventFrame]) -> list[EventFrame]:
        """The frame the heading date gives the sentence's main clause, unless a date of the sentence's own
        already dates it ("Jan. 1: The truce takes effect at 6:00 am"). A main verb that names no happening
        yields to its event nouns ("Second round of talks due in Addis Ababa, pushed back from Jan. 11"), and
        to the happening it was said at ("IGAD leaders, at a summit in Djibouti, call for talks"). A date the parse
        hung on a noun of the clause that falls within the heading makes it precise ("2017: X and Y sign an
        accord on the return of refugees in November"), also in the line's later sentences."""
        out = []
        told = False  # a sentence before told something: "Chisinau." or "Orthodox Christmas, and a day off." does not
        narrating = None  # the tense the line's first verb tells in ("VBZ": the historic present of a digest)
        for n, sent in enumerate(self.doc.sents):
            root = sent.root
            before = self.text[sent.start_char:root.idx]
            if sum(before.count(q) for q in '"“”') % 2:
                # 'X opens the session: "Our community was built on dialogue."': the parser makes the quote the
                # root; the item tells the verb before it
                root = next((t for t in sent if t.pos_ == "VERB" and t.i < root.i and t.head.i == root.i
                             and any(c.dep_ == "nsubj" for c in t.children)), root)
            told_before, told = told, told or root.pos_ in ("VERB", "AUX") or _is_event_noun(root)
            narrating = narrating or (root.tag_ if root.pos_ in ("VERB", "AUX") else None)
            if any(f.trigger.start == root.idx for f in frames):
                continue
            if any((c.dep_ == "xcomp" or c.dep_ in ("ccomp", "parataxis") and c.i < root.i)
                   and any(f.trigger.start == c.idx for f in frames) for c in root.children):
                continue  # "X spoke to Y at 11:00, her office says", "Leaders began arriving on Wednesday": the
                # clause under the root has a date of its own, and the root only frames it (but "X said it would
                # reopen the crossing on Monday" is a statement on the heading's day)
            own = next((t for t in self._unattached if sent.start_char <= t.start < sent.end_char
                        and _narrows(t.value, heading.value)), None)
            # (a later sentence in the line's own tense: "May 7 (Fri): ... In Beijing, X arrives for a visit")
            later_sitting = root.pos_ == "VERB" and (root.tag_ == "VBD" or told_before and narrating in _PRESENT
                                                     and root.tag_ in _PRESENT) \
                and (VERB_KINDS.get(root.lemma_.lower()) in _SITTING_KINDS | {"visit"}
                     or bool(_SCENE_SHIFT.match(sent.text)) and not self._is_reporting(root))
            if own is None and told_before and not later_sitting:
                # (a later sentence of the item that tells another sitting in the past, "Across town, the
                # Council met on ...", took place that day too, and so does one that moves the scene: "In
                # Strasbourg, the Committee adopted a declaration")
                continue
            anchor = own or replace(heading, start=0, end=0)
            nouns = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_event_noun(c)]
            nouns += [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("at", "during")
                      for g in c.children if g.dep_ == "pobj" and _is_event_noun(g)]  # "leaders, at a summit, call"
            triggers = ([root] if root.pos_ == "VERB" else []) + nouns + ([root] if _is_event_noun(root) else [])
            if not triggers and not told_before and root.pos_ in ("PROPN", "NOUN") \
                    and root.lower_ in _SITTING_BODIES and not any(t.pos_ in ("VERB", "AUX") for t in sent):
                triggers = [root]  # "13 December: Foreign Affairs Council, Brussels.": a body under a date sits then
                self._sittings.add(root.i)
            frame = next((f for f in (self._frame(t, anchor, 1, None) for t in triggers) if f is not None), None)
            place = _TRAILING_NAME.search(sent.text) if not any(t.pos_ in ("VERB", "AUX") for t in sent) else None
            if frame is not None and place is not None and not frame.location:
                # "Meeting of NATO Ministers of Foreign Affairs, Brussels.": a verbless item's last name is where
                # (not "Brussels" standing for the EU)
                seat = lookup(place[1])
                kept = [a for a in frame.actors if seat is None or a != seat.name]
                if not kept and frame.actors:
                    noun = frame.trigger.text[:1].upper() + frame.trigger.text[1:]
                    frame.title = self._finish(f"{noun} in {place[1]}" + (" planned" if frame.status == "planned" else ""))
                frame.actors, frame.location = kept, place[1]
            if frame is not None and not _is_event_noun(root) and root.pos_ != "VERB" and frame.trigger.start == root.idx:
                # the body's sitting: "OSCE Ministerial Council, Vienna." meets in Vienna
                self._as_sitting(frame, root)
            if frame is not None:
                out.append(frame)
        return out

    def _present_at(self, be) -> bool:
        """'X was in Riga on Saturday', 'she is in Brussels today': a person's presence in a named place on a day is
        a visit (not "the talks were in Geneva", an event noun's, nor "was in office", no place)."""
        if be.lemma_ != "be" or any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp") for c in be.children):
            return False
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is None or _is_event_noun(subj) or subj.lower_ in ("it", "this", "that", "there"):
            return False
        person = subj.lower_ in ("i", "we", "he", "she", "they") or self.actors.actor_for_token(subj) is not None \
            or subj.lemma_.lower() in OFFICE_WORDS or subj.lemma_.lower() in _OF_GROUP_NOUNS
        return person and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" and (g.ent_type_ in ("GPE", "LOC", "FAC") or (
                    (known := lookup(g.text)) is not None and known.kind == COUNTRY))
                for g in c.children)
            for c in be.children)

    def _as_sitting(self, frame: EventFrame, body_word) -> None:
        """A body's name standing for its sitting ("OSCE Ministerial Council, Vienna." under a date, "the Foreign
        Affairs Council of 29 November"): a meeting of that body."""
        frame.kind = "meeting"
        own = self.actors.actor_for_token(body_word)
        if own is not None:
            frame.actors = [own.name]  # the body sits (not who prepares its sitting)
        body = self._name(own) if own is not None else frame.actors[0] if frame.actors else \
            self._noun_with_of(body_word)
        verb = "to meet" if frame.status == "planned" else "meets"
        frame.title = self._finish(f"{body} {verb}" + (f" in {frame.location}" if frame.location else ""))

    def _moved_plans(self, frames: list[EventFrame]) -> list[EventFrame]:
        """'had been due to fly to Caracas on Friday, but the trip was put off until next week': a plan of the
        same kind told earlier in the sentence than its move is the happening moved. It keeps its doers and
        place and takes the new date; the old date names nothing that will happen."""
        moved = [f for f in frames if f.anchor is not None and (f.trigger.start, f.anchor.start) in self._rescheduled]
        for new in moved:
            # the plan's trigger may be the moved noun itself ("a meeting, originally set for Sept. 21, has been
            # moved to October")
            plan = next((f for f in frames if f is not new and f.status == "planned" and f.kind == new.kind
                         and self._same_sentence(f, new) and f.trigger.start <= new.trigger.start
                         and f not in moved), None)
            if plan is None:
                continue
            plan.anchor, plan.value, plan.granularity = new.anchor, new.value, new.granularity
            plan.date_start, plan.date_end = new.date_start, new.date_end
            # the evidence holds the move and its new date too ("...on Friday; the trip was put off until ...")
            plan.sentence_start = min(plan.sentence_start, new.sentence_start)
            plan.sentence_end = max(plan.sentence_end, new.sentence_end)
            plan.evidence = self.text[plan.sentence_start:plan.sentence_end]
            frames = [f for f in frames if f is not new]
        return frames

    def _abandoned_plan(self, frame: EventFrame) -> bool:
        """'had been due to travel to Quito on Monday', 'which had been scheduled to take place on 18 March', 'the
        summit had been set for Saturday': a plan told in the past perfect is one that no longer holds (called
        off or moved), so the date said in it names nothing that happened or will happen. A plan that took a new
        date from a later clause ("..., but the trip was put off until next week") keeps it."""
        span = self.doc.char_span(frame.trigger.start, frame.trigger.end, alignment_mode="expand")
        if span is None or not len(span) or frame.anchor is None:
            return False
        tok = span.root
        if tok.dep_ == "xcomp" and tok.head.lower_ in _PLAN_WORDS:
            head = tok.head  # "had been due to travel", "had been scheduled to take place"
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in _PLAN_WORDS and tok.head.tag_ == "VBN":
            head = tok.head  # "the summit had been set for Saturday"
        else:
            return False
        verb = head.head if head.dep_ == "acomp" else head
        aux = {c.lower_ for c in (*verb.children, *head.children) if c.dep_ in ("aux", "auxpass")}
        if verb.lower_ == "been":
            aux.add("been")
        if not aux & {"had", "'d"} or "been" not in aux:
            return False
        # the date said in the plan's own clause (not in a clause joined to it that moves it)
        later = [c for c in verb.children if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.lower_ == ";")]
        clause = {w.idx for w in verb.subtree} - {w.idx for c in later for w in c.subtree}
        said = self.doc.char_span(frame.anchor.start, frame.anchor.end, alignment_mode="expand")
        return said is not None and any(w.idx in clause for w in said)

    def _same_sentence(self, a: EventFrame, b: EventFrame) -> bool:
        """Whether two frames' triggers stand in one parsed sentence (their evidence may be a clause of it)."""
        sa = self.doc.char_span(a.trigger.start, a.trigger.end, alignment_mode="expand")
        sb = self.doc.char_span(b.trigger.start, b.trigger.end, alignment_mode="expand")
        if sa is None or sb is None or not len(sa) or not len(sb):
            return a.sentence_start == b.sentence_start
        return sa[0].sent.start == sb[0].sent.start

    def _dateline(self) -> tuple[int, int] | None:
        """'KYIV, March 16 (Reuters) -' opening the first body paragraph."""
        if not self.prose:
            return None
        s, e = self.prose[0]
        # (the Spanish agencies close it with the agency and ".-": "Havana, 11 May (EFE).- ")
        m = re.match(r"[A-Z][A-Za-z .'’-]{1,40},[^\n]{0,40}?(?:\s|\)\.?)[-–—]{1,2}\s", self.text[s:e])
        if m and ("(" in m.group(0) or re.search(r"\d", m.group(0))):
            return s, s + m.end()
        return None

    def _relative_to_event(self, tx: Timex) -> bool:
        """'a day before a deadline', '48 hours after the shooting', 'the day before Cairo's rejection': the
        expression counts from another happening, so a value computed from the publication day is a guess."""
        words = tx.text.lower().split()
        if not words or words[-1] not in ("hours", "day", "days", "week", "weeks", "month", "months"):
            return False
        after = self.text[tx.end:tx.end + 12].lower().split()
        return bool(after) and after[0] in ("before", "after", "earlier", "later", "ahead", "prior")

    # --- dates counted from another happening ---------------------------------------------------

    def _counted_frames(self, frames: list[EventFrame], timexes: list[Timex]) -> list[EventFrame]:
        """Happenings dated from another one in the same article, never from today: "A day after the Doha
        talks, Kagame spoke" (the talks are dated elsewhere), "signed on Friday, a day after Ishiba arrived"
        (the arrival is the day before), "At the end of the talks, they agreed" (the talks' own date)."""
        added: list[EventFrame] = []
        for _ in range(2):  # a date found in the first round can date another in the second
            new = []
            for phrase in self._offset_phrases():
                new += self._date_from_other(phrase, frames + added)
            for phrase in self._within_phrases():
                new += self._date_from_other(phrase, frames + added)
            new += self._reference_frames(timexes, frames + added + new)
            new += self._conjoined_frames(frames + added + new)
            new += self._side_clause_frames(frames + added + new)
            if not new:
                break
            added += new
        return added

    def _dated_clauses(self, frames: list[EventFrame]):
        """(frame, verb) for each dated frame that is not the lead: the verb of its clause (the verb that
        governs a noun trigger)."""
        for frame in frames:
            if frame.anchor is None or frame.lead:
                continue
            tok = self.doc.char_span(frame.trigger.start, frame.trigger.end, alignment_mode="expand")
            if tok is None or len(tok) == 0:
                continue
            head = tok.root
            if head.pos_ in ("NOUN", "PROPN"):
                head = self._governing_verb(head)
            if head is not None and head.pos_ == "VERB":
                yield frame, head

    def _conjoined_frames(self, frames: list[EventFrame]) -> list[EventFrame]:
        """'met Chung in Seoul on Tuesday and said Washington was ready', 'held talks the following day and signed
        a protocol': a verb conjoined to a dated one, sharing its subject and tense and with no date of its own,
        happened on the same date."""
        out: list[EventFrame] = []
        for frame, head in self._dated_clauses(frames):
            for verb in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i):
                if verb.i in self._dated_triggers or verb.tag_ != head.tag_ or any(
                        c.dep_ in ("aux", "auxpass", "xcomp") for c in verb.children) \
                        or not self._in_line(verb, head):
                    continue  # (not "... and agreed to keep in contact": an intention, not a second happening)
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                        verb.tag_ != "VBD" or verb.lemma_.lower() in REPORTING_VERBS):
                    continue  # a subject of its own: only two past happenings joined by "and" tell one time
                if verb.lemma_.lower() in REPORTING_VERBS and not any(c.dep_ in ("ccomp", "parataxis")
                                                                      for c in verb.children):
                    continue  # "return to Kabul and report to the leadership" says nothing
                conjoined = self._frame(verb, frame.anchor, 2, None)
                if conjoined is None or conjoined.kind == "other" or conjoined.status != frame.status and not (
                        conjoined.status == "reported"):
                    continue
                self._dated_triggers.add(verb.i)
                conjoined.confidence = round(max(0.05, conjoined.confidence - 0.1), 2)
                out.append(conjoined)
        return out

    def _side_clause_frames(self, frames: list[EventFrame]) -> list[EventFrame]:
        """'agreed on Saturday to resume the dialogue, as the two leaders held talks in Nara', 'will travel to
        Moscow on Sept. 22 to meet Lavrov', 'will visit Kyiv next week, where he will hold talks with X': a side
        clause of a dated one ("as", "while", "where" or an infinitive of purpose) with no date of its own that
        names a happening of its own (an event verb, or a light verb with an event noun) took place, or is to
        take place, at the same time, when its tense agrees."""
        out: list[EventFrame] = []
        for frame, head in self._dated_clauses(frames):
            for verb, purpose in self._side_clauses(head):
                if purpose and frame.kind != "visit":
                    continue  # "will meet next week to discuss X": the meeting's agenda, not another happening
                if verb.i in self._dated_triggers or not self._in_line(verb, head) \
                        or any(c.dep_ == "neg" for c in verb.children):
                    continue
                side = self._frame(verb, frame.anchor, 2, None)
                if side is None or side.kind in ("other", "statement") or side.status != frame.status \
                        or side.kind == frame.kind and set(side.actors) <= set(frame.actors):
                    continue  # (not "travelled to Kyiv to visit the front": the same happening told twice)
                if purpose and not any(self._named_person(c) for c in verb.children if c.dep_ == "dobj"):
                    continue  # "travel to Tokyo to meet Japanese officials": the trip's agenda, nobody named
                self._dated_triggers.add(verb.i)
                self._side_pairs.add(frozenset((frame.trigger.start, side.trigger.start)))
                side.confidence = round(max(0.05, side.confidence - 0.1), 2)
                out.append(side)
        return out

    @staticmethod
    def _side_clauses(head):
        """The clauses under `head` that tell what happened at the same time: "..., as X held talks", an
        infinitive of purpose ("travel to Moscow to meet X"), "..., where he will hold talks" (also when the
        parser hangs it on the place)."""
        places = [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        places += [g for c in head.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                   for g in p.children if g.dep_ == "pobj"]  # "pay a visit to Kyiv, where ..."
        # "agreed Saturday to resume the dialogue, as ...": the parser may hang the side clause on the infinitive
        children = [*head.children, *(g for c in head.children if c.dep_ == "xcomp" for g in c.children)]
        for verb in [*children, *(c for p in places for c in p.children if c.dep_ == "relcl")]:
            if verb.pos_ != "VERB" or verb.i < head.i or verb.dep_ not in ("advcl", "relcl"):
                continue
            marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
            purpose = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and not marks and verb.dep_ == "advcl"
            # ("in November, when they signed a memorandum": a "when" clause the parser hangs on the date is at it)
            at_date = "when" in marks and verb.head.ent_type_ in ("DATE", "TIME")
            if marks & SAME_TIME_MARKERS and (verb.dep_ == "advcl" or "where" in marks or at_date) or purpose:
                yield verb, purpose

    def _named_person(self, tok) -> bool:
        actor = self.actors.actor_for_token(tok)
        return actor is not None and actor.kind == PERSON and tok.pos_ == "PROPN"

    def _offset_phrases(self):
        """(clause, other, count, start, end, unit): "a day after X" puts `clause` `count` days after `other`
        (negative for "before"), "three years after X" three years (unit "year"); start/end are the character
        offsets of the words that say so."""
        for rel in self.doc:
            if rel.lower_ not in OFFSET_RELATIONS or rel.dep_ not in ("prep", "mark"):
                continue
            if rel.dep_ == "prep":
                unit = rel.head
                others = [c for c in rel.children if c.dep_ in ("pobj", "pcomp")]
                clause = unit.head if unit.dep_ == "npadvmod" else None
                measure = next((c for c in rel.children if c.dep_ == "npadvmod" and c.i < rel.i), None)
                if clause is None and measure is not None:
                    unit, clause = measure, rel.head  # "met on Tuesday, [a day] after arriving": the count under "after"
            else:
                other = rel.head
                unit = next((c for c in rel.children if c.dep_ == "npadvmod"), None) or next(
                    (c for c in other.children if c.dep_ == "npadvmod" and c.i < rel.i), None)
                others = [other]
                # "released on Thursday, a day after X met Y": the parser may conjoin the subordinate clause
                clause = other.head if other.dep_ in ("advcl", "conj") else None
            if unit is None or clause is None or not others or unit.lemma_.lower() not in OFFSET_UNITS:
                continue
            count = next((OFFSET_NUMBERS.get(c.lower_) for c in unit.children
                          if c.dep_ in ("det", "nummod") and c.i < unit.i), None)
            if count is None or clause.pos_ not in ("VERB", "NOUN", "PROPN") or clause.i == others[0].i \
                    or any(c.lower_ in ORDER_WORDS for c in unit.children):
                continue  # "the following day before flying back" counts from nothing under "before"
            days = count * OFFSET_RELATIONS[rel.lower_]  # counted in days, or in years for "three years after"
            start = unit.left_edge.idx
            other = others[0]
            end = (other.right_edge if other.pos_ in ("NOUN", "PROPN") else rel)
            yield clause, other, days, start, end.idx + len(end.text), OFFSET_UNITS[unit.lemma_.lower()]

    def _within_phrases(self):
        """'At the end of the talks', 'on the sidelines of the summit', 'during the talks': the clause
        happened on the other happening's date (days 0). 'The visit began on Monday with a meeting with X': the
        happening a beginning or an end was made with took place that day."""
        for noun in self.doc:
            if not _is_event_noun(noun) or noun.dep_ != "pobj":
                continue
            prep = noun.head
            if prep.lower_ == "with" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" \
                    and prep.head.lemma_.lower() in OPENING_VERBS:
                yield prep.head, noun, 0, prep.idx, noun.idx + len(noun.text), "day"
                continue
            if prep.lower_ == "of" and prep.head.lemma_.lower() == "eve" and prep.head.dep_ == "pobj" \
                    and prep.head.head.lower_ == "on" and prep.head.head.dep_ == "prep" \
                    and prep.head.head.head.pos_ == "VERB":
                # "On the eve of the summit, the two ministers met": the day before the happening's (first) day
                outer = prep.head.head
                yield outer.head, noun, -1, outer.idx, noun.idx + len(noun.text), "day"
                continue
            if prep.lower_ == "of" and prep.head.lemma_.lower() in WITHIN_EVENT_NOUNS and prep.head.dep_ == "pobj":
                outer = prep.head.head
            elif prep.lower_ == "during":
                outer = prep
            else:
                continue
            if outer.lower_ not in WITHIN_EVENT_PREPS or outer.dep_ != "prep" or outer.head.pos_ != "VERB":
                continue
            yield outer.head, noun, 0, outer.idx, noun.idx + len(noun.text), "day"

    def _date_from_other(self, phrase, frames: list[EventFrame]) -> list[EventFrame]:
        clause, other, days, start, end, unit = phrase
        # the reference must be as precise as the count: a day for "a day after", a year for "three years after"
        precise = ("day", "time") if unit == "day" else (unit,)
        if not (self._line_of(start) and self._line_of(start) == self._line_of(clause.idx)):
            return []
        own = self._dated_frame(clause, frames)
        theirs = self._dated_frame(other, frames)
        if own is not None and theirs is None and other.pos_ in ("VERB", "NOUN", "PROPN") \
                and other.i not in self._dated_triggers:
            # "signed on Friday, a day after Ishiba arrived": the arrival is counted back from the signing
            if own.granularity not in precise:
                return []
            target, base, days = other, own, -days
            start, end = min(start, own.anchor.start), max(end, own.anchor.end)
            self._subordinate.add(other.idx)  # dated from its main clause: never the reference for a later one
        elif own is None and theirs is None and other.pos_ == "VERB" and other.i not in self._dated_triggers \
                and (named := self._subject_referent(clause, frames)) is not None:
            # "His visit came two days after negotiators held talks": the visit the article dates (its first day)
            # is the reference, and the talks are counted back from it
            if days and named.granularity not in precise:
                return []
            target, base, days = other, named, -days
            self._subordinate.add(other.idx)
        elif own is None and clause.i not in self._dated_triggers:
            base = theirs or self._referent(other, frames, counted_back=days < 0)
            if base is None or (days and base.granularity not in precise):
                return []
            target = clause
            end = max(end, other.idx + len(other.text))  # "A day after the Oslo talks"
            self._dated_triggers.add(other.i)  # the other happening is read already: never date it back
        else:
            return []
        if days and unit == "year":
            value = str(base.date_start.year + days)
        elif days:
            value = (base.date_start + timedelta(days=days)).isoformat()
        else:
            value = base.value  # "at the end of the talks": the talks' own date, as precise as it is
        tx = Timex(start, end, self.text[start:end], "DATE", value)
        frame = self._frame(target, tx, 1, None)
        if frame is None:
            return []
        self._dated_triggers.add(target.i)
        frame.confidence = round(max(0.05, frame.confidence - 0.1), 2)  # counted, not read
        return [frame]

    def _edition_year(self, tx: Timex) -> bool:
        """'resolution 1701 (2006)', 'Regulation 2019/1020 (2020)': a year in brackets after a document's number
        names the document, not when anything happened."""
        before = self.text[max(0, tx.start - 12):tx.start]
        return bool(re.fullmatch(r"\d{4}", tx.text)) and self.text[tx.end:tx.end + 1] == ")" \
            and re.search(r"\d[\d/.-]*\s*\($", before) is not None

    def _measured_delay(self, tx: Timex) -> bool:
        """'held two days later than planned', '[two days] later than planned': a delay measured, not a date."""
        signal = _SIGNAL_AFTER.match(self.text, tx.end)
        return bool(_COMPARED.match(self.text, signal.end() if signal else tx.end))

    def _with_signal(self, tx: Timex) -> str:
        """The expression with the "later"/"earlier" that TimeML leaves outside a stretch ("Two days" later)."""
        m = _SIGNAL_AFTER.match(self.text, tx.end)
        return (tx.text + (" " + m[1] if m else "")).strip()

    def _reference_frames(self, timexes: list[Timex], frames: list[EventFrame]) -> list[EventFrame]:
        """'Two days later, he will visit Kigali', 'the following day': when the tagger gives no calendar
        value, count from the last happening dated before it, in the same or the previous paragraph."""
        out: list[EventFrame] = []
        lost = -1  # an anaphoric date left unread: nothing after it may count past it
        for tx in sorted(timexes, key=lambda t: t.start):
            if tx.value and value_span(tx.value)[0] is not None:
                continue  # the tagger resolved it (its reference-time model): nothing to count
            m = ANAPHORIC_DATE.match(self._with_signal(tx))
            line = self._line_of(tx.start)
            if m is None or line is None or self._measured_delay(tx):
                continue
            lost_here, lost = lost, tx.start  # reset below when the date is read
            span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            found = self._attach(span) if span is not None and len(span) else None
            if found is None or found[0].i in self._dated_triggers:
                continue
            previous = [p for p in self.prose if p[1] <= line[0]][-1:]
            near = [f for f in frames + out if f.anchor is not None and lost_here < f.anchor.start < tx.start
                    and not f.lead and f.trigger.start not in self._subordinate | self._backdrop
                    and (line[0] <= f.anchor.start or previous and previous[0][0] <= f.anchor.start)]
            if not near:
                continue
            base = max(near, key=lambda f: f.anchor.start)
            words = {k: (v or "").lower() for k, v in m.groupdict().items()}
            back = (words["dir"] + words["rel"] + words["rel2"]) in ("earlier", "before", "previous", "preceding")
            if words["unit2"] == "week":
                if base.date_start is None or base.granularity in ("month", "quarter", "season", "year"):
                    continue
                year, week, _ = (base.date_start + timedelta(weeks=-1 if back else 1)).isocalendar()
                value = f"{year}-W{week:02d}"
            else:
                if base.granularity not in ("day", "time"):
                    continue
                count = OFFSET_NUMBERS.get(words["count"] or "the")
                if count is None:
                    continue
                value = (base.date_start + timedelta(days=-count if back else count)).isoformat()
            counted = Timex(tx.start, tx.end, tx.text, "DATE", value)
            frame = self._frame(found[0], counted, found[1], found[2])
            if frame is not None:
                self._dated_triggers.add(found[0].i)
                out.append(frame)
                lost = lost_here
        return out

    @staticmethod
    def _dated_frame(tok, frames: list[EventFrame]) -> EventFrame | None:
        return next((f for f in frames if f.trigger.start == tok.idx and f.date_start is not None), None)

    def _referent(self, noun, frames: list[EventFrame], counted_back: bool = False) -> EventFrame | None:
        """'the Doha talks', 'the meeting': the happening of that kind the article dates, when it dates
        only one (on one day or span); a place named with the noun picks among several."""
        kind = _noun_kind(noun)
        if kind is None and noun.tag_ == "VBZ":  # "after the Oslo talks" parsed as a clause: "talks" a verb
            kind = NOUN_KINDS.get(noun.lower_)
        before = self.doc[noun.left_edge.i:noun.i]
        if kind is None or not any(t.dep_ == "poss" or t.lower_ in ("the", "this", "that") for t in before):
            return None
        if kind in _SPAN_KINDS and not counted_back:
            return None  # "a day after the visit" counts from its last day, which the article may not give
            # ("on the eve of the summit", "a day before the visit" count back from its first day, the one dated)
        same = [f for f in frames if f.kind == kind and not f.lead and f.trigger.start != noun.idx]
        places = [t.text.casefold() for t in before if t.pos_ == "PROPN"]  # "the Doha talks"
        if places:
            here = [f for f in same if f.location and any(p in f.location.casefold() for p in places)]
            same = here or same
        spans = {(f.date_start, f.date_end or f.date_start) for f in same}
        if len(spans) > 1:
            # "held a special session ... met X on the sidelines of the session": the one told with the same word
            same = [f for f in same if noun.lemma_.lower() in self._trigger_words(f)]
            spans = {(f.date_start, f.date_end or f.date_start) for f in same}
        return same[0] if len(spans) == 1 else None

    def _trigger_words(self, frame: EventFrame) -> set[str]:
        """The lemmas that name a frame's happening: its trigger's, and a light verb's object ("held a session")."""
        span = self.doc.char_span(frame.trigger.start, frame.trigger.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return set()
        tok = span.root
        # (and the words that name its sort: "the ministerial meeting" is what "the ministerial" later stands for)
        named = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
        return {*(t.lemma_.lower() for t in named),
                *(c.lower_ for t in named for c in t.children
                  if c.dep_ in ("compound", "amod") and c.lower_ in NOUN_KINDS)}

    def _subject_referent(self, clause, frames: list[EventFrame]) -> EventFrame | None:
        """'His visit came ...', 'The meeting took place ...': the happening that the subject of a verb of
        occurring names, when the article dates exactly one of that kind (a past verb: one that is not still
        planned); a possessor picks among several ("his visit": the visit of the person "his" stands for)."""
        if clause.pos_ != "VERB" or clause.lemma_.lower() not in OCCURRING_VERBS:
            return None
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and _is_event_noun(c)), None)
        if noun is None or not any(c.dep_ in ("poss", "det") for c in noun.children):
            return None
        kind = _noun_kind(noun)
        same = [f for f in frames if f.kind == kind and not f.lead and f.date_start is not None]
        if clause.tag_ == "VBD":
            same = [f for f in same if f.status != "planned"]
        owner = next((self.actors.actor_for_token(c) for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and any(owner.name in f.actors for f in same):
            same = [f for f in same if owner.name in f.actors]
        starts = {f.date_start for f in same}
        return min(same, key=lambda f: f.anchor.start if f.anchor else 0) if len(starts) == 1 else None

    def _best_anchor(self, options, host=None):
        rank = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 5, "year": 6}
        if host is not None and _phrasal(host) in RESCHEDULE_VERBS:
            # "the summit that had been due to open today has been postponed to 25 March": the new date
            options = [o for o in options if o[2] in RESCHEDULE_PREPS] or options

        def key(item):
            tx, hops, prep = item
            # ("would meet again after Eid al-Fitr, in March": the date the clause is in, not the bound it is after)
            return (prep in _BOUND_PREPS, hops, rank.get(value_span(tx.value)[2], 9), tx.start)

        days = {value_span(o[0].value)[0] for o in options if value_span(o[0].value)[2] == "day"}
        if days and len(days) == 1:
            # "at 6pm the following day": a clock time whose day the tagger took from elsewhere yields to the
            # day the clause names
            options = [o for o in options if value_span(o[0].value)[2] != "time"
                       or value_span(o[0].value)[0] in days] or options
        return min(options, key=key)

    def _attach(self, span):
        """(trigger, hops, preposition) for a temporal expression: the nearest governing verb or event
        noun, walking up the dependency tree from the expression's head."""
        prep = None
        first = span[0]
        if first.pos_ == "ADP":
            prep = first.lower_
        cur = span.root
        if cur.pos_ == "ADP":
            prep = cur.lower_
        # "X said on Wednesday it had ...": a date right after a reporting verb dates the saying, even
        # when the parser hangs it on the reported clause
        before = span.start - 1
        if before >= 0 and self.doc[before].pos_ == "ADP" and first.pos_ != "ADP":
            prep = prep or self.doc[before].lower_
            before -= 1
        if before >= 0 and self.doc[before].pos_ == "VERB" and self._is_reporting(self.doc[before]) \
                and any(c.dep_ in ("ccomp", "parataxis") and c.i > span.end for c in self.doc[before].children):
            return self.doc[before], 1, prep
        if re.fullmatch(r"(?:for|of)\s+\d{4}", self.text[span.start_char - 4:span.end_char].strip()) \
                and span.start >= 2 and self.doc[span.start - 2].pos_ == "NOUN" \
                and not _is_event_noun(self.doc[span.start - 2]) and self.doc[span.start - 2].lemma_.lower() not in (
                    "plan", "date", "time", "deadline", "target", "schedule"):
            return None  # "agree on the chairpersonship for 2029", "the budget for 2028": which one, not when
        if len(span) == 1 and re.fullmatch(r"\d{4}", span.text) and span.root.dep_ in ("nummod", "compound", "amod") \
                and span.root.head.i > span.root.i and span.root.head.pos_ == "NOUN" \
                and not _is_event_noun(span.root.head):
            return None  # "asks for the 1976 Soviet maps": a year naming which thing, not when anything happened
        adp = cur if cur.pos_ == "ADP" else cur.head if cur.dep_ == "pobj" and cur.head.pos_ == "ADP" else None
        place = adp.head if adp is not None and adp.dep_ == "prep" else None
        if place is not None and place.dep_ == "pobj" and place.head.lower_ in ("at", "in", "near") \
                and place.pos_ in ("NOUN", "PROPN") and not _is_event_noun(place) and place.i < span.start \
                and _is_event_noun(place.head.head) and place.head.head.pos_ == "NOUN":
            # "an incident at the Jarinje crossing on 21 November": a place has no date; the happening there has
            return place.head.head, 2, adp.lower_
        k = span.start - 1
        while k >= 0 and (self.doc[k].like_num or self.doc[k].lower_ in ("and", "-", "–", "to")):
            k -= 1
        body = self.doc[k - 1] if k >= 1 and self.doc[k].lower_ == "of" else None
        if span.root.dep_ == "poss" and span.root.head.i > span.root.i:
            body = span.root.head  # "Monday's Foreign Affairs Council" (a body's name, not "Thursday's summit")
        if body is not None and body.pos_ in ("NOUN", "PROPN") and body.lower_ in _SITTING_BODIES \
                and not _is_event_noun(body):  # (an event noun's own date is found by the walk: "the summit of 2 May")
            self._sittings.add(body.i)
            return body, 1, None  # "the Foreign Affairs Council of 29 November": the body's sitting that day
        # "on Tuesday" tagged as "Tuesday" alone: the preposition before it is of the same phrase, so the walk
        # counts as many hops as from "on Tuesday" ("travel to Quito on Tuesday and to Lima later in the week")
        # (the walk still goes no further up than from the bare date)
        shifted = 1 if cur.dep_ == "pobj" and cur.head.i == span.start - 1 and cur.head.pos_ == "ADP" else 0
        hops = -shifted
        while hops < _MAX_HOPS - shifted:
            head = misplaced_appos(cur) or cur.head
            if head.i == cur.i:
                return None
            if not (cur.dep_ in ("appos", "conj") and head.pos_ in ("NOUN", "PROPN") and cur.i > head.i):
                hops += 1  # "hosted X, the president, and Y, the prime minister, in Brussels on Thursday": the
                # date the parser hangs on the last of a list of names dates the verb as if on the first
            if head.i >= span.start and head.i < span.end:
                cur = head
                continue
            if head.pos_ == "ADP" or (head.dep_ == "prep" and head.pos_ in ("VERB", "ADV", "SCONJ")):
                if prep is None and not (cur.dep_ == "npadvmod" and cur.i == span.root.i
                                         and any(t.lower_ in ORDER_WORDS for t in span)):
                    # (not "[the following day] before flying back": a date of its own, no measure of "before")
                    prep = head.lower_
                    if head.lower_ == "of" and head.head.lower_ in ("ahead", "prior"):
                        prep = head.head.lower_
                if head.dep_ == "prep" and head.pos_ == "VERB":  # "following March 11 talks"
                    prep = prep or head.lower_
                    cur = head
                    continue
                cur = head
                continue
            if _is_event_noun(head) and head.pos_ == "PROPN" and _noun_kind(head) == "agreement" \
                    and cur.dep_ == "prep" and head.dep_ == "pobj":
                cur = head  # "hold talks under the Indus Waters Treaty in Lahore on Oct 27": a treaty's name
                continue  # is not what a later date dates (the parse hangs the date on the nearest noun)
            if _is_event_noun(head) and any(p.dep_ == "prep" and p.lower_ in ("after", "since", "following")
                                            and p.i < span.start for p in head.children if p.i > head.i):
                return None  # "the second summit, after the first, in Samarkand, in April 2025": the first's date
            if _is_event_noun(head):
                topic_of = self._topic_verb(head)
                if topic_of is not None:
                    return topic_of, hops + 2, prep  # "vote on the agreement in the spring": the vote's date
                if cur.dep_ == "npadvmod" and cur.i == span.root.i and head.dep_ == "dobj" \
                        and head.head.pos_ == "VERB" and head.head.lemma_.lower() in VERB_KINDS \
                        and head.head.lemma_.lower() not in LIGHT_VERBS:
                    return head.head, hops + 1, prep  # "initialled a treaty in Washington last August"
                return head, hops, prep
            if head.pos_ == "VERB":
                noun = self.doc[cur.i - 2] if cur.dep_ == "prep" and cur.i >= 2 else None
                if noun is not None and self.doc[cur.i - 1].text == "," and _is_event_noun(noun) \
                        and noun.head.i < noun.i and head.lemma_.lower() not in VERB_KINDS.keys() | LIGHT_VERBS \
                        and not self._is_reporting(head):
                    return noun, hops + 1, prep  # "builds on the results of the previous meeting, in October"
                if head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in LIGHT_VERBS \
                        and _is_event_noun(head.head) and not any(c.dep_ in _SUBJ or c.dep_ == "mark"
                                                                  for c in head.children):
                    return head.head, hops + 1, prep  # "a truce declared in April 2022": the truce's date
                proceeding = self._proceeding(head)
                if proceeding is not None:
                    return proceeding, hops + 1, prep  # "the meeting would go ahead in Tromsø on June 11"
                aim = self._aimed_at(head, span)
                if aim is not None:
                    return aim, hops + 1, prep  # "pledge to work toward a summit in Tokyo in September"
                return head, hops, prep
            if head.pos_ == "AUX" and head.lemma_ == "be" and cur.dep_ in ("prep", "npadvmod") \
                    and self._present_at(head):
                return head, hops, prep  # "the Dutch prime minister was in Vilnius on Friday": a visit
            if head.pos_ == "AUX" and head.lemma_ == "be":
                if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ == "VERB" and any(
                        c.dep_ in _SUBJ and _noun_kind(c) in ("agreement", "ceasefire") for c in head.children) \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                    return head.head, hops + 1, prep  # "declared the treaty to be void in May": the declaring
                for child in head.children:
                    if child.dep_ in _SUBJ and _is_event_noun(child):
                        return child, hops + 1, prep
                for child in head.children:  # "Two days later, he is due to visit Kigali"
                    if child.dep_ == "acomp" and child.lemma_.lower() in PLANNING_HEADS:
                        intended = next((c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
                        if intended is not None:
                            return intended, hops + 2, prep
                return None
            if head.pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "NUM", "PRON"):
                cur = head
                continue
            return None
        return None

    @staticmethod
    def _aimed_at(verb, span):
        """The sitting a verb of effort works toward ("work toward a summit ... in September", "prepare for talks
        ... in May"): the verb names no happening, so a date told after the sitting dates the sitting."""
        if verb.lemma_.lower() in VERB_KINDS:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("toward", "towards", "for") and prep.i < span.start:
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and _noun_kind(noun) in _SITTING_KINDS:
                    return noun
        return None

    @staticmethod
    def _proceeding(verb):
        """The event noun that "goes ahead": the verb says only that its subject happens."""
        if verb.lemma_.lower() != "go" or not any(c.dep_ == "advmod" and c.lower_ == "ahead" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and _is_event_noun(c)), None)

    @staticmethod
    def _host_sitting(verb):
        """'make pledges at the conference in New York on June 9', 'meet on the sidelines of the ministerial
        meeting in Tromsø on June 11': the sitting a dated happening takes place at or beside."""
        if verb.pos_ != "VERB":
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ == "on":
                    if noun.lower_ not in BESIDE_NOUNS:
                        continue
                    noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ == "NOUN" and _noun_kind(noun) in _SITTING_KINDS:
                    return noun
        return None

    def _later_noun_before(self, verb, span, tx: Timex):
        """'informed ministers of the preparations for the G7 meeting in Washington on 9 December': a past verb cannot
        happen on a day still to come, so a date the parse hung on it belongs to the event noun just before it (with
        its place between)."""
        if verb.pos_ != "VERB" or verb.tag_ != "VBD" or self.pub_date is None or not tx.value:
            return None
        start = value_span(tx.value)[0]
        if start is None or start <= self.pub_date:
            return None
        k = span.start - 1
        if k >= 0 and self.doc[k].pos_ == "ADP":
            k -= 1
        tok = self.doc[k] if k >= 0 else None
        if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.i < tok.i:
            tok = tok.head.head  # "meeting in Washington on 9 December"
        if tok is None or not _is_event_noun(tok) or tok.i in self._dated_triggers or verb not in tok.ancestors:
            return None
        return tok

    def _sitting_before_saying(self, verb, tx: Timex):
        """The sitting an attribution says it followed: "said on Monday after talks with X" (a day's date only: a
        clock time is the saying's alone)."""
        if verb.pos_ != "VERB" or not self._is_reporting(verb) or not tx.value \
                or value_span(tx.value)[2] not in ("day", "time") or re.search(r"T\d", tx.value):
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" and c.idx > tx.start):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.pos_ == "NOUN" and _noun_kind(noun) in _SITTING_KINDS and noun.i not in self._dated_triggers \
                        and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
                    return noun
        return None

    def _topic_verb(self, noun):
        """The verb an event noun is the topic of ("vote on the agreement", "comment about the talks"): a
        date inside the noun phrase dates that verb, which names a happening of its own."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPS or prep.dep_ != "prep":
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in VERB_KINDS or self._is_reporting(verb)):
            return None
        return verb

    # --- frames --------------------------------------------------------------------------------

    def _frame(self, trigger, tx: Timex, hops: int, prep: str | None) -> EventFrame | None:
        is_noun = trigger.pos_ in ("NOUN", "PROPN")
        planned_by_head = False
        # "is set to meet", "plans to visit": the intended verb is the trigger
        if not is_noun and any(c.dep_ == "neg" for c in trigger.children):
            return None  # "did not meet on Tuesday" is not an event
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
                          for c in trigger.children)
        described = _described_noun(trigger) if not is_noun else None
        if described is None and not is_noun and trigger.dep_ in ("acl", "relcl") and trigger.i > trigger.head.i \
                and trigger.head.lower_ in _SITTING_BODIES and trigger.lemma_.lower() in ("hold", "convene"):
            described = trigger.head  # "the previous Ministerial Council, held in Geneva last December": its sitting
            self._sittings.add(described.i)
        if described is not None and not (
                own_subject and trigger.lemma_.lower() not in LIGHT_VERBS | ASPECTUAL_VERBS) and (
                trigger.lemma_.lower() in LIGHT_VERBS | ASPECTUAL_VERBS
                or any(c.dep_ == "auxpass" for c in trigger.children)
                or (trigger.dep_ == "acl" and trigger.tag_ == "VBN")) and not _takes_effect(trigger):
            # "the summit, which was held in Cairo on March 4" (but "a truce that took effect on Thursday" is
            # the truce's start, a happening of its own)
            if described.i in self._dated_triggers:
                return None  # "the Jan. 31 deadline that ECOWAS set last month": the noun has its own date
            trigger, is_noun = described, True
        rescheduled = False
        if not is_noun and prep is None and _phrasal(trigger) in RESCHEDULE_VERBS:
            before = self.text[max(0, tx.start - 8):tx.start].split()
            prep = before[-1].lower() if before and before[-1].lower() in RESCHEDULE_PREPS else None  # "put back to 2 April"
        if not is_noun and prep in RESCHEDULE_PREPS and _phrasal(trigger) in RESCHEDULE_VERBS:
            # "the session was postponed until Monday": the session is now planned for Monday
            moved = next((c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj") and _is_event_noun(c)), None)
            if moved is None and trigger.dep_ == "conj" and not any(c.dep_ in _SUBJ for c in trigger.children):
                # "had been set for Tuesday but was moved to Thursday": the subject of the first verb was moved
                moved = next((c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")
                              and _is_event_noun(c)), None)
            if moved is None:
                return None
            trigger, is_noun, planned_by_head, rescheduled, prep = moved, True, True, True, None
            self._rescheduled.add((moved.idx, tx.start))
        deadline = prep in DEADLINE_PREPS
        if not is_noun and prep in ("until", "till") and trigger.lemma_.lower() == "have":
            xcomp = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if xcomp is None:
                return None
            trigger, deadline, planned_by_head = xcomp, True, True  # "Iran has until Saturday to respond"
        elif prep in NON_POINT_PREPS and not (prep in ("from", "between") and tx.end_value) and not (
                prep == "from" and not is_noun and trigger.lemma_.lower() in JOURNEY_VERBS
                and value_span(tx.value)[2] == "day"):
            # (but "will visit from May 7 to 9": the range is the whole stretch, both ends told; and "will travel
            # to Niamey from 24 May": a journey dated by the day it sets out)
            return None
        if not is_noun and trigger.lemma_.lower() in PLANNING_HEADS:
            xcomp = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            noun = next((c for c in trigger.children
                         if c.dep_ in ("dobj", "nsubjpass") and _is_event_noun(c)), None)
            if xcomp is not None and trigger.lemma_.lower() in DECIDING_HEADS and not (
                    xcomp.left_edge.idx <= tx.start < xcomp.right_edge.idx + len(xcomp.right_edge.text)):
                pass  # "agreed on Wednesday to restore ties": the date is the agreement's, not the ties'
            elif xcomp is not None:
                trigger, planned_by_head = xcomp, True
            elif noun is not None and trigger.lemma_.lower() not in ("agree", "decide", "offer"):
                trigger, planned_by_head, is_noun = noun, True, True  # "expected a second round next week"
            elif trigger.dep_ in ("acl", "amod") and _is_event_noun(trigger.head):
                trigger, planned_by_head, is_noun = trigger.head, True, True  # "talks scheduled for Friday"
            elif _expected_in(trigger):
                planned_by_head = True  # "is expected in Phnom Penh on Thursday"
        if not rescheduled and self._denied(trigger, is_noun):
            return None  # "denied that they had met", "ruled out a visit", "no talks were held"
        lemma = trigger.lemma_.lower()
        kind, object_noun = self._kind(trigger, is_noun)
        if not is_noun and lemma in JOINING_VERBS and object_noun is not None and object_noun.dep_ == "pobj" \
                and object_noun.head.lower_ == "for" and object_noun.head.head.i == trigger.i:
            # "will join the officials in Washington for a meeting with X": the meeting is the happening
            trigger, is_noun, object_noun, lemma = object_noun, True, None, object_noun.lemma_.lower()
        if not is_noun and kind == "other" and not self._is_reporting(trigger) and (
                trigger.dep_ in ("acl", "amod") and trigger.tag_ in ("VBN", "VBG")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in trigger.children)):
            return None  # "a summit overshadowed by wars": a participle describing a noun is no happening
        if not is_noun and kind == "other" and not self._is_reporting(trigger) and (
                any(c.dep_ == "agent" for c in trigger.children)
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
                or trigger.head.i != trigger.i and not self._in_line(trigger.head, trigger)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)):
            return None  # a reduced passive ("overshadowed by wars") or a clause the parse hung on a headline
        if deadline:
            kind = "deadline"
        in_force = not is_noun and _takes_effect(trigger)
        if not is_noun and lemma in STATIVE_VERBS and object_noun is None and kind == "other" and not in_force:
            return None
        if is_noun and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" \
                and trigger.head.lemma_.lower() in _PREPARING_VERBS and kind in _SITTING_KINDS | {"visit"} \
                and self.pub_date is not None and tx.value and (value_span(tx.value)[1] or date.min) > self.pub_date:
            planned_by_head = True  # "they prepared the summit in mid-December": the summit is still to come
        status, tentative, contradiction = self._status(trigger, is_noun, planned_by_head, kind, tx)
        if contradiction:
            return None  # tense and date disagree: a wrong day is worse than no event
        if self._guessed_year(tx, status, planned_by_head):
            return None
        if tentative:
            return None  # "could meet", "might travel": a possibility, not a happening
        actors = self._actor_list(trigger, is_noun, kind, object_noun)
        if not actors and kind in ("other", "statement") and not self._named_subject(trigger, is_noun, in_force) \
                and not (kind == "other" and hops <= 2 and self._done_by_unnamed(trigger, is_noun)) \
                and not (is_noun and kind == "other" and hops <= 2 and lemma in NOUN_KINDS) \
                and trigger.i not in self._sittings:
            return None  # (but "the Sept. 3 incident", "a coup in May 2021": a noun the tables list as a happening)
        if not is_noun and any(c.dep_ == "mark" and c.lower_ == "since" for c in trigger.children):
            self._backdrop.add(trigger.idx)  # "his first visit since inspectors were withdrawn last year"
        if not actors and not is_noun and any(self._unnamed_people(s, trigger) for s in self._subjects(trigger)):
            self._unnamed_subjects.add(trigger.idx)  # "Experts from the two countries met": people, none named
        location = self._place(trigger, is_noun, object_noun, kind)
        start, end = self._evidence(trigger, tx)
        date_start, date_end, granularity = value_span(tx.value)
        if tx.end_value:
            _, range_end, _ = value_span(tx.end_value)
            date_end = range_end or date_end
        value = tx.value
        days = self._days_closed(trigger, is_noun, object_noun)
        if days > 1 and granularity == "day" and date_end in (None, date_start):
            # "concluded two days of talks on Wednesday": the talks are dated by their first day, Tuesday
            date_start = date_end = date_start - timedelta(days=days - 1)
            value = date_start.isoformat()
        confidence = self._confidence(trigger, hops, granularity, status, tentative, actors, date_start, date_end)
        title = self._title(trigger, is_noun, kind, status, actors, location, object_noun)
        return EventFrame(
            title=title, kind=kind, status=status,
            trigger=TextSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
            anchor=tx, date_start=date_start, date_end=date_end, granularity=granularity, value=value,
            actors=[a.name for a in actors], location=location, evidence=self.text[start:end],
            sentence_start=start, sentence_end=end, lead=False, confidence=confidence,
            actor_kinds={a.name: a.kind for a in actors}, affiliations=self._affiliations(actors),
        )

    def _unnamed_people(self, subject, trigger) -> bool:
        """A subject naming people who are none of the article's named actors ("technical experts", "farmers"),
        not an office or a pair that may stand for them ("the two presidents", "the minister")."""
        lemma = subject.lemma_.lower()
        return subject.pos_ == "NOUN" and not _is_event_noun(subject) and self._in_line(subject, trigger) \
            and lemma not in PAIR_NOUNS and lemma not in OFFICE_WORDS and lemma not in ANAPHOR_KINDS

    def _denied(self, trigger, is_noun: bool) -> bool:
        """The happening is denied, ruled out, called off or said not to have taken place: "denied that the
        two leaders had met", "ruled out a visit next month", "no talks were held", "will not attend the
        meeting", "the session was cancelled". The denial itself (a reporting verb) stays an event."""
        if is_noun:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
                return True
            gov = self._governing_verb(trigger)
            if gov is None and trigger.dep_ == "pobj" and trigger.head.head.pos_ in ("VERB", "AUX"):
                gov = trigger.head.head if trigger.head.lower_ not in ("to",) else None
            if gov is not None and trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during") \
                    and trigger.head.head.i == gov.i and (_phrasal(gov) in CANCEL_VERBS or gov.lemma_.lower() in DENIAL_VERBS):
                gov = None  # "a decision was postponed at the meeting on 25 November": where, not what
            if gov is not None:
                lemma = gov.lemma_.lower()
                if any(c.dep_ == "neg" for c in gov.children) and trigger.dep_ in ("dobj", "nsubjpass", "attr"):
                    return True
                if gov.pos_ == "VERB" and self._denied(gov, False):
                    return True  # "denied that Yerevan had promised a referendum this year"
                if lemma in DENIAL_VERBS or _phrasal(gov) in CANCEL_VERBS or (
                        lemma == "rule" and any(c.lower_ == "out" for c in gov.children)):
                    return True
            # "a planned session was cancelled": the noun is the subject of a calling-off verb
            if trigger.dep_ in ("nsubj", "nsubjpass") and _phrasal(trigger.head) in CANCEL_VERBS:
                return True
            if trigger.dep_ == "nsubjpass" and _phrasal(trigger.head) in RESCHEDULE_VERBS:
                return True  # "a summit planned for Saturday was pushed back a week": the date told is given up
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN":
                return self._denied(trigger.head.head, True)  # "a session of the talks ... was postponed"
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and self._in_line(c, trigger)
               and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in trigger.children):
            return True  # "no talks were held", "held no talks" (not a subject the parse took from a line above)
        # a verb under "deny" / "rule out" / a negated reporting verb: "denied that X had met"
        cur = trigger
        for _ in range(3):
            if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
                return False
            head = cur.head
            lemma = head.lemma_.lower()
            if lemma in DENIAL_VERBS or (lemma == "rule" and any(c.lower_ == "out" for c in head.children)):
                return cur.dep_ != "conj"
            if cur.dep_ == "ccomp" and lemma in REPORTING_VERBS and any(c.dep_ == "neg" for c in head.children):
                return True  # "did not say that they would meet"
            if lemma in REPORTING_VERBS:
                return False  # a speech act of its own ("... and said he would hold a protest")
            if cur.dep_ == "conj" and any(c.dep_ == "neg" for c in head.children) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                return True  # "was not consulted and will not attend"
            cur = head
        return False

    def _guessed_year(self, tx: Timex, status: str, planned_by_head: bool) -> bool:
        """A month named without a year that the tagger put almost a year ahead ("a first round of talks in
        July" in an August article), with no word in the clause that says it is still to come: the year is
        a guess, and a wrong one is worse than no event."""
        if self.pub_date is None or not tx.value or status != "planned" or planned_by_head:
            return False
        start, _, gran = value_span(tx.value)
        if gran != "month" or start is None or re.search(r"\d{4}|next|coming|upcoming", tx.text.lower()):
            return False
        months_ahead = (start.year - self.pub_date.year) * 12 + start.month - self.pub_date.month
        return months_ahead >= 9 and not self._future_cue

    def _named_subject(self, trigger, is_noun: bool, in_force: bool) -> bool:
        """A clause with no actor still makes an event when its subject is a definite thing that happens or
        applies ("the measures would take effect Friday", "the investigation would begin on Sept. 20")."""
        if is_noun or self._is_reporting(trigger):
            return False
        if not in_force and trigger.lemma_.lower() not in ASPECTUAL_VERBS:
            return False
        subj = next(iter(self._subjects(trigger)), None)  # "the measures are due to take effect"
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self._in_dateline(subj):
            return False
        return any(c.dep_ in ("det", "poss") for c in subj.children)

    def _done_by_unnamed(self, trigger, is_noun: bool) -> bool:
        """A happening of no known kind whose doers the article does not name: "Thousands of farmers drove
        tractors into Brussels on Tuesday", "inspectors were withdrawn last year", "the prisoners were set free
        on Thursday". A past verb, active or passive, whose subject is a plural common noun for people or things
        (not an amount that moves: "oil prices rose on Tuesday")."""
        if is_noun or self._is_reporting(trigger) or trigger.lemma_.lower() in STATIVE_VERBS | MEASURE_VERBS:
            return False
        passive = trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children)
        if trigger.tag_ != "VBD" and not passive:
            return False
        subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS" or _is_event_noun(subj) \
                or not self._in_line(subj, trigger) or self._in_dateline(subj):
            return False  # (a group of unnamed people or things: one thing, "the convoy", is too often a detail)
        words = {subj.lemma_.lower()} | {g.lemma_.lower() for p in subj.children if p.dep_ == "prep"
                                         and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
        return not words & MEASURE_NOUNS

    def _kind(self, trigger, is_noun: bool) -> tuple[str, object | None]:
        """The event kind and, for light verbs ("held talks"), the event noun that names it."""
        lemma = trigger.lemma_.lower()
        if is_noun:
            kind = _noun_kind(trigger) or "other"
            if kind == "statement" and trigger.lemma_.lower() in SIGNED_TEXT_NOUNS and any(
                    c.dep_ in ("acl", "relcl") and VERB_KINDS.get(c.lemma_.lower()) == "agreement"
                    for c in trigger.children):
                return "agreement", None  # "the Argyle declaration, signed in St Vincent": a signed accord
            if kind == "other" and (any(c.lemma_.lower() in WEAPON_NOUNS for c in trigger.lefts if c.dep_ == "compound")
                                    or any(c.dep_ == "relcl" and self._kind(c, False)[0] == "attack"
                                           for c in trigger.children)):
                return "attack", None  # "the water-cannon incident", "the incident in which a ship fired a cannon"
            return kind, None
        if self._is_reporting(trigger):
            return "statement", None
        if _expected_in(trigger) or lemma == "be" and self._present_at(trigger):
            return "visit", None
        # ("held nearly three hours of talks": the talks)
        objects = [self._event_it(c) or _measured_sitting(c) or _one_standing_for(c) or c for c in trigger.children
                   if c.dep_ in ("dobj", "attr", "nsubjpass")]
        deps = {c.dep_ for c in trigger.children}
        if "auxpass" in deps and "nsubjpass" not in deps:
            objects += self._subjects(trigger)  # "the summit is due to be held in June": the summit is held
        if lemma in ASPECTUAL_VERBS or lemma in CASUALTY_VERBS or _takes_effect(trigger):
            # "talks will resume", "a truce is due to take effect", "fighting killed 12 people", "a truce that
            # took effect" (the noun the relative pronoun stands for)
            objects += [_relative_antecedent(trigger) if c.lower_ in ("that", "which") and trigger.dep_ == "relcl"
                        else c for c in self._subjects(trigger) if c.dep_ == "nsubj" or c in trigger.ancestors]
            objects += [c for c in trigger.children if c.dep_ == "csubj"]
        if lemma in ("talk", "speak") and any(c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
                g.lower_ in ("us", "me") for g in c.children) for c in trigger.children):
            return "interview", None  # "spoke to us in his office on Saturday": the writer's interview, not a call
        if lemma in ("talk", "speak", "confer") and any(
                t.lower_ in ("phone", "telephone", "video") for t in trigger.subtree if t.i != trigger.i):
            return "call", None
        if lemma == "speak" and trigger.tag_ == "VBG" and trigger.dep_ in ("acl", "advcl") and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") for c in trigger.children):
            return "statement", None  # "Scholz, speaking on Monday evening, said ...": he spoke in public
        into = ("into", "in", "for", "to") if lemma == "return" else ("into", "in", "for")  # "return to talks"
        into += SITTING_PREPS.get(lemma, ())  # "presided over an extraordinary session"
        if lemma == "hold" and not deps & {"dobj", "nsubjpass", "auxpass", "attr", "xcomp", "ccomp"}:
            # "the 71st Ordinary Session will hold in Abuja" (West African English): a sitting that holds takes
            # place
            objects += [c for c in trigger.children if c.dep_ == "nsubj" and _noun_kind(c)]
        if VERB_KINDS.get(lemma) == "talks" and not any(s.ent_type_ == "PERSON" for s in self._subjects(trigger)):
            # "leaders are expected to discuss the crisis at a summit in Djibouti": they gather at the summit (but
            # "Xi and Putin discussed Ukraine at the summit" is their own sitting)
            objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "at"
                        for g in c.children if g.dep_ == "pobj" and _noun_kind(g) == "summit"]
        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in into):
            objects += [_measured_sitting(c) or c for c in prep.children if c.dep_ == "pobj"]
        if VERB_KINDS.get(lemma) == "agreement":
            # "agreed on Tuesday to a 72-hour truce", "the truce agreed on Tuesday" (which the parser reads as the
            # truce agreeing): what was agreed names the kind ("agreed to talks" does not: the agreement is the
            # happening, the talks are still to come)
            said = [c for c in trigger.children if c.dep_ == "nsubj"]
            for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "on")):
                said += [c for c in prep.children if c.dep_ == "pobj"]
            agreed = next((c for c in said if _noun_kind(c) in ("ceasefire", "agreement", "sanction")), None)
            if agreed is not None:
                return _noun_kind(agreed), agreed
        for obj in objects:
            kind = _noun_kind(obj)
            if kind == "statement" and VERB_KINDS.get(lemma) == "agreement":
                if obj.lemma_.lower() in SIGNED_TEXT_NOUNS:
                    return "agreement", obj  # "signed a joint declaration": a signed accord is an agreement
                return "statement", obj  # "signed a joint statement": what they say, signed or not
            if kind and (lemma in LIGHT_VERBS or lemma in STATIVE_VERBS or lemma in VERB_KINDS
                         or _phrasal(trigger) in GATHERING_PHRASES
                         or lemma in ASPECTUAL_VERBS or lemma in ("fire", "enter") or lemma in SITTING_PREPS
                         or lemma in CASUALTY_VERBS and kind == "attack"):
                return kind, obj
        if (lemma in ASPECTUAL_VERBS or _takes_effect(trigger)) and any(
                o.pos_ in ("NOUN", "PROPN") and o.lower_ in _SITTING_BODIES for o in objects):
            return "meeting", None  # "the OSCE Ministerial Council opens in Vienna": the body's sitting opens
        if lemma == "come":  # "a patrol came under fire on Saturday"
            under = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "under"
                     for g in c.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() in UNDER_NOUNS for g in under):
                return UNDER_NOUNS[under[0].lemma_.lower()], None
        if lemma in PERSON_MEETING_VERBS and any(
                c.dep_ == "dobj" and getattr(self.actors.actor_for_token(c), "kind", None) == PERSON
                for c in trigger.children):
            return "meeting", None  # "to see President Pezeshkian"
        if lemma in AIMING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS
                                         for c in trigger.children) \
                and any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in trigger.children):
            return "attack", None  # "fired a water cannon at a Philippine vessel"
        if lemma == "fire" and not any(c.dep_ == "dobj" for c in trigger.children) \
                and any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in trigger.children):
            return "attack", None  # "soldiers fired on each other again" (not "fired the minister")
        if lemma == "fire":
            return "other", None
        if lemma == "exchange" and any(c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_FIRE
                                       for c in trigger.children):
            return "attack", None  # "troops exchanged fire on Friday morning"
        if _phrasal(trigger) in GATHERING_PHRASES and any(c.dep_ == "prep" and c.lower_ == "with"
                                                          for c in trigger.children):
            return "meeting", None  # "sat down with Tiraspol's negotiator in Bender on Tuesday"
        if _takes_effect(trigger):
            subj = next(iter(self._subjects(trigger)), None)
            if subj is not None and (subj.lemma_.lower() in _MEASURE_NOUNS or _noun_kind(subj) == "sanction"):
                return "sanction", None
            return "other", None
        return VERB_KINDS.get(lemma, "other"), None

    @staticmethod
    def _event_it(tok):
        """'The ceasefire was agreed ..., and it was extended': "it" as the subject of a clause conjoined to one
        whose subject is an event noun stands for that noun."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "conj":
            return None
        return next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and _is_event_noun(c)), None)

    def _is_reporting(self, verb) -> bool:
        lemma = verb.lemma_.lower()
        if lemma not in REPORTING_VERBS:
            return False
        if lemma == "call":  # "called for talks", "called the demands excessive"
            return any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("oprd", "ccomp") for c in verb.children)
        if lemma in ("express", "voice") and any(c.dep_ == "dobj" and any(
                t.lemma_.lower() in STANCE_NOUNS for t in c.subtree) for c in verb.children):
            return True  # "expressed serious concern on Monday": a statement, with no clause of what was said
        if lemma in _ACT_ANNOUNCING and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and any(
                c.dep_ in ("dobj", "nsubjpass") and _noun_kind(c) in _ANNOUNCED_ACTS for c in verb.children):
            return False  # "announced a ceasefire", "sanctions were announced on Friday": the act, not a speech
        if lemma in REPORTING_NEEDS_COMPLEMENT:  # (not "declared the treaty to be void": an act, no speech)
            return any(c.dep_ in ("ccomp", "parataxis") and not any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in c.children) for c in verb.children)
        return True

    @staticmethod
    def _days_closed(trigger, is_noun: bool, object_noun) -> int:
        """How many days a closing verb says ended on its date: 'ended three days of talks' -> 3 (else 0)."""
        if is_noun or trigger.lemma_.lower() not in CLOSING_VERBS:
            return 0
        unit = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() == "day"), None)
        if unit is None or _measured_sitting(unit) is None:
            return 0
        return next((OFFSET_NUMBERS.get(c.lower_, 0) for c in unit.children if c.dep_ == "nummod"), 0)

    # --- status --------------------------------------------------------------------------------

    def _governing_verb(self, noun):
        """The verb a noun trigger is an argument of ("will hold talks", "the summit will be")."""
        head = noun.head
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
            return head
        if noun.dep_ == "pobj" and head.lower_ in _GOVERNING_PREPS and head.head.pos_ in ("VERB", "AUX"):
            return head.head
        return None

    @staticmethod
    def _awaited_by(noun):
        """The verb a noun comes after ("will hold talks on Tuesday ahead of the second round on Thursday",
        "prior to the summit"): a happening awaited by a plan is still to come."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ != "of" or head.head.lower_ not in ("ahead", "prior"):
            return None
        verb = head.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _past_of_its_own(self, verb, tx) -> bool:
        """'will hold talks on 19 March on the ceasefire agreed in Kuala Lumpur on 7 March': a past form with no
        auxiliary of its own, dated before publication, tells a happening of its own, not the head's plan."""
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        end = value_span(tx.value)[1] if tx and self.pub_date else None
        return end is not None and end < self.pub_date

    def _status(self, trigger, is_noun, planned_by_head, kind, tx) -> tuple[str, bool, bool]:
        """(status, tentative, contradiction). A contradiction is a clause whose tense and date disagree
        ("will speak" dated before publication, "met" dated after it): such a frame is not trusted."""
        planned = planned_by_head
        tentative = firm_future = past_form = False
        verbs = [trigger]
        if is_noun:
            gov = self._governing_verb(trigger)
            awaited_by = self._awaited_by(trigger) if gov is None else None
            verbs = [gov] if gov is not None else [awaited_by] if awaited_by is not None else []
            if any(c.lower_ in PLANNED_MODIFIERS for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")):
                planned = True
            if tx and "next" in tx.text.lower():
                planned = True
        for verb in verbs:
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            words = {c.lower_.replace("’", "'") for c in auxes}
            for word in words:
                if word in FUTURE_AUX and "have" not in words:
                    planned = True
                    firm_future = firm_future or word in _FIRM_FUTURE
                elif word in TENTATIVE_AUX:
                    planned, tentative = True, True
            if not is_noun and not planned and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and words & _PAST_AUX)):
                past_form = True
            # "is going to meet", "plans to visit", "agreed to meet" (the meeting is intended)
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNING_HEADS | {"go"}:
                planned = True
            # "the presidents are to meet in Lima": "be to" names an arrangement still to be carried out
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and verb.head.i < verb.i \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                planned = True
        if not planned and trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.head.pos_ in ("VERB", "AUX") \
                and not self._past_of_its_own(trigger, tx):
            head = trigger.head
            if any(c.dep_ == "aux" and c.lower_.replace("’", "'") in FUTURE_AUX for c in head.children):
                planned = True
        self._future_cue = planned
        contradiction = False
        if self.pub_date and tx:
            start, end, _ = value_span(tx.value)
            if start and start > self.pub_date:
                contradiction = past_form
                planned = True  # the whole span is after publication: not done yet
            elif tx.mod == "END" and not past_form and end and (end - self.pub_date).days >= _LATE_PART_DAYS:
                planned = True  # "meet again at the end of the month" written early in it: still to come
            elif end and end < self.pub_date:
                contradiction = firm_future
                if planned and is_noun and not planned_by_head:
                    planned = False  # "following March 11 talks" under "agreed to": the talks are past
            # a verb "said he would meet on March 3" stays planned (it was, then), with less confidence
        if not planned and kind == "deadline" and self.pub_date and tx:
            end = value_span(tx.value)[1]
            planned = end is not None and end >= self.pub_date  # a deadline not yet passed is still to come
        if planned:
            return "planned", tentative, contradiction
        if not is_noun and (kind == "statement" or self._is_reporting(trigger)):
            return "reported", False, contradiction
        if is_noun and kind in ("statement", "interview"):
            # "in a statement on Monday", "speaking in his address on Sunday", "an interview aired Sunday"
            return "reported", False, contradiction
        return "occurred", tentative, contradiction

    # --- actors --------------------------------------------------------------------------------

    def _np_actors(self, tok, depth: int = 0) -> list[Actor]:
        """Actors named by the noun phrase headed by `tok`, with its conjuncts."""
        out: list[Actor] = []
        if self._in_dateline(tok):  # "BRASILIA, July 29 (Reuters) - Brazil and Colombia urged"
            named = next((c for c in tok.children if c.dep_ == "appos" and not self._in_dateline(c)), None)
            return self._np_actors(named) if named is not None and depth < 2 else []
        items = [tok, *tok.conjuncts]
        for t in items:
            if is_joined_title(t) and len(items) > 1:
                continue  # "Lazaro and State Councilor and Foreign Minister Wang Yi": two parties, not three
            pair = self.actors.pair(t)
            if pair:  # "the two leaders"
                out.extend(a for a in pair if a not in out)
                continue
            group = self.actors.countries_in_modifiers(t)
            if len(group) > 1:  # "Ukrainian and U.S. officials"
                out.extend(a for a in group if a not in out)
                continue
            actor = self.actors.actor_for_token(t)
            if actor is None or (actor.kind == COUNTRY and t.pos_ == "NOUN"):
                # "Russia's deputy foreign minister, Alexander Grushko": the apposition names them
                appos = self.actors.holder_appos(t)  # also "the envoy for Sudan, Ramtane Lamamra"
                if appos is not None:
                    actor = self.actors.actor_for_token(appos) or actor
                    # "Serbia's president, Aleksandar Vucic, and Kosovo's prime minister, Albin Kurti": the parser
                    # hangs the second office on the first name
                    items += [c for c in appos.conjuncts if c not in items]
            group_noun = _is_group_noun(t)
            if actor is None and group_noun:
                actor = self._seat_of_government(t)  # "officials in Tokyo said"
            if actor is None:
                found = self.actors.countries_in_modifiers(t)
                if not found and depth < 2 and group_noun:
                    # "the foreign ministers of South Korea and Japan", "the board of governors of the IAEA",
                    # "delegations from Sudan's army and the Rapid Support Forces"
                    preps = ("of", "from", "for") if t.lemma_.lower() in _SIDE_NOUNS else ("of", "from")
                    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in preps):
                        for pobj in (c for c in prep.children if c.dep_ == "pobj" and not _is_portfolio(c)):
                            found = self._np_actors(pobj, depth + 1)
                for a in found:
                    if a not in out:
                        out.append(a)
                continue
            if actor not in out:
                out.append(actor)
        return out

    def _seat_of_government(self, tok) -> Actor | None:
        """'officials in Tokyo': people placed in a capital the tables know speak for its country."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = self.actors.entity(pobj)
                country = lookup(self.text[ent.start_char:ent.end_char]) if ent is not None else None
                if country is not None and country.kind == COUNTRY and ent.label_ == "GPE":
                    return country
        return None

    def _affiliations(self, actors: list[Actor]) -> dict[str, str]:
        """The country this article ties each person actor to."""
        return {a.name: self.actors.affiliations[a.name] for a in actors
                if a.kind == PERSON and a.name in self.actors.affiliations}

    def _in_line(self, tok, trigger) -> bool:
        line = self._line_of(trigger.idx)
        return line is None or line[0] <= tok.idx < line[1]

    def _speaker_label(self, tok) -> bool:
        """'Lin Qiaoyun: During the visit, X will hold talks': a transcript's speaker label opening the line, which
        the parser takes for the subject, names who speaks, not who acts."""
        after = tok.right_edge.i + 1
        line = self._line_of(tok.left_edge.idx)
        return after < len(tok.doc) and tok.doc[after].text == ":" and line is not None \
            and not self.text[line[0]:tok.left_edge.idx].strip()

    def _subjects(self, verb) -> list:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not self._speaker_label(c)]
        labels = self.actors._label_tokens
        if any(c.i in labels for c in subj):
            # "Question (Koha Ditore): The chief negotiators ... meet": the parser makes the label the subject and
            # the real one its apposition
            subj = [c for c in subj if c.i not in labels] + [a for c in subj if c.i in labels for a in c.children
                                                              if a.dep_ == "appos" and a.i not in labels]
        cur = verb
        for _ in range(3):  # "agreed to convene", "is due to travel", "held talks and is due to meet"
            if subj or cur.dep_ not in ("xcomp", "advcl", "conj", "acomp"):
                break
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                # "Lee invited Takaichi to visit Seoul": Takaichi visits
                subj = [c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i]
                if subj:
                    break
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX", "ADJ"):
                break
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and cur.dep_ == "ccomp" and cur.pos_ == "AUX" and cur.i > cur.head.i:
            # "The truce agreed on Tuesday is due to expire": the parser read the truce as agreeing and left "is"
            # without its subject; a clause with no subject of its own continues the event noun's
            subj = [c for c in cur.head.children if c.dep_ == "nsubj" and _is_event_noun(c)]
        if not subj and verb.dep_ == "ROOT":
            # "In Tehran, the watchdog's chief, Rafael Grossi, held talks": the parser hangs the subject on the
            # opening place as an apposition
            # (also on the opening date: "Yesterday in Djibouti, our envoy, X, met ...")
            openers = [verb, *(c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i)]
            for prep in (c for o in openers for c in o.children if c.dep_ == "prep" and c.i < verb.i):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    subj += [c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i and c.pos_ in ("NOUN", "PROPN")]
                    # (or as a conjunct of the place: "In Strasbourg, the Council of Europe's Committee adopted")
                    subj += [c for c in pobj.children if c.dep_ == "conj" and c.i > pobj.i + 1
                             and self.doc[pobj.i + 1].text == "," and pobj.ent_type_ in ("GPE", "LOC")
                             and c.ent_type_ in ("ORG", "PERSON", "NORP")]
        if not subj and cur.dep_ == "acl" and cur.i > cur.head.i and _is_event_noun(cur.head) \
                and verb.lemma_.lower() in ASPECTUAL_VERBS:
            # "the exchange, scheduled to begin on 26 February": the noun the participle describes begins
            subj = [cur.head]
        return subj

    def _nearest_actor_before(self, trigger) -> list[Actor]:
        """When the parse ran a headline into the sentence: the last actor named before the trigger on
        the trigger's line."""
        line = self._line_of(trigger.idx)
        if line is None:
            return []
        for ent in reversed([e for e in self.actors.ents if line[0] < e.end_char and e.end < trigger.i + 1]):
            if ent.end > trigger.i or self._in_dateline(ent.root):
                continue
            if ent.start_char < line[0]:
                # "... Tells Security Council" + "The Security Council met today": the tagger ran a name across the
                # line break; the part on the trigger's line is the name
                part = self.actors.resolve_part(ent, line[0])
                if part is not None:
                    return [part]
                continue
            actor = self.actors.actor_for_token(ent.root)
            if actor is not None:
                # "Brazil and Colombia urged": the conjoined names too
                heads = [ent.root, *[c for c in ent.root.conjuncts if c.i < trigger.i]]
                if ent.root.dep_ == "conj":
                    heads = [ent.root.head, *[c for c in ent.root.head.conjuncts if c.i < trigger.i]]
                found = []
                for h in sorted(heads, key=lambda t: t.i):
                    a = self.actors.actor_for_token(h)
                    if a is not None and a not in found and not self._in_dateline(h):
                        found.append(a)
                return found or [actor]
        return []

    def _actor_list(self, trigger, is_noun: bool, kind: str, object_noun) -> list[Actor]:
        actors: list[Actor] = []

        def add(items):
            for a in items:
                if a not in actors:
                    actors.append(a)

        if is_noun:
            gov = self._governing_verb(trigger) if trigger.dep_ in ("dobj", "attr") else None
            if gov is None and trigger.dep_ == "pobj" and (trigger.head.lower_ in _GOVERNING_PREPS or (
                    trigger.head.lower_ == "for" and kind in _SITTING_KINDS)):  # "join X for a meeting with Y"
                gov = trigger.head.head if trigger.head.head.pos_ == "VERB" else None
            if gov is not None and not (trigger.dep_ == "dobj" and gov.lemma_.lower() in REGARD_VERBS):
                for s in self._subjects(gov):  # ("The Council welcomes the meeting of ...": it only looks on)
                    if self._in_line(s, trigger):
                        add(self._np_actors(s))
            for child in trigger.children:
                if child.dep_ == "poss":
                    add(self._np_actors(child))
                elif child.dep_ in ("compound", "amod", "nmod") and child.i < trigger.i:
                    actor = self.actors.actor_for_token(child)
                    if actor is not None and actor.kind != PERSON or (actor and child.pos_ == "PROPN"):
                        add([actor])
            if kind in _SITTING_KINDS:
                # "a meeting of the UN Security Council": the body that sits (a body only: "a meeting of
                # foreign ministers" names people the tables do not know)
                add(a for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for pobj in prep.children if pobj.dep_ == "pobj"
                    for a in self._np_actors(pobj) if a.kind == ORGANIZATION)
            self._agents = len(actors)
            self._add_prep_actors(trigger, add, kind == "attack")
            return actors
        subjects = [s for s in self._subjects(trigger) if self._in_line(s, trigger)]
        if not subjects and trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.pos_ in ("PROPN", "NOUN"):
            subjects = [trigger.head]  # "Scholz, speaking on Monday": the noun the participle describes
        for s in subjects:
            add(self._np_actors(s))
            if _is_event_noun(s) and trigger.lemma_.lower() in ASPECTUAL_VERBS:
                for owner in (c for c in s.children if c.dep_ == "poss"):
                    add(self._np_actors(owner))  # "Wang's visit began on Monday": Wang's
        if not subjects and (any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
                             or trigger.head.i != trigger.i and not self._in_line(trigger.head, trigger)):
            add(self._nearest_actor_before(trigger))
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
            # (also when the parser lost the passive's subject: "said the tanker, carrying X, had been retaken by Y")
            agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
            if agent is not None:
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    actors[:0] = [a for a in self._np_actors(pobj) if a not in actors]
        if self._is_reporting(trigger):
            if trigger.lemma_.lower() == "tell":
                for obj in (c for c in trigger.children if c.dep_ in ("dobj", "dative")):
                    add(self._np_actors(obj))
            return actors
        attack = kind == "attack"
        for obj in (c for c in trigger.children if c.dep_ in ("dobj", "dative", "attr")):
            if object_noun is not None and obj.i == object_noun.i:
                continue
            if kind == "visit" and self._place_text(obj):  # "visit Brussels": a destination, not an actor
                continue
            if attack and self._attacked_town(obj):  # "struck Kharkiv": the place, not a party
                continue
            add(self._np_actors(obj))
        for obj in self._object_after_date(trigger):
            add(self._np_actors(obj))
        if trigger.lemma_.lower() in _ATTENDING_VERBS:
            # "represents Finland at the General Affairs Council", "took part in the meeting of the NB8": the body
            # whose sitting it is takes part too
            for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("at", "in")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                        continue  # "joined ... in Brussels": where, not a body (nor the EU it stands for)
                    inner = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj"] if _is_event_noun(pobj) else [pobj]
                    add(a for g in inner for a in self._np_actors(g) if a.kind == ORGANIZATION)
        self._add_prep_actors(trigger, add, attack)
        if object_noun is not None:
            self._add_prep_actors(object_noun, add, attack)
        return actors

    @staticmethod
    def _object_after_date(verb) -> list:
        """'received in Jeddah on Monday the First Vice President of Iran, X': an object written after the date
        (agency style), which the parser hangs on the date as its apposition."""
        return [ap for prep in verb.children if prep.dep_ == "prep"
                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ in _DATED_TYPES
                for ap in pobj.children if ap.dep_ == "appos" and ap.ent_type_ not in _DATED_TYPES and ap.i > pobj.i]

    def _add_prep_actors(self, tok, add, attack: bool = False) -> None:
        visit = VERB_KINDS.get(tok.lemma_.lower()) == "visit" and tok.pos_ == "VERB"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _ACTOR_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ == "on" and not _is_event_noun(tok):
                    continue
                if visit and prep.lower_ == "to" and self._destination(pobj):
                    continue
                if attack and prep.lower_ in _TARGET_PREPS and self._attacked_town(pobj):
                    continue  # "a drone attack on Kharkiv": the place, not a party
                add(self._np_actors(pobj))

    # --- place ---------------------------------------------------------------------------------

    def _place(self, trigger, is_noun: bool, object_noun, kind: str | None = None) -> str | None:
        place = self._stated_place(trigger, is_noun, object_noun)
        if place is None and not is_noun:
            place = self._place_there(trigger)
        if place is None and kind == "attack":
            place = next(filter(None, map(self._attacked_town, self._attack_targets(trigger, object_noun))), None)
        return place

    def _place_there(self, verb) -> str | None:
        """'They first met there': "there" is the last place named before it in the paragraph ("agreed to meet
        again in Nairobi")."""
        if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
            return None
        line = self._line_of(verb.idx)
        if line is None:
            return None
        for tok in reversed(self.doc[:verb.i]):
            if tok.idx < line[0]:
                return None
            if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS | {"to"}:
                place = self._place_text(tok)
                if place:
                    return place
        return None

    def _attack_targets(self, trigger, object_noun) -> list:
        """What an attack is aimed at: the object of "struck", the "on" / "of" / "against" phrase of "attack",
        "shelling", and the "of" / "in" phrase of a common noun there ("strikes on residential areas of
        Kharkiv")."""
        targets = []
        for h in (t for t in (trigger, object_noun) if t is not None):
            if h.pos_ == "VERB":
                targets += [c for c in h.children if c.dep_ == "dobj" and (object_noun is None or c.i != object_noun.i)]
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS):
                if h.pos_ != "VERB" or prep.lower_ == "against":
                    targets += [c for c in prep.children if c.dep_ == "pobj"]
        for t in list(targets):
            if t.pos_ == "NOUN":
                for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
                    targets += [c for c in prep.children if c.dep_ == "pobj"]
        return targets

    def _attacked_town(self, tok) -> str | None:
        """The name of a town or region an attack is aimed at: a proper name the actor tables do not know
        as a country, person, organization or group (capitals included: "struck Kyiv" hit the city), and
        not a person's full name. None otherwise: "attacked Ukraine", "strikes on Hezbollah" name parties."""
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME") or _is_calendar_word(tok.lower_):
            return None  # "the confrontation on Saturday": a day, not a town
        ent = self.actors.entity(tok)
        if ent is not None and (ent.label_ in ("PERSON", "ORG") and len(ent) > 1 or ent.label_ == "NORP"):
            return None
        start, end = (ent.start_char, ent.end_char) if ent is not None else (tok.idx, tok.idx + len(tok.text))
        text = self.text[start:end].removeprefix("the ").removeprefix("The ")
        if lookup(text, as_place=True) is not None or self.actors.names_person(text):
            return None
        return text

    def _stated_place(self, trigger, is_noun: bool, object_noun) -> str | None:
        heads = [trigger]
        if object_noun is not None:
            heads.append(object_noun)
        if is_noun:  # "the summit, which was held in Cairo" (also where the parser hung "held" elsewhere)
            heads += [c for c in trigger.sent if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ == "VERB"
                      and _described_noun(c) is not None and _described_noun(c).i == trigger.i]
        for h in list(heads):
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _ACTOR_PREPS | {"between"}):
                heads += [c for c in prep.children if c.dep_ == "pobj"]
            for obj in (c for c in h.children if c.dep_ == "dobj"):
                # "hosted X, the president, and Y, the prime minister, in Brussels": the parser hangs the place on
                # the last of the names
                named = [a for a in obj.children if a.dep_ == "appos"]
                heads += [obj, *obj.conjuncts, *named, *(c for a in named for c in a.conjuncts)]
        if not is_noun and VERB_KINDS.get(trigger.lemma_.lower()) == "visit":
            back = [g for c in trigger.children if c.dep_ == "advmod" and c.lower_ in ("back", "home") for g in c.children]
            for child in (*trigger.children, *back):  # "flew back to Vienna"
                targets = [child] if child.dep_ == "dobj" else (
                    [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "to" else [])
                for t in targets:
                    place = self._destination(t)
                    if place:
                        return place
        for h in heads:
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    named = next((g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) \
                        if pobj.lemma_.lower() in _SETTLEMENT_NOUNS else None
                    if named is not None:  # "in the Armenian town of Ijevan": a place, whatever the tagger took it for
                        ent = self.actors.entity(named)
                        return self.text[ent.start_char:ent.end_char] if ent is not None else named.text
                    place = self._place_text(pobj)
                    if place:
                        return place
        return None

    def _destination(self, tok) -> str | None:
        """Where a visit goes: a place entity, or any non-person name ("El Arish" tagged ORG)."""
        place = self._place_text(tok)
        if place:
            return place
        ent = self.actors.entity(tok)
        if ent is not None and ent.label_ == "ORG" and self.actors.actor_for_token(tok) is not None:
            actor = self.actors.actor_for_token(tok)
            if actor.kind == "organization" and actor.name not in _KNOWN_ORGS:
                return self.text[ent.start_char:ent.end_char].removeprefix("the ")
        return None

    def _place_text(self, tok) -> str | None:
        ent = self.actors.entity(tok)
        if ent is None or not (ent.label_ in ("GPE", "LOC", "FAC")
                               # "Paraguay", "Asuncion" or "Yerevan" taken for an organization, a people or a
                               # person: still places
                               or ent.label_ in ("ORG", "NORP", "PERSON") and self._country_or_capital(ent)
                               # "arrived in Goma", "to visit Uvira and Bukavu", "talks in Bissau": a town taken
                               # for a person or a body the article names nowhere else
                               or ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and stands_as_place(tok)
                               and not self.actors.names_person(tok.text) and lookup(tok.text) is None
                               and not is_time_zone(tok.text)  # (not "at 03:10 GMT")
                               and tok.lower_ not in _INSTITUTION_WORDS):  # (not "met at the Department")
            return None
        start, end = ent.start_char, ent.end_char
        for child in tok.children:  # "Jeddah, Saudi Arabia"
            if child.dep_ in ("appos", "conj") and child.i > tok.i:
                other = self.actors.entity(child)
                if other is not None and other.label_ in ("GPE", "LOC") and other.start_char - end <= 2:
                    end = other.end_char
        text = self.text[start:end]
        if text.lower().startswith("the "):
            text = text[4:]
        return text

    def _country_or_capital(self, ent) -> bool:
        """Whether the tables know the entity's words as a country or a capital (not a demonym)."""
        text = self.text[ent.start_char:ent.end_char]
        actor = lookup(text)
        return actor is not None and actor.kind == COUNTRY and text.casefold() not in DEMONYMS

    # --- confidence ----------------------------------------------------------------------------

    def _confidence(self, trigger, hops, granularity, status, tentative, actors, date_start, date_end) -> float:
        score = 0.6
        score += 0.15 if hops <= 2 else -0.1 * (hops - 2)
        if granularity in ("day", "time"):
            score += 0.05
        elif granularity not in ("week",):
            score -= 0.1
        if tentative:
            score -= 0.2
        if not actors:
            score -= 0.15
        if self.pub_date and date_start:
            if status == "planned" and date_end and date_end < self.pub_date:
                score -= 0.25
            if status != "planned" and date_start > self.pub_date:
                score -= 0.3
        return round(max(0.05, min(0.95, score)), 2)

    # --- titles --------------------------------------------------------------------------------

    def _name(self, actor: Actor) -> str:
        return self.actors.short_name(actor)  # the article's own usage ("Ishiba"), else the usual short form

    def _phrase(self, tok, max_words: int = 4) -> str:
        """A short noun phrase for a headline: modifiers and head, no determiners or quotes."""
        actor = self.actors.actor_for_token(tok)
        if actor is not None and (self.actors.entity(tok) is not None or tok.pos_ == "PRON"):
            return self._name(actor)
        left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod", "nmod", "npadvmod")]
        start = tok.i
        for c in left:
            start = min(start, c.left_edge.i)
        line = self._line_of(tok.idx) or (0, len(self.text))  # not a header word the parse ran in ("BST experts")
        words = [t for t in self.doc[start:tok.i + 1] if line[0] <= t.idx < line[1]
                 and t.dep_ not in ("det", "poss", "case") and t.text not in ('"', "“", "”", "'", "‘", "’")]
        if len(words) > max_words:
            words = words[-max_words:]
            while len(words) > 1 and (words[0].is_punct or not self.doc[words[0].i - 1].whitespace_):
                words = words[1:]  # not "-hour humanitarian truce" from a cut "72-hour"
        text = ""
        for t in words:
            text += t.text + (t.whitespace_ if t is not words[-1] else "")
        return text.strip().strip('“”"')

    def _noun_with_of(self, tok) -> str:
        """'meeting of defence ministers', 'second round of talks': the noun and its "of" phrase."""
        text = self._phrase(tok, max_words=3)
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return f"{text} of {self._phrase(pobj, max_words=3)}"
        return text

    def _join(self, names: list[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]

    def _title(self, trigger, is_noun, kind, status, actors, location, object_noun) -> str:
        place = f" in {short_name(location)}" if location else ""
        if kind == "attack" and location and any(
                c.dep_ == "dobj" and self._attacked_town(c) == location for c in trigger.children):
            place = ""  # "Russia strikes Kharkiv": the object already names the place
        names = [self._name(a) for a in actors]
        lemma = trigger.lemma_.lower()
        if is_noun:
            verb_one, verb_many = NOUN_TITLE_VERBS.get(kind, ("holds " + trigger.lemma_, "hold " + trigger.lemma_))
            if kind == "interview" and len(names) > 1:
                verb = "to give" if status == "planned" else "gives"
                return self._finish(f"{names[0]} {verb} interview to {self._join(names[1:])}")
            gov = trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else None
            if gov is not None and gov.lemma_.lower() in LIGHT_VERBS and names:
                # "UK to host meeting of defence ministers"
                light = gov.lemma_.lower()
                verb = f"to {light}" if status == "planned" else (
                    _third_person(light, gov.text) if len(names[:1]) == 1 else light)
                return self._finish(f"{names[0]} {verb} {self._noun_with_of(trigger)}{place}")
            if kind == "attack" and not self._agents:
                names = []  # "the attack on Kharkiv": Kharkiv is the target, not the attacker
            if not names:
                noun = self._noun_with_of(trigger)
                noun = noun[:1].upper() + noun[1:]
                target = ""
                for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in", "at")):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None and self.actors.entity(pobj) is not None:
                        target = f" {prep.lower_} {self._phrase(pobj)}"
                        break
                return self._finish(f"{noun}{target}{' planned' if status == 'planned' else ''}"
                                    f"{place if not target else ''}")
            if kind == "deadline":
                return self._finish(f"Deadline for {self._join(names[:2])}{place}")
            if status == "planned":
                verb = f"to {verb_many}"
            else:
                verb = verb_one if len(names[:2]) == 1 else verb_many
            return self._finish(f"{self._join(names[:2])} {verb}{place}")
        # verbs
        subject_tok = next((s for s in self._subjects(trigger) if self._in_line(s, trigger)), None)
        if subject_tok is not None and subject_tok.lower_ in ("that", "which") and trigger.dep_ == "relcl":
            subject_tok = _relative_antecedent(trigger)  # "a truce that took effect": the truce did
        if subject_tok is not None and self._event_it(subject_tok) is not None:
            subject_tok = self._event_it(subject_tok)  # "it was extended": the ceasefire was
        if subject_tok is None and object_noun is not None and object_noun.dep_ == "csubj":
            subject_tok = object_noun  # "Fighting around Uvira killed 12 people"
        effect = ""
        if _takes_effect(trigger):  # "takes effect", "comes into force", "enters into force"
            effect = " effect" if lemma == "take" else " into " + next(
                g.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                if g.lower_ in ("force", "effect"))
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in trigger.children):
            effect = " place"  # "a fourth round would take place in Muscat"
        if object_noun is not None and subject_tok is not None and object_noun.i == subject_tok.i:  # "talks with Turkey will resume"
            noun = self._phrase(object_noun)
            owners = [self._name(a) for c in object_noun.children if c.dep_ == "poss" for a in self._np_actors(c)]
            if owners and names and names[0] == owners[0]:
                subject = f"{owners[0]}'s {noun}"  # "Wang's visit begins"
            else:
                subject = noun[:1].upper() + noun[1:] + (f" with {self._join(names[:2])}" if names else "")
            verb = f"to {lemma}" if status == "planned" else _third_person(lemma, trigger.text)
            if status != "planned" and object_noun.tag_ in ("NNS", "NNPS", "VBZ"):
                verb = lemma
            if trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children) or (
                    VERB_KINDS.get(lemma) == "agreement" and trigger.tag_ in ("VBD", "VBN")):
                # "talks were held in Ankara" -> "Talks held in Ankara", not "Talks hold"; "the truce agreed on
                # Tuesday" -> "Truce agreed"
                verb = f"to be {trigger.lower_}" if status == "planned" else trigger.lower_
            if lemma in CASUALTY_VERBS:
                effect = self._object_text(trigger, [], lemma)  # "Fighting kills 12 people"
            return self._finish(f"{subject} {verb}{effect}{place}")
        plural = False
        if names and (subject_tok is None or self.actors.actor_for_token(subject_tok) is not None
                      or self._np_actors(subject_tok)):
            subject = names[0]
            rest_names = names[1:]
            subj_actors = []  # all the subjects: the parser may split "Delegations from X and the Y agreed" in two
            for subj in (s for s in self._subjects(trigger) if self._in_line(s, trigger)) if subject_tok else ():
                subj_actors += [a for a in self._np_actors(subj) if a not in subj_actors]
            if len(subj_actors) >= 2 and status != "reported":
                # "Iran and the US hold talks", "Scholz and Tusk hold meeting"
                subject = self._join([self._name(a) for a in subj_actors[:2]])
                rest_names = [n for n in names if n not in (self._name(a) for a in subj_actors[:2])]
                plural = True
        elif subject_tok is not None and subject_tok.pos_ == "PRON":
            # "They met in Abu Dhabi" with no one to resolve "they" to: no pronoun in a headline
            subject, rest_names = "", names
        else:
            subject = self._phrase(subject_tok) if subject_tok is not None else ""
            if subject_tok is not None and _one_standing_for(subject_tok) is not None:
                subject = re.sub(r"\bone\b", _one_standing_for(subject_tok).lower_, subject)  # "Last round held"
            subject = subject[:1].upper() + subject[1:]
            rest_names = names
            plural = subject_tok is not None and _is_plural(subject_tok)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children) and trigger.tag_ == "VBN"
        if status == "reported":
            verb = _third_person(lemma, trigger.text)
            line = self._line_of(trigger.idx)
            comp = next((c for c in trigger.children if c.dep_ in ("ccomp", "parataxis")
                         and line is not None and line[0] <= c.idx < line[1]), None)  # not a headline run in
            inner = self._clause_summary(comp) if comp is not None else ""
            if lemma == "tell":
                told = next((c for c in trigger.children if c.dep_ in ("dobj", "dative")), None)
                told_text = self._phrase(told, max_words=2) if told is not None else self._join(rest_names)
                return self._finish(f"{subject} tells {told_text} {inner}".strip())
            if not inner:
                obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
                inner = self._phrase(obj) if obj is not None else ""
            return self._finish(f"{subject} {verb} {inner}".strip())
        if _phrasal(trigger) in GATHERING_PHRASES and kind in NOUN_TITLE_VERBS and subject:
            # "sat down for two days of talks": the sitting makes the headline, not the sitting down
            verb_one, verb_many = NOUN_TITLE_VERBS[kind]
            verb = f"to {verb_many}" if status == "planned" else (verb_many if plural else verb_one)
            return self._finish(f"{subject} {verb}{place}")
        verb_lemma = trigger.lemma_.lower()
        if kind == "deadline":
            who = f" for {subject}" if names and subject else ""
            return self._finish(f"Deadline{who} to {verb_lemma}{self._object_text(trigger, [], verb_lemma)}")
        if passive and subject:
            # "Youssouf was elected chair" -> "Youssouf elected chair"; "the text had been agreed" -> "Text agreed"
            verb = f"to be {trigger.text.lower()}" if status == "planned" and not _expected_in(trigger) \
                else trigger.text.lower()  # (not "Tewodros to be expected")
        elif status == "planned":
            verb = f"to {verb_lemma}"
        elif plural:
            verb = verb_lemma
        else:
            verb = _third_person(verb_lemma, trigger.text)
        if not subject:
            noun = {"meeting": "Meeting", "talks": "Talks", "call": "Call", "visit": "Visit", "attack": "Attack",
                    "agreement": "Agreement", "statement": "Statement"}.get(kind)
            if noun:
                with_names = f" with {self._join(rest_names[:2])}" if rest_names else ""
                return self._finish(f"{noun}{with_names}{' planned' if status == 'planned' else ''}{place}")
        if location and VERB_KINDS.get(verb_lemma) == "visit":  # "to travel to Tehran for talks": the trip
            where = short_name(location)
            prep = "" if verb_lemma in ("visit", "tour") else (" in" if verb_lemma in ("arrive", "land") else " to")
            return self._finish(f"{subject} {verb}{prep} {where}".strip())
        obj_text = self._object_text(trigger, rest_names, verb_lemma)
        intended = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if intended is not None and verb_lemma in DECIDING_HEADS and not obj_text:
            # "Ethiopia and Somalia agree to restore full diplomatic relations"
            lemma_x = intended.lemma_.lower()
            obj_text = f" to {lemma_x}{self._object_text(intended, [], lemma_x)}"
        return self._finish(f"{subject} {verb}{obj_text}{place}".strip())

    def _object_text(self, verb, rest_names: list[str], lemma: str) -> str:
        parts = []
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if obj is not None:
            held = [a for a in self._np_actors(obj) if a.kind == PERSON] \
                if obj.pos_ == "NOUN" and self.actors.holder_appos(obj) is not None else []
            # "hosted Serbia's president, Aleksandar Vucic, and Kosovo's prime minister, Albin Kurti": the names
            phrase = self._join([self._name(a) for a in held[:2]]) if held else self._phrase(obj)
            parts.append(phrase)
            used = {phrase, *(self._name(a) for a in held)}
        else:
            used = set()
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "between")):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if obj is None and prep.lower_ == "to" and VERB_KINDS.get(lemma) == "agreement" \
                    and _noun_kind(pobj) in ("ceasefire", "agreement"):
                parts.append(f"to {self._phrase(pobj)}")  # "agree to 72-hour humanitarian truce"
                break
            names = [self._name(a) for a in self._np_actors(pobj)]
            if not names:
                continue
            word = prep.lower_
            if lemma in ("speak", "talk") and word == "to":
                word = "with"
            if lemma == "meet" and word == "with":
                parts.append(self._join(names))
            else:
                parts.append(f"{word} {self._join(names)}")
            used.update(names)
            break
        if not parts and obj is None:
            leftover = [n for n in rest_names if n not in used]
            if leftover:
                parts.append(("with " if lemma in ("speak", "talk") else "") + self._join(leftover[:2]))
        text = " ".join(p for p in parts if p)
        return f" {text}" if text else ""

    def _clause_summary(self, verb) -> str:
        """'military leaders will meet in UK' for a reported clause."""
        if verb.pos_ not in ("VERB", "AUX"):
            return ""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subject = ""
        if subj is not None:
            if subj.pos_ == "PRON":
                subject = subj.text.lower() if subj.lower_ != "i" else ""
            else:
                subject = self._phrase(subj)
        future = any(c.dep_ == "aux" and c.lower_.replace("’", "'") in FUTURE_AUX for c in verb.children)
        modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in ("must", "should", "could", "might", "may", "can")), None)
        lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in verb.children)
        due = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in PLANNING_HEADS), None)
        intended = next((c for c in (due or verb).children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
            if due is not None or lemma in PLANNING_HEADS else None
        if intended is not None and not negated:
            # "Grossi is due to travel to Tehran" -> "Grossi to travel to Tehran", as a headline says it
            verb, lemma, vp = intended, intended.lemma_.lower(), f"to {intended.lemma_.lower()}"
        elif future:
            vp = f"will not {lemma}" if negated else f"will {lemma}"
        elif modal:
            vp = f"{modal} not {lemma}" if negated else f"{modal} {lemma}"
        elif negated:
            vp = f"did not {lemma}" if verb.tag_ in ("VBD", "VBN") else f"does not {lemma}"
        elif verb.tag_ in ("VBD", "VBN"):
            vp = verb.text.lower()
        elif verb.tag_ == "VBG":
            vp = f"{'are' if subj is not None and _is_plural(subj) else 'is'} {verb.text.lower()}"
        else:
            vp = verb.text.lower() if subject else _third_person(lemma, verb.text)
        obj = self._object_text(verb, [], lemma)
        place = self._place(verb, False, None)
        if place and VERB_KINDS.get(lemma) == "visit":
            obj, place = "", f"{'' if lemma in ('visit', 'tour') else ' to'} {short_name(place)}"  # "to travel to Tehran"
        else:
            place = f" in {short_name(place)}" if place else ""
        return f"{subject} {vp}{obj}{place}".strip()

    def _finish(self, title: str) -> str:
        title = " ".join(title.replace(" ,", ",").split())
        if (m := _TRAILING_PLACE.search(title)) and re.search(rf"\b{re.escape(m[1])}\b", title[:m.start()]):
            title = title[:m.start()]  # "Modi to travel to China in China": the place is already there
        words = title.split()
        if len(words) > 14:
            words = words[:14]
        while len(" ".join(words)) > _MAX_TITLE and len(words) > 3:
            words = words[:-1]  # headlines stay short: cut at a word boundary
        while len(words) > 3 and words[-1].lower() in _SMALL_WORDS | {"will", "would", "not"}:
            words = words[:-1]  # never end on "in", "to", "will"
        title = " ".join(words)
        return title[:1].upper() + title[1:]

    # --- lead ----------------------------------------------------------------------------------

    def _lead(self, frames: list[EventFrame], dateline, timexes) -> EventFrame | None:
        """The first body sentence's main event when it has no date of its own."""
        if self.pub_date is None or not self.prose:
            return None
        s, e = self.prose[0]
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return None
        # the line's own root: spaCy may have run the headline into the first sentence, or split the
        # dateline off as a sentence of its own
        opening = span[0]
        if dateline:
            opening = next((t for t in span if t.idx >= dateline[1] and not t.is_space), span[0])
        sent = opening.sent  # (once: Token.sent builds a new span on every call)
        first_sent = [t for t in span if sent.start <= t.i < sent.end]
        roots = [t for t in first_sent if t.head.i == t.i or not (s <= t.head.idx < e)]
        roots = [t for t in roots if t.pos_ in ("VERB", "AUX")] or roots
        if not roots:
            return None
        root = roots[0]
        if root.pos_ == "VERB" and self._is_reporting(root):
            # "X signed an accord, officials said": the news is the reported clause before the attribution
            comp = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i
                         and c.pos_ in ("VERB", "AUX") and s <= c.idx < e), None)
            if comp is not None:
                root = comp
        if root.i in self._dated_triggers or any(f.trigger.start == root.idx for f in frames):
            return None
        if root.pos_ == "AUX":
            noun = next((c for c in root.children if c.dep_ in _SUBJ and _is_event_noun(c)), None)
            if noun is None:
                return None
            trigger, is_noun = noun, True
        elif root.pos_ == "VERB":
            trigger, is_noun = root, False
        else:
            return None
        anchor = None
        value = self.pub_date.isoformat()
        sent_start, sent_end = root.sent.start_char, root.sent.end_char
        loose = sorted({t.start: t for t in self._unattached
                        if sent_start <= t.start < sent_end and s <= t.start < e}.values(), key=lambda t: t.start)
        if loose:
            # the sentence gives a date the tree walk could not place ("elected X as chair of the
            # commission on Saturday"): a past day in the lead sentence dates its past main verb; anything
            # else makes the publication day too unsure to use
            start_day, end_day, gran = value_span(loose[0].value)
            if len(loose) > 1 or gran not in ("day", "time") or start_day is None or start_day > self.pub_date \
                    or root.tag_ != "VBD":
                return None
            dateline = None
            anchor = loose[0]
            value = anchor.value
        elif not (dateline and any(dateline[0] <= t.start < dateline[1] for t in timexes)):
            # no dateline date: the publication day is only a guess, and a sentence that names another day
            # ("elected X on Saturday, on the first day of a summit") is most likely about that day
            for t in timexes:
                if sent_start <= t.start < sent_end and s <= t.start < e and t.type in _DATED_TYPES and t.value:
                    day, _, gran = value_span(t.value)
                    if gran in ("day", "time") and day is not None and day != self.pub_date:
                        return None
        if dateline:
            in_dateline = [t for t in timexes if dateline[0] <= t.start < dateline[1] and t.value
                           and t.type in _DATED_TYPES and value_span(t.value)[0] is not None]
            if in_dateline:
                anchor = in_dateline[0]
                value = anchor.value
        date_start, date_end, granularity = value_span(value)
        if anchor is None:
            granularity = "day"
        pseudo = Timex(0, 0, "", "DATE", value)
        kind, object_noun = self._kind(trigger, is_noun)
        status, tentative, _ = self._status(trigger, is_noun, False, kind, pseudo)
        if status == "planned":
            return None  # a future lead event has no date of its own to give it
        actors = self._actor_list(trigger, is_noun, kind, object_noun)
        if not actors:
            return None
        if not is_noun and trigger.lemma_.lower() in STATIVE_VERBS and object_noun is None:
            return None
        location = self._place(trigger, is_noun, object_noun, kind)
        start, end = self._evidence(trigger)
        return EventFrame(
            title=self._title(trigger, is_noun, kind, status, actors, location, object_noun),
            kind=kind, status=status,
            trigger=TextSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
            anchor=anchor, date_start=date_start, date_end=date_end, granularity=granularity, value=value,
            actors=[a.name for a in actors], location=location, evidence=self.text[start:end],
            sentence_start=start, sentence_end=end, lead=True,
            confidence=0.45 if anchor is not None else 0.35,
            actor_kinds={a.name: a.kind for a in actors}, affiliations=self._affiliations(actors),
        )

    # --- one article, one frame per happening --------------------------------------------------

    def _dedupe(self, frames: list[EventFrame]) -> list[EventFrame]:
        kept: list[EventFrame] = []
        for frame in sorted(frames, key=lambda f: f.lead):  # stable: text order, the lead last
            twin = None
            for other in kept:
                score, _ = merge.compare(frame, other, same_article=True)
                if score < merge.MERGE_THRESHOLD:
                    continue
                shared = set(frame.actors) & set(other.actors)
                if {frame.trigger.start, other.trigger.start} in self._side_pairs:
                    continue  # "travel to Moscow to meet Lavrov": the side clause tells a second happening
                unnamed = {frame.trigger.start, other.trigger.start} & self._unnamed_subjects
                if unnamed and (frame.actors or other.actors):
                    continue  # "Experts met in Muscat" and "Grossi will see Pezeshkian" the same day: two subjects
                if shared or (frame.kind == other.kind and not (frame.actors and other.actors)):
                    twin = other
                    break
            if twin is None:
                kept.append(frame)
            else:
                twin.confidence = max(twin.confidence, frame.confidence)
                for name in frame.actors:
                    if name not in twin.actors:
                        twin.actors.append(name)
                        twin.actor_kinds[name] = frame.actor_kinds.get(name, "")
                        if name in frame.affiliations:
                            twin.affiliations[name] = frame.affiliations[name]
                if twin.location is None and frame.location:
                    twin.location = frame.location
        kept.sort(key=lambda f: (f.trigger.start, f.anchor.start if f.anchor else -1))
        return kept
