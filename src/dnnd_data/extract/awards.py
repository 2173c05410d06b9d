"""Awards given at the event an article reports.

Takes: clean text, its sentences, organization and person mentions. Gives: :class:`AwardClaim`
objects, one per award type × recipient kind (× named recipient), counts when stated or
named ("Bằng khen tặng 24 tập thể và 12 cá nhân"), deduplicated within the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.award_history import awarded_before
from dnnd_data.extract.award_recipients import (
    awards_counted,
    named_after,
    organizer_receiving,
    right_before_the_award,
)
from dnnd_data.extract.capitals import UPPER
from dnnd_data.extract.organizations import OrgMention
from dnnd_data.extract.people import PersonMention
from dnnd_data.extract.phrases import contains_any
from dnnd_data.extract.sentences import LOWER, Sentences
from dnnd_data.regex_openings import compile_opening_first, openings

# A colon ends a clause, not when it opens the recipients ("tặng Bằng khen cho: 5 tập thể").
_CLAUSE_END = compile_opening_first(r";|(?<!\bcho):|(?<!\bcho) :")
# An award asked for, not given ("Liên hiệp đã đề nghị Chủ tịch nước tặng Huân chương ...").
_PROPOSED = compile_opening_first(r"(?<!\w)(?:đề nghị|đề xuất|kiến nghị|xem xét)(?!\w)")
_LIST_JOINS = frozenset({", ", " và ", ", và "})
# A recipient list starts its clause: "Trong đó, X được tặng", "các hội như X, Y được nhận".
_LIST_INTRO = re.compile(r"(?:^|[,:;] |(?<!\w)(?:như|gồm|là|[Đđ]ại diện) )$")


@dataclass(frozen=True)
class AwardClaim:
    """One award row as an article states it."""

    award_type: str
    award_title: str | None
    recipient_kind: str | None
    recipient_count: int | None
    recipient_org_id: str | None
    start: int
    end: int
    evidence: str
    # The class of an order or medal ("hạng Nhất" = 1), when written.
    award_class: int | None = None

    @property
    def key(self) -> tuple[str, str | None, str | None, int | None]:
        """What makes two claims the same row."""
        return (self.award_type, self.recipient_kind, self.recipient_org_id, self.award_class)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon.awards()
    return (
        re.compile(lex.count_pattern),
        re.compile(lex.kind_pattern),
        re.compile(lex.receive_pattern),
        re.compile(lex.title_pattern),
    )


@dataclass(frozen=True)
class _AwardName:
    start: int
    end: int
    award_type: str


def _award_names(text: str) -> list[_AwardName]:
    """Award names in text order: fixed names, then those named by grammar where no fixed
    name is."""
    lex = lexicon.awards()
    found = [
        _AwardName(m.start, m.end, lex.canonical_of[m.surface.casefold()])
        for m in lex.matcher.finditer(text)
    ]
    folded = text.casefold()
    for phrase, pattern, words in _phrases():
        if words and not contains_any(folded, words):
            continue
        for m in pattern.finditer(text):
            if any(n.start < m.end() and m.start() < n.end for n in found):
                continue
            groups = {
                k: v if phrase.keep_case else v.casefold() for k, v in m.groupdict().items() if v
            }
            award_type = phrase.canonical.format(**groups)
            found.append(_AwardName(m.start(), m.end(), award_type[:1].upper() + award_type[1:]))
    return sorted(found, key=lambda n: n.start)


@cache
def _phrases() -> list[tuple[lexicon.AwardPhrase, re.Pattern[str], tuple[str, ...]]]:
    """Each award phrase's pattern (written with the letter classes as <UPPER> and
    <LOWER>), with the words its awards begin with (a text holding none is not searched)."""
    out = []
    for p in lexicon.awards().phrases:
        pattern = p.pattern.replace("<UPPER>", UPPER).replace("<LOWER>", LOWER)
        out.append((p, re.compile(pattern), openings(pattern)))
    return out


def find_awards(
    text: str,
    sentences: Sentences,
    orgs: Sequence[OrgMention],
    people: Sequence[PersonMention] = (),
    organizer: OrgMention | None = None,
) -> list[AwardClaim]:
    """Every award row in the text, deduplicated (a row with a count beats one without);
    ``people``: the article's named people, counted when an award is given to them by name;
    ``organizer``: the event's, a recipient when its clause has it receive."""
    mentions = _award_names(text)
    claims: dict[tuple[str, str | None, str | None, int | None], AwardClaim] = {}
    for i, match in enumerate(mentions):
        s_start, s_end = sentences.around(match.start, match.end)
        # What a year or a term brought the awardee is no award given at the event.
        classed = _class_pattern().match(text, match.end)
        if awarded_before(text, s_start, s_end, classed.end() if classed else match.end):
            continue
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else s_end
        after = text[match.end : min(s_end, next_start)]
        after = _CLAUSE_END.split(after, maxsplit=1)[0]
        after_another = bool(i) and mentions[i - 1].end > s_start
        before_from = mentions[i - 1].end if after_another else s_start
        before = _CLAUSE_END.split(text[before_from : match.start])[-1]
        if _PROPOSED.search(before):
            continue
        base = AwardClaim(
            award_type=match.award_type,
            award_title=_title(text, match.end),
            recipient_kind=None,
            recipient_count=None,
            recipient_org_id=None,
            start=match.start,
            end=match.end,
            evidence=text[s_start:s_end],
            award_class=_award_class(text, match.end),
        )
        named = _named(base, text, s_start, match.start, orgs)
        rows = rows_of(base, after, before, after_another=after_another)
        if rows == [base] and not named:
            given = named_after(text, match.end, match.end + len(after), people, orgs)
            given = given or organizer_receiving(before, match.start - len(before), organizer)
            rows = [
                replace(base, recipient_kind=kind, recipient_count=count, recipient_org_id=org)
                for kind, count, org in given
            ] or rows
        if named:  # the named rows say it all; drop a row that names no kind
            rows = [r for r in rows if r.recipient_kind is not None]
        for claim in rows + named:
            existing = claims.get(claim.key)
            if (
                existing is None
                or (existing.recipient_count is None and claim.recipient_count)
                # The same row told again with the award's title ("VUFO trao Kỷ niệm chương
                # ... cho 5 cá nhân" in a headline, its title quoted in the lead), or with
                # it in running case where a headline in capitals gave it first.
                or (
                    _better_title(existing.award_title, claim.award_title)
                    and existing.recipient_count == claim.recipient_count
                )
            ):
                claims[claim.key] = claim
    return sorted(
        _without_bare_repeats(_classes_kept(list(claims.values()))),
        key=lambda c: (c.start, c.recipient_kind or "", c.recipient_org_id or ""),
    )


