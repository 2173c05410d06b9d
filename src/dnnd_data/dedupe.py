"""Near-duplicate articles: the same story published twice with small edits.

Takes: articles in a fixed order. Gives: for each later near-copy, the earlier article it
copies and their similarity (Jaccard of word 5-gram shingles). MinHash signatures with
banding find candidate pairs without comparing every pair; each candidate is then checked
exactly, so the threshold is exact.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dnnd_data.models import Article

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16
# Universal hashing (a·x + b) mod P needs a, b and x all below P for the permutations to be
# independent; with P < 2**32 every product still fits in 64 bits.
_PRIME = 4_294_967_291  # the largest prime below 2**32
_rng = np.random.default_rng(20261122)
_A = _rng.integers(1, _PRIME, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMUTATIONS, dtype=np.uint64)


@dataclass(frozen=True)
class NearDuplicate:
    """A later article that nearly repeats an earlier one."""

    copy: Article
    original: Article
    similarity: float


def shingles(text: str) -> set[int]:
    """crc32 of every run of 5 consecutive words (case-folded)."""
    words = text.casefold().split()
    if len(words) < SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())}
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(items: set[int]) -> np.ndarray:
    """MinHash signature (one minimum per hash permutation)."""
    values = np.fromiter(items, dtype=np.uint64, count=len(items)) % np.uint64(_PRIME)
    hashed = (_A[:, None] * values[None, :] + _B[:, None]) % np.uint64(_PRIME)
    minimums: np.ndarray = hashed.min(axis=1)
    return minimums


def find_near_duplicates(articles: Sequence[Article], threshold: float) -> list[NearDuplicate]:
    """Later articles whose shingle Jaccard with an earlier kept one is ≥ ``threshold``."""
    rows = PERMUTATIONS // BANDS
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    kept: list[tuple[Article, set[int]]] = []
    found = []
    for article in articles:
        items = shingles(article.text)
        sig = signature(items)
        bands = [(b, sig[b * rows : (b + 1) * rows].tobytes()) for b in range(BANDS)]
        candidates = sorted({i for band in bands for i in buckets.get(band, [])})
        best = max(
            ((len(items & kept[i][1]) / len(items | kept[i][1]), i) for i in candidates),
            default=(0.0, -1),
        )
        if best[0] >= threshold:
            found.append(NearDuplicate(article, kept[best[1]][0], best[0]))
            continue
        for band in bands:
            buckets[band].append(len(kept))
        kept.append((article, items))
    return found
