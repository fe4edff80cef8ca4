"""Same-event identity across mentions and articles.

API used by timeline.ingest (keep these names): `compare(a, b) -> (score, reason)` for two EventFrames,
`MERGE_THRESHOLD`, and `merge_key(frame)`. (Placeholder rules; the events work replaces them.)
"""

from __future__ import annotations

from .types import EventFrame

MERGE_THRESHOLD = 0.6


def _dates_compatible(a: EventFrame, b: EventFrame) -> bool:
    if a.date_start is None or b.date_start is None:
        return False
    if a.granularity == "day" and b.granularity == "day":
        return a.date_start == b.date_start
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    return a.date_start <= b_end and b.date_start <= a_end


def compare(a: EventFrame, b: EventFrame) -> tuple[float, str]:
    if not _dates_compatible(a, b):
        return 0.0, "dates differ"
    shared = {x.casefold() for x in a.actors} & {x.casefold() for x in b.actors}
    score = 0.3
    reasons = ["same date"]
    if a.kind == b.kind and a.kind != "other":
        score += 0.3
        reasons.append(f"both {a.kind}")
    if shared:
        score += 0.3
        reasons.append("shared actors: " + ", ".join(sorted(shared)))
    if a.location and b.location and a.location.casefold() == b.location.casefold():
        score += 0.1
        reasons.append(f"both in {a.location}")
    return score, "; ".join(reasons)


def merge_key(frame: EventFrame) -> str:
    actors = ",".join(sorted(a.casefold() for a in frame.actors[:3]))
    return f"{frame.value or ''}|{frame.kind}|{actors}"
