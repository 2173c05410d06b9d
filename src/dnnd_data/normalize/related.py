"""Other articles inside a page: a list of related headlines (its heading, each headline,
a headline's summary) and another article's teaser in the body (its headline written
twice, cut short, or linked with its date). Used by :mod:`boilerplate` line by line.

Takes: a line, its neighbours and the page's state so far. Gives: a rule's name or None.
"""

from __future__ import annotations

import re

from dnnd_data.normalize.lexicon import BoilerplateLexicon

# A page's stamp: a full date, not in brackets (a related headline's date is).
_STAMP = re.compile(r"(?<![(\[\d/])\d{1,2}/\d{1,2}/\d{4}(?![)\]\d])")
# The rules of a list of related headlines: its heading, a headline, a headline's summary.
LIST_RULES = frozenset({"related_heading", "related_link", "related_link_summary"})
# A headline has words: three at least (a page's stamp under a list, "10/07/2024 18:20",
# is none).
_HEADLINE_WORDS = re.compile(r"[^\W\d_]+\W+[^\W\d_]+\W+[^\W\d_]+")


def teaser_rule(
    text: str, following: str, teaser: str, body_begun: bool, lex: BoilerplateLexicon
) -> str | None:
    """Another article's teaser in the body: its headline written twice on one line, and
    the summary right under it, which restates the headline; or its headline over its
    summary cut short (" ...", which the caller then takes), restating it; or its headline
    linked with its date. ``teaser``: the previous line when it is a doubled teaser."""
    if not body_begun:
        return None
    # Alone, not under a list's heading: the lines under it are no list.
    if (
        text[-1:] in ")]"
        and len(text) <= lex.related_link_max_chars
        and lex.dated_link.search(text)
    ):
        return "related_teaser"
    if doubled(text, lex) or (
        _short_unended(text, lex)
        and lex.teaser_summary.search(following)
        and restates(following, text)
    ):
        return "related_teaser"
    if teaser and len(text) <= lex.doubled_teaser_summary_max_chars and restates(text, teaser):
        return "related_teaser_summary"
    return None


def restates(summary: str, headline: str, *, names: bool = True) -> bool:
    """Whether a summary writes most of its headline's words, and one of the names in it
    (the words every review's headline has, "tổng kết công tác đối ngoại nhân dân năm",
    are not enough: "Quảng Bình: ..." over a lead of Hà Nội's is no summary). An article's
    own lead need not write its headline's names (``names=False``): "Quảng Ninh: Hội nghị
    ..." over "Ngày 24/12, Ban Dân vận Tỉnh ủy ... tổ chức hội nghị ...")."""
    words, said = _words(headline), _words(summary)
    if not words or 2 * len(words & said) < len(words):
        return False
    # Capitalised words but a clause's first ("Quảng Ninh: Tổng kết ..." names Ninh).
    named = {
        w.casefold()
        for clause in re.split(r"[:|–-]", headline)
        for w in re.findall(r"\w+", clause)[1:]
        if w[0].isupper()
    }
    return not names or not named or bool(named & said)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def doubled(text: str, lex: BoilerplateLexicon) -> bool:
    """Whether a line is one headline written twice."""
    if text.find(text[:12], 1) < 0:  # its start is not written again: most lines
        return False
    words = text.split()
    half = len(words) // 2
    return (
        half >= lex.doubled_teaser_min_words
        and len(words) == 2 * half
        and words[:half] == words[half:]
    )


def _short_unended(text: str, lex: BoilerplateLexicon) -> bool:
    """Whether a line is as short as a headline and does not end as a sentence does."""
    return len(text) <= lex.related_link_max_chars and not lex.related_link_ends.search(text)


def body_line(text: str, lex: BoilerplateLexicon) -> bool:
    """A sentence of the article's body (a headline or a menu is shorter, or unpunctuated)."""
    return len(text) >= lex.body_line_min_chars and text.rstrip()[-1:] in '.!?…"”'


def related_link_rule(
    text: str,
    before: tuple[str | None, str],
    body: tuple[bool, str],
    lex: BoilerplateLexicon,
    following: str,
) -> str | None:
    """A headline in a list of other articles: after the list's heading, another of its
    headlines or one's summary, a short line of words that does not end a sentence, nor
    open a lead the ``following`` line goes on in lower case (a hard wrap), nor is the
    article's own headline over the lead restating it. Once the article's body has begun
    (over it, the article's own lead restates its headline), a headline's summary right
    under it, restating it. ``before``: the previous line's rule and text; ``body``:
    whether the body has begun, and the lead under the line (if any)."""
    previous, previous_text = before
    body_begun, lead = body
    if (
        body_begun
        and previous == "related_link"
        and len(text) <= lex.doubled_teaser_summary_max_chars
        and restates(text, previous_text)
    ):
        return "related_link_summary"
    if (
        previous in LIST_RULES
        and _HEADLINE_WORDS.search(text) is not None
        and text.rstrip()[-1:] not in ",;"  # a headline does not end on a comma
        and _STAMP.search(text) is None
        # Over the body, a line the lead under it restates is the article's own headline.
        and (body_begun or not (lead and restates(lead, text, names=False)))
        and _short_unended(text, lex)
        and not (lex.lead_line_starts.match(text) and lex.body_line_starts.match(following))
    ):
        return "related_link"
    return None
