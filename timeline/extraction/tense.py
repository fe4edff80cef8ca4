"""Tense and mood: which way a clause looks from its anchor (past, future, either), read from spaCy's
dependency parse. The temporal tagger asks this of every expression whose calendar value depends on it
("Tuesday", "in April", "the weekend"): the verb it attaches to, that verb's tense and auxiliaries, planning
verbs, the preposition before it ("until", "ahead of") and possessives ("Tuesday's vote").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from . import event_tables, tables
from . import normalize as N

def governing_verb(span: Span):
    """The verb the expression attaches to: directly, through a preposition ("on Tuesday"), or through the
    noun it modifies ("Tuesday's meeting will ..."). None when it hangs off an adjective ("payable Dec. 7")
    or nothing verbal is near."""
    tok = span.root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        if (head.pos_ == "ADP" or head.dep_ == "prep") and head.head.i != head.i:
            joined = head.dep_ == "conj"
            head = head.head  # "since", "after", "before" often come tagged SCONJ while acting as prepositions
            if joined and head.pos_ == "ADP" and head.head.i != head.i:
                head = head.head  # "planned in 100 cities ... and over the weekend": prepositions joined by "and"
            if head.dep_ == "prep" and head.tag_ == "VBG" and head.head.i != head.i:
                tok = head  # "including at the summit over the weekend": a participle used as a preposition
                continue
        if head.pos_ in ("VERB", "AUX") and not _nominal_gerund(head):
            return head
        if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or _nominal_gerund(head):
            tok = head
            continue
        if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX") \
                and head.lower_ in ("ahead", "prior", "instead", "because", "regardless"):
            return head.head  # "will hold talks on Tuesday ahead of the second round on Thursday"
        if head.pos_ == "ADJ" and head.dep_ == "conj" and head.head.i != head.i:
            tok = head  # "would meet tomorrow and if necessary on Friday": the conjunct's verb
            continue
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd") and head.head.pos_ in ("VERB", "AUX") \
                and head.lower_ not in _AHEAD_ADJECTIVES:  # "had been due for delivery in September": a plan
            return head.head  # "will stay closed until Monday": the verb the adjective completes
        return None
    return None


def _nominal_gerund(tok) -> bool:
    """An -ing form standing as a noun ("at the Torkham crossing on Sunday"): no tense of its own."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "det" for c in tok.children)


def _plain(word: str) -> str:
    return word.replace("\u2019", "'").replace("\u2018", "'")


def verb_direction(v) -> int:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg")]
    words = {_plain(c.lower_) for c in auxes}  # "I’ll", "won’t": curly apostrophes count as straight ones
    if words & tables.FUTURE_AUX:
        return N.FUTURE
    if _plain(v.lower_) in ("will", "shall", "'ll"):
        return N.FUTURE
    tag = v.tag_
    if v.lemma_ in _PLANNING_VERBS:
        if tag == "VBN" and v.dep_ == "acl" and not auxes:
            above = _verb_above(v)  # "a service planned for Saturday was cancelled": the plan may be past
            if above is not None and verb_direction(above) == N.PAST:
                return N.CLOSEST
        return N.FUTURE
    if "to" in words and tag in ("VB", "VBN"):  # "to meet", "to be sentenced"
        return _infinitive_direction(v)
    if tag == "VB":
        if words & {"can", "could", "may", "might", "must", "should", "ca"}:
            return N.FUTURE
        if words & {"did", "had"}:
            return N.PAST
        if words & {"do", "does"}:
            return N.NEAREST
        if not words:  # a modal the parser attached elsewhere: "He’d rather fly", "they'll soon sign"
            for t in v.doc[max(v.sent.start, v.i - 3):v.i]:
                if t.tag_ == "MD":
                    return N.FUTURE
            if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
                return verb_direction(v.head)  # "should turn to snow and end by Friday": the first verb's modal
        return N.NEAREST
    if tag == "VBD":
        return N.PAST
    if tag == "VBN":
        if words & {"can", "may", "might", "must", "should", "ca"} and not words & {"have", "'ve"}:
            return N.FUTURE  # "power should be restored by Monday evening" (but "could not be located Wednesday")
        causer = v.head.head if v.dep_ == "acl" and v.head.dep_ == "dobj" else v.head
        if not auxes and v.dep_ in ("ccomp", "oprd", "xcomp", "acl") and causer.pos_ in ("VERB", "AUX") \
                and causer.i != v.i:
            if causer.lemma_ in ("have", "get"):
                return verb_direction(causer)  # "to get its permits approved before Easter": the getting's time
            if causer.lemma_ in ("want", "need", "expect", "prefer", "like"):
                return N.FUTURE  # "he wanted the barricades gone by Friday": what is wanted lies ahead
        if words & {"is", "are", "'s", "'re", "am", "be", "being"}:
            return N.FUTURE if _looks_ahead(v) else N.NEAREST
        if words & {"will", "would", "to"}:
            return N.FUTURE
        return N.PAST
    if tag == "VBG":
        if words & {"was", "were", "been"}:
            return N.PAST  # "was meeting", "have been searching since"
        if words & {"is", "are", "'s", "'re", "am"}:
            return N.FUTURE
        if v.dep_ in ("pcomp", "advcl", "xcomp", "acl") and v.head.i != v.i:
            # "a visit starting Tuesday": a noun's participle takes the tense of the verb above the noun
            head = v.head if v.head.pos_ in ("VERB", "AUX") else _verb_above(v.head)
            return verb_direction(head) if head is not None else N.NEAREST
        return N.NEAREST
    if tag == "VBP" and _singular_subject(v):
        return N.PAST  # "Weakness hurt the index on Friday": a present form would be "hurts"
    if tag in ("VBZ", "VBP"):
        if _looks_ahead(v):
            return N.FUTURE
        if v.lemma_ == "be":
            if any(c.dep_ == "acomp" and c.lower_ in _AHEAD_ADJECTIVES for c in v.children):
                return N.FUTURE  # "is due in the capital on Tuesday"
            if any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
                   for c in v.children):
                return N.FUTURE  # "a board meeting on Thursday is to consider the loan"
            return N.NEAREST
        return N.FUTURE
    if tag == "MD":
        return N.FUTURE
    return N.NEAREST


