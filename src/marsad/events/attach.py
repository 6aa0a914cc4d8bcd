"""Attach actor and recipient to a trigger: VSO and SVO verbs, verbal nouns, prepositions, passive agents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from marsad.events.lexicon import Genitive
from marsad.events.modality import Modality, word_in, written_forms
from marsad.events.triggers import TriggerMatch
from marsad.lang.ar.tokens import BEH, CONJUNCTIONS, FEH, LAM, WAW, analyses
from marsad.model import Mention, Token

# How far after a verb its subject may start (a time adverb or a short phrase may come
# between: قصفت مساء الخميس الطائرات الروسية …), and how far its object may reach.
SUBJECT_REACH = 5
OBJECT_REACH = 12
# How far before a verb a subject may stand in subject–verb order.
PRE_SUBJECT_REACH = 10
# How far before إنه/أنه the subject it resumes may end for the verb right after it to be that
# subject's (قال الجيش في بيان إنه اعترض); farther, the pronoun may stand for someone else.
RESUMED_REACH = 2
AGENT = "agent"  # marker of على يد / من قبل
BELONGING = "belonging"  # an owner after التابع لـ (attach: _markers)
OWNED_REACH = 2  # adjectives that may stand between an owned noun and التابع
INSTRUMENT = "instrument"  # برصاص، بقذائف: the doer of a passive, or the weapon of an active verb
LOCATIVE = "\u0641\u064a"  # في
PAST_PLURAL = "\u0648\u0627"  # ـوا
PRESENT_PLURAL = "\u0648\u0646"  # ـون
PRESENT_PERSON = ("\u064a", "\u062a")  # يـ تـ
FIRST_PERSON = ("\u0627", "\u0646")  # أـ نـ (folded): أشكر، ندين
TEH = "\u062a"
# Types whose country-name "recipients" are where they happen, not whom they target.
UNDIRECTED_EVENTS = frozenset({"MOBILIZE"})
# أن/إن with a pronoun standing for the subject of the clause they open.
COMPLEMENTIZER_STEMS = frozenset({"\u0627\u0646"})  # ان (أن، إن after folding)
SUBJECT_PRONOUNS = frozenset({"\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646"})
BETWEEN = "\u0628\u064a\u0646"  # بين
# Relative pronouns (folded, with ال): الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي
RELATIVE_PRONOUNS = frozenset({"\u0627\u0644\u0630\u064a", "\u0627\u0644\u062a\u064a",
                               "\u0627\u0644\u0630\u064a\u0646", "\u0627\u0644\u0644\u0630\u0627\u0646",
                               "\u0627\u0644\u0644\u062a\u0627\u0646", "\u0627\u0644\u0644\u0630\u064a\u0646",
                               "\u0627\u0644\u0644\u062a\u064a\u0646", "\u0627\u0644\u0644\u0648\u0627\u062a\u064a",
                               "\u0627\u0644\u0644\u0627\u062a\u064a"})
WITH = "\u0645\u0639"  # مع
# How far after a trigger the adjective of its object noun may stand (رفض المقترح الأمريكي الجديد).
QUALIFIER_REACH = 3
# How close a prepositional recipient must follow a verbal noun to show it is aimed at someone.
TARGET_REACH = 2
BEFORE = "\u0627\u0645\u0627\u0645"  # أمام (folded)
# Prepositions that mark a recipient for some types only: asked من, withdrew من, released عن,
# corridors opened أمام the residents (for them).
EVENT_PREPOSITIONS = {"REQUEST": frozenset({"\u0645\u0646"}), "SANCTION": frozenset({"\u0645\u0646"}),
                      "RETREAT": frozenset({"\u0645\u0646", "\u0639\u0646", BEFORE}),
                      "CONCEDE": frozenset({BEFORE})}
# Types whose بـ object is whom they are about: ندد بـ، رحب بـ، أشاد بـ، اعتقل بـ.
BEH_RECIPIENT_EVENTS = frozenset({"SANCTION", "COERCE", "ACCUSE", "AID", "CONSULT", "SUPPORT"})
MASCULINE_PLURALS = ("\u0648\u0646", "\u064a\u0646")  # ـون ـين
PLACE_ENTRIES = ("capital:", "country:")
VISIT = "visit"  # the CONSULT mode of visits
PERSON_ENTRY = "person:"
SINGULAR_ENTRIES = ("person:", "capital:", "country:", "seat:")
# Role nouns that name a site, which a visit goes to (زارت السيدة الأولى مدرسة ابتدائية)
VISITED_SITES = frozenset(f"agent:{a}" for a in ("school", "university", "hospital", "mosque", "church", "prison",
                                                 "military-base", "shop"))
# States and capitals, named by feminine nouns; not seats of power (الكرملين، البيت الأبيض: masculine)
FEMININE_STATE_ENTRIES = ("marsad:country:", "marsad:capital:")
YEH = "\u064a"  # ي: the imperfect's masculine prefix
APPOSITIVE_PUNCTUATION = frozenset({",", "\u060c"})  # , ،


class ActorSource(str, Enum):
    """Where the actor of a trigger was found; explanations and confidence use it."""

    AGENT_MARKER = "agent-marker"  # على يد / من قبل
    SUBJECT_AFTER = "subject-after"  # verb–subject–object
    SUBJECT_BEFORE = "subject-before"  # subject–verb, or the subject of a governing verb
    GENITIVE = "genitive"  # قصف الطيران الروسي
    ADJECTIVE = "adjective"  # تم شن غارة أمريكية: the act's nationality, after an impersonal passive
    CONTEXT = "context"  # carried from an earlier trigger or sentence
    SPEAKER = "speaker"  # who says the clause it stands in (قال الوزير إن انتهاكات وقعت)


@dataclass(slots=True)
class Arguments:
    """The mentions filling a trigger's actor and recipient slots."""

    actor: list[Mention]
    recipient: list[Mention]
    actor_from_context: bool = False
    actor_source: ActorSource | None = None
    targeted: bool = False  # a recipient follows the trigger at once, through a preposition (انتقادات للحكومة)
    # the first nationality adjective after the trigger (المقترح الأمريكي، القصف الإسرائيلي): whose
    # proposal or strike it is, a recipient for what a statement is about (coder: _adjective_targets)
    qualifier: Mention | None = None


