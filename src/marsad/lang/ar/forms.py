"""What a stage knows of each word form, looked up for a run of tokens at once.

News repeats its words: every stage remembers what it works out from a word form (its
readings as a place, a trigger, a pronoun …) in a dict keyed by the form. A sentence's
forms are looked up through map(), with no Python step per token; only the forms not
seen before are visited, one by one. (A comprehension over every token whenever one form
was new cost as much as the lookups saved: most sentences of a corpus hold a new form.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Final, TypeVar, cast

from marsad.model import Token

V = TypeVar("V")
_NORM: Final = attrgetter("norm")
_MISSING: Final = object()  # not None: None is what many caches hold for "no reading"


def norms_of(tokens: Sequence[Token]) -> list[str]:
    """The match keys of ``tokens``."""
    return list(map(_NORM, tokens))


def lookup_forms(cache: dict[str, V], tokens: Sequence[Token], derive: Callable[[str], V]) -> list[V]:
    """``cache[token.norm]`` for each of ``tokens``; forms missing from ``cache`` are given ``derive(form)``.

    ``derive`` is expected to remember what it returns in ``cache`` (and to bound its size).
    """
    found: list[object] = list(map(cache.get, map(_NORM, tokens), repeat(_MISSING)))
    for i in compress(range(len(found)), map(is_, found, repeat(_MISSING))):
        found[i] = derive(tokens[i].norm)
    return cast(list[V], found)
