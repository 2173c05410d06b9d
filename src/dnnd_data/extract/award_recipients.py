"""Recipients an award is given to by name, after its "cho" or "tặng", or the event's
organizer when it receives the award ("Nhân dịp này, Liên hiệp vinh dự đón nhận ...": one).

Takes: the text, the span of the award's clause after its name, and the article's person
and organization mentions. Gives: (kind, count, organization id) rows: the people named, as
individuals counted ("trao Kỷ niệm chương ... cho ông A, bà B và ông C": 3), or the
organizations named, as collectives ("Huân chương Lao động hạng Nhất cho Liên hiệp ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dnnd_data.extract import lexicon
from dnnd_data.extract.event_organizer import first_organization
from dnnd_data.extract.organizations import OrgMention, bare_head, names_no_place
from dnnd_data.extract.people import PersonMention

Recipient = tuple[str, int | None, str | None]

# The preposition an award is given with, before whom it is given to.
_GIVEN_TO = re.compile(r" (?:cho|tặng) (?:các |những )?")
# A person's name after it opens on an honorific ("cho ông A", "tặng bà B").
_HONORIFIC = re.compile(r"(?:ông|bà|ngài|đồng chí) ")
_PHRASE_END = re.compile(r"\s*[\n(.;]")


# The number of awards given, right before the award's name ("trao 20 Kỷ niệm chương ...
# cho các cá nhân"): one each, so as many recipients of the one kind named.
_AWARDS_COUNTED = re.compile(r"(?<!\w)(?:trao tặng|trao|tặng) (?P<count>\d{1,4}) $")


def awards_counted(before: str) -> int | None:
    """How many of the award the words before its name give, if they count them."""
    counted = _AWARDS_COUNTED.search(before)
    return int(counted["count"]) if counted else None


def named_after(
    text: str,
    start: int,
    end: int,
    people: Sequence[PersonMention],
    orgs: Sequence[OrgMention],
) -> list[Recipient]:
    """The recipients named right after the first "cho/tặng" between ``start`` and ``end``:
    the people, counted, when a name follows on an honorific; else the organizations listed
    from there that the article knows (``orgs``: a head alone is the one it names in full);
    none when neither follows."""
    given = _GIVEN_TO.search(text, start, end)
    if given is None:
        return []
    if _HONORIFIC.match(text, given.end()):
        names = {p.name for p in people if given.end() <= p.start < end}
        return [("cá nhân", len(names), None)] if names else []
    # A caption's credit or the next line is no part of a name ("... Việt Nam (ảnh: ...)").
    cut = _PHRASE_END.search(text, given.end(), end)
    end = cut.start() if cut else end
    listed = []
    at = given.end()
    while (found := first_organization(text[at:end], at, None, text)) is not None:
        org_id = _known_as(found, orgs)
        if org_id is None or found.start != at:
            break
        listed.append(org_id)
        separator = next(
            (s for s in lexicon.awards().list_separators if text.startswith(s, found.end)), None
        )
        if separator is None:
            break
        at = found.end + len(separator)
    return [("tập thể", None, org_id) for org_id in listed]


def _known_as(found: OrgMention, orgs: Sequence[OrgMention]) -> str | None:
    """The id of the article's organization ``found`` is: itself, or the one whose name it
    begins when it ends on a bare unit ("Liên hiệp ... tỉnh" of "... tỉnh Lâm Đồng")."""
    if any(o.org_id == found.org_id for o in orgs):
        return found.org_id
    if not names_no_place(found.name):
        return None
    fuller = {o.org_id for o in orgs if o.name.startswith(f"{found.name} ")}
    return fuller.pop() if len(fuller) == 1 else None


# A clause's opening adjunct before its subject ("Nhân dịp này, ", "Tại buổi lễ, ").
_ADJUNCT = re.compile(r"^[^,]{1,40}, ")
# Where a subject receiving ends: its adverbs and the verb ("... vinh dự đón nhận", "... đã
# được Chủ tịch nước tặng").
_RECEIVING = re.compile(r" (?:(?:cũng|đã) )*(?=(?:vinh dự )?(?:được|nhận|đón nhận)(?!\w))")
# The organizer holds the event and receives at once ("X tổ chức Lễ kỷ niệm 30 năm thành lập
# và đón nhận Huân chương ..."), or holds the ceremony of receiving ("X tổ chức Lễ đón nhận
# Huân chương ...").
_AND_RECEIVES = re.compile(r"(?: và (?:vinh dự )?|(?<!\w)[Ll]ễ )(?:đón nhận|nhận) $")


def organizer_receiving(
    before: str, before_start: int, organizer: OrgMention | None
) -> list[Recipient]:
    """The event's organizer as the award's recipient, when the award's clause (``before``
    it, from ``before_start``) has it receive: its name as written or in full, or its head
    alone ("Liên hiệp vinh dự đón nhận", "Hội được Chủ tịch nước tặng"), before a verb of
    receiving right before the award; or as the subject of holding the event "và đón nhận"
    or the "Lễ đón nhận" of it."""
    if organizer is None:
        return []
    receiver: list[Recipient] = [("tập thể", 1, organizer.org_id)]
    if _AND_RECEIVES.search(before):
        held_here = before_start <= organizer.start < before_start + len(before)
        return receiver if held_here else []
    clause = before[adjunct.end() :] if (adjunct := _ADJUNCT.match(before)) else before
    if (verb := _RECEIVING.search(clause)) is None:
        return []
    subject = clause[: verb.start()]
    named = subject in (organizer.surface, organizer.name) or (
        bare_head(subject) is not None and organizer.name.startswith(f"{subject} ")
    )
    receives = re.match(lexicon.awards().receive_pattern, " " + clause[verb.end() :])
    if not named or receives is None:
        return []
    return receiver if right_before_the_award(clause[verb.end() + receives.end() - 1 :]) else []


def right_before_the_award(rest: str) -> bool:
    """Whether a verb of receiving followed by ``rest`` is right before the award: a word
    or two may follow it ("được tặng thưởng"), no clause ("X được tặng Cờ thi đua; 2 tập
    thể được tặng Bằng khen": the Bằng khen is not X's)."""
    return len(rest.split()) <= 2 and not any(mark in rest for mark in ";,.")
