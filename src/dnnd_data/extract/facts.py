"""Everything extracted from one article, before merging across articles.

Takes: an :class:`Article`. Gives: :class:`ArticleExtraction`: the event it reports (if
any), every named person with the positions written there, organizations, document
citations, and, at an event, each person's role and the awards. Pure. Extraction reads the
text with hard line wraps undone (same length: every span still indexes ``articles.text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from dnnd_data.extract.awards import AwardClaim, find_awards
from dnnd_data.extract.documents import DocumentCitation, find_citations
from dnnd_data.extract.events import EventDraft, extract_event
from dnnd_data.extract.name_forms import with_full_names
from dnnd_data.extract.organizations import OrgMention, find_organizations
from dnnd_data.extract.people import PersonMention, find_people
from dnnd_data.extract.roles import RoleClaim, claim_roles
from dnnd_data.extract.sentences import split_sentences, unwrap
from dnnd_data.extract.topic import about_foreign_relations
from dnnd_data.normalize.text import normalize_str
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


def with_topic(article: Article) -> Article:
    """The article, marked not to be read for facts when it is not about people's
    diplomacy or foreign relations at all (see :mod:`dnnd_data.extract.topic`)."""
    if about_foreign_relations(article.text):
        return article
    return article.model_copy(update={"read_for_facts": False})


def extract_article(article: Article, tag_cut: int = 0) -> ArticleExtraction:
    """Run every extractor on one article read for facts (see :func:`with_topic`); one
    that is not yields nothing. ``tag_cut``: the length of the outlet's tag cleaning took
    off (see :func:`~dnnd_data.extract.sentences.unwrap`)."""
    if not article.read_for_facts:
        return ArticleExtraction(article.article_id, None, (), ())
    web = (article.outlet, urlsplit(article.url).hostname if article.url else None)
    return extract_text(
        article.article_id,
        article.text,
        article.published_on,
        web_addresses=tuple(w for w in web if w),
        tag_cut=tag_cut,
    )


def extract_text(
    article_id: str,
    clean_text: str,
    published_on: date | None = None,
    web_addresses: tuple[str, ...] = (),
    tag_cut: int = 0,
) -> ArticleExtraction:
    """Run every extractor on an article's clean text. ``web_addresses``: the outlet's, as
    its tag before the lead (stripped from the text) or its URL's host gave them;
    ``tag_cut``: the characters of the tag cleaning took off (see :func:`unwrap`)."""
    text = unwrap(clean_text, tag_cut)
    sentences = split_sentences(text)
    orgs = find_organizations(text)
    cut_at = _cut_at(text)
    people = [p for p in with_full_names(find_people(text)) if p.end < cut_at]
    # A title running to the cut may be cut too ("... Phó Chủ tịch Ủy ban nhân dân tỉnh Ng"):
    # the person stays, without it.
    cut_tail = text[:cut_at].rstrip() if cut_at <= len(text) else None
    for person in people:
        person.evidence = sentences.evidence(person.start, person.end)
        if cut_tail and person.positions and cut_tail.endswith(person.positions[-1]):
            person.positions = person.positions[:-1]
    event = extract_event(article_id, text, sentences, published_on, web_addresses)
    if event is not None and event.organizer is not None:
        orgs = sorted([*orgs, event.organizer], key=lambda o: (o.start, o.org_id))
    orgs = [o.with_evidence(sentences.evidence(o.start, o.end)) for o in orgs]
    citations = find_citations(text, sentences, event.event_id if event else article_id)
    # Roles and awards only mean something at an event the article reports.
    return ArticleExtraction(
        article_id=article_id,
        event=event,
        # A number may go on past the cut ("Chỉ thị số 1" of "Chỉ thị số 12-CT/TW").
        citations=tuple(c for c in citations if c.end < cut_at or not text[c.end - 1].isdigit()),
        organizations=tuple(orgs),
        roles=tuple(claim_roles(people, sentences, event.years)) if event else (),
        awards=tuple(find_awards(text, sentences, orgs, people, event.organizer)) if event else (),
        people=tuple(people),
    )


# How a text that was not cut short ends: a sentence's mark, a closing quote or bracket.
_WHOLE_ENDS = frozenset(".!?…:;\"”’')]")


def _cut_at(text: str) -> int:
    """The offset a name or a number must end before to be taken whole: the end of a text
    cut short (an excerpt cut at a byte limit, "... đồng chí Nguyễn Văn Th", ends inside
    one), past the end of a text that ends whole."""
    kept = text.rstrip()
    return len(text) + 1 if kept[-1:] in _WHOLE_ENDS else len(kept)


# A lead of the kind the extractor reads, to load what it needs (see :func:`warm_up`).
_WARM_UP_LEAD = (
    "Sáng 16/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối "
    "ngoại nhân dân năm 2023. Đồng chí Nguyễn Văn An, Chủ tịch Liên hiệp các tổ chức hữu nghị "
    "Việt Nam, trao Bằng khen cho 12 tập thể theo Chỉ thị số 12-CT/TW."
)


def warm_up() -> None:
    """Load every lexicon, the reference place lists and the compiled patterns now (about
    0.4 s on first use), e.g. while something else is being waited for."""
    extract_text("a_0000000000000000", normalize_str(_WARM_UP_LEAD))