def marker_of(mention: Mention, tokens: Sequence[Token], sentence_start: int, modality: Modality) -> str | None:
    """The preposition governing a mention: a proclitic (ل، ب) or the word before it, or AGENT."""
    if mention.pronoun and mention.governor is not None:
        return mention.governor  # عليهم: the preposition the pronoun is attached to
    if LAM in mention.prefixes:
        # حساب تويتر التابع لوزارة الخارجية: the owner after التابع لـ may stand for what it owns
        # (attach: _markers decides)
        # (a plain set test: this runs for every mention with لـ)
        owner = mention.token_start - 1 >= sentence_start and \
            tokens[mention.token_start - 1].norm in modality.belonging_words
        return BELONGING if owner else LAM
    if BEH in mention.prefixes:
        # ببغداد, بموسكو: a place name after بـ says where, like في
        return LOCATIVE if _is_state(mention) else BEH
    i = mention.token_start - 1
    if i < sentence_start or not tokens[i].is_word:
        return None
    previous = tokens[i - 1] if i - 1 >= sentence_start else None
    if previous is not None and any((word, tokens[i].norm) in modality.agent_markers
                                    for word in (previous.norm, previous.norm[1:])):
        return AGENT
    if word_in(tokens[i], modality.instrument_agent_markers):
        return INSTRUMENT
    if word_in(tokens[i], modality.partitives) and _is_quantity(previous, modality):
        return None  # آلاف من المتظاهرين: the noun phrase the quantity counts, not a من complement
    for word in (tokens[i].norm, tokens[i].norm[1:] if tokens[i].norm[:1] in CONJUNCTIONS else None):
        if word and (word in modality.recipient_prepositions or word in modality.locative_prepositions
                     or word in modality.source_prepositions or word in modality.other_prepositions):
            return word
    return None


# A sentence's markers by mention id, each with the mention it was worked out for (an id is
# reused once its object is freed): a sentence's mentions are tried for every trigger in it.
MarkerMemo = dict[int, tuple[Mention, "str | None"]]


def _markers(mentions: Sequence[Mention], tokens: Sequence[Token], sentence_start: int, modality: Modality,
             memo: MarkerMemo | None) -> dict[int, str | None]:
    """``marker_of`` each mention, by id, taken from ``memo`` when it has it."""
    if memo is None:
        markers = {id(m): marker_of(m, tokens, sentence_start, modality) for m in mentions}
        owners = BELONGING in markers.values()
    else:
        markers, owners = {}, False
        for mention in mentions:
            known = memo.get(id(mention))
            if known is None or known[0] is not mention:
                known = memo[id(mention)] = (mention, marker_of(mention, tokens, sentence_start, modality))
            markers[id(mention)] = known[1]
            owners = owners or known[1] == BELONGING
    if not owners:
        return markers  # the common case: no owner after التابع
    for mention in mentions:
        if markers[id(mention)] == BELONGING:
            # the owner stands for a thing that is no actor (الحساب التابع للسفارة سخر): unmarked; an
            # actor owned is the argument itself (الميليشيات التابعة لإيران أطلقت): لـ marks the owner
            # (an adjective may follow the owned noun: المليشيات الحوثية التابعة لإيران)
            owned = any(mention.token_start - 1 - OWNED_REACH <= m.token_end <= mention.token_start - 1
                        for m in mentions if m is not mention)
            markers[id(mention)] = LAM if owned else None
    return markers


