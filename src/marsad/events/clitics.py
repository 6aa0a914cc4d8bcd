"""Pronouns attached to a trigger word: a verb's object (رموه، استهدفهم), a verbal noun's possessor (تلويحه).

The actor stage resolves pronouns on prepositions (عليهم، لها); a pronoun on the trigger itself is
an argument only the trigger can place: on a verb it is the object, the recipient; on a verbal
noun it is the genitive, the doer or the one acted on as the rule says. It stands for the nearest
actor before it in the sentence that agrees with it and is not the verb's own subject, or else
for the first agreeing actor of the sentence before (coding guide §2: resolve a pronoun when
the sentence or the one before makes it clear).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.actors.pronouns import SUFFIXES, agreement
from marsad.events.attach import ActorSource, Arguments, marker_of
from marsad.events.lexicon import Genitive
from marsad.events.modality import Modality
from marsad.events.triggers import TriggerMatch
from marsad.model import Mention, MentionKind, Span, Token

# How far before the trigger its antecedent may be named in the same sentence: an object
# pronoun refers back over a clause or two (طردوا السفير … ورموه), rarely more.
ANTECEDENT_REACH = 15
# Verbal nouns whose possessor is reported as taking a stance (ترحيبها، تلويحه، اتهامه). On an act
# (هجماته، احتجاجهم) the possessive more often names a topic than an occasion (GSR development set),
# except on the plural attack nouns the ASSAULT cues list (وسقط في غاراتها): see fill_from_clitic.
STANCE_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "REJECT", "AGREE"})


def _pronoun_span(token: Token, suffix: str) -> Span:
    return Span(token.span.end - len(suffix), token.span.end)


def _antecedent(head: int, suffix: str, here: Sequence[Mention], previous: Sequence[Mention],
                tokens: Sequence[Token], exclude: Sequence[Mention],
                unmarked: Callable[[Mention], bool]) -> Mention | None:
    agrees = SUFFIXES[suffix]
    usable = [m for m in here if m.actor is not None and not m.adjective and m not in exclude
              and m.token_end <= head and head - m.token_end <= ANTECEDENT_REACH
              and agreement(m, tokens, {}) & agrees]
    # a subject or object (طردوا السفير … ورموه) before a noun after a preposition (من المسجد)
    found = next((m for m in reversed(usable) if unmarked(m)), None) or (usable[-1] if usable else None)
    if found is not None:
        return found
    if any(m.token_end <= head and m not in exclude for m in here):
        return None  # an actor of its own sentence that does not agree: the pronoun is something else
    return next((m for m in previous if m.actor is not None and not m.adjective
                 and agreement(m, tokens, {}) & agrees), None)


def clitic_mention(match: TriggerMatch, tokens: Sequence[Token], here: Sequence[Mention],
                   previous: Sequence[Mention], *, exclude: Sequence[Mention] = (),
                   unmarked: Callable[[Mention], bool] = lambda m: True) -> Mention | None:
    """The actor the pronoun on the trigger's head word stands for, as a pronoun mention, if any."""
    suffix = match.head_hit.analysis.suffix
    if suffix not in SUFFIXES:
        return None
    head = match.head
    antecedent = _antecedent(head, suffix, here, previous, tokens, exclude, unmarked)
    if antecedent is None:
        return None
    return Mention(_pronoun_span(tokens[head], suffix), MentionKind.ACTOR, antecedent.entry_id, head, head + 1,
                   (), actor=antecedent.actor, pronoun=True,
                   antecedent=antecedent.antecedent or antecedent.span)


def fill_from_clitic(match: TriggerMatch, arguments: Arguments, tokens: Sequence[Token],
                     here: Sequence[Mention], previous: Sequence[Mention], *, sentence_start: int,
                     modality: Modality, doer_forms: frozenset[str] = frozenset()) -> None:
    """Put the pronoun on the trigger word into the slot it fills, when that slot is still empty.

    ``doer_forms``: the (folded) noun forms of an act whose possessor is its doer (غاراتها، هجماتهم).
    """

    def unmarked(mention: Mention) -> bool:
        return marker_of(mention, tokens, sentence_start, modality) is None

    if match.is_verb:
        if arguments.recipient:
            return
        mention = clitic_mention(match, tokens, here, previous, exclude=arguments.actor, unmarked=unmarked)
        if mention is not None:
            arguments.recipient = [mention]
        return
    if match.rule.event not in STANCE_TYPES:
        if (match.rule.genitive == Genitive.ACTOR and not arguments.actor
                and match.head_hit.analysis.stem in doer_forms):
            # a series of attacks someone carries out (وقتل في غاراتها): the owner is the attacker
            mention = clitic_mention(match, tokens, here, previous, exclude=arguments.recipient)
            if mention is not None:
                arguments.actor, arguments.actor_from_context = [mention], False
                arguments.actor_source = ActorSource.GENITIVE
        return
    if match.rule.genitive == Genitive.ACTOR:
        # the possessor is the doer (تلويحه بكشف …): it outranks a subject guessed before the noun
        if arguments.actor and arguments.actor_source == ActorSource.AGENT_MARKER:
            return
        # a possessor may stand after a preposition (على الرئيس ترامب وتلويحه): the nearest one
        mention = clitic_mention(match, tokens, here, previous, exclude=arguments.recipient)
        if mention is not None:
            arguments.actor, arguments.actor_from_context = [mention], False
            arguments.actor_source = ActorSource.GENITIVE
    elif not arguments.recipient:
        mention = clitic_mention(match, tokens, here, previous, exclude=arguments.actor, unmarked=unmarked)
        if mention is not None:
            arguments.recipient = [mention]
