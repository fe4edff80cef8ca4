"""Same-event identity across mentions and articles.

Pure functions. `compare(a, b) -> (score, reason)` says how likely two event frames (or an event frame and
a stored event seen as a frame, or any object / dict with the same fields) report the same happening, and
why, in words an editor can read in the admin. `MERGE_THRESHOLD` is the score from which they are merged;
`same_event(a, b)` applies it; `merge_key(frame)` is a stable string for bucketing.

The rules, in order:
- dates must be compatible: a day inside a week or month mention matches it; two different days never do;
  two spans that do not overlap never do;
- actors must overlap when both sides name some (for statements and interviews the speaker must match); a
  leader the tables know as holding a country's office, or a person the frame's own article ties to a country
  (`affiliations`: "Qatar's prime minister, Sheikh Mohammed ..."), partly stands for that country;
- a name one side gives as its place and the other lists among its actors (a town the tables do not know as
  an actor: "send monitors to Goma" / "arrive in Goma") is the place on both sides;
- the kind should agree (related kinds such as talks / meeting / call partly agree);
- the place, when both give one, should agree;
- one side naming nobody: a day inside the other's week (not month), of the same kind, with no place against
  it, is the same happening when the two come from different articles (for meetings, when their titles
  also call it alike: a shared word, or only "meeting" on the side naming nobody); but against a side that
  names only people (two or more), it needs the same place;
- one side naming nobody against the other's standing body, or two titles naming different bodies ("Technical
  subcommission to meet" / "AU Peace and Security Council meets"), or only one title a signing (neither of a
  signing kind), are two happenings; so are two sides whose only shared actors are bodies that one side's own
  sentence and title never name (carried over from the text around it) while the other's title does;
- a happening of no known kind ("other") naming nobody on one side is the same as one of that kind on the same
  day in another article when both titles name the same thing ("Belarus releases 31 prisoners" / "Prisoners set
  free").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .actors import BODY_HEADS, COUNTRY, DEMONYMS, ORGANIZATION, PERSON, ROLE_HOLDERS, actor_kind, canonical, lookup

MERGE_THRESHOLD = 0.6

# Kinds that can name the same happening from different angles ("talks" in one article, a "meeting" in
# another).
_RELATED_KINDS = (
    {"talks", "meeting", "call", "summit", "visit"},
    {"agreement", "ceasefire"},
    {"statement", "interview"},
    {"attack"},
    {"sanction"},
    {"election"},
    {"deadline"},
)
# "held talks" and "met": two words for one sitting.
_SYNONYM_KINDS = {"talks", "meeting"}
_SYNONYM_SCORE = 0.8
_SPEECH_KINDS = {"statement", "interview"}
# Happenings that need the people in one place, and the words that say one was held from afar
_IN_PERSON_KINDS = {"summit", "visit"}
_REMOTE = re.compile(r"\b(?:virtual(?:ly)?|online|video|remotely|by (?:tele)?phone)\b", re.I)
# Happenings that take place somewhere: two different places mean two happenings.
_PHYSICAL_KINDS = {"talks", "meeting", "visit", "summit", "attack", "election"}
_WEIGHTS = {"date": 0.35, "actors": 0.35, "kind": 0.2, "place": 0.1}
# A leader stands partly for the country whose office the tables say they hold ("Putin" / "Russia").
_OFFICE_COUNTRY = {holder: country for (country, _), holder in ROLE_HOLDERS.items()}
_COUNTRY_LEADERS: dict[str, set[str]] = {}
for _holder, _country in _OFFICE_COUNTRY.items():
    _COUNTRY_LEADERS.setdefault(_country, set()).add(_holder)
# An affiliated match (leader on one side, their country on the other) counts for this much of a shared name.
_AFFILIATED = 0.5
# The longest span a day may fall in for a merge with no actors on one side and no shared place: a week.
_NARROW_SPAN_DAYS = 7
# Title words too common to say that two happenings of no known kind are one.
_PLAIN_TITLE_WORDS = {
    "with", "from", "into", "over", "after", "that", "this", "their", "will", "would", "says", "said", "hold",
    "held", "take", "make", "give", "people", "official", "government", "country", "city", "talk", "plan",
    "week", "year", "month", "today", "first", "last", "next", "more", "than", "other", "about", "against",
}
_FIELDS = ("date_start", "date_end", "granularity", "value", "kind", "status", "actors", "location",
           "affiliations", "actor_kinds", "title")


def _get(obj, name, default=None):
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _span(obj) -> tuple[date | None, date | None, str | None]:
    start = _as_date(_get(obj, "date_start"))
    end = _as_date(_get(obj, "date_end")) or start
    gran = _get(obj, "granularity")
    if gran in ("time",):
        gran = "day"
    return start, end, gran


def date_compatibility(a, b) -> tuple[float, str]:
    """(score 0..1, reason). 0 means the dates rule the pair out."""
    a_start, a_end, a_gran = _span(a)
    b_start, b_end, b_gran = _span(b)
    if a_start is None or b_start is None:
        return 0.0, "no date to compare"
    a_day = a_gran == "day" or a_start == a_end
    b_day = b_gran == "day" or b_start == b_end
    if a_day and b_day:
        if a_start == b_start:
            return 1.0, f"same day {a_start.isoformat()}"
        return 0.0, f"different days ({a_start.isoformat()} vs {b_start.isoformat()})"
    if a_end < b_start or b_end < a_start:
        return 0.0, f"dates do not overlap ({_label(a)} vs {_label(b)})"
    if (a_start, a_end) == (b_start, b_end):
        return 0.9, f"same {a_gran or 'span'} {_label(a)}"
    if b_start <= a_start and a_end <= b_end:
        return 0.6, f"{_label(a)} falls within {_label(b)}"
    if a_start <= b_start and b_end <= a_end:
        return 0.6, f"{_label(b)} falls within {_label(a)}"
    return 0.3, f"dates overlap ({_label(a)} and {_label(b)})"


def _label(obj) -> str:
    value = _get(obj, "value")
    if value:
        return str(value)
    start, end, _ = _span(obj)
    if start and end and start != end:
        return f"{start.isoformat()}..{end.isoformat()}"
    return start.isoformat() if start else "undated"


def _fold(name: str) -> str:
    """'Maroš Šefčovič' and 'Maros Sefcovic' are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _actors(obj) -> list[str]:
    return [_fold(canonical(_body_name(a))) for a in (_get(obj, "actors") or []) if a]


