"""Code PLOVER events in a document whose sentences, tokens and actor mentions are known."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from marsad.datafiles import plover
from marsad.events import assault, protest, speech
from marsad.events.attach import ActorSource, Arguments, MarkerMemo, attach, marker_of
from marsad.events.clitics import fill_from_clitic
from marsad.events.lexicon import TriggerLexicon
from marsad.events.modality import Modality, Status, any_word_in, bare, status_of, word_in
from marsad.events.triggers import TriggerMatch, find_triggers
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import BEH, FEH, IN, LAM, WAW, analyses
from marsad.model import Actor, Document, Event, Mention, MentionKind, Provenance, Span, Token
from marsad.version import __version__

# Triggers whose complement is what is asked for, threatened, refused, promised or alleged:
# the complement (طالب بالإفراج، هدد بقصف، اتهم بقصف) is their mode, not an event of its own.
CONTENT_TAKING = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "ACCUSE"})
CONTENT_REACH = 6
# VSO puts subject and adjuncts between a verb and its object noun: allow that much.
OBJECT_CONTENT_REACH = 10
# Future acts become promises (coding guide §2): a planned meeting is AGREE, a planned
# withdrawal is CONCEDE; a future attack is not coded unless it is a threat.
FUTURE_AS = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "AGREE": "AGREE",
             "RETREAT": "CONCEDE", "CONCEDE": "CONCEDE", "THREATEN": "THREATEN", "REQUEST": "REQUEST",
             "REJECT": "REJECT", "ACCUSE": "ACCUSE", "SANCTION": "THREATEN"}
# The mode a content-taking trigger takes from what it governs.
CONTENT_MODES = {
    ("REQUEST", "RETREAT"): "yield", ("REQUEST", "CONCEDE"): "change", ("REQUEST", "CONSULT"): "meet",
    ("REQUEST", "AID"): "assist", ("REQUEST", "COOPERATE"): "assist", ("REQUEST", "AGREE"): "meet",
    ("REJECT", "RETREAT"): "yield", ("REJECT", "CONSULT"): "meet", ("REJECT", "AID"): "assist",
    ("REJECT", "CONCEDE"): "change",
    ("THREATEN", "ASSAULT"): "violence", ("THREATEN", "COERCE"): "restrict", ("THREATEN", "SANCTION"): "relations",
    ("ACCUSE", "ASSAULT"): "allege", ("ACCUSE", "COERCE"): "allege",
}
# Verbal acts: a speaker's subject carries to them (coder: _continued_subject).
STATEMENT_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE"})
# Future acts that, announced by the doer's own side, are threats (coder: _announced_threats).
ANNOUNCED_AS_THREAT = frozenset({"ASSAULT", "COERCE"})
# Governing types whose recipient is the target of their content.
LENDS_RECIPIENT = frozenset({"THREATEN"})
# Meetings between equals list every party as actor (coding guide §2, CONSULT).
SYMMETRIC_MODES = frozenset({None, "multilateral", "third-party", "phone"})
IMPLICIT_PROTESTERS = "marsad:implicit-protesters"
IMPLICIT_ATTACKER = "marsad:implicit-attacker"
FUTURE_NEGATOR = "\u0644\u0646"  # لن
# Types whose negation is a refusal: not agreeing, not conceding.
REFUSABLE = frozenset({"AGREE", "CONCEDE"})
IMPLIED_ATTACKER_MODES = frozenset({"explosives", "suicide-attack"})
# How many tokens from a bombing word its casualties must be to imply an attacker.
CASUALTY_REACH = 12
# Verbal types whose noun, aimed at a recipient, reports the statement (اتهامات للجيش), and
# cooperation with a named partner (بالتنسيق مع قوات التحالف).
AIMED_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "REJECT", "COOPERATE"})
# a speaker's claim names its own accuser (قال الوزير إن انتهاكات وقعت)
ANCHORING_SOURCES = frozenset({ActorSource.GENITIVE, ActorSource.AGENT_MARKER, ActorSource.ADJECTIVE,
                               ActorSource.SPEAKER})
# PLOVER types that only make sense with a recipient (codes.json, requires_recipient).
# Types whose records with no recipient are repeats of one with a recipient by the same doer.
REPEATED_WITHOUT_TARGET = frozenset({"ASSAULT"})
NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
BASE_CONFIDENCE = 0.45
# How far before a responsibility noun its claim verb may stand: the claimant's name comes between
# (أعلن تنظيم «القاعدة في بلاد المغرب الإسلامي» مسؤوليته: ten words with the quotation marks).
CLAIM_REACH = 10
# How far before a stance noun its statement verb may stand: the speaker's name and titles, a day
# and commas come between (أكد وزير خارجية البحرين الشيخ خالد بن أحمد آل خليفة، الجمعة، على دعم).
STATEMENT_REACH = 14
# How far after a trigger a word may give it another sense: its subject and a preposition come between
# (تهديد الحوثيين للملاحة، أفرج والد الفتاة عن مقتطفات).
SENSE_REACH = 4
# Entries whose multiword names may contain a trigger word (organizations, people).
NAME_ENTRIES = ("org:", "person:", "local:")
# How far after a protest trigger its purpose phrase (احتجاجا على، للتنديد بـ، ضد) may start: the
# protesters, a time and a place come between (تظاهر مئات الطلاب أمس في وسط المدينة احتجاجا على …).
PROTEST_PURPOSE_REACH = 12
# How far into the purpose phrase its target may be named: a verbal noun and a title come first
# (للتنديد بإعدام الرئيس العراقي السابق صدام حسين).
PURPOSE_TARGET_REACH = 5
# Statements whose target may be named only by the adjective of their object (coder: _adjective_targets).
ADJECTIVE_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
CIVILIAN = "CVL"  # the civilian sector: protesters, residents, passers-by
STATE_SECTOR = "GOV"
ARMED_SECTOR = "MIL"
# Backers whose backing is an act in the fight, even told as an epithet (coalition forces, a state's army)
ARMED_BACKERS = frozenset({"MIL", "PRM", "REB"})
# Words that join the parts of a personal name; the word after one is a name, not a verb.
# Not أم, which is as often "or" (سواء انسحبوا أم لا).
NAME_CONNECTORS = frozenset(match_key(w) for w in ("\u0623\u0628\u0648", "\u0623\u0628\u064a", "\u0628\u0646",
                                                   "\u0627\u0628\u0646", "\u0639\u0628\u062f"))  # أبو أبي بن ابن عبد
# Words (a time word: أمس، اليوم) that may stand between a verb's subject and the verbal noun it governs.
OBJECT_GAP = 1
# Acts of a state's armed force: named by the state's nationality alone, the force is their doer.
ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
# Types of a protest's purpose phrase that are its content (coder: _protest_targets).
PURPOSE_CONTENT = frozenset({"REJECT", "REQUEST", "ACCUSE"})
SECURITY_SECTORS = frozenset({"COP", "MIL"})
STATE_IDENTIFIERS = ("marsad:country:", "marsad:capital:", "marsad:seat:")
TO = "\u0627\u0644\u064a"  # إلى (folded): دعا إلى هدنة
# What a call asks for that ends a conflict: such a call is AGREE (coding guide §2).
CONFLICT_ENDING = frozenset({("RETREAT", "ceasefire")})
ON = "\u0639\u0644\u064a"  # على (folded): يحتجون على مقتل X, like احتجاجا على
DEFINITE = "\u0627\u0644"  # ال
# How far after a refusal or a visit its object may stand: the subject comes first in VSO.
EMPTY_OBJECT_REACH = 5
OBJECT_PHRASE_REACH = 2  # على موقع وتعزيزات: the preposition, its noun, the coordinated noun
ON_REACH = 4  # the protesters may stand between: يحتج العشرات من الطلاب على …


@dataclass(slots=True)
class Candidate:
    match: TriggerMatch
    status: Status
    event: str
    mode: str | None
    embedded_in: Candidate | None = None
    light_verb: bool = False  # a verbal noun carried by قام بـ / نفذ: it reports like a verb
    conjunct_of: Candidate | None = None  # the statement a second one is coordinated with (coder: _conjunct_of)
    arguments: Arguments = field(default_factory=lambda: Arguments([], []))


def _actors_by_sentence(doc: Document) -> dict[int, list[Mention]]:
    by_sentence: dict[int, list[Mention]] = {}
    starts = [s.token_start for s in doc.sentences]
    sentence = 0
    for mention in sorted((m for m in doc.mentions if m.kind == MentionKind.ACTOR), key=lambda m: m.token_start):
        while sentence + 1 < len(starts) and starts[sentence + 1] <= mention.token_start:
            sentence += 1
        by_sentence.setdefault(sentence, []).append(mention)
    return by_sentence


def _mode_from_cues(event: str, tokens: Sequence[Token], lexicon: TriggerLexicon) -> str | None:
    cues = lexicon.mode_cues.get(event)
    if not cues:
        return None
    norms = [t.norm for t in tokens if t.is_word]
    # two-word cues (طائرة مسيرة) as adjacent words
    words = set(norms) | {t.stem for t in tokens if t.is_word} | {f"{a} {b}" for a, b in pairwise(norms)}
    for mode, keys in cues:
        if words & keys:
            return mode
    return None


def _embedding(candidate: Candidate, earlier: Sequence[Candidate], tokens: Sequence[Token],
               modality: Modality) -> Candidate | None:
    """The content-taking trigger that governs ``candidate``, if any (طالب بالإفراج، أدان الهجوم)."""
    if not earlier:
        return None
    governor = earlier[-1]
    while governor.embedded_in is not None:
        governor = governor.embedded_in
    if governor.event not in CONTENT_TAKING or governor.status == Status.HYPOTHETICAL:
        return None
    if governor.match.rule.reported_act or governor.match.rule.speaker_actor:
        # خرقت القوات الهدنة بقصف …: a wrong told as done governs nothing; the bombing is reported
        return None
    distance = candidate.match.start - governor.match.end
    if distance < 0:
        return None
    if governor.event not in ADJECTIVE_TARGET_TYPES and candidate.match.start > 0 \
            and word_in(tokens[candidate.match.start - 1], modality.occasions):
        # دعت إلى اجتماع بعد الضربات: the strikes are the occasion of the call, not what it asks
        # for (a condemnation after a killing is about that killing: أدان المجازر بعد مقتل …)
        return None
    prefixes = candidate.match.head_hit.analysis.prefixes
    linked = BEH in prefixes or LAM in prefixes or any(
        tokens[i].norm in modality.complementizers for i in range(governor.match.end, candidate.match.start))
    if linked and distance <= CONTENT_REACH:
        return governor
    # دعت الأمم المتحدة في السادس من شباط إلى هدنة: إلى introduces what is called for, however
    # long the subject and the adjuncts before it
    if governor.event == "REQUEST" and distance <= OBJECT_CONTENT_REACH \
            and tokens[candidate.match.start - 1].norm == TO:
        return governor
    # a verbal noun as the object of the verb (أدان علاوي في بيان التفجيرات) is what it governs
    if not candidate.match.is_verb and governor.match.is_verb and distance <= OBJECT_CONTENT_REACH:
        return governor
    return None


def _conjunct_of(candidate: Candidate, earlier: Sequence[Candidate]) -> Candidate | None:
    """The statement a verbal noun joined by و with its own possessor is coordinated with.

    Before the statement has any content, such a noun is a second statement, not what the first
    is about: اتهامات وجهها له X وتلويحه بكشف … (the brandishing is X's own, toward the same
    man); after a content it continues that content (اتهمه بقصف المدينة وحصارها).
    """
    if not earlier:
        return None
    hit = candidate.match.head_hit
    if WAW not in hit.analysis.prefixes or not hit.analysis.suffix or candidate.match.is_verb:
        return None
    statement = earlier[-1]
    while statement.embedded_in is not None:
        statement = statement.embedded_in
    if statement.event not in CONTENT_TAKING or any(c.embedded_in is statement for c in earlier):
        return None
    return statement


def _share_conjunct_recipients(candidates: Sequence[Candidate]) -> None:
    """A second statement of the same doer coordinated with a first is aimed where the first is."""
    for candidate in candidates:
        first, args = candidate.conjunct_of, candidate.arguments
        if first is None or args.recipient or not first.arguments.recipient:
            continue
        doers = {(_actor(m).code, _actor(m).sector) for m in first.arguments.actor}
        if args.actor and {(_actor(m).code, _actor(m).sector) for m in args.actor} <= doers:
            args.recipient = list(first.arguments.recipient)


def _content_mode(governor: str, content: Candidate) -> str | None:
    """The mode a threat or request takes from what it governs: هدد بطرد القوات → THREATEN expel."""
    allowed = plover()["modes"].get(governor, [])
    if content.mode in allowed:
        return content.mode
    return CONTENT_MODES.get((governor, content.event))


def _actor(mention: Mention) -> Actor:
    assert mention.actor is not None
    return mention.actor


def _confidence(candidate: Candidate) -> float:
    score = BASE_CONFIDENCE
    args = candidate.arguments
    if args.actor and not args.actor_from_context:
        score += 0.2
    if args.recipient:
        score += 0.15
    if len(candidate.match.positions) > 1:
        score += 0.1
    if candidate.status == Status.FUTURE:
        score -= 0.05
    return round(min(score, 0.95), 2)


def sentence_candidates(doc: Document, index: int, lexicon: TriggerLexicon, modality: Modality, *,
                        previous_actor: Sequence[Mention] = (), previous_speaker: Sequence[Mention] = (),
                        actors_in: dict[int, list[Mention]] | None = None) -> list[Candidate]:
    """Every trigger candidate of sentence ``index`` with its status and attached arguments."""
    sentence = doc.sentences[index]
    start, end = sentence.token_start, sentence.token_end
    tokens = doc.tokens
    # who a statement opening this sentence continues: the speaker of a sentence that only reported
    # speech (قال الوزير إن …. وأضاف أن …), else the last actor
    before = previous_speaker or previous_actor
    by_sentence = actors_in if actors_in is not None else _actors_by_sentence(doc)
    mentions = by_sentence.get(index, [])
    candidates = _candidates(tokens, start, end, lexicon, modality, names=_name_spans(mentions), mentions=mentions)
    sentence_actor: list[Mention] = []
    attack_actor: list[Mention] = []  # the last doer an ASSAULT trigger of the sentence named
    attacker: list[Mention] = []  # the last actor an ASSAULT trigger of the sentence found
    # an instrument that names the doer (قتل صياد برصاص البحرية) does not end the clause of the verb
    # nor does a noun inside the object after a preposition (غارات … على موقع وتعزيزات الحوثيين)
    boundaries = [c.match.start for c in candidates
                  if not word_in(tokens[c.match.start], modality.instrument_agent_markers)
                  and not _in_object_phrase(c.match, tokens, start, modality)]
    markers: MarkerMemo = {}
    possessor_doers = assault.AssaultCues.load().possessor_doers
    for position, candidate in enumerate(candidates):
        right = next((b for b in boundaries if b > candidate.match.start), end)
        left = candidates[position - 1].match.end if position > 0 else start
        candidate.arguments = attach(candidate.match, mentions, tokens, sentence_start=start,
                                     right_limit=right, left_limit=left, modality=modality, marker_memo=markers)
        attack_subject = candidate.event == "ASSAULT" and assault.complete_arguments(
            candidate.match, candidate.arguments, tokens, mentions, (start, end), modality, lexicon)
        if candidate.match.rule.object_first and _object_read_as_subject(candidate, tokens, start, modality):
            # وقال روحاني إن …، واتهم الولايات المتحدة بشن حرب: one noun phrase before the complement
            # is the object; the subject is the one the verb continues
            dropped = _continued_subject(candidate, mentions, tokens, start, modality, sentence_actor,
                                         previous_actor, before)
            if dropped:
                candidate.arguments.recipient = list(candidate.arguments.actor)
                candidate.arguments.actor = []
        if candidate.match.rule.addressee_first:
            _called_on(candidate, tokens, modality, sentence_actor)
        if _object_of_verb_before(candidate, candidates[:position], tokens):
            # أدانت فرنسا أمس قتل رهائنها: قتل is the condemnation's object, a verbal noun whose doer
            # is neither the condemner nor carried from elsewhere
            candidate.arguments.actor, candidate.arguments.actor_source = [], None
        elif not candidate.arguments.actor and not assault.intransitive(candidate.match):
            # a verb whose subject is an attack noun (هجوم استهدف دورية) continues that attack's doer
            # an attack noun takes its doer from another attack, not from a statement around it
            # (تتهم واشنطن … بعد الانفجار)
            attack_noun = candidate.event == "ASSAULT" and not candidate.match.is_verb
            carried = attack_actor if attack_subject else attacker if attack_noun else sentence_actor or \
                _continued_subject(candidate, mentions, tokens, start, modality, sentence_actor, previous_actor, before)
            if carried:
                candidate.arguments.actor = list(carried)
                candidate.arguments.actor_from_context = True
                candidate.arguments.actor_source = ActorSource.CONTEXT
        if _continues_subject(candidate, candidates[:position]):
            # وكانت تركيا قد استدعت سفيريها من إسرائيل، وطردت السفير: the second verb's dropped
            # subject is the first one's, not the first one's object
            candidate.arguments.actor = list(sentence_actor)
        if candidate.arguments.actor and not candidate.arguments.actor_from_context:
            sentence_actor = candidate.arguments.actor
            if candidate.event == "ASSAULT":
                attacker = sentence_actor
                if _names_its_doer(candidate):
                    attack_actor = sentence_actor
        # after the carry: a possessor (مصادقتهم) is the doer of its noun only, not the clause's subject
        fill_from_clitic(candidate.match, candidate.arguments, tokens, mentions, by_sentence.get(index - 1, []),
                         sentence_start=start, modality=modality, doer_forms=possessor_doers)
    if candidates:
        _credit_speakers(candidates, mentions, tokens, start, modality, before)
        _announced_threats(candidates, mentions, tokens, start, modality, before)
    _protest_targets(candidates, mentions, tokens, start, end, modality)
    _lend_recipients(candidates)
    _share_conjunct_recipients(candidates)
    _adjective_targets(candidates)
    assault.share_coordinated_target([(c.match, c.arguments) for c in candidates], tokens)
    assault.share_subject_target([(c.match, c.arguments) for c in candidates], tokens)
    assault.share_victims([(c.match, c.status == Status.ASSERTED and c.embedded_in is None, c.arguments)
                           for c in candidates])
    return candidates


def _credit_speakers(candidates: Sequence[Candidate], mentions: Sequence[Mention], tokens: Sequence[Token],
                     start: int, modality: Modality, previous_actor: Sequence[Mention]) -> None:
    """Wrongs and violations told in reported speech are the speaker's accusation (events/speech.py)."""
    for candidate in candidates:
        rule = candidate.match.rule
        if (rule.reported_act or rule.speaker_actor) and candidate.embedded_in is None:
            said_by = speech.speaker(candidate.match, mentions, tokens, start, modality, previous_actor)
            speech.credit_speaker(candidate.match, candidate.arguments, said_by, tokens, start, modality)


