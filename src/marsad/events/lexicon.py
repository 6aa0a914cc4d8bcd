"""The PLOVER trigger lexicon: word forms (verbs inflected from their stems) and the rules that combine them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.datafiles import load_data, plover, read_yaml_file
from marsad.errors import LexiconError
from marsad.lang.ar.forms import lookup_forms
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.tokens import AL, TEH, Analysis, analyses
from marsad.model import Token

TRIGGERS_SCHEMA = "marsad.events.triggers/1"
MODALITY_SCHEMA = "marsad.events.modality/1"

# Perfect-tense endings: he, she, they, the two, they (f.), we, you (pl.), I/you.
PAST_ENDINGS = ("", "\u062a", "\u0648\u0627", "\u0627", "\u062a\u0627", "\u0646", "\u0646\u0627",
                "\u062a\u0645")
# Imperfect person prefixes (folded: أ → ا) and endings (plural, dual, feminine plural,
# subjunctive/jussive plural, second person feminine).
PRESENT_PREFIXES = ("\u064a", "\u062a", "\u0646", "\u0627")
YEH, NOON = "\u064a", "\u0646"  # imperfect prefixes: a perfect hardly ever opens with ي
PRESENT_ENDINGS = ("", "\u0648\u0646", "\u0627\u0646", "\u0646", "\u0648\u0627", "\u064a\u0646", "\u0627")
# A weak final letter drops before consonant endings: دعا → دعت, التقى → التقت.
# Word forms whose trigger readings a lexicon remembers; a long news corpus has a few hundred thousand.
WORD_CACHE_SIZE = 300_000
WEAK_FINALS = ("\u0627", "\u064a")  # after folding, ى is ي

VERB_PREFIXES = frozenset(("\u0648", "\u0641", "\u0633", "\u0644"))  # و ف س ل
FUTURE_PREFIX = "\u0633"  # س
# ـي is "my" on a noun; a verb's "me" is ـني: أيدي is "hands", never "(he) supported me"
NOUN_ONLY_SUFFIXES = frozenset(("\u064a",))  # ي
NOUN_PREFIXES = frozenset(("\u0648", "\u0641", "\u0628", "\u0644", "\u0643", AL))


class Pos(str, Enum):
    """Part of speech of a trigger word, which decides how arguments attach."""

    VERB = "verb"
    NOUN = "noun"


class Genitive(str, Enum):
    """What the genitive after a verbal noun is: its doer or what it is done to."""

    ACTOR = "actor"
    RECIPIENT = "recipient"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """A sequence of trigger words that codes one event type."""

    id: str
    event: str
    mode: str | None
    pattern: tuple[str, ...]
    gap: int
    head: int
    genitive: Genitive
    context: tuple[str, ...]
    passive: bool = False  # a passive participle: مدعومة من X, بإسناد من X (X acts on what precedes)
    anchored: bool = False  # a noun form that reports an event by itself (احتجاجا على)
    needs_recipient: bool = False  # figurative without a target actor (استهدف "aimed at")
    only_negated: bool = False  # codes only as a refusal (لم تسمح): the positive is too vague
    only_asserted: bool = False  # codes only when not negated: the refusal is another rule's (سمح لـ)
    reversed_roles: bool = False  # the subject receives the act (استقبل: the host receives the visitor)
    symmetric: bool = False  # every party acts: clashes between X and Y, X clashed with Y
    mutual: bool = False  # each party acts on the other: تبادل X وY الاتهامات is X→Y and Y→X
    recipient_in_pattern: bool = False  # the last pattern word is the object: طرد السفير، ساند القوات
    needs_future_content: bool = False  # codes only with a future act after أن (حذر من أنه سيرد)
    # an act coded only as what a speaker says someone did (قال إن X خرق الهدنة): the speaker
    # accuses the act's doer
    reported_act: bool = False
    speaker_actor: bool = False  # with no doer of its own, the speaker of its clause is its actor
    # a verb whose one noun phrase before its complement is its object when it continues an earlier
    # subject (واتهم الولايات المتحدة بـ، وحمل الإدارة المسؤولية)
    object_first: bool = False
    content_only: bool = False  # coded only as what a statement is about (أدان الضربات على سوريا)
    needs_beh_object: bool = False  # coded only with an object after بـ (لوّح بالقوة; لوّح للمارة waves)
    needs_statement: bool = False  # a noun coded only as what a statement affirms (أكد على دعم بلاده لـ)
    indefinite: bool = False  # with the article, coded only when its backer bears arms (المدعومة من إيران: an epithet)
    past_only: bool = False  # a verb coded only in the perfect: تتمركز القوات is where they are based
    addressee_first: bool = False  # a call verb continuing a subject: the one noun phrase after it is called on
    # words that, right after the trigger, give it another sense (تهدد أمن الملاحة: endangers)
    unless_followed_by: frozenset[str] = frozenset()
    # the pattern's words after the first: a rule is extended only in a sentence holding all of them
    later_words: frozenset[str] = field(init=False, repr=False, compare=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "later_words", frozenset(self.pattern[1:]))


@dataclass(frozen=True, slots=True)
class WordHit:
    """A token read as a trigger word."""

    word_id: str
    pos: Pos
    analysis: Analysis
    present: bool = False  # an imperfect (present/future) verb form


@dataclass(slots=True)
class TriggerLexicon:
    """Word forms, rules indexed by their first word, and mode cues."""

    forms: dict[str, list[tuple[str, Pos]]]
    rules_by_first: dict[str, list[TriggerRule]]
    mode_cues: dict[str, list[tuple[str, frozenset[str]]]]
    version: str
    present_forms: frozenset[str] = frozenset()
    # whole written forms that are other words, never a trigger (وحيد "single", not و + حيّد)
    homographs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> TriggerLexicon:
        """The shipped trigger lexicon plus users' trigger files."""
        if not extra:
            return _shipped()
        documents = [load_data("events/triggers.yaml", TRIGGERS_SCHEMA)]
        documents += [read_yaml_file(p, schema=TRIGGERS_SCHEMA) for p in extra]
        return _compile(documents)

    # Readings per word form, filled as tokens are looked up: news repeats its words.
    _words: dict[str, list[WordHit]] = field(default_factory=dict, repr=False, compare=False)

    def words_of(self, norm: str) -> list[WordHit]:
        """Trigger words a token can be, from its least segmented reading that names any (do not mutate)."""
        found = self._words.get(norm)
        if found is None:
            if len(self._words) >= WORD_CACHE_SIZE:
                self._words.clear()
            found = self._words[norm] = _words_of(self, norm)
        return found

    def words_at(self, tokens: Sequence[Token]) -> list[list[WordHit]]:
        """``words_of`` each token's word form, looked up through map(): this runs over every token."""
        return lookup_forms(self._words, tokens, self.words_of)


