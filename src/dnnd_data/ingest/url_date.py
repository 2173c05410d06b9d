"""The publication date a news URL states: a dated path (``/2024/12/13/``,
``/2024-12-13/``) or the date-time stamp news sites put in an article's slug or id
(``-20231213094512345.htm``).

Takes: a URL. Gives: the date, or None when the URL states none (an eight-digit run that is
not a real date, or a stamp of the wrong length, is an id, not a date).
"""

from __future__ import annotations

import re
from datetime import date

_PATH = re.compile(r"/(?P<year>20\d\d)[/-](?P<month>[01]\d)[/-](?P<day>[0-3]\d)(?=[/.-]|$)")
# yyyymmdd, alone or followed by the time (hhmm, hhmmss, hhmmss + milliseconds).
_STAMP = re.compile(
    r"(?<![\d])(?P<year>20\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:\d{4}|\d{6}|\d{9})?(?![\d])"
)


def date_in_url(url: str | None) -> date | None:
    """The date the URL's path states, or None."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    for pattern in (_PATH, _STAMP):
        for match in pattern.finditer(f"/{path}"):
            try:
                return date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
    return None
