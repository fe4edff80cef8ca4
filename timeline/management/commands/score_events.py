"""Score the event extractor against a gold folder (default tests/gold).

The folder holds articles (`*.txt`) and `gold.json`: for each article its publication timestamp and the
events a journalist would write down, each with a gold event id shared across articles for the same
happening. An extracted event matches a gold mention when its trigger is one of the mention's triggers and
its evidence sentence contains the mention's evidence text. Figures:

- event recall: gold (article, event) pairs with at least one matching extracted event;
- date precision: among extracted events matched to gold, the share whose dates equal the gold value's;
- wrong dates: matched extracted events on another date than the gold one;
- unmatched: extracted events that match no gold mention (for review; the gold may omit minor events);
- status accuracy: among matched extracted events, the share whose status (planned / occurred / reported)
  equals the gold mention's;
- merge accuracy: over pairs of matched events from different articles, the share that `merge.compare`
  gets right (same gold event -> merged, different -> kept apart), with the precision and recall of merging.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import ArticleInput, extract_many, merge
from timeline.extraction.values import value_span

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold"
HELDOUT_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold_heldout"
FRESH_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold_fresh"
FRESH2_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold_fresh2"


def load_gold(folder: Path) -> list[dict]:
    gold_file = folder / "gold.json"
    if not gold_file.exists():
        raise FileNotFoundError(f"{gold_file} does not exist.")
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    articles = data["articles"] if isinstance(data, dict) else data
    for article in articles:
        article["text"] = (folder / article["file"]).read_text(encoding="utf-8")
    return articles


def _matches(frame, mention) -> bool:
    triggers = [t.casefold() for t in mention["trigger"]]
    return frame.trigger.text.casefold() in triggers and mention["evidence"].casefold() in frame.evidence.casefold()


def _date_right(frame, mention) -> bool:
    """The frame's dates are the gold value's; a gold day is also right for a stretch that starts on it (the
    gold gives a happening of several days its first day: "talks on Oct 27 and 28")."""
    start, end, gran = value_span(mention["value"])
    frame_end = frame.date_end or frame.date_start
    if gran == "day" and frame.date_start == start and frame_end and frame_end > start:
        return True
    return frame.date_start == start and frame_end == end


def score(folder: Path = DEFAULT_DIR) -> dict:
    """Run the extractor over the gold folder and compute the figures (see module docstring)."""
    articles = load_gold(Path(folder))
    extractions = list(extract_many(ArticleInput(a["text"], a.get("published")) for a in articles))
    gold_units = 0
    found_units = 0
    matched = []  # (article id, gold event id, frame, date right)
    unmatched = []
    misses = []
    for article, extraction in zip(articles, extractions):
        by_event: dict[str, list[dict]] = {}
        for mention in article["events"]:
            by_event.setdefault(mention["event"], []).append(mention)
        used: set[int] = set()
        for event_id, mentions in by_event.items():
            gold_units += 1
            hits = [(i, f, m) for i, f in enumerate(extraction.events) if i not in used
                    for m in mentions if _matches(f, m)]
            if not hits:
                misses.append((article["id"], event_id, mentions[0]["evidence"]))
                continue
            found_units += 1
            seen_frames = set()
            for i, frame, mention in hits:
                if i in seen_frames:
                    continue
                seen_frames.add(i)
                used.add(i)
                matched.append((article["id"], event_id, frame, _date_right(frame, mention), mention))
        for i, frame in enumerate(extraction.events):
            if i not in used:
                unmatched.append((article["id"], frame))
    right = sum(1 for m in matched if m[3])
    status_right = sum(1 for m in matched if m[2].status == m[4].get("status", m[2].status))
    pairs = same_pairs = merged_same = merged_any = correct = 0
    for (a_id, a_ev, a_frame, _, _), (b_id, b_ev, b_frame, _, _) in combinations(matched, 2):
        if a_id == b_id:
            continue
        pairs += 1
        gold_same = a_ev == b_ev
        predicted = merge.compare(a_frame, b_frame)[0] >= merge.MERGE_THRESHOLD
        same_pairs += gold_same
        merged_any += predicted
        merged_same += gold_same and predicted
        correct += gold_same == predicted
    return {
        "articles": len(articles),
        "gold_events": gold_units,
        "found_events": found_units,
        "event_recall": found_units / gold_units if gold_units else 0.0,
        "extracted_events": sum(len(x.events) for x in extractions),
        "matched_events": len(matched),
        "date_precision": right / len(matched) if matched else 0.0,
        "wrong_dates": len(matched) - right,
        "status_accuracy": status_right / len(matched) if matched else 0.0,
        "unmatched_events": len(unmatched),
        "merge_pairs": pairs,
        "merge_accuracy": correct / pairs if pairs else 0.0,
        "merge_precision": merged_same / merged_any if merged_any else 1.0,
        "merge_recall": merged_same / same_pairs if same_pairs else 1.0,
        "_misses": misses,
        "_wrong": [(a, e, f, m) for a, e, f, ok, m in matched if not ok],
        "_wrong_status": [(a, e, f, m) for a, e, f, _, m in matched if f.status != m.get("status", f.status)],
        "_unmatched": unmatched,
        "_merge_errors": [
            (a[0], a[1], b[0], b[1], merge.compare(a[2], b[2]), a[2], b[2])
            for a, b in combinations(matched, 2)
            if a[0] != b[0] and (a[1] == b[1]) != (merge.compare(a[2], b[2])[0] >= merge.MERGE_THRESHOLD)
        ],
    }


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = "Score event extraction and merging against a gold folder (default tests/gold)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", default=str(DEFAULT_DIR))
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument("--errors", action="store_true", help="list misses, wrong dates, extra events")
        parser.add_argument("--pairs", action="store_true",
                            help="list missed and wrong merge pairs with both frames and the compare reason")

    def handle(self, *args, **options):
        try:
            result = score(Path(options["folder"]))
        except (FileNotFoundError, KeyError, ValueError) as exc:
            raise CommandError(f"Cannot read the gold folder: {exc}") from exc
        figures = {k: v for k, v in result.items() if not k.startswith("_")}
        if options["json"]:
            self.stdout.write(json.dumps(figures, indent=2))
        else:
            self.stdout.write(
                f"articles {figures['articles']}, gold events {figures['gold_events']}, "
                f"extracted events {figures['extracted_events']}\n"
                f"event recall     {figures['event_recall']:.3f} ({figures['found_events']}/{figures['gold_events']})\n"
                f"date precision   {figures['date_precision']:.3f} "
                f"({figures['matched_events'] - figures['wrong_dates']}/{figures['matched_events']} matched events)\n"
                f"wrong dates      {figures['wrong_dates']}\n"
                f"status accuracy  {figures['status_accuracy']:.3f}\n"
                f"unmatched        {figures['unmatched_events']} extracted events match no gold mention\n"
                f"merge accuracy   {figures['merge_accuracy']:.3f} over {figures['merge_pairs']} cross-article pairs "
                f"(precision {figures['merge_precision']:.3f}, recall {figures['merge_recall']:.3f})"
            )
        if options["errors"]:
            for article_id, event_id, evidence in result["_misses"]:
                self.stdout.write(f"MISS     {article_id} {event_id}: {evidence}")
            for article_id, event_id, frame, mention in result["_wrong"]:
                self.stdout.write(f"WRONG    {article_id} {event_id}: got {frame.value} want {mention['value']}: "
                                  f"{frame.title}")
            for article_id, event_id, frame, mention in result["_wrong_status"]:
                self.stdout.write(f"STATUS   {article_id} {event_id}: got {frame.status} want {mention['status']}: "
                                  f"{frame.title}")
            for article_id, frame in result["_unmatched"]:
                self.stdout.write(f"EXTRA    {article_id} {frame.value} {frame.status} [{frame.trigger.text}] "
                                  f"{frame.title}")
            for a_id, a_ev, b_id, b_ev, (s, reason), _, _ in result["_merge_errors"]:
                verdict = "should merge" if a_ev == b_ev else "wrongly merged"
                self.stdout.write(f"MERGE    {a_id}/{a_ev} {b_id}/{b_ev} {verdict} ({s:.2f}: {reason})")
        if options["pairs"]:
            for a_id, a_ev, b_id, b_ev, (s, reason), a_frame, b_frame in result["_merge_errors"]:
                verdict = "MISSED" if a_ev == b_ev else "WRONG"
                self.stdout.write(f"{verdict} {a_ev} / {b_ev} ({s:.2f}: {reason})\n"
                                  f"    {_describe(a_id, a_frame)}\n    {_describe(b_id, b_frame)}")


def _describe(article_id, frame) -> str:
    """One merge-pair side as the rules see it."""
    return (f"{article_id}: {frame.kind} {frame.status} {frame.value or frame.date_start} "
            f"actors={frame.actors} place={frame.location!r} [{frame.trigger.text}] {frame.title}")
