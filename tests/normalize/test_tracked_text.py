"""The offset map: every unchanged character maps back to itself in the raw text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from dnnd_data.normalize.tracked_text import Edit, TrackedText

WORDS = st.text(alphabet="abcđêô \n", min_size=0, max_size=60)


def test_untouched_text_has_one_anchor() -> None:
    text = TrackedText("xin chào")
    assert text.clean_anchors == (0,)
    assert [text.to_raw(i) for i in range(8)] == list(range(8))


def test_deletion_and_insertion_compose() -> None:
    raw = "ab--cd"
    first = TrackedText(raw).apply([Edit(2, 4, "")])  # "abcd"
    second = first.apply([Edit(2, 2, "XY")])  # "abXYcd"
    assert second.text == "abXYcd"
    assert raw[second.to_raw(4)] == "c"
    assert raw[second.to_raw(5)] == "d"
    assert second.raw_span(4, 6) == (4, 6)


def test_minimal_edit_keeps_exact_offsets_of_shared_letters() -> None:
    raw = "hỗ trợ đắc lwucj cho"
    rewritten = TrackedText(raw).sub(re.compile("đắc lwucj"), lambda m: "đắc lực").result
    assert rewritten.text == "hỗ trợ đắc lực cho"
    for i, ch in enumerate("hỗ trợ đắc l"):
        assert raw[rewritten.to_raw(i)] == ch
    assert raw[rewritten.to_raw(rewritten.text.index("cho"))] == "c"


@given(WORDS, st.sampled_from(["", "-", "==", "xyz"]))
def test_unchanged_characters_map_to_themselves(raw: str, replacement: str) -> None:
    rewrite = TrackedText(raw).sub(re.compile(r" +"), lambda m: replacement)
    out = rewrite.result
    # Letters are never replaced here, so every letter must point at the same letter.
    for i, ch in enumerate(out.text):
        if ch not in " -=xyz":
            assert raw[out.to_raw(i)] == ch


@given(WORDS)
def test_anchors_are_sorted_and_in_range(raw: str) -> None:
    out = TrackedText(raw).sub(re.compile(r"\n+"), lambda m: "\n").result
    assert list(out.clean_anchors) == sorted(set(out.clean_anchors))
    assert all(0 <= r <= len(raw) for r in out.raw_anchors)
