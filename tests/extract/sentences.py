"""Sentences written for the grammar tests, fed straight to the extractor: the clean,
unwrapped text the pipeline would give it, no build and no files."""

from __future__ import annotations

from datetime import date

from dnnd_data.extract.events import EventDraft, extract_event
from dnnd_data.extract.people import find_people
from dnnd_data.extract.sentences import split_sentences, unwrap
from dnnd_data.normalize.text import normalize_str
from dnnd_data.settings import PROJECT_ROOT

# The labelled dev corpus, read in place beside the checkout (its text is third-party news,
# never copied here).
DEV_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "dev"


def event_of(text: str, published: date | None = None) -> EventDraft | None:
    """The event the text reports (``published``: the sidecar's date)."""
    clean = unwrap(normalize_str(text))
    return extract_event("a_0000000000000000", clean, split_sentences(clean), published)


def people_of(text: str) -> dict[str, tuple[str, ...]]:
    """Each person the text names, with the positions written there."""
    return {p.name: p.positions for p in find_people(unwrap(normalize_str(text)))}
