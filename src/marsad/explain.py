"""Say why the coder coded what it coded: tokens, actors, trigger candidates and their fate."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from marsad.events import coder
from marsad.events.modality import Status
from marsad.model import Document, Event, Mention, MentionKind
from marsad.pipeline import EventStage, Pipeline


@dataclass(slots=True)
class SentenceExplanation:
    """One sentence: its tokens, actors, and every trigger candidate with the decision taken."""

    index: int
    text: str
    tokens: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)


def _decision(candidate: coder.Candidate, coded: dict[tuple[int, str], Event], not_an_attack: str | None,
              not_a_protest: str | None = None, unmade: str | None = None) -> str:
    match = candidate.match
    if candidate.embedded_in is not None:
        return f"dropped: content of {candidate.embedded_in.event} ({candidate.embedded_in.match.rule.id})"
    if candidate.status == Status.HYPOTHETICAL:
        return "dropped: conditional, modal or question"
    event = coded.get((match.start, match.rule.id))
    if event is not None:
        if event.negated:
            return "negated: kept with negated=true, not counted"
        if event.event != match.rule.event:
            return f"coded as {event.event}" + (": a refusal" if candidate.status == Status.NEGATED else "")
        return "coded" + (" (future: promise)" if candidate.status == Status.FUTURE else "")
    if candidate.status == Status.NEGATED:
        return "negated: kept with negated=true, not counted"
    if not_an_attack is not None:
        return f"dropped: no attack ({not_an_attack})"
    if not_a_protest is not None:
        return f"dropped: no protest ({not_a_protest})"
    if unmade is not None:
        return f"dropped: {unmade}"
    twin = next((e for e in coded.values() if e.event == match.rule.event
                 and {(a.code, a.sector) for a in e.actor} == {_code(m) for m in candidate.arguments.actor}), None)
    if twin is not None:
        return f"dropped: a repeat of the {twin.event} coded at «{twin.trigger_text}»"
    return "dropped: background (older than the news window, or told over a long span), or a repeat"


def explain_document(doc: Document, pipeline: Pipeline) -> list[SentenceExplanation]:
    """Run ``pipeline`` on ``doc`` and explain every sentence."""
    pipeline(doc)
    stage = next(s for s in pipeline.stages if isinstance(s, EventStage))
    coded = {(_head_of(doc, e.trigger.start), e.provenance.rule): e for e in doc.events}
    out: list[SentenceExplanation] = []
    for index, sentence in enumerate(doc.sentences):
        explanation = SentenceExplanation(index, doc.text[sentence.span.start : sentence.span.end])
        for token in doc.tokens[sentence.token_start : sentence.token_end]:
            if token.is_word:
                explanation.tokens.append({"text": token.text, "prefixes": list(token.prefixes),
                                           "stem": token.stem})
        for mention in doc.mentions:
            if mention.kind == MentionKind.ACTOR and sentence.token_start <= mention.token_start < sentence.token_end:
                actor = mention.actor
                assert actor is not None
                explanation.actors.append({"text": actor.entity_text, "code": actor.code, "sector": actor.sector,
                                           "entry": actor.identifier_id})
        for candidate in coder.sentence_candidates(doc, index, stage.lexicon, stage.modality):
            explanation.candidates.append({
                "trigger": doc.text[doc.tokens[candidate.match.start].span.start:
                                    doc.tokens[candidate.match.end - 1].span.end],
                "rule": candidate.match.rule.id, "event": candidate.event, "mode": candidate.mode,
                "status": candidate.status.value,
                "actor": [m.actor.entity_text for m in candidate.arguments.actor if m.actor],
                "recipient": [m.actor.entity_text for m in candidate.arguments.recipient if m.actor],
                "decision": _decision(candidate, coded,
                                      coder.not_an_attack(doc, index, candidate, stage.lexicon, stage.modality),
                                      coder.not_a_protest(doc, index, candidate),
                                      _unmade(doc, index, candidate, stage)),
            })
        out.append(explanation)
    return out


def _unmade(doc: Document, index: int, candidate: coder.Candidate, stage: EventStage) -> str | None:
    """Why an asserted candidate made no record; it is coded again on a copy of its arguments."""
    if candidate.embedded_in is not None or candidate.status in (Status.HYPOTHETICAL, Status.NEGATED):
        return None
    arguments = dataclasses.replace(candidate.arguments, actor=list(candidate.arguments.actor),
                                    recipient=list(candidate.arguments.recipient))
    trial = dataclasses.replace(candidate, arguments=arguments)
    return coder.unmade(doc, index, trial, stage.lexicon, stage.modality)


def _code(mention: Mention) -> tuple[str | None, str | None]:
    actor = mention.actor
    return (actor.code, actor.sector) if actor is not None else (None, None)


def _head_of(doc: Document, char_start: int) -> int:
    return next(i for i, t in enumerate(doc.tokens) if t.span.start == char_start)