def _is_quantity(token: Token | None, modality: Modality) -> bool:
    """A number or quantity word (آلاف، مئات، الآلاف، 300) that can count a noun after من."""
    if token is None:
        return False
    return token.norm.isdigit() or word_in(token, modality.numerals) or token.stem in modality.numerals


def _subject_right_before(before: Sequence[Mention], start: int, tokens: Sequence[Token],
                          markers: dict[int, str | None], modality: Modality) -> Mention | None:
    """A subject standing just before its verb, perhaps with قد or a negator between (وكانت تركيا قد
    استدعت، المملكة لن تسمح)."""
    if not before:
        return None
    last = before[-1]
    if markers[id(last)] is not None:
        return None
    between = tokens[last.token_end : start]
    if all(word_in(t, modality.auxiliaries_before_verb) or word_in(t, modality.negators) for t in between) \
            and len(between) <= 2:
        return last
    return None


def _shared_plural_subject(start: int, mentions: Sequence[Mention], tokens: Sequence[Token], sentence_start: int,
                           markers: dict[int, str | None], modality: Modality) -> Mention | None:
    """X قاموا … بعمليات ضد الجيش وخطفوا 50 شخصا: a plural verb joined by و shares the subject
    standing right before the last plural verb of the sentence before it, however far back
    (the first verb need be no trigger)."""
    for i in range(start - 1, sentence_start, -1):
        token = tokens[i]
        if not (token.is_word and len(token.norm) > 3 and has_plural_subject(token.norm)):
            continue
        if any(m.token_start <= i < m.token_end for m in mentions):
            continue  # a plural noun of a name (مسلحون تونسيون), no verb
        # the first plural verb before: its subject, if it stands right before it, is the shared one
        before = [m for m in mentions if m.token_end <= i and not m.pronoun]
        return _subject_right_before(before, i, tokens, markers, modality)
    return None


def has_plural_subject(verb: str) -> bool:
    """Whether an inflected verb form ends in a plural subject marker (ـوا, يـ…ـون)."""
    if verb.endswith(PAST_PLURAL):
        return True
    return verb.endswith(PRESENT_PLURAL) and verb[:1] in PRESENT_PERSON and len(verb) > 4


def speaks_first_person(verb: str, *, present: bool) -> bool:
    """An imperfect in the first person (أشكر، أدين، ندين): its subject is the speaker, never a noun after it."""
    return present and verb[:1] in FIRST_PERSON


def _with_coordinated(chosen: list[Mention], mentions: Sequence[Mention]) -> list[Mention]:
    """Add the mentions coordinated with the chosen one: إسرائيل ومصر, قطر والسعودية والإمارات."""
    if len(chosen) != 1:
        return chosen
    ordered = sorted(mentions, key=lambda m: m.token_start)
    index = next((i for i, m in enumerate(ordered) if m is chosen[0]), None)
    if index is None:
        return chosen
    start = end = index
    while start > 0 and _coordinates(ordered[start - 1], ordered[start]):
        start -= 1
    while end + 1 < len(ordered) and _coordinates(ordered[end], ordered[end + 1]):
        end += 1
    return list(ordered[start : end + 1])


def _coordinates(first: Mention, second: Mention) -> bool:
    """``second`` follows ``first`` directly, joined by و (or a comma before the و)."""
    return WAW in second.prefixes[:1] and 0 <= second.token_start - first.token_end <= 1