def _words_of(lexicon: TriggerLexicon, norm: str) -> list[WordHit]:
    if norm in lexicon.homographs:
        return []
    best: list[WordHit] = []
    best_cost = 99
    for analysis in analyses(norm):
        cost = len(analysis.prefixes) + (1 if analysis.suffix else 0)
        if cost > best_cost:
            continue
        for word_id, pos in lexicon.forms.get(analysis.stem, ()):
            allowed = VERB_PREFIXES if pos == Pos.VERB else NOUN_PREFIXES
            if not all(p in allowed for p in analysis.prefixes):
                continue
            if pos == Pos.VERB and not _verb_reading(analysis):
                continue
            if cost < best_cost:
                best, best_cost = [], cost
            best.append(WordHit(word_id, pos, analysis, analysis.stem in lexicon.present_forms))
    return best


def _verb_reading(analysis: Analysis) -> bool:
    """Whether a segmentation can be a verb: سـ only before an imperfect (سلامتنا is no سـ + لامت + نا)."""
    if analysis.suffix in NOUN_ONLY_SUFFIXES:
        return False
    return FUTURE_PREFIX not in analysis.prefixes or analysis.stem[:1] in PRESENT_PREFIXES


@lru_cache(maxsize=1)
def _shipped() -> TriggerLexicon:
    return _compile([load_data("events/triggers.yaml", TRIGGERS_SCHEMA)])


def present_forms(present: Sequence[str]) -> set[str]:
    """Imperfect forms (folded) of a verb from its imperfect stems."""
    return {prefix + stem + ending for stem in (match_key(s) for s in present)
            for prefix in PRESENT_PREFIXES for ending in PRESENT_ENDINGS}


def verb_forms(past: Sequence[str], present: Sequence[str]) -> set[str]:
    """Inflected forms (folded) of a verb from its perfect and imperfect stems."""
    return present_forms(present) | past_forms(past)


def past_forms(past: Sequence[str]) -> set[str]:
    """Perfect forms (folded) of a verb from its perfect stems."""
    forms: set[str] = set()
    for stem in (match_key(s) for s in past):
        if stem.endswith(WEAK_FINALS):
            base = stem[:-1]
            forms |= {stem, stem + "\u0627", base + "\u062a", base + "\u0648\u0627", base + "\u062a\u0627"}
        else:
            forms |= {stem + ending for ending in PAST_ENDINGS}
    return forms