def _body_name(name: str) -> str:
    """One spelling for a body that house styles write differently: "Organisation" / "Organization", and "UN
    Security Council" / "Security Council" (a known organization's short name before a body of two or more
    words of its own)."""
    name = re.sub(r"isation\b", "ization", name)
    first, _, rest = name.partition(" ")
    owner = lookup(first) if len(rest.split()) >= 2 else None
    return rest if owner is not None and owner.kind == ORGANIZATION else name


def actor_overlap(a, b) -> tuple[float | None, str]:
    """(score 0..1, reason); None when one side names nobody (nothing to compare)."""
    xs, ys = _actors(a), _actors(b)
    if not xs or not ys:
        return None, "actors not known on both sides"
    kinds = {_get(a, "kind"), _get(b, "kind")}
    if kinds & _SPEECH_KINDS and _name_key(xs[0]) != _name_key(ys[0]):
        return 0.0, f"different speakers ({xs[0]} vs {ys[0]})"
    shared = {_name_key(x) for x in xs} & {_name_key(y) for y in ys}
    smaller = min(len(set(map(str.casefold, xs))), len(set(map(str.casefold, ys))))
    if not shared:
        shared = _same_bodies_or_people(xs, ys) | _owned_bodies(a, ys) | _owned_bodies(b, xs)
    if not shared:
        affiliated = _affiliated(xs, ys, _offices(a)) + _affiliated(ys, xs, _offices(b))
        if affiliated:
            score = _AFFILIATED * len(affiliated) / smaller
            return min(_AFFILIATED, score), "leader and country: " + ", ".join(affiliated)
        return 0.0, f"no actor in common ({', '.join(xs[:3])} vs {', '.join(ys[:3])})"
    names = [x for x in xs if _name_key(x) in shared] or sorted(shared)
    score = len(shared) / smaller
    return min(1.0, score), "shared actors: " + ", ".join(names)


