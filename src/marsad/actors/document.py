"""Resolve the actors of a whole document: sentence by sentence, then what only the document as a whole tells.

- people introduced by name are found again by surname (names.py);
- a bare role noun takes its country from earlier in the document, or the story's country;
- المملكة and التحالف are whichever kingdom or coalition the story is about;
- a bare title (الرئيس) that got its country names the office holder, and a bare role noun
  after someone was introduced with it (الوزير) is that person;
- a bare head noun (الحركة) stands for the organization of that kind named just before (anaphora.py);
- attached pronouns and relatives become mentions of their antecedent (pronouns.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from marsad.actors.anaphora import organization_anaphors
from marsad.actors.lexicon import ActorLexicon
from marsad.actors.names import DocumentPeople
from marsad.actors.pronouns import resolve_pronouns
from marsad.actors.resolve import find_actors, inherit_countries, office_holder
from marsad.model import Document, Mention

# A kingdom named as "the Kingdom": the monarchies Arabic news calls that, the first the default.
KINGDOMS = ("SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA")
KINGDOM = "agent:kingdom"
# The coalition of a story: the Saudi-led one in Yemen, the US-led one against IS elsewhere.
COALITION = "agent:coalition-forces"
COALITION_LEADERS = {"YEM": "SAU", "SYR": "USA", "IRQ": "USA", "AFG": "USA"}
GENERIC_MINISTER = "agent:minister"


def resolve_document(doc: Document, lexicon: ActorLexicon, *, story_country: str | None = None) -> list[Mention]:
    """Every actor mention of ``doc``, pronouns included, resolved on the document date."""
    people = DocumentPeople()
    mentions = [m for index in range(len(doc.sentences)) for m in find_actors(doc, index, lexicon, people)]
    _definite_descriptions(mentions, story_country)
    # a person introduced by a role noun alone (المدرس هاني …) takes the role's country the way
    # the role noun would: from earlier in the document, or the story's country
    introductions = {id(p.introduction): p.role for p in people.people.values()
                     if p.introduction is not None and p.role is not None}
    local_ids = {id(m): m.entry_id for m in mentions if id(m) in introductions}
    for mention in mentions:
        if id(mention) in introductions:
            mention.entry_id = introductions[id(mention)]
    inherit_countries(mentions, fallback=story_country, tokens=doc.tokens)
    for mention in mentions:
        if id(mention) in local_ids:
            mention.entry_id = local_ids[id(mention)]
    _finish_people(mentions, people, lexicon, doc.date)
    mentions += organization_anaphors(doc, mentions)
    return mentions + resolve_pronouns(doc, mentions, singulars=lexicon.singulars)


def _country_counts(mentions: list[Mention]) -> Counter[str]:
    return Counter(m.actor.code for m in mentions if m.actor is not None and m.actor.code is not None)


def _definite_descriptions(mentions: list[Mention], story_country: str | None) -> None:
    """المملكة is the kingdom the story names most (Saudi Arabia by default); التحالف the story's coalition."""
    counts = _country_counts(mentions)
    kingdom = max(KINGDOMS, key=lambda code: (counts[code], -KINGDOMS.index(code)))
    leader = COALITION_LEADERS.get(story_country or "")
    for i, mention in enumerate(mentions):
        actor = mention.actor
        if actor is None or actor.code is not None:
            continue
        if mention.entry_id == KINGDOM:
            mentions[i].actor = replace(actor, code=kingdom)
        elif mention.entry_id == COALITION and leader is not None:
            mentions[i].actor = replace(actor, code=leader)


def _finish_people(mentions: list[Mention], people: DocumentPeople, lexicon: ActorLexicon,
                   day: dt.date | None) -> None:
    # people the document introduced: later mentions share the introduction's code and sector
    for i, mention in enumerate(mentions):
        local = people.people.get(mention.entry_id or "")
        actor = mention.actor
        if local is None or actor is None or local.introduction is None or local.introduction is mention:
            continue
        introduced = local.introduction.actor
        if introduced is not None:
            mentions[i].actor = replace(actor, code=introduced.code, sector=introduced.sector)
    # a bare title that got its country from the story: الرئيس → the president of that date
    for mention in people.bare_titles:
        actor = mention.actor
        if actor is None or actor.code is None or mention.entry_id is None:
            continue
        holder = office_holder(lexicon, mention.entry_id, actor.code, day)
        if holder is not None:
            code, sector = holder.resolve(day)
            mention.actor = replace(actor, code=code, sector=sector, name=holder.name,
                                    identifier_id=f"marsad:{holder.id}")
            mention.entry_id = holder.id
    # a bare role noun after someone was introduced with it: الوزير → the minister named earlier
    for i, mention in enumerate(mentions):
        actor = mention.actor
        if actor is None or mention.token_end - mention.token_start > 2 or not (mention.entry_id or "").startswith(
                "agent:"):
            continue
        person = _introduced_with(people, mention)
        if person is not None and person.actor is not None and actor.name is None:
            if actor.code is not None and person.actor.code != actor.code:
                continue
            mentions[i].actor = replace(actor, code=person.actor.code, sector=person.actor.sector,
                                        name=person.actor.name, identifier_id=person.actor.identifier_id)


def _introduced_with(people: DocumentPeople, mention: Mention) -> Mention | None:
    role = mention.entry_id or ""
    for introduced_role, introduction in reversed(people.by_role):
        if introduction.token_start >= mention.token_start:
            continue
        if introduced_role == role or (role == GENERIC_MINISTER and introduced_role.endswith("-minister")):
            return introduction
    return None