def _attach_symmetric(actor: list[Mention], after: Sequence[Mention], tokens: Sequence[Token], end: int,
                      markers: dict[int, str | None], mentions: Sequence[Mention], modality: Modality) -> Arguments:
    """Clashes are everyone's act: اشتباكات بين الجيش والحوثيين، اشتبكت القوات مع المسلحين."""
    # from the trigger's last word: a rule may end with بين itself (قتال بين)
    between = next((i for i in range(end - 1, min(end + 3, len(tokens))) if tokens[i].norm == BETWEEN), None)
    parties = list(actor)
    if between is not None:
        first = next((m for m in after if m.token_start > between), None)
        if first is not None and first.token_start - between <= 2:
            parties = [m for m in _with_coordinated([first], mentions) if m not in parties] + parties
    partner = next((m for m in after if markers[id(m)] == WITH), None)
    if partner is not None and any(t.norm == WITH for t in tokens[end : partner.token_start - 1]):
        partner = None  # المعارك مع غزة … لا اتفاق مع حماس: the clash's own مع names no actor
    if partner is not None and partner not in parties:
        parties.append(partner)
    named = between is not None or partner is not None  # the parties are named with the clash itself
    source = (ActorSource.GENITIVE if named else ActorSource.SUBJECT_AFTER) if parties else None
    return Arguments(parties, [], actor_source=source)


def _attach_passive_verb(after: Sequence[Mention], before: Sequence[Mention], markers: dict[int, str | None],
                         mentions: Sequence[Mention]) -> Arguments:
    """أصيب ثلاثة جنود برصاص قناص: the subject suffered the act; only على يد/برصاص names the doer."""
    doer = next((m for m in after if markers[id(m)] in (AGENT, INSTRUMENT)), None)
    sufferer = next((m for m in after if markers[id(m)] is None), None) or next(
        (m for m in reversed(before) if markers[id(m)] is None), None)
    return Arguments(_with_coordinated([doer], mentions) if doer else [],
                     _with_coordinated([sufferer], mentions) if sufferer else [],
                     actor_source=ActorSource.AGENT_MARKER if doer else None)


def _attach_passive(after: Sequence[Mention], before: Sequence[Mention], markers: dict[int, str | None],
                    modality: Modality) -> Arguments:
    """قوات مدعومة من التحالف: the doer follows من (or stands in the genitive), the receiver precedes."""
    doer = next((m for m in after if markers[id(m)] in modality.source_prepositions
                 or markers[id(m)] in (AGENT, BEH, None)), None)
    receiver = next((m for m in reversed(before) if markers[id(m)] is None), None)
    return Arguments([doer] if doer else [], [receiver] if receiver else [],
                     actor_source=ActorSource.AGENT_MARKER if doer else None)


def _attach_impersonal(after: Sequence[Mention], adjectives: Sequence[Mention], markers: dict[int, str | None],
                       modality: Modality) -> Arguments:
    """تم شن غارة أمريكية على مجمع، جرى اعتقال الصحفي على يد الشرطة: an act with no subject.

    Nobody before it is its doer (صرح مسؤولون بأنه تم شن ضربة: the officials report the strike):
    the doer is the agent (على يد، من قبل) or else the act's nationality; its genitive or the noun
    after a recipient preposition is what it is done to (تم قصف مواقع المسلحين).
    """
    agent = next((m for m in after if markers[id(m)] == AGENT), None)
    qualifier = next((m for m in adjectives if m.actor is not None), None)
    doer = agent or qualifier
    receiver = next((m for m in after if m is not doer and not m.pronoun
                     and (markers[id(m)] is None or markers[id(m)] in modality.recipient_prepositions)), None)
    source = ActorSource.AGENT_MARKER if agent else ActorSource.ADJECTIVE if qualifier else None
    return Arguments([doer] if doer else [], [receiver] if receiver else [], actor_source=source)


def _is_site(mention: Mention) -> bool:
    """A school, hospital, camp or house of worship named by its kind: visited, never a visitor (زارت مدرسة)."""
    return (mention.entry_id or "") in VISITED_SITES


def _is_state(mention: Mention) -> bool:
    """A country or capital mention (PLACE_ENTRIES): a place as much as an actor."""
    return (mention.entry_id or "").startswith(PLACE_ENTRIES)


def _restates(mention: Mention, subject: Sequence[Mention]) -> bool:
    """A person named right after a role subject with the same code and sector is that subject; a role
    read as its body, with no sector (الأمين العام للأمم المتحدة أنطونيو غوتيريش: UNO), has the person's."""
    person = mention.actor
    if not (mention.entry_id or "").startswith(PERSON_ENTRY) or person is None:
        return False
    same = [a for a in subject if a.actor is not None and a.actor.code == person.code
            and a.actor.sector in (person.sector, None)]
    return bool(same) and not any((a.entry_id or "").startswith(PERSON_ENTRY) for a in same)


