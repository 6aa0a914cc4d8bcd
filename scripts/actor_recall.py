"""Actor recall on the ../shared/eval docs dev set: the share of gold entities marsad resolves to the gold country.

For every entity (actor and recipient) of every gold event, find its ``entity_text`` in the
article (after normalization; occurrences inside the event's evidence first), run marsad's
actor stage on the article, and count the entity as resolved when an actor mention
overlapping one of those occurrences carries the gold code. Entities whose gold code is
null are left out. With ``--misses`` every miss is listed with what marsad found there.

    python scripts/actor_recall.py [--shared ../shared] [--misses]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

from marsad.actors.lexicon import ActorLexicon
from marsad.api import as_document
from marsad.geo.gazetteer import Gazetteer
from marsad.lang.ar.normalize import fold, normalize, normalize_with_offsets
from marsad.model import Document, Mention, MentionKind
from marsad.pipeline import ActorStage, ArabicStage, Pipeline


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Character ranges of ``needle`` in ``text``, compared after normalization and folding."""
    normalized = normalize_with_offsets(text)
    haystack = fold(normalized.text)
    key = fold(normalize(needle)).strip()
    out: list[tuple[int, int]] = []
    if not key:
        return out
    start = haystack.find(key)
    while start >= 0:
        out.append(normalized.to_original(start, start + len(key)))
        start = haystack.find(key, start + 1)
    return out


def _within(ranges: list[tuple[int, int]], outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [r for r in ranges if any(o[0] <= r[0] and r[1] <= o[1] for o in outer)]


def _overlapping(mentions: list[Mention], span: tuple[int, int]) -> list[Mention]:
    return [m for m in mentions if m.kind == MentionKind.ACTOR and m.actor is not None
            and m.span.start < span[1] and span[0] < m.span.end]


def score(shared: Path, *, show_misses: bool = False) -> dict[str, Any]:
    """Recall figures (and, when asked, print the misses)."""
    articles = {a["id"]: a for a in _read(shared / "eval" / "docs" / "dev_articles.jsonl")}
    gold = _read(shared / "eval" / "docs" / "dev_gold.jsonl")
    pipeline = Pipeline([ArabicStage(), ActorStage(ActorLexicon.load(), Gazetteer.load())])
    docs: dict[str, Document] = {}
    counts: collections.Counter[str] = collections.Counter()
    for event in gold:
        doc_id = event["doc_id"]
        if doc_id not in docs:
            docs[doc_id] = pipeline(as_document(articles[doc_id]))
        doc = docs[doc_id]
        evidence = occurrences(doc.text, event.get("evidence") or "")
        for role in ("actor", "recipient"):
            for entity in event.get(role) or []:
                if not entity.get("code"):
                    counts["no_gold_code"] += 1
                    continue
                counts["entities"] += 1
                spans = occurrences(doc.text, entity["entity_text"])
                if not spans:
                    counts["text_not_found"] += 1
                preferred = _within(spans, evidence) or spans
                found = [m for span in preferred for m in _overlapping(doc.mentions, span)]
                ok = any(m.actor is not None and m.actor.code == entity["code"] for m in found)
                sector_ok = any(m.actor is not None and m.actor.code == entity["code"]
                                and m.actor.sector == entity.get("sector") for m in found)
                counts["resolved"] += ok
                counts["resolved_with_sector"] += sector_ok
                counts["recognized"] += bool(found)
                if show_misses and not ok:
                    seen = sorted({(m.actor.entity_text, m.actor.code, m.actor.sector) for m in found
                                   if m.actor is not None})
                    print(f"{doc_id}\t{role}\t{entity['entity_text']}\tgold={entity['code']} "
                          f"{entity.get('sector')}\tfound={seen or '-'}{'' if spans else ' (text not found)'}")
    n = counts["entities"] or 1
    return {"entities": counts["entities"], "recognized": round(counts["recognized"] / n, 4),
            "country_recall": round(counts["resolved"] / n, 4),
            "country_sector_recall": round(counts["resolved_with_sector"] / n, 4),
            "text_not_found": counts["text_not_found"], "no_gold_code": counts["no_gold_code"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--misses", action="store_true", help="list every entity not resolved to its country")
    args = parser.parse_args()
    print(json.dumps(score(args.shared, show_misses=args.misses), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
