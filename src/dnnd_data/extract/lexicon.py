"""Lexicons of the extractor (organizations, events, documents, people, positions, roles and
awards): each loader reads its YAML file under ``lexicons/`` and checks it with a model."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field

from dnnd_data.extract import event_lexicon, role_lexicon
from dnnd_data.extract.event_lexicon import EventLexicon
from dnnd_data.extract.phrases import PhraseMatcher
from dnnd_data.extract.role_lexicon import RoleLexicon
from dnnd_data.extract.sentences import LOWER
from dnnd_data.lexicon import LexiconModel, alternation, alternation_not_after, load_yaml_model
from dnnd_data.regex_openings import compile_opening_first as compile_fast

# The words that make a number approximate ("khoảng 3.000", "hơn 200").
_ABOUT = "(?:(?:khoảng|gần|hơn|trên|chừng|hàng) )?"

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An" is a local branch, not the national body.
LOCAL_BRANCH = r" (?:tỉnh|thành phố|TP\.?|huyện|quận)(?!\w)"


class OrganizationEntry(LexiconModel):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    kind: str
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @property
    def spellings(self) -> list[str]:
        """Name, acronym and aliases."""
        return [self.name, *([self.acronym] if self.acronym else []), *self.aliases]


class OrganizationLexicon(LexiconModel):
    organizations: list[OrganizationEntry]
    heads: dict[str, str]
    abbreviations: dict[str, str]
    unique_heads: list[str] = Field(default_factory=list)
    provincial_heads: dict[str, bool] = Field(default_factory=dict)  # head -> takes the unit
    local_organ_heads: list[str] = Field(default_factory=list)
    not_heads: list[str] = Field(default_factory=list)

    @cached_property
    def head_pattern(self) -> re.Pattern[str]:
        """An organization head at the start of a phrase (case-sensitive; not "Báo cáo")."""
        not_heads = alternation(self.not_heads) if self.not_heads else "(?!)"
        return re.compile(rf"(?!(?:{not_heads})(?!\w))(?:{alternation(self.heads)})(?!\w)")

    @cached_property
    def abbreviation_pattern(self) -> re.Pattern[str]:
        """Any abbreviation, as a whole token."""
        return compile_fast(rf"(?<![\w.])(?:{alternation(self.abbreviations)})(?![\w])")

    @cached_property
    def by_spelling(self) -> dict[str, OrganizationEntry]:
        """Case-folded spelling → organization."""
        return {s.casefold(): org for org in self.organizations for s in org.spellings}

    @cached_property
    def matcher(self) -> PhraseMatcher:
        """Every spelling, whole words, any case, the longest first; not a national body's
        name where a local branch's begins."""
        return PhraseMatcher(self.by_spelling, not_followed_by=LOCAL_BRANCH)


class DocumentEntry(LexiconModel):
    doc_type: str
    pattern: str
    number: str
    issuer: str | None = None
    has_subject: bool = False
    # Known by name, not by number: the fullest name as written is its title.
    known_by_name: bool = False
    # One organization's own document (a charter, an agreement, a congress's resolution): the
    # same name elsewhere is another, so its identity is the event reported (else the article).
    local: bool = False


class DocumentLexicon(LexiconModel):
    documents: list[DocumentEntry]
    issued_on_pattern: str
    title_pattern: str
    issuer_pattern: str
    issuer_before_pattern: str


@cache
def organizations() -> OrganizationLexicon:
    """The organization alias lexicon."""
    return load_yaml_model(LEXICON_DIR / "organizations.yaml", OrganizationLexicon)


def events() -> EventLexicon:
    """The grammar of event reports (its model has a module of its own, ``event_lexicon``)."""
    return event_lexicon.events()


@cache
def documents() -> DocumentLexicon:
    """Policy document citation patterns."""
    return load_yaml_model(LEXICON_DIR / "documents.yaml", DocumentLexicon)


class Honorific(LexiconModel):
    word: str
    gender: str | None = None
    # Only in lower case or first in a sentence ("anh", "chị"; not "Đại sứ Anh"), before a name.
    informal: bool = False


