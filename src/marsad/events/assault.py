"""ASSAULT triggers that report no attack: verbal attacks, aims, defused bombs, weapons tests, background.

Measured on the GSR development sentences, where the ASSAULT words (هاجم، هجوم، سيارة
مفخخة، فجر، قتل) were coded in far more sentences than reported an attack.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, takewhile
from operator import attrgetter

from marsad.datafiles import load_data
from marsad.events.attach import ActorSource, Arguments
from marsad.events.lexicon import Pos, TriggerLexicon
from marsad.events.modality import Modality, any_word_in, bare, word_in
from marsad.events.triggers import QUOTES, TriggerMatch
from marsad.lang.ar.normalize import match_key, match_keys
from marsad.lang.ar.phrases import holds_phrase, phrase_keys
from marsad.lang.ar.tokens import AL, BEH, CONJUNCTIONS, IN, LAM
from marsad.model import Mention, Token

ASSAULT_SCHEMA = "marsad.events.assault/1"
FIGURATIVE = "figurative"  # the rejection reason of a verbal attack, which is coded as ACCUSE
CRITICISM_MODE = "disapprove"
AL_PREFIX = "\u0627\u0644"  # ال
# How far before a verbal noun a plan word still makes it an aim (مخطط لاغتياله، خطة لشن هجوم).
PLAN_REACH = 3
# How many onset words may chain between a plan word and its attack noun (توقع ارتفاع حصيلة الانفجار).
ONSET_CHAIN = 2
# How far before a و-joined trigger the attack noun it is joined to may stand, past its adjectives
# (ضربات جوية وصاروخية وقصف).
CONJUNCT_REACH = 3
# How far before an attack noun a verb of undergoing governs it (تعرضت القافلة أمس لهجوم).
UNDERGO_REACH = 3
# How far after a weapon an attack noun with لـ still names what it is for (طائرة لمهاجمة أهداف).
PURPOSE_REACH = 2
# How far before a verb form a stance verb takes it as its object noun (يرفض الأزهر قتل).
STANCE_REACH = 3
# How far after a detonation verb its device may be called a test device (فجرت كوريا الشمالية قنبلة هيدروجينية).
TEST_REACH = 5
# How far after a verbal noun a hedge still qualifies it (غارات روسية محتملة على إدلب).
HEDGE_REACH = 4
# How far before a device noun a finding or defusing verb governs it (فككت قوات الأمن أمس سيارة مفخخة).
DEFUSAL_REACH = 8
# Words that may stand between a relative pronoun and its verb (الذي كان قد قتل).
RELATIVE_GAP = 2
# How far before an attack noun the relative pronoun of the clause it stands in may be (اللذين قتلا
# مع مرافقيهما بتفجير).
CLAUSE_REACH = 3
# How many tokens before a و-joined verb form its first conjunct and that conjunct's governing
# noun may take, quotation marks included (جريمة «اغتصاب وقتل»).
GOVERNOR_REACH = 4
# How many words before a relative pronoun may name the attack it describes (الهجوم الانتحاري الذي).
ANTECEDENT_REACH = 2
# A proclitic (و ف ب ل) is read on a word longer than this (بانفجار، وأصيب; not بين، لدى).
PROCLITIC_MIN = 3
_PROCLITIC_LETTERS = frozenset((*CONJUNCTIONS, BEH, LAM))  # و ف ب ل
# How far before a verb an attack noun stands as its subject (هجوم انتحاري بسيارة مفخخة استهدف).
SUBJECT_NOUN_REACH = 2
# How many words (other adjectives: الجوية، المكثفة) may stand between an attack noun and the
# nationality adjective that names its doer.
ADJECTIVE_GAP = 1
ADJECTIVE_REACH = 2  # how far after a figurative attack its adjective may stand (هجوما سياسيا حادا)
CAUSE_REACH = 16  # how far before an attack noun its casualties may be told (قتل أربعة، بينهم ثلاثة ناشطين، في)
EXPLOSIVES = "explosives"  # the mode of bombings, which a controlled detonation reads like
DESTROY = "destroy"  # the mode of a destruction that may be an attack's result
RESULT_GAP = 1  # a coordinated adjective may stand between: قصف جوي ومدفعي تدمير
FORCES = "MIL"  # a state's attack is its forces' (الغارات الإسرائيلية: ISR MIL)
NATIONALS = "CVL"  # the nationals of a country, named by its demonym (خطفوا أميركيا)
COUNTRY_IDENTIFIER = "marsad:country:"
AGENT_ENTRY = "agent:"  # the entries of role nouns (مستوطنون، مسلحون), unnamed groups
DEMONYM_IDENTIFIER = "marsad:demonym:"
ACCUSATIVE_NISBA = match_key("\u064a\u0627")  # ـيا: بريطانيا is Britain and "a Briton"
# How far before an attack noun a demonstrative points back to it (مثل هذه التفجيرات).
DEMONSTRATIVE_REACH = 2
# How far before an imperfect verb a witness verb makes it what was seen (شاهد مسلحين يطلقون النار).
PERCEPTION_REACH = 4
# How far after a kill verb its counted victims may start (قتل أمس خمسة من عناصر الشرطة).
COUNT_REACH = 5
# How far after an attack verb "so far" may stand: after its subject (اعتدى القراصنة حتى الآن).
SO_FAR_REACH = 4
# How far after a trigger the word that gives it another sense may stand: after a subject and
# its adjective (خطفت المغنية اللبنانية الأضواء).
SENSE_REACH = 3
# How far before its verbal noun a light verb (قام بـ) or a verb of setting about (عمد إلى) may stand:
# past its subject and an adjective or two (عمدت القوات الخاصة الإسرائيلية إلى قصف).
UNDERTAKING_REACH = 5


@dataclass(frozen=True, slots=True)
class AssaultCues:
    """The word lists of ``events/assault.yaml``, as match keys (rule ids and sectors as written)."""

    figurative_rules: frozenset[str]
    figurative_words: frozenset[str]
    figurative_adjectives: frozenset[str]
    armed_sectors: frozenset[str]
    physical_words: frozenset[str]
    plan_words: frozenset[str]
    plan_links: frozenset[str]
    onset_words: frozenset[str]
    charge_words: frozenset[str]
    attack_masdars: frozenset[str]
    exposure_words: frozenset[str]
    device_rules: frozenset[str]
    defusal_words: frozenset[str]
    test_words: frozenset[str]
    relatives: frozenset[str]
    survival_words: frozenset[str]
    relative_auxiliaries: frozenset[str]
    passive_prone_rules: frozenset[str]
    no_object_words: frozenset[str]
    weapon_named_modes: frozenset[str]
    casualty_rules: frozenset[str]
    verbal_noun_forms: frozenset[str]
    clause_initial_verb_forms: frozenset[str]
    purpose_particles: frozenset[str]
    hedge_words: frozenset[str]
    noun_governors: frozenset[str]
    noun_taking_verbs: frozenset[str]
    count_words: frozenset[str]
    perception_words: frozenset[str]
    present_doers: frozenset[str]
    demonstratives: frozenset[str]
    anniversary_words: frozenset[str]
    among_words: frozenset[str]
    other_senses: Mapping[str, frozenset[str]]  # rule id -> the words that give it another sense
    generic_victims: frozenset[str]
    instrument_words: frozenset[str]
    befall_rules: frozenset[str]
    befall_words: frozenset[str]
    active_only_rules: frozenset[str]
    intransitive_rules: frozenset[str]
    sufferer_rules: frozenset[str]
    crowd_sectors: frozenset[str]
    owner_words: frozenset[str]
    undergo_words: frozenset[str]
    toll_words: frozenset[str]
    possessor_doers: frozenset[str]
    characterizing_words: frozenset[str]
    alternative_openers: frozenset[str]
    eulogies: frozenset[tuple[str, ...]]
    mishaps: frozenset[tuple[str, ...]]
    so_far: frozenset[tuple[str, ...]]
    version: str

    @classmethod
    def load(cls) -> AssaultCues:
        """The shipped cues."""
        return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> AssaultCues:
    data = load_data("events/assault.yaml", ASSAULT_SCHEMA)
    words = ("figurative_words", "figurative_adjectives", "physical_words", "plan_words", "plan_links",
             "onset_words", "charge_words",
             "attack_masdars", "exposure_words", "defusal_words", "test_words", "relatives", "survival_words",
             "relative_auxiliaries", "no_object_words", "verbal_noun_forms", "clause_initial_verb_forms",
             "noun_governors", "noun_taking_verbs", "purpose_particles", "hedge_words", "count_words",
             "perception_words", "present_doers", "demonstratives", "anniversary_words", "among_words",
             "generic_victims", "instrument_words", "befall_words", "characterizing_words", "alternative_openers",
             "owner_words", "undergo_words", "toll_words", "possessor_doers")
    as_written = ("figurative_rules", "armed_sectors", "device_rules", "passive_prone_rules", "weapon_named_modes",
                  "casualty_rules", "befall_rules", "active_only_rules", "intransitive_rules",
                  "sufferer_rules",
                  "crowd_sectors")
    senses = {rule: match_keys(entry["words"]) for entry in data["other_senses"] for rule in entry["rules"]}
    return AssaultCues(**{k: match_keys(data[k]) for k in words}, **{k: frozenset(data[k]) for k in as_written},
                       other_senses=senses, eulogies=_phrases(data["eulogies"]),
                       mishaps=_phrases(data["mishaps"]), so_far=_phrases(data["so_far"]),
                       version=f"{data['name']}@{data['version']}")


def _phrases(phrases: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """Phrases of several words, as tuples of match keys."""
    return frozenset(map(phrase_keys, phrases))


@dataclass(frozen=True, slots=True)
class Scene:
    """What a sentence offers as evidence of an armed attack: its words and the mode cue words."""

    tokens: Sequence[Token]
    start: int  # the sentence's first token index in the document
    evidence: frozenset[str]  # casualty, device and weapon words, as match keys
    attack_nouns: frozenset[str]  # the forms of ASSAULT nouns (stems), folded
    attack_heads: frozenset[str]  # of these, the forms of nouns that head a rule


_EVIDENCE: dict[tuple[int, int], frozenset[str]] = {}
_ATTACK_NOUNS: dict[tuple[int, bool], frozenset[str]] = {}


def attack_nouns(lexicon: TriggerLexicon, *, heads: bool = False) -> frozenset[str]:
    """Every form of a noun that an ASSAULT rule uses (هجوم، الانتحاري، تفجير), folded; with ``heads``,
    only the words that head a rule (not رهينة of احتجز رهينة, which names a person)."""
    key = (id(lexicon), heads)
    nouns = _ATTACK_NOUNS.get(key)
    if nouns is None:
        words = {w for rules in lexicon.rules_by_first.values() for rule in rules if rule.event == "ASSAULT"
                 for w in ((rule.pattern[rule.head],) if heads else rule.pattern)}
        nouns = _ATTACK_NOUNS[key] = frozenset(
            form for form, entries in lexicon.forms.items()
            if any(word in words and pos == Pos.NOUN for word, pos in entries))
    return nouns


def scene(tokens: Sequence[Token], start: int, end: int, modality: Modality, lexicon: TriggerLexicon,
          cues: AssaultCues) -> Scene:
    """The sentence ``tokens[start:end]`` as evidence for the ASSAULT triggers in it."""
    weapon_cues = lexicon.mode_cues.get("ASSAULT", [])
    key = (id(modality), id(lexicon))
    evidence = _EVIDENCE.get(key)
    if evidence is None:
        words = set(modality.casualty_words | modality.device_words | cues.physical_words)
        for _mode, keys in weapon_cues:
            words |= keys
        evidence = _EVIDENCE[key] = frozenset(words)
    return Scene(tokens[start:end], start, evidence, attack_nouns(lexicon), attack_nouns(lexicon, heads=True))


_IS_WORD = attrgetter("is_word")
_STEM = attrgetter("stem")


def _any_word(tokens: Sequence[Token], words: frozenset[str]) -> bool:
    """Whether a token is one of ``words``, as written, without و/ف, or without any clitic (الكيميائي)."""
    # (two set tests over the words rather than a call per token: asked about every attack trigger)
    found = list(compress(tokens, map(_IS_WORD, tokens)))
    return any_word_in(found, words) or not words.isdisjoint(map(_STEM, found))


def _armed(actors: Sequence[Mention], cues: AssaultCues) -> bool:
    return any(m.actor is not None and m.actor.sector in cues.armed_sectors for m in actors)


def figurative(match: TriggerMatch, args: Arguments, where: Scene, cues: AssaultCues) -> bool:
    """هاجمت رايس حماس قائلة …: an attack in words, by someone who does not bear arms."""
    if match.rule.id not in cues.figurative_rules:
        return False
    if _armed(args.actor, cues):
        return False
    if _any_word(where.tokens, cues.figurative_words) or _qualified_by(match, where, cues.figurative_adjectives):
        return True
    # مستوطنون هاجموا مزارعين: an unnamed crowd attacks with its hands, not in words
    return not _any_word(where.tokens, where.evidence) and not _crowd(args.actor, cues)


def _qualified_by(match: TriggerMatch, where: Scene, adjectives: frozenset[str]) -> bool:
    """An adjective after the trigger's first word, within it (هجوم لاذع شنته) or right after it (هجوما لاذعا)."""
    first, last = match.start + 1 - where.start, match.end + ADJECTIVE_REACH - where.start
    return _any_word(where.tokens[max(0, first) : last], adjectives)


