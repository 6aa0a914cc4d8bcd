"""Say why the coder coded what it coded: tokens, actors, trigger candidates and their fate."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.events import coder
from marsad.events.modality import Status
from marsad.model import Document, Event, MentionKind
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
              not_a_protest: str | None = None) -> str:
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
    if not candidate.arguments.actor:
        return "dropped: no actor"
    return "dropped: background, a repeat, or future of a type that is not a promise"


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
                                      coder.not_a_protest(doc, index, candidate)),
            })
        out.append(explanation)
    return out


def _head_of(doc: Document, char_start: int) -> int:
    return next(i for i, t in enumerate(doc.tokens) if t.span.start == char_start)
