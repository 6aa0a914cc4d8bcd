"""Whether a trigger reports something that happened: negation, conditionals, modals, future, questions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from operator import attrgetter

from marsad.datafiles import load_data
from marsad.lang.ar.normalize import match_key, match_keys
from marsad.lang.ar.tokens import CONJUNCTIONS
from marsad.model import Token

MODALITY_SCHEMA = "marsad.events.modality/1"
QUESTION_MARKS = ("?", "\u061f")
# How far back a conditional, modal or future marker still governs a trigger (tokens).
# Calibrated on our golden sentences: Arabic puts these right before the verb or at
# most a subject noun phrase away (إذا قامت القوات التركية بـ…).
GOVERNING_WINDOW = 6


class Status(str, Enum):
    """How the text presents a candidate event."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"  # conditional, modal, question: not coded
    FUTURE = "future"  # planned, promised: AGREE/CONCEDE per the coding guide


@dataclass(frozen=True, slots=True)
class Modality:
    """The modality word lists, as match keys."""

    negators: frozenset[str]
    noun_negators: frozenset[str]
    auxiliaries: frozenset[str]
    denials: frozenset[str]
    conditionals: frozenset[str]
    modals: frozenset[str]
    future: frozenset[str]
    habitual: frozenset[str]
    recipient_prepositions: frozenset[str]
    source_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    agent_markers: frozenset[tuple[str, ...]]
    instrument_agent_markers: frozenset[str]
    complementizers: frozenset[str]
    auxiliaries_before_verb: frozenset[str]
    casualty_words: frozenset[str]
    device_words: frozenset[str]
    numerals: frozenset[str]
    light_verbs: frozenset[str]
    undertaking_verbs: frozenset[str]
    undertaking_links: frozenset[str]
    other_prepositions: frozenset[str]
    purpose_markers: frozenset[str]
    partitives: frozenset[str]
    protest_purposes: frozenset[str]
    version: str
    # nouns whose genitive names an office or a forum (لشؤون نزع السلاح، مؤتمر نزع السلاح)
    office_heads: frozenset[str] = frozenset()
    # objects of a refusal that refuses only to speak (رفضت التعليق)
    silent_objects: frozenset[str] = frozenset()
    # objects that make an acceptance an idiom (لا يقبل الشك)
    idiom_objects: frozenset[str] = frozenset()
    # objects of a visit that make it private (يزور عائلته)
    private_objects: frozenset[str] = frozenset()
    # words dating an act by another (بعد الضربات): what follows is the occasion, not the content
    occasions: frozenset[str] = frozenset()
    # verbs of the impersonal passive (تم شن غارة، جرى اعتقال): the act after them has no subject
    impersonal_passives: frozenset[str] = frozenset()
    # verbs and participles that report speech, and the words opening what is said (قال إن …)
    speech_verbs: frozenset[str] = frozenset()
    speech_participles: frozenset[str] = frozenset()
    speech_openers: frozenset[str] = frozenset()
    # التابع لـ: the owner after it stands for what it owns (حساب تويتر التابع للوزارة)
    belonging_words: frozenset[str] = frozenset()
    # words before a predicate noun (هو انتهاك، يشكل انتهاكا): the noun is what the clause claims
    predicate_words: frozenset[str] = frozenset()
    # أعلن … مسؤوليته عن: who claims an act did it
    claim_verbs: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    claim_links: frozenset[str] = frozenset()
    # أكد على دعم بلاده: the verbs whose statement a stance noun reports (rules with needs_statement)
    statement_verbs: frozenset[str] = frozenset()
    statement_breaks: frozenset[str] = frozenset()
    # دعت الحكومة إلى: the link a call verb's content follows
    call_links: frozenset[str] = frozenset()
    # country codes of states named by masculine nouns (العراق، لبنان): they agree with a masculine verb
    masculine_states: frozenset[str] = frozenset()
    # قد، ثم، كما: after these a verb form opens a clause (a verb, not the verbal noun written alike)
    clause_particles: frozenset[str] = frozenset()
    # الاحتلال، الكيان: masculine nouns that name a state
    masculine_heads: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> Modality:
        """The shipped modality lists."""
        return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> Modality:
    data = load_data("events/modality.yaml", MODALITY_SCHEMA)
    lists = ("negators", "noun_negators", "auxiliaries", "denials", "conditionals", "modals", "future", "habitual",
             "recipient_prepositions", "source_prepositions", "locative_prepositions", "complementizers",
             "instrument_agent_markers", "auxiliaries_before_verb", "casualty_words",
             "device_words", "numerals", "partitives", "light_verbs", "undertaking_verbs", "undertaking_links",
             "other_prepositions", "purpose_markers", "protest_purposes", "office_heads", "silent_objects",
             "idiom_objects", "private_objects", "occasions", "impersonal_passives", "speech_verbs",
             "speech_participles", "speech_openers", "belonging_words", "predicate_words",
             "claim_verbs", "claim_nouns", "claim_links", "statement_verbs", "statement_breaks",
             "call_links", "clause_particles", "masculine_heads")
    single = {k: match_keys(data[k]) for k in lists}
    single["masculine_states"] = frozenset(data["masculine_states"])  # codes, not words
    markers = frozenset(tuple(match_key(w) for w in m.split()) for m in data["agent_markers"])
    return Modality(**single, agent_markers=markers, version=f"{data['name']}@{data['version']}")