# Bodies of a union that a report may name by the union itself ("EU foreign ministers met" is the Foreign Affairs
# Council): casefolded body -> casefolded union
_BODY_OF = {"foreign affairs council": "european union", "general affairs council": "european union",
            "council of the european union": "european union"}


def _owned_bodies(obj, others: list[str]) -> set[str]:
    """A body named with its organization ("OSCE Ministerial Council") against the organization itself in another
    report ("the OSCE gathered in Vienna"): the organization sitting as that body."""
    out = set()
    folded = {o.casefold() for o in others}
    for raw in _get(obj, "actors") or []:
        first, _, rest = (raw or "").partition(" ")
        owner = lookup(first) if len(rest.split()) >= 2 else None
        if owner is not None and owner.kind == ORGANIZATION and _fold(canonical(owner.name)).casefold() in folded:
            out.add(_name_key(_fold(canonical(owner.name))))
    return out


def _same_bodies_or_people(xs: list[str], ys: list[str]) -> set[str]:
    """Keys shared in a looser sense: a union's body against the union ("Foreign Affairs Council" / "European
    Union"), and a surname alone against the full name in another article ("Hrytsenko" / "Oleksandr Hrytsenko")."""
    out = set()
    for x in xs:
        for y in ys:
            fx, fy = x.casefold(), y.casefold()
            if _BODY_OF.get(fx) == fy or _BODY_OF.get(fy) == fx:
                out.add(_name_key(x if fx in _BODY_OF else y))
            short, full = (fx, fy) if len(fx.split()) < len(fy.split()) else (fy, fx)
            if len(short.split()) == 1 and 2 <= len(full.split()) <= 3 and full.split()[-1] == short \
                    and short[:1].isalpha() and lookup(short) is None and lookup(full) is None:
                out.add(_name_key(x if x.casefold() == full else y))
            elif _double_surname(short, full, x if x.casefold() == short else y):
                out.add(_name_key(x if x.casefold() == full else y))
    return out


def _double_surname(short: str, full: str, raw_short: str) -> bool:
    """A two-word surname alone against the full name ("Salles Moura" / "Rodrigo Salles Moura"; Iberian names
    carry two surnames and later mentions drop the given name): both words capitalized in the text, neither name a
    known actor (a country or body of two words is not a surname)."""
    words, full_words = short.split(), full.split()
    return (len(words) == 2 and 3 <= len(full_words) <= 4 and full_words[-2:] == words
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in raw_short.split())
            and lookup(short) is None and lookup(full) is None
            and not set(full_words[:-2]) & set(DEMONYMS) and words[-1] not in BODY_HEADS | _BODY_NOUNS)


# Last words of bodies that are not surnames ("Coast Guard", "Border Police")
_BODY_NOUNS = {"guard", "guards", "police", "army", "navy", "force", "forces", "ministry", "office", "forum",
               "union", "group", "service", "services", "mission", "bank", "fund", "party", "front"}


def _name_key(name: str) -> str:
    """A name of two words in either order ("Kenji Arakawa" / "Arakawa Kenji": house styles differ on which of a
    Japanese or Chinese name comes first), and an Arabic name by its first two links."""
    words = name.casefold().split()
    links = [i for i, w in enumerate(words) if w in ("bin", "ibn")]
    if len(links) >= 2:
        words = words[:links[1]]  # "Turki bin Fahad bin Saud" is the "Turki bin Fahad" of a shorter style
    return " ".join(sorted(words)) if len(words) == 2 else " ".join(words)


def _offices(obj) -> dict[str, str]:
    """Person -> country for one side: the tables' office holders and the side's own `affiliations`."""
    own = _get(obj, "affiliations") or {}
    return {**_OFFICE_COUNTRY, **{_fold(canonical(p)): _fold(canonical(c)) for p, c in own.items()}}


def _affiliated(xs: list[str], ys: list[str], offices: dict[str, str]) -> list[str]:
    """'person (country)' for each person in xs whose country (per `offices`) ys names."""
    others = {y.casefold() for y in ys}
    return [f"{x} ({offices[x]})" for x in xs if x in offices and offices[x].casefold() in others]


