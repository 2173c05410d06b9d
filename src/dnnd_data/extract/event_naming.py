"""Which report of an event names it: a report by its head alone ("... đã tổ chức hội
nghị.", "Buổi lễ diễn ra ...") takes the name a headline before it, a later report or the
award presentation it refers back to writes in full; a headline's report takes the fuller
name of the body's.

Takes: the article's text, sentences and the event's mentions. Gives: the
:class:`~dnnd_data.extract.event_mentions.EventMention` whose words name the event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dnnd_data.extract import lexicon
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.event_name_end import name_end
from dnnd_data.extract.sentences import Sentences


def named_mention(
    text: str,
    main: EventMention,
    mentions: Sequence[EventMention],
    same: Sequence[EventMention],
    sentences: Sentences,
) -> EventMention:
    """The mention that names the event reported by ``main`` (``same``: the reports with
    its head; ``mentions``: every report)."""
    return (
        _named_in_full(text, main, sentences)
        or _named_after(text, main, same)
        or _award_referred(text, main, mentions)
        or _named_in_the_body(text, main, same)
        or main
    )


def _named_in_the_body(
    text: str, main: EventMention, same: Sequence[EventMention]
) -> EventMention | None:
    """A headline names the event shortly ("Tuyên Quang tổ chức hội nghị đối ngoại đầu
    tiên sau sáp nhập"); the body's report of it with more words names it as the article
    does ("Hội nghị triển khai công tác đối ngoại năm 2025 sau khi hợp nhất ...")."""
    if ends_as_a_sentence(text[main.sentence[0] : main.sentence[1]]):
        return None
    words = len(text[main.start : main.end].split())
    return next(
        (
            m
            for m in same
            if m.start > main.start
            and m.grammar != "reported"  # its words run to its verb, not to a name's end
            and ends_as_a_sentence(text[m.sentence[0] : m.sentence[1]])
            and len(text[m.start : m.end].split()) > words
        ),
        None,
    )


def ends_as_a_sentence(sentence: str) -> bool:
    """Whether a sentence span ends as a sentence does (a headline, a line that ends no
    sentence, does not)."""
    return sentence.rstrip().endswith((".", "!", "?", ":", ";"))


def _named_in_full(text: str, main: EventMention, sentences: Sentences) -> EventMention | None:
    """Where an event reported by its head alone ("... đã tổ chức hội nghị.") was named in
    full before, in a headline (a line that ends no sentence): its kind and years are read
    there."""
    if not _bare(text, main):
        return None
    head = lexicon.events().compiled["head"]
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        if start >= main.sentence[0]:
            break
        sentence = text[start:end]
        if ends_as_a_sentence(sentence):
            continue
        for found in head.finditer(sentence):
            if found.group("head").casefold() != main.head:
                continue
            stop = name_end(sentence, found.start())
            if _names_more(sentence[found.start() : stop], main.head):
                return replace(
                    main, start=start + found.start(), end=start + stop, sentence=(start, end)
                )
    return None


def _bare(text: str, main: EventMention) -> bool:
    """True when the event is written by its head alone ("hội nghị", "Buổi lễ")."""
    return " ".join(text[main.start : main.end].split()).casefold() == main.head


def _named_after(
    text: str, main: EventMention, same: Sequence[EventMention]
) -> EventMention | None:
    """A later report naming in full the event first reported by its head alone ("Tới dự
    hội nghị, về phía Trung ương có ... Ngày 20/12, Liên hiệp ... tổ chức hội nghị tổng kết
    công tác năm 2023")."""
    if not _bare(text, main):
        return None
    return next(
        (m for m in same if m.start > main.start and _names_more(text[m.start : m.end], m.head)),
        None,
    )


def _names_more(name: str, head: str) -> bool:
    """More than the head and one word ("Hội nghị này" names nothing more)."""
    return len(name.split()) > len(head.split()) + 1


def _award_referred(
    text: str, main: EventMention, mentions: Sequence[EventMention]
) -> EventMention | None:
    """The award presentation a bare "buổi lễ" refers back to ("X đã trao Huân chương
    Hữu nghị cho ... Buổi lễ diễn ra chiều 3/4 tại ..."): it names the event."""
    if main.head not in lexicon.events().back_references or not _bare(text, main):
        return None
    return next((m for m in mentions if m.grammar in {"award", "award_undated"}), None)
