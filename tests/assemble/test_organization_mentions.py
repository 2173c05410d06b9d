"""Where each organization appears: every organization row has its mentions, each mention
is the text at its span, and the organizer of an article's event is marked."""

from __future__ import annotations

from collections import Counter

from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.schema.articles import Article
from dnnd_data.schema.facts import Event, EventSource, Organization, OrganizationMention


def test_every_organization_has_its_mentions(seed_build: BuildSummary) -> None:
    data = seed_build.dataset
    mentions = data.rows("organization_mentions", OrganizationMention)
    counts = Counter(m.org_id for m in mentions)
    organizations = data.rows("organizations", Organization)
    assert organizations
    assert {o.org_id: o.n_mentions for o in organizations} == dict(counts)


def test_a_mention_is_the_text_at_its_span(seed_build: BuildSummary) -> None:
    data = seed_build.dataset
    texts = {a.article_id: a.text for a in data.rows("articles", Article)}
    for mention in data.rows("organization_mentions", OrganizationMention):
        written = texts[mention.article_id][mention.span_start : mention.span_end]
        # Extraction reads the text with hard line wraps undone (same length).
        assert written.replace("\n", " ") == mention.surface.replace("\n", " ")
        assert mention.surface in mention.evidence.replace("\n", " ") or written in mention.evidence


def test_the_organizer_is_marked(seed_build: BuildSummary) -> None:
    data = seed_build.dataset
    organizer_of = {e.event_id: e.organizer_org_id for e in data.rows("events", Event)}
    reported = {(s.article_id, s.event_id) for s in data.rows("event_sources", EventSource)}
    marked = [m for m in data.rows("organization_mentions", OrganizationMention) if m.is_organizer]
    assert marked
    for mention in marked:
        assert (mention.article_id, mention.event_id) in reported
        assert mention.event_id is not None
        assert organizer_of[mention.event_id] == mention.org_id