def _looks_ahead(v) -> bool:
    """A verb whose complement lies ahead ("hoped to", "is expected to"). The lemmatizer slips on some
    e-final verbs ("hoped" -> "hop"), so the form less its last letter counts too."""
    return v.lemma_ in tables.FUTURE_VERBS or v.lower_[:-1] in tables.FUTURE_VERBS


def _infinitive_direction(v) -> int:
    """An infinitive looks ahead of the verb it hangs off ("is scheduled to be sentenced on Friday")."""
    head = v.head
    gov = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
    if _past_perfect(gov):
        # "had been scheduled to expire Friday": a plan told in the past perfect, since changed; the day may
        # have passed or still lie ahead ("pushing back a deadline that had been due to run out Saturday")
        return N.CLOSEST
    if head.i == v.i or _looks_ahead(head) or head.pos_ not in ("VERB", "AUX"):
        return N.FUTURE
    d = verb_direction(head) if head.tag_ != "VB" else N.FUTURE
    return N.NEAREST if d == N.PAST else N.FUTURE


def _past_perfect(v) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and _plain(c.lower_) in ("had", "'d") for c in v.children)


def _singular_subject(v) -> bool:
    """Whether a verb tagged as plain present (VBP) is a past tense spelled like the base form (hurt, cut,
    set) with a third-person singular noun subject, which the present would give an -s."""
    if v.lower_ not in tables.SAME_FORM_PAST and not (v.dep_ == "ROOT" and v.lemma_.lower() == v.lower_
                                                      and not v.lower_.endswith("s")):
        # "that Elian remain in Miami": a subjunctive, not a past; but a main verb the lemmatizer does not know
        # ("Ukraine retook the region", read as a present) cannot be a present without its -s
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP") for c in v.children)


_PLANNING_VERBS = {"schedule", "plan", "slate"}
_FUTURE_SIGNALS = ("as soon as", "as early as", "as late as", "no later than", "not before", "by next",
                   "no earlier than", "no sooner than")
# Adjectives that put what they govern ahead: "due Wednesday afternoon", "heavier rain possible Thursday night"
_AHEAD_ADJECTIVES = {"due", "possible", "likely", "expected", "set", "scheduled", "slated", "unlikely", "ready"}


MOVED_TO = {"postpone", "delay", "defer", "push", "reschedule", "move"}  # "... to <a later day>"
_PROMISE_VERBS = {"promise", "pledge", "vow", "propose", "demand", "seek", "want", "urge", "offer", "plan"}
_SET_FOR = {"set", "schedule", "slate", "fix", "book", "plan", "reschedule", "propose"}  # "... for <a day>"
_SINCE = re.compile(r"(?:^|\W)since$")
_UNTIL = (" until", " till", " through", " by", " deadline of")
_AHEAD_OF = ("before", "ahead of", "until", "till", "toward", "towards", "run-up to", "lead-up to",
             "leading up to", "in time for", "prepare for", "preparing for", "prepares for", "gearing up for",
             "look to", "looks to", "looking to", "await", "awaits", "awaiting", "eye", "eyes", "eyeing")


