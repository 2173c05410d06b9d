"""Roles of people at the event an article reports.

Takes: an article's person mentions, sentences and event draft. Gives:
:class:`RoleClaim` objects (person, role, position as stated in this article, evidence).
A plain ``speech`` is dropped for a person who already has a speaking role, and
``attending`` for one who did anything else there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from dnnd_data.extract import lexicon
from dnnd_data.extract.canonical import canonical_title
from dnnd_data.extract.organizations import org_key
from dnnd_data.extract.people import PersonMention
from dnnd_data.extract.sentences import Sentences


@dataclass(frozen=True)
class RoleClaim:
    """One person's role at the article's event."""

    name: str
    role: str
    positions: tuple[str, ...]
    gender: str | None
    start: int
    end: int
    evidence: str


def _lowered(text: str) -> str:
    """The text in lower case, with praise another gives someone and acts said not done
    blanked (no one's cue)."""
    return lexicon.roles().blanked.sub(lambda m: " " * len(m.group(0)), text.lower())


def role_of(sentence: str) -> str | None:
    """The highest-precedence role cued in a sentence."""
    lowered = _lowered(sentence)
    for role, pattern in lexicon.roles().patterns:
        if pattern.search(lowered):
            return role
    return None


def _cued(segment: str) -> list[str]:
    """Every role a cue in the segment names, attending and plain speech included."""
    lowered = _lowered(segment)
    return [role for role, pattern in lexicon.roles().patterns if pattern.search(lowered)]


def roles_in(segment: str) -> list[str]:
    """Every role cued in a person's own part of a sentence ("chủ trì hội nghị và phát biểu
    bế mạc" is two); a plain speech or attendance adds nothing to a more specific role."""
    found = _cued(segment)
    # Attending adds nothing to any other role ("tham dự và phát biểu" spoke).
    if len(found) > 1:
        found = [r for r in found if r != "attending"]
    if len(found) > 1:
        found = [r for r in found if r != "speech"]
    return found


def _object_start(text: str, seg_start: int, name_start: int) -> int | None:
    """Where the preposition a name is the object of begins ("những đóng góp của ông X"),
    or None; not when a cue ends right before it ("sự tham dự của ông X": X's act). A name
    a verb of saying addresses ("cảm ơn ông X") starts its own part after that verb."""
    before = text[seg_start:name_start].lower()
    addressed = lexicon.roles().addressed.search(before)
    if addressed is not None:
        return seg_start + addressed.end()
    governed = lexicon.roles().object.search(before)
    if governed is None or _cue_reaches(before, governed.start()):
        return None
    return seg_start + governed.start()


def _cue_reaches(lowered: str, at: int) -> bool:
    """Whether a role cue ends right before ``at`` (the space before it) or runs on through
    it ("nghe báo cáo của bà X" is a cue)."""
    offset = max(0, at - 32)
    window = lowered[offset:]
    return any(
        match.start() + offset < at <= match.end() + offset + 1
        for _, pattern in lexicon.roles().patterns
        for match in pattern.finditer(window)
    )


def _merge_position(merged: list[str], position: str) -> None:
    """Add ``position`` to a person's positions unless it is one of them or its first words
    ("Chủ tịch" after "Chủ tịch Liên hiệp", as a later sentence shortens it), however
    abbreviated ("Phó Chủ tịch UBND tỉnh" after "Phó Chủ tịch Ủy ban nhân dân (UBND)
    tỉnh"); a fuller form of one replaces it, and of two spellings the longer is kept."""
    key = _spelling_key(position)
    for i, kept in enumerate(merged):
        other = _spelling_key(kept)
        if other == key:
            merged[i] = max(kept, position, key=len)
            return
        if other.startswith(f"{key} "):
            return
        if key.startswith(f"{other} "):
            merged[i] = position
            return
    merged.append(position)


def _spelling_key(position: str) -> str:
    """What makes two spellings of a title one: the timeline's spelling (an acronym in
    brackets left out, the state organs' spelled out), the organization's key on it (every
    abbreviation spelled out, case folded)."""
    return org_key(canonical_title(position))


_JOINED = re.compile(r",? (?:và|cùng) (?:(?:ông|bà|đồng chí|ngài) )?")


def _segment(
    text: str, mention: PersonMention, others: Sequence[PersonMention], start: int, end: int
) -> tuple[int, int]:
    """The part of the sentence between the neighbouring people's names, within the
    person's clause: a semicolon starts another subject's ("A chủ trì hội nghị; B dự và
    phát biểu")."""
    seg_start = max([o.end for o in others if o.end <= mention.start], default=start)
    later = sorted((o.start, o.end) for o in others if o.start >= mention.end)
    # Names joined bare share what follows the last ("bà B và ông D cùng dự").
    reach, joined = mention.end, 0
    while joined < len(later) and _JOINED.fullmatch(text, reach, later[joined][0]):
        reach, joined = later[joined][1], joined + 1
    seg_end = later[joined][0] if joined < len(later) else end
    seg_start = max(seg_start, text.rfind(";", seg_start, mention.start) + 1)
    clause_end = text.find(";", mention.end, seg_end)
    return seg_start, clause_end if clause_end != -1 else seg_end


def _cues_apply(text: str, mention: PersonMention, sentence: str, years: frozenset[int]) -> bool:
    """Whether the cues around a name can be the person's at this event: not when named as
    the one replaced, nor in a paragraph opening on another event ("Chiều cùng ngày, ..."),
    nor in a sentence opening on a year none of the event's."""
    if lexicon.roles().replaced.search(text, max(0, mention.start - 24), mention.start):
        return False
    paragraph = text.rfind("\n", 0, mention.start) + 1
    # Its opening read on its own: the pattern is anchored at a text's start.
    if lexicon.events().compiled["other_event_opening"].match(text[paragraph : paragraph + 40]):
        return False
    opening = lexicon.roles().other_year.match(sentence)
    return not (years and opening is not None and int(opening["year"]) not in years)


# An aspect marker before a name in a clause of its own ("; hội nghị đã bầu bổ sung ông Y"):
# the clause has its own predicate, and the sentence's cue is not the person's.
_ASPECT_MARKER = re.compile(r"(?<!\w)(?:đã|sẽ|đang|vừa|được)(?!\w)")


def _own_predicate(text: str, sentence_start: int, mention: PersonMention) -> bool:
    clause_start = text.rfind(";", sentence_start, mention.start)
    return clause_start >= 0 and bool(_ASPECT_MARKER.search(text, clause_start, mention.start))


# An item of a list ("- Đồng chí X - Phó Chủ tịch UBND tỉnh;") under the line that opens
# it ("Tham dự hội nghị có:"): the opening line's cue is every item's.
_LIST_ITEM = re.compile(r"[-–+•*] ")


# A word that presents the names after a cue ("chủ trì là ông X", "cùng dự có bà Y"), or
# a colon that lists them.
_PRESENTS = re.compile(r"(?<!\w)(?:có|là|gồm)(?!\w)|:")


def _own_cues_from(
    text: str, mention: PersonMention, others: Sequence[PersonMention], seg_start: int
) -> int:
    """Where the cues that can be the person's begin in their segment. When another's name
    opens it, a cue before the name is the other's act ("A chủ trì, B dự": B only attended;
    "A chủ trì lễ đón Tổng thống B": B is received), unless a word presents the names after
    it: then from that clause ("A phát biểu, cùng dự có B": B attended)."""
    before = [o.end for o in others if o.end <= mention.start]
    if not before or seg_start != max(before):
        return seg_start
    presented = [m.start() for m in _PRESENTS.finditer(text, seg_start, mention.start)]
    if not presented:
        return mention.end
    return max(seg_start, text.rfind(",", seg_start, presented[-1]) + 1)


def _list_lead_role(sentences: Sentences, start: int) -> str | None:
    """The role the line opening the list the sentence at ``start`` is an item of cues."""
    if not _LIST_ITEM.match(sentences.text, start):
        return None
    at = bisect_left(sentences.starts, start)
    while at > 0:
        at -= 1
        line = sentences.text[sentences.starts[at] : sentences.ends[at]]
        if not _LIST_ITEM.match(line):
            return role_of(line) if line.rstrip().endswith(":") else None
    return None


def _cued_by_another(
    text: str, role: str, mention: PersonMention, others: Sequence[PersonMention], start: int
) -> bool:
    """Whether every cue of ``role`` before the name follows another person's name, who is
    its subject ("Ông A cho biết, ...; Thị trưởng B dự kiến thăm ...": B is in what A said)."""
    pattern = next(p for r, p in lexicon.roles().patterns if r == role)
    lowered = text[start : mention.start].lower()
    cues = [start + m.start() for m in pattern.finditer(lowered)]
    return bool(cues) and all(any(o.end <= at for o in others) for at in cues)


def _shared_roles(
    sentences: Sentences,
    mention: PersonMention,
    others: Sequence[PersonMention],
    sentence: tuple[int, int],
    subject_roles: set[str],
) -> list[str]:
    """The role of a person with no cue of their own: the sentence's ("X; Y chủ trì"), else
    the one of the line opening the list they are an item of; not a subject role cued only
    before them (those listed after "trao ... cho các ông, bà: A, B" receive), nor a role
    cued only before them after another's name (the other's act)."""
    start, end = sentence
    shared = role_of(sentences.text[start:end])
    if shared in subject_roles and shared not in roles_in(sentences.text[mention.end : end]):
        shared = None
    if (
        shared is not None
        and shared not in roles_in(sentences.text[mention.end : end])
        and _cued_by_another(sentences.text, shared, mention, others, start)
    ):
        return []
    if shared is None and (listed := _list_lead_role(sentences, start)) not in subject_roles:
        shared = listed
    return [shared] if shared else []


def claim_roles(
    mentions: Sequence[PersonMention], sentences: Sentences, years: frozenset[int] = frozenset()
) -> list[RoleClaim]:
    """One claim per (person, role), first evidence kept; positions merged per person. A
    sentence opening on a year not among the event's ``years`` (when known) cues nothing."""
    positions: dict[str, list[str]] = {}
    genders: dict[str, str | None] = {}
    for mention in mentions:
        merged = positions.setdefault(mention.name, [])
        for position in mention.positions:
            _merge_position(merged, position)
        genders[mention.name] = genders.get(mention.name) or mention.gender
    claims: dict[tuple[str, str], RoleClaim] = {}
    subject_roles = set(lexicon.roles().subject_roles)
    for mention in mentions:
        start, end = sentences.around(mention.start, mention.end)
        evidence = sentences.text[start:end]
        if not _cues_apply(sentences.text, mention, evidence, years):
            continue  # "mentioned" (below)
        others = [m for m in mentions if start <= m.start < end and m.name != mention.name]
        seg_start, seg_end = _segment(sentences.text, mention, others, start, end)
        governed = _object_start(sentences.text, seg_start, mention.start)
        if governed is not None:
            seg_start = governed  # the cues before it are the subject's
        found = roles_in(sentences.text[seg_start:seg_end])
        own_from = _own_cues_from(sentences.text, mention, others, seg_start)
        if governed is None and own_from != seg_start:
            # The cues before are the name before's; meeting someone is mutual ("A tiếp xã
            # giao Tổng Lãnh sự B": both attend).
            met = "attending" in _cued(sentences.text[seg_start:own_from])
            found = roles_in(sentences.text[own_from:seg_end]) or (["attending"] if met else [])
        # A subject role cued only before the name is done to them, not by them.
        objects = [
            r
            for r in found
            if r in subject_roles and r not in roles_in(sentences.text[mention.end : seg_end])
        ]
        if objects:
            found = [r for r in found if r not in objects]
        elif not found and governed is None and not _own_predicate(sentences.text, start, mention):
            found = _shared_roles(sentences, mention, others, (start, end), subject_roles)
        for role in found:
            if (mention.name, role) not in claims:
                claims[(mention.name, role)] = RoleClaim(
                    mention.name,
                    role,
                    tuple(positions[mention.name]),
                    genders[mention.name],
                    mention.start,
                    mention.end,
                    evidence,
                )
    for mention in mentions:
        # Named at the event without a cue of what they did.
        if not any(name == mention.name for name, _ in claims):
            start, end = sentences.around(mention.start, mention.end)
            claims[(mention.name, "mentioned")] = RoleClaim(
                mention.name,
                "mentioned",
                tuple(positions[mention.name]),
                genders[mention.name],
                mention.start,
                mention.end,
                sentences.text[start:end],
            )
    speaking = set(lexicon.roles().speaking_roles)
    spoke = {name for (name, role) in claims if role in speaking}
    # Whoever did something at the event attended it: "attending" adds nothing then.
    acted = {name for (name, role) in claims if role not in {"attending", "mentioned"}}
    return [
        c
        for (name, role), c in claims.items()
        if not (role == "speech" and name in spoke) and not (role == "attending" and name in acted)
    ]
