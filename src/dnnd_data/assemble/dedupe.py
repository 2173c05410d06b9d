"""Near-duplicate articles: the same story published twice with small edits.

Takes: articles in a fixed order. Gives: for each later near-copy, the earlier article it
copies and their similarity (Jaccard of word 5-gram shingles). MinHash signatures with
banding find candidate pairs without comparing every pair; a candidate whose signatures
agree well enough is checked exactly, so a reported similarity is exact (a pair ≥ 0.9
whose 64-permutation estimate falls below 0.7 would be missed: about 3 standard errors).
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np

T = TypeVar("T")

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16
# Candidates whose estimated similarity is this far below the threshold are not checked
# exactly: about three standard errors of a 64-permutation estimate.
MARGIN = 0.2
# The permutations are multiply-add-shift hashes of the 32-bit shingle hashes:
# (a·x + b) mod 2**64, top 32 bits, with a odd (strongly universal, Dietzfelbinger 1996).
# numpy wraps uint64 products, so there is no modulo to pay for.
_rng = np.random.default_rng(20261122)
_A = _rng.integers(0, 1 << 63, PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 1 << 63, PERMUTATIONS, dtype=np.uint64) * np.uint64(2)
_HIGH = np.uint64(32)


@dataclass(frozen=True)
class NearDuplicate(Generic[T]):
    """A later article that nearly repeats an earlier one."""

    copy: T
    original: T
    similarity: float


# Each word is hashed once; a shingle's hash combines its words' hashes in numpy (a
# polynomial over 2**64, wrapping), not a string join and a crc32 per shingle.
_MIX = np.array(
    [pow(1_000_003, k, 1 << 64) for k in range(SHINGLE_WORDS - 1, -1, -1)], dtype=np.uint64
)


def shingle_array(text: str) -> np.ndarray:
    """A hash of every run of 5 consecutive words (case-folded), distinct and sorted."""
    words = text.casefold().split()
    # An article repeats its syllables: hash each distinct word once, then index.
    distinct = list(set(words))
    position = dict(zip(distinct, range(len(distinct)), strict=True))
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, distinct)), np.uint64, len(distinct))
    hashes = word_hashes[np.fromiter(map(position.__getitem__, words), np.intp, len(words))]
    count = len(words) - SHINGLE_WORDS + 1
    if count < 1:
        return np.array([(hashes * _MIX[: len(words)]).sum()], dtype=np.uint64)
    # The polynomial of each window, as a sum of shifted slices (no strided view).
    combined: np.ndarray = hashes[:count] * _MIX[0]
    for k in range(1, SHINGLE_WORDS):
        combined += hashes[k : k + count] * _MIX[k]
    combined >>= _HIGH
    # Sorted, then each value kept once (np.unique hashes first: slower on these sizes).
    combined.sort()
    keep = np.empty(count, dtype=bool)
    keep[0] = True
    np.not_equal(combined[1:], combined[:-1], out=keep[1:])
    return combined[keep]


def shingles(text: str) -> set[int]:
    """The shingle hashes as a set (for the exact similarity of a candidate pair)."""
    return set(shingle_array(text).tolist())


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """MinHash signature of :func:`shingle_array`'s hashes (one minimum per permutation)."""
    hashed = np.multiply.outer(_A, shingle_hashes)
    hashed += _B[:, None]
    hashed >>= _HIGH
    minimums: np.ndarray = hashed.min(axis=1)
    return minimums


def text_signature(text: str) -> bytes:
    """The MinHash signature of a text's shingles, as bytes (computed per article in the
    worker processes and cached with the article; numpy all the way, no Python set)."""
    return signature(shingle_array(text)).tobytes()


def _text(article: Any) -> str:
    text: str = article.text
    return text


def find_near_duplicates(
    articles: Sequence[T],
    threshold: float,
    signatures: Sequence[bytes] | None = None,
    text_of: Callable[[T], str] = _text,
) -> list[NearDuplicate[T]]:
    """Later articles whose shingle Jaccard with an earlier kept one is ≥ ``threshold``.

    Candidates share a band of their signatures; a candidate whose signature agreement
    (an estimate of the Jaccard, standard error ≤ 0.07 at 64 permutations) is below
    ``threshold - ESTIMATE_MARGIN`` is dropped unchecked; the rest are checked exactly.
    Texts that share many sentences (reports of one conference) collide in many bands,
    and checking them all exactly made this step quadratic. ``text_of`` gives an item's
    text, read only for those exact checks (items may be small index entries).
    """
    rows = PERMUTATIONS // BANDS
    buckets: dict[bytes, list[int]] = defaultdict(list)
    kept: list[T] = []
    # Row k: the signature of kept[k] (candidates are gathered by index, not stacked).
    kept_signatures = np.empty((len(articles), PERMUTATIONS), dtype=np.uint64)
    found: list[NearDuplicate[T]] = []
    for index, article in enumerate(articles):
        raw = (signatures[index] if signatures else b"") or text_signature(text_of(article))
        sig = np.frombuffer(raw, dtype=np.uint64)
        bands = [bytes([b]) + sig[b * rows : (b + 1) * rows].tobytes() for b in range(BANDS)]
        shared = [i for band in bands for i in buckets.get(band, ())]
        match = _best_match(
            article,
            sig,
            np.unique(np.array(shared, dtype=np.intp)),
            kept=kept,
            kept_signatures=kept_signatures,
            threshold=threshold,
            text_of=text_of,
        )
        if match is not None:
            found.append(NearDuplicate(article, kept[match[1]], match[0]))
            continue
        for band in bands:
            buckets[band].append(len(kept))
        kept_signatures[len(kept)] = sig
        kept.append(article)
    return found


def _best_match(
    article: T,
    sig: np.ndarray,
    candidates: np.ndarray,
    *,
    kept: list[T],
    kept_signatures: np.ndarray,
    threshold: float,
    text_of: Callable[[T], str],
) -> tuple[float, int] | None:
    """The kept article most like ``article`` among the candidates (indexes into
    ``kept``, ascending), with its exact similarity, if that reaches ``threshold``."""
    if not len(candidates):
        return None
    estimates = (kept_signatures[candidates] == sig).mean(axis=1)
    likely: list[int] = candidates[estimates >= threshold - MARGIN].tolist()
    if not likely:
        return None
    items = shingles(text_of(article))
    best = max((jaccard(items, shingles(text_of(kept[i]))), i) for i in likely)
    return best if best[0] >= threshold else None


def jaccard(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / |a ∪ b|."""
    return len(a & b) / len(a | b) if a or b else 1.0