class PeopleLexicon(LexiconModel):
    honorifics: list[Honorific]
    surnames: list[str]
    mostly_middle_names: list[str] = Field(default_factory=list)
    given_name_markers: dict[str, list[str]] = Field(default_factory=dict)
    given_name_prefixes: tuple[str, ...] = ()  # a tuple, for str.startswith
    not_names: list[str]
    named_after: list[str] = Field(default_factory=list)
    named_after_when_short: list[str] = Field(default_factory=list)
    max_name_words: int = Field(ge=2, le=6)
    middle_names_of_long_names: frozenset[str] = frozenset()
    max_foreign_name_words: int = Field(ge=2, le=8)

    @cached_property
    def named_after_before(self) -> re.Pattern[str]:
        """A word of :attr:`named_after` right before the end of a string."""
        return compile_fast(rf"(?<!\w)(?:{alternation(self.named_after)}) $")

    @cached_property
    def surname_set(self) -> frozenset[str]:
        """The family names, for a quick membership test."""
        return frozenset(self.surnames)

    @cached_property
    def honorific_before(self) -> re.Pattern[str]:
        """An honorific right before the end of a string: in any case, an informal one in
        lower case or capitalised at a sentence's or line's start."""
        formal = alternation(h.word for h in self.honorifics if not h.informal)
        informal = [h.word for h in self.honorifics if h.informal]
        lower, capitalised = alternation(informal), alternation(w.capitalize() for w in informal)
        at_start = r"(?:^|(?<=[.!?\n] )|(?<=\n))"
        informal_ones = f"|{lower}|{at_start}{capitalised}" if informal else ""
        return re.compile(rf"(?<!\w)((?i:{formal}){informal_ones}):? $")

    @cached_property
    def honorific_words(self) -> frozenset[str]:
        """Every honorific, case-folded."""
        return frozenset(h.word.casefold() for h in self.honorifics)

    @cached_property
    def informal_honorifics(self) -> frozenset[str]:
        """The informal honorifics, case-folded."""
        return frozenset(h.word.casefold() for h in self.honorifics if h.informal)

    def gender_of(self, honorific: str) -> str | None:
        """Gender an honorific states, if any."""
        said = (h.gender for h in self.honorifics if h.word.casefold() == honorific.casefold())
        return next(said, None)


class FixedPosition(LexiconModel):
    canonical: str
    variants: list[str] = Field(default_factory=list)


class PositionLexicon(LexiconModel):
    heads: list[str]
    ranks: list[str]
    stop_words: list[str]
    former: list[str]
    on_behalf: list[str] = Field(default_factory=list)
    locality_units: list[str] = Field(default_factory=list)
    title_goes_on: list[str] = Field(default_factory=list)
    organs_closing_titles: list[str] = Field(default_factory=list)
    inside_names_after: list[str] = Field(default_factory=list)

    @cached_property
    def head_pattern(self) -> re.Pattern[str]:
        """A position head as a whole phrase (case-sensitive: a title is capitalised)."""
        # Not inside a name: "Ban Bí thư", "Ủy ban Thường vụ", "Phủ Chủ tịch".
        inside = (f"{re.escape(word)} " for word in self.inside_names_after)
        heads = alternation_not_after(self.all_heads, r"[\w/]", *inside)
        # Not an embassy or consulate ("Đại sứ quán", "Tổng Lãnh sự quán").
        return re.compile(rf"(?:{heads})(?!\w)(?! quán)")

    @cached_property
    def all_heads(self) -> list[str]:
        """The heads, their deputies ("Phó Tổng Lãnh sự", "Phó chủ tịch") and those acting,
        listed: an optional "Phó " before the alternation would keep the regex engine from
        skipping ahead to a head's first letters."""
        offices = [h for h in self.heads if not h.startswith("Phó ")]
        # Many outlets write the office in lower case after "Phó" ("Phó chủ tịch UBND
        # tỉnh", "Phó bí thư Tỉnh ủy"): "Phó" marks the title.
        deputies = [f"Phó {h}" for h in offices] + [f"Phó {h[0].lower()}{h[1:]}" for h in offices]
        # "Quyền" makes one acting in any office ("Quyền Trưởng đại diện UNFPA").
        acting = [f"Quyền {h}" for h in offices]
        return list(dict.fromkeys([*self.heads, *deputies, *acting]))

    @cached_property
    def former_pattern(self) -> re.Pattern[str]:
        """A word for "former", "late" or "acting" before a title ("nguyên", "cố", "Quyền")."""
        return re.compile(rf"(?:{alternation(self.former)}) ")

    @cached_property
    def former_before(self) -> re.Pattern[str]:
        """:attr:`former_pattern` as the last word of a string."""
        return compile_fast(rf"(?<!\w)(?:{alternation(self.former)}) $")

    @cached_property
    def on_behalf_before(self) -> re.Pattern[str]:
        """An "on behalf of" phrase as the last words of a string ("Thay mặt ")."""
        return compile_fast(rf"(?<!\w)(?:{alternation(self.on_behalf)}) $")

    @cached_property
    def rank_before(self) -> re.Pattern[str]:
        """A rank ('Đại sứ', 'Trung tướng') right before the end of a string."""
        return re.compile(rf"(?<!\w)({alternation(self.ranks)}) $")

    @cached_property
    def stop_pattern(self) -> re.Pattern[str]:
        """Where a position's words end: a stop word, a clause mark, a line end."""
        words = alternation(self.stop_words)
        # "và" before another title (a former one too), a rank or an honorific ("anh" too)
        # joins two people ("Đại sứ X tại Việt Nam A và Phó Chủ tịch ... B", "và nguyên Thứ
        # trưởng ...", "và Ngài B"), before a number (maybe about), a crowd or a delegation
        # others ("và 3 cá nhân", "và khoảng 3.000 người dân", "và đông đảo nhân dân", "và
        # đoàn"), not two words of one title ("Bộ Giáo dục và Đào tạo"). A dash before an
        # honorific leads to the title's holder ("Phó Chủ tịch UBND tỉnh - ông X").
        honorifics = ["ông", "bà", "đồng chí", "ngài"]
        honorifics += [h[0].upper() + h[1:] for h in honorifics]
        heads = alternation([*self.all_heads, *self.ranks, *honorifics, *self.former])
        another = rf" và (?=(?:{heads}|anh|chị)(?!\w)|{_ABOUT}\d|đông đảo |nhiều |(?:các )?đoàn )"
        another += rf"| [-–] (?=(?:{alternation(honorifics)})(?!\w))"
        # After an acronym, bare or bracketed (a whole organization: "Chủ tịch VUFO đọc diễn
        # văn", "... (VUFO) và đoàn"), or a bare locality unit ("Chủ tịch Hội ... tỉnh chúc"),
        # a lower-case word starts the next clause, unless it goes on a title ("UBND tỉnh").
        units = [f"(?<= {unit} )" for unit in self.locality_units]
        closed = "|".join([r"(?<=[A-ZĐ][A-ZĐ] )", r"(?<=[A-ZĐ]\) )", *units])
        # An acronym's office seated at a named place goes on ("Trưởng Văn phòng đại diện
        # JICA tại Huế"; the place itself ends it before a lower-case word).
        seated = r"tại (?=[A-ZĐ])"
        closes = (
            rf"(?:{closed})(?!(?:{alternation(self.title_goes_on)})(?!\w)|{seated})(?=[{LOWER}])"
        )
        # A full stop ends a title only at a sentence end ("T.Ư", "TP.HCM" go on). Not the
        # last word of a title ("Tổng Thư ký" does not stop at "ký"), nor a word of a noun
        # the verb is part of ("Chủ tịch danh dự", "công tác thông tin đối ngoại").
        # "đại diện" is a noun in an office's name ("Văn phòng đại diện"); so is "với nước ngoài".
        not_verbs = "(?<!Thư ký)(?<!danh dự)(?<!tác thông tin)(?<!phòng đại diện)(?<!quan đại diện)"
        not_verbs += "(?! nước ngoài)"
        # "tại" before an event is where the person spoke, not their office's seat
        # ("Phó Trưởng Ban ... tại Hội nghị ..."; "Đại sứ Nhật Bản tại Việt Nam" goes on).
        at_event = rf" tại (?=(?:{events().head})(?!\w))"
        return re.compile(
            rf" (?:(?:{words})(?!\w){not_verbs}|{closes})|{at_event}|{another}|[,;:!?\n\"“”]"
            r"|(?<!TP)\.(?=\s|$)|$"
        )