def _crowd(actors: Sequence[Mention], cues: AssaultCues) -> bool:
    return any(m.actor is not None and m.actor.sector in cues.crowd_sectors and not m.pronoun
               and (m.entry_id or "").startswith(AGENT_ENTRY) for m in actors)


def _before(where: Scene, position: int, reach: int) -> Sequence[Token]:
    index = position - where.start
    return where.tokens[max(0, index - reach) : index]


def aimed(match: TriggerMatch, where: Scene, cues: AssaultCues, modality: Modality) -> bool:
    """مخطط لاغتياله، تحسبا لأي ضربة، هجوم محتمل، طائرة لمهاجمة أهداف، كي تقتل: an aim or a prospect, not an act."""
    if _any_word(_before(where, match.start, PLAN_REACH), cues.charge_words):
        return True  # متهمين بالضلوع في هجوم: the attack is a charge
    conjunct = _first_conjunct(match, where, cues.verbal_noun_forms)
    if match.is_verb and conjunct is None:
        # خيار شن ضربات، وقف إطلاق النار: after a plan word the verb form is its verbal noun
        before = _before(where, match.start, 2)
        if before and word_in(before[-1], cues.plan_links):
            before = before[:-1]  # ليتمكنوا من شن هجوم: the plan word's own preposition between
        return _any_word(before[-1:], cues.purpose_particles | cues.plan_words)
    # رجحت توجيه ضربات جوية وقصف المواقع: a conjunct is governed as the attack noun it is joined to
    start = match.start if conjunct is None else conjunct
    for _ in range(ONSET_CHAIN):
        if not _any_word(_before(where, start, 1), cues.onset_words):
            break
        start -= 1  # مخاوف كبيرة من اندلاع معارك: the fear governs the fight through its onset
    before = _governed_before(where, start, PLAN_REACH, modality)
    index = match.end - where.start
    if _any_word(before, cues.plan_words) or _any_word(where.tokens[index : index + HEDGE_REACH], cues.hedge_words):
        return True
    if _for_an_attack(match, where, cues):
        return True
    if conjunct is not None:
        # هدفا للقتل والخطف: the conjunct is for what its first conjunct is for
        prefixes = where.tokens[conjunct - where.start].prefixes
    elif match.head == match.start:
        prefixes = match.head_hit.analysis.prefixes
    else:
        return False
    if LAM not in prefixes:
        return False
    # تعرض لهجوم، إثر لهجوم: the attack happened to someone
    return not _any_word(_before(where, start, 2), cues.exposure_words)