def kind_agreement(a, b) -> tuple[float, str]:
    ka, kb = _get(a, "kind") or "other", _get(b, "kind") or "other"
    if ka == kb and ka != "other":
        return 1.0, f"both {ka}"
    if "other" in (ka, kb):
        return 0.4, f"kinds {ka} / {kb}"
    if {ka, kb} == _SYNONYM_KINDS:
        return _SYNONYM_SCORE, "talks / meeting"
    sitting = b if ka == "call" else a
    if "call" in (ka, kb) and {ka, kb} & _IN_PERSON_KINDS and not _REMOTE.search(
            (_get(sitting, "title") or "") + " " + (_get(sitting, "evidence") or "")):
        # "the presidents spoke by phone on Saturday" and "the presidents are due to meet in Brasília on
        # Saturday": a call is not a summit or a journey (unless one side says the summit was held remotely)
        return 0.0, f"a call is not a {kb if ka == 'call' else ka}"
    if any(ka in group and kb in group for group in _RELATED_KINDS):
        return 0.5, f"related kinds {ka} / {kb}"
    return 0.0, f"different kinds ({ka} vs {kb})"


def place_agreement(a, b) -> tuple[float | None, str]:
    pa, pb = _get(a, "location"), _get(b, "location")
    if not pa or not pb:
        return None, ""
    x, y = pa.casefold(), pb.casefold()
    if x == y or x in y or y in x or canonical(pa, as_place=True) == canonical(pb, as_place=True):
        return 1.0, f"both in {pa if len(pa) >= len(pb) else pb}"
    for country, city in ((pa, pb), (pb, pa)):
        if _is_country(country) and not _is_country(city):
            # "in China" and "in Tianjin": a city inside the country unless the tables place it elsewhere
            where = lookup(city)
            if where is None or where.kind != COUNTRY:
                return None, f"{city} may be in {country}"
            if where.name == lookup(country, as_place=True).name:
                return 1.0, f"{city} is in {country}"
    for venue, frame, other in ((pa, a, pb), (pb, b, pa)):
        if _is_venue(venue, frame) and not _is_venue(other, b if frame is a else a):
            # "opened yesterday in the Hofburg" and "in Vienna": a building the text names with "the" stands
            # inside a town, so it does not say another place
            return None, f"{venue} may be in {other}"
    return 0.0, f"different places ({pa} vs {pb})"


def _is_venue(place: str, frame) -> bool:
    """A place the report writes with "the" and the tables do not know as a country ("the Hofburg", "the
    Palais des Nations"): a building or a compound, not a town."""
    evidence = _get(frame, "evidence") or ""
    return bool(re.search(r"\bthe " + re.escape(place) + r"\b", evidence)) and not _is_country(place) \
        and lookup(place, as_place=True) is None


def _is_country(place: str) -> bool:
    actor = lookup(place, as_place=True)
    return actor is not None and actor.kind == COUNTRY


def actor_names_to_match(frame) -> set[str]:
    """Actor names an event reporting the same happening as `frame` may list (for narrowing candidates
    before `compare`): the frame's own, its leaders' (and affiliated people's) countries and its countries'
    leaders, and its place
    when the tables do not know it as an actor (a town the other report names as an actor)."""
    names = {a for a in (_get(frame, "actors") or []) if a}
    offices = {**_OFFICE_COUNTRY, **(_get(frame, "affiliations") or {})}
    for name in list(names):
        names.update(_COUNTRY_LEADERS.get(name, ()))
        if name in offices:
            names.add(offices[name])
    place = _get(frame, "location")
    if place and lookup(place) is None:
        names.add(place)
    return names


def _view(obj) -> dict:
    return {name: _get(obj, name) for name in _FIELDS}


def _place_named_as_actor(a, b) -> tuple:
    """A town one side gives as its place and the other lists among its actors ("send monitors to Goma",
    "arrive in Goma") is the place on both sides. Names the tables know as actors (countries, capitals,
    people, organizations) stay actors: "Qatar hosted" names a party, not only a place."""
    views = []
    for mine, other in ((a, b), (b, a)):
        place = _get(other, "location")
        actors = _get(mine, "actors") or []
        if not place or lookup(place) is not None:
            views.append(mine)
            continue
        key = _fold(place).casefold()
        kept = [x for x in actors if _fold(canonical(x)).casefold() != key]
        if len(kept) == len(actors):
            views.append(mine)
            continue
        view = _view(mine)
        view["actors"] = kept
        view["location"] = view["location"] or place
        views.append(view)
    return views[0], views[1]


