"""Exact and near-duplicate detection over a stream of documents."""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

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


class Deduplicator:
    """Remembers the documents it has seen and names the earlier copy of a repeat."""

    def __init__(self, *, threshold: float = 0.8, num_perm: int = NUM_PERM, seed: int = MINHASH_SEED) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self._num_perm = num_perm
        self._seed = seed
        self._exact: dict[str, str] = {}
        try:
            self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        except ValueError as exc:  # datasketch cannot band a threshold this close to 1
            raise ValueError(
                f"threshold {threshold} is too high for {num_perm} permutations ({exc}); use 0.98 or less"
            ) from None
        self._signatures: list[tuple[str, MinHash]] = []  # position in the list is the LSH key
        # Drawing the permutations costs more than hashing an article: draw them once and share them.
        # Shingles are hashed here (as datasketch's default sha1_hash32 does) and handed over as
        # numbers, which ``int`` passes through: a Python call per shingle fewer.
        self._empty = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)

    def _minhash(self, tokens: list[str]) -> MinHash:
        minhash = self._empty.copy()
        shingles = {
            " ".join(tokens[i : i + SHINGLE_WORDS]).encode("utf-8", "surrogatepass")
            for i in range(len(tokens) - SHINGLE_WORDS + 1)
        }
        sha1, number = hashlib.sha1, int.from_bytes
        # datasketch's default sha1_hash32, inlined: the first four bytes of the digest, little-endian.
        # The signature is a minimum per permutation, so the order of the shingles does not matter.
        minhash.update_batch([number(sha1(shingle).digest()[:4], "little") for shingle in shingles])
        return minhash

    def check(self, doc_id: str, text: str) -> tuple[str, str] | None:
        """``(kind, earlier_id)`` if ``text`` repeats an earlier document, else register it and None."""
        matched = _match_text(text)
        digest = hashlib.sha256(matched.encode("utf-8", "surrogatepass")).hexdigest()
        earlier = self._exact.get(digest)
        if earlier is not None:
            return EXACT, earlier
        tokens = _match_words(matched)
        minhash = self._minhash(tokens) if len(tokens) >= MIN_NEAR_WORDS else None
        if minhash is not None:
            candidates = sorted(int(key) for key in self._lsh.query(minhash))
            for key in candidates:
                earlier_id, signature = self._signatures[key]
                if minhash.jaccard(signature) >= self.threshold:
                    return NEAR, earlier_id
        self._exact[digest] = doc_id
        if minhash is not None:
            key = len(self._signatures)
            self._signatures.append((doc_id, minhash))
            self._lsh.insert(key, minhash)
        return None

    def __len__(self) -> int:
        return len(self._exact)
