"""Where an article reports an event, by the grammar of news leads.

Takes: an article's text (hard wraps undone) and sentences. Gives: :class:`EventMention`
per sentence that reports an event (the name's span, the grammar that found it, the
organizer's words before the verb)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_cues import AWARD_VERBS, cued_starts, has_cue
from dnnd_data.extract.event_name_end import name_end
from dnnd_data.extract.event_receptions import reception_in
from dnnd_data.extract.event_tense import (
    to_come,
    told_as_history,
    told_to_come,
    undated_in_a_summary,
)
from dnnd_data.extract.organizations import organization
from dnnd_data.extract.phrases import contains_any
from dnnd_data.extract.sentences import Sentences, opens_paragraph
from dnnd_data.extract.subject_words import dateline_end, outer_parts, subject_split
from dnnd_data.lexicon import alternation

# A task given to an organization ("giao Bộ Ngoại giao chủ trì ... tiến hành sơ kết ...",
# "đề nghị Liên hiệp tổ chức ..."): what it is to do, not an event held. The verbs are
# read before whom they task ("giao cho", "đề nghị các", "yêu cầu Sở"): not "Ngoại giao",
# "giao lưu", nor the noun "yêu cầu đặt ra".
_ASSIGNED = re.compile(
    r"(?<!\w)(?:(?<![Nn]goại )giao|đề nghị|yêu cầu|đề xuất|kiến nghị)(?= cho | các | [A-ZĐ])"
)
# Direct speech: a quotation opened after a colon ('cho biết: "Năm 2023, chúng tôi đã tổ
# chức ..."'), in straight or curly quotes.
_SPEECH_OPENING = re.compile(r': ["“]')
# Openings of a sentence that tells no event held: whose words it reports, what a period
# brought, what is planned (see the lexicon).
_NOT_REPORTING_OPENINGS = ("attribution", "summary_opening", "plan_opening")


# The head of every reception said by its verb.
RECEPTION = "tiếp đoàn"
_AWARD_GIVEN = re.compile(
    rf"(?<!\w)(?:đã |vừa )?(?P<verb>{alternation(AWARD_VERBS)})"
    r"(?= (?:các )?(?:Huân chương|Huy chương|Kỷ niệm chương|Bằng khen|Cờ thi đua|"
    r"Huân, Huy chương))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EventMention:
    """Where an article reports an event: the name's span and the reporting sentence."""

    head: str
    start: int
    end: int
    sentence: tuple[int, int]
    grammar: str
    subject: tuple[int, int] | None = None


