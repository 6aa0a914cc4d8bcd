"""Exact and near-duplicate detection over a stream of documents.

A near duplicate is a document whose set of word 3-shingles has a Jaccard similarity of at least
the threshold with an earlier document's. MinHash and banded LSH only propose candidates, with
bands chosen so that a pair at the threshold is proposed with probability 0.9999 or more; each
candidate is then verified with the exact Jaccard of the two shingle sets (as 32-bit hashes: two
distinct shingles of a pair of articles share a hash with odds of about one in ten million). The
verdict therefore does not depend on how the permutations happened to fall.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from itertools import repeat
from typing import Final

import numpy as np
import numpy.typing as npt

from marsad.lang.ar import chars
from marsad.lang.ar.normalize import fold, normalize

EXACT = "exact"
NEAR = "near"
NUM_PERM = 128
# Fixed so that the same corpus gives the same duplicates on every run and machine.
MINHASH_SEED = 1
SHINGLE_WORDS = 3
# Below this many words shingles say little; such texts are compared exactly only.
MIN_NEAR_WORDS = 5
# Above this the near duplicates are the exact ones with a typo; and the bands would need more
# permutations to keep their recall.
MAX_THRESHOLD = 0.98
# The least probability that LSH proposes a pair whose Jaccard is exactly the threshold.
BAND_RECALL = 0.9999

_Hashes = npt.NDArray[np.uint32]
# Odd 64-bit multipliers that combine the three word hashes of a shingle (and the rows of a band).
_MIX: Final = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_FMIX_1: Final = np.uint64(0xFF51AFD7ED558CCD)
_FMIX_2: Final = np.uint64(0xC4CEB9FE1A85EC53)
_S33: Final = np.uint64(33)
_S32: Final = np.uint64(32)

# Runs of Arabic letters, or of other letters and digits: Arabic punctuation (، ؛ ؟ « »)
# and Latin punctuation both end a word.
_WORD = re.compile(rf"[{chars.ARABIC_LETTERS}]+|[^\W_]+")


def _match_text(text: str) -> str:
    """The text with whitespace collapsed, under the matching key of ``match_key``."""
    # fold(normalize()) is match_key without its cache, which is meant for words, not documents.
    return fold(normalize(" ".join(text.split())))


def words(text: str) -> list[str]:
    """The words of ``text`` after normalization, lowercased, punctuation dropped."""
    return _match_words(_match_text(text))


def _match_words(matched: str) -> list[str]:
    return _WORD.findall(matched.lower())


def _fmix64(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """MurmurHash3's finalizer, element-wise: every input bit reaches every output bit."""
    values = values ^ (values >> _S33)
    values = values * _FMIX_1
    values = values ^ (values >> _S33)
    values = values * _FMIX_2
    mixed: npt.NDArray[np.uint64] = values ^ (values >> _S33)
    return mixed


def shingle_hashes(tokens: list[str]) -> _Hashes:
    """The sorted distinct 32-bit hashes of the word ``SHINGLE_WORDS``-shingles of ``tokens``.

    Each word is hashed once (CRC-32 of its UTF-8) and the shingles' hashes are combined from
    their words' in numpy: no Python step per shingle.
    """
    if len(tokens) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint32)
    encoded = map(str.encode, tokens, repeat("utf-8"), repeat("surrogatepass"))
    word = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint64, count=len(tokens))
    span = len(tokens) - SHINGLE_WORDS + 1
    # Array arithmetic on unsigned integers wraps around 2**64 silently, as these hashes mean it to.
    combined = word[:span] * _MIX[0]
    for offset in range(1, SHINGLE_WORDS):
        combined = combined + word[offset : offset + span] * _MIX[offset]
    mixed = _fmix64(combined)
    return np.unique((mixed >> _S32).astype(np.uint32))


def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """``(bands, rows)``: the most rows per band (fewest chance candidates) that keep ``BAND_RECALL``.

    A pair of Jaccard ``j`` shares a band with probability ``1 - (1 - j**rows)**bands``.
    """
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= BAND_RECALL:
            best = (bands, rows)
    return best


