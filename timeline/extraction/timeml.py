"""TimeML documents and the TempEval-3 scorer for temporal expressions.

`read_tml` turns a `.tml` file into the plain text inside `<TEXT>` (tags removed, entities unescaped), the
document creation time (the anchor) and the gold TIMEX3 spans with character offsets into that plain text.

`score` reproduces TempEval-3's entity figures for timexes: strict match = identical span, relaxed match =
overlapping span, matched one to one; precision, recall and F1 for both; value F1 = (share of relaxed
matches whose value is exactly the gold value) x relaxed F1, and type F1 likewise.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

_TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>")
_ATTR_RE = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_DCT_RE = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    tid: str = ""


@dataclass(slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: datetime | date | None
    timexes: list[GoldTimex] = field(default_factory=list)


def _dct_value(value: str) -> datetime | date | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?", value or "")
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if m[4] is None:
        return date(y, mo, d)
    return datetime(y, mo, d, int(m[4]), int(m[5]), int(m[6] or 0))


def parse_tml(source: str, name: str = "") -> TimeMLDocument:
    """Read a TimeML document given as a string."""
    dct = None
    if m := _DCT_RE.search(source):
        attrs = dict(_ATTR_RE.findall(m[1]))
        dct = _dct_value(attrs.get("value", ""))
    tm = _TEXT_RE.search(source)
    body = tm[1] if tm else ""
    parts: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict] | None = None
    pos = 0
    for m in _TAG_RE.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m[1] == "/", m[2]
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR_RE.findall(m[3])))
            if m[3].rstrip().endswith("/"):  # empty timex (no extent): not scored
                open_timex = None
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            timexes.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value"),
                                     attrs.get("tid", "")))
    chunk = html.unescape(body[pos:])
    parts.append(chunk)
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.start:t.end]
    return TimeMLDocument(name=name, text=text, dct=dct, timexes=timexes)


def read_tml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse_tml(path.read_text(encoding="utf-8"), name=path.name)


def read_dir(*dirs: str | Path) -> list[TimeMLDocument]:
    docs: list[TimeMLDocument] = []
    for d in dirs:
        p = Path(d)
        files = sorted(p.glob("*.tml")) if p.is_dir() else [p]
        docs.extend(read_tml(f) for f in files)
    return docs


# ----------------------------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Span:
    """What the scorer needs of an expression (gold or system)."""

    start: int
    end: int
    text: str
    type: str | None
    value: str | None


@dataclass(slots=True)
class DocResult:
    name: str
    strict: list[tuple[Span, Span]] = field(default_factory=list)  # (gold, system)
    relaxed: list[tuple[Span, Span]] = field(default_factory=list)
    missed: list[Span] = field(default_factory=list)  # gold with no overlapping system span
    spurious: list[Span] = field(default_factory=list)  # system with no overlapping gold span
    n_gold: int = 0
    n_system: int = 0


def match(gold: Sequence[Span], system: Sequence[Span], name: str = "") -> DocResult:
    """One-to-one matching: identical spans first, then overlapping spans in text order."""
    res = DocResult(name=name, n_gold=len(gold), n_system=len(system))
    used_g: set[int] = set()
    used_s: set[int] = set()
    by_span = {}
    for j, s in enumerate(system):
        by_span.setdefault((s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        for j in by_span.get((g.start, g.end), ()):
            if j not in used_s:
                used_g.add(i)
                used_s.add(j)
                res.strict.append((g, system[j]))
                res.relaxed.append((g, system[j]))
                break
    order_s = sorted(range(len(system)), key=lambda j: (system[j].start, system[j].end))
    for i, g in sorted(enumerate(gold), key=lambda p: (p[1].start, p[1].end)):
        if i in used_g:
            continue
        for j in order_s:
            s = system[j]
            if j in used_s or s.end <= g.start:
                continue
            if s.start >= g.end:
                break
            used_g.add(i)
            used_s.add(j)
            res.relaxed.append((g, s))
            break
    res.missed = [g for i, g in enumerate(gold) if i not in used_g]
    res.spurious = [s for j, s in enumerate(system) if j not in used_s]
    return res


def _prf(matched: int, n_system: int, n_gold: int) -> dict:
    p = matched / n_system if n_system else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}


def summarize(results: Iterable[DocResult]) -> dict:
    results = list(results)
    n_gold = sum(r.n_gold for r in results)
    n_system = sum(r.n_system for r in results)
    strict = sum(len(r.strict) for r in results)
    relaxed_pairs = [p for r in results for p in r.relaxed]
    relaxed = len(relaxed_pairs)
    s = _prf(strict, n_system, n_gold)
    rx = _prf(relaxed, n_system, n_gold)
    value_ok = sum(1 for g, sy in relaxed_pairs if g.value == sy.value)
    type_ok = sum(1 for g, sy in relaxed_pairs if g.type == sy.type)
    value_acc = value_ok / relaxed if relaxed else 0.0
    type_acc = type_ok / relaxed if relaxed else 0.0
    return {
        "documents": len(results),
        "gold": n_gold,
        "system": n_system,
        "strict": s,
        "relaxed": rx,
        "value_accuracy": round(100 * value_acc, 2),
        "type_accuracy": round(100 * type_acc, 2),
        "value_f1": round(value_acc * rx["f1"], 2),
        "type_f1": round(type_acc * rx["f1"], 2),
    }


def score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict:
    """Figures for (gold, system) span lists, one pair per document."""
    return summarize(match(g, s) for g, s in pairs)


# What joins the two ends of a range ("Monday to Wednesday", "November 18-19", "1998-99")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|through|until|till|and)\s+", re.I)


def timeml_spans(t) -> list[Span]:
    """A tagger expression as TimeML annotates it. TimeML marks each end of a range as its own TIMEX3
    ("from <Monday> to <Wednesday>", "<November 18>-<19>"); the tagger keeps the range as one expression
    with a start and an end value, which is what a timeline needs."""
    whole = [Span(t.start, t.end, t.text, t.type, t.value)]
    if not t.end_value or t.type not in ("DATE", "DURATION"):  # "<six> to <nine months>" too
        return whole
    joins = list(_RANGE_JOIN.finditer(t.text))
    if not joins:
        return whole
    j = joins[-1]
    first, second = t.text[:j.start()], t.text[j.end():]
    if not first.strip() or not second.strip():
        return whole
    return [Span(t.start, t.start + j.start(), first, t.type, t.value),
            Span(t.start + j.end(), t.end, second, t.type, t.end_value)]


def evaluate(docs: Sequence[TimeMLDocument]) -> list[DocResult]:
    """Run the tagger over TimeML documents (parsed in one nlp.pipe stream) and match it against the gold."""
    from . import nlp
    from .timex import find_timexes

    results = []
    for doc, parsed in zip(docs, nlp.parse_many([d.text for d in docs])):
        system = [span for t in find_timexes(parsed, doc.dct) for span in timeml_spans(t)]
        gold = [Span(g.start, g.end, g.text, g.type, g.value) for g in doc.timexes]
        results.append(match(gold, system, doc.name))
    return results


# ------------------------------------------------------------------------------------ kinds of wrong value

_POD_RE = re.compile(r"T(?:MO|AF|EV|NI)$")
_REF = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


# Kinds of disagreement that are the gold's convention, not a misreading (see value_error_class).
CONVENTION_CLASSES = (
    "gold value not well-formed TIMEX3",
    "decade convention (199 vs 199X)",
    "gold leaves unspecified what we resolve (1989-WXX, 1989-QX)",
    "part of day kept or dropped",
)


def value_error_class(gold: str | None, system: str | None) -> str:
    """What kind of disagreement a wrong value is, for `evaluate_timeml --error-classes`: conventions of the
    gold that a tagger following CONTRACTS cannot match are told apart from real misreadings."""
    from .values import is_timex3_value

    g, s = gold or "", system or ""
    if not s:
        return "no value (unresolved)"
    if g and not is_timex3_value(g) and not re.fullmatch(r"\d{4}-(?:WXX|QX)", g):
        return "gold value not well-formed TIMEX3"
    if re.fullmatch(r"\d{3}", g) and s == g + "X":
        return "decade convention (199 vs 199X)"
    if "X" in g and "X" not in s and _shape(s).startswith(_shape(g).split("X")[0].rstrip("-")):
        return "gold leaves unspecified what we resolve (1989-WXX, 1989-QX)"
    if _POD_RE.sub("", g) == _POD_RE.sub("", s):
        return "part of day kept or dropped"
    if (g in _REF) != (s in _REF):
        return "reference word vs calendar value or stretch"
    if g.startswith("P") != s.startswith("P"):
        return "date vs duration"
    if g.startswith("P"):
        return "other length of stretch"
    if g.startswith(s) or s.startswith(g) or _shape(g) != _shape(s):
        return "granularity (year, quarter, month, week or day)"
    return "same granularity, another day/month/year (direction or anchor)"