def _only_people(obj) -> bool:
    """Whether the side names two or more actors, all of them people (its own `actor_kinds`, else the tables)."""
    names = _get(obj, "actors") or []
    kinds = _get(obj, "actor_kinds") or {}
    return len(names) >= 2 and all((kinds.get(n) or actor_kind(n)) == PERSON for n in names)


def _other_partners(a, b) -> bool:
    """Both sides name exactly two people, one of them the same and the other not."""
    if not (_only_people(a) and _only_people(b)):
        return False
    xs, ys = set(map(_name_key, _actors(a))), set(map(_name_key, _actors(b)))
    return len(xs) == len(ys) == 2 and len(xs & ys) == 1


def _span_days(obj) -> int | None:
    start, end, _ = _span(obj)
    return (end - start).days + 1 if start and end else None


def compare(a, b, *, same_article: bool = False) -> tuple[float, str]:
    """How likely `a` and `b` report the same happening (0..1), and why. `same_article` for two mentions
    in one text, where a writer's own change of precision names two happenings."""
    a, b = _place_named_as_actor(a, b)
    date_score, date_reason = date_compatibility(a, b)
    if date_score == 0.0:
        return 0.0, date_reason
    if same_article and _get(a, "granularity") == _get(b, "granularity") == "time" \
            and _get(a, "value") != _get(b, "value"):
        # "At 05:00 GMT the ministers began talks ... At 09:30 GMT the prime minister received him": one writer
        # giving two clock times means two happenings (across articles the clocks may be in other zones)
        return 0.0, f"different times ({_get(a, 'value')} vs {_get(b, 'value')})"
    actor_score, actor_reason = actor_overlap(a, b)
    if actor_score == 0.0:
        return 0.0, f"{date_reason}; {actor_reason}"
    if _other_partners(a, b):
        # "Peters to meet Rabuka" and "Wong held talks with Rabuka" the same day: one person sitting with two
        # others, each named on one side only, is two sittings
        return 0.0, f"{date_reason}; {actor_reason}, but each side names someone the other does not"
    kind_score, kind_reason = kind_agreement(a, b)
    if kind_score == 0.0:
        return 0.0, f"{date_reason}; {kind_reason}"
    speech = {_get(a, "kind"), _get(b, "kind")} & _SPEECH_KINDS
    statuses = {_get(a, "status"), _get(b, "status")}
    if speech and "planned" in statuses and len(statuses) > 1:
        return 0.0, f"{date_reason}; a planned statement is not the one made"
    place_score, place_reason = place_agreement(a, b)
    if place_score == 0.0 and {_get(a, "kind"), _get(b, "kind")} <= _PHYSICAL_KINDS:
        return 0.0, f"{date_reason}; {place_reason}"
    total = _WEIGHTS["date"] * date_score + _WEIGHTS["kind"] * kind_score
    weight = _WEIGHTS["date"] + _WEIGHTS["kind"]
    reasons = [date_reason, kind_reason]
    if actor_score is not None:
        total += _WEIGHTS["actors"] * actor_score
        weight += _WEIGHTS["actors"]
        reasons.append(actor_reason)
    else:
        total += _WEIGHTS["actors"] * 0.2
        weight += _WEIGHTS["actors"]
        reasons.append(actor_reason)
    if place_score is not None:
        total += _WEIGHTS["place"] * place_score
        weight += _WEIGHTS["place"]
        reasons.append(place_reason)
    score = round(total / weight, 3)
    if date_score < 1.0 and kind_score < 1.0 and place_score != 1.0 and score >= MERGE_THRESHOLD:
        # a day inside a month and only related kinds ("travel to China at the end of the month" and
        # "met Wang on Aug. 20"): two happenings of one person's month unless the place says otherwise
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("only related kinds within a span, and no shared place")
        if not same_article and kind_score == _SYNONYM_SCORE and place_score is None \
                and len(set(_actors(a))) >= 2 and set(_actors(a)) == set(_actors(b)) \
                and max(_span_days(a) or 0, _span_days(b) or 0) <= _NARROW_SPAN_DAYS:
            # "will hold talks with Lavrov next week" and "to meet Lavrov on Sept. 22" in two articles: the same
            # two (or more) parties, talks and a meeting, a day inside the week and no place against it
            score = MERGE_THRESHOLD
            reasons.append("but the same parties sit within the week")
    if kind_score < 0.8 and place_score != 1.0 and score >= MERGE_THRESHOLD and actor_score is not None \
            and set(_actors(a)) ^ set(_actors(b)):
        # "Ishiba to travel to Manila" and "talks with Ishiba and Marcos held": a trip and the talks held on
        # it, related kinds with someone more on one side, are two happenings (as within one article)
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("related kinds and someone more on one side")
    if actor_score is None and score < MERGE_THRESHOLD and 0 < date_score < 1.0 and kind_score >= 0.5 \
            and place_score == 1.0:
        # one side names nobody ("a first round of talks in Abu Dhabi in July"): a day inside the other's
        # week or month, the same or a related kind and the same place are enough (the same trigger word
        # without a place is not: two meetings in one month are common)
        score = MERGE_THRESHOLD
        reasons.append("no actors on one side, but the day falls in the span and kind and place agree")
    if not same_article and actor_score is None and score < MERGE_THRESHOLD and 0 < date_score < 1.0 \
            and kind_score == 1.0 and place_score is None and max(_span_days(a), _span_days(b)) <= _NARROW_SPAN_DAYS \
            and _get(a, "kind") != "attack" \
            and (_get(a, "kind") != "meeting" or _called_alike(a, b)):
        # "held their first direct talks" on Tuesday and "talks in Doha last week" in two articles: one kind
        # in one week, nothing against it (a month holds several meetings; a week rarely holds two of one
        # kind, but a week of war holds many attacks, and a busy week many meetings, so those need titles
        # that call them alike). Not within one article: a writer who dates talks to a day and talks to a
        # week means two.
        score = MERGE_THRESHOLD
        reasons.append("no actors on one side, but the day falls in the week and the kind is the same")
    if not same_article and actor_score is None and score < MERGE_THRESHOLD and date_score == 1.0 \
            and _get(a, "kind") == _get(b, "kind") == "other" and place_score != 0.0 and _shared_theme(a, b):
        # "Belarus releases 31 prisoners" and "Prisoners set free" on one day: a happening of no known kind, one
        # side naming no doer, the same day and the same thing named in both
        score = MERGE_THRESHOLD
        reasons.append(f"no actors on one side, but the same day and the same thing: {', '.join(_shared_theme(a, b))}")
    if not same_article and actor_score is None and score >= MERGE_THRESHOLD and place_score != 1.0 \
            and min(_span_days(a) or 0, _span_days(b) or 0) > _NARROW_SPAN_DAYS and not _shared_theme(a, b):
        # "the next round will be held in Manila in November" and "the defence chiefs are set to hold talks in
        # November": one side naming nobody, both only a month or wider, no shared place and nothing else
        # named in both titles ("the next round" in both is); a month holds several talks of one kind
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("no actors on one side, only a month or wider on both, and no shared place")
    if not same_article and actor_score is None and score >= MERGE_THRESHOLD and place_score != 1.0 \
            and any(_only_people(x) for x in (a, b)):
        # "Grossi to see Pezeshkian" and "experts to meet in Oman" the same day: a sitting of named people
        # against one naming nobody needs the same place (a day holds many such sittings; it rarely holds
        # two rounds of talks between the same countries). Within one article "the two presidents" mostly
        # are the people it names: the reader's own subjects decide there.
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("named people on one side, nobody on the other, and no shared place")
    if not same_article and actor_score is None and date_score >= 0.9 and score >= MERGE_THRESHOLD \
            and place_score != 1.0 and any(_names_a_body(x) for x in (a, b)) and not _called_alike(a, b) \
            and not _title_names_body(a, b):
        # "Council holds closed consultations" and "Talks to continue" the same day (or "this week" and "the
        # following week" in two articles, the same week): a standing body sits on its
        # own calendar, so against a side naming nobody the day alone does not make its sitting theirs (unless
        # that side's title names the body, "Fourth meeting of Joint Boundary Commission planned")
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("a standing body on one side, nobody on the other, and nothing else in common")
    if not same_article and actor_score is None and score >= MERGE_THRESHOLD and _other_bodies(a, b):
        # "Technical subcommission to meet" and "AU Peace and Security Council meets" the same day: one side
        # naming nobody, but its title names a body and the other side's names or title another; two bodies
        # sitting, not one
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("one side names nobody, and the two name different bodies: " + _other_bodies(a, b))
    if not same_article and actor_score is not None and score >= MERGE_THRESHOLD and _body_from_elsewhere(a, b):
        # "Leaders of the regional bloc's security organ met this afternoon" with the AU Peace and Security Council
        # carried over from the text around it, and "AU Peace and Security Council meets": the only actors in
        # common are bodies that one side's own sentence and title never name; another sitting that day
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("the shared body is not named in one side's own sentence or title")
    if not same_article and actor_score is None and score >= MERGE_THRESHOLD and _one_signs(a, b):
        # "Two delegations to sign protocol" and "Organization meets in Brasilia" the same day: one side naming
        # nobody whose title is a signing, the other a sitting whose title signs nothing; two happenings
        score = round(MERGE_THRESHOLD - 0.01, 3)
        reasons.append("one side names nobody, and only one title is a signing")
    return score, "; ".join(r for r in reasons if r)