def jaccard(first: _Hashes, second: _Hashes) -> float:
    """The Jaccard similarity of two sorted sets of distinct hashes."""
    if first.size == 0 and second.size == 0:
        return 1.0
    shared = np.intersect1d(first, second, assume_unique=True).size
    return shared / (first.size + second.size - shared)


class Deduplicator:
    """Remembers the documents it has seen and names the earlier copy of a repeat."""

    def __init__(self, *, threshold: float = 0.8, num_perm: int = NUM_PERM, seed: int = MINHASH_SEED) -> None:
        if not 0.0 < threshold <= MAX_THRESHOLD:
            raise ValueError(f"threshold must be in (0, {MAX_THRESHOLD}], got {threshold}")
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._bands, self._rows = _bands(threshold, num_perm)
        # Multiply-add-shift hashing, ((a * x + b) mod 2**64) >> 32 with random 64-bit a and b: a
        # universal family from 32-bit to 32-bit values, one per row of the signature.
        rng = np.random.default_rng(seed)
        used = self._bands * self._rows
        self._a = rng.integers(0, 1 << 64, size=used, dtype=np.uint64, endpoint=False)
        self._b = rng.integers(0, 1 << 64, size=used, dtype=np.uint64, endpoint=False)
        # Each band's rows are folded into one number: a bucket key (a clash only adds a candidate,
        # which the exact check turns down).
        self._fold = (np.arange(self._rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)) * _MIX[1]
        self._band_index = np.arange(self._bands, dtype=np.uint64)
        self._buckets: dict[int, int | list[int]] = {}  # band key → position(s) in self._registered
        self._registered: list[tuple[str, _Hashes]] = []

    def _band_keys(self, shingles: _Hashes) -> list[int]:
        """One key per band: the band's index and its rows of the MinHash signature of ``shingles``."""
        values = shingles.astype(np.uint64)
        signature = ((np.multiply.outer(values, self._a) + self._b) >> _S32).min(axis=0)  # wraps, as meant
        rows = signature.reshape(self._bands, self._rows) * self._fold
        keys = _fmix64(rows.sum(axis=1, dtype=np.uint64) + self._band_index)
        band_keys: list[int] = keys.tolist()
        return band_keys

    def check(self, doc_id: str, text: str) -> tuple[str, str] | None:
        """``(kind, earlier_id)`` if ``text`` repeats an earlier document, else register it and None."""
        matched = _match_text(text)
        digest = hashlib.sha256(matched.encode("utf-8", "surrogatepass")).hexdigest()
        earlier = self._exact.get(digest)
        if earlier is not None:
            return EXACT, earlier
        tokens = _match_words(matched)
        shingles = shingle_hashes(tokens) if len(tokens) >= MIN_NEAR_WORDS else None
        keys: list[int] = []
        if shingles is not None and shingles.size:
            keys = self._band_keys(shingles)
            for position in self._candidates(keys):
                earlier_id, earlier_shingles = self._registered[position]
                if jaccard(shingles, earlier_shingles) >= self.threshold:
                    return NEAR, earlier_id
        self._exact[digest] = doc_id
        if shingles is not None and keys:
            self._register(doc_id, shingles, keys)
        return None

    def _candidates(self, keys: list[int]) -> list[int]:
        """The registered documents sharing a band with ``keys``, earliest first."""
        found: set[int] = set()
        buckets = self._buckets
        for key in keys:
            held = buckets.get(key)
            if held is None:
                continue
            if isinstance(held, int):
                found.add(held)
            else:
                found.update(held)
        return sorted(found)

    def _register(self, doc_id: str, shingles: _Hashes, keys: list[int]) -> None:
        position = len(self._registered)
        self._registered.append((doc_id, shingles))
        buckets = self._buckets
        for key in keys:
            held = buckets.setdefault(key, position)
            if held == position:
                continue
            # most buckets hold one document: a list only for the others
            if isinstance(held, int):
                buckets[key] = [held, position]
            else:
                held.append(position)

    def __len__(self) -> int:
        return len(self._exact)