def _possessive_direction(span: Span, before: str) -> int:
    """"Tuesday's vote": the possessed noun takes its direction from the clause around it. "Rally before
    Sunday's vote" (present tense, a forward-looking preposition) is the coming Sunday; "Sunday's vote was
    marred" the last one; "Friday's report shows" (present tense, no such preposition) says nothing."""
    forward = before.rstrip().endswith(_AHEAD_OF)
    v = governing_verb(span) or _verb_above(span.root)
    if v is None:
        return N.CLOSEST if forward else N.NEAREST  # a headline with no verb: "Rally before Sunday's vote"
    d = verb_direction(v)
    if d == N.FUTURE and not forward and span.root.head.lemma_.lower() in tables.OUTCOME_NOUNS:
        return N.PAST  # "will appeal Wednesday's ruling": what is acted on has happened
    if d == N.FUTURE and v.tag_ in ("VBZ", "VBP") and not any(t.tag_ == "MD" or t.lower_ in ("will", "'ll")
                                                              for t in v.children):
        if v.dep_ == "ccomp" and v.head.lemma_ in _HOPE_VERBS:
            return N.FUTURE  # "I hope Friday's round brings progress": what is hoped for lies ahead
        return N.FUTURE if forward else N.NEAREST
    if d == N.PAST and forward:
        return N.CLOSEST  # "troops were deployed ahead of Sunday's vote": the vote may still be to come
    return d


_HOPE_VERBS = {"hope", "expect", "trust", "wish", "want", "predict", "anticipate"}


def _verb_above(tok):
    for _ in range(5):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def clause_direction(span: Span, coarse: bool = False) -> int:
    """Which way the clause around the expression looks. `coarse` is for months and longer: a plain
    present verb above the noun a month dates ("follows talks in July") gives no direction, where for a
    weekday it means the coming one ("the election on Sunday pits ...")."""
    # the words just before, from the tokens: Doc.text would join the whole document on every call
    before = "".join(t.text_with_ws for t in span.doc[max(0, span.start - 6):span.start]).lower()[-24:]
    tail = before.rstrip()
    if tail.endswith(_FUTURE_SIGNALS):
        if tail.endswith(("as early as", "as late as")):
            v = governing_verb(span) or next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if v is not None and (v.tag_ == "VBD" or v.tag_ == "VBN" and any(
                    c.dep_ == "aux" and c.lower_ == "had" for c in v.children)):
                return N.PAST  # "had expected a close count as late as Wednesday night": a time already gone
        return N.FUTURE
    if _SINCE.search(tail):
        return N.PAST  # "the ninth package since late February": a "since" looks back, whatever the verb
    if span.root.dep_ == "poss":  # "Tuesday's ruling": a noun phrase, no tense of its own
        return _possessive_direction(span, before)
    if coarse and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN":
        return N.NEAREST  # "was pricing a June cut": the month dates the noun, not the verb's time
    v = governing_verb(span)
    if v is None:
        return N.FUTURE if _ahead_adjective(span) else N.NEAREST
    d = verb_direction(v)
    if d == N.PAST and span.root.dep_ in ("compound", "nmod", "npadvmod", "amod") \
            and span.root.head.lemma_.lower() in tables.DEADLINE_NOUNS:
        return N.CLOSEST  # "rejected the January 31 deadline": a deadline is set ahead of the telling
    if d == N.PAST and v.lemma_ in _PROMISE_VERBS and tail.endswith((" in", " for", " by")) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in event_tables.NOUN_KINDS for c in v.children):
        return N.FUTURE  # "has promised elections in November": the month of what is promised, still ahead
    if d == N.PAST and v.lemma_ in _SET_FOR and span.root.dep_ in ("dobj", "npadvmod") and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
        return N.CLOSEST  # "set November 15 as the date of the vote": a day fixed for what may still be to come
    if d == N.PAST and v.lemma_ in _SET_FOR and tail.endswith(" for"):
        if _past_perfect(v):
            return N.CLOSEST  # "the session had been set for Tuesday but was moved": that plan may be over
        return N.FUTURE  # "the judge set sentencing for Aug. 19": the day set lies ahead of the setting
    if d == N.PAST and v.lemma_ in MOVED_TO and tail.endswith(" to"):
        return N.FUTURE  # "the round has been moved to Friday the 15th": a day after the decision
    if d == N.PAST and v.lemma_ == "bring" and tail.endswith(" to") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "forward" for c in v.children):
        return N.CLOSEST  # "was brought forward to Tuesday morning": earlier than planned, not past the telling
    if d == N.PAST and tail.endswith(_UNTIL) and not _agent_by(span):
        if v.lemma_ in tables.DEFERRAL_VERBS and tail.endswith((" until", " till")):
            return N.FUTURE  # "postponed until Tuesday": a day after the decision, which is recent news
        return N.CLOSEST  # "extended its deadline until 9 a.m. Tuesday": the deadline may still be ahead
    if d == N.PAST and any(t.lower_ in ("ahead", "prior") for t in _heads_up_to(span, v, 6)):
        return N.CLOSEST  # "troops were deployed ahead of the vote on Sunday": the vote may still be to come
    if d == N.PAST and _called_off_or_planned(span, v):
        return N.CLOSEST  # "a planned visit on Wednesday was cancelled": the day may still be ahead
    if d == N.NEAREST and tail.endswith((" until", " till", " before")) and not _in_dated_line(span):
        # "the president is abroad until Thursday", "understood in Rome before the weekend" (but a chronology's
        # "July 10 - The deadline is extended until Monday" tells in the historic present)
        return N.FUTURE
    if d in (N.NEAREST, N.PAST) and _chance_of(span, v):
        return N.FUTURE  # "there's a chance of thunderstorms late Thursday"
    if coarse and d == N.FUTURE and v.tag_ in ("VBZ", "VBP") and _through_noun(span, v) and not \
            _looks_ahead(v) and not any(t.tag_ == "MD" for t in v.children):
        return N.NEAREST
    return d


