"""Reports of one identity held in different months are different events: a province may
review one year twice (its union's review in December, its committee's in January), an
association may number two congresses alike. An article's identity says what an event is,
not when; the dated reports say when.

Takes: the drafts sharing an event id. Gives: one group per event, each but the main one
with its drafts' identity extended by the month they were held (so their event id too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from dnnd_data.extract.events import EventDraft


def split_by_month(group: Sequence[EventDraft]) -> list[list[EventDraft]]:
    """The drafts of one event id as events: one group when the dated drafts were held in
    one month (or none is dated), else one group per month; an undated draft goes with the
    month of a dated one with its organizer, else with the month most drafts give (the
    earliest of a tie), which keeps the id."""
    held = [(_month(draft), draft) for draft in group]
    months = Counter(month for month, _ in held if month)
    if len(months) < 2:
        return [list(group)]
    main = max(sorted(months), key=lambda month: months[month])
    # Each organizer's earliest month (written last).
    dated = sorted((m, d.article_id, d.organizer_org_id) for m, d in held if m)
    held_by = {organizer: month for month, _, organizer in reversed(dated) if organizer}
    parts: dict[str, list[EventDraft]] = {}
    for stated, draft in held:
        month = stated or held_by.get(draft.organizer_org_id or "") or main
        moved = draft if month == main else replace(draft, identity=f"{draft.identity}|{month}")
        parts.setdefault(month, []).append(moved)
    return [parts[month] for month in sorted(parts)]


def _month(draft: EventDraft) -> str | None:
    held = draft.held.value if draft.held is not None else None
    return held.strftime("%Y-%m") if held is not None else None
