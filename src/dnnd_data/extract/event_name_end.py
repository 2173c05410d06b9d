"""Where an event's name ends in the sentence that reports it: at the lexicon's stops
(a verb, an adjunct, an attendee list), at a comma before a title, another event or an
appositive; a quoted title is whole, and a "tại" of people's own verb stays inside.

Takes: a sentence and where the name starts. Gives: where it ends. Pure.
"""

from __future__ import annotations

from dnnd_data.extract import lexicon


def name_end(sentence: str, start: int) -> int:
    """Where the event's name that starts at ``start`` ends: at the lexicon's ``name_end``,
    or at a comma before a title ("Hội nghị tổng kết, Đại sứ Ấn Độ ..." goes on with an
    attendee, not with the name), before another event's capitalised name ("Lễ kỷ niệm
    ..., Hội nghị gặp mặt ...": two events listed) or before an appositive ("..., công
    trình do tỉnh tài trợ")."""
    compiled = lexicon.events().compiled
    stop = compiled["name_end"].search(sentence, start)
    # A quoted title is whole: what would end a name inside it ("Hội thảo \"Hợp tác: Tiềm
    # năng và triển vọng\"") does not.
    while stop and (closing := _quote_closing(sentence, start, stop.start())) > 0:
        stop = compiled["name_end"].search(sentence, closing + 1)
    # Nor does a "tại" of people's own verb ("... liệt sĩ hy sinh tại Lào", "lưu học sinh
    # đang học tập tại tỉnh"): it places them, inside the name.
    while stop and stop.group() == " tại " and _residents_place(sentence, start, stop.start()):
        stop = compiled["name_end"].search(sentence, stop.end())
    end = stop.start() if stop else len(sentence)
    titles, named_head = lexicon.positions().head_pattern, compiled["named_head"]
    appositive, former = compiled["appositive"], lexicon.positions().former_pattern
    comma = sentence.find(", ", start, end)
    while comma >= 0:
        after = comma + 2
        # A title may be a former one ("... cho ông X, nguyên Giám đốc Sở ...").
        was = former.match(sentence, after)
        if any(p.match(sentence, after) for p in (titles, named_head, appositive)) or (
            was and titles.match(sentence, was.end())
        ):
            return comma
        comma = sentence.find(", ", comma + 2, end)
    # A stop after a comma leaves it ("..., triển khai phương hướng năm 2024, với sự tham gia").
    return start + len(sentence[start:end].rstrip(" ,"))


def _residents_place(sentence: str, start: int, at: int) -> bool:
    """Whether the "tại" at ``at`` follows a verb of people living, working or resting
    somewhere (the lexicon's ``resident_verbs``)."""
    return lexicon.events().compiled["resident_verbs"].search(sentence[start : at + 1]) is not None


def _quote_closing(sentence: str, start: int, at: int) -> int:
    """Where the quotation open at ``at`` (opened after ``start``) closes; -1 when none is
    open there or it does not close in the sentence (clean text quotes with '"')."""
    if sentence.count('"', start, at) % 2 == 0:
        return -1
    return sentence.find('"', at)