def _compile(documents: Sequence[dict[str, Any]]) -> TriggerLexicon:
    vocabulary = plover()
    forms: dict[str, list[tuple[str, Pos]]] = {}
    known: set[str] = set()
    imperfect: set[str] = set()
    perfect: set[str] = set()
    rules_by_first: dict[str, list[TriggerRule]] = {}
    mode_cues: dict[str, list[tuple[str, frozenset[str]]]] = {}
    homographs: set[str] = set()
    versions = []
    for document in documents:
        versions.append(f"{document['name']}@{document['version']}")
        homographs |= {match_key(w) for w in document.get("homographs") or []}
        for raw in document.get("words") or []:
            word_id, pos = str(raw["id"]), Pos(raw.get("pos", "noun"))
            known.add(word_id)
            surface: set[str] = set()
            if pos == Pos.VERB:
                imperfect |= present_forms(raw.get("present") or [])
                perfect |= past_forms(raw.get("past") or [])
                surface = verb_forms(raw.get("past") or [], raw.get("present") or [])
            listed = {match_key(f) for f in raw.get("forms") or []}
            if pos == Pos.VERB:
                imperfect |= _listed_imperfects(listed)
            surface |= listed
            for form in surface:
                entry = (word_id, pos)
                if entry not in forms.setdefault(form, []):
                    forms[form].append(entry)
        for raw in document.get("rules") or []:
            rule = _rule(raw, vocabulary, document["name"])
            missing = [w for w in rule.pattern if w not in known]
            if missing:
                raise LexiconError(f"{document['name']}: rule {rule.id} uses unknown words {missing}")
            rules_by_first.setdefault(rule.pattern[0], []).append(rule)
        for event, modes in (document.get("modes") or {}).items():
            for mode, cues in modes.items():
                mode_cues.setdefault(event, []).append((mode, frozenset(match_key(c) for c in cues)))
    for rules in rules_by_first.values():
        rules.sort(key=lambda r: -len(r.pattern))
    # a form that is also a perfect reads as the perfect: أعلن (announced) before أعلن (I announce),
    # تبادل (exchanged) before تبادل (she exchanges)
    return TriggerLexicon(forms, rules_by_first, mode_cues, "+".join(versions), frozenset(imperfect - perfect),
                          frozenset(homographs))


def _listed_imperfects(listed: set[str]) -> set[str]:
    """The imperfects among a verb's listed forms: يلتقي; تلتقي and نلتقي only beside يلتقي.

    A perfect may open with ت، ن or أ (تبادل، نسق، ألقى), hardly ever with ي.
    """
    return {f for f in listed if f[:1] == YEH or (f[:1] in (TEH, NOON) and YEH + f[1:] in listed)}


def _rule(raw: dict[str, Any], vocabulary: dict[str, Any], source: str) -> TriggerRule:
    where = f"{source}: rule {raw.get('id')!r}"
    event = raw.get("event")
    if event not in vocabulary["event_types"]:
        raise LexiconError(f"{where}: unknown event type {event!r}")
    mode = raw.get("mode")
    allowed = set(vocabulary["modes"].get(event, []))
    if event == "AID":
        allowed |= set(vocabulary["aid_modes_marsad_extension"])
    if mode is not None and mode not in allowed:
        raise LexiconError(f"{where}: mode {mode!r} is not a mode of {event}")
    pattern = tuple(str(w) for w in raw.get("pattern") or [])
    if not pattern:
        raise LexiconError(f"{where}: empty pattern")
    head = int(raw.get("head", 0))
    if not 0 <= head < len(pattern):
        raise LexiconError(f"{where}: head {head} outside the pattern")
    return TriggerRule(str(raw["id"]), str(event), mode, pattern, int(raw.get("gap", 3)), head,
                       Genitive(raw.get("genitive", "recipient")), tuple(raw.get("context") or ()),
                       passive=raw.get("voice") == "passive", anchored=bool(raw.get("anchored", False)),
                       needs_recipient=bool(raw.get("needs_recipient", False)),
                       only_negated=bool(raw.get("only_negated", False)),
                       only_asserted=bool(raw.get("only_asserted", False)),
                       reversed_roles=bool(raw.get("reversed_roles", False)),
                       symmetric=bool(raw.get("symmetric", False)), mutual=bool(raw.get("mutual", False)),
                       recipient_in_pattern=bool(raw.get("recipient_in_pattern", False)),
                       needs_future_content=bool(raw.get("needs_future_content", False)),
                       reported_act=bool(raw.get("reported_act", False)),
                       speaker_actor=bool(raw.get("speaker_actor", False)),
                       object_first=bool(raw.get("object_first", False)),
                       content_only=bool(raw.get("content_only", False)),
                       needs_beh_object=bool(raw.get("needs_beh_object", False)),
                       needs_statement=bool(raw.get("needs_statement", False)),
                       indefinite=bool(raw.get("indefinite", False)),
                       past_only=bool(raw.get("past_only", False)),
                       addressee_first=bool(raw.get("addressee_first", False)),
                       unless_followed_by=frozenset(match_key(w) for w in raw.get("unless_followed_by") or ()))
