"""Event knowledge as data: which words name which kind of happening, which verbs report speech, which cues
make a clause planned. `events.py` reads these tables; nothing here is code that decides anything.
"""

from __future__ import annotations

import re

# The fixed list of event kinds (the Event model's choices follow it).
EVENT_KINDS = (
    "talks", "call", "meeting", "visit", "summit", "statement", "interview", "agreement", "attack",
    "deadline", "ceasefire", "sanction", "election", "other",
)

# Verb lemma -> kind. Verbs not listed still make events (kind "other") when they have actors.
VERB_KINDS = {
    # talks
    "talk": "talks", "negotiate": "talks", "discuss": "talks", "mediate": "talks", "broker": "talks",
    # calls
    "speak": "call", "call": "call", "phone": "call", "dial": "call", "telephone": "call",
    # meetings
    "meet": "meeting", "host": "meeting", "receive": "meeting", "convene": "meeting", "gather": "meeting",
    "huddle": "meeting", "confer": "meeting",
    # visits
    "visit": "visit", "travel": "visit", "arrive": "visit", "fly": "visit", "tour": "visit", "land": "visit",
    "head": "visit", "return": "visit",
    # agreements
    "sign": "agreement", "agree": "agreement", "ratify": "agreement", "approve": "agreement", "initial": "agreement",
    "endorse": "agreement", "accept": "agreement",
    # attacks
    "attack": "attack", "strike": "attack", "bomb": "attack", "shell": "attack", "fire": "attack",
    "invade": "attack", "shoot": "attack", "target": "attack", "hit": "attack", "destroy": "attack",
    "explode": "attack", "detonate": "attack",
    # sanctions
    "sanction": "sanction", "embargo": "sanction",
    # elections
    "vote": "election", "elect": "election", "re-elect": "election",
    # interviews
    "interview": "interview",
    # formal complaints: "lodged a protest with the ministry", "lodged a complaint"
    "lodge": "statement",
}

# Event-noun lemma -> kind. A noun listed here is a trigger when a date modifies it ("March 11 talks",
# "a Sunday interview", "Friday's deadline").
NOUN_KINDS = {
    "talk": "talks", "talks": "talks", "negotiation": "talks", "discussion": "talks", "consultation": "talks",
    "dialogue": "talks", "round": "talks",
    "call": "call", "phone": "call", "conversation": "call", "phonecall": "call",
    "meeting": "meeting", "conference": "meeting", "session": "meeting", "gathering": "meeting",
    "encounter": "meeting", "audience": "meeting", "dinner": "meeting", "reception": "meeting",
    "visit": "visit", "trip": "visit", "tour": "visit", "journey": "visit", "arrival": "visit",
    "summit": "summit", "g7": "summit", "g20": "summit",
    "interview": "interview",
    "statement": "statement", "remark": "statement", "speech": "statement", "address": "statement",
    "announcement": "statement", "declaration": "statement", "communique": "statement",
    "briefing": "statement", "post": "statement", "comment": "statement", "video": "statement",
    "agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement",
    "pact": "agreement", "memorandum": "agreement",
    "attack": "attack", "strike": "attack", "airstrike": "attack", "offensive": "attack",
    "bombing": "attack", "assault": "attack", "raid": "attack", "shelling": "attack", "invasion": "attack",
    "clash": "attack", "confrontation": "attack", "skirmish": "attack", "incursion": "attack",
    "fighting": "attack", "hostilities": "attack", "bombardment": "attack",
    "firefight": "attack", "gunfight": "attack", "shootout": "attack",  # "Saturday's firefight"
    "arrest": "other", "detention": "other", "release": "other",  # "whose arrest on Sunday", "the release, on 16 March, of"
    "deadline": "deadline", "ultimatum": "deadline",
    "ceasefire": "ceasefire", "cease-fire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire",
    "sanction": "sanction", "sanctions": "sanction", "embargo": "sanction", "tariff": "sanction",
    "countermeasure": "sanction", "countermeasures": "sanction",
    "election": "election", "vote": "election", "referendum": "election", "ballot": "election",
    "runoff": "election",
    "incident": "other", "collision": "other", "coup": "other",  # "the Sept. 3 incident": of no listed kind
    "exchange": "other", "inspection": "other",  # "the exchange of detainees", "a scheduled inspection"
    "mission": "visit", "shuttle": "visit",  # "began her first shuttle mission this week", "the next shuttle"
    "ministerial": "meeting", "plenary": "meeting",  # "on the eve of the ministerial"
}