def _in_dated_line(span: Span) -> bool:
    """Whether the expression's line opens with a date and a dash or colon ("July 10 - The deadline is ...")."""
    doc, i = span.doc, span.start
    for _ in range(60):
        if i == 0 or "\n" in doc[i - 1].text_with_ws:
            break
        i -= 1
    else:
        return False
    if doc[i].ent_type_ != "DATE":
        return False
    j = i
    while j < span.start and doc[j].ent_type_ == "DATE":
        j += 1
    return j < span.start and doc[j].text in ("-", "–", "—", ":", "--")


_CHANCE_NOUNS = {"chance", "prospect", "possibility", "likelihood", "risk"}


def _chance_of(span: Span, verb) -> bool:
    """Whether the expression dates what a "chance of" or "risk of" noun holds out ("a chance of storms late
    Thursday", "there's a chance of storms late Thursday"): what may happen lies ahead."""
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in _CHANCE_NOUNS for c in verb.children):
        return True
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in _CHANCE_NOUNS for n in _heads_up_to(span, verb))


def _ahead_adjective(span: Span) -> bool:
    """Whether the expression hangs off an adjective that looks ahead ("figures due Thursday")."""
    head = span.root.head
    if head.pos_ == "ADP" or head.dep_ == "prep":
        head = head.head
    return head.pos_ == "ADJ" and head.lower_ in _AHEAD_ADJECTIVES


def _called_off_or_planned(span: Span, verb) -> bool:
    """Whether the happening the expression dates was called off ("the talks on Friday were cancelled") or
    is marked as planned ("a planned visit on Wednesday"): told in the past, it need not lie there."""
    called_off = verb.lemma_ == "call" and any(c.lower_ == "off" for c in verb.children)
    if verb.lemma_ in event_tables.CANCEL_VERBS or called_off:
        return True
    return any(n.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in tables.PLANNED_WORDS for c in n.children)
               for n in _heads_up_to(span, verb, 4))


def _agent_by(span: Span) -> bool:
    """"Depressed by overnight losses": the "by" of a passive's doer, not of a deadline."""
    return span.start > 0 and span.doc[span.start - 1].dep_ == "agent"


def _through_noun(span: Span, verb) -> bool:
    """Whether the expression reaches its verb through a noun it modifies ("talks in July")."""
    return any(n.pos_ in ("NOUN", "PROPN") for n in _heads_up_to(span, verb, 6))


def _heads_up_to(span: Span, verb, limit: int = 5):
    """The words on the way up from the expression to its verb, the verb left out (none when the way up
    does not reach it within `limit` steps)."""
    tok, found = span.root, []
    for _ in range(limit):  # tokens are fresh objects on every access: compare positions, not identity
        if tok.i == verb.i or tok.head.i == tok.i:
            return found if tok.i == verb.i else []
        tok = tok.head
        if tok.i != verb.i:
            found.append(tok)
    return []
