"""People a document introduces by name after a role noun, remembered for later mentions by surname.

"قائد لواء المعتصم مصطفى سيجري" introduces a person the knowledge base may not know; he
takes the role phrase's code and sector, and a later "سيجري" is the same person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.actors.lexicon import ActorEntry, ActorLexicon, EntryKind
from marsad.lang.ar.normalize import match_key
from marsad.lang.ar.phrases import PhraseIndex
from marsad.lang.ar.tokens import AL, WAW
from marsad.model import Mention, Token

LOCAL_PREFIX = "local:"
ALEF_MAKSURA = "\u0649"
# Particles written with alef maksura that fold to a name: على (علي), إلى
MAKSURA_PARTICLES = frozenset(match_key(w) for w in ("\u0639\u0644\u0649", "\u0625\u0644\u0649"))
# A preposition or conjunction with the article in front of a word (بالـ للـ كالـ والـ فالـ).
CLITIC_WITH_ARTICLE = (*(match_key(c + "\u0627\u0644") for c in "\u0628\u0643\u0648\u0641"),
                       match_key("\u0644\u0644"))
# Longest personal name learned (connectors such as بن, عبد, آل not counted).
MAX_NAME_WORDS = 4
# Honorifics written before a name: they say nothing about the role (الدكتور is not a
# physician here, الشيخ not a tribal notable).
HONORIFICS = frozenset(match_key(w) for w in (
    "\u0627\u0644\u0634\u064a\u062e", "\u0627\u0644\u0634\u064a\u062e\u0629",  # الشيخ الشيخة
    "\u0627\u0644\u0633\u064a\u062f", "\u0627\u0644\u0633\u064a\u062f\u0629",  # السيد السيدة
    "\u0627\u0644\u062f\u0643\u062a\u0648\u0631", "\u0627\u0644\u062f\u0643\u062a\u0648\u0631\u0629",  # الدكتور
    "\u0627\u0644\u0623\u0633\u062a\u0627\u0630", "\u0627\u0644\u0645\u0647\u0646\u062f\u0633",  # الأستاذ المهندس
    "\u0627\u0644\u062d\u0627\u062c",  # الحاج
))
# Words that end a name: particles, time words and the like that follow a name in news prose.
NAME_STOPS = frozenset(match_key(w) for w in (
    "\u0625\u0646", "\u0623\u0646", "\u0625\u0646\u0647", "\u0623\u0646\u0647",  # إن أن إنه أنه
    "\u0625\u0646\u0647\u0627", "\u0623\u0646\u0647\u0627", "\u0642\u062f", "\u0644\u0642\u062f",  # إنها أنها قد لقد
    "\u0641\u064a", "\u0645\u0646", "\u0639\u0644\u0649", "\u0625\u0644\u0649", "\u0639\u0646",  # في من على إلى عن
    "\u0645\u0639", "\u0628\u0639\u062f", "\u0642\u0628\u0644", "\u062e\u0644\u0627\u0644",  # مع بعد قبل خلال
    "\u0623\u0645\u0633", "\u0627\u0644\u064a\u0648\u0645", "\u063a\u062f\u0627",  # أمس اليوم غدا
    "\u064a\u0648\u0645", "\u0627\u0644\u0630\u064a", "\u0627\u0644\u062a\u064a",  # يوم الذي التي
    "\u0627\u0644\u0630\u064a\u0646", "\u0627\u0644\u0623\u062d\u062f",  # الذين الأحد
    "\u0627\u0644\u0627\u062b\u0646\u064a\u0646",  # الاثنين
    "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621",  # الثلاثاء
    "\u0627\u0644\u0623\u0631\u0628\u0639\u0627\u0621", "\u0627\u0644\u062e\u0645\u064a\u0633",  # الأربعاء الخميس
    "\u0627\u0644\u062c\u0645\u0639\u0629", "\u0627\u0644\u0633\u0628\u062a",  # الجمعة السبت
    "\u0627\u0644\u0633\u0627\u0628\u0642", "\u0627\u0644\u0631\u0627\u062d\u0644",  # السابق الراحل
    "\u0627\u0644\u0623\u0633\u0628\u0642", "\u0642\u0627\u0644", "\u0642\u0627\u0644\u062a",  # الأسبق قال قالت
    "\u0647\u0648", "\u0647\u064a", "\u0647\u0645", "\u0644\u0627", "\u0644\u0645",  # هو هي هم لا لم
    "\u0644\u0646", "\u0645\u0627", "\u0630\u0644\u0643", "\u0647\u0630\u0627",  # لن ما ذلك هذا
    "\u0647\u0630\u0647", "\u0643\u0645\u0627",  # هذه كما
    # غير بل ليس كان كانت أيضا: a name ends before a predicate (جون ماكين غير مقتنع)
    "\u063a\u064a\u0631", "\u0628\u0644", "\u0644\u064a\u0633", "\u0643\u0627\u0646",
    "\u0643\u0627\u0646\u062a", "\u0623\u064a\u0636\u0627",
    # لدى عند حيث ضد حول منذ عبر
    "\u0644\u062f\u0649", "\u0639\u0646\u062f", "\u062d\u064a\u062b", "\u0636\u062f",
    "\u062d\u0648\u0644", "\u0645\u0646\u0630", "\u0639\u0628\u0631",
))
# Role nouns that name one person, after which a name is that person's (not a group's).
PERSON_ROLES = frozenset(f"agent:{a}" for a in (
    "president", "head-of-state", "vice-president", "king", "emir", "crown-prince", "sultan", "ruler",
    "prime-minister", "deputy-prime-minister", "head-of-government-designate", "minister", "minister-of-state",
    "deputy-minister", "former-official", "spokesperson", "official", "government-official", "senior-official",
    "leader", "adviser", "secretary-general", "envoy", "ambassador", "diplomat", "consul", "negotiator",
    "mediator", "governor", "mayor", "member-of-parliament", "knesset-member", "congress-member", "senator",
    "lawmaker", "speaker-of-parliament", "knesset-speaker", "judge", "prosecutor", "lawyer", "soldier",
    "officer", "commander", "general", "chief-of-staff", "police-chief", "policeman", "intelligence-officer",
    "field-commander", "security-official", "head-of-intelligence", "inspector", "attache", "military-adviser",
    "security-adviser", "candidate", "dissident", "citizen", "person", "man", "woman", "youth", "cleric",
    "imam", "mufti", "marja", "priest", "bishop", "rabbi", "journalist", "correspondent", "photographer",
    "media-person", "doctor", "nurse", "paramedic", "businessman", "merchant", "investor", "activist",
    "blogger", "student", "teacher", "academic", "researcher", "prisoner", "inmate", "detainee", "hostage",
    "abductee", "victim", "resident", "militant", "rebel", "terrorist", "suicide-bomber", "bomber", "attacker",
    "fighter", "spy", "agent", "informant", "smuggler", "driver", "worker", "employee", "refugee", "migrant",
    "settler", "human-rights-defender", "aid-worker", "sniper", "kidnapper", "extremist", "jihadist",
))


def is_person_role(entry_id: str) -> bool:
    """Whether a role noun names a single person (a name may follow it)."""
    return entry_id in PERSON_ROLES or (entry_id.startswith("agent:") and entry_id.endswith("-minister"))


@dataclass(slots=True)
class LocalPerson:
    """A person the document introduced; code and sector come from the role phrase."""

    entry: ActorEntry
    introduction: Mention | None = None  # the mention that introduced the person (set when composed)
    role: str | None = None  # the role noun that introduced them (agent id), for its country


@dataclass(slots=True)
class DocumentPeople:
    """What a document has taught about its people so far: names, surnames, roles."""

    index: PhraseIndex[ActorEntry] = field(default_factory=PhraseIndex)
    people: dict[str, LocalPerson] = field(default_factory=dict)
    # (role noun id, mention) of everyone introduced with a role, in text order: a later bare
    # الوزير or القائد refers to the last person introduced with that role
    by_role: list[tuple[str, Mention]] = field(default_factory=list)
    # role nouns standing alone (الرئيس) that may name an office holder once their country is known
    bare_titles: list[Mention] = field(default_factory=list)
    _surnames: set[str] = field(default_factory=set)

    def learn(self, tokens: Sequence[Token], start: int, end: int, lexicon: ActorLexicon) -> ActorEntry:
        """Remember the name at ``tokens[start:end]``: the full name, and the surname when it is safe."""
        words = [tokens[i].text for i in range(start, end)]
        full = " ".join(words)
        key = match_key(full)
        entry_id = f"{LOCAL_PREFIX}{key.replace(' ', '_')}"
        known = self.people.get(entry_id)
        if known is not None:
            return known.entry
        entry = ActorEntry(entry_id, EntryKind.PERSON, full, None, None)
        self.people[entry_id] = LocalPerson(entry)
        self.index.add(full, entry)
        if end - start > 1:
            self.teach_surname(tokens, end - 1, entry, lexicon)
        return entry

    def teach_surname(self, tokens: Sequence[Token], position: int, entry: ActorEntry,
                      lexicon: ActorLexicon) -> None:
        """Let the surname at ``tokens[position]`` stand for ``entry`` in the rest of the document."""
        key = tokens[position].norm
        if key in self._surnames or not _safe_surname(tokens, position, lexicon):
            return
        self._surnames.add(key)
        self.index.add(tokens[position].text, entry)


def _safe_surname(tokens: Sequence[Token], position: int, lexicon: ActorLexicon) -> bool:
    """A surname alone may stand for the person unless it is a given name, a connector or another actor word.

    A surname that the knowledge base knows as some other person (المالكي) is fine: the
    person the document introduced is the one it means.
    """
    token = tokens[position]
    if len(token.norm) < 3 or token.norm in lexicon.given_names or token.norm in lexicon.name_connectors:
        return False
    readings = lexicon.index.matches_at(tokens, position, position + 1)
    return all(m.value.kind == EntryKind.PERSON for m in readings)


def name_end(tokens: Sequence[Token], start: int, stop: int, lexicon: ActorLexicon,
             taken: frozenset[int] = frozenset()) -> int | None:
    """The end of a personal name starting at ``tokens[start]`` (two words at least), or None.

    A name opens with a given name (or a connector such as عبد or أبو) and runs over
    words that are not particles, time words or words the knowledge base reads as
    something else (``taken``); a family name with the article (الكربي) closes it unless
    a connector follows.
    """
    first = tokens[start]
    if not first.is_word or (first.norm not in lexicon.given_names and first.norm not in lexicon.name_connectors):
        return None
    if first.text.endswith(ALEF_MAKSURA) and first.norm in MAKSURA_PARTICLES:
        return None  # على is a preposition, علي a name: folding merges them
    end, words = start + 1, 1
    while end < stop and words < MAX_NAME_WORDS:
        token = tokens[end]
        if not token.is_word or token.norm in NAME_STOPS or token.norm.isdigit() or end in taken:
            break
        if token.norm.startswith(WAW) and token.norm not in lexicon.given_names:
            break  # و opens the next clause: مصطفى سيجري وقال
        if token.norm.startswith(CLITIC_WITH_ARTICLE):
            break  # بالتزام، للحكومة: a preposition and the article do not start a name part
        if token.text.endswith(ALEF_MAKSURA) and token.norm in MAKSURA_PARTICLES:
            break
        previous = tokens[end - 1].norm
        if previous.startswith(AL) and end - 1 > start and previous not in lexicon.name_connectors \
                and token.norm not in lexicon.name_connectors:
            break
        if token.norm not in lexicon.name_connectors:
            words += 1
        end += 1
    if words < 2 or tokens[end - 1].norm in lexicon.name_connectors:
        return None
    return end