def _body_from_elsewhere(a, b) -> bool:
    """Whether all the actors the two sides share are bodies ("AU Peace and Security Council"), and one side's own
    sentence and title name none of them (not even as "the Council"), while the other's title does."""
    keys = {_name_key(x) for x in _actors(a)} & {_name_key(y) for y in _actors(b)}
    shared = [x for x in _actors(a) if _name_key(x) in keys]
    if not shared or not all(_names_a_body({"actors": [n]}) for n in shared):
        return False
    heads = {n.partition(" of ")[0].split()[-1].casefold() for n in shared}

    def names(text) -> bool:
        return any(re.search(rf"\b{re.escape(h)}", _fold(text or "").casefold()) for h in heads)

    for mine, other in ((a, b), (b, a)):
        evidence = _get(mine, "evidence") or ""
        if evidence.strip() and not names(evidence) and not names(_get(mine, "title")) and names(_get(other, "title")):
            return True
    return False


def _signs(obj) -> bool:
    return bool(re.search(r"\bsign(?:s|ed|ing)?\b", _fold(_get(obj, "title") or "").casefold()))


def _one_signs(a, b) -> bool:
    """Whether one title is a signing ("to sign protocol") and the other is not, neither being of a signing kind
    (an agreement is signed whether its title says so or not: "Agreement in Muscat")."""
    if {_get(a, "kind"), _get(b, "kind")} & _SIGNING_KINDS:
        return False
    return _signs(a) != _signs(b)


