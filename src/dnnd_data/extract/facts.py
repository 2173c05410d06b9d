"""Everything extracted from one article, before merging across articles.

Takes: an :class:`Article`. Gives: :class:`ArticleExtraction` (event draft, document
citations, organization mentions). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from dnnd_data.extract.awards import AwardClaim, find_awards
from dnnd_data.extract.documents import DocumentCitation, find_citations
from dnnd_data.extract.events import EventDraft, extract_event
from dnnd_data.extract.organizations import OrgMention, find_organizations
from dnnd_data.extract.people import find_people
from dnnd_data.extract.roles import RoleClaim, claim_roles
from dnnd_data.extract.sentences import split_sentences
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


def extract_article(article: Article) -> ArticleExtraction:
    """Run every extractor on one article."""
    text = article.text
    sentences = split_sentences(text)
    orgs = find_organizations(text)
    event = extract_event(article.article_id, text, sentences, orgs)
    # Roles and awards only mean something at an event the article reports.
    return ArticleExtraction(
        article_id=article.article_id,
        event=event,
        citations=tuple(find_citations(text, sentences)),
        organizations=tuple(orgs),
        roles=tuple(claim_roles(find_people(text), sentences)) if event else (),
        awards=tuple(find_awards(text, sentences, orgs)) if event else (),
    )
