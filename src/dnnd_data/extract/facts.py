"""Everything extracted from one article, before merging across articles.

Takes: an :class:`Article`. Gives: :class:`ArticleExtraction`: the event it reports (if
any), every named person with the positions written there, organizations, document
citations, and, at an event, each person's role and the awards. Pure. Extraction reads the
text with hard line wraps undone (same length: every span still indexes ``articles.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dnnd_data.extract.awards import AwardClaim, find_awards
from dnnd_data.extract.documents import DocumentCitation, find_citations
from dnnd_data.extract.events import EventDraft, extract_event
from dnnd_data.extract.organizations import OrgMention, find_organizations
from dnnd_data.extract.people import PersonMention, find_people
from dnnd_data.extract.roles import RoleClaim, claim_roles
from dnnd_data.extract.sentences import split_sentences, unwrap
from dnnd_data.schema.articles import Article


@dataclass(frozen=True)
class ArticleExtraction:
    """Raw facts from one article, with spans into its clean text."""

    article_id: str
    event: EventDraft | None
    citations: tuple[DocumentCitation, ...]
    organizations: tuple[OrgMention, ...]
    roles: tuple[RoleClaim, ...] = ()
    awards: tuple[AwardClaim, ...] = ()
    people: tuple[PersonMention, ...] = ()


def extract_article(article: Article) -> ArticleExtraction:
    """Run every extractor on one article."""
    text = unwrap(article.text)
    sentences = split_sentences(text)
    orgs = find_organizations(text)
    people = find_people(text)
    for person in people:
        person.evidence = sentences.evidence(person.start, person.end)
    event = extract_event(article.article_id, text, sentences, article.published_on)
    if event is not None and event.organizer is not None:
        orgs = sorted([*orgs, event.organizer], key=lambda o: (o.start, o.org_id))
    orgs = [replace(o, evidence=sentences.evidence(o.start, o.end)) for o in orgs]
    # Roles and awards only mean something at an event the article reports.
    return ArticleExtraction(
        article_id=article.article_id,
        event=event,
        citations=tuple(
            find_citations(text, sentences, event.event_id if event else article.article_id)
        ),
        organizations=tuple(orgs),
        roles=tuple(claim_roles(people, sentences)) if event else (),
        awards=tuple(find_awards(text, sentences, orgs)) if event else (),
        people=tuple(people),
    )