# Compound nouns written with a hyphen or two words ("cease-fire", "phone call"): (modifier, head) -> kind.
COMPOUND_KINDS = {
    ("cease", "fire"): "ceasefire",
    ("phone", "call"): "call",
    ("video", "conference"): "call",  # "spoke in a video conference on Sunday": a call among several
    ("video", "meeting"): "call",
    ("telephone", "conversation"): "call",
    ("air", "strike"): "attack",
    ("drone", "attack"): "attack",
    ("missile", "strike"): "attack",
    ("artillery", "exchange"): "attack",  # "artillery exchanges along the border killed nine civilians"
    ("peace", "talk"): "talks",
    ("peace", "deal"): "agreement",
    ("trade", "deal"): "agreement",
    ("news", "conference"): "statement",
    ("press", "conference"): "statement",
    ("news", "briefing"): "statement",
    ("press", "briefing"): "statement",
    # measures against named people: "imposed visa bans and asset freezes on six officials"
    ("visa", "ban"): "sanction", ("travel", "ban"): "sanction", ("asset", "freeze"): "sanction",
    ("arms", "embargo"): "sanction",
}

# Verbs that take an event noun as object and mean "the noun happened" ("held talks", "launched attacks",
# "gave an interview"): the kind comes from the noun.
LIGHT_VERBS = {
    "hold", "have", "conduct", "launch", "carry", "stage", "give", "grant", "make", "issue", "impose",
    "reach", "sign", "seal", "strike", "announce", "host", "attend", "join", "begin", "start", "open",
    "resume", "wrap", "conclude", "end", "hold", "set", "call", "declare", "order", "mount", "deliver",
    "take", "pay", "extend", "renew", "release", "publish",
}

# Verbs that name a meeting only when their object is a person: "is expected to see President Pezeshkian"
# (not "to see progress").
PERSON_MEETING_VERBS = {"see"}

# Prepositions that make an event noun the topic of a verb ("vote on the agreement", "comment about the
# talks"): a date inside that noun phrase dates the verb.
TOPIC_PREPS = {"on", "about", "over"}

# Headline verb phrases for noun triggers: kind -> (third person singular, base form).
NOUN_TITLE_VERBS = {
    "talks": ("holds talks", "hold talks"),
    "call": ("holds call", "hold call"),
    "meeting": ("meets", "meet"),
    "visit": ("visits", "visit"),
    "summit": ("holds summit", "hold summit"),
    "interview": ("gives interview", "give interview"),
    "statement": ("issues statement", "issue statement"),
    "agreement": ("reaches agreement", "reach agreement"),
    "ceasefire": ("agrees to cease-fire", "agree to cease-fire"),
    "attack": ("attacks", "attack"),
    "sanction": ("imposes sanctions", "impose sanctions"),
    "election": ("holds election", "hold election"),
}

# Verbs of saying: their clause is a `reported` statement (kind statement), and a dated complement under
# them is a second event.
REPORTING_VERBS = {
    "say", "tell", "state", "announce", "warn", "declare", "claim", "add", "insist", "stress", "note",
    "confirm", "deny", "write", "post", "tweet", "report", "reiterate", "acknowledge", "argue", "assert",
    "explain", "suggest", "signal", "urge", "demand", "accuse", "blame", "criticize", "criticise", "praise", "ask",
    "reply", "respond", "remark", "comment", "predict", "promise", "pledge", "vow", "threaten", "indicate",
    "admit", "emphasize", "emphasise", "underline", "caution", "allege", "complain", "disclose", "reveal",
    "tell", "mention", "describe", "call", "condemn", "welcome", "hail", "dismiss", "reject", "express", "voice",
}