def _first_conjunct(match: TriggerMatch, where: Scene, noun_forms: frozenset[str]) -> int | None:
    """وقصف after ضربات جوية: the position of the attack noun a و-joined trigger is coordinated with.

    A verb form with the article (للقتل والخطف) is the verbal noun as well.
    """
    index = match.start - where.start
    prefixes = match.head_hit.analysis.prefixes if match.head == match.start else where.tokens[index].prefixes
    if index == 0 or prefixes[:1] != (CONJUNCTIONS[0],):
        return None
    if match.is_verb and match.head_hit.analysis.stem not in where.attack_nouns:
        return None  # واحتجزت: a verb that is no noun form opens a clause of its own (وقصف may be the noun)
    found = None
    for i in range(index - 1, max(-1, index - 1 - CONJUNCT_REACH), -1):
        token = where.tokens[i]
        if not token.is_word:
            break
        if token.stem in where.attack_nouns or (AL in token.prefixes and token.stem in noun_forms):
            found = i  # ضربات جوية: the noun and the words of its rule
        elif found is not None:
            break
    return None if found is None else where.start + found


def _governed_before(where: Scene, position: int, reach: int, modality: Modality) -> Sequence[Token]:
    """The words before ``position`` up to ``reach``, after the last complementizer among them: a
    word before أن does not govern the clause it opens (رجح المسؤول أن الهجوم نفذته القاعدة)."""
    before = _before(where, position, reach)
    cut = next((i for i in range(len(before) - 1, -1, -1) if word_in(before[i], modality.complementizers)), -1)
    return before[cut + 1 :]