def _better_title(kept: str | None, told: str | None) -> bool:
    """Whether a title told again is better than the one kept: none kept, or one in
    capitals (a headline's) where the new one is not."""
    if not told:
        return False
    return kept is None or (kept.isupper() and not told.isupper())


def _classes_kept(claims: list[AwardClaim]) -> list[AwardClaim]:
    """The rows without a row that names no class when one of the same award, recipients
    and organization names it: both tell one award ("... đón nhận Huân chương Lao động hạng
    Nhất ... trao tặng Huân chương Lao động"); its count goes to the classed row."""
    classed: dict[tuple[str, str | None, str | None], AwardClaim] = {}
    for claim in claims:
        if claim.award_class is not None:
            classed.setdefault(claim.key[:3], claim)
    counts = {
        claim.key[:3]: claim.recipient_count
        for claim in claims
        if claim.award_class is None and claim.key[:3] in classed and claim.recipient_count
    }
    out = []
    for claim in claims:
        if claim.award_class is None and claim.key[:3] in classed:
            continue
        counted = claim is classed.get(claim.key[:3]) and claim.recipient_count is None
        out.append(replace(claim, recipient_count=counts.get(claim.key[:3])) if counted else claim)
    return out


def _without_bare_repeats(claims: list[AwardClaim]) -> list[AwardClaim]:
    """The rows without one that names no recipient when a row of the same award names
    them: both tell one presentation ("lễ trao Kỷ niệm chương '...' ... trao Kỷ niệm chương
    và chúc mừng hai cá nhân"). Its title goes to the rows that keep none."""
    bare = {c.award_type: c for c in claims if c.recipient_kind is None and not c.recipient_org_id}
    told = {c.award_type for c in claims if c.recipient_kind or c.recipient_org_id}
    out = []
    for claim in claims:
        if claim.award_type not in told:
            out.append(claim)
        elif claim.recipient_kind or claim.recipient_org_id:
            title = bare[claim.award_type].award_title if claim.award_type in bare else None
            out.append(replace(claim, award_title=claim.award_title or title))
    return out


