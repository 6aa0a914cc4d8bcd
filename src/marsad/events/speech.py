"""Who says the clause a trigger stands in: قال الوزير إن الميليشيا خرقت الهدنة → the minister.

An accusation is often told as reported speech, not with اتهم: the speaker says that someone did
a wrong (خرق، انتهك، اختلق) or that violations happened. The speaker is then the accuser (coding
guide §1: attributed statements are coded; §2: ACCUSE).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from marsad.events.attach import ActorSource, Arguments, marker_of
from marsad.events.modality import Modality, word_in, written_forms
from marsad.events.triggers import TriggerMatch
from marsad.lang.ar.tokens import LAM
from marsad.model import Mention, Token

# How far before its opener (إن، أن) a speech verb may stand: the subject, a title, a time and a
# place come between (قال رئيس الوزراء حيدر العبادي في مؤتمر صحفي الاثنين إن …).
SPEECH_REACH = 12
_NORM = attrgetter("norm")
# How far after its opener a claimed violation may stand: quotation marks only (إن "انتهاكات …").
CLAIM_REACH = 2
# How far after a wrong named by a noun whom it is ascribed to may stand (أدلة على أن الرئيس …).
NOUN_TARGET_REACH = 3
STATE_SECTOR = "GOV"
# How far before a speech verb its subject may end in subject–verb order (وكانت واشنطن قد قالت).
SUBJECT_GAP = 2


def speaker(match: TriggerMatch, mentions: Sequence[Mention], tokens: Sequence[Token], sentence_start: int,
            modality: Modality, previous_actor: Sequence[Mention]) -> list[Mention]:
    """The speaker of the reported clause ``match`` stands in, or [] when it is in none."""
    verb = _speech_verb(match.start, tokens, sentence_start, modality)
    # a participle (مؤكدين أن …) speaks for the subject of the speech verb before it
    while verb is not None and word_in(tokens[verb], modality.speech_participles):
        verb = _speech_verb(verb, tokens, sentence_start, modality, verbs_only=True)
    if verb is None:
        return []
    return _subject_of(verb, mentions, tokens, sentence_start, modality, previous_actor)


def sentence_speaker(mentions: Sequence[Mention], tokens: Sequence[Token], start: int, end: int,
                     modality: Modality, previous_actor: Sequence[Mention]) -> list[Mention]:
    """The subject of the first speech verb of a sentence that opens a clause, or [].

    Runs on every sentence with no actor of its own: set tests on the words, not a call per word.
    """
    verbs, openers = written_forms(modality.speech_verbs), written_forms(modality.speech_openers)
    norms = list(map(_NORM, tokens[start:end]))
    if verbs.isdisjoint(norms):
        return []
    for i, norm in enumerate(norms):
        if norm in verbs and not openers.isdisjoint(norms[i + 1 : i + SPEECH_REACH + 1]):
            return _subject_of(start + i, mentions, tokens, start, modality, previous_actor)
    return []


def _speech_verb(before: int, tokens: Sequence[Token], sentence_start: int, modality: Modality, *,
                 verbs_only: bool = False) -> int | None:
    """The speech word whose opener is the nearest one before ``before`` that has one.

    Coordinated clauses (مؤكدين أن … وأن X خرق) share the speech word of the first.
    ``verbs_only``: a finite speech verb, found by itself (the main verb before a participle).
    Set tests on the words' norms (``written_forms``: as ``word_in`` reads them), not a call per word.
    """
    norms = list(map(_NORM, tokens[sentence_start:before]))
    verbs = written_forms(modality.speech_verbs)
    if verbs_only:
        return next((sentence_start + i for i in range(len(norms) - 1, -1, -1) if norms[i] in verbs), None)
    speech = _speech_words(modality)
    if speech.isdisjoint(norms):
        return None  # no speech word in the sentence before the trigger: the common case
    openers = written_forms(modality.speech_openers)
    for opener in range(len(norms) - 1, 0, -1):
        if norms[opener] not in openers:
            continue
        for i in range(opener - 1, max(0, opener - SPEECH_REACH) - 1, -1):
            if norms[i] in speech:
                return sentence_start + i
    return None


_SPEECH_WORDS: dict[tuple[frozenset[str], frozenset[str]], frozenset[str]] = {}


def _speech_words(modality: Modality) -> frozenset[str]:
    """The written forms of the speech verbs and participles, built once per modality's lists."""
    key = (modality.speech_verbs, modality.speech_participles)
    words = _SPEECH_WORDS.get(key)
    if words is None:
        words = _SPEECH_WORDS[key] = written_forms(key[0]) | written_forms(key[1])
    return words


