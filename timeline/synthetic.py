"""Synthetic news articles for benchmarks: plausible diplomatic prose, clearly marked as not news."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

LEADERS = ["Anna Lindqvist", "Marek Novak", "Samir Haddad", "Keiko Tanaka", "Luis Ortega", "Grace Mensah",
           "Pavel Orlov", "Ingrid Dahl", "Tomas Varga", "Amira Saleh"]
COUNTRIES = ["Norway", "Poland", "Jordan", "Japan", "Chile", "Ghana", "Georgia", "Finland", "Hungary", "Oman"]
CITIES = ["Geneva", "Vienna", "Doha", "Oslo", "Ankara", "Nairobi", "Helsinki", "Muscat", "Lisbon", "Seoul"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENTENCES = [
    "{a} met {b} in {city} on {day} to discuss a ceasefire proposal.",
    "{a} will travel to {city} next week for talks with officials from {country}.",
    "Foreign ministers of {country} and {country2} held talks in {city} on {day}, officials said.",
    "{b} said on {day} that {country} would sign the agreement in {month}.",
    "A summit of regional leaders is set to take place in {city} on {date}.",
    "{a} spoke by phone with {b} on {day}, according to a statement from the ministry.",
    "Negotiators agreed to resume talks in {city} after the weekend.",
    "The deadline for a response expires at the end of {month}, {b} warned.",
    "Delegations from {country} and {country2} are expected to meet again later this month.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def synthetic_article(i: int, rng: random.Random) -> tuple[str, str]:
    """(text, published ISO timestamp) for synthetic article number i."""
    published = datetime(2024, 1, 1, 8, 0) + timedelta(hours=rng.randrange(0, 24 * 600))
    fill = lambda: {  # noqa: E731
        "a": rng.choice(LEADERS), "b": rng.choice(LEADERS), "city": rng.choice(CITIES),
        "country": rng.choice(COUNTRIES), "country2": rng.choice(COUNTRIES), "day": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS), "date": f"{rng.choice(MONTHS)} {rng.randrange(1, 29)}",
    }
    body = " ".join(rng.choice(SENTENCES).format(**fill()) for _ in range(rng.randrange(8, 16)))
    title = f"[synthetic] Benchmark article {i}: talks in {rng.choice(CITIES)}"
    return f"{title}\n\nSynthetic benchmark text, not news. {body}\n", published.isoformat()