# A reporting verb only counts as one when it governs speech: these need a complement clause, an object
# that is said ("a statement"), or quoted text. "call" is a phone call unless it reports ("called for").
REPORTING_NEEDS_COMPLEMENT = {"call", "ask", "add", "note", "express", "welcome", "reject", "post", "respond",
                              "reply", "comment", "remark", "promise", "pledge", "vow", "threaten", "demand",
                              "declare", "voice"}  # "declared Maduro the winner" reports nothing
# Objects that make "express" / "voice" speech with no complement: "expressed serious concern", "voices regret".
STANCE_NOUNS = {"concern", "regret", "hope", "support", "solidarity", "condolence", "gratitude", "satisfaction",
                "disappointment", "dismay", "alarm", "sympathy", "opposition", "appreciation", "outrage"}

# Modal auxiliaries that put a clause in the future (planned).
FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d"}
# Modals that make it only possible: still planned, but less sure.
TENTATIVE_AUX = {"could", "might", "may", "can"}

# Verbs whose infinitive complement is intended, not done: "plans to visit", "is set to meet",
# "is expected to sign", "is due to arrive", "is scheduled to", "aims to", "is going to".
PLANNING_HEADS = {
    "plan", "expect", "set", "schedule", "due", "intend", "aim", "hope", "prepare", "seek", "want", "go",
    "propose", "arrange", "slate", "poise", "likely", "expected", "scheduled", "ready", "eager", "wish",
    "offer", "invite", "agree", "decide", "promise", "pledge", "vow", "threaten", "try", "pencil",
}

# Modifiers of an event noun that make it planned: "next week's summit", "the upcoming visit".
PLANNED_MODIFIERS = {
    "next", "upcoming", "planned", "scheduled", "proposed", "expected", "forthcoming", "future", "coming",
    "possible", "potential", "prospective", "impending", "anticipated",
}

# Prepositions before a date that do not put the event on that date ("since March", "until Friday",
# "before Tuesday"); `by` makes it a deadline instead.
NON_POINT_PREPS = {"since", "until", "till", "before", "after", "ahead", "through", "throughout", "within",
                   "from", "to", "between", "prior", "following", "past", "beyond", "around", "about"}
DEADLINE_PREPS = {"by"}

# Verbs too light to name a happening on their own (the clause needs an event noun to be an event).
STATIVE_VERBS = {
    "be", "have", "seem", "appear", "remain", "become", "think", "believe", "know", "want", "need",
    "like", "see", "look", "feel", "mean", "include", "involve", "contain", "continue", "keep", "get",
    "hope", "expect", "wish", "plan", "try", "let", "come", "go", "do", "foresee", "consider",
}

# Verbs whose subject is the happening ("talks will resume", "the summit opened", "the meeting took
# place"): the kind comes from the subject noun.
ASPECTUAL_VERBS = {
    "resume", "begin", "start", "continue", "end", "open", "close", "conclude", "take", "happen", "occur",
    "collapse", "break", "stall", "fail", "proceed", "wrap", "get", "kick", "convene", "run", "last",
    "finish", "restart", "reopen", "expire", "lapse",
}

# Verbs that deny what their complement says happened ("denied that the two leaders had met", "refuted
# reports that talks were held"): the complement is not an event. "rule out" is read with its particle.
DENIAL_VERBS = {"deny", "refute", "dispute", "rebut", "disavow"}

