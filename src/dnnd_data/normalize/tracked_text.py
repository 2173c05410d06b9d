"""Text that remembers where each character came from in the raw file.

Takes: a raw string. Gives: :class:`TrackedText`, whose rewrites (regex substitutions,
deletions) return a new text plus an offset map from clean positions back to raw
positions, so every span extracted later can point into the untouched raw text.

The map is a list of anchors ``(clean_i, raw_i)``: a clean position ``p`` maps to
``raw_i + (p - clean_i)`` for the last anchor with ``clean_i <= p``. Anchors that add no
information (colinear with the previous one) are dropped, so an untouched text has one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class TrackedText:
    """A text and its offset map to the raw text it was derived from."""

    text: str
    clean_anchors: tuple[int, ...] = (0,)
    raw_anchors: tuple[int, ...] = (0,)

    def to_raw(self, pos: int) -> int:
        """Raw offset of clean position ``pos``."""
        i = bisect_right(self.clean_anchors, pos) - 1
        return self.raw_anchors[i] + (pos - self.clean_anchors[i])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the clean span ``[start, end)``."""
        raw_start = self.to_raw(start)
        raw_end = self.to_raw(end - 1) + 1 if end > start else raw_start
        return raw_start, max(raw_start, raw_end)

    def apply(self, edits: Iterable[Edit]) -> TrackedText:
        """Apply non-overlapping edits (sorted by start) and compose the offset map."""
        pieces: list[str] = []
        anchors: list[tuple[int, int]] = []
        old, new = 0, 0
        for edit in edits:
            new = self._keep(old, edit.start, new, pieces, anchors)
            anchors.append((new, self.to_raw(edit.start)))
            if edit.end > edit.start:
                # Characters past the replaced span's length all point at its last character.
                last = self.to_raw(edit.end - 1)
                anchors += [
                    (new + k, last) for k in range(edit.end - edit.start, len(edit.replacement))
                ]
            pieces.append(edit.replacement)
            new += len(edit.replacement)
            old = edit.end
        self._keep(old, len(self.text), new, pieces, anchors)
        return _build("".join(pieces), anchors)

    def _keep(
        self,
        old_start: int,
        old_end: int,
        new_start: int,
        pieces: list[str],
        anchors: list[tuple[int, int]],
    ) -> int:
        """Copy an unchanged stretch, carrying over the anchors that fall inside it."""
        if old_end <= old_start:
            return new_start
        pieces.append(self.text[old_start:old_end])
        anchors.append((new_start, self.to_raw(old_start)))
        lo = bisect_right(self.clean_anchors, old_start)
        hi = bisect_right(self.clean_anchors, old_end - 1)
        for i in range(lo, hi):
            clean = self.clean_anchors[i]
            anchors.append((new_start + clean - old_start, self.raw_anchors[i]))
        return new_start + (old_end - old_start)

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> Rewrite:
        """Regex substitution (``repl`` is literal text or a function of the match);
        matches whose replacement equals the match are left alone."""
        return self.replace_spans(
            (m.start(), m.end(), repl if isinstance(repl, str) else repl(m))
            for m in pattern.finditer(self.text)
        )

    def replace_spans(self, replacements: Iterable[tuple[int, int, str]]) -> Rewrite:
        """Replace each ``text[start:end]`` (non-overlapping, in order) with its text;
        a replacement equal to what it replaces is left alone."""
        edits = []
        for start, end, replacement in replacements:
            original = self.text[start:end]
            if replacement != original:
                edits.append(_minimal_edit(original, start, replacement))
        if not edits:
            return Rewrite(self, 0)
        return Rewrite(self.apply(edits), len(edits))


@dataclass(frozen=True)
class Rewrite:
    """Result of a rewrite: the new text and how many edits it made."""

    result: TrackedText
    edits: int


def _minimal_edit(original: str, start: int, replacement: str) -> Edit:
    """Shrink an edit to the part that changes, so unchanged letters keep exact offsets."""
    prefix = 0
    limit = min(len(original), len(replacement))
    while prefix < limit and original[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and original[len(original) - 1 - suffix] == replacement[len(replacement) - 1 - suffix]
    ):
        suffix += 1
    return Edit(
        start + prefix,
        start + len(original) - suffix,
        replacement[prefix : len(replacement) - suffix],
    )


def _build(text: str, anchors: list[tuple[int, int]]) -> TrackedText:
    merged: list[tuple[int, int]] = []
    for clean, raw in anchors:
        # A later anchor at the same clean position wins: an empty replacement came first.
        while merged and merged[-1][0] == clean:
            merged.pop()
        if merged and raw - merged[-1][1] == clean - merged[-1][0]:
            continue
        merged.append((clean, raw))
    if not merged:
        merged = [(0, 0)]
    return TrackedText(text, tuple(c for c, _ in merged), tuple(r for _, r in merged))