def _body_words(obj) -> set[str]:
    """The body nouns a side names, in its actors or its title ("council", "subcommission")."""
    words = re.findall(r"[a-z]+", " ".join([*(_fold(n) for n in (_get(obj, "actors") or []) if n),
                                             _fold(_get(obj, "title") or "")]).casefold())
    out = set()
    for word in words:
        word = word[:-1] if word.endswith("s") and word[:-1].endswith(tuple(_BODY_NOUNS)) else word
        if word.endswith(tuple(_BODY_NOUNS)):
            out.add(word)
    return out


def _other_bodies(a, b) -> str:
    """'x vs y' when both sides name a body and none is the same ("subcommission vs council"), else ''."""
    xs, ys = _body_words(a), _body_words(b)
    if xs and ys and not xs & ys:
        return f"{', '.join(sorted(xs))} vs {', '.join(sorted(ys))}"
    return ""


def _names_a_body(obj) -> bool:
    """Whether the side names a standing body ("Security Council", "Board of Governors", "Council of Ministers")."""
    return any(name.partition(" of ")[0].split()[-1].casefold() in _BODY_NOUNS
               for name in (_get(obj, "actors") or []) if name.strip())


def _title_names_body(a, b) -> bool:
    """Whether one side's title names a body the other side lists among its actors."""
    for mine, other in ((a, b), (b, a)):
        title = _fold(_get(other, "title") or "").casefold()
        if any(_names_a_body({"actors": [n]}) and _fold(n).casefold() in title for n in _get(mine, "actors") or []):
            return True
    return False