def _appositive_role(mention: Mention, subject: Sequence[Mention], after_subject: int, tokens: Sequence[Token]) -> bool:
    """A role noun set off by a comma right after a named subject, with its code and sector, is that subject."""
    if mention.token_start != after_subject + 1 or tokens[after_subject].norm not in APPOSITIVE_PUNCTUATION:
        return False
    if mention.actor is None or not any((a.entry_id or "").startswith(PERSON_ENTRY) for a in subject):
        return False
    return any(a.actor is not None and (a.actor.code, a.actor.sector) == (mention.actor.code, mention.actor.sector)
               for a in subject)


def _is_counted(mention: Mention, tokens: Sequence[Token], sentence_start: int, modality: Modality) -> bool:
    """A counted noun after a kill verb is its victims: قتل 15 جنديا، قتل أربعة من الجنود."""
    i = mention.token_start - 1
    if i >= sentence_start and tokens[i].norm in modality.partitives:
        i -= 1
    if i < sentence_start:
        return False
    word = tokens[i]
    return word.norm.isdigit() or word_in(word, modality.numerals)


def _reads_as_passive(match: TriggerMatch) -> bool:
    """Undiacritized, most attack verbs read as their own passive (قُتل، دُمّرت); those whose passive
    is spelled otherwise (هاجم: هوجم) do not, and civilians before them are their doers
    (مستوطنون هاجموا مزارعين)."""
    from marsad.events.assault import AssaultCues

    return not match.is_verb or match.rule.id not in AssaultCues.load().active_only_rules


def _is_victim(mention: Mention) -> bool:
    actor = mention.actor
    if actor is None or actor.sector != "CVL":
        return False
    return (mention.entry_id or "").startswith(("agent:", "demonym:"))


def _agrees(verb: str, subject: Token, *, present: bool) -> bool:
    """A feminine verb (قصفت، تقصف) does not take a masculine sound plural subject (المسلحون).

    The caller exempts states, capitals and persons, whose names may end as such a plural does
    (الصين، البحرين، فلسطين) and are singular all the same.

    Only an imperfect's تـ is the feminine prefix: in a perfect (تظاهر، تعاون) it is part of the stem.
    """
    feminine = verb.endswith(TEH) or (present and verb.startswith(TEH))
    return not (feminine and subject.norm.endswith(MASCULINE_PLURALS))


def _opens_clause(match: TriggerMatch, tokens: Sequence[Token], sentence_start: int, modality: Modality) -> bool:
    """A verb form that opens its clause: first in the sentence, after a mark, with و or ف on it, or after
    a particle (قد، ثم، كما، حيث) — there it is a verb, not a verbal noun."""
    if match.start <= sentence_start or not tokens[match.start - 1].is_word:
        return True
    prefixes = match.head_hit.analysis.prefixes
    return WAW in prefixes or FEH in prefixes or word_in(tokens[match.start - 1], modality.clause_particles)


def _state_after_masculine_verb(mention: Mention, verb: str, head: Token, *, present: bool,
                                modality: Modality) -> bool:
    """دعا الولايات المتحدة إلى، هاجم إسرائيل: a state's name is feminine, so after a masculine singular
    verb it is the object and the subject is dropped; the few masculine ones (العراق، لبنان، اليمن) and
    states named like plurals are left to the verb."""
    actor = mention.actor
    if actor is None or not (actor.identifier_id or "").startswith(FEMININE_STATE_ENTRIES) or \
            actor.code in modality.masculine_states or word_in(head, modality.masculine_heads):
        return False  # العراق، and a state named by a masculine noun (الاحتلال الإسرائيلي، الكيان)
    masculine = verb[:1] == YEH if present else not verb.endswith(TEH)
    return masculine and not has_plural_subject(verb) and not _named_like_plural(mention)


def _named_like_plural(mention: Mention) -> bool:
    """الصين، البحرين، فلسطين، الفلبين: names that end like a masculine plural agree either way."""
    return mention.actor is not None and mention.actor.entity_text.endswith(MASCULINE_PLURALS)


def _singular_entity(mention: Mention) -> bool:
    """A person, state or capital: never the subject of a verb with a plural ending (ـوا، يـون)."""
    return (mention.entry_id or "").startswith(SINGULAR_ENTRIES)


def _resumes_subject(token: Token) -> bool:
    """أنه، أنها، إنهم، بأنه: a complementizer carrying the pronoun of the clause's subject."""
    return any(a.stem in COMPLEMENTIZER_STEMS and a.suffix in SUBJECT_PRONOUNS for a in analyses(token.norm))


def _object_conjunct(mention: Mention, mentions: Sequence[Mention], markers: dict[int, str | None]) -> bool:
    """A noun joined by و to an earlier object is no subject: وطردت السفير في أنقرة والقنصل العام.

    After بين it is one of the parties named together (تعاون بين التحالف وشيوخ القبائل), which
    the subject search has always taken with its partner.
    """
    if WAW not in mention.prefixes[:1]:
        return False
    previous = next((m for m in mentions if _coordinates(m, mention)), None)
    return previous is None or markers.get(id(previous)) != BETWEEN