def find_event_mentions(text: str, sentences: Sentences) -> list[EventMention]:
    """Every place an event is reported, in text order (one per sentence)."""
    compiled = lexicon.events().compiled
    out: list[EventMention] = []
    cued = cued_starts(text)
    verbal = lexicon.events().verbal_heads
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        # A sentence without a cue holds no head and no award verb: passed over unread.
        if cued is not None and not has_cue(cued, start, end):
            continue
        sentence = text[start:end]
        if any(compiled[o].match(sentence) for o in _NOT_REPORTING_OPENINGS):
            continue
        found = _mention_in(sentence, compiled, first_in_paragraph=opens_paragraph(text, start))
        if found is not None and (
            _quoted(text, start + found[1]) or undated_in_a_summary(text, start, sentence)
        ):
            found = None
        if found is not None:
            grammar, s, e, subject = found
            head = compiled["head"].match(sentence, s)
            if grammar == "received":
                # Its verbs vary ("tiếp", "đón", "làm việc với"): one head for them all.
                name = RECEPTION
            elif head is not None:
                name = head.group("head").casefold()
            else:
                # A review said by its verb stands for the head it names ("tổng kết ...").
                said = (h for v, h in verbal.items() if sentence.startswith(f"{v} ", s))
                name = next(said, sentence[s:e].split(" ", 1)[0])
            sub = (start + subject[0], start + subject[1]) if subject else None
            out.append(EventMention(name, start + s, start + e, (start, end), grammar, sub))
    return out


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies in a quotation of someone's words opened in its paragraph and
    not yet closed (what they said of an event, not the report of one)."""
    paragraph = text.rfind("\n", 0, at) + 1
    openings = list(_SPEECH_OPENING.finditer(text, paragraph, at))
    if not openings:
        return False
    opened = openings[-1]
    inside = text[opened.end() : at]
    return "”" not in inside and inside.count('"') % 2 == 0


Found = tuple[str, int, int, tuple[int, int] | None]


@dataclass(frozen=True)
class _Sentence:
    """A sentence being read, and what the readings share: its award and reception verbs
    (each searched once, and only when their words are there; see
    :mod:`~dnnd_data.extract.event_receptions`), whether it opens its paragraph."""

    text: str
    compiled: dict[str, re.Pattern[str]]
    award: re.Match[str] | None
    received: re.Match[str] | None
    first_in_paragraph: bool

    @classmethod
    def read(
        cls, text: str, compiled: dict[str, re.Pattern[str]], first_in_paragraph: bool
    ) -> _Sentence:
        lowered = text.lower()
        award = _AWARD_GIVEN.search(text) if contains_any(lowered, AWARD_VERBS) else None
        received = reception_in(text, lowered, compiled)
        return cls(text, compiled, award, received, first_in_paragraph)


def _mention_in(
    sentence: str, compiled: dict[str, re.Pattern[str]], *, first_in_paragraph: bool = True
) -> Found | None:
    """How a sentence reports an event, tried in order of how much each grammar says:
    (grammar, name start, name end, the organizer's words before the verb). A sentence
    that names no event head and gives no award is passed over at once (most are)."""
    read = _Sentence.read(sentence, compiled, first_in_paragraph)
    if (
        compiled["head"].search(sentence) is None
        and read.award is None
        and read.received is None
        and not contains_any(sentence, lexicon.events().verbal_heads)
    ):
        return None
    readings = (_organized, _reported, _award_dated, _opening, _award_undated, _received, _chaired)
    for reading in readings:
        found = reading(read)
        if found is not None:
            # A reception said before an event its guests came for is the report ("... tổ
            # chức tiếp đón Đoàn ... sang dự Lễ kỷ niệm ...").
            if found[0] == "reported" and read.received and read.received.start() < found[1]:
                return _received(read)
            return found
    return None


def _organized(read: _Sentence) -> Found | None:
    sentence, compiled = read.text, read.compiled
    # "họp mặt", "gặp mặt" of the self-named events are verbs of the lexicon too; so is
    # "kỷ niệm" (see the pattern).
    if not contains_any(sentence, lexicon.events().org_verbs) and "kỷ niệm" not in sentence:
        return _held_by_subject(sentence, compiled)
    organized = None
    for organized in compiled["organized"].finditer(sentence):
        clause = sentence.rfind(";", 0, organized.start()) + 1
        if _ASSIGNED.search(sentence, clause, organized.start()):
            return None
        # The plan an event is held under names it to come ("Thực hiện Kế hoạch số 123/KH
        # ... về việc tổ chức Hội nghị ..., chiều 20/12, Liên hiệp đã tổ chức Hội nghị ..."):
        # the clauses after it may report it held.
        if not to_come(sentence, clause, organized.start("verb")):
            start = organized.end()
            return "organized", start, name_end(sentence, start), (0, organized.start())
    if organized is not None:
        return None
    selfnamed = compiled["self_named"].search(sentence)
    if selfnamed is not None and not to_come(sentence, 0, selfnamed.start("verb")):
        start = selfnamed.start("verb")
        return "organized", start, name_end(sentence, start), (0, selfnamed.start())
    return _held_by_subject(sentence, compiled)


_UNIT_WORDS = frozenset({"tỉnh", "phố", "huyện", "quận", "xã"})


def _held_by_subject(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    """A review or a signing said by its verb after the organizations that held it, after
    the day and place adjuncts ("Chiều 20/12, Hội ... tỉnh Quảng Bình tổng kết công tác năm
    2019"); not a report's noun ("Báo cáo tổng kết công tác ...") nor one to come."""
    held = compiled["held_by_subject"].search(sentence)
    # Dated as a lead is: a headline's ("Hội ... tổng kết năm 2021") is reported by its lead.
    if held is None or not dates.find_dates(sentence[: held.start()]):
        return None
    subject = outer_parts(sentence[: held.start()].rstrip())[-1][0]
    # The organization's name ends right before the verb, on a name or its unit ("... tỉnh
    # Quảng Bình", "... tỉnh", "(Lào)"), not on a verb's object ("chủ trì hội nghị sơ kết").
    last = subject.rsplit(" ", 1)[-1].strip("()")
    if not (last[:1].isupper() or last in _UNIT_WORDS):
        return None
    first = subject_split().split(subject[dateline_end(subject) :], 1)[0]
    if organization(first, 0, None) is None or to_come(sentence, 0, held.start("verb")):
        return None
    start = held.start("verb")
    return "organized", start, name_end(sentence, start), (0, held.start())


def _reported(read: _Sentence) -> Found | None:
    sentence, compiled, lex = read.text, read.compiled, lexicon.events()
    reported = None
    # The words every report_by_organizer match holds ("<event> do/được X tổ chức ..."): a
    # sentence without them is not searched.
    passive = " do " in sentence or " được " in sentence
    if contains_any(sentence, lex.report_verbs) or (passive and "tổ chức" in sentence):
        reported = compiled["reported"].search(sentence)
        # The event as the scene of what is said ("Tại Hội nghị X diễn ra ngày ..., ông A
        # nhấn mạnh ...") is news when it opens a paragraph, as a lead does; amid one, it
        # is background to an essay's argument.
        if reported is None and read.first_in_paragraph:
            reported = compiled["reported_at"].search(sentence)
    if reported is not None:
        # Up to the verb, its "sẽ" included: an event someone tells of, or one to come.
        rest_end = reported.end("rest")
        verb = rest_end + len(" sẽ") if sentence.startswith(" sẽ ", rest_end) else rest_end
        if told_to_come(sentence, reported) or to_come(sentence, reported.start("head"), verb):
            return None
        # Dated by its year or month alone ("được tổ chức năm 1996"): history.
        if told_as_history(sentence, reported.end()):
            return None
        start = reported.start("head")
        return "reported", start, min(reported.end("rest"), name_end(sentence, start)), None
    before = None
    if contains_any(sentence, lex.report_before):
        before = compiled["reported_before"].search(sentence)
    if before is not None:
        return "reported", before.end(), name_end(sentence, before.end()), None
    return None


def _award_dated(read: _Sentence) -> Found | None:
    award, sentence = read.award, read.text
    if award is None or not dates.find_dates(sentence[: award.start()]):
        return None
    # A lead dating the event it names as its scene reports that event (see _opening).
    if read.compiled["dated_scene_opening"].match(sentence):
        return None
    # Given to the subject ("Hội ... được Chủ tịch nước trao tặng Huân chương"): the
    # recipient, who organized nothing (not "Được sự ủy quyền của ..., X trao ...").
    clause = sentence.rfind(", ", 0, award.start()) + 1
    received = _RECEIVED_BY_SUBJECT.search(sentence, clause, award.start())
    subject = None if received else (0, award.start())
    return "award", award.start("verb"), name_end(sentence, award.end() + 1), subject


_RECEIVED_BY_SUBJECT = re.compile(r"(?<!\w)được(?! sự)(?!\w)")


def _opening(read: _Sentence) -> Found | None:
    """ "Tham dự Hội nghị ... có ...", and a lead dating the event it sets its news in
    ("Ngày 28/12, tại Hội nghị ..., Liên hiệp đã trao ...")."""
    sentence = read.text
    opening = read.compiled["attendee_opening"].search(sentence) or read.compiled[
        "dated_scene_opening"
    ].match(sentence)
    if opening is None:
        return None
    start = opening.end()
    # What follows the named event is its attendees, a speaker or the news: the name ends
    # where a name ends, or at the first comma.
    comma = sentence.find(",", start)
    return (
        "opening",
        start,
        min(name_end(sentence, start), len(sentence) if comma < 0 else comma),
        None,
    )


def _chaired(read: _Sentence) -> Found | None:
    if not contains_any(read.text, lexicon.events().chaired_before):
        return None
    chaired = read.compiled["chaired_before"].search(read.text)
    if chaired is None:
        return None
    # Who chaired is the subject: an organization chairing it organized it ("Ban Thường vụ
    # Tỉnh ủy chủ trì hội nghị ..."); a person, who organizes nothing, is no organization.
    return "chaired", chaired.end(), name_end(read.text, chaired.end()), (0, chaired.start())


def _award_undated(read: _Sentence) -> Found | None:
    if read.award is None:
        return None
    award = read.award
    return "award_undated", award.start("verb"), name_end(read.text, award.end() + 1), None


def _received(read: _Sentence) -> Found | None:
    """A reception said by its verb: "<host> (đã) tiếp (và làm việc với) đoàn ..."; the
    name is the verb and its object, the host the words before."""
    if read.received is None:
        return None
    start = read.received.start()
    # One to come is no report ("Đoàn ... sẽ thăm và làm việc tại Cuba"), nor one its
    # guest or host says they are glad of or thankful for.
    clause = read.text.rfind(",", 0, start) + 1
    if to_come(read.text, clause, start) or read.compiled["reception_felt"].search(
        read.text, clause, start
    ):
        return None
    # A visit's name is its verb: the place after it is where the visit was ("thăm và làm
    # việc tại tỉnh Lào Cai"), not one the visitors live in.
    visit = read.compiled["visit"].match(read.text, start)
    end = visit.end() if visit is not None else name_end(read.text, start)
    return "received", start, end, (0, start)
