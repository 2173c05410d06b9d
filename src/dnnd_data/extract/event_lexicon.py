"""The grammar of event reports, as a lexicon: event heads, the verbs of organizing,
reporting and receiving, where a name ends, kind rules, years, attendance, places
(``lexicons/events.yaml``, checked by :class:`EventLexicon`)."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field

from dnnd_data.lexicon import LexiconModel, alternation, alternation_not_after, load_yaml_model
from dnnd_data.regex_openings import opening_first

EVENTS_YAML = Path(__file__).resolve().parent / "lexicons" / "events.yaml"


class EventKindRule(LexiconModel):
    kind: str
    pattern: str
    heads: list[str] = Field(default_factory=list)
    # What the pattern reads: the event's name, its phrase (name and rest of the
    # sentence), or the whole article (a report of the event elsewhere in it).
    reads: str = Field(default="phrase", pattern="^(?:name|phrase|sentence|article)$")

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The rule's pattern."""
        return re.compile(self.pattern)


# A title in quotation marks, which may hold a colon ("... mới: Thực tiễn và định hướng").
_QUOTED_TITLE = r'"[^"\n]{1,160}"|“[^”\n]{1,160}”'


class EventLexicon(LexiconModel):
    heads: list[str]
    classifiers: list[str] = Field(default_factory=list)
    venue_words: list[str] = Field(default_factory=list)
    org_verbs: list[str]
    verbal_heads: dict[str, str] = Field(default_factory=dict)
    held_by_subject: str = "(?!)"
    org_verb_adverbs: str
    subject_adverbs: list[str]
    went_phrases: list[str] = Field(default_factory=list)
    when_phrases: list[str] = Field(default_factory=list)
    period_nouns: list[str] = Field(default_factory=list)
    report_verbs: list[str]
    report_verb_adverbs: str
    manner_adverbs: list[str] = Field(default_factory=list)
    told_to_come: str = "(?!)"
    to_come: str = "(?!)"
    same_day_opening: str = "(?!)"
    report_by_organizer: str
    report_before: list[str]
    chaired_before: list[str] = Field(default_factory=list)
    attendee_opening: str
    dated_scene_opening: str = "(?!)"
    reception_verbs: str
    reception_objects: str
    envoy_titles: list[str] = Field(default_factory=list)
    envoy_title_prefixes: list[str] = Field(default_factory=list)
    reception_cues: list[str]
    reception_guests: str
    reception_guest_cues: list[str]
    reception_felt: str = "(?!)"
    visit_verbs: str = "(?!)"
    visit_cues: list[str] = Field(default_factory=list)
    met_verbs: str = "(?!)"
    met_cues: list[str] = Field(default_factory=list)
    foreign_people: str = "(?!)"
    name_end: str
    resident_verbs: str
    attribution: str
    summary_opening: str
    plan_opening: str = "(?!)"
    other_event_opening: str = "(?!)"
    kinds: list[EventKindRule]
    directive_review_report: str
    review_year: str
    plan_year: str
    term: str
    term_event: str = "(?!)"
    ordinal: str
    anniversary: str
    inference_first_month_of_review_year: int = Field(ge=1, le=12)
    inference_last_month_after_review_year: int = Field(ge=1, le=12)
    part_of_year: str = "(?!)"
    coming_year: str
    inference_first_month_before_coming_year: int = Field(ge=1, le=12)
    occasion_year: str = "(?!)"
    inference_last_month_of_occasion: int = Field(default=4, ge=1, le=12)
    attendance_pattern: str
    attendance_verbs: str
    attendance_list_opening: str = "(?!)"
    attendance_listed: str = "(?!)"
    back_references: dict[str, str] = Field(default_factory=dict)
    part_heads: list[str] = Field(default_factory=list)
    appositives: list[str] = Field(default_factory=list)
    remote_sites_pattern: str
    formats: dict[str, list[str]]
    place_heads: list[str]
    place_end: str

    @cached_property
    def head(self) -> str:
        """An event head as news capitalises it: from its first word ("Hội nghị"), from
        the event's own words after a classifier ("chương trình Giao lưu hữu nghị", "Lễ
        Kỷ niệm"), or not at all. Its first letter a class: for use after other words."""
        return "|".join(
            f"[{h[0].upper()}{h[0]}]{re.escape(h[1:])}"
            for h in sorted(self._spellings, key=len, reverse=True)
        )

    def head_not_after(self, *not_after: str) -> str:
        """:attr:`head` as literals, letters before guards: for scanning a sentence, the
        regex engine skipping ahead to a literal's first letters."""
        cased = dict.fromkeys(v for h in self._spellings for v in (h[0].upper() + h[1:], h))
        return alternation_not_after(cased, *not_after)

    def without_classifier(self, head: str) -> str:
        """An event head without the classifier before it ("buổi gặp mặt" -> "gặp mặt")."""
        for classifier in self.classifiers:
            if head.startswith(f"{classifier} "):
                return head[len(classifier) + 1 :]
        return head

    @cached_property
    def _spellings(self) -> list[str]:
        """Each head, and after a classifier its own words capitalised."""
        spellings = dict.fromkeys(self.heads)
        for head in self.heads:
            for classifier in self.classifiers:
                if head.startswith(f"{classifier} "):
                    rest = head[len(classifier) + 1 :]
                    spellings[f"{classifier} {rest[0].upper()}{rest[1:]}"] = None
        return list(spellings)

    @cached_property
    def _not_after_classifier(self) -> str:
        """Look-behinds: not right after a classifier, capitalised or not."""
        cased = (v for c in self.classifiers for v in (c, c[0].upper() + c[1:]))
        return "".join(f"(?<!{re.escape(c)} )" for c in cased)

    @cached_property
    def reception_literals(self) -> list[str]:
        """The reception's objects as lower-case literals: the cues and the envoy titles."""
        return [*self.reception_cues, *(title.lower() for title in self.envoy_titles)]

    @property
    def _how_or_when(self) -> str:
        """How the event went or when, after its name or its place (see ``went_phrases``
        and ``when_phrases``)."""
        went = rf" (?:{alternation(self.went_phrases)})(?!\w)" if self.went_phrases else "(?!)"
        if not self.when_phrases:
            return went
        not_of_period = "".join(f"(?<!{re.escape(noun)})" for noun in self.period_nouns)
        return rf"{went}|{not_of_period} (?:{alternation(self.when_phrases)})(?!\w)"

    @cached_property
    def org_verb_prefix(self) -> str:
        """What may stand between an organizer and its verb: its adverbs, a partner's
        clause ("phối hợp với X")."""
        adverbs = alternation(self.subject_adverbs)
        return rf"(?:(?:{adverbs}|phối hợp(?: với [^,.;]{{3,120}}?)?) )*"

    @cached_property
    def compiled(self) -> dict[str, re.Pattern[str]]:
        """Every pattern of the lexicon, compiled once, each opening on its letters where
        it can (:func:`opening_first`: the same matches, found faster)."""
        return {key: _opening_first(pattern) for key, pattern in self._compiled.items()}

    @cached_property
    def _compiled(self) -> dict[str, re.Pattern[str]]:
        """Every pattern of the lexicon, as written."""
        venues = [f"{re.escape(word)} " for word in self.venue_words]
        word_start = self.head_not_after(r"\w", *venues)
        not_after_tai = self.head_not_after(r"\w", "[Tt]ại ", *venues)
        # A verb that names the event itself ("họp mặt kỷ niệm ...") takes no verbal head.
        naming = "".join(f"(?<!{re.escape(v)} )" for v in self.org_verbs if v in self.heads)
        verbal = alternation(self.verbal_heads)
        return {
            "head": re.compile(rf"(?P<head>{word_start})(?!\w)"),
            "organized": re.compile(
                # Not a word of an event's name after its classifier ("tổ chức Lễ khai
                # giảng lớp ...", "tổ chức Đêm gặp mặt ...": no verb there).
                rf"(?<!\w){self.org_verb_prefix}{self._not_after_classifier}"
                rf"(?P<verb>{alternation(self.org_verbs)}) "
                rf"{self.org_verb_adverbs}(?=(?:{self.head})|{naming}(?:{verbal}) )"
            ),
            # "họp mặt kỷ niệm ...", and an anniversary celebrated solemnly by its subject
            # ("Hội ... long trọng kỷ niệm 60 năm Ngày thành lập").
            "self_named": re.compile(
                rf"(?<!\w){self._not_after_classifier}(?P<verb>(?:họp mặt|gặp mặt)"
                r"(?= kỷ niệm| hữu nghị| mừng| đầu xuân| đầu năm| cuối năm| nhân dịp| thân mật)"
                r"|(?:(?<=long trọng )|(?<=trọng thể )|(?<=trang trọng ))kỷ niệm(?= \d{1,3} năm))"
            ),
            # Not "Tại <event>, X nói:" (the event only sets the scene) and not across a colon
            # (but across one in a quoted title: 'Hội thảo "Đối ngoại nhân dân: ..." diễn ra').
            "told_to_come": re.compile(self.told_to_come),
            "to_come": re.compile(self.to_come),
            "same_day_opening": re.compile(self.same_day_opening),
            # A review's name may cite its documents in full, issuers, terms and
            # subjects, before its verb: up to 260 characters.
            "reported": re.compile(
                rf"(?P<head>{not_after_tai})(?!\w)"
                rf"(?P<rest>(?:[^.;:\n\"“]|{_QUOTED_TITLE}){{0,260}}?) {self.report_verb_adverbs}"
                rf"(?:{alternation(self.report_verbs)}|{self.report_by_organizer})(?!\w)"
            ),
            # "... tại Hội nghị X diễn ra ngày ... tại ...", "... tại Hội nghị X do Y tổ chức
            # chiều 28/12": the event set as the scene of what is said, reported in the same
            # clause (no comma before its verb; "Tại Hội nghị, ông X cho biết ... đã diễn
            # ra" reports nothing).
            "reported_at": re.compile(
                rf"(?<=[Tt]ại )(?P<head>{self.head})(?!\w)"
                rf"(?P<rest>[^.,;:\n]{{0,160}}?) {self.report_verb_adverbs}"
                rf"(?:{alternation(self.report_verbs)}|{self.report_by_organizer})(?!\w)"
            ),
            # Not what someone will attend or chair ("đoàn sẽ tham dự Lễ kỷ niệm ...").
            "reported_before": re.compile(
                rf"(?<!\w)(?<!sẽ )(?<!sẽ tham )(?:{alternation(self.report_before)}) "
                rf"(?=(?:{self.head})(?!\w))"
            ),
            "chaired_before": re.compile(
                rf"(?<!\w)(?<!sẽ )(?:{alternation(self.chaired_before)}) (?=(?:{self.head})(?!\w))"
            ),
            "attendee_opening": re.compile(rf"{self.attendee_opening}(?={self.head})"),
            "dated_scene_opening": re.compile(rf"{self.dated_scene_opening}(?={self.head})"),
            "received": re.compile(
                rf"(?<!\w){self.reception_verbs}"
                rf"(?=(?:{self.reception_objects}"
                rf"|(?:(?:{alternation(self.envoy_title_prefixes)}) )?"
                rf"(?:{alternation(self.envoy_titles)}))(?!\w))"
            ),
            "envoy": re.compile(rf"(?<!\w)(?:{alternation(self.envoy_titles)})(?!\w)"),
            "guest_cue": re.compile(alternation(self.reception_guest_cues)),
            "visit": re.compile(self.visit_verbs),
            "met": re.compile(self.met_verbs),
            "foreign_people": re.compile(self.foreign_people),
            "reception_felt": re.compile(self.reception_felt),
            "received_guest": re.compile(
                rf"(?<!\w){self.reception_verbs}(?={self.reception_guests})"
            ),
            "name_end": re.compile(f"{self.name_end}|{self._how_or_when}"),
            "held_by_subject": re.compile(self.held_by_subject),
            # Another event named after a comma ("Lễ kỷ niệm ..., Hội nghị gặp mặt ...").
            "appositive": re.compile(rf"(?:{alternation(self.appositives)}) "),
            "named_head": re.compile(
                "|".join(rf"{re.escape(h[0].upper() + h[1:])}(?!\w)" for h in self._spellings)
            ),
            "resident_verbs": re.compile(self.resident_verbs),
            "attribution": re.compile(self.attribution),
            "summary_opening": re.compile(rf"{self.other_event_opening}|{self.summary_opening}"),
            "plan_opening": re.compile(self.plan_opening),
            "other_event_opening": re.compile(self.other_event_opening),
            "directive_review_report": re.compile(self.directive_review_report),
            "review_year": re.compile(self.review_year),
            "part_of_year": re.compile(self.part_of_year),
            "plan_year": re.compile(self.plan_year),
            "coming_year": re.compile(self.coming_year),
            "occasion_year": re.compile(self.occasion_year),
            "term": re.compile(self.term),
            "term_event": re.compile(self.term_event),
            "ordinal": re.compile(self.ordinal),
            "anniversary": re.compile(self.anniversary),
            "attendance": re.compile(self.attendance_pattern),
            "attendance_verbs": re.compile(self.attendance_verbs),
            "attendance_list_opening": re.compile(self.attendance_list_opening),
            "attendance_listed": re.compile(self.attendance_listed),
            "remote_sites": re.compile(self.remote_sites_pattern),
            "place_head": re.compile(rf"(?:{alternation(self.place_heads)})(?!\w)"),
            "place_end": re.compile(f"{self.place_end}|{self._how_or_when}"),
        }


def _opening_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    fast = opening_first(pattern.pattern)
    return pattern if fast == pattern.pattern else re.compile(fast, pattern.flags)


@cache
def events() -> EventLexicon:
    """The grammar of event reports: heads, verbs, kinds, years, attendance, places."""
    return load_yaml_model(EVENTS_YAML, EventLexicon)
