"""Names that are ordinary words after some words: صلاة المغرب is the sunset prayer, not Morocco.

Shared by the actor resolver and the place finder, which both read المغرب as the country.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import CONJUNCTIONS
from marsad.model import Token

# name -> the words after which it is an ordinary word (المغرب "sunset": صلاة المغرب، أذان
# المغرب، بعد المغرب، وقت المغرب).
NOT_NAMES_AFTER: dict[str, frozenset[str]] = {
    match_key("المغرب"): frozenset(match_key(w) for w in (
        "صلاة", "صلاتي", "آذان", "أذان", "بعد", "قبيل", "قبل", "وقت", "موعد", "عند", "حتى", "إفطار", "فطور")),
}


def ordinary_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether the one-word name at ``start`` is the ordinary word it also is, by the word before it."""
    words = NOT_NAMES_AFTER.get(tokens[start].norm)
    if words is None or start == 0 or not tokens[start - 1].is_word:
        return False
    previous = tokens[start - 1].norm
    return previous in words or (previous[:1] in CONJUNCTIONS and previous[1:] in words)