# Verbs that call a happening off ("the session was cancelled", "scrapped the visit"): the noun they govern
# did not (or will not) happen.
CANCEL_VERBS = {"cancel", "scrap", "shelve", "postpone", "abandon", "scuttle", "call off", "axe", "put off", "put back"}

# Verbs that move a happening to another date ("the session was postponed until Monday", "pushed the vote back
# to Friday"): the date after one of RESCHEDULE_PREPS is when it is now planned. Phrasal verbs with their particle.
RESCHEDULE_VERBS = {"postpone", "delay", "defer", "reschedule", "push back", "push", "move", "put off", "put back"}
RESCHEDULE_PREPS = {"until", "till", "to"}

# Dates counted from another happening: "a day after the talks", "two days before the vote", "the day
# after X arrived". Number words for the count, and the unit with the precision the other date must have (days,
# or years counted from a year: "launched in 2011, three years after Kosovo declared independence"; "a week
# after" is loose in news).
OFFSET_NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10}
OFFSET_UNITS = {"day": "day", "year": "year"}
OFFSET_RELATIONS = {"after": 1, "before": -1}

# "At the end of the talks, the two countries agreed": a clause placed inside another happening the article
# dates takes its date. (The words before "of" / the preposition.)
WITHIN_EVENT_NOUNS = {"end", "close", "sidelines", "margins", "conclusion", "start", "opening", "beginning"}
WITHIN_EVENT_PREPS = {"during", "at", "on"}
# "pledges at the conference in New York on June 9", "meet on the sidelines of the ministerial meeting on June 11":
# the nouns that put a happening beside a sitting ("on the sidelines of"), which is then held that day too.
BESIDE_NOUNS = {"sidelines", "sideline", "margins", "margin"}
# "sat down for two days of talks": a verb phrase that gathers people for the sitting its "for" names, and the
# units that measure that sitting ("two days of talks" is the talks).
GATHERING_PHRASES = {"sit down"}
SITTING_UNITS = {"day", "hour", "week"}
# "will join the officials for a meeting with X": verbs of taking part, whose "for" names the happening itself
# (while "hosted X for a meeting" is the hosting).
JOINING_VERBS = {"join", "accompany"}
# "the US Secretary of State", "the Minister of Defence": words after an office's "of" that name its portfolio, not a
# body it belongs to (a body takes an article: "the head of the State Duma").
PORTFOLIO_WORDS = {"state", "defense", "defence", "finance", "justice", "interior", "health", "trade", "treasury"}
# "The visit began on Monday with a meeting with X", "the summit closed with a joint statement": what a
# happening opened or closed with took place on the day it did.
OPENING_VERBS = {"begin", "start", "open", "end", "close", "conclude", "wrap", "kick"}
CLOSING_VERBS = {"end", "close", "conclude", "wrap", "finish"}  # "concluded two days of talks on Wednesday"

# Verbs that say when a happening occurred ("His visit came two days after ...", "the meeting took place a day
# before ..."): their subject names the happening the count starts from.
OCCURRING_VERBS = {"come", "take", "happen", "occur", "follow", "begin", "start", "fall"}

# Verbs that judge a happening from outside ("The Council welcomes the meeting of the commissions", "condemned
# the attack"): their subject takes no part in the happening they name.
REGARD_VERBS = {"welcome", "hail", "praise", "applaud", "commend", "condemn", "deplore", "regret", "criticize",
                "criticise", "note"}

# Verbs whose object does what their infinitive says ("invited Takaichi to visit Seoul", "urged Netanyahu to
# attend"): the infinitive's doer is the object, not the subject.
OBJECT_CONTROL_VERBS = {"invite", "urge", "ask", "encourage", "persuade", "allow", "permit", "help", "press",
                        "request", "call", "order", "instruct", "authorize", "authorise", "tell", "advise"}

# Planning heads that are happenings themselves: "agreed on Wednesday to restore ties" is an agreement made
# on Wednesday (the date sits outside the infinitive), while "agreed to meet in August" dates the meeting.
DECIDING_HEADS = {"agree", "decide", "vote", "promise", "pledge", "vow", "offer", "invite", "threaten"}