def bare(token: Token) -> str:
    """A token's match key without a leading conjunction (ولم → لم)."""
    norm = token.norm
    if len(norm) > 2 and norm[0] in CONJUNCTIONS:
        return norm[1:]
    return norm


def word_in(token: Token, words: frozenset[str]) -> bool:
    """Whether a token is one of ``words``, as written or without a leading conjunction.

    Both are tried because a first و may be a letter of the word (وسط) or a conjunction (ولم).
    """
    # bare() inlined: this runs for every word before every trigger
    norm = token.norm
    return norm in words or (len(norm) > 2 and norm[0] in CONJUNCTIONS and norm[1:] in words)


_FORMS: dict[frozenset[str], frozenset[str]] = {}
_NORM = attrgetter("norm")


def written_forms(words: frozenset[str]) -> frozenset[str]:
    """The norms ``word_in`` accepts for ``words``: each word, and each after a conjunction."""
    forms = _FORMS.get(words)
    if forms is None:
        forms = _FORMS[words] = words | {c + w for c in CONJUNCTIONS for w in words if len(c + w) > 2}
    return forms


def any_word_in(tokens: Sequence[Token], words: frozenset[str]) -> bool:
    """Whether any of ``tokens`` is one of ``words`` as ``word_in`` reads it.

    One set test over the tokens' norms, not a ``word_in`` call per token: the coder asks this
    about the words around every trigger.
    """
    return not written_forms(words).isdisjoint(map(_NORM, tokens))


def status_of(tokens: Sequence[Token], head: int, sentence_start: int, sentence_end: int, *,
              is_verb: bool, future_prefix: bool, modality: Modality, is_present: bool = True,
              purpose_prefix: bool = False) -> Status:
    """Classify the trigger at ``tokens[head]`` within its sentence."""
    last = tokens[sentence_end - 1] if sentence_end > sentence_start else None
    if last is not None and last.norm in QUESTION_MARKS:
        return Status.HYPOTHETICAL
    window = tokens[max(sentence_start, head - GOVERNING_WINDOW) : head]
    # لطالما كررت أنها لن تسمح …: what an actor has always done or said is no occasion (guide §1)
    if any_word_in(window, modality.habitual):
        return Status.HYPOTHETICAL
    words_before = [i for i in range(max(sentence_start, head - 3), head) if tokens[i].is_word]
    if words_before:
        previous = tokens[words_before[-1]]
        if word_in(previous, modality.negators) or (not is_verb and word_in(previous, modality.noun_negators)):
            return Status.NEGATED
        negated_auxiliary = (len(words_before) >= 2 and word_in(previous, modality.auxiliaries)
                             and word_in(tokens[words_before[-2]], modality.negators))
        if negated_auxiliary:
            return Status.NEGATED
    # a denial anywhere before the trigger
    if any_word_in(tokens[sentence_start:head], modality.denials):
        return Status.NEGATED
    if any_word_in(window, modality.conditionals):
        return Status.HYPOTHETICAL
    # قد hedges a present verb (قد يهاجم "may attack") but asserts a past one (قد استدعت)
    if is_present and any_word_in(tokens[max(sentence_start, head - 3) : head], modality.modals):
        return Status.HYPOTHETICAL
    if purpose_prefix:
        return Status.HYPOTHETICAL  # لِيقصف، لتوجيه ضربة: what someone means to do
    if any_word_in(tokens[max(sentence_start, head - 2) : head], modality.purpose_markers):
        return Status.HYPOTHETICAL  # من أجل إطلاق سراحهم، بهدف السيطرة: an aim, not an act
    if future_prefix or any_word_in(window, modality.future):
        return Status.FUTURE
    return Status.ASSERTED