def _announced_threats(candidates: Sequence[Candidate], mentions: Sequence[Mention], tokens: Sequence[Token],
                       start: int, modality: Modality, previous_actor: Sequence[Mention]) -> None:
    """An attack or a coercion a side says it will carry out is a threat (coding guide §2: a future
    attack is coded only as a threat): أعلن الجيش أنه سيشن عملية ضد المسلحين → THREATEN violence.

    Only when the speaker is of the doer's side: told by a third party it is a forecast, not a threat.
    """
    for candidate in candidates:
        if candidate.status != Status.FUTURE or candidate.event not in ANNOUNCED_AS_THREAT \
                or candidate.embedded_in is not None or not candidate.arguments.actor \
                or not candidate.arguments.recipient:
            continue  # (with no one named as its target, a plan: الكنيسة ستغلق حتى إشعار آخر)
        said_by = speech.speaker(candidate.match, mentions, tokens, start, modality, previous_actor)
        sides = {_actor(m).code for m in said_by} - {None}
        if sides and {_actor(m).code for m in candidate.arguments.actor} <= sides:
            candidate.mode = _content_mode("THREATEN", candidate)
            candidate.event = "THREATEN"


def _continued_subject(candidate: Candidate, mentions: Sequence[Mention], tokens: Sequence[Token], start: int,
                       modality: Modality, sentence_actor: Sequence[Mention],
                       previous_actor: Sequence[Mention], before: Sequence[Mention]) -> list[Mention]:
    """The subject a trigger with none of its own continues: the sentence's last actor, the last
    sentence's when it opens with the verb, or, for a statement joined by و after reported speech,
    the speaker (قال الوزير إن المفاوضات مستمرة، وندد بالقصف: the minister condemns).

    Statements take a speaker (``before``: a speech-only sentence's); acts only a trigger's actor:
    the man a speaker says attacked (ذكر مسؤولون أن رجلا اغتصب فتاة وقتلها) is no speaker.
    """
    if sentence_actor:
        return list(sentence_actor)
    statement = candidate.event in STATEMENT_TYPES
    if _opens_with_verb(candidate, tokens, start):
        return list(before if statement else previous_actor)
    if statement and candidate.match.is_verb and WAW in candidate.match.head_hit.analysis.prefixes:
        return speech.speaker(candidate.match, mentions, tokens, start, modality, before)
    return []