def _relative_antecedent(match: TriggerMatch, mentions: Sequence[Mention], tokens: Sequence[Token], boundary: int,
                         sentence_start: int, modality: Modality) -> Mention | None:
    """The noun a relative pronoun stands for is the subject of the verb it opens: الإمارات التي تساند القوات.

    Not when the verb carries an object pronoun: that pronoun is the antecedent (المدينة التي قصفتها الطائرات).
    """
    if not match.is_verb or boundary - 1 <= sentence_start or match.head_hit.analysis.suffix:
        return None
    if not word_in(tokens[boundary - 1], RELATIVE_PRONOUNS):
        return None
    between = tokens[boundary : match.start]
    if len(between) > 2 or not all(word_in(t, modality.auxiliaries_before_verb) for t in between):
        return None
    return next((m for m in mentions if m.token_end == boundary - 1 and not m.pronoun and not m.adjective), None)


def _left_boundary(tokens: Sequence[Token], head: int, floor: int, modality: Modality) -> int:
    # the set word_in accepts, tested inline: this walks back from every trigger
    complementizers = written_forms(modality.complementizers)
    for i in range(head - 1, floor - 1, -1):
        if tokens[i].norm in complementizers:
            return i + 1
    return floor


def attach(match: TriggerMatch, mentions: Sequence[Mention], tokens: Sequence[Token], *, sentence_start: int,
           right_limit: int, left_limit: int, modality: Modality, marker_memo: MarkerMemo | None = None) -> Arguments:
    """Fill the actor and recipient of ``match`` from the sentence's actor mentions.

    ``marker_memo``: the markers of the sentence's mentions found for its earlier triggers.
    """
    head, end = match.head, match.end
    # a nationality adjective of some other noun (الحدود التركية) is no argument; tried as the
    # doer of a verbal noun (الغارات الإسرائيلية) it coded more topics than reports on the GSR set
    # (a noun's adjective may stand inside its expression: الضربات الأمريكية على اليمن)
    adjectives = [m for m in mentions if m.adjective]
    if adjectives:
        qualifier_from = match.head + 1 if not match.is_verb else end
        qualifier_to = min(right_limit, end + QUALIFIER_REACH)
        adjectives = [m for m in adjectives if qualifier_from <= m.token_start < qualifier_to]
    mentions = [m for m in mentions if not m.adjective]
    # an actor noun that is the rule's own object is the recipient (طرد السفير الإسرائيلي)
    pattern_object = [m for m in mentions if match.rule.recipient_in_pattern and not m.pronoun
                      and m.token_start == match.positions[-1] and len(match.positions) > 1]
    # the trigger's own words are not its arguments (انتحاري in هجوم انتحاري)
    # (a pronoun on a trigger word still is: عرضت موسكو عليهم)
    mentions = [m for m in mentions
                if m.pronoun or not any(m.token_start <= p < m.token_end for p in match.positions)]
    markers = _markers(mentions, tokens, sentence_start, modality, marker_memo)
    # في موسكو is where something happened, not who did it; but a corridor opened أمام السكان is
    # opened for them
    mentions = [m for m in mentions if markers[id(m)] not in modality.locative_prepositions
                or (markers[id(m)] in EVENT_PREPOSITIONS.get(match.rule.event, ())
                    and not _is_state(m))]
    after = [m for m in mentions if end <= m.token_start < min(right_limit, end + OBJECT_REACH)]
    inside = [m for m in mentions if match.start < m.token_start < end and m.token_end <= end]
    floor = max(left_limit, head - PRE_SUBJECT_REACH)
    boundary = _left_boundary(tokens, match.start, floor, modality)
    before = [m for m in mentions if boundary <= m.token_start and m.token_end <= match.start]
    if match.start > sentence_start and word_in(tokens[match.start - 1], modality.impersonal_passives):
        # the act's own nationality stands right after it, or after one adjective (غارة جوية أمريكية),
        # not behind a preposition (تم توقيفه في الداخل اللبناني)
        qualifiers = [m for m in adjectives if m.token_start - end <= 1 and not any(
            t.norm in modality.locative_prepositions or t.norm in modality.recipient_prepositions
            for t in tokens[end : m.token_start])]
        return _attach_impersonal(after, qualifiers, markers, modality)
    resumed: Mention | None = None
    if boundary > sentence_start and _resumes_subject(tokens[boundary - 1]):
        # أعلنت الأمم المتحدة أنها تنوي …: the pronoun on أن is the subject of the clause it opens,
        # so the clause's subject is the one before it
        before = [m for m in mentions if m.token_end <= boundary - 1 and m.token_start >= sentence_start
                  and not m.pronoun][-1:] + before
        if before and match.start == boundary and 0 <= boundary - 1 - before[0].token_end <= RESUMED_REACH:
            resumed = before[0]  # قال الجيش إنه اعترض …: the verb right after إنه is that subject's
    antecedent = _relative_antecedent(match, mentions, tokens, boundary, sentence_start, modality)
    if antecedent is not None:
        before = [antecedent, *before]
    if match.is_verb and match.rule.head > 0:
        # the noun a verb-headed expression opens with is the verb's object, fronted (اتهامات وجهها
        # له X): what stands before that noun is no subject of the verb, and a pronoun between
        # (التي) or on the verb (ـها) stands for that noun
        before = []
        inside = [m for m in inside if not m.pronoun]
    actor: list[Mention] = []
    recipient: list[Mention] = []
    passive_agents = [m for m in after if markers[id(m)] == AGENT]
    source: ActorSource | None = None
    if match.rule.passive and match.is_verb:
        return _attach_passive_verb(after, before, markers, mentions)
    if match.rule.passive:
        return _attach_passive(after, before, markers, modality)
    if passive_agents:
        actor.append(passive_agents[0])
        source = ActorSource.AGENT_MARKER
    candidates = inside + after
    if match.is_verb:
        if not actor and resumed is not None and not has_plural_subject(match.head_hit.analysis.stem):
            actor.append(resumed)
            source = ActorSource.SUBJECT_BEFORE
        if not actor and antecedent is not None:
            # the relative pronoun is the verb's subject whatever governs its antecedent (حراسة من
            # قوات الاحتلال التي فرضت …: من marks the antecedent in the outer clause, not in this one)
            actor.append(antecedent)
            source = ActorSource.SUBJECT_BEFORE
        if not actor:
            # a verb that carries a plural subject (استهدفوا، يقصفون) has its subject before it
            # or dropped: the noun after it is its object
            verb = match.head_hit.analysis.stem
            adjacent = _subject_right_before(before, match.start, tokens, markers, modality)
            if adjacent is not None:
                actor.append(adjacent)
                source = ActorSource.SUBJECT_BEFORE
            # a named object with its preposition comes after the subject (وجهت الرياض للدوحة):
            # a noun after it belongs to the object's phrase (وجهتها للسعودية بمنع الحجاج القطريين)
            first_object = next((m.token_start for m in candidates
                                 if not m.pronoun and markers[id(m)] not in (None, BETWEEN)), len(tokens))
            if match.rule.head == 0 and len(match.positions) > 1:
                # the pattern's last word is the verb's object (اعترض الجيش الأحد سفينة): its subject
                # stands before it, and a noun after it belongs to the object's phrase (سفينة تقل ناشطين)
                first_object = min(first_object, match.positions[-1])
            # أشكر خدمات الطوارئ: after a first-person verb the noun is its object; the speaker
            # quoted before is its subject
            first_person = speaks_first_person(verb, present=match.head_hit.present)
            # the agreement test needs a verb; a form after a preposition or another word is as often
            # the verbal noun (بناء على طلب الكويت، بعد رفض إيطاليا), whose genitive is its doer
            opens_clause = _opens_clause(match, tokens, sentence_start, modality)
            subject = None if actor or has_plural_subject(verb) or first_person else next(
                (m for m in candidates if markers[id(m)] is None and m.token_start - end < SUBJECT_REACH
                 and m.token_start < first_object and not _object_conjunct(m, mentions, markers)
                 and (_singular_entity(m) or _agrees(verb, tokens[m.token_start], present=match.head_hit.present))
                 and not (opens_clause and _state_after_masculine_verb(
                     m, verb, tokens[m.token_start], present=match.head_hit.present, modality=modality))),
                None)
            if subject is not None and match.rule.mode == VISIT and (_is_state(subject) or _is_site(subject)):
                # سيصل إثيوبيا غدا في زيارة، زار موسكو: a state right after a visit verb is where the
                # visitor goes; the visitor is the dropped subject
                recipient.append(subject)
            elif subject is not None:
                actor.append(subject)
                source = ActorSource.SUBJECT_AFTER
            if not actor:
                # ورموه بعد أن طردوا السفير: a plural verb's dropped subject is no named person before it
                plural = has_plural_subject(verb)
                unmarked_before = [m for m in before if markers[id(m)] is None
                                   and not (plural and _singular_entity(m))]
                if unmarked_before:
                    actor.append(unmarked_before[-1])
                    source = ActorSource.SUBJECT_BEFORE
                elif plural and WAW in match.head_hit.analysis.prefixes:
                    shared = _shared_plural_subject(match.start, mentions, tokens, sentence_start, markers, modality)
                    if shared is not None:
                        actor.append(shared)
                        source = ActorSource.SUBJECT_BEFORE
    else:
        # one word may stand between a noun and its genitive (an adjective), but not أن or إن:
        # في بدء الاجتماع أن السفارة … opens a clause whose subject is nobody's genitive
        genitive = next((m for m in after if m.token_start - end <= 1 and markers[id(m)] is None
                         and not any(word_in(t, modality.complementizers) for t in tokens[end : m.token_start])),
                        None)
        if genitive is not None and match.rule.mode == VISIT and _is_state(genitive):
            recipient.append(genitive)  # زيارة روسيا: a state after a visit is where it goes, not who goes
        elif genitive is not None:
            if match.rule.genitive == Genitive.ACTOR and not actor:
                actor.append(genitive)
                source = ActorSource.GENITIVE
            elif match.rule.genitive == Genitive.RECIPIENT:
                recipient.append(genitive)
        if not actor:
            unmarked_before = [m for m in before if markers[id(m)] is None]
            if unmarked_before:
                actor.append(unmarked_before[-1])
                source = ActorSource.SUBJECT_BEFORE
    if match.rule.event == "ASSAULT" and source in (ActorSource.SUBJECT_AFTER, ActorSource.SUBJECT_BEFORE) and (
            (_is_victim(actor[0]) and _reads_as_passive(match)) or _is_counted(actor[0], tokens, sentence_start,
                                                                              modality)):
        # قتل 15 شخصا، مدنيين قتلوا، أصيب صياد: undiacritized, the passive reads like the
        # active; people like these are what an attack is done to, not who does it
        recipient, actor, source = [actor[0]], [], None
    instruments = [m for m in after if markers[id(m)] == INSTRUMENT]
    if not actor and instruments:
        # with no subject of its own, the verb is a passive and برصاص X names its doer
        # (قتل صياد برصاص البحرية); with one, بقذائف المدفعية is only the weapon
        actor, source = [instruments[0]], ActorSource.AGENT_MARKER
    actor = _with_coordinated(actor, mentions)
    if match.rule.symmetric:
        return _attach_symmetric(actor, after, tokens, end, markers, mentions, modality)
    if pattern_object:
        recipient = _with_coordinated(pattern_object, sorted([*mentions, *pattern_object], key=lambda m: m.token_start))
    if not recipient:
        used = {id(m) for m in actor}
        # the object follows the subject: السعودية والإمارات … مساعدات للسودان
        after_subject = max((m.token_end for m in actor if m.token_start >= match.start), default=0) \
            if source == ActorSource.SUBJECT_AFTER else 0
        for m in candidates:
            # a pronoun object may stand before the subject it is joined to (وجهها له الإعلامي)
            before_subject = m.token_start < after_subject and not (m.pronoun and m.governor is not None)
            if id(m) in used or markers[id(m)] in (AGENT, INSTRUMENT) or before_subject:
                continue
            if m.token_start == after_subject and _restates(m, actor):
                continue  # the name after a title is the subject again: الأمين العام لحزب الله حسن نصر الله
            if _appositive_role(m, actor, after_subject, tokens):
                continue  # the role after a name is the subject again: ضاحي خلفان، نائب رئيس شرطة دبي
            marker = markers[id(m)]
            if match.rule.event in UNDIRECTED_EVENTS and _is_state(m):
                continue  # نشرت قواتها على الحدود مع لبنان: a deployment is somewhere, not at someone
            if marker is None or marker == LAM or marker in modality.recipient_prepositions:
                recipient.append(m)
                break
            if marker in EVENT_PREPOSITIONS.get(match.rule.event, ()):
                recipient.append(m)  # طلب من, انسحب من, أفرج عن
                break
            if marker == BEH and match.rule.event in BEH_RECIPIENT_EVENTS:
                recipient.append(m)
                break
    first = recipient[0] if recipient else None
    targeted = first is not None and first.token_start - end <= TARGET_REACH and \
        markers.get(id(first)) not in (None, AGENT, INSTRUMENT)
    return Arguments(actor, _with_coordinated(recipient, mentions), actor_source=source, targeted=targeted,
                     qualifier=adjectives[0] if adjectives else None)