def _subject_of(verb: int, mentions: Sequence[Mention], tokens: Sequence[Token], sentence_start: int,
                modality: Modality, previous_actor: Sequence[Mention]) -> list[Mention]:
    """The subject of the speech verb at ``verb``: after it (VSO), right before it, or carried."""
    opener = next((i for i in range(verb + 1, min(len(tokens), verb + SPEECH_REACH + 1))
                   if word_in(tokens[i], modality.speech_openers)), verb + SPEECH_REACH + 1)

    def plain(mention: Mention) -> bool:
        return not mention.pronoun and not mention.adjective and \
            marker_of(mention, tokens, sentence_start, modality) is None

    after = next((m for m in mentions if verb < m.token_start and m.token_end <= opener and plain(m)), None)
    if after is not None:
        return [after]
    before = [m for m in mentions if sentence_start <= m.token_start and m.token_end <= verb and plain(m)]
    if before and verb - before[-1].token_end <= SUBJECT_GAP:
        return [before[-1]]
    # وقالت إن …: a sentence that opens with the verb continues the last one's subject
    if verb - sentence_start <= 1:
        return list(previous_actor)
    return []


def credit_speaker(match: TriggerMatch, arguments: Arguments, said_by: list[Mention], tokens: Sequence[Token],
                   sentence_start: int, modality: Modality) -> bool:
    """Make the speaker the actor of a reported wrong or an allegation noun; False when it cannot.

    A reported act (قال إن الميليشيا خرقت الهدنة) turns its doer into the recipient; a reported
    wrong named by a noun (قال إن جرائم الاحتلال …، إن لديها أدلة على أن X …) accuses whom the noun
    names right after it; an allegation noun with no doer of its own (قال إن انتهاكات وقعت) takes
    the speaker as its doer.
    """
    if not said_by:
        return False
    rule = match.rule
    if rule.reported_act and match.is_verb:
        if not arguments.actor or any(m is said_by[0] for m in arguments.actor):
            return False  # the speaker telling of their own act accuses no one
        arguments.recipient = list(arguments.actor)
    elif rule.reported_act:
        accused = _named_by(match, arguments, tokens, sentence_start, modality)
        if not accused:
            return False
        arguments.recipient = accused
    elif not rule.speaker_actor or _own_doer(arguments) or LAM in match.head_hit.analysis.prefixes:
        return False  # لخرق الحصار: what someone means to do, an aim the speaker ascribes, no violation
    elif not _claimed(match, tokens, sentence_start, modality):
        return False
    arguments.actor = list(said_by)
    arguments.actor_from_context = False
    arguments.actor_source = ActorSource.SPEAKER
    return True


def _named_by(match: TriggerMatch, arguments: Arguments, tokens: Sequence[Token], sentence_start: int,
              modality: Modality) -> list[Mention]:
    """Whom a wrong named by a noun is ascribed to: its genitive or possessive (جرائم الاحتلال،
    جرائمها), the subject of the clause right after it (أدلة على أن X), or its nationality adjective
    (المجزرة الإسرائيلية). Not a noun after a preposition: بحق المدنيين names the victims."""
    named = [m for m in arguments.recipient if match.start <= m.token_start <= match.end + NOUN_TARGET_REACH
             and (m.pronoun or marker_of(m, tokens, sentence_start, modality) is None)]
    if named:
        return named
    qualifier = arguments.qualifier
    if qualifier is None or qualifier.actor is None:
        return []
    # a nationality adjective stands for its state (coder: _as_state)
    return [replace(qualifier, actor=replace(qualifier.actor, sector=qualifier.actor.sector or STATE_SECTOR))]


def _claimed(match: TriggerMatch, tokens: Sequence[Token], sentence_start: int, modality: Modality) -> bool:
    """Whether a violation noun is what the clause claims: its subject (إن انتهاكات خطيرة وقعت) or
    its predicate (إن ما حدث هو انتهاك، يشكل انتهاكا). Inside a phrase (مرتكبي الانتهاكات، حول
    انتهاكات، ردع الانتهاكات) it is a topic of the speech, not the speaker's charge."""
    if match.start > sentence_start and word_in(tokens[match.start - 1], modality.predicate_words):
        return True
    opener = next((i for i in range(match.start - 1, max(sentence_start, match.start - CLAIM_REACH - 1) - 1, -1)
                   if word_in(tokens[i], modality.speech_openers)), None)
    return opener is not None and all(not t.is_word for t in tokens[opener + 1 : match.start])


def _own_doer(arguments: Arguments) -> bool:
    """A doer attached to the noun itself (its genitive, على يد): a noun before it is no doer of it."""
    return bool(arguments.actor) and arguments.actor_source in (ActorSource.GENITIVE, ActorSource.AGENT_MARKER)