def _for_an_attack(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """طائرة بدون طيار لمهاجمة أهداف، سيارات مفخخة لتفجيرها: a weapon named with the attack it is for."""
    if match.rule.mode not in cues.weapon_named_modes and match.rule.id not in cues.device_rules:
        return False
    index = match.end - where.start
    # only verbal nouns: a weapon noun after لـ is the weapon's own (تفجيرات لسيارات ملغومة)
    words = cues.attack_masdars
    return any(t.norm[:1] == LAM and len(t.norm) > PROCLITIC_MIN and (t.norm[1:] in words or t.stem in words)
               for t in takewhile(lambda t: t.is_word, where.tokens[index : index + PURPOSE_REACH]))


def defused(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """فككت قوات الأمن سيارة مفخخة، عثرت الشرطة على عبوة ناسفة، السيارة المفخخة التي عثر عليها:
    a device found, not set off."""
    if match.rule.id not in cues.device_rules:
        # عثرت على سيارة مفخخة وقامت القوات بتفجيرها: a found device detonated where it lay
        return match.head_hit.analysis.suffix != "" and match.rule.mode == EXPLOSIVES and \
            _any_word(where.tokens[: match.start - where.start], cues.defusal_words)
    if _any_word(_before(where, match.start, DEFUSAL_REACH), cues.defusal_words):
        return True
    index = match.end - where.start
    after = where.tokens[index : index + 1 + RELATIVE_GAP]
    return bool(after) and word_in(after[0], cues.relatives) and _any_word(after[1:], cues.defusal_words)


def weapons_test(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """فجرت كوريا الشمالية قنبلتها الذرية: a test explosion."""
    if match.rule.mode not in ("explosives", None) or not match.is_verb:
        return False
    index = match.end - where.start
    return _any_word(where.tokens[index : index + TEST_REACH], cues.test_words)


def relative_clause(match: TriggerMatch, where: Scene, cues: AssaultCues, modality: Modality) -> bool:
    """الرهينة الذي قتلته طالبان، اللذين قتلا بتفجير: a clause about a participant, not the news.

    A clause about an attack noun (الهجوم الذي استهدف حافلة) tells that attack: it is kept.
    """
    if not match.is_verb:
        return _in_relative_clause(match, where, cues, modality)
    index = match.start - where.start
    for i in range(index - 1, max(-1, index - 2 - RELATIVE_GAP), -1):
        token = where.tokens[i]
        if word_in(token, cues.relatives):
            antecedent = where.tokens[max(0, i - ANTECEDENT_REACH) : i]
            # الرهينة الذي قتلته طالبان: a hostage is a person, not the attack the clause tells
            return not any(t.stem in where.attack_heads or t.norm in where.attack_heads for t in antecedent)
        if not word_in(token, modality.auxiliaries_before_verb) and not word_in(token, cues.relative_auxiliaries):
            return False
    return False


def _in_relative_clause(match: TriggerMatch, where: Scene, cues: AssaultCues, modality: Modality) -> bool:
    """الضابط الذي قتل في انفجار سيارة مفخخة، الوزير الذي نجا من تفجير: the bombing by which a
    participant, described in a relative clause, was hit is background as that clause is
    (``relative_clause``). Only a bombing: the wounded of clashes (الذين أصيبوا في مواجهات) are
    most often those of the fighting the story tells."""
    if match.rule.mode not in cues.weapon_named_modes and match.rule.id not in cues.device_rules:
        return False
    index = match.start - where.start
    for i in range(index - 1, max(-1, index - 2 - CLAUSE_REACH), -1):
        token = where.tokens[i]
        if not token.is_word:
            return False
        if word_in(token, cues.relatives):
            verb = where.tokens[i + 1] if i + 1 < index else None
            if verb is None or not (word_in(verb, modality.casualty_words) or word_in(verb, cues.survival_words)):
                return False  # المدينة التي شهدت انفجارا: a clause about a place tells what happened there
            antecedent = where.tokens[max(0, i - ANTECEDENT_REACH) : i]
            return not any(t.stem in where.attack_heads or t.norm in where.attack_heads for t in antecedent)
    return False


def _opens_clause(where: Scene, index: int, modality: Modality) -> bool:
    """Whether the word at ``index`` starts its sentence or clause (خطف مسلحون، وقد خطف، …، وخطف)."""
    previous = next((t for t in reversed(where.tokens[:index]) if t.is_word or t.text not in QUOTES), None)
    return previous is None or not previous.is_word or word_in(previous, modality.auxiliaries_before_verb)


def verbal_noun(match: TriggerMatch, args: Arguments, where: Scene, cues: AssaultCues,
                modality: Modality) -> bool:
    """يرفض قتل الأبرياء، جريمة خطف وقتل: a verb form read as its verbal noun, with no doer named."""
    hit = match.head_hit.analysis
    if not match.is_verb or hit.suffix or hit.stem not in cues.verbal_noun_forms:
        return False
    if args.actor_source == ActorSource.AGENT_MARKER:
        return False  # قتل المدنيين على يد المسلحين: the doer is named
    index = match.head - where.start
    previous = where.tokens[index - 1] if index > 0 else None
    following = where.tokens[index + 1] if index + 1 < len(where.tokens) else None
    if hit.stem in cues.clause_initial_verb_forms and not _opens_clause(where, index, modality):
        return True  # تكرار خطف الصحافيين، عمليات نهب وخطف: mid-clause, the bare form is the noun
    if previous is not None and previous.is_word and word_in(previous, cues.noun_governors):
        return True
    if _any_word(where.tokens[max(0, index - STANCE_REACH) : index], cues.noun_taking_verbs):
        return True
    joined = hit.prefixes[:1] == (CONJUNCTIONS[0],)
    # جريمة «اغتصاب وقتل»: the first conjunct, past a quotation mark, is governed as a noun
    words = [t for t in where.tokens[max(0, index - GOVERNOR_REACH) : index] if t.is_word or t.text not in QUOTES]
    if joined and len(words) >= 2 and words[-1].is_word and words[-2].is_word and \
            word_in(words[-2], cues.noun_governors):
        return True
    coordinated = joined and previous is not None and _attack_noun(previous, where)
    return coordinated or (following is not None and following.norm[:1] == CONJUNCTIONS[0]
                           and _attack_noun(following, where, conjunction=True))


def _attack_noun(token: Token, where: Scene, *, conjunction: bool = False) -> bool:
    forms = {token.norm, token.stem, bare(token)} if not conjunction else {token.norm[1:], bare(token)}
    return any(f in where.attack_nouns or (f.startswith(AL_PREFIX) and f[2:] in where.attack_nouns) for f in forms)


def borrowed_object(match: TriggerMatch, where: Scene) -> bool:
    """اتهمت فتح حماس بإطلاق النار: the object of a verb phrase belongs to the attack noun before it."""
    if not match.is_verb or len(match.positions) < 2:
        return False
    before = match.positions[-1] - 1
    if before in match.positions:
        return False
    token = where.tokens[before - where.start]
    # بإطلاق، لإطلاق: an attack noun behind a preposition, whose genitive the object is
    return token.norm[:1] in (BEH, LAM) and len(token.norm) > PROCLITIC_MIN and token.norm[1:] in where.attack_nouns


def habitual(match: TriggerMatch, where: Scene, cues: AssaultCues, modality: Modality) -> bool:
    """أي اعتداء يقتل أبرياء، إسرائيل تقمعهم، قبل أن يطلق النار: an imperfect tells what is done, not an attack.

    Kept: a count of victims after it (تفجير يقتل 60 شخصا، إسرائيل تغتال 5), which is a headline's
    present, and what a witness saw (شاهد مسلحين يطلقون النار).
    """
    if not match.is_verb:
        return _done_in_present(match, where, cues)
    if not match.head_hit.present:
        return False
    index = match.end - where.start
    if any(_is_count(t, modality, cues) for t in where.tokens[index : index + COUNT_REACH]):
        return False
    return not _any_word(_before(where, match.start, PERCEPTION_REACH), cues.perception_words)


def _done_in_present(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """تقوم القوات بقصف القرى، الهجمات التي يقوم بها التنظيم: an attack noun carried out in the imperfect.

    Not kept for a count after it, as an imperfect verb is: تقوم بتفجير ثلاثة مساجد is no headline.
    """
    if BEH in match.head_hit.analysis.prefixes and match.head == match.start and \
            _any_word(_before(where, match.start, PERCEPTION_REACH), cues.present_doers):
        return True
    after = _words_after(match, where, RELATIVE_GAP + 1)
    return len(after) >= 2 and word_in(after[0], cues.relatives) and word_in(after[1], cues.present_doers)


def anaphoric(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """هذه المذبحة، مثل هذه التفجيرات، تلك العملية: an attack told before, now a topic."""
    if match.is_verb:
        return False
    index = match.end - where.start
    return _any_word(_before(where, match.start, DEMONSTRATIVE_REACH), cues.demonstratives) or \
        _any_word(where.tokens[index : index + 1], cues.demonstratives)


def remembered(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """الذكرى السنوية لتفجير، إحياء ذكرى المجزرة: an attack remembered on its anniversary is background."""
    return not match.is_verb and _any_word(_before(where, match.start, PLAN_REACH), cues.anniversary_words)


def _words_after(match: TriggerMatch, where: Scene, reach: int) -> list[Token]:
    """The words right after a trigger, up to ``reach`` and to the first mark or digit."""
    index = match.end - where.start
    return list(takewhile(lambda t: t.is_word, where.tokens[index : index + reach]))


def other_sense(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """خطف الميكروفون، دمرت شرائط الفيديو، تستهدف ضرب الاستقرار، اغتيال الحلم: the verb in another
    sense than an armed act, told by the word it takes (its object, after its subject if need be)."""
    words = cues.other_senses.get(match.rule.id)
    return words is not None and any_word_in(_words_after(match, where, SENSE_REACH), words)


def generic(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """قتل الأبرياء، خطف الآمنين: victims named as a kind are rhetoric, no specific attack."""
    return any_word_in(_words_after(match, where, 1), cues.generic_victims)


def befalls(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """عما أصاب والدة الرهينة، ما يصيب المسلمين: what befell someone, no attack."""
    return match.rule.id in cues.befall_rules and _any_word(_before(where, match.start, 1), cues.befall_words)


def scare_quoted(match: TriggerMatch, where: Scene) -> bool:
    """لكن الشرطة «خطفته» من النافذة: one attack word set in quotes is used in another sense."""
    start, end = match.start - where.start, match.end - where.start
    if end - start != 1 or start == 0 or end >= len(where.tokens):
        return False
    return where.tokens[start - 1].text in QUOTES and where.tokens[end].text in QUOTES


def characterized(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """وصفه الوزير بأنه «هجوم إرهابي»: what an attack told elsewhere is called, not the report."""
    if match.is_verb:
        return False
    before = [t for t in _before(where, match.start, 2) if t.is_word or t.text not in QUOTES]
    return bool(before) and word_in(before[-1], cues.characterizing_words)


def tallied(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """عائلات ضحايا الاعتداءات: an attack in the genitive of its victims is the topic the sentence
    tends to, not its report."""
    return not match.is_verb and _any_word(_before(where, match.start, 1), cues.toll_words)


def _opens_with(where: Scene, words: frozenset[str]) -> bool:
    """أو تشعل إسرائيل حربا بضربات: a sentence that opens with "or" is an alternative weighed."""
    first = next((t for t in where.tokens if t.is_word), None)
    return first is not None and first.norm in words


def _has_phrase(where: Scene, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the sentence holds one of ``phrases`` (match keys, word by word)."""
    norms = [t.norm for t in where.tokens]
    if {p[0] for p in phrases}.isdisjoint(norms):
        return False  # most sentences: one set test
    return holds_phrase(norms, phrases)


def cumulative(match: TriggerMatch, where: Scene, cues: AssaultCues, modality: Modality) -> bool:
    """اعتدى القراصنة حتى الآن على سفن من عشر دول: attacks summed "so far", with no occasion.

    Kept: a count right after "so far" (قتل حتى الآن 30 شخصا), the toll of one attack.
    """
    if not match.is_verb:
        return False
    index = match.end - where.start
    norms = [t.norm for t in where.tokens]
    for phrase in cues.so_far:
        for i in range(index, min(index + SO_FAR_REACH, len(norms) - len(phrase) + 1)):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                following = where.tokens[i + len(phrase) : i + len(phrase) + 1]
                return not any(_is_count(t, modality, cues) for t in following)
    return False


def instrument(match: TriggerMatch, where: Scene, cues: AssaultCues) -> bool:
    """ضربات جوية باستخدام طائرات بدون طيار، اغتياله بواسطة سيارة مفخخة: a weapon named as the means
    of an attack that another word tells."""
    if match.is_verb or (match.rule.mode not in cues.weapon_named_modes and match.rule.id not in cues.device_rules):
        return False
    return _any_word(_before(where, match.start, 1), cues.instrument_words)


def rejection(match: TriggerMatch, args: Arguments, where: Scene, cues: AssaultCues,
              modality: Modality) -> str | None:
    """Why an ASSAULT trigger reports no attack, or None when it may."""
    if aimed(match, where, cues, modality):
        return "aim"  # before a verbal attack: an attack planned in words is not yet a criticism
    if figurative(match, args, where, cues):
        return FIGURATIVE
    if defused(match, where, cues):
        return "defused"
    if weapons_test(match, where, cues):
        return "test"
    if relative_clause(match, where, cues, modality):
        return "relative"
    if verbal_noun(match, args, where, cues, modality):
        return "verbal noun"
    if borrowed_object(match, where):
        return "borrowed object"
    if habitual(match, where, cues, modality):
        return "habitual"
    if anaphoric(match, where, cues):
        return "anaphoric"
    if remembered(match, where, cues):
        return "anniversary"
    if other_sense(match, where, cues):
        return "other sense"
    if generic(match, where, cues):
        return "generic"
    if befalls(match, where, cues):
        return "other sense"
    if scare_quoted(match, where):
        return "quoted"
    if characterized(match, where, cues):
        return "characterized"
    if tallied(match, where, cues):
        return "toll"
    if _opens_with(where, cues.alternative_openers):
        return "alternative"
    if _has_phrase(where, cues.eulogies):
        return "history"
    if not args.actor and _has_phrase(where, cues.mishaps):
        return "mishap"
    if instrument(match, where, cues):
        return "instrument"
    if cumulative(match, where, cues, modality):
        return "cumulative"
    return None


def victim_as_actor(match: TriggerMatch, args: Arguments, cues: AssaultCues) -> bool:
    """اغتيال بوتو في هجوم انتحاري: the noun before a bombing or suicide-attack noun is not its doer.

    Such a noun names its weapon, which implies its doer (an unidentified attacker); the noun
    before it is most often the victim or the place (شهدت أفغانستان هجمات انتحارية). Other
    attack nouns keep a subject before them only when it can bear arms or is a state
    (أعلن الجيش اللبناني إسقاط طائرة).
    """
    if match.is_verb or len(match.positions) < 2 or args.actor_source != ActorSource.SUBJECT_BEFORE:
        return False
    if match.rule.mode in cues.weapon_named_modes:
        return True
    return not any(m.actor is not None and m.actor.sector in cues.armed_sectors | {"GOV"} for m in args.actor)

def _shows_no_object(index: int, tokens: Sequence[Token], sentence_end: int, starts: set[int],
                     cues: AssaultCues) -> bool:
    """Whether the word at ``index``, after a verb (or its subject), shows the verb has no object."""
    if index >= sentence_end:
        return True
    token = tokens[index]
    if index in starts:
        return False  # an actor mention: the object
    if not token.is_word:
        return not any(c.isdigit() for c in token.text)  # قتلت 23 …: a count is the object; a mark ends it
    if token.norm[:1] in _PROCLITIC_LETTERS and len(token.norm) > PROCLITIC_MIN:
        return True  # بانفجار، برصاص، وأصيب: a preposition or a new clause
    return word_in(token, cues.no_object_words)


def suffered(match: TriggerMatch, args: Arguments, tokens: Sequence[Token], mentions: Sequence[Mention],
             sentence_end: int, cues: AssaultCues) -> bool:
    """جنديان أميركيان قتلا في هجوم، قتل أحد أفراد الشرطة وأصيب آخرون: the subject is the victim.

    A kill or abduct verb with no object and no pronoun object (قتلوه) is read as a passive
    when the word after it (after its subject, if the subject follows) starts no object.
    """
    if match.rule.id not in cues.passive_prone_rules or not match.is_verb or args.recipient:
        return False
    if args.actor_source not in (ActorSource.SUBJECT_BEFORE, ActorSource.SUBJECT_AFTER) or len(args.actor) != 1:
        return False
    if match.head_hit.analysis.suffix:
        return False  # قتلوه: the pronoun is the object
    after = args.actor[0].token_end if args.actor_source == ActorSource.SUBJECT_AFTER else match.end
    return _shows_no_object(after, tokens, sentence_end, {m.token_start for m in mentions}, cues)


def _counted_after(match: TriggerMatch, tokens: Sequence[Token], mentions: Sequence[Mention], sentence_end: int,
                   modality: Modality, cues: AssaultCues) -> Mention | None:
    """قتل أمس خمسة من عناصر الشرطة: the counted noun after a kill verb, behind its partitive من."""
    for mention in mentions:
        if match.end <= mention.token_start < min(sentence_end, match.end + COUNT_REACH) and \
                tokens[mention.token_start - 1].norm in modality.partitives and \
                _is_count(tokens[mention.token_start - 2], modality, cues):
            return mention
    return None


def _is_count(token: Token, modality: Modality, cues: AssaultCues) -> bool:
    return any(c.isdigit() for c in token.text) or word_in(token, modality.numerals) or word_in(token, cues.count_words)


def complete_arguments(match: TriggerMatch, args: Arguments, tokens: Sequence[Token], mentions: Sequence[Mention],
                       sentence: tuple[int, int], modality: Modality, lexicon: TriggerLexicon) -> bool:
    """Fill what the generic attachment misses on an ASSAULT trigger.

    A kill verb names its victims: its subject when it suffered the act (see ``suffered``),
    or the counted noun after it (قتل خمسة من الجنود). A verb whose subject is the attack noun
    before it (هجوم انتحاري استهدف دورية) has the noun after it as its object. A two-word attack noun with no doer takes
    the nationality adjective that qualifies it (ضربة جوية أميركية): that country's forces. (On
    one-word nouns, الغارة الأميركية، القصف التركي, it coded topics more often than reports.)

    Returns whether the trigger's subject is an attack noun: it then takes no doer from context.
    """
    cues = AssaultCues.load()
    sentence_start, sentence_end = sentence
    if match.rule.id in cues.intransitive_rules and args.actor_source != ActorSource.AGENT_MARKER:
        # انفجرت سيارة مفخخة قرب مبنى الوزارة: what exploded is no doer, nor is anyone near it
        args.actor, args.actor_source = [], None
        return False
    if match.rule.id in cues.sufferer_rules and args.actor_source != ActorSource.AGENT_MARKER:
        # لقي مسلحان حتفهما: the subject died
        args.recipient = args.actor + [m for m in args.recipient if m not in args.actor]
        args.actor, args.actor_source = [], None
        return False
    if args.actor_source == ActorSource.SUBJECT_BEFORE and _owns_a_victim(args):
        args.actor, args.actor_source = [], None
    subject = _subject_after_object_pronoun(match, args, mentions)
    if subject is not None:
        # موقع هاجمته إسرائيل: the pronoun on the verb is its object, the noun after it its subject
        args.actor, args.actor_source = [subject], ActorSource.SUBJECT_AFTER
        args.recipient = [m for m in args.recipient if m is not subject]
    # with its subject after it, the verb has no attack noun before it as subject
    attack_subject = subject is None and _attack_is_subject(match, args, tokens, sentence_start,
                                                            attack_nouns(lexicon), cues.armed_sectors)
    if attack_subject and args.actor:
        # هجوم انتحاري استهدف دورية للشرطة: the attack noun is the subject, the noun after the object
        args.recipient, args.actor, args.actor_source = args.actor + args.recipient, [], None
    elif suffered(match, args, tokens, mentions, sentence_end, cues):
        args.recipient, args.actor, args.actor_source = args.actor, [], None
    elif match.rule.id in cues.passive_prone_rules and match.is_verb and not args.recipient:
        counted = _counted_after(match, tokens, mentions, sentence_end, modality, cues)
        if counted is not None and counted not in args.actor:
            args.recipient = [counted]
    if match.rule.id in cues.passive_prone_rules and match.is_verb:
        args.recipient = [_as_national(m, tokens) for m in args.recipient]
    if not args.recipient and match.rule.mode in cues.weapon_named_modes:
        args.recipient = _among(match, tokens, mentions, sentence_end, cues)
    if _undergone(match, args, tokens, sentence_start, cues, attack_nouns(lexicon)):
        # تعرضت القوات البريطانية لقصف: the subject of "underwent" is hit, not the attacker
        args.recipient, args.actor, args.actor_source = args.actor + args.recipient, [], None
    undertaker = _undertaker(match, tokens, mentions, sentence_start, modality)
    if undertaker is not None and args.actor_source != ActorSource.AGENT_MARKER and undertaker not in args.actor:
        # عمدت القوات إلى قصف منازل المواطنين: who set about the act did it; a genitive taken for the
        # doer (المواطنين) is what the act was done to
        moved = args.actor if args.actor_source == ActorSource.GENITIVE else []
        args.actor, args.actor_source = [undertaker], ActorSource.SUBJECT_BEFORE
        args.recipient = [m for m in args.recipient if m is not undertaker] or moved
    owner = _owner(match, tokens, mentions, sentence_end, cues)
    if owner is not None and args.actor_source != ActorSource.AGENT_MARKER:
        # طائرة بدون طيار تابعة للقوات الأميركية: the weapon's owner is the attacker
        args.actor, args.actor_source = [owner], ActorSource.GENITIVE
        args.recipient = [m for m in args.recipient if m is not owner]
    if not args.actor and not match.is_verb and (
            len(match.positions) > 1 or _cause_of_casualties(match, tokens, sentence_start, modality, lexicon)):
        doer = _qualifying_adjective(match, tokens, mentions, sentence_end)
        if doer is not None:
            args.actor, args.actor_source = [doer], ActorSource.GENITIVE
    return attack_subject


def _cause_of_casualties(match: TriggerMatch, tokens: Sequence[Token], sentence_start: int,
                         modality: Modality, lexicon: TriggerLexicon) -> bool:
    """قتل أربعة فلسطينيين في قصف إسرائيلي، أصيب جنديان بغارة تركية: a one-word attack noun after في or
    بـ that tells what the casualties before it died of is a report, so its nationality adjective
    names its doer (alone, القصف الإسرائيلي is as often a topic). Not when another attack noun stands
    between: the casualties are that one's (قتل جنديان في كمين قرب بلدة تندد بالغارات)."""
    head = tokens[match.start]
    after_in = match.start > sentence_start and bare(tokens[match.start - 1]) == IN
    if not (after_in or BEH in head.prefixes):
        return False
    before = tokens[max(sentence_start, match.start - CAUSE_REACH) : match.start]
    casualty = next((i for i in range(len(before) - 1, -1, -1) if word_in(before[i], modality.casualty_words)), None)
    if casualty is None:
        return False
    nouns = attack_nouns(lexicon)
    return not any(t.stem in nouns or bare(t) in nouns for t in before[casualty + 1 :])


def intransitive(match: TriggerMatch) -> bool:
    """انفجرت، لقي حتفه: a verb with no object, whose subject is no doer and to which no doer is carried."""
    cues = AssaultCues.load()
    return match.rule.id in cues.intransitive_rules or match.rule.id in cues.sufferer_rules


def _subject_after_object_pronoun(match: TriggerMatch, args: Arguments, mentions: Sequence[Mention]) -> Mention | None:
    """The noun right after a verb that carries its object pronoun (هاجمته إسرائيل، قتلته طالبان): its
    subject, not a noun before the verb (الصحراء السورية هاجمته إسرائيل)."""
    if not match.is_verb or not match.head_hit.analysis.suffix or args.actor_source != ActorSource.SUBJECT_BEFORE:
        return None
    return next((m for m in mentions if m.token_start == match.end and m.actor is not None and not m.pronoun
                 and not m.adjective and set(m.prefixes) <= {AL}), None)  # no بـ لـ و before it


def _undergone(match: TriggerMatch, args: Arguments, tokens: Sequence[Token], sentence_start: int,
               cues: AssaultCues, nouns: frozenset[str]) -> bool:
    if not args.actor or args.actor_source not in (ActorSource.SUBJECT_BEFORE, ActorSource.SUBJECT_AFTER):
        return False
    if match.is_verb and match.head_hit.analysis.stem not in nouns:
        return False  # a verb form that is no noun (تعرضت القافلة لهجوم ثم قصفت) tells its own act
    before = tokens[max(sentence_start, match.start - UNDERGO_REACH) : match.start]
    return any(t.is_word and word_in(t, cues.undergo_words) for t in before)


def _undertaker(match: TriggerMatch, tokens: Sequence[Token], mentions: Sequence[Mention], sentence_start: int,
                modality: Modality) -> Mention | None:
    """قامت القوات بقصف، عمدت القوات إلى قصف، المسلحون أقدموا على خطف: the subject of a light verb
    or of a verb of setting about an act, its verbal noun after بـ or إلى/على, is the act's doer."""
    verb = undertaking_verb(match, tokens, sentence_start, modality)
    if verb is None:
        return None
    usable = [m for m in mentions if m.actor is not None and not m.pronoun and not m.adjective]
    # after the verb (عمدت القوات الإسرائيلية إلى): its subject, with no preposition on it
    after = next((m for m in usable if verb < m.token_start and m.token_end <= match.start), None)
    if after is not None:
        return after if not set(after.prefixes) - {AL} else None
    # before it (المسلحين عمدوا إلى), perhaps with قد between
    return next((m for m in usable if 0 <= verb - m.token_end <= 1 and not set(m.prefixes) - {AL}), None)


def undertaking_verb(match: TriggerMatch, tokens: Sequence[Token], sentence_start: int,
                     modality: Modality) -> int | None:
    """Where the light verb (قام بـ) or the verb of setting about (عمد إلى، أقدم على) of a verbal noun is."""
    if match.is_verb:
        return None
    if BEH in match.head_hit.analysis.prefixes:
        last, verbs = match.start - 1, modality.light_verbs
    elif match.rule.event == "ASSAULT" and match.start - 1 > sentence_start and \
            word_in(tokens[match.start - 1], modality.undertaking_links):
        # only attacks: rioters who set about smashing (عمدوا إلى تحطيم) were annotated as no protest
        last, verbs = match.start - 2, modality.undertaking_verbs  # the preposition is a word of its own
    else:
        return None
    return next((i for i in range(last, max(sentence_start, last + 1 - UNDERTAKING_REACH) - 1, -1)
                 if word_in(tokens[i], verbs)), None)


def _owner(match: TriggerMatch, tokens: Sequence[Token], mentions: Sequence[Mention], sentence_end: int,
           cues: AssaultCues) -> Mention | None:
    """مسيرة تابعة للجيش التركي: the owner named right after a weapon noun."""
    if match.is_verb or match.rule.mode not in cues.weapon_named_modes or match.end + 1 >= sentence_end:
        return None
    if not word_in(tokens[match.end], cues.owner_words):
        return None
    return next((m for m in mentions if m.token_start == match.end + 1 and m.actor is not None and not m.pronoun),
                None)


def _among(match: TriggerMatch, tokens: Sequence[Token], mentions: Sequence[Mention], sentence_end: int,
           cues: AssaultCues) -> list[Mention]:
    """فجر انتحاري نفسه بين المصلين، انفجرت عبوة بين المارة: the people a bomb went off among are hit."""
    if match.end + 1 >= sentence_end or not word_in(tokens[match.end], cues.among_words):
        return []
    return [m for m in mentions if m.token_start == match.end + 1 and m.actor is not None and not m.pronoun][:1]


def _as_national(mention: Mention, tokens: Sequence[Token]) -> Mention:
    """اختطف مسلحون بريطانيا: a country name that is also an accusative nisba, as the object of a
    kill or abduct verb, is a national of that country (a state is not killed or abducted)."""
    actor = mention.actor
    if actor is None or not (actor.identifier_id or "").startswith(COUNTRY_IDENTIFIER) or mention.pronoun or \
            mention.token_end - mention.token_start != 1 or mention.prefixes:
        return mention
    if not tokens[mention.token_start].norm.endswith(ACCUSATIVE_NISBA):
        return mention
    national = dataclasses.replace(actor, sector=NATIONALS, identifier_id=f"{DEMONYM_IDENTIFIER}{actor.code}")
    return dataclasses.replace(mention, actor=national)


def _owns_a_victim(args: Arguments) -> bool:
    """أعلن الجيش مقتل أحد جنوده: a subject whose own men or belongings were hit reports the attack."""
    spans = {m.span for m in args.actor} | {m.antecedent for m in args.actor if m.antecedent is not None}
    return any(m.pronoun and m.antecedent in spans for m in args.recipient)


def _can_attack(mention: Mention, armed: frozenset[str]) -> bool:
    """An armed sector or a state: who may be an attack verb's subject (not a school or a market)."""
    return mention.actor is not None and (mention.actor.sector in armed or mention.actor.sector == "GOV")


def _attack_is_subject(match: TriggerMatch, args: Arguments, tokens: Sequence[Token], sentence_start: int,
                       nouns: frozenset[str], armed: frozenset[str]) -> bool:
    if not match.is_verb or args.actor_source not in (ActorSource.SUBJECT_AFTER, None):
        return False
    if args.actor_source == ActorSource.SUBJECT_AFTER and args.recipient and args.actor[0].token_start == match.end \
            and _can_attack(args.actor[0], armed):
        # قصفت الطائرات المواقع: a subject and an object of its own; but a "subject" behind a noun
        # (استهدفت منطقة القبائل) is the genitive of the object, and one that bears no arms (هجوم
        # استهدف مدرسة للشرطة في منطقة القبائل) is the object
        return False
    if set(match.head_hit.analysis.prefixes) & set(CONJUNCTIONS):
        return False  # واحتجزت: a new clause with the subject of the last one
    for i in range(match.start - 1, max(sentence_start, match.start - SUBJECT_NOUN_REACH) - 1, -1):
        if not tokens[i].is_word:
            return False  # ردا على الاختطاف، قصفت …: a clause boundary
        if tokens[i].stem in nouns or tokens[i].norm in nouns:
            return True
    return False


def _qualifying_adjective(match: TriggerMatch, tokens: Sequence[Token], mentions: Sequence[Mention],
                          sentence_end: int) -> Mention | None:
    """الغارات الجوية الإسرائيلية: the nationality adjective right after an attack noun, as its forces."""
    for mention in mentions:
        if mention.adjective and mention.actor is not None and mention.actor.code and \
                match.end <= mention.token_start <= min(match.end + ADJECTIVE_GAP, sentence_end - 1) and \
                all(tokens[i].is_word for i in range(match.end, mention.token_start)):
            return dataclasses.replace(mention, actor=dataclasses.replace(mention.actor, sector=FORCES),
                                       adjective=False)
    return None

def share_victims(triggers: Sequence[tuple[TriggerMatch, bool, Arguments]]) -> None:
    """مقتل 15 جنديا في هجوم شنه متمردون: the casualties of a sentence are its attack's recipient.

    ``triggers`` are (match, asserted, arguments) in sentence order. The victims of an asserted
    casualty trigger that names no doer (a killing, a passive "were killed") are no doer of
    another (قتل جنديان في قصف مدفعي), and an asserted ASSAULT that names its doer but no
    target takes them as recipient; the killing takes that doer, so the two collapse into one.
    """
    casualties = AssaultCues.load().casualty_rules
    attacks = [args for match, asserted, args in triggers if match.rule.event == "ASSAULT" and asserted]
    # a doer carried from context is none of the casualty's own (أطلقت طائرة صاروخا … أدى إلى مقتل)
    victims = [m for match, asserted, args in triggers
               if asserted and match.rule.id in casualties and (not args.actor or args.actor_from_context)
               for m in args.recipient]
    if not victims:
        return
    suffered = {id(m) for m in victims}
    for args in attacks:
        if any(id(m) in suffered for m in args.actor):
            args.actor = [m for m in args.actor if id(m) not in suffered]
            args.actor_source = args.actor_source if args.actor else None
    doers = next((args.actor for args in attacks if args.actor and not args.recipient), None)
    if doers is None:
        return
    for args in attacks:
        if args.actor is doers:
            args.recipient = _distinct(victims)
        elif not args.actor and not args.actor_from_context:
            args.actor, args.actor_from_context, args.actor_source = list(doers), True, ActorSource.CONTEXT


def share_subject_target(triggers: Sequence[tuple[TriggerMatch, Arguments]], tokens: Sequence[Token]) -> None:
    """هجوم انتحاري استهدف دورية، فجر مسلحون عبوة استهدفت دورية: one attack, told by the noun and the verb.

    A verb whose subject is the attack noun just before it (see ``complete_arguments``) gives its
    target to the trigger that ends in that noun, and takes that trigger's doer, so the two
    collapse into one event.
    """
    for first, first_args in triggers:
        if first.rule.event != "ASSAULT" or first_args.recipient:
            continue
        verbs = [args for match, args in triggers if match.is_verb and match.rule.event == "ASSAULT"
                 and 0 <= match.start - first.end < SUBJECT_NOUN_REACH and args.actor_source is None
                 and all(t.is_word for t in tokens[first.end : match.start]) and not args.actor]
        if verbs:
            first_args.recipient = [m for m in verbs[0].recipient if m not in first_args.actor]
            # a noun's doer is its own only when it stands after it or is marked (not a noun before it)
            own = first.is_verb or first_args.actor_source in (ActorSource.GENITIVE, ActorSource.AGENT_MARKER)
            if first_args.actor and own:
                verbs[0].actor, verbs[0].actor_from_context = list(first_args.actor), True
                verbs[0].actor_source = ActorSource.CONTEXT


def share_coordinated_target(triggers: Sequence[tuple[TriggerMatch, Arguments]], tokens: Sequence[Token]) -> None:
    """قصفت المقاتلات واستهدفت مواقع الحوثيين، قصف واستهداف مواقعهم: coordinated attacks share a target.

    The second trigger starts its clause (and so bounds the first's object); when it follows
    the first at once with و, its recipient is the first's as well. A destruction right after an
    attack is what it did (عبر قصف جوي ومدفعي تدمير مواقع الحوثيين): what it destroyed was hit.
    """
    for first, first_args in triggers:
        if first.rule.event != "ASSAULT" or first_args.recipient:
            continue
        following = [args for match, args in triggers if match.start == first.end and match.rule.event == "ASSAULT"]
        result = [args for match, args in triggers if match.rule.event == "ASSAULT" and match.rule.mode == DESTROY
                  and 0 <= match.start - first.end <= RESULT_GAP and match is not first]
        if following and tokens[first.end].norm[:1] == CONJUNCTIONS[0]:
            first_args.recipient = [m for m in following[0].recipient if m not in first_args.actor]
        elif result:
            first_args.recipient = [m for m in result[0].recipient if m not in first_args.actor]


def _distinct(mentions: Sequence[Mention]) -> list[Mention]:
    """One mention per entity (code and sector): a killing and a wounding may name the same victims."""
    seen: set[tuple[str | None, str | None]] = set()
    out: list[Mention] = []
    for mention in mentions:
        key = (mention.actor.code, mention.actor.sector) if mention.actor is not None else (None, None)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out