# Dates that count from the last dated happening ("two days later", "the following day", "the previous
# week", "the day before" with nothing after it): read only when the temporal tagger left them without a
# calendar value.
ANAPHORIC_DATE = re.compile(
    r"(?i)^(?:(?P<count>a|an|one|two|three|four|five|six|seven) (?P<unit>days?) (?P<dir>later|earlier)"
    r"|the (?P<rel>following|next|previous|preceding) (?P<unit2>day|week)"
    r"|the (?P<unit3>day) (?P<rel2>after|before))$")

# "came under fire on Saturday", "came under attack": the noun after "under" names what happened to the subject.
# What two sides exchange in a fight ("troops exchanged fire", "an exchange of fire", "exchanged shots")
EXCHANGED_FIRE = {"fire", "gunfire", "shot", "shots", "shelling", "salvo"}
UNDER_NOUNS = {"fire": "attack", "attack": "attack", "shelling": "attack", "bombardment": "attack"}

# "fired a water cannon at a vessel", "turned a water cannon on the boat", "used drones against the port": a weapon
# aimed at a target is an attack (while "fired the minister" is none).
WEAPON_NOUNS = {"cannon", "missile", "rocket", "drone", "torpedo", "mortar", "artillery", "laser", "flare", "gun",
                "shell", "gas"}
AIMING_VERBS = {"fire", "turn", "use", "aim", "launch", "point"}
AIMING_PREPS = {"at", "on", "against"}

# Verbs that count the dead or displaced: their subject names the happening ("fighting killed 12 people",
# "the strike wounded two"), which has no actor of its own.
CASUALTY_VERBS = {"kill", "wound", "injure", "displace", "claim"}

# A past clause whose doers are unnamed ("farmers drove tractors into Brussels on Tuesday") is still a happening,
# unless it reports an amount that moved ("oil prices rose on Tuesday", "the death toll climbed to 40"): those
# subjects and verbs, as data.
MEASURE_NOUNS = {
    "price", "rate", "share", "stock", "index", "currency", "figure", "number", "toll", "output", "growth",
    "inflation", "export", "import", "temperature", "percent", "yield", "market", "economy", "bond", "cost",
    "level", "total", "count", "estimate", "poll", "rating", "value", "volume", "production", "demand", "supply",
}
MEASURE_VERBS = {
    "rise", "fall", "drop", "climb", "increase", "decrease", "grow", "decline", "slip", "jump", "surge", "plunge",
    "soar", "gain", "lose", "stand", "reach", "hover", "edge", "rebound", "tumble", "slump", "double", "halve",
}

# "agreed on Saturday to resume the dialogue, as the two leaders held talks in Nara", "will travel to Moscow on
# Sept. 22 to meet Lavrov", "will visit Kyiv next week, where he will hold talks with ...": a side clause that
# names a happening of its own at the same time as its main clause. The words that open such a clause
# (an infinitive of purpose has none); "after", "before", "since", "until", "if", "because" tell another time
# or a condition, not the same one.
SAME_TIME_MARKERS = {"as", "while", "when", "where", "whereupon"}

# Signed texts that are agreements ("signed a joint declaration", "the Argyle declaration, signed in ..."); a
# statement stays a statement even when the governments sign it ("signed a joint statement").
SIGNED_TEXT_NOUNS = {"declaration"}

# Prepositions by which a verb takes the sitting it names: "presided over a session" is the session.
SITTING_PREPS = {"preside": ("over",)}

# Verbs of a journey, dated by the day it sets out: "will travel to Niamey from 24 May" is a trip that starts on
# the 24th (while "sanctions from 1 June" or "talks from Monday" give no day of their own).
JOURNEY_VERBS = {"travel", "tour", "head", "fly", "send", "depart", "leave", "set"}