def _theme_words(obj) -> set[str]:
    """Content words of a title that are not its actors' names: what the happening was about ("prisoners")."""
    names = {w.casefold() for n in (_get(obj, "actors") or []) for w in _fold(n).split()}
    out = set()
    for word in re.findall(r"[a-z][a-z-]+", _fold(_get(obj, "title") or "").casefold()):
        stem = _stem(word)
        if len(stem) >= 4 and word not in names | _STATUS_WORDS and stem not in _PLAIN_TITLE_STEMS | _MEETING_WORDS:
            # ("Leaders to meet" and "Next meeting to be held" share no theme: meeting is the kind; nor do two
            # titles that both say "planned": the status is no theme)
            out.add(stem)
    return out


def _stem(word: str) -> str:
    """'releases' and 'released' are one word here, and 'countries' and 'country'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return re.sub(r"(?<=[a-z]{3})(?:ing|ed|es|s)$", "", word) if not word.endswith("ss") else word


def _shared_theme(a, b) -> list[str]:
    return sorted(_theme_words(a) & _theme_words(b))


def _naming_words(obj) -> set[str]:
    """What a title calls the happening, its doers' names and its place left out: "session", "talk", "meet"."""
    named = [*(_get(obj, "actors") or []), _get(obj, "location") or ""]
    names = {w.casefold() for n in named for w in _fold(n).split()}
    words = re.findall(r"[a-z][a-z-]+", _fold(_get(obj, "title") or "").casefold())
    stems = {_IRREGULAR.get(w) or _stem(w) for w in words if w not in names and w not in _STATUS_WORDS}
    return {s for s in stems if len(s) >= 4 and s not in _PLAIN_TITLE_STEMS - {"talk"}}


def _called_alike(a, b) -> bool:
    """Whether two meetings' titles call it by one word ("Second session planned" / "Colombia and Peru hold
    second session"), or the side naming nobody calls it no more than a meeting ("Meeting in Lima") against a
    side that names its doers. "Second session planned" and "UN Security Council meets" are not."""
    words = {id(x): _naming_words(x) for x in (a, b)}
    if words[id(a)] & words[id(b)]:
        return True
    for nobody, other in ((a, b), (b, a)):
        if not _actors(nobody) and _actors(other) \
                and words[id(nobody)] <= _MEETING_WORDS:
            return True
    return False


_PLAIN_TITLE_STEMS = {_stem(w) for w in _PLAIN_TITLE_WORDS}
# Past forms the stemmer cannot bring back to the word a title uses ("met" / "meeting").
_IRREGULAR = {"met": "meet", "spoke": "speak"}
# Words a title adds for the status, not for the happening ("Second session planned").
_STATUS_WORDS = {"planned", "expected", "scheduled", "due", "held", "set"}
# The words a title uses for a meeting itself: a title of nothing else names no particular meeting.
_MEETING_WORDS = {"meet", "session"}
# Kinds whose happening is itself a signing.
_SIGNING_KINDS = {"agreement", "ceasefire"}
# Standing bodies, which sit on their own calendar.
_BODY_NOUNS = {"council", "board", "committee", "commission", "assembly", "parliament", "cabinet", "senate", "congress",
               "legislature"}


def same_event(a, b) -> bool:
    return compare(a, b)[0] >= MERGE_THRESHOLD


def best_match(frame, candidates) -> tuple[object | None, float, str]:
    """The candidate most likely to be the same happening, with its score and reason (None below the
    threshold)."""
    best, best_score, best_reason = None, 0.0, ""
    for candidate in candidates:
        score, reason = compare(frame, candidate)
        if score > best_score:
            best, best_score, best_reason = candidate, score, reason
    if best_score < MERGE_THRESHOLD:
        return None, best_score, best_reason
    return best, best_score, best_reason


def merge_key(frame) -> str:
    """A stable bucketing key: kind, date (value or start), up to three actors, sorted."""
    value = _get(frame, "value")
    start = _as_date(_get(frame, "date_start"))
    when = value or (start.isoformat() if start else "")
    actors = ",".join(sorted({a.casefold() for a in _actors(frame)})[:3])
    return f"{_get(frame, 'kind') or 'other'}|{when}|{actors}"