def _award_class(text: str, end: int) -> int | None:
    """The class written right after an award's name ("... hạng Ba" = 3), or None."""
    lex = lexicon.awards()
    found = _class_pattern().match(text, end)
    return lex.class_numbers.get(found.group("class").casefold()) if found else None


@cache
def _class_pattern() -> re.Pattern[str]:
    return re.compile(lexicon.awards().class_pattern)


def _title(text: str, end: int) -> str | None:
    match = _patterns()[3].match(text[end : end + 110])
    return (match.group("title") or match.group("bare")) if match else None


def rows_of(
    base: AwardClaim, after: str, before: str, *, after_another: bool = False
) -> list[AwardClaim]:
    _, kind_re, _, _ = _patterns()
    # "12 cá nhân được tặng <award> và 4 tập thể nhận <another>": the recipients before the
    # award as the subject of a verb of receiving, else those after it that receive no
    # other, else any before it; not those after ``another`` award before it, which are
    # its own ("Bằng khen cho 15 tập thể, 20 cá nhân và Giấy khen cho 10 hội viên").
    receiving_before, others_before = _receiving_list(before)
    if after_another:
        others_before = []
    receiving_after, others_after = _receiving_list(after)
    for found in (receiving_before, others_after, others_before):
        if found:
            return [
                replace(base, recipient_kind=m.group("kind"), recipient_count=int(m.group("count")))
                for m in found
            ]
    # Not the kinds of those who receive the next award ("..., 3 tập thể được tặng Bằng khen").
    own = after[: receiving_after[0].start()] if receiving_after else after
    kinds = list(dict.fromkeys(m.group("kind") for m in kind_re.finditer(own)))
    if kinds:
        count = awards_counted(before) if len(kinds) == 1 else None
        return [replace(base, recipient_kind=k, recipient_count=count) for k in kinds]
    return [base]


def _receiving_list(clause: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The counted recipients of a clause split in two: the list that is the subject of a
    verb of receiving at the clause's end ("30 tập thể và 25 cá nhân được tặng"), and the
    others."""
    count_re, _, receive_re, _ = _patterns()
    matches = list(count_re.finditer(clause))
    if not matches or not receive_re.match(clause[matches[-1].end() :]):
        return [], matches
    first = len(matches) - 1
    while first and clause[matches[first - 1].end() : matches[first].start()] in _LIST_JOINS:
        first -= 1
    return matches[first:], matches[:first]


def _receives_this(verb: re.Match[str] | None) -> bool:
    """The verb of receiving is right before this award (see :func:`right_before_the_award`)."""
    return verb is not None and right_before_the_award(verb.string[verb.end() :])


def _named(
    base: AwardClaim, text: str, sentence_start: int, award_start: int, orgs: Sequence[OrgMention]
) -> list[AwardClaim]:
    """Organizations listed right before 'được tặng/được nhận' the award."""
    _, _, receive_re, _ = _patterns()
    separators = lexicon.awards().list_separators
    ends = {o.end: o for o in orgs if sentence_start <= o.start and o.end <= award_start}
    cue = next(
        (
            o
            for o in sorted(ends.values(), key=lambda o: -o.end)
            if _receives_this(receive_re.match(text[o.end : award_start]))
        ),
        None,
    )
    recipients = []
    while cue is not None:
        recipients.append(cue)
        cue = next(
            (
                ends[cue.start - len(s)]
                for s in separators
                if text[cue.start - len(s) : cue.start] == s and cue.start - len(s) in ends
            ),
            None,
        )
    if not recipients or not _LIST_INTRO.search(text[sentence_start : recipients[-1].start]):
        return []
    return [
        replace(base, recipient_kind="tập thể", recipient_org_id=o.org_id)
        for o in reversed(recipients)
    ]