def _object_read_as_subject(candidate: Candidate, tokens: Sequence[Token], start: int, modality: Modality) -> bool:
    """The one noun phrase after a verb that continues an earlier subject (joined by و, or opening
    the sentence) is its object when the verb's complement follows it at once: واتهم الولايات المتحدة
    بشن …، وحمل الإدارة الأمريكية المسؤولية (rules with ``object_first``)."""
    match, args = candidate.match, candidate.arguments
    if not (match.rule.object_first and match.is_verb and args.actor_source == ActorSource.SUBJECT_AFTER
            and len(args.actor) == 1 and not args.recipient):
        return False
    if WAW not in match.head_hit.analysis.prefixes and not _opens_with_verb(candidate, tokens, start):
        return False
    after = _next_word(tokens, args.actor[0].token_end)
    if after >= len(tokens):
        return False
    return after in match.positions[1:] or _beh_complement(tokens[after], modality)


def _epithet(match: TriggerMatch, tokens: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """الجماعة المدعومة إيرانيا، الفصائل المدعومة من طهران: with the article (rules with ``indefinite``),
    backing by one who bears no arms is an epithet, no act; backing by forces in the fight is the news
    (القوات المدعومة من التحالف العربي، المقاومة المدعومة بالقوات الإماراتية)."""
    if not (match.rule.indefinite and DEFINITE in tokens[match.head].prefixes):
        return False
    backer = next((m for m in mentions if match.end <= m.token_start <= match.end + 1 and m.actor is not None), None)
    return backer is None or backer.actor is None or backer.actor.sector not in ARMED_BACKERS


def _next_word(tokens: Sequence[Token], position: int) -> int:
    """The first word at or after ``position``, past a closing quotation mark or a comma (len(tokens) if none)."""
    while position < len(tokens) and not tokens[position].is_word:
        position += 1
    return position


def _called_on(candidate: Candidate, tokens: Sequence[Token], modality: Modality,
               sentence_actor: Sequence[Mention]) -> None:
    """وأدانت منظمات حقوقية الحكم، ودعت حكومة جنوب السودان إلى …: a call verb joined by و to a clause
    of the same sentence that named its subject, with one noun phrase before what it calls for (إلى، لـ،
    بـ), calls on that noun phrase; the caller is the subject it continues (rules with
    ``addressee_first``). Not across a full stop, where a و-verb as often opens a new subject (ودعا
    الرئيس إلى الحوار), nor after كما, which as often brings a new caller (كما دعت الخارجية الروسية إلى)."""
    match, args = candidate.match, candidate.arguments
    if not (sentence_actor and match.is_verb and WAW in match.head_hit.analysis.prefixes
            and args.actor_source == ActorSource.SUBJECT_AFTER and len(args.actor) == 1):
        return
    called = args.actor[0]
    if called in sentence_actor:
        return
    after = _next_word(tokens, called.token_end)
    if after >= len(tokens):
        return
    link = tokens[after]
    if not (word_in(link, modality.call_links) or _beh_complement(link, modality)
            or any(LAM in a.prefixes for a in analyses(link.norm))):
        return
    args.recipient = [called, *(m for m in args.recipient if m is not called)]
    args.actor, args.actor_source, args.actor_from_context = list(sentence_actor), ActorSource.CONTEXT, True


def _beh_complement(token: Token, modality: Modality) -> bool:
    """A word after بـ (بشن، بدعم): short stems are left whole by the analyser, so the letter is read
    as the preposition unless the word is a particle of its own (بعد، بين، بشأن)."""
    if any(BEH in a.prefixes for a in analyses(token.norm)):
        return True
    particles = modality.occasions | modality.other_prepositions | modality.complementizers
    return token.norm.startswith(BEH) and len(token.norm) > 2 and not word_in(token, particles)


def _in_object_phrase(match: TriggerMatch, tokens: Sequence[Token], start: int, modality: Modality) -> bool:
    """A noun coordinated with the object of على or ضد (على موقع وتعزيزات الحوثيين) is part of it."""
    if match.is_verb or WAW not in tokens[match.start].prefixes:
        return False
    return any(word_in(t, modality.recipient_prepositions)
               for t in tokens[max(start, match.start - OBJECT_PHRASE_REACH) : match.start])


def _object_of_verb_before(candidate: Candidate, earlier: Sequence[Candidate], tokens: Sequence[Token]) -> bool:
    """A verb form right after the subject of the verb before it (V S "V"): it is that verb's object.

    Written without vowels, قتل is "killed" or "the killing"; with no conjunction after another
    verb's subject (أدانت فرنسا قتل، استنكر الوزير قصف) it can only be the verbal noun.
    """
    match = candidate.match
    if not match.is_verb or WAW in match.head_hit.analysis.prefixes or FEH in match.head_hit.analysis.prefixes:
        return False
    if candidate.arguments.actor_source not in (ActorSource.SUBJECT_BEFORE, None):
        return False  # its doer named after it or by على يد (قتل الرهائن على يد القاعدة) stays
    for verb in earlier:
        if not verb.match.is_verb or verb.arguments.actor_source != ActorSource.SUBJECT_AFTER:
            continue
        subject = verb.arguments.actor[-1]
        # a comma or a clause between: a new sentence part may open with a verb
        if 0 <= match.start - subject.token_end <= OBJECT_GAP and all(
                t.is_word for t in tokens[subject.token_end : match.start]):
            return True
    return False


def _continues_subject(candidate: Candidate, earlier: Sequence[Candidate]) -> bool:
    """A verb joined by و whose subject was found before it, among the objects of the verb before it."""
    match, args = candidate.match, candidate.arguments
    if not match.is_verb or WAW not in match.head_hit.analysis.prefixes or not args.actor:
        return False
    if args.actor_source != ActorSource.SUBJECT_BEFORE or args.actor[0].token_start > match.start:
        return False
    previous = next((c for c in reversed(earlier) if c.match.is_verb and c.embedded_in is None), None)
    if previous is None or not previous.arguments.actor or previous.arguments.actor_from_context:
        return False
    return any(m is args.actor[0] for m in previous.arguments.recipient)


def _names_its_doer(candidate: Candidate) -> bool:
    """A trigger whose actor is its own: anchored, or a noun right after its doer (تبنت حركة الشباب هجوما)."""
    actor = candidate.arguments.actor
    return match_is_anchored(candidate) or (bool(actor) and actor[-1].token_end == candidate.match.start)


def _adjective_targets(candidates: Sequence[Candidate]) -> None:
    """A statement about someone's act targets them: رفض المقترح الأمريكي → USA, أدان القصف الإسرائيلي → ISR.

    With no recipient of its own, a condemnation, rejection or welcome takes the nationality
    adjective of its object, or the doer of the act it is about (أدان … قصف الطيران الروسي).
    """
    for candidate in candidates:
        refusal = candidate.status == Status.NEGATED and _is_refusal(candidate)  # لن يقبلوا بأي اقتراح أمريكي
        if (candidate.event not in ADJECTIVE_TARGET_TYPES and not refusal) or candidate.embedded_in is not None:
            continue
        args = candidate.arguments
        if args.recipient:
            continue
        options = [args.qualifier]
        contents = [c for c in candidates if c.embedded_in is candidate]
        for rank, content in enumerate(contents):
            # past the first act it is about, only an explicit doer (أدان المجازر بعد مقتل 52 فلسطينيا
            # برصاص الجيش): the subject of a later verb may be a misread object (التي استهدفت كنائس)
            explicit = rank == 0 or content.arguments.actor_source in ANCHORING_SOURCES
            if not content.arguments.actor_from_context and explicit:
                options += content.arguments.actor[:1]
            options.append(content.arguments.qualifier)
        own = {_actor(m).code for m in args.actor}
        target = next((m for m in options if m is not None and m not in args.actor and _actor(m).code not in own),
                      None)
        if target is not None:
            args.recipient = [_as_state(target)]


def _as_state(mention: Mention) -> Mention:
    """A nationality adjective standing for whose proposal or strike it is names the state (GOV)."""
    actor = mention.actor
    if not mention.adjective or actor is None or actor.sector is not None:
        return mention
    return replace(mention, actor=replace(actor, sector=STATE_SECTOR))


def _purpose_word(token: Token, modality: Modality) -> bool:
    return word_in(token, modality.protest_purposes) or token.stem in modality.protest_purposes


def _protest_targets(candidates: Sequence[Candidate], mentions: Sequence[Mention], tokens: Sequence[Token],
                     start: int, end: int, modality: Modality) -> None:
    """A protest targets what its purpose phrase names (coding guide §2, PROTEST: "whom it targets").

    تظاهر الآلاف … احتجاجا على اعتقال X، للتنديد بـ X، ضد X: the first actor named in the purpose
    phrase is the recipient (an احتجاجا على there is a trigger too; the twin with the recipient is kept).
    """
    for candidate in candidates:
        if candidate.event != "PROTEST" or candidate.embedded_in is not None:
            continue
        reach = min(end, candidate.match.end + PROTEST_PURPOSE_REACH)
        purpose = next((i for i in range(candidate.match.end, reach) if _purpose_word(tokens[i], modality)
                        or (i - candidate.match.end <= ON_REACH and bare(tokens[i]) == ON)), None)
        if purpose is None:
            continue
        for other in candidates:
            if other.match.start == purpose and other.event in PURPOSE_CONTENT and other.embedded_in is None:
                # رفضا لـ، للمطالبة بـ، تنديدا بـ: what the protesters want, not a statement of its own
                other.embedded_in = candidate
        if candidate.arguments.recipient:
            continue
        target = next((m for m in mentions if purpose < m.token_start <= purpose + PURPOSE_TARGET_REACH
                       and not m.adjective and m not in candidate.arguments.actor
                       and marker_of(m, tokens, start, modality) not in modality.locative_prepositions), None)
        if target is not None:
            candidate.arguments.recipient = [target]


def _lend_recipients(candidates: Sequence[Candidate]) -> None:
    """A threat takes the target of what it threatens: هددت تركيا بشن عملية ضد الوحدات → the YPG.

    What a threat found as its object may be the threatened act's doer (حذر أردوغان من أن تركيا
    ستطرد السفير: Turkey expels, the ambassador is the target): the act's target replaces it.
    """
    for candidate in candidates:
        governor = candidate.embedded_in
        if governor is None or governor.event not in LENDS_RECIPIENT:
            continue
        doers = {id(m) for m in candidate.arguments.actor}
        own = governor.arguments.recipient
        # (a warning's object after أن is the warned act's subject; a threat's own object is its target)
        if not own or (governor.match.rule.needs_future_content and all(id(m) in doers for m in own)):
            governor.arguments.recipient = list(candidate.arguments.recipient)


def code_document(doc: Document, lexicon: TriggerLexicon, modality: Modality, *, max_sentence_tokens: int,
                  lexicon_version: str) -> list[Event]:
    """All events of ``doc``; negated ones are kept with ``negated=True`` for explanation."""
    actors_in = _actors_by_sentence(doc)
    events: list[Event] = []
    attacks: list[Event] = []  # the attacks coded so far with doer and target: what a condemnation may be about
    previous_actor: list[Mention] = []
    spoken_in: int | None = None  # the last sentence, when it only reported speech
    for index, sentence in enumerate(doc.sentences):
        if sentence.token_end - sentence.token_start > max_sentence_tokens:
            previous_actor = []
            spoken_in = None
            continue
        previous_speaker: list[Mention] = []
        if spoken_in is not None and _may_continue(doc.tokens, sentence.token_start, sentence.token_end,
                                                   lexicon, modality):
            # قال الرئيس إن …. وأضاف أن …: a sentence that only reports speech hands its speaker on to
            # the next sentence's statements, and no farther; looked up only when this one opens with
            # a word that can continue a subject (a trigger or a speech verb)
            spoken = doc.sentences[spoken_in]
            previous_speaker = speech.sentence_speaker(actors_in.get(spoken_in, []), doc.tokens, spoken.token_start,
                                                       spoken.token_end, modality, previous_actor)
        spoken_in = None
        candidates = sentence_candidates(doc, index, lexicon, modality, previous_actor=previous_actor,
                                         previous_speaker=previous_speaker,
                                         actors_in=actors_in)
        sentence_tokens = doc.tokens[sentence.token_start : sentence.token_end]
        crossed = _crossed_readings(candidates)
        for candidate in candidates:
            if candidate.embedded_in is not None or id(candidate) in crossed:
                continue
            event = _event(doc, index, candidate, lexicon, lexicon_version, sentence_tokens, modality)
            if event is not None:
                _blame_told_attacker(event, candidate, candidates, attacks)
                coded = _each_way(event) if candidate.match.rule.mutual else [event]
                events += coded
                if event.event == "ASSAULT":
                    attacks += [e for e in coded if e.actor and e.recipient and not e.negated]
        asserted = [c.arguments.actor for c in candidates
                    if c.arguments.actor and not c.arguments.actor_from_context]
        if asserted:
            previous_actor = asserted[-1]
        else:
            spoken_in = index
    return _collapse(events, doc.id)


def _may_continue(tokens: Sequence[Token], start: int, end: int, lexicon: TriggerLexicon, modality: Modality) -> bool:
    """Whether a sentence opens with a verb joined by و that is a trigger or a speech verb (وأضاف،
    واتهم): only then does it continue the speaker of the sentence before. The و is tested first:
    this runs after every sentence that only reported speech."""
    first = next((t for t in tokens[start : min(end, start + 2)] if t.is_word), None)
    if first is None or first.norm[:1] != WAW:
        return False
    return bool(lexicon.words_of(first.norm)) or word_in(first, modality.speech_verbs)


def _blame_told_attacker(event: Event, candidate: Candidate, candidates: Sequence[Candidate],
                         attacks: Sequence[Event]) -> None:
    """A condemned attack told without its doer is the attack the article told with one.

    دان الكرملين الضربات على سوريا, after the strikes the United States launched on Syria: the
    condemnation targets the doer of that attack, not the country it hit (coding guide §2, ACCUSE).
    """
    if event.event != "ACCUSE" or not attacks:
        return
    content = next((c for c in candidates if c.embedded_in is candidate), None)
    if content is None or content.event != "ASSAULT" or _names_own_doer(content):
        return
    targets = {_actor(m).code for m in content.arguments.recipient} - {None}
    if not targets or {r.code for r in event.recipient} - targets:
        return  # a target unknown, or a recipient of the condemnation's own
    attack = next((a for a in reversed(attacks) if targets & {r.code for r in a.recipient}), None)
    own = {a.code for a in event.actor}
    doers = [a for a in attack.actor if a.code not in own] if attack is not None else []
    if doers:
        event.recipient = doers


def _names_own_doer(candidate: Candidate) -> bool:
    """A verb with its own subject, or a noun with its doer attached (قصف الطيران الروسي، على يد)."""
    args = candidate.arguments
    if not args.actor or args.actor_from_context:
        return False
    return candidate.match.is_verb or args.actor_source in ANCHORING_SOURCES


def _crossed_readings(candidates: Sequence[Candidate]) -> set[int]:
    """Noun readings of a word that swap its verb reading's parties (أعلن العراق قصف غرفة عمليات لداعش:
    Iraq shelled the room, the room shelled nothing): the verb with its own subject is the reading.

    Not after an earlier trigger: in أدان أبو الغيط قصف الطيران الإسرائيلي the word is the verbal
    noun of the condemned act and the noun after it its doer."""
    crossed: set[int] = set()
    for noun in candidates:
        if noun.match.is_verb or not noun.arguments.actor or \
                any(c.match.start < noun.match.start and c.arguments.actor for c in candidates):
            continue
        doers = {m.token_start for m in noun.arguments.actor}
        if any(verb.match.is_verb and verb.match.head == noun.match.head and verb.event == noun.event
               and verb.arguments.actor and not verb.arguments.actor_from_context
               and doers & {m.token_start for m in verb.arguments.recipient} for verb in candidates):
            crossed.add(id(noun))
    return crossed


def _after_light_verb(match: TriggerMatch, tokens: Sequence[Token], start: int, modality: Modality) -> bool:
    """قام مسلحون بخطف …، عمدت القوات إلى قصف …: a verbal noun carried by a light verb or a verb of
    setting about reports an act, with its subject before; so does one whose responsibility is claimed."""
    return assault.undertaking_verb(match, tokens, start, modality) is not None or \
        _claimed(match, tokens, start, modality)


def _claimed(match: TriggerMatch, tokens: Sequence[Token], start: int, modality: Modality) -> bool:
    """أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته عن تفجير: the verbal noun after a claim of
    responsibility; the claim verb stands before the responsibility noun, its subject between."""
    noun = match.start - 2
    if match.is_verb or noun <= start or not word_in(tokens[match.start - 1], modality.claim_links) or \
            not word_in(tokens[noun], modality.claim_nouns):
        return False
    return any(word_in(tokens[i], modality.claim_verbs) for i in range(max(start, noun - CLAIM_REACH), noun))


def _opens_with_verb(candidate: Candidate, tokens: Sequence[Token], start: int) -> bool:
    """A sentence that opens with a verb and names no subject continues the last one's (وأضاف …)."""
    return candidate.match.is_verb and candidate.match.start - start <= 1


def _name_spans(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Token ranges of multiword names (تحالف دعم الشرعية، مجلس التعاون الخليجي)."""
    return [(m.token_start, m.token_end) for m in mentions
            if not m.pronoun and m.token_end - m.token_start > 1 and (m.entry_id or "").startswith(NAME_ENTRIES)]


def _inside_name(match: TriggerMatch, names: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> bool:
    """A trigger word that is part of a name (دعم in تحالف دعم الشرعية) reports nothing, nor does an
    expression whose head word is (صادق in صادق خان … على is no ratifying), nor a word after a
    name's connector (أبو ياسر، عبد الناصر: ياسر is no "captures")."""
    before = tokens[match.head - 1].norm if match.head > 0 else ""
    if any(a.stem in NAME_CONNECTORS and not a.suffix for a in analyses(before)):
        return True  # بأبو ياسر too
    return any(first <= match.head < last for first, last in names)


def _word_is(token: Token, words: frozenset[str]) -> bool:
    """A word, as written, without its clitics, or without an attached pronoun, is one of ``words``."""
    return word_in(token, words) or token.stem in words or any(a.stem in words for a in analyses(token.norm))


def _names_an_office(match: TriggerMatch, tokens: Sequence[Token], start: int, modality: Modality) -> bool:
    """A trigger in the genitive of an office or a forum names it (السفير لشؤون نزع الأسلحة، مؤتمر نزع
    السلاح): it reports no act. The head is in the construct state, without ال; a verb form there
    (نزع) is the verbal noun written alike."""
    if match.start <= start:
        return False
    head = tokens[match.start - 1]
    return DEFINITE not in head.prefixes and _word_is(head, modality.office_heads)


def _without_beh_object(match: TriggerMatch, tokens: Sequence[Token], end: int) -> bool:
    """لوّح للمارة (waved), تلوح في الأفق (looms): a brandishing rule needs what is brandished, after بـ."""
    if not match.rule.needs_beh_object:
        return False
    after = tokens[match.end : min(end, match.end + EMPTY_OBJECT_REACH)]
    if after and after[0].norm == IN:
        return True  # تلوح في الأفق: what looms, right after the verb, is no brandished object
    # any word opening with ب: بالقوة، بقصف، بها, and a بـ written apart before a quote (بـ"إجراءات")
    return not any(t.norm.startswith(BEH) for t in after)


def _followed_by_other_sense(match: TriggerMatch, tokens: Sequence[Token], end: int) -> bool:
    """تهدد أمن الملاحة، منع تدهور الأوضاع، أفرج عن مقتطفات: a word right after the trigger (or after its
    subject or a preposition) that gives it another sense than the event's (rules' unless_followed_by)."""
    words = match.rule.unless_followed_by
    return bool(words) and any(_word_is(t, words) for t in tokens[match.end : min(end, match.end + SENSE_REACH)])


def _without_statement(match: TriggerMatch, tokens: Sequence[Token], start: int, modality: Modality) -> bool:
    """دعم موسكو لدمشق as a topic: a stance noun needs a statement verb before it (أكد … على دعم بلاده),
    with no complementizer (أكد الوزير أن دعم إيران يهدد: the noun is what is said about) and no other
    preposition between (أعرب عن قلقه في إشارة إلى دعم موسكو لدمشق)."""
    if not match.rule.needs_statement:
        return False
    for i in range(match.start - 1, max(start, match.start - STATEMENT_REACH) - 1, -1):
        if word_in(tokens[i], modality.statement_verbs):
            return False
        if word_in(tokens[i], modality.complementizers) or word_in(tokens[i], modality.statement_breaks):
            return True  # أعرب عن قلقه في إشارة إلى دعم: the noun hangs on another word
    return True


def _empty_object(match: TriggerMatch, tokens: Sequence[Token], end: int, modality: Modality) -> bool:
    """A refusal to comment (رفضت التعليق) rejects nothing, nor agrees what is beyond doubt (لا يقبل الشك);
    a visit to one's family (يزور عائلته) is private.

    The object may follow the subject (رفضت الوزارة الفرنسية التعليق): a few words are searched.
    """
    if match.rule.event == "REJECT":
        words = modality.silent_objects
    elif match.rule.event == "AGREE":
        words = modality.idiom_objects
    elif match.rule.event == "CONSULT" and match.rule.mode == "visit":
        words = modality.private_objects
    else:
        return False
    return any(_word_is(t, words) for t in tokens[match.end : min(end, match.end + EMPTY_OBJECT_REACH)])


def _candidates(tokens: Sequence[Token], start: int, end: int, lexicon: TriggerLexicon,
                modality: Modality, *, names: Sequence[tuple[int, int]] = (),
                mentions: Sequence[Mention] = ()) -> list[Candidate]:
    out: list[Candidate] = []
    for match in find_triggers(tokens, start, end, lexicon):
        if _inside_name(match, names, tokens) or _names_an_office(match, tokens, start, modality) \
                or _empty_object(match, tokens, end, modality) or _without_beh_object(match, tokens, end) \
                or _without_statement(match, tokens, start, modality) \
                or (match.rule.past_only and match.head_hit.present) \
                or _followed_by_other_sense(match, tokens, end) or _epithet(match, tokens, mentions) \
                or protest.misread(match, tokens, start):
            continue
        status = status_of(tokens, match.start, start, end, is_verb=match.is_verb,
                           future_prefix=match.future_prefix, modality=modality,
                           is_present=match.head_hit.present or not match.is_verb,
                           purpose_prefix=match.is_verb and LAM in match.head_hit.analysis.prefixes)
        candidate = Candidate(match, status, match.rule.event, match.rule.mode,
                              light_verb=_after_light_verb(match, tokens, start, modality))
        if out and WAW in match.head_hit.analysis.prefixes:  # the common case skips the call
            candidate.conjunct_of = _conjunct_of(candidate, out)
        governor = None if candidate.conjunct_of is not None else _embedding(candidate, out, tokens, modality)
        if governor is not None:
            candidate.embedded_in = governor
            if governor.event == "REQUEST" and (candidate.event, candidate.mode) in CONFLICT_ENDING:
                # a call for a truce or a ceasefire is a call to end a conflict: AGREE (guide §2)
                governor.event, governor.mode = "AGREE", None
            if governor.mode is None:
                governor.mode = _content_mode(governor.event, candidate)
        out.append(candidate)
    return _warnings_of_acts(out, tokens, modality)


def _warnings_of_acts(candidates: list[Candidate], tokens: Sequence[Token], modality: Modality) -> list[Candidate]:
    """A warning is a threat only when what it warns of is a future act after أن (guide §2: حذر من أنه سـ…).

    That act (حذر من أن المسؤولين سيمنعون من السفر) is the threat's content: its mode, not an event.
    A warning of a danger (حذر من خطورة التصعيد) is no threat and is dropped.
    """
    kept: list[Candidate] = []
    for position, candidate in enumerate(candidates):
        if not candidate.match.rule.needs_future_content:
            kept.append(candidate)
            continue
        content = candidates[position + 1] if position + 1 < len(candidates) else None
        if content is None or content.status != Status.FUTURE \
                or content.match.start - candidate.match.end > OBJECT_CONTENT_REACH \
                or not any(tokens[i].norm in modality.complementizers
                           for i in range(candidate.match.end, content.match.start)):
            continue
        content.embedded_in = candidate
        candidate.mode = candidate.mode or _content_mode(candidate.event, content)
        kept.append(candidate)
    return kept


def match_is_anchored(candidate: Candidate) -> bool:
    """A lone verbal noun is an event report only with its doer attached to it.

    Measured on the GSR development sentences: lone nouns such as اغتيال، اعتداء، تعذيب
    were a topic far more often than a report (2 of 50 assassination nouns were events)
    unless the doer stood right after them (هجوم داعش، قصف الطيران الروسي) or was
    introduced by على يد / من قبل.
    """
    match = candidate.match
    if match.is_verb or len(match.positions) > 1 or match.rule.anchored or candidate.light_verb:
        return True
    if candidate.event in AIMED_TYPES and candidate.arguments.targeted and candidate.arguments.actor:
        return True  # وجهت الخارجية انتقادات حادة للحكومة: a statement aimed at someone is reported
    return candidate.arguments.actor_source in ANCHORING_SOURCES


def _never_protests(actor: Actor) -> bool:
    """Security forces and a state as such are no protesters (coding guide §2: civilian collective action).

    Next to a protest they are who faces it (اشتباكات بين الشرطة والمتظاهرين), and a capital there
    is where it happens (خرجت مظاهرات في جوبا).
    """
    identifier = actor.identifier_id or ""
    return actor.sector in SECURITY_SECTORS or identifier.startswith(STATE_IDENTIFIERS)


def _negated_future(tokens: Sequence[Token], start: int) -> bool:
    return any(t.norm == FUTURE_NEGATOR or t.norm[1:] == FUTURE_NEGATOR for t in tokens[max(0, start - 2):start])


def _is_refusal(candidate: Candidate) -> bool:
    return candidate.event in REFUSABLE or (candidate.event == "RETREAT" and candidate.mode == "access")


def _implied_actor(doc: Document, candidate: Candidate, event_type: str, mode: str | None, trigger: Span,
                   sentence_tokens: Sequence[Token], modality: Modality) -> Actor | None:
    """The actor an event implies when the text names none (coding guide §1 and §3).

    Protests imply protesters (CVL). Bombings and suicide attacks imply an attacker, an
    unidentified armed actor (UAF) like the guide's "انتحاري", when the sentence names the
    device (انفجرت سيارة مفخخة) or reports casualties (قتل 15 شخصا في تفجير انتحاري); without
    them, "explode" and "bombing" were more often a metaphor or a topic (GSR development set).
    """
    text = doc.text[trigger.start : trigger.end]
    if event_type == "PROTEST" and (candidate.match.is_verb or match_is_anchored(candidate)):
        # unnamed protesters are of the country where the story happens (guide §1: "code = country
        # where known"), as named ones would be (تجددت المظاهرات في أم درمان: SDN CVL)
        return Actor(text, trigger, _story_country(doc), "CVL", None, IMPLICIT_PROTESTERS)
    if event_type == "ASSAULT" and mode in IMPLIED_ATTACKER_MODES and \
            _bombing_reported(candidate, trigger, sentence_tokens, modality):
        # an unnamed bomber is of the country where the story happens (guide §1: "code =
        # country where known"), as a named انتحاري would be
        return Actor(text, trigger, _story_country(doc), "UAF", None, IMPLICIT_ATTACKER)
    return None


def _story_country(doc: Document) -> str | None:
    places = doc.place_countries
    return places.most_common(1)[0][0] if places else None


def _bombing_reported(candidate: Candidate, trigger: Span, sentence_tokens: Sequence[Token],
                      modality: Modality) -> bool:
    """"the situation exploded" is no bombing: a device or casualties must be in the sentence.

    Casualties told far from the bombing word are another story's (ضحايا التفجيرات … تعويضات).
    """
    at = next((i for i, t in enumerate(sentence_tokens) if t.span.start >= trigger.start), 0)
    if _casualties(sentence_tokens[max(0, at - CASUALTY_REACH) : at + CASUALTY_REACH], modality):
        return True
    return candidate.match.is_verb and any_word_in(sentence_tokens, modality.device_words)


def _casualties(tokens: Sequence[Token], modality: Modality) -> bool:
    """Whether ``tokens`` report casualties; those denied (من دون سقوط إصابات) are none."""
    if not any_word_in(tokens, modality.casualty_words):
        return False  # the common case, one set test
    denied = False  # دون سقوط إصابات: the denial runs on over the casualty words after it
    for i, token in enumerate(tokens):
        if not word_in(token, modality.casualty_words):
            denied = False
            continue
        denied = denied or (i > 0 and word_in(tokens[i - 1], modality.noun_negators))
        if not denied:
            return True
    return False


def not_an_attack(doc: Document, sentence_index: int, candidate: Candidate, lexicon: TriggerLexicon,
                  modality: Modality) -> str | None:
    """Why an ASSAULT candidate reports no attack (events/assault.py), or None."""
    if candidate.event != "ASSAULT":
        return None
    sentence = doc.sentences[sentence_index]
    cues = assault.AssaultCues.load()
    where = assault.scene(doc.tokens, sentence.token_start, sentence.token_end, modality, lexicon, cues)
    return assault.rejection(candidate.match, candidate.arguments, where, cues, modality)


def unmade(doc: Document, sentence_index: int, candidate: Candidate, lexicon: TriggerLexicon,
           modality: Modality) -> str | None:
    """Why an asserted candidate made no event record, by the coder's own conditions; None when it made one
    (a later step dropped it: a repeat, or background). For explanations: this codes the candidate again."""
    sentence = doc.sentences[sentence_index]
    tokens = doc.tokens[sentence.token_start : sentence.token_end]
    if _event(doc, sentence_index, candidate, lexicon, lexicon.version, tokens, modality) is not None:
        return None
    rule = candidate.match.rule
    if candidate.status == Status.FUTURE and candidate.event not in FUTURE_AS:
        return "future, and its type is no promise"
    if rule.content_only:
        return "coded only as what a statement is about"
    if rule.only_negated:
        return "coded only when refused"
    if rule.reported_act:
        return "a wrong coded only as what a speaker says"
    if not candidate.arguments.recipient and (candidate.event in NEEDS_RECIPIENT or rule.needs_recipient):
        return "no recipient, which its type needs"
    if not candidate.arguments.actor:
        return "no actor"
    if not match_is_anchored(candidate):
        return "a verbal noun alone, with no doer attached to it (هجوم داعش، على يد)"
    return "its actors are not ones this type takes"


def not_a_protest(doc: Document, sentence_index: int, candidate: Candidate) -> str | None:
    """Why a PROTEST candidate reports no protest (events/protest.py), or None."""
    if candidate.event != "PROTEST":
        return None
    sentence = doc.sentences[sentence_index]
    return protest.rejection(candidate.match, candidate.arguments, doc.tokens,
                             (sentence.token_start, sentence.token_end), protest.ProtestCues.load())


def _event(doc: Document, sentence_index: int, candidate: Candidate, lexicon: TriggerLexicon,
           lexicon_version: str, sentence_tokens: Sequence[Token], modality: Modality) -> Event | None:
    status = candidate.status
    if status == Status.HYPOTHETICAL:
        return None
    event_type = candidate.event
    if candidate.match.rule.only_negated and status != Status.NEGATED:
        return None
    if candidate.match.rule.only_asserted and status == Status.NEGATED:
        return None
    if candidate.match.rule.reported_act and candidate.arguments.actor_source != ActorSource.SPEAKER:
        return None  # a wrong told in the journalist's own words accuses no one
    if candidate.match.rule.content_only:
        return None  # الضربات على سوريا by itself: only what a statement is about
    if status == Status.NEGATED and _is_refusal(candidate):
        # لن يقبلوا، لم تسمحا بذلك: not agreeing or not allowing is a rejection (coding guide §1);
        # "will not allow" (لن تسمح للحوثي …) warns of what the actor will do: a threat
        future = candidate.match.rule.only_negated and _negated_future(doc.tokens, candidate.match.start)
        event_type, status = ("THREATEN" if future else "REJECT"), Status.ASSERTED
        candidate.mode = None
    if status == Status.FUTURE:
        mapped = FUTURE_AS.get(event_type)
        if mapped is None:
            return None
        event_type = mapped
    args = candidate.arguments
    match = candidate.match
    complaint = False
    if event_type == "PROTEST":
        if not_a_protest(doc, sentence_index, candidate) is not None:
            return None
        protest_cues = protest.ProtestCues.load()
        if protest.borrowed_doer(match, args, protest_cues):
            args.actor, args.actor_source = [], None  # بعد تصاعد حدة التظاهرات: protests of no one named
        if protest.official_complaint(match, args, protest_cues):
            if not args.recipient or match.rule.anchored:
                # احتجت الخارجية على القرار: a complaint against no one named is not coded; استدعت
                # الخارجية السفير احتجاجا على: the official act is coded by its own rule
                return None
            event_type, complaint = "ACCUSE", True  # احتجت الخارجية لدى السفير: a criticism (guide §2)
    no_attack = not_an_attack(doc, sentence_index, candidate, lexicon, modality) if event_type == "ASSAULT" else None
    if no_attack == assault.FIGURATIVE and args.recipient and status == Status.ASSERTED:
        event_type = "ACCUSE"  # هاجم الوزير البرلمان قائلا …: an attack in words is a criticism (guide §2)
    elif no_attack is not None:
        return None
    if event_type == "ASSAULT" and assault.victim_as_actor(match, args, assault.AssaultCues.load()):
        args.actor, args.actor_source = [], None
    trigger_span = Span(doc.tokens[match.start].span.start, doc.tokens[match.end - 1].span.end)
    mode = candidate.mode if event_type == candidate.event else None
    if no_attack == assault.FIGURATIVE or complaint:
        mode = assault.CRITICISM_MODE
    if mode is None and event_type == candidate.event:
        mode = _mode_from_cues(event_type, sentence_tokens, lexicon)
    anchored = match_is_anchored(candidate)
    actors = [_actor(m) for m in args.actor] if anchored else []
    if args.actor_source == ActorSource.ADJECTIVE:
        # تم شن غارة أمريكية: a state's armed force attacks; otherwise its government acts
        sector = ARMED_SECTOR if event_type in ARMED_TYPES else STATE_SECTOR
        actors = [a if a.sector else replace(a, sector=sector) for a in actors]
    if event_type == "PROTEST":
        actors = [a for a in actors if not _never_protests(a)]
    if event_type == "SANCTION" and actors and all(a.sector == CIVILIAN for a in actors):
        return None  # محتجون طردوا السفير من مقهى: a crowd imposes no sanction (guide §2: PROTEST is theirs)
    sides = {(a.identifier_id, a.code) for a in actors}
    # the same entity is not its own recipient (an antecedent reached twice, a name read twice)
    recipients = [_actor(m) for m in args.recipient
                  if m not in args.actor and (_actor(m).identifier_id, _actor(m).code) not in sides]
    if match.rule.needs_future_content:
        # حذر من أن الجيش سيمنع …: the warner restated as the doer of the act is not its target
        doers = {(a.code, a.sector) for a in actors}
        recipients = [r for r in recipients if (r.code, r.sector) not in doers]
    meeting = candidate.event == "CONSULT" and candidate.mode in SYMMETRIC_MODES
    if meeting and not actors and len(recipients) > 1:
        # مكالمة جمعت الرئيسين X وY: the parties a meeting brings together are all its actors
        actors, recipients = recipients, []
    if not actors:
        implied = _implied_actor(doc, candidate, event_type, mode, trigger_span, sentence_tokens, modality)
        if implied is None:
            return None
        actors = [implied]
    needs_recipient = event_type in NEEDS_RECIPIENT or match.rule.needs_recipient or (
        event_type == "SUPPORT" and not match.is_verb)
    if not recipients and needs_recipient:
        return None
    if match.rule.reversed_roles and recipients:
        actors, recipients = recipients, actors  # استقبل السيسي لافروف: the visitor acts, the host receives
    if meeting and recipients:
        # a meeting or call between equals, held or planned, lists every party as actor (guide §2, §5)
        actors, recipients = actors + recipients, []
    return Event(
        event=event_type,
        mode=mode,
        context=list(match.rule.context),
        actor=actors,
        recipient=recipients,
        trigger=trigger_span,
        trigger_text=doc.text[trigger_span.start:trigger_span.end],
        sentence=sentence_index,
        negated=status == Status.NEGATED,
        confidence=_confidence(candidate),
        provenance=Provenance(__version__, lexicon_version, match.rule.id),
        doc_id=doc.id,
    )


def _each_way(event: Event) -> list[Event]:
    """تبادل X وY الاتهامات: X accuses Y and Y accuses X, one event per party (coding guide §1)."""
    if len(event.actor) < 2 or event.recipient:
        return [event]
    return [replace(event, actor=[party], recipient=[other for other in event.actor if other is not party])
            for party in event.actor]


def _drop_poorer_twins(events: list[Event]) -> list[Event]:
    """Two readings of one event in one sentence (قتل … برصاص الجيش): keep the one that says more.

    The recipients of two attacks by the same doer in one sentence are one attack's: a bombing
    that killed a man as a patrol passed (مقتل شخص في انفجار لدى مرور دورية) hit both, so the
    kept attack takes the other's recipients too.
    """
    kept: list[Event] = []
    for event in events:
        key = (event.sentence, event.event, frozenset(a.code for a in event.actor))
        twin = next((k for k in kept if (k.sentence, k.event, frozenset(a.code for a in k.actor)) == key
                     and not _distinct_acts(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        better, other = (event, twin) if len(event.recipient) > len(twin.recipient) else (twin, event)
        if event.event == "ASSAULT":
            known = {(r.code, r.sector) for r in better.recipient} | {(a.code, a.sector) for a in better.actor}
            for recipient in other.recipient:
                if (recipient.code, recipient.sector) not in known:
                    known.add((recipient.code, recipient.sector))
                    better.recipient = [*better.recipient, recipient]
        kept[kept.index(twin)] = better
    return kept


def _distinct_acts(first: Event, second: Event) -> bool:
    """Two acts of one doer told with different modes are two events (فرضت قيودا … ونفذت حملة
    اعتقالات: a restriction and arrests); an attack's modes are the one attack seen twice."""
    return first.event != "ASSAULT" and first.mode is not None and second.mode is not None \
        and first.mode != second.mode


def _parties(actors: Sequence[Actor]) -> frozenset[str | None]:
    return frozenset(a.code or a.sector for a in actors)


def _drop_unaimed_repeats(events: list[Event]) -> list[Event]:
    """An attack the article tells with no target, by a doer whose attack on a named target it
    also reports, is that attack told again (guide §1: collapse repeats): شن الطيران غارات …
    ثم قصفت الطائرات مواقع المسلحين is one attack on the fighters."""
    aimed = {(e.negated, _parties(e.actor)) for e in events
             if e.event in REPEATED_WITHOUT_TARGET and e.actor and e.recipient}
    return [e for e in events if not (e.event in REPEATED_WITHOUT_TARGET and e.actor and not e.recipient
                                      and (e.negated, _parties(e.actor)) in aimed)]


def _collapse(events: list[Event], doc_id: str) -> list[Event]:
    """One record per (type, actors, recipients) in a document (coding guide §1: collapse repeats)."""
    seen: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (event.event, event.negated,
               frozenset((a.code, a.sector) for a in event.actor),
               frozenset((r.code, r.sector) for r in event.recipient))
        kept = seen.get(key)
        if kept is None or event.confidence > kept.confidence:
            seen[key] = event
    out = _drop_unaimed_repeats(_drop_poorer_twins(sorted(seen.values(), key=lambda e: (e.trigger.start, e.event))))
    for index, event in enumerate(out):
        event.index = index
        event.doc_id = doc_id
    return out
