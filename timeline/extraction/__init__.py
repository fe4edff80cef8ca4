"""Reading dated events out of news text. Pure Python: no Django imports anywhere in this package.

    from timeline.extraction import extract
    result = extract(text, published="2025-03-17T09:54:27")
    result.timexes, result.events
"""

from .pipeline import EXTRACTOR_VERSION, ArticleInput, extract, extract_many
from .types import EventFrame, Extraction, TextSpan, Timex

__all__ = [
    "EXTRACTOR_VERSION", "ArticleInput", "extract", "extract_many",
    "EventFrame", "Extraction", "TextSpan", "Timex",
]