@cache
def people() -> PeopleLexicon:
    """Honorifics, surnames and non-names."""
    return load_yaml_model(LEXICON_DIR / "people.yaml", PeopleLexicon)


@cache
def positions() -> PositionLexicon:
    """Positions: the heads of the title grammar, ranks, and where a title ends."""
    return load_yaml_model(LEXICON_DIR / "positions.yaml", PositionLexicon)


@cache
def roles() -> RoleLexicon:
    """Role cues in precedence order (its model has a module of its own, ``role_lexicon``)."""
    return role_lexicon.roles()


class AwardPhrase(LexiconModel):
    """An award named by grammar; ``canonical`` formats its groups (``giải Ba`` → ``Giải ba``)."""

    pattern: str
    canonical: str
    # The name as written ("Huân chương Tự do"), not case-folded like a grade.
    keep_case: bool = False


class AwardLexicon(LexiconModel):
    awards: list[FixedPosition]
    phrases: list[AwardPhrase]
    count_pattern: str
    kind_pattern: str
    receive_pattern: str
    list_separators: list[str]
    title_pattern: str
    class_pattern: str = "(?!)"
    class_numbers: dict[str, int] = Field(default_factory=dict)

    @cached_property
    def canonical_of(self) -> dict[str, str]:
        """Case-folded spelling → canonical award name."""
        return {v.casefold(): a.canonical for a in self.awards for v in [a.canonical, *a.variants]}

    @cached_property
    def matcher(self) -> PhraseMatcher:
        """Any award name as a whole word, case-insensitive."""
        return PhraseMatcher(self.canonical_of)


@cache
def awards() -> AwardLexicon:
    """Award names and recipient patterns."""
    return load_yaml_model(LEXICON_DIR / "awards.yaml", AwardLexicon)
